// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfCheckRunner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMutex>

namespace karier {

namespace {

QMutex helperMutex;
QString helperOverride; // guarded by helperMutex
QString helperLanguageCode; // guarded by helperMutex

QStringList helperArguments(const QString& filePath, const PdfCheckOptions& options)
{
    const PdfCheckLimits& limits = options.limits;
    QStringList arguments = {QStringLiteral("check-pdf"), QStringLiteral("--json"),
        QStringLiteral("--in-process"), QStringLiteral("--max-bytes"), QString::number(limits.maxBytes),
        QStringLiteral("--max-pages"), QString::number(limits.maxPages),
        QStringLiteral("--sharpness-threshold"), QString::number(limits.sharpnessThreshold, 'g', 17),
        QStringLiteral("--render-budget-ms"), QString::number(limits.renderBudgetMs),
        QStringLiteral("--max-render-pixels"), QString::number(limits.maxRenderPixels)};
    if (const QString language = PdfCheckRunner::helperLanguage(); !language.isEmpty())
        arguments << QStringLiteral("--language") << language;
    return arguments << QStringLiteral("--") << filePath;
}

ChildLimits childLimits(const PdfCheckOptions& options)
{
    return {options.timeoutMs, options.memoryLimitBytes};
}

PdfCheckResult failure(const QString& filePath, const char* code, const QString& message)
{
    PdfCheckResult result;
    result.file = filePath;
    result.ok = false;
    result.code = QLatin1String(code);
    result.message = message;
    const QFileInfo info(filePath);
    if (info.isFile())
        result.bytes = info.size();
    return result;
}

} // namespace

PdfCheckResult PdfCheckRunner::interpret(const QString& filePath, const ChildOutcome& outcome, int timeoutMs)
{
    switch (outcome.end) {
    case ChildOutcome::End::FailedToStart:
        return failure(filePath, "helper_failed",
            tr("Pemeriksa PDF (%1) tidak dapat dijalankan: %2. File belum dapat diperiksa.")
                .arg(helperPath(), outcome.error));
    case ChildOutcome::End::TimedOut:
        return failure(filePath, "timeout",
            tr("Pemeriksaan PDF tidak selesai dalam %1 detik sehingga dihentikan; file ini "
               "terlalu rumit atau rusak dan tidak diterima.")
                .arg(QLocale(QLocale::Indonesian).toString(timeoutMs / 1000.0, 'g', 3)));
    case ChildOutcome::End::Crashed:
        return failure(filePath, "crashed",
            tr("Pemeriksaan PDF berhenti tidak wajar; file ini kemungkinan rusak atau "
               "terlalu berat dan tidak diterima."));
    case ChildOutcome::End::Cancelled:
        return failure(filePath, "cancelled", tr("Pemeriksaan PDF dibatalkan."));
    case ChildOutcome::End::Finished:
        break;
    }
    // The answer is the last line that is a complete JSON object.
    std::optional<PdfCheckResult> parsed;
    outcome.lastLine([&parsed](const QByteArray& line) {
        parsed = PdfCheckResult::fromJsonLine(line);
        return parsed.has_value();
    });
    if (parsed) {
        parsed->file = filePath;
        return *parsed;
    }
    return failure(filePath, "helper_failed",
        tr("Pemeriksa PDF memberi jawaban yang tidak dapat dibaca (kode keluar %1). File "
           "belum dapat diperiksa.")
            .arg(outcome.exitCode));
}

PdfCheckRunner::PdfCheckRunner(QObject* parent) : QObject(parent), m_child(new ChildProcess(this))
{
    connect(m_child, &ChildProcess::finished, this, [this](const ChildOutcome& outcome) {
        Q_EMIT finished(interpret(m_file, outcome, m_options.timeoutMs));
    });
}

PdfCheckRunner::~PdfCheckRunner() = default;

void PdfCheckRunner::setHelperPath(const QString& path)
{
    const QMutexLocker lock(&helperMutex);
    helperOverride = path;
}

void PdfCheckRunner::setHelperLanguage(const QString& language)
{
    const QMutexLocker lock(&helperMutex);
    helperLanguageCode = language;
}

QString PdfCheckRunner::helperLanguage()
{
    const QMutexLocker lock(&helperMutex);
    return helperLanguageCode;
}

QString PdfCheckRunner::helperPath()
{
    {
        const QMutexLocker lock(&helperMutex);
        if (!helperOverride.isEmpty())
            return helperOverride;
    }
    return QCoreApplication::applicationDirPath() + QStringLiteral("/karier-cli");
}

PdfCheckResult PdfCheckRunner::check(const QString& filePath, const PdfCheckOptions& options)
{
    const ChildOutcome outcome
        = ChildProcess::run(helperPath(), helperArguments(filePath, options), childLimits(options));
    return interpret(filePath, outcome, options.timeoutMs);
}

bool PdfCheckRunner::start(const QString& filePath)
{
    if (isRunning())
        return false;
    m_file = filePath;
    return m_child->start(helperPath(), helperArguments(filePath, m_options), childLimits(m_options));
}

void PdfCheckRunner::cancel()
{
    m_child->cancel();
}

bool PdfCheckRunner::isRunning() const
{
    return m_child->isRunning();
}

} // namespace karier
