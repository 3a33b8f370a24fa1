// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/ChildProcess.h"
#include "documents/PdfCheckResult.h"
#include "documents/PdfInspector.h"

#include <QObject>
#include <QString>

namespace karier {

/// How PdfCheckRunner runs the child process.
struct PdfCheckOptions
{
    PdfCheckLimits limits; ///< passed on as --max-bytes, --max-pages, --sharpness-threshold
    int timeoutMs = 15000; ///< wall clock; then the child is killed
    qint64 memoryLimitBytes = qint64(1) << 30; ///< RLIMIT_AS of the child (1 GiB)
};

/// Checks an uploaded PDF in a child process, `karier-cli check-pdf --json --in-process FILE`,
/// so that no file can hang or crash the caller: the child (a ChildProcess) gets a wall-clock
/// limit (then it is killed), an address-space limit and a CPU-time limit (setrlimit), no core
/// dump and no standard input. A child that crashes, runs out of memory or time, or cannot be started
/// becomes a refusal (code `crashed`, `timeout`, `helper_failed`) with a message in the language of the
/// installed translator (Bahasa Indonesia by default; see setHelperLanguage for the child's messages).
///
/// Blocking use, from a worker thread: `PdfCheckRunner::check(path)`.
/// Asynchronous use, from the GUI thread: `start(path)`, then the `finished` signal; never blocks.
class PdfCheckRunner : public QObject
{
    Q_OBJECT

public:
    explicit PdfCheckRunner(QObject* parent = nullptr);
    /// Kills a running child without emitting finished.
    ~PdfCheckRunner() override;

    /// Checks \a filePath and returns when the child has finished or was killed. Thread-safe.
    static PdfCheckResult check(const QString& filePath, const PdfCheckOptions& options = {});

    /// The karier-cli executable; default QCoreApplication::applicationDirPath() + "/karier-cli".
    static void setHelperPath(const QString& path);
    static QString helperPath();
    /// The language of the child's messages: "en" makes it install :/i18n/karier-asn_en.qm (as the
    /// GUI did); empty (the default) keeps Bahasa Indonesia. Set once by the application at start.
    static void setHelperLanguage(const QString& language);
    static QString helperLanguage();

    void setOptions(const PdfCheckOptions& options) { m_options = options; }
    const PdfCheckOptions& options() const { return m_options; }

    /// Starts checking \a filePath and returns at once; finished is emitted exactly once for it
    /// (also when the child fails to start, and on cancel()). False, and nothing happens, while a
    /// check is still running.
    bool start(const QString& filePath);
    /// Stops the running check: kills the child and emits finished with code `cancelled`.
    void cancel();
    bool isRunning() const;

    /// The verdict from how the child ended (\a timeoutMs for the message of a timeout).
    static PdfCheckResult interpret(const QString& filePath, const ChildOutcome& outcome, int timeoutMs);

Q_SIGNALS:
    void finished(const karier::PdfCheckResult& result);

private:
    PdfCheckOptions m_options;
    ChildProcess* m_child = nullptr;
    QString m_file;
};

} // namespace karier
