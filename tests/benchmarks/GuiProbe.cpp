// SPDX-License-Identifier: GPL-3.0-or-later
// karier-gui-probe [--verbose | --preview-runs N]: how long the GUI thread is blocked while the record
// wizard checks and previews a PDF (the gui_block scenario of karier-bench runs it; run it offscreen).
// With --preview-runs N it measures instead the path a user waits for, 1 + N times on the same
// Unggah Dokumen step (the preview scenario): from choosing the 1 MB scan to its first page painted on
// the preview's canvas, and prints {"first_page_ms": [N times], "checked_ms": [N times until the check's
// verdict], "width_px": W} (the first run, which
// loads what a session loads once, is not among them); PDF: that file instead of its own scan.
//
// It makes a temporary SQLite database with the demo data, logs in as the demo ASN, opens the
// RecordWizard for Kursus, fills Masukan Data with valid values and goes on to Unggah Dokumen
// (questions are answered "Ya" through ScriptedInteraction). Then a stall monitor starts on the
// GUI thread: a precise 1 ms QTimer whose ticks are timed with a QElapsedTimer; the longest gap
// between two ticks, less the interval, is the longest time the event loop could not run. While
// it runs, the "1 MB scanned A4 PDF" (tests/support/SyntheticScan) is chosen in the drop zone the
// way a click does it (ScriptedInteraction::setNextOpenFile + chooseFile): the real karier-cli checks it
// in a child process, the wizard reads it on a worker and PdfPreview draws the first page on its
// renderer thread. The measurement ends when the wizard has accepted the document and the preview
// has shown the first page, plus SettleMs so that painting the page counts too.
//
// Then "Buka di aplikasi lain" on the previewed scan (open_external_max_block_ms: from the click until
// the copy is written on a worker and handed to the desktop, plus SettleMs); then the fitting PDF
// (fit_max_block_ms): a 2-page 2 MB scan is chosen, the Unggah Dokumen step runs the real karier-cli
// fit-pdf at once (the ~1 MB answer read on a worker), and the result is checked, accepted and its
// first page shown, plus SettleMs; and it logs out while pages load: the ASN's main window opens every
// page and is closed and deleted at once ("Keluar"); logout_max_block_ms is the longest block from then to
// 300 ms later.
//
// Prints {"max_gui_block_ms": X, "total_ms": Y, "logout_max_block_ms": Z, "open_external_max_block_ms": W,
// "fit_max_block_ms": F, "fit_total_ms": T} on stdout and exits 0 (fit_total_ms: from choosing the
// oversized scan until its fitted copy is shown);
// total_ms is the time from choosing the file to the first page shown. Any failure: a message on stderr and
// exit 1; a watchdog ends the program with exit 1 after 80 s whatever the GUI thread does.
//
// --verbose prints on stderr each stall of StallReportMs or more with the phase it happened in,
// how much of it the GUI thread spent on the CPU (its own work) and its voluntary (it slept) and
// involuntary (another thread got the CPU) context switches; also when the measurement started on
// the monotonic clock, to match it with `perf record -k mono`. max_gui_block_ms is wall-clock
// time: what a user feels, including waiting for a CPU on a busy machine.

#include "ScriptedInteraction.h"
#include "SyntheticScan.h"
#include "auth/AuthService.h"
#include "common/Theme.h"
#include "documents/PdfCheckResult.h"
#include "documents/PdfCheckRunner.h"
#include "documents/PdfFitResult.h"
#include "io/DemoSeeder.h"
#include "main/MainWindow.h"
#include "records/RecordType.h"
#include "records/RecordWizard.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "widgets/DropZone.h"
#include "widgets/PdfPreview.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPair>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <memory>
#include <mutex>
#include <sys/resource.h>
#include <thread>
#include <utility>

#ifndef KARIER_CLI_EXECUTABLE
#error "KARIER_CLI_EXECUTABLE must be the path of karier-cli (set by tests/benchmarks/CMakeLists.txt)"
#endif

