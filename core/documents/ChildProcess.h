// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <functional>

class QProcess;

namespace karier {

/// The limits of a child process that handles an untrusted file.
struct ChildLimits
{
    int timeoutMs = 15000; ///< wall clock; then the child is killed
    qint64 memoryLimitBytes = qint64(1) << 30; ///< RLIMIT_AS of the child (1 GiB); 0 = none
    /// The threads the child may run at once (the caller tells the child, e.g. fit-pdf --threads):
    /// the CPU-time limit is the wall clock times this, see cpuSeconds().
    int threads = 1;
    /// RLIMIT_FSIZE: no file the child writes grows beyond this (the write fails with EFBIG;
    /// SIGXFSZ is ignored in the child). 0 = none.
    qint64 maxFileBytes = qint64(16) << 20;
    /// Standard output kept; the rest is read and dropped.
    qint64 maxOutputBytes = qint64(1) << 20;

    /// RLIMIT_CPU in seconds: the wall clock times the threads, rounded up, plus 2 s, so that a
    /// child using all its threads for the whole wall clock is ended by the wall clock (a timeout)
    /// and never first by SIGXCPU.
    qint64 cpuSeconds() const;
};

/// How a child process ended, with what it wrote to standard output (at most 1 MiB).
struct ChildOutcome
{
    enum class End {
        Finished, ///< ended on its own; exitCode holds its exit code
        Crashed, ///< killed by a signal other than ours (exitCode holds the signal number)
        TimedOut, ///< killed at the wall-clock limit, or by the CPU-time limit (SIGXCPU)
        FailedToStart, ///< error holds why
        Cancelled, ///< ChildProcess::cancel()
    };
    End end = End::FailedToStart;
    int exitCode = -1;
    QByteArray output;
    QString error;
    QByteArray errorTail; ///< the last ErrorTailBytes of standard error

    static constexpr qsizetype ErrorTailBytes = 4096;

    /// The last non-empty line of errorTail (at most 300 characters), for a message; empty if none.
    QString errorSummary() const;
    /// \a message with \a detailFormat (its %1 the errorSummary()) added when the child said something
    /// on standard error; the runners' refusals name it so.
    QString withErrorSummary(QString message, const QString& detailFormat) const;

    /// The last line of output that \a parse accepts (parse returns false for others), read from
    /// the end; false when the last non-empty line is not accepted.
    bool lastLine(const std::function<bool(const QByteArray&)>& parse) const;
};

/// A child process for untrusted input — used by PdfCheckRunner (`karier-cli check-pdf`) and
/// PdfFitRunner (`karier-cli fit-pdf`): a wall-clock limit (then it is killed), an address-space
/// limit, a CPU-time limit for its threads and a file-size limit (setrlimit), no core dump, and it
/// dies with its parent (PR_SET_PDEATHSIG: SIGKILL when the thread that started it ends, e.g. when
/// the parent is killed with -9). Standard input is the given bytes (or nothing); the tail of
/// standard error is kept for the message; standard output is collected (ChildLimits::
/// maxOutputBytes at most) and each complete line is also handed over as it arrives.
///
/// Blocking use, from a worker thread: ChildProcess::run(). Asynchronous use, from a thread with
/// an event loop: start(), then lineReceived and finished; never blocks, not even when destroyed
/// (a running child is killed and reaped later from the event loop).
class ChildProcess : public QObject
{
    Q_OBJECT

public:
    explicit ChildProcess(QObject* parent = nullptr);
    /// Kills a running child without emitting finished, and without waiting for it.
    ~ChildProcess() override;

    /// Runs \a program to its end within \a limits, with \a input as its standard input.
    /// \a onLine, when given, receives every complete line of standard output as it arrives;
    /// \a cancelled, when given, is polled (every 100 ms) and ends the child with
    /// End::Cancelled. Thread-safe.
    static ChildOutcome run(const QString& program, const QStringList& arguments, const ChildLimits& limits,
        const std::function<void(const QByteArray&)>& onLine = {},
        const std::function<bool()>& cancelled = {}, const QByteArray& input = {});

    /// Starts \a program with \a input as its standard input and returns at once; finished is
    /// emitted exactly once for it (also when it fails to start, and on cancel()). False, and
    /// nothing happens, while a child is running.
    bool start(const QString& program, const QStringList& arguments, const ChildLimits& limits,
        const QByteArray& input = {});
    /// Starts \a program ahead of its input, so that a later start() with the same program and
    /// arguments and some input hands the input to this child instead of starting one (the wall-clock
    /// limit counts from start()). A child in standby says nothing until then; when it ends early it is
    /// forgotten and start() starts one as usual. A standby for other arguments is replaced.
    bool prepare(const QString& program, const QStringList& arguments, const ChildLimits& limits);
    /// Kills the child in standby, if any.
    void dropStandby();
    /// A child started by prepare() for \a program and \a arguments is waiting for its input.
    bool isPrepared(const QString& program, const QStringList& arguments) const;
    /// Kills the running child and emits finished with End::Cancelled at once.
    void cancel();
    bool isRunning() const { return !m_process.isNull(); }

Q_SIGNALS:
    void lineReceived(const QByteArray& line);
    void finished(const karier::ChildOutcome& outcome);

private:
    QProcess* spawn(
        const QString& program, const QStringList& arguments, const ChildLimits& limits, bool withInput);
    void readOutput(QProcess* process);
    void onProcessFinished(QProcess* process);

    QPointer<QProcess> m_process;
    QPointer<QProcess> m_standby; ///< started by prepare(), waiting for its input
    QStringList m_standbyKey; ///< its program and arguments
    qint64 m_maxOutput = 0;
    QByteArray m_output;
    QByteArray m_errorTail;
    qsizetype m_lineStart = 0;
    bool m_timedOut = false;
};

} // namespace karier
