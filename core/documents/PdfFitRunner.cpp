// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfFitRunner.h"

#include "documents/PdfCheckRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>

namespace karier {

namespace {

const QString OutputName = QStringLiteral("hasil.pdf");
const QString BeforeName = QStringLiteral("sebelum.jpg");
const QString AfterName = QStringLiteral("sesudah.jpg");

QStringList arguments(const QString& filePath, const QString& dir, const PdfFitRunOptions& options)
{
    const PdfFitOptions& fit = options.fit;
    QStringList list {QStringLiteral("fit-pdf"), QStringLiteral("--json"), QStringLiteral("--in-process"),
        QStringLiteral("--progress"), QStringLiteral("--max-bytes"), QString::number(fit.maxBytes),
        QStringLiteral("--max-input-bytes"), QString::number(fit.maxInputBytes),
        QStringLiteral("--max-pages"), QString::number(fit.maxPages), QStringLiteral("--sharpness-threshold"),
        QString::number(fit.sharpnessThreshold, 'g', 17), QStringLiteral("--min-sharpness-kept"),
        QString::number(fit.minSharpnessKept, 'g', 17)};
    if (options.previews)
        list << QStringLiteral("--preview-dir") << dir;
    if (const QString language = PdfCheckRunner::helperLanguage(); !language.isEmpty())
        list << QStringLiteral("--language") << language;
    list << QStringLiteral("--") << filePath << QDir(dir).filePath(OutputName);
    return list;
}

PdfFitResult failure(const QString& filePath, const char* code, const QString& message)
{
    PdfFitResult result;
    result.file = filePath;
    result.code = QLatin1String(code);
    result.message = message;
    const QFileInfo info(filePath);
    if (info.isFile())
        result.inputBytes = info.size();
    return result;
}

/// A progress line of the child ({"progress":0.42}), or a negative number.
double progressOf(const QByteArray& line)
{
    if (!line.startsWith("{\"progress\""))
        return -1.0;
    const QJsonDocument document = QJsonDocument::fromJson(line);
    return document.isObject() ? document.object().value(QStringLiteral("progress")).toDouble(-1.0) : -1.0;
}

/// The verdict from how the child ended; reads the result and the pictures from \a dir.
PdfFitResult interpret(
    const QString& filePath, const ChildOutcome& outcome, const PdfFitRunOptions& options, const QString& dir)
{
    switch (outcome.end) {
    case ChildOutcome::End::FailedToStart:
        return failure(filePath, "helper_failed",
            QCoreApplication::translate(
                "karier::PdfFitRunner", "Perkecil otomatis (%1) tidak dapat dijalankan: %2.")
                .arg(PdfCheckRunner::helperPath(), outcome.error));
    case ChildOutcome::End::TimedOut:
        return failure(filePath, "timeout",
            QStringLiteral(
                "Perkecil otomatis tidak selesai dalam %1 detik sehingga dihentikan; file ini terlalu "
                "rumit atau rusak.")
                .arg(QLocale(QLocale::Indonesian).toString(options.limits.timeoutMs / 1000.0, 'g', 3)));
    case ChildOutcome::End::Crashed:
        return failure(filePath, "crashed",
            QCoreApplication::translate("karier::PdfFitRunner",
                "Perkecil otomatis berhenti tidak wajar; file ini kemungkinan rusak atau terlalu "
                "berat."));
    case ChildOutcome::End::Cancelled:
        return failure(filePath, "cancelled",
            QCoreApplication::translate("karier::PdfFitRunner", "Perkecil otomatis dibatalkan."));
    case ChildOutcome::End::Finished:
        break;
    }
    std::optional<PdfFitResult> parsed;
    outcome.lastLine([&parsed](const QByteArray& line) {
        parsed = PdfFitResult::fromJsonLine(line);
        return parsed.has_value();
    });
    if (!parsed)
        return failure(filePath, "helper_failed",
            QCoreApplication::translate("karier::PdfFitRunner",
                "Perkecil otomatis memberi jawaban yang tidak dapat dibaca (kode keluar %1).")
                .arg(outcome.exitCode));
    PdfFitResult result = *parsed;
    result.file = filePath;
    if (result.ok) {
        QFile output(QDir(dir).filePath(OutputName));
        if (output.open(QIODevice::ReadOnly))
            result.output = output.read(options.fit.maxBytes + 1);
        if (result.output.size() != result.outputBytes || result.output.size() > options.fit.maxBytes
            || !result.output.startsWith("%PDF-")) {
            return failure(filePath, "write_failed",
                QStringLiteral("PDF hasil perkecil otomatis tidak dapat dibaca kembali."));
        }
    }
    if (options.previews) {
        result.previewBefore.load(QDir(dir).filePath(BeforeName), "JPEG");
        result.previewAfter.load(QDir(dir).filePath(AfterName), "JPEG");
    }
    return result;
}

std::unique_ptr<QTemporaryDir> makeDir()
{
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/karier-perkecil-XXXXXX"));
    if (!dir->isValid())
        return nullptr;
    return dir;
}

PdfFitResult noDirFailure(const QString& filePath)
{
    return failure(filePath, "write_failed",
        QCoreApplication::translate(
            "karier::PdfFitRunner", "Folder sementara untuk perkecil otomatis tidak dapat dibuat."));
}

} // namespace

PdfFitRunner::PdfFitRunner(QObject* parent) : QObject(parent), m_child(new ChildProcess(this))
{
    connect(m_child, &ChildProcess::lineReceived, this, [this](const QByteArray& line) {
        const double value = progressOf(line);
        if (value >= 0.0)
            Q_EMIT progress(value);
    });
    connect(m_child, &ChildProcess::finished, this, [this](const ChildOutcome& outcome) {
        const PdfFitResult result = interpret(m_file, outcome, m_options, m_dir ? m_dir->path() : QString());
        m_dir.reset();
        Q_EMIT finished(result);
    });
}

PdfFitRunner::~PdfFitRunner() = default;

PdfFitResult PdfFitRunner::fit(
    const QString& filePath, const PdfFitRunOptions& options, const std::function<void(double)>& progress)
{
    const std::unique_ptr<QTemporaryDir> dir = makeDir();
    if (!dir)
        return noDirFailure(filePath);
    const ChildOutcome outcome = ChildProcess::run(PdfCheckRunner::helperPath(),
        arguments(filePath, dir->path(), options), options.limits, [&progress](const QByteArray& line) {
            const double value = progressOf(line);
            if (value >= 0.0 && progress)
                progress(value);
        });
    return interpret(filePath, outcome, options, dir->path());
}

bool PdfFitRunner::start(const QString& filePath)
{
    if (isRunning())
        return false;
    m_file = filePath;
    m_dir = makeDir();
    if (!m_dir) {
        QMetaObject::invokeMethod(
            this, [this, filePath] { Q_EMIT finished(noDirFailure(filePath)); }, Qt::QueuedConnection);
        return true;
    }
    return m_child->start(
        PdfCheckRunner::helperPath(), arguments(filePath, m_dir->path(), m_options), m_options.limits);
}

void PdfFitRunner::cancel()
{
    m_child->cancel();
}

bool PdfFitRunner::isRunning() const
{
    return m_child->isRunning();
}

} // namespace karier
