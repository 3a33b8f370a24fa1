// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/ChildProcess.h"
#include "documents/PdfCheckResult.h"
#include "documents/PdfInspector.h"

#include <QImage>
#include <QObject>
#include <QSizeF>
#include <QString>
#include <optional>

namespace karier {

/// How PdfCheckRunner runs the child process.
struct PdfCheckOptions
{
    PdfCheckLimits limits; ///< passed on as --max-bytes, --max-pages, --sharpness-threshold
    int timeoutMs = 15000; ///< wall clock; then the child is killed
    qint64 memoryLimitBytes = qint64(1) << 30; ///< RLIMIT_AS of the child (1 GiB)
    /// > 0: the child hands back the first page it drew, this many pixels wide
    /// (PdfCheckResult::firstPage; `--first-page-width`), for a preview that shows it at once.
    int firstPageWidth = 0;
    static constexpr int MaxFirstPageWidth = 4096;
};

/// Checks an uploaded PDF in a child process, `karier-cli check-pdf --json --in-process -`, so that
/// no file can hang or crash the caller: the child (a ChildProcess) gets a wall-clock limit (then it
/// is killed), address-space, CPU-time and file-size limits (setrlimit), no core dump, and dies
/// with its parent. The bytes to check are read once by the caller (readFile) and written to the
/// child's standard input; the child answers with their SHA-256, which must be theirs (else
/// `helper_failed`), so that what is stored can be compared with what was checked
/// (DocumentUpload::checkedSha256). A child that crashes, runs out of memory or time, or cannot
/// be started becomes a refusal (code `crashed`, `timeout`, `helper_failed`; the last line the child
/// wrote to standard error is added) with a message in the language of the installed translator
/// (Bahasa Indonesia by default; see setHelperLanguage for the child's messages).
///
/// Blocking use, from a worker thread: `PdfCheckRunner::check(path)` or `checkData(bytes, name)`.
/// Asynchronous use, from the GUI thread: read the file on a worker (readFile), `start(bytes, name)`,
/// then the `finished` signal; never blocks.
class PdfCheckRunner : public QObject
{
    Q_OBJECT

public:
    explicit PdfCheckRunner(QObject* parent = nullptr);
    /// Kills a running child without emitting finished.
    ~PdfCheckRunner() override;

    /// Reads \a filePath once for checking (never on the GUI thread): its bytes into \a content
    /// (at most limits.maxBytes + 1) and the refusals that need no PDF engine (`not_found`,
    /// `io_error`, `empty`, `not_pdf`, `too_large` with the size on disk). A result with an empty
    /// code when the bytes are to be checked by the child.
    static PdfCheckResult readFile(
        const QString& filePath, const PdfCheckLimits& limits, QByteArray& content);

    /// Reads \a filePath (readFile) and checks its bytes; returns when the child has finished or was
    /// killed. \a content, when given, receives the bytes that were checked. Thread-safe.
    static PdfCheckResult check(
        const QString& filePath, const PdfCheckOptions& options = {}, QByteArray* content = nullptr);
    /// Checks \a data, reported as \a fileName. Thread-safe.
    static PdfCheckResult checkData(
        const QByteArray& data, const QString& fileName, const PdfCheckOptions& options = {});

    /// The karier-cli executable; default QCoreApplication::applicationDirPath() + "/karier-cli".
    static void setHelperPath(const QString& path);
    static QString helperPath();
    /// The language of the child's messages: "en" makes it install :/i18n/karier-asn_en.qm (as the
    /// GUI did); empty (the default) keeps Bahasa Indonesia. Set once by the application at start.
    static void setHelperLanguage(const QString& language);
    static QString helperLanguage();

    void setOptions(const PdfCheckOptions& options) { m_options = options; }
    const PdfCheckOptions& options() const { return m_options; }

    /// Starts checking \a data (reported as \a fileName) and returns at once; finished is emitted
    /// exactly once for it (also when the child fails to start, and on cancel()). False, and nothing
    /// happens, while a check is still running.
    bool start(const QByteArray& data, const QString& fileName);
    /// Starts the child for the next check now, ahead of its file (`--standby`: it loads the PDF
    /// engine and draws once, then waits), with the present options; start() with the same options
    /// hands it the bytes, so that the user does not wait for the child to start. Done again after
    /// each check, until the runner is destroyed. A child in standby holds no file and uses no CPU.
    void prepare();
    /// No child in standby any more, and none after the next checks (until prepare()).
    void unprepare();
    /// The last start() handed its bytes to a child started by prepare().
    bool startedPrepared() const { return m_startedPrepared; }
    /// Stops the running check: kills the child and emits finished with code `cancelled`.
    void cancel();
    bool isRunning() const;

    /// The verdict from how the child that checked \a data ended (\a timeoutMs for the message of
    /// a timeout).
    /// The first page the child sent (\a firstPageWidth > 0: asked for at that width) is validated
    /// (PdfCheckResult::readFirstPage); a malformed one makes the answer `helper_failed`.
    static PdfCheckResult interpret(const QString& fileName, const QByteArray& data,
        const ChildOutcome& outcome, int timeoutMs, int firstPageWidth = 0);

    /// The child's limits for \a options: one thread, a file-size limit of 16 MiB (it writes no file),
    /// standard output of 1 MiB, more when the first page is asked for.
    static ChildLimits childLimits(const PdfCheckOptions& options);

Q_SIGNALS:
    /// With options().firstPageWidth > 0: the child drew the first page of \a fileName at that width
    /// before checking the rest (PdfInspector::FirstPageSink), and \a page passed the same validation
    /// as in the verdict (PdfCheckResult::readFirstPage). Comes before finished, which then carries the
    /// same page if the file is accepted; a refusal may still follow.
    void firstPageDrawn(const QString& fileName, const QImage& page, QSizeF pageSizePt);
    void finished(const karier::PdfCheckResult& result);

private:
    static PdfCheckResult malformedFirstPage(const QString& fileName, qint64 bytes);
    /// The verdict from how the child ended (with the first page read before, if any).
    void conclude(const ChildOutcome& outcome);
    /// After a check: the next child in standby, if prepare() was called.
    void preparedAgain();

    /// The first page on its own line, in the running check.
    enum class FirstPage { Awaited, Reading, Read, Malformed };

    PdfCheckOptions m_options;
    ChildProcess* m_child = nullptr;
    QString m_file;
    QByteArray m_data;
    int m_firstPageWidth = 0; ///< as asked for when the running check started
    bool m_interpreting = false; ///< the answer is being read on a worker
    quint64 m_run = 0; ///< number of the last start() or cancel() while reading
    FirstPage m_firstPage = FirstPage::Awaited;
    QImage m_firstPageImage;
    QSizeF m_firstPageSizePt;
    std::optional<ChildOutcome> m_pendingOutcome; ///< the child ended while its first page was read
    bool m_keepPrepared = false;
    bool m_startedPrepared = false;
};

} // namespace karier