namespace karier {

namespace {

constexpr int OverallTimeoutMs = 80'000;
constexpr int StepTimeoutMs = 20'000;
/// The fit child's own budget for two pages is well under this.
constexpr int FitTimeoutMs = 30'000;
constexpr int TickMs = 1;
/// Calm before the measurement, so that laying out and painting step 2 are not counted.
constexpr int CalmBeforeMs = 300;
/// Measuring goes on this long after the first page was shown: its paint is GUI-thread work too.
constexpr int SettleMs = 100;
constexpr double StallReportMs = 5.0;

/// Ends the process with exit 1 after OverallTimeoutMs, also when the GUI thread hangs.
class Watchdog
{
public:
    Watchdog()
        : m_thread([this] {
            std::unique_lock lock(m_mutex);
            if (!m_done.wait_for(
                    lock, std::chrono::milliseconds(OverallTimeoutMs), [this] { return m_stop; })) {
                std::fputs("karier-gui-probe: no result within 80 s\n", stderr);
                std::fflush(stderr);
                std::_Exit(1);
            }
        })
    { }
    ~Watchdog()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_done.notify_all();
        m_thread.join();
    }
    Watchdog(const Watchdog&) = delete;
    Watchdog& operator=(const Watchdog&) = delete;

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_stop = false;
    std::thread m_thread; // last: starts once the members above exist
};

/// Times the ticks of a 1 ms precise timer on the GUI thread.
class StallMonitor : public QObject
{
public:
    struct Stall
    {
        double atMs = 0.0; ///< when the event loop stopped running, from start()
        double blockedMs = 0.0;
        /// Of blockedMs, the time the GUI thread ran; the rest it slept or waited for a CPU.
        double cpuMs = 0.0;
        long waits = 0; ///< voluntary context switches: the GUI thread slept (poll, a lock, I/O)
        long preemptions = 0; ///< involuntary ones: the scheduler gave its CPU to another thread
        QString phase;
    };

    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(TickMs);
        connect(&m_timer, &QTimer::timeout, this, &StallMonitor::tick);
    }

    void start()
    {
        m_stalls.clear();
        m_maxGapNs = 0;
        m_ticks = 0;
        m_clock.start();
        m_startedAt = std::chrono::steady_clock::now();
        m_lastNs = 0;
        m_lastCpuNs = threadCpuNs();
        m_lastSwitches = contextSwitches();
        m_maxCpuNs = 0;
        m_timer.start();
    }
    /// Counts the time since the last tick as a gap too.
    void stop()
    {
        tick();
        m_timer.stop();
    }
    void setPhase(const QString& phase) { m_phase = phase; }
    double elapsedMs() const { return static_cast<double>(m_clock.nsecsElapsed()) / 1e6; }
    /// The longest gap between two ticks less the interval: the longest block of the event loop.
    double maxBlockMs() const { return std::max(0.0, static_cast<double>(m_maxGapNs) / 1e6 - TickMs); }
    qint64 ticks() const { return m_ticks; }
    /// The most CPU time the GUI thread used between two ticks, less the interval: the longest
    /// block that was the GUI thread's own work rather than waiting for the CPU.
    double maxCpuBlockMs() const { return std::max(0.0, static_cast<double>(m_maxCpuNs) / 1e6 - TickMs); }
    /// When start() was called on the monotonic clock (the time base of `perf record -k mono`).
    std::chrono::steady_clock::time_point startedAt() const { return m_startedAt; }
    const QList<Stall>& stalls() const { return m_stalls; }

private:
    /// The CPU time the calling (GUI) thread has used.
    static qint64 threadCpuNs()
    {
        timespec now {};
        ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
    }

    /// The calling thread's voluntary and involuntary context switches so far.
    static std::pair<long, long> contextSwitches()
    {
        rusage usage {};
        ::getrusage(RUSAGE_THREAD, &usage);
        return {usage.ru_nvcsw, usage.ru_nivcsw};
    }

    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        const std::pair<long, long> switches = contextSwitches();
        const qint64 gap = now - m_lastNs;
        m_maxGapNs = std::max(m_maxGapNs, gap);
        m_maxCpuNs = std::max(m_maxCpuNs, cpu - m_lastCpuNs);
        const double blocked = static_cast<double>(gap) / 1e6 - TickMs;
        if (blocked >= StallReportMs)
            m_stalls.append(
                {static_cast<double>(m_lastNs) / 1e6, blocked, static_cast<double>(cpu - m_lastCpuNs) / 1e6,
                    switches.first - m_lastSwitches.first, switches.second - m_lastSwitches.second, m_phase});
        m_lastNs = now;
        m_lastCpuNs = cpu;
        m_lastSwitches = switches;
        ++m_ticks;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    std::chrono::steady_clock::time_point m_startedAt;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_lastCpuNs = 0;
    std::pair<long, long> m_lastSwitches;
    qint64 m_maxCpuNs = 0;
    qint64 m_ticks = 0;
    QString m_phase;
    QList<Stall> m_stalls;
};

