// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfCheckRunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLocale>
#include <QMutex>
#include <QProcess>
#include <QTimer>
#include <algorithm>
#include <csignal>
#include <sys/resource.h>

namespace karier {

namespace {

constexpr qint64 MaxOutputBytes = 1024 * 1024;

QMutex helperMutex;
QString helperOverride; // guarded by helperMutex

QStringList helperArguments(const QString& filePath, const PdfCheckOptions& options)
{
    const PdfCheckLimits& limits = options.limits;
    return {QStringLiteral("check-pdf"), QStringLiteral("--json"), QStringLiteral("--in-process"),
        QStringLiteral("--max-bytes"), QString::number(limits.maxBytes), QStringLiteral("--max-pages"),
        QString::number(limits.maxPages), QStringLiteral("--sharpness-threshold"),
        QString::number(limits.sharpnessThreshold, 'g', 17), QStringLiteral("--render-budget-ms"),
        QString::number(limits.renderBudgetMs), QStringLiteral("--max-render-pixels"),
        QString::number(limits.maxRenderPixels), QStringLiteral("--"), filePath};
}

void configure(QProcess& process, const QString& filePath, const PdfCheckOptions& options)
{
    process.setProgram(PdfCheckRunner::helperPath());
    process.setArguments(helperArguments(filePath, options));
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    const rlim_t memory = options.memoryLimitBytes > 0 ? rlim_t(options.memoryLimitBytes) : RLIM_INFINITY;
    // CPU seconds: a little more than the wall clock, which normally ends the child first.
    const rlim_t cpuSeconds = rlim_t(std::max(options.timeoutMs, 0) / 1000 + 2);
    // Runs in the child between fork and exec: only async-signal-safe calls.
    process.setChildProcessModifier([memory, cpuSeconds] {
        const rlimit addressSpace {memory, memory};
        ::setrlimit(RLIMIT_AS, &addressSpace);
        const rlimit cpu {cpuSeconds, cpuSeconds + 1};
        ::setrlimit(RLIMIT_CPU, &cpu);
        const rlimit noCore {0, 0};
        ::setrlimit(RLIMIT_CORE, &noCore);
    });
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

PdfCheckResult startFailure(const QString& filePath, const QString& program, const QString& why)
{
    return failure(filePath, "helper_failed",
        QStringLiteral("Pemeriksa PDF (%1) tidak dapat dijalankan: %2. File belum dapat diperiksa.")
            .arg(program, why));
}

PdfCheckResult timeoutFailure(const QString& filePath, const PdfCheckOptions& options)
{
    return failure(filePath, "timeout",
        QStringLiteral("Pemeriksaan PDF tidak selesai dalam %1 detik sehingga dihentikan; file ini "
                       "terlalu rumit atau rusak dan tidak diterima.")
            .arg(QLocale(QLocale::Indonesian).toString(options.timeoutMs / 1000.0, 'g', 3)));
}

/// The verdict from a child that has ended on its own (not killed by us).
PdfCheckResult interpret(const QString& filePath, const PdfCheckOptions& options, QProcess::ExitStatus status,
    int exitCode, const QByteArray& output)
{
    if (status == QProcess::CrashExit) {
        // Qt reports the signal number as the exit code of a crashed child.
        if (exitCode == SIGXCPU)
            return timeoutFailure(filePath, options);
        return failure(filePath, "crashed",
            QStringLiteral("Pemeriksaan PDF berhenti tidak wajar; file ini kemungkinan rusak atau "
                           "terlalu berat dan tidak diterima."));
    }
    // The answer is the last line that is a complete JSON object.
    const QList<QByteArray> lines = output.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QByteArray line = it->trimmed();
        if (line.isEmpty())
            continue;
        if (auto parsed = PdfCheckResult::fromJsonLine(line)) {
            parsed->file = filePath;
            return *parsed;
        }
        break;
    }
    return failure(filePath, "helper_failed",
        QStringLiteral("Pemeriksa PDF memberi jawaban yang tidak dapat dibaca (kode keluar %1). File "
                       "belum dapat diperiksa.")
            .arg(exitCode));
}

} // namespace

PdfCheckRunner::PdfCheckRunner(QObject* parent) : QObject(parent)
{ }

PdfCheckRunner::~PdfCheckRunner()
{
    // The running child and any cancelled one still being reaped: kill, reap, no signals.
    const QList<QProcess*> processes = findChildren<QProcess*>(Qt::FindDirectChildrenOnly);
    for (QProcess* process : processes) {
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(2000);
        }
    }
}

void PdfCheckRunner::setHelperPath(const QString& path)
{
    const QMutexLocker lock(&helperMutex);
    helperOverride = path;
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
    QProcess process;
    configure(process, filePath, options);
    const QDeadlineTimer deadline(std::max(options.timeoutMs, 1));
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(int(std::max<qint64>(deadline.remainingTime(), 1))))
        return startFailure(filePath, process.program(), process.errorString());

    QByteArray output;
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        process.waitForFinished(int(std::max<qint64>(deadline.remainingTime(), 1)));
        if (output.size() < MaxOutputBytes)
            output += process.readAllStandardOutput();
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        return timeoutFailure(filePath, options);
    }
    output += process.readAllStandardOutput();
    return interpret(filePath, options, process.exitStatus(), process.exitCode(), output);
}

bool PdfCheckRunner::start(const QString& filePath)
{
    if (isRunning())
        return false;
    m_file = filePath;
    m_timedOut = false;

    auto* process = new QProcess(this);
    configure(*process, filePath, m_options);
    m_process = process;
    connect(process, &QProcess::finished, this, [this, process] { onProcessFinished(process); });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // the others come with finished
        // May be emitted inside QProcess::start(): answer from the event loop, not from start().
        QMetaObject::invokeMethod(
            this,
            [this, process] {
                if (process == m_process) {
                    m_process = nullptr;
                    finish(startFailure(m_file, process->program(), process->errorString()));
                }
                process->deleteLater();
            },
            Qt::QueuedConnection);
    });
    auto* timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, process] {
        if (process == m_process && process->state() != QProcess::NotRunning) {
            m_timedOut = true;
            process->kill(); // finished follows
        }
    });
    timer->start(std::max(m_options.timeoutMs, 1));
    process->start(QIODevice::ReadOnly);
    return true;
}

void PdfCheckRunner::cancel()
{
    if (!m_process)
        return;
    QProcess* process = m_process;
    m_process = nullptr; // from now on its signals only delete it
    if (process->state() != QProcess::NotRunning)
        process->kill();
    finish(failure(m_file, "cancelled", QStringLiteral("Pemeriksaan PDF dibatalkan.")));
}

void PdfCheckRunner::onProcessFinished(QProcess* process)
{
    process->deleteLater();
    if (process != m_process)
        return; // cancelled earlier
    m_process = nullptr;
    if (m_timedOut) {
        finish(timeoutFailure(m_file, m_options));
        return;
    }
    const QByteArray output = process->read(MaxOutputBytes);
    finish(interpret(m_file, m_options, process->exitStatus(), process->exitCode(), output));
}

void PdfCheckRunner::finish(PdfCheckResult result)
{
    Q_EMIT finished(result);
}

} // namespace karier
