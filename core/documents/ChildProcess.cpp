// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/ChildProcess.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>
#include <algorithm>
#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace karier {

namespace {

constexpr int PollMs = 100;

rlim_t limitOf(qint64 value)
{
    return value > 0 ? rlim_t(value) : RLIM_INFINITY;
}

void configure(QProcess& process, const QString& program, const QStringList& arguments,
    const ChildLimits& limits, bool hasInput)
{
    process.setProgram(program);
    process.setArguments(arguments);
    if (!hasInput)
        process.setStandardInputFile(QProcess::nullDevice());
#ifdef KARIER_SANITIZED
    // AddressSanitizer reserves terabytes of address space for its shadow memory: an address-space
    // limit would stop the sanitized child before main(). Its own resident-memory limit stands in
    // (a watcher thread in the child ends it when it uses more).
    const rlim_t memory = RLIM_INFINITY;
    if (limits.memoryLimitBytes > 0) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QString options = environment.value(QStringLiteral("ASAN_OPTIONS"));
        if (!options.isEmpty())
            options += QLatin1Char(':');
        options
            += QStringLiteral("hard_rss_limit_mb=%1").arg(std::max<qint64>(1, limits.memoryLimitBytes >> 20));
        environment.insert(QStringLiteral("ASAN_OPTIONS"), options);
        process.setProcessEnvironment(environment);
    }
#else
    const rlim_t memory = limitOf(limits.memoryLimitBytes);
#endif
    const rlim_t cpuSeconds = rlim_t(limits.cpuSeconds());
    const rlim_t fileBytes = limitOf(limits.maxFileBytes);
    const pid_t parent = ::getpid();
    // Runs in the child between fork and exec: only async-signal-safe calls.
    process.setChildProcessModifier([memory, cpuSeconds, fileBytes, parent] {
        // Dies with the thread that started it (SIGKILL cannot be caught); if the parent died
        // before this line, the signal will never come: end now.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);
        const rlimit addressSpace {memory, memory};
        ::setrlimit(RLIMIT_AS, &addressSpace);
        const rlimit cpu {cpuSeconds, cpuSeconds + 1};
        ::setrlimit(RLIMIT_CPU, &cpu);
        const rlimit fileSize {fileBytes, fileBytes};
        ::setrlimit(RLIMIT_FSIZE, &fileSize);
        // A write over the limit fails (EFBIG) instead of killing the child: it can answer.
        struct sigaction ignore
        {
        };
        ignore.sa_handler = SIG_IGN;
        ::sigaction(SIGXFSZ, &ignore, nullptr);
        const rlimit noCore {0, 0};
        ::setrlimit(RLIMIT_CORE, &noCore);
    });
}

/// Appends \a chunk to \a output (at most \a maxBytes) and hands every new complete line to
/// \a onLine.
void collect(QByteArray& output, qsizetype& lineStart, const QByteArray& chunk, qint64 maxBytes,
    const std::function<void(const QByteArray&)>& onLine)
{
    if (output.size() >= maxBytes)
        return;
    output += chunk.left(qsizetype(maxBytes - output.size()));
    for (qsizetype end = output.indexOf('\n', lineStart); end >= 0; end = output.indexOf('\n', lineStart)) {
        if (onLine)
            onLine(output.mid(lineStart, end - lineStart));
        lineStart = end + 1;
    }
}

void keepTail(QByteArray& tail, const QByteArray& chunk)
{
    tail += chunk.right(ChildOutcome::ErrorTailBytes);
    if (tail.size() > ChildOutcome::ErrorTailBytes)
        tail = tail.right(ChildOutcome::ErrorTailBytes);
}

ChildOutcome ended(const QProcess& process, QByteArray output, QByteArray errorTail)
{
    ChildOutcome outcome;
    outcome.output = std::move(output);
    outcome.errorTail = std::move(errorTail);
    outcome.exitCode = process.exitCode();
    if (process.exitStatus() == QProcess::CrashExit)
        // Qt reports the signal number as the exit code of a crashed child.
        outcome.end
            = process.exitCode() == SIGXCPU ? ChildOutcome::End::TimedOut : ChildOutcome::End::Crashed;
    else
        outcome.end = ChildOutcome::End::Finished;
    return outcome;
}

/// Lets \a process end on its own after a kill: deleted (and so reaped) from the event loop when
/// it has finished, without anyone waiting for it.
void abandon(QProcess* process)
{
    process->disconnect();
    process->setParent(nullptr);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

} // namespace

qint64 ChildLimits::cpuSeconds() const
{
    const qint64 wallMs = std::max(timeoutMs, 0);
    const qint64 cpuMs = wallMs * std::max(threads, 1);
    return (cpuMs + 999) / 1000 + 2;
}

QString ChildOutcome::errorSummary() const
{
    const QList<QByteArray> lines = errorTail.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString line = QString::fromUtf8(it->trimmed());
        if (!line.isEmpty())
            return line.left(300);
    }
    return {};
}

QString ChildOutcome::withErrorSummary(QString message, const QString& detailFormat) const
{
    const QString detail = errorSummary();
    if (!detail.isEmpty())
        message += detailFormat.arg(detail);
    return message;
}

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
    // The running child and any cancelled one still being reaped: killed, reaped later, no signals.
    const QList<QProcess*> processes = findChildren<QProcess*>(Qt::FindDirectChildrenOnly);
    for (QProcess* process : processes)
        abandon(process);
}