Error failure(const QString& message)
{
    return Error {ErrorCode::Internal, message};
}

/// Runs the event loop until \a done or \a timeoutMs; false on timeout.
bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Sets Masukan Data field \a key the way the widgets take a typed or chosen value.
Status setField(RecordWizard& wizard, const QString& key, const QVariant& value)
{
    QWidget* input = wizard.findChild<QWidget*>(QStringLiteral("field_") + key);
    if (!input)
        return failure(QStringLiteral("the wizard has no field ") + key);
    if (auto* date = qobject_cast<QDateEdit*>(input)) {
        date->setDate(value.toDate());
    } else if (auto* spin = qobject_cast<QSpinBox*>(input)) {
        spin->setValue(value.toInt());
    } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
        if (combo->isEditable()) {
            combo->setEditText(value.toString());
        } else {
            const int index = combo->findText(value.toString());
            if (index < 0)
                return failure(QStringLiteral("%1 has no item \"%2\"").arg(key, value.toString()));
            combo->setCurrentIndex(index);
        }
    } else if (auto* edit = qobject_cast<QLineEdit*>(input)) {
        edit->setText(value.toString());
    } else {
        return failure(QStringLiteral("cannot fill the field ") + key);
    }
    return Status::success();
}

QString describe(const QList<RuleIssue>& issues)
{
    QStringList lines;
    for (const RuleIssue& issue : issues)
        if (issue.severity == Severity::Error)
            lines.append(issue.field % QStringLiteral(": ") % issue.message);
    return lines.join(QStringLiteral("; "));
}

struct Measurement
{
    double maxBlockMs = 0.0;
    double totalMs = 0.0;
    double logoutMaxBlockMs = 0.0;
    double openExternalMaxBlockMs = 0.0;
    double fitMaxBlockMs = 0.0;
    double fitTotalMs = 0.0;
    /// --preview-runs: each run's time from choosing the scan to its first page painted, and to the
    /// check's verdict (the child's answer read and its picture validated).
    QList<double> previewMs;
    QList<double> previewCheckedMs;
    int previewWidth = 0; ///< the width (device pixels) the first page was shown at
    int previewStartedAhead = 0; ///< runs whose checking child was started ahead (PdfCheckRunner::prepare)
};

/// Forwards the canvas's paint event from its event filter, so that the time after painting is known:
/// the moment the first page was on screen.
class PaintStamp : public QObject
{
public:
    PaintStamp(QWidget* canvas, std::function<bool()> ready, const QElapsedTimer& clock)
        : m_canvas(canvas), m_ready(std::move(ready)), m_clock(clock)
    {
        m_canvas->installEventFilter(this);
    }
    ~PaintStamp() override { m_canvas->removeEventFilter(this); }
    bool painted() const { return m_painted; }
    /// Milliseconds on the clock when the canvas had painted the page.
    double paintedAtMs() const { return m_paintedAtMs; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched != m_canvas || event->type() != QEvent::Paint || m_painted || !m_ready())
            return false;
        m_canvas->removeEventFilter(this);
        QCoreApplication::sendEvent(m_canvas, event); // the canvas paints the page now
        m_paintedAtMs = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
        m_painted = true;
        return true;
    }

private:
    QWidget* m_canvas;
    std::function<bool()> m_ready;
    const QElapsedTimer& m_clock;
    bool m_painted = false;
    double m_paintedAtMs = 0.0;
};

