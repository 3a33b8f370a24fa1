// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfFitRunner.h"

#include "documents/PdfCheckRunner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace karier {

namespace {

QStringList arguments(const QString& filePath, const PdfFitRunOptions& options)
{
    const PdfFitOptions& fit = options.fit;
    QStringList list {QStringLiteral("fit-pdf"), QStringLiteral("--json"), QStringLiteral("--in-process"),
        QStringLiteral("--embed-result"), QStringLiteral("--progress"), QStringLiteral("--threads"),
        QString::number(PdfFitRunner::childLimits(options).threads), QStringLiteral("--max-bytes"),
        QString::number(fit.maxBytes), QStringLiteral("--max-input-bytes"),
        QString::number(fit.maxInputBytes), QStringLiteral("--max-pages"), QString::number(fit.maxPages),
        QStringLiteral("--sharpness-threshold"), QString::number(fit.sharpnessThreshold, 'g', 17),
        QStringLiteral("--min-sharpness-kept"), QString::number(fit.minSharpnessKept, 'g', 17)};
    if (options.previews)
        list << QStringLiteral("--previews");
    if (const QString language = PdfCheckRunner::helperLanguage(); !language.isEmpty())
        list << QStringLiteral("--language") << language;
    // The result comes back in the answer (--embed-result): no output file, "-" stands for it.
    list << QStringLiteral("--") << filePath << QStringLiteral("-");
    return list;
}

PdfFitResult failure(const QString& filePath, qint64 inputBytes, const char* code, const QString& message)
{
    PdfFitResult result;
    result.file = filePath;
    result.code = QLatin1String(code);
    result.message = message;
    result.inputBytes = inputBytes;
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

QImage jpegFrom(const QJsonObject& answer, const QString& key)
{
    const QByteArray jpeg = QByteArray::fromBase64(answer.value(key).toString().toLatin1());
    QImage image;
    if (!jpeg.isEmpty())
        image.loadFromData(jpeg, "JPEG");
    return image;
}

/// The verdict from how the child ended, with the result and the pictures from its answer. Parses
/// a JSON line of about a megabyte and decodes two JPEGs: never on the GUI thread.
PdfFitResult interpret(
    const QString& filePath, qint64 inputBytes, const ChildOutcome& outcome, const PdfFitRunOptions& options)
{
    // Added to a refusal when the child said something on standard error: its last line.
    const QString technical = QCoreApplication::translate("karier::PdfFitRunner", " (Keterangan teknis: %1)");
    switch (outcome.end) {
    case ChildOutcome::End::FailedToStart:
        return failure(filePath, inputBytes, "helper_failed",
            QCoreApplication::translate(
                "karier::PdfFitRunner", "Perkecil otomatis (%1) tidak dapat dijalankan: %2.")
                .arg(PdfCheckRunner::helperPath(), outcome.error));
    case ChildOutcome::End::TimedOut:
        return failure(filePath, inputBytes, "timeout",
            QStringLiteral(
                "Perkecil otomatis tidak selesai dalam %1 detik sehingga dihentikan; file ini terlalu "
                "rumit atau rusak.")
                .arg(QLocale(QLocale::Indonesian).toString(options.limits.timeoutMs / 1000.0, 'g', 3)));
    case ChildOutcome::End::Crashed:
        return failure(filePath, inputBytes, "crashed",
            outcome.withErrorSummary(
                QCoreApplication::translate("karier::PdfFitRunner",
                    "Perkecil otomatis berhenti tidak wajar; file ini kemungkinan rusak atau terlalu "
                    "berat."),
                technical));
    case ChildOutcome::End::Cancelled:
        return failure(filePath, inputBytes, "cancelled",
            QCoreApplication::translate("karier::PdfFitRunner", "Perkecil otomatis dibatalkan."));
    case ChildOutcome::End::Finished:
        break;
    }
    QJsonObject answer;
    std::optional<PdfFitResult> parsed;
    outcome.lastLine([&](const QByteArray& line) {
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject())
            return false;
        answer = document.object();
        parsed = PdfFitResult::fromJson(answer);
        return parsed.has_value();
    });
    if (!parsed)
        return failure(filePath, inputBytes, "helper_failed",
            outcome.withErrorSummary(
                QCoreApplication::translate("karier::PdfFitRunner",
                    "Perkecil otomatis memberi jawaban yang tidak dapat dibaca (kode keluar %1).")
                    .arg(outcome.exitCode),
                technical));
    PdfFitResult result = *parsed;
    result.file = filePath;
    if (result.ok) {
        result.output
            = QByteArray::fromBase64(answer.value(QStringLiteral("output_base64")).toString().toLatin1());
        if (result.output.size() != result.outputBytes || result.output.size() > options.fit.maxBytes
            || !result.output.startsWith("%PDF-")) {
            return failure(filePath, inputBytes, "write_failed",
                QStringLiteral("PDF hasil perkecil otomatis tidak dapat dibaca kembali."));
        }
    }
    if (options.previews) {
        result.previewBefore = jpegFrom(answer, QStringLiteral("preview_before_jpeg"));
        result.previewAfter = jpegFrom(answer, QStringLiteral("preview_after_jpeg"));
    }
    return result;
}

} // namespace

