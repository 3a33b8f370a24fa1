// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/ChildProcess.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTimer>
#include <algorithm>
#include <csignal>
#include <sys/resource.h>

namespace karier {

namespace {

constexpr qint64 MaxOutputBytes = 1024 * 1024;
constexpr int PollMs = 100;

void configure(
    QProcess& process, const QString& program, const QStringList& arguments, const ChildLimits& limits)
{
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
#ifdef KARIER_SANITIZED
    // AddressSanitizer reserves terabytes of address space for its shadow memory: an address-space
    // limit would stop the sanitized child before main(). The sanitizer build tests memory errors;
    // the limit itself is tested in the normal build.
    const rlim_t memory = RLIM_INFINITY;
#else
    const rlim_t memory = limits.memoryLimitBytes > 0 ? rlim_t(limits.memoryLimitBytes) : RLIM_INFINITY;
#endif
    // CPU seconds: a little more than the wall clock, which normally ends the child first.
    const rlim_t cpuSeconds = rlim_t(std::max(limits.timeoutMs, 0) / 1000 + 2);
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

/// Appends \a chunk to \a output (capped) and hands every new complete line to \a onLine.
void collect(QByteArray& output, qsizetype& lineStart, const QByteArray& chunk,
    const std::function<void(const QByteArray&)>& onLine)
{
    if (output.size() >= MaxOutputBytes)
        return;
    output += chunk.left(MaxOutputBytes - output.size());
    for (qsizetype end = output.indexOf('\n', lineStart); end >= 0; end = output.indexOf('\n', lineStart)) {
        if (onLine)
            onLine(output.mid(lineStart, end - lineStart));
        lineStart = end + 1;
    }
}

ChildOutcome ended(const QProcess& process, QByteArray output)
{
    ChildOutcome outcome;
    outcome.output = std::move(output);
    outcome.exitCode = process.exitCode();
    if (process.exitStatus() == QProcess::CrashExit)
        // Qt reports the signal number as the exit code of a crashed child.
        outcome.end
            = process.exitCode() == SIGXCPU ? ChildOutcome::End::TimedOut : ChildOutcome::End::Crashed;
    else
        outcome.end = ChildOutcome::End::Finished;
    return outcome;
}

} // namespace

bool ChildOutcome::lastLine(const std::function<bool(const QByteArray&)>& parse) const
{
    const QList<QByteArray> lines = output.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QByteArray line = it->trimmed();
        if (line.isEmpty())
            continue;
        return parse(line);
    }
    return false;
}

ChildProcess::ChildProcess(QObject* parent) : QObject(parent)
{ }

ChildProcess::~ChildProcess()
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

ChildOutcome ChildProcess::run(const QString& program, const QStringList& arguments,
    const ChildLimits& limits, const std::function<void(const QByteArray&)>& onLine,
    const std::function<bool()>& cancelled)
{
    QProcess process;
    configure(process, program, arguments, limits);
    const QDeadlineTimer deadline(std::max(limits.timeoutMs, 1));
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(int(std::max<qint64>(deadline.remainingTime(), 1)))) {
        ChildOutcome outcome;
        outcome.end = ChildOutcome::End::FailedToStart;
        outcome.error = process.errorString();
        return outcome;
    }

    QByteArray output;
    qsizetype lineStart = 0;
    bool stopped = false;
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        const int wait = int(std::clamp<qint64>(deadline.remainingTime(), 1, cancelled ? PollMs : 3'600'000));
        if (onLine || cancelled)
            process.waitForReadyRead(wait); // returns early on output and on the end
        else
            process.waitForFinished(wait);
        collect(output, lineStart, process.readAllStandardOutput(), onLine);
        if (cancelled && cancelled()) {
            stopped = true;
            break;
        }
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        ChildOutcome outcome;
        outcome.end = stopped ? ChildOutcome::End::Cancelled : ChildOutcome::End::TimedOut;
        outcome.output = std::move(output);
        return outcome;
    }
    collect(output, lineStart, process.readAllStandardOutput(), onLine);
    return ended(process, std::move(output));
}

bool ChildProcess::start(const QString& program, const QStringList& arguments, const ChildLimits& limits)
{
    if (isRunning())
        return false;
    m_timedOut = false;
    m_output.clear();
    m_lineStart = 0;

    auto* process = new QProcess(this);
    configure(*process, program, arguments, limits);
    m_process = process;
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] { readOutput(process); });
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
                    ChildOutcome outcome;
                    outcome.end = ChildOutcome::End::FailedToStart;
                    outcome.error = process->errorString();
                    Q_EMIT finished(outcome);
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
    timer->start(std::max(limits.timeoutMs, 1));
    process->start(QIODevice::ReadOnly);
    return true;
}

void ChildProcess::cancel()
{
    if (!m_process)
        return;
    QProcess* process = m_process;
    m_process = nullptr; // from now on its signals only delete it
    if (process->state() != QProcess::NotRunning)
        process->kill();
    ChildOutcome outcome;
    outcome.end = ChildOutcome::End::Cancelled;
    outcome.output = m_output;
    Q_EMIT finished(outcome);
}

void ChildProcess::readOutput(QProcess* process)
{
    if (process != m_process)
        return;
    collect(m_output, m_lineStart, process->readAllStandardOutput(),
        [this](const QByteArray& line) { Q_EMIT lineReceived(line); });
}

void ChildProcess::onProcessFinished(QProcess* process)
{
    process->deleteLater();
    if (process != m_process)
        return; // cancelled earlier
    readOutput(process);
    m_process = nullptr;
    ChildOutcome outcome = ended(*process, m_output);
    if (m_timedOut)
        outcome.end = ChildOutcome::End::TimedOut;
    Q_EMIT finished(outcome);
}

} // namespace karier