/// `--preview-runs N`: the path a user waits for, 1 + N times on the same wizard page (the first
/// run is not counted): the scan chosen in the drop zone, read on a worker, checked by the real
/// karier-cli (which hands back the first page it drew), accepted, and the first page painted on the
/// preview's canvas.
struct PreviewTimes
{
    QList<double> firstPageMs;
    QList<double> checkedMs;
    int startedAhead = 0; ///< runs (warm-up included) whose checking child was started ahead
};

Result<PreviewTimes> measurePreviewPath(
    RecordWizard& wizard, DropZone& zone, PdfPreview& preview, const QString& pdfPath, int runs)
{
    auto* area = preview.findChild<QScrollArea*>(QStringLiteral("pageScrollArea"));
    QWidget* canvas = area ? area->widget() : nullptr;
    if (!canvas)
        return failure(QStringLiteral("the preview has no page canvas"));
    auto* runner = wizard.findChild<PdfCheckRunner*>();
    if (!runner)
        return failure(QStringLiteral("the wizard has no PdfCheckRunner"));
    PreviewTimes samples;
    for (int i = 0; i < 1 + runs; ++i) {
        bool shown = false;
        QString refused;
        const QMetaObject::Connection onShown = QObject::connect(
            &preview, &PdfPreview::pageShown, &preview, [&shown](int page) { shown = shown || page == 0; });
        const QMetaObject::Connection onRefused = QObject::connect(&wizard, &RecordWizard::documentRefused,
            &wizard, [&refused](const QString& message) { refused = message; });
        QElapsedTimer timer;
        PaintStamp stamp(
            canvas, [&] { return shown && !preview.pagePixmap().isNull(); }, timer);
        double checkedMs = 0.0;
        const QMetaObject::Connection onChecked = QObject::connect(runner, &PdfCheckRunner::finished, runner,
            [&] { checkedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6; });
        timer.start();
        ScriptedInteraction::current().setNextOpenFile(pdfPath);
        zone.chooseFile();
        // The page may be painted before the verdict (the child sends it first): both are waited for.
        const bool done = waitUntil(
            [&] { return (stamp.painted() && checkedMs > 0.0) || !refused.isEmpty(); }, StepTimeoutMs);
        if (runner->startedPrepared())
            ++samples.startedAhead;
        // The moment of painting, not of the poll that noticed it.
        const double ms = stamp.paintedAtMs();
        QObject::disconnect(onShown);
        QObject::disconnect(onRefused);
        QObject::disconnect(onChecked);
        if (!refused.isEmpty())
            return failure(QStringLiteral("the wizard refused the scan: ") + refused);
        if (!done)
            return failure(QStringLiteral("the first page was not painted within %1 ms").arg(StepTimeoutMs));
        if (i > 0) {
            samples.firstPageMs.append(ms);
            samples.checkedMs.append(checkedMs);
        }
        // The renderer opens the document behind the picture: calm before the next run.
        if (!waitUntil([&] { return !wizard.isCheckingDocument() && !preview.isBusy(); }, StepTimeoutMs))
            return failure(QStringLiteral("the preview stays busy"));
        wait(CalmBeforeMs);
    }
    return samples;
}

struct FitMeasurement
{
    double maxBlockMs = 0.0;
    double totalMs = 0.0;
};