ChildLimits PdfFitRunner::childLimits(const PdfFitRunOptions& options)
{
    return childLimits(options, QThread::idealThreadCount());
}

ChildLimits PdfFitRunner::childLimits(const PdfFitRunOptions& options, int cores)
{
    ChildLimits limits = options.limits;
    // The pool's threads (one per core, at most MaxPoolThreads) and the main thread.
    limits.threads = std::clamp(cores, 1, MaxPoolThreads) + 1;
    // It writes no file (the result comes on standard output); a few times the largest result.
    limits.maxFileBytes = std::max(4 * options.fit.maxBytes, qint64(16) << 20);
    // The answer: the result and two previews in base64, and the progress lines.
    limits.maxOutputBytes = 2 * options.fit.maxBytes + (qint64(32) << 20);
    return limits;
}

PdfFitRunner::PdfFitRunner(QObject* parent) : QObject(parent), m_child(new ChildProcess(this))
{
    connect(m_child, &ChildProcess::lineReceived, this, [this](const QByteArray& line) {
        const double value = progressOf(line);
        if (value >= 0.0)
            Q_EMIT progress(value);
    });
    connect(m_child, &ChildProcess::finished, this, [this](const ChildOutcome& outcome) {
        if (outcome.end == ChildOutcome::End::Cancelled) { // answered at once, nothing to read
            Q_EMIT finished(interpret(m_file, m_inputBytes, outcome, m_options));
            return;
        }
        // Reading the answer (a megabyte of base64, two JPEGs) happens on a worker.
        const quint64 run = m_run;
        auto* watcher = new QFutureWatcher<PdfFitResult>(this);
        connect(watcher, &QFutureWatcher<PdfFitResult>::finished, this, [this, watcher, run] {
            watcher->deleteLater();
            if (run != m_run || !m_interpreting)
                return; // cancelled meanwhile
            m_interpreting = false;
            Q_EMIT finished(watcher->result());
        });
        m_interpreting = true;
        watcher->setFuture(
            QtConcurrent::run([file = m_file, bytes = m_inputBytes, outcome, options = m_options] {
                return interpret(file, bytes, outcome, options);
            }));
    });
}

PdfFitRunner::~PdfFitRunner() = default;

PdfFitResult PdfFitRunner::fit(
    const QString& filePath, const PdfFitRunOptions& options, const std::function<void(double)>& progress)
{
    const QFileInfo info(filePath);
    const ChildOutcome outcome = ChildProcess::run(PdfCheckRunner::helperPath(), arguments(filePath, options),
        childLimits(options), [&progress](const QByteArray& line) {
            const double value = progressOf(line);
            if (value >= 0.0 && progress)
                progress(value);
        });
    return interpret(filePath, info.isFile() ? info.size() : -1, outcome, options);
}

bool PdfFitRunner::start(const QString& filePath, qint64 inputBytes)
{
    if (isRunning())
        return false;
    ++m_run;
    m_file = filePath;
    m_inputBytes = inputBytes;
    return m_child->start(
        PdfCheckRunner::helperPath(), arguments(filePath, m_options), childLimits(m_options));
}

void PdfFitRunner::cancel()
{
    if (m_interpreting) {
        m_interpreting = false;
        ++m_run;
        Q_EMIT finished(failure(m_file, m_inputBytes, "cancelled",
            QCoreApplication::translate("karier::PdfFitRunner", "Perkecil otomatis dibatalkan.")));
        return;
    }
    m_child->cancel();
}

bool PdfFitRunner::isRunning() const
{
    return m_child->isRunning() || m_interpreting;
}

} // namespace karier
