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

    /// The last line of output that \a parse accepts (parse returns false for others), read from
    /// the end; false when the last non-empty line is not accepted.
    bool lastLine(const std::function<bool(const QByteArray&)>& parse) const;
};

/// A child process for untrusted input — used by PdfCheckRunner (`karier-cli check-pdf`) and
/// PdfFitRunner (`karier-cli fit-pdf`): a wall-clock limit (then it is killed), an address-space
/// limit and a CPU-time limit (setrlimit), no core dump, no standard input, standard error
/// discarded. Standard output is collected (1 MiB at most); each complete line is also handed
/// over as it arrives, for progress reports.
///
/// Blocking use, from a worker thread: ChildProcess::run(). Asynchronous use, from a thread with
/// an event loop: start(), then lineReceived and finished; never blocks.
class ChildProcess : public QObject
{
    Q_OBJECT

public:
    explicit ChildProcess(QObject* parent = nullptr);
    /// Kills a running child without emitting finished.
    ~ChildProcess() override;

    /// Runs \a program to its end within \a limits. \a onLine, when given, receives every complete
    /// line of standard output as it arrives; \a cancelled, when given, is polled (every 100 ms)
    /// and ends the child with End::Cancelled. Thread-safe.
    static ChildOutcome run(const QString& program, const QStringList& arguments, const ChildLimits& limits,
        const std::function<void(const QByteArray&)>& onLine = {},
        const std::function<bool()>& cancelled = {});

    /// Starts \a program and returns at once; finished is emitted exactly once for it (also when it
    /// fails to start, and on cancel()). False, and nothing happens, while a child is running.
    bool start(const QString& program, const QStringList& arguments, const ChildLimits& limits);
    /// Kills the running child and emits finished with End::Cancelled at once.
    void cancel();
    bool isRunning() const { return !m_process.isNull(); }

Q_SIGNALS:
    void lineReceived(const QByteArray& line);
    void finished(const karier::ChildOutcome& outcome);

private:
    void readOutput(QProcess* process);
    void onProcessFinished(QProcess* process);

    QPointer<QProcess> m_process;
    QByteArray m_output;
    qsizetype m_lineStart = 0;
    bool m_timedOut = false;
};

} // namespace karier