/// Making a fitting PDF of \a oversizedPath in the Unggah Dokumen step, which starts by itself once
/// the file is chosen: from choosing it to its fitted copy shown in \a preview.
Result<FitMeasurement> measureFit(
    RecordWizard& wizard, DropZone& zone, PdfPreview& preview, const QString& oversizedPath, bool verbose)
{
    QString refused;
    bool accepted = false;
    bool pageShown = false;
    QList<QMetaObject::Connection> connections {
        QObject::connect(&wizard, &RecordWizard::documentRefused, &wizard,
            [&refused](const QString& message) { refused = message; }),
        QObject::connect(&wizard, &RecordWizard::documentAccepted, &wizard, [&accepted] { accepted = true; }),
        QObject::connect(&preview, &PdfPreview::pageShown, &preview,
            [&pageShown](int page) {
                if (page == 0)
                    pageShown = true;
            }),
    };
    const auto disconnectAll = [&connections] {
        for (const QMetaObject::Connection& connection : connections)
            QObject::disconnect(connection);
    };
    StallMonitor monitor;
    monitor.start();
    monitor.setPhase(QStringLiteral("choosing the oversized scan"));
    ScriptedInteraction::current().setNextOpenFile(oversizedPath);
    zone.chooseFile();
    monitor.setPhase(QStringLiteral("reading, fitting (karier-cli fit-pdf) and checking the result"));
    const bool shown
        = waitUntil([&] { return (accepted && pageShown) || !refused.isEmpty(); }, FitTimeoutMs) && accepted;
    const double totalMs = monitor.elapsedMs();
    monitor.setPhase(QStringLiteral("painting the fitted page"));
    wait(SettleMs);
    monitor.stop();
    disconnectAll();
    if (!shown)
        return failure(QStringLiteral("the fitted copy was not accepted and shown: ") + refused);
    if (verbose)
        for (const StallMonitor::Stall& stall : monitor.stalls())
            std::fprintf(stderr, "  fit stall at %8.1f ms: %6.1f ms (%s)\n", stall.atMs, stall.blockedMs,
                qPrintable(stall.phase));
    return FitMeasurement {monitor.maxBlockMs(), totalMs};
}

/// "Buka di aplikasi lain" on the previewed 1 MB scan: the copy is written on a worker and the
/// desktop asked to open it (here a hook that only takes the URL). Returns the longest block of the
/// GUI thread from the click until the answer came back, plus SettleMs.
Result<double> measureOpenExternally(PdfPreview& preview)
{
    QUrl opened;
    ScriptedInteraction::current().setUrlOpener([&opened](const QUrl& url) {
        opened = url;
        return true;
    });
    bool answered = false;
    const QMetaObject::Connection connection = QObject::connect(
        &preview, &PdfPreview::openedExternally, &preview, [&answered] { answered = true; });
    StallMonitor monitor;
    monitor.start();
    monitor.setPhase(QStringLiteral("open externally"));
    const bool started = preview.openExternally();
    const bool done = started && waitUntil([&] { return answered; }, StepTimeoutMs);
    wait(SettleMs);
    monitor.stop();
    QObject::disconnect(connection);
    ScriptedInteraction::current().setUrlOpener({});
    if (!done || !opened.isLocalFile() || QFileInfo(opened.toLocalFile()).size() <= 0)
        return failure(QStringLiteral("\"Buka di aplikasi lain\" wrote no copy of the document"));
    QFile::remove(opened.toLocalFile());
    return monitor.maxBlockMs();
}

/// Logging out while pages are loading: the main window of \a session opens every page it has, and
/// "Keluar" closes and deletes it while their loads are still on the database workers. Returns the
/// longest block of the GUI thread from the click to 300 ms later (late results must be dropped
/// without work).
Result<double> measureLogout(const std::shared_ptr<Database>& db, const Session& session, bool verbose)
{
    auto* window = new MainWindow(db, session);
    window->show();
    wait(CalmBeforeMs);
    for (const QString& key : window->pageKeys())
        window->showPage(key);
    StallMonitor monitor;
    monitor.start();
    monitor.setPhase(QStringLiteral("logout"));
    window->close();
    delete window;
    monitor.setPhase(QStringLiteral("after logout"));
    wait(300);
    monitor.stop();
    if (verbose)
        for (const StallMonitor::Stall& stall : monitor.stalls())
            std::fprintf(stderr, "  logout stall at %8.1f ms: %6.1f ms (%s)\n", stall.atMs, stall.blockedMs,
                qPrintable(stall.phase));
    return monitor.maxBlockMs();
}