ChildOutcome ChildProcess::run(const QString& program, const QStringList& arguments,
    const ChildLimits& limits, const std::function<void(const QByteArray&)>& onLine,
    const std::function<bool()>& cancelled, const QByteArray& input)
{
    QProcess process;
    configure(process, program, arguments, limits, !input.isEmpty());
    const QDeadlineTimer deadline(std::max(limits.timeoutMs, 1));
    process.start(input.isEmpty() ? QIODevice::ReadOnly : QIODevice::ReadWrite);
    if (!process.waitForStarted(int(std::max<qint64>(deadline.remainingTime(), 1)))) {
        ChildOutcome outcome;
        outcome.end = ChildOutcome::End::FailedToStart;
        outcome.error = process.errorString();
        return outcome;
    }
    if (!input.isEmpty()) {
        process.write(input); // written while waiting below; closed when all is written
        process.closeWriteChannel();
    }

    QByteArray output;
    QByteArray errorTail;
    qsizetype lineStart = 0;
    bool stopped = false;
    // Short waits: standard error is drained (to its tail) between them, never piled up.
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        process.waitForReadyRead(int(std::clamp<qint64>(deadline.remainingTime(), 1, PollMs)));
        collect(output, lineStart, process.readAllStandardOutput(), limits.maxOutputBytes, onLine);
        keepTail(errorTail, process.readAllStandardError());
        if (cancelled && cancelled()) {
            stopped = true;
            break;
        }
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000); // a killed child ends at once; this is a worker thread
        ChildOutcome outcome;
        outcome.end = stopped ? ChildOutcome::End::Cancelled : ChildOutcome::End::TimedOut;
        outcome.output = std::move(output);
        keepTail(errorTail, process.readAllStandardError());
        outcome.errorTail = std::move(errorTail);
        return outcome;
    }
    collect(output, lineStart, process.readAllStandardOutput(), limits.maxOutputBytes, onLine);
    keepTail(errorTail, process.readAllStandardError());
    return ended(process, std::move(output), std::move(errorTail));
}

QProcess* ChildProcess::spawn(
    const QString& program, const QStringList& arguments, const ChildLimits& limits, bool withInput)
{
    auto* process = new QProcess(this);
    configure(*process, program, arguments, limits, withInput);
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] { readOutput(process); });
    connect(process, &QProcess::readyReadStandardError, this, [this, process] {
        if (process == m_standby)
            return; // read once it has its input (a child in standby says nothing)
        const QByteArray chunk = process->readAllStandardError();
        if (process == m_process)
            keepTail(m_errorTail, chunk);
    });
    connect(process, &QProcess::finished, this, [this, process] { onProcessFinished(process); });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // the others come with finished
        // May be emitted inside QProcess::start(): answer from the event loop, not from start().
        QMetaObject::invokeMethod(
            this,
            [this, process] {
                if (process == m_standby) {
                    m_standby = nullptr; // start() will try again with a child of its own
                } else if (process == m_process) {
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
    process->start(withInput ? QIODevice::ReadWrite : QIODevice::ReadOnly);
    return process;
}

bool ChildProcess::prepare(const QString& program, const QStringList& arguments, const ChildLimits& limits)
{
    if (isPrepared(program, arguments))
        return true;
    dropStandby();
    m_standbyKey = QStringList {program} + arguments;
    m_standby = spawn(program, arguments, limits, true);
    return true;
}

void ChildProcess::dropStandby()
{
    if (m_standby)
        abandon(std::exchange(m_standby, nullptr));
}

bool ChildProcess::isPrepared(const QString& program, const QStringList& arguments) const
{
    return m_standby && m_standby->state() != QProcess::NotRunning
        && m_standbyKey == QStringList {program} + arguments;
}

bool ChildProcess::start(
    const QString& program, const QStringList& arguments, const ChildLimits& limits, const QByteArray& input)
{
    if (isRunning())
        return false;
    m_timedOut = false;
    m_output.clear();
    m_errorTail.clear();
    m_lineStart = 0;
    m_maxOutput = limits.maxOutputBytes;

    QProcess* process = nullptr;
    if (!input.isEmpty() && isPrepared(program, arguments)) {
        process = std::exchange(m_standby, nullptr); // started ahead: it has waited for this input
        m_process = process;
        readOutput(process);
        keepTail(m_errorTail, process->readAllStandardError());
    } else {
        dropStandby(); // made for other arguments
        process = spawn(program, arguments, limits, !input.isEmpty());
        m_process = process;
    }
    auto* timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, process] {
        if (process == m_process && process->state() != QProcess::NotRunning) {
            m_timedOut = true;
            process->kill(); // finished follows
        }
    });
    timer->start(std::max(limits.timeoutMs, 1));
    if (!input.isEmpty()) {
        process->write(input); // written from the event loop as the child reads
        process->closeWriteChannel();
    }
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
    outcome.errorTail = m_errorTail;
    Q_EMIT finished(outcome);
}

void ChildProcess::readOutput(QProcess* process)
{
    if (process == m_standby)
        return; // read once it has its input
    if (process != m_process) {
        process->readAllStandardOutput(); // a cancelled child: dropped
        return;
    }
    collect(m_output, m_lineStart, process->readAllStandardOutput(), m_maxOutput,
        [this](const QByteArray& line) { Q_EMIT lineReceived(line); });
}

void ChildProcess::onProcessFinished(QProcess* process)
{
    process->deleteLater();
    if (process == m_standby)
        m_standby = nullptr; // ended before its input came: start() starts another
    if (process != m_process)
        return; // cancelled earlier
    readOutput(process);
    keepTail(m_errorTail, process->readAllStandardError());
    m_process = nullptr;
    ChildOutcome outcome = ended(*process, m_output, m_errorTail);
    if (m_timedOut)
        outcome.end = ChildOutcome::End::TimedOut;
    Q_EMIT finished(outcome);
}

} // namespace karier