Result<Measurement> probe(bool verbose, int previewRuns, const QString& previewFile)
{
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/karier-gui-probe-XXXXXX"));
    if (!dir.isValid())
        return failure(QStringLiteral("cannot create a temporary directory: ") + dir.errorString());

    // The fixture.
    const QByteArray pdf = test::scannedA4Pdf1MB();
    if (pdf.isEmpty())
        return failure(QStringLiteral("no JPEG quality gives a scanned PDF of 0.9 to 0.99 MiB"));
    const QString pdfPath = dir.filePath(QStringLiteral("pindaian-sertifikat.pdf"));
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return failure(QStringLiteral("cannot write %1: %2").arg(pdfPath, file.errorString()));
    // Two pages at 200 dpi, about 2 MB: over the limit, so the wizard makes a fitting PDF of it.
    const QByteArray oversized = test::multiPageScanPdf(2, 200, 2 * 1024 * 1024);
    const QString oversizedPath = dir.filePath(QStringLiteral("pindaian-besar.pdf"));
    QSaveFile big(oversizedPath);
    if (oversized.size() <= 1024 * 1024 || !big.open(QIODevice::WriteOnly)
        || big.write(oversized) != oversized.size() || !big.commit())
        return failure(QStringLiteral("cannot write the 2 MB scan %1").arg(oversizedPath));

    // The demo database and the ASN's session, as after a login.
    DatabaseUrl url;
    url.dialect = DatabaseUrl::Dialect::Sqlite;
    url.path = dir.filePath(QStringLiteral("karier.sqlite"));
    const Result<std::shared_ptr<Database>> opened = Database::open(url);
    if (!opened)
        return failure(QStringLiteral("cannot open the database: ") + opened.error().message);
    const std::shared_ptr<Database> db = opened.value();
    if (const auto seeded = DemoSeeder::seedDemo(db); !seeded)
        return failure(QStringLiteral("DemoSeeder::seedDemo: ") + seeded.error().message);
    const QList<DemoSeeder::DemoAccount> accounts = DemoSeeder::demoAccounts();
    const auto asn = std::find_if(accounts.cbegin(), accounts.cend(),
        [](const DemoSeeder::DemoAccount& a) { return a.role == QLatin1String("asn"); });
    if (asn == accounts.cend())
        return failure(QStringLiteral("no demo ASN account"));
    const AuthService::Outcome login = AuthService(db).login(asn->nip, asn->password);
    if (login.kind != AuthService::Outcome::Kind::LoggedIn || !login.session)
        return failure(QStringLiteral("the demo ASN cannot log in: ") + login.message);

    PdfCheckRunner::setHelperPath(QStringLiteral(KARIER_CLI_EXECUTABLE));
    ScriptedInteraction::reset();
    ScriptedInteraction::current().setDefaultAnswer(true);

    RecordWizard wizard(db, *login.session, RecordTypes::kursus());
    wizard.show();
    auto* next = wizard.findChild<QPushButton*>(QStringLiteral("nextButton"));
    auto* zone = wizard.findChild<DropZone*>(QStringLiteral("dropZone"));
    auto* preview = wizard.findChild<PdfPreview*>(QStringLiteral("pdfPreview"));
    if (!next || !zone || !preview)
        return failure(QStringLiteral("the wizard lacks nextButton, dropZone or pdfPreview"));

    // Step 1, Masukan Data: a one-day course this year.
    const QDate today = QDate::currentDate();
    const QDate day
        = today.addDays(-10).year() == today.year() ? today.addDays(-10) : QDate(today.year(), 1, 1);
    const QList<QPair<QString, QVariant>> values {
        {QStringLiteral("jenisKursus"), QStringLiteral("Sosialisasi")},
        {QStringLiteral("klasifikasi"), QStringLiteral("Sumber Daya Manusia")},
        {QStringLiteral("namaKursus"), QStringLiteral("Sosialisasi Pelaporan LHKPN Tahun 2026")},
        {QStringLiteral("institusiPenyelenggara"), QStringLiteral("BKPSDM Kota Surakarta")},
        {QStringLiteral("nomorSertipikat"), QStringLiteral("20/BKPSDM/003/I/2026")},
        {QStringLiteral("tanggalKursus"), day},
        {QStringLiteral("tanggalSelesaiKursus"), day},
        {QStringLiteral("jumlahJam"), 4},
    };
    for (const auto& [key, value] : values)
        if (const Status set = setField(wizard, key, value); !set)
            return set.error();

    // Selanjutnya once the wizard is idle (no question between the steps).
    bool checked = false;
    const QMetaObject::Connection shown
        = QObject::connect(&wizard, &RecordWizard::issuesShown, &wizard, [&checked] { checked = true; });
    if (!waitUntil([&] { return !wizard.isBusy(); }, StepTimeoutMs))
        return failure(QStringLiteral("the wizard stays busy on Masukan Data"));
    next->click();
    if (!waitUntil(
            [&] {
                return wizard.currentStep() == RecordWizard::DocumentStep || (checked && !wizard.isBusy());
            },
            StepTimeoutMs))
        return failure(QStringLiteral("Selanjutnya does not finish its check"));
    QObject::disconnect(shown);
    if (wizard.currentStep() != RecordWizard::DocumentStep)
        return failure(QStringLiteral("Selanjutnya stays on Masukan Data: ") + describe(wizard.issues()));
    if (!waitUntil([&] { return !wizard.isBusy() && !wizard.isCheckingDocument(); }, StepTimeoutMs))
        return failure(QStringLiteral("the wizard stays busy on Unggah Dokumen"));
    wait(CalmBeforeMs);

    if (previewRuns > 0) {
        const Result<PreviewTimes> times = measurePreviewPath(
            wizard, *zone, *preview, previewFile.isEmpty() ? pdfPath : previewFile, previewRuns);
        if (!times)
            return times.error();
        Measurement measurement;
        measurement.previewMs = times->firstPageMs;
        measurement.previewCheckedMs = times->checkedMs;
        measurement.previewStartedAhead = times->startedAhead;
        measurement.previewWidth = preview->pagePixmap().width();
        return measurement;
    }

    // Step 2, Unggah Dokumen, measured.
    StallMonitor monitor;
    bool accepted = false;
    bool pageShown = false;
    bool settled = false;
    QString problem;
    double chosenAtMs = -1.0;
    double readyAtMs = -1.0;
    QEventLoop loop;
    const auto finishIfReady = [&] {
        if (!accepted || !pageShown || readyAtMs >= 0.0)
            return;
        readyAtMs = monitor.elapsedMs();
        monitor.setPhase(QStringLiteral("painting the page"));
        QTimer::singleShot(SettleMs, &loop, [&] {
            settled = true;
            loop.quit();
        });
    };
    const auto fail = [&](const QString& message) {
        if (problem.isEmpty())
            problem = message;
        loop.quit();
    };
    auto* runner = wizard.findChild<PdfCheckRunner*>();
    if (runner)
        QObject::connect(runner, &PdfCheckRunner::finished, &loop,
            [&](const PdfCheckResult&) { monitor.setPhase(QStringLiteral("check finished, reading")); });
    QObject::connect(&wizard, &RecordWizard::documentAccepted, &loop, [&] {
        accepted = true;
        monitor.setPhase(QStringLiteral("accepted, preview loading"));
        finishIfReady();
    });
    QObject::connect(&wizard, &RecordWizard::documentRefused, &loop,
        [&](const QString& message) { fail(QStringLiteral("the wizard refused the scan: ") + message); });
    QObject::connect(preview, &PdfPreview::documentLoaded, &loop,
        [&] { monitor.setPhase(QStringLiteral("preview loaded, drawing")); });
    QObject::connect(preview, &PdfPreview::loadFailed, &loop, [&](const QString& message) {
        fail(QStringLiteral("the preview cannot show the scan: ") + message);
    });
    QObject::connect(preview, &PdfPreview::pageShown, &loop, [&](int page) {
        if (page != 0)
            return;
        pageShown = true;
        monitor.setPhase(QStringLiteral("page shown"));
        finishIfReady();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        fail(QStringLiteral("no accepted document and first page within %1 ms (accepted: %2, page shown: %3)")
                 .arg(StepTimeoutMs)
                 .arg(accepted ? QStringLiteral("yes") : QStringLiteral("no"),
                     pageShown ? QStringLiteral("yes") : QStringLiteral("no")));
    });

    monitor.start();
    deadline.start(StepTimeoutMs);
    QTimer::singleShot(0, zone, [&] {
        monitor.setPhase(QStringLiteral("choosing, starting the check"));
        chosenAtMs = monitor.elapsedMs();
        ScriptedInteraction::current().setNextOpenFile(pdfPath);
        zone->chooseFile();
        monitor.setPhase(QStringLiteral("checking (karier-cli)"));
    });
    loop.exec();
    monitor.stop();
    if (!problem.isEmpty())
        return failure(problem);
    if (!settled || chosenAtMs < 0.0)
        return failure(QStringLiteral("the measurement ended early"));
    if (preview->pagePixmap().isNull())
        return failure(QStringLiteral("the preview announced the first page but has no picture"));

    if (verbose) {
        const auto started = std::chrono::duration<double>(monitor.startedAt().time_since_epoch());
        std::fprintf(stderr,
            "karier-gui-probe: monitor started at %.6f s (monotonic); %lld ticks; chosen at %.1f ms, "
            "ready at %.1f ms; longest block %.1f ms, longest on-CPU block %.1f ms\n",
            started.count(), static_cast<long long>(monitor.ticks()), chosenAtMs, readyAtMs,
            monitor.maxBlockMs(), monitor.maxCpuBlockMs());
        for (const StallMonitor::Stall& stall : monitor.stalls())
            std::fprintf(stderr,
                "  stall at %8.1f ms: %6.1f ms, GUI thread on CPU %5.1f ms, %ld waits, %ld preemptions  "
                "(%s)\n",
                stall.atMs, stall.blockedMs, stall.cpuMs, stall.waits, stall.preemptions,
                qPrintable(stall.phase));
    }
    const Result<double> external = measureOpenExternally(*preview);
    if (!external)
        return external.error();
    const Result<FitMeasurement> fit = measureFit(wizard, *zone, *preview, oversizedPath, verbose);
    if (!fit)
        return fit.error();
    const Result<double> logout = measureLogout(db, *login.session, verbose);
    if (!logout)
        return logout.error();
    Measurement measurement;
    measurement.maxBlockMs = monitor.maxBlockMs();
    measurement.totalMs = readyAtMs - chosenAtMs;
    measurement.logoutMaxBlockMs = logout.value();
    measurement.openExternalMaxBlockMs = external.value();
    measurement.fitMaxBlockMs = fit->maxBlockMs;
    measurement.fitTotalMs = fit->totalMs;
    return measurement;
}

} // namespace

} // namespace karier

int main(int argc, char* argv[])
{
    const karier::Watchdog watchdog;
    QApplication app(argc, argv);
    karier::Theme::apply(); // as karier-asn does at start
    QCoreApplication::setApplicationName(QStringLiteral("karier-gui-probe"));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const bool verbose = arguments == QStringList {QStringLiteral("--verbose")};
    int previewRuns = 0;
    QString previewFile;
    if ((arguments.size() == 2 || arguments.size() == 3)
        && arguments.first() == QLatin1String("--preview-runs")) {
        previewRuns = arguments.at(1).toInt();
        previewFile = arguments.value(2);
    }
    if (!arguments.isEmpty() && !verbose && !(previewRuns > 0 && previewRuns <= 1000)) {
        std::fputs("Usage: karier-gui-probe [--verbose | --preview-runs N [PDF]]\n", stderr);
        return 2;
    }
    const karier::Result<karier::Measurement> measured = karier::probe(verbose, previewRuns, previewFile);
    if (!measured) {
        std::fprintf(stderr, "karier-gui-probe: %s\n", qPrintable(measured.error().message));
        return 1;
    }
    if (previewRuns > 0) {
        const auto list = [](const QList<double>& values) {
            QByteArray text;
            for (double ms : values)
                text += (text.isEmpty() ? "" : ", ") + QByteArray::number(ms, 'f', 2);
            return text;
        };
        std::printf(
            "{\"first_page_ms\": [%s], \"checked_ms\": [%s], \"width_px\": %d, \"started_ahead\": %d}\n",
            list(measured->previewMs).constData(), list(measured->previewCheckedMs).constData(),
            measured->previewWidth, measured->previewStartedAhead);
        return 0;
    }
    std::printf("{\"max_gui_block_ms\": %.2f, \"total_ms\": %.2f, \"logout_max_block_ms\": %.2f, "
                "\"open_external_max_block_ms\": %.2f, \"fit_max_block_ms\": %.2f, \"fit_total_ms\": %.2f}\n",
        measured->maxBlockMs, measured->totalMs, measured->logoutMaxBlockMs, measured->openExternalMaxBlockMs,
        measured->fitMaxBlockMs, measured->fitTotalMs);
    return 0;
}
