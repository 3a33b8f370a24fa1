// SPDX-License-Identifier: GPL-3.0-or-later
// startup_peers: the time a person waits for a window, against the Qt programs they already know,
// measured the same way for all three in the same run:
//   karier-asn            its login window (a database with accounts: the first-run dialog is not shown)
//   keepassxc             its welcome window (no database given)
//   qpdfview FILE         the 1 MB 1-page scan of the PDF scenarios opened
// Each is a whole process, from QProcess::start() to the moment the X server maps its first top-level
// window: the bench starts its own Xvfb (-displayfd, no window manager), listens to the root window's
// MapNotify events as an X client and takes the first one of a window that is not override-redirect
// and whose _NET_WM_PID is the child's. The child is then terminated. Every program gets its own fresh
// HOME, XDG and TMPDIR directories (so another KeePassXC running on the machine cannot take the start
// over as a single instance); the first run of each is a warm-up (page cache, fontconfig's cache, the
// programs' first-run settings), then the three alternate. Figures:
//   to_window_ms            karier-asn's median, reference = the faster peer's median; bar ratio <= 0.6
//   keepassxc_to_window_ms  qpdfview_to_window_ms   the peers' medians
// The bench reports the ratio; it does not fail on timing.

#include "Benchmark.h"
#include "io/DemoSeeder.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdlib>
#include <memory>
#include <poll.h>
#include <xcb/xcb.h>

#ifndef KARIER_ASN_EXECUTABLE
#error "KARIER_ASN_EXECUTABLE must be the path of karier-asn (set by tests/benchmarks/CMakeLists.txt)"
#endif

namespace karier::bench {

namespace {

constexpr int TimeoutMs = 20'000;

Error failure(const QString& message)
{
    return Error {ErrorCode::Internal, message};
}

struct XcbFree
{
    void operator()(void* p) const { std::free(p); }
};
template<typename T> using XcbReply = std::unique_ptr<T, XcbFree>;

struct Program
{
    QString label;
    QString path;
    QStringList arguments;
    QProcessEnvironment environment;
};

/// An Xvfb of our own and one X connection to it that watches the root window's children being mapped.
class VirtualDisplay
{
public:
    VirtualDisplay() = default;
    VirtualDisplay(const VirtualDisplay&) = delete;
    VirtualDisplay& operator=(const VirtualDisplay&) = delete;
    ~VirtualDisplay()
    {
        if (m_connection)
            xcb_disconnect(m_connection);
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            if (!m_server.waitForFinished(3000)) {
                m_server.kill();
                m_server.waitForFinished(2000);
            }
        }
    }

    Status start(const QString& xvfb)
    {
        // -displayfd 1: Xvfb picks a free display and writes its number on stdout once it accepts clients.
        m_server.setProgram(xvfb);
        m_server.setArguments({QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
            QStringLiteral("0"), QStringLiteral("1366x768x24"), QStringLiteral("-nolisten"),
            QStringLiteral("tcp")});
        m_server.setStandardInputFile(QProcess::nullDevice());
        m_server.start(QIODevice::ReadOnly);
        QByteArray out;
        const QDeadlineTimer deadline(TimeoutMs);
        while (!out.contains('\n')
            && m_server.waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1))))
            out += m_server.readAllStandardOutput();
        if (!out.contains('\n'))
            return failure(QStringLiteral("Xvfb did not start: ")
                + QString::fromLocal8Bit(m_server.readAllStandardError()).trimmed());
        m_display = QStringLiteral(":") + QString::fromLatin1(out.trimmed());

        m_connection = xcb_connect(m_display.toLatin1().constData(), nullptr);
        if (!m_connection || xcb_connection_has_error(m_connection))
            return failure(QStringLiteral("cannot connect to Xvfb at ") + m_display);
        const xcb_screen_t* screen = xcb_setup_roots_iterator(xcb_get_setup(m_connection)).data;
        const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
        const xcb_void_cookie_t selected
            = xcb_change_window_attributes_checked(m_connection, screen->root, XCB_CW_EVENT_MASK, &mask);
        if (XcbReply<xcb_generic_error_t> error {xcb_request_check(m_connection, selected)})
            return failure(QStringLiteral("cannot watch the root window of ") + m_display);
        const QByteArray name = QByteArrayLiteral("_NET_WM_PID");
        XcbReply<xcb_intern_atom_reply_t> atom {xcb_intern_atom_reply(m_connection,
            xcb_intern_atom(m_connection, 0, uint16_t(name.size()), name.constData()), nullptr)};
        if (!atom)
            return failure(QStringLiteral("cannot look up _NET_WM_PID"));
        m_pidAtom = atom->atom;
        return Status::success();
    }

    QString display() const { return m_display; }

    /// Starts \a program and returns the milliseconds until the X server mapped its first top-level
    /// window; the program is then terminated.
    Result<double> timeToWindow(const Program& program)
    {
        drain(-1);
        QProcessEnvironment environment = program.environment;
        environment.insert(QStringLiteral("DISPLAY"), m_display);
        QProcess process;
        process.setProgram(program.path);
        process.setArguments(program.arguments);
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        // Its messages go to a file: a pipe nobody reads while it starts could block it.
        const QString log = environment.value(QStringLiteral("TMPDIR")) + QStringLiteral("/stderr.log");
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(log);

        QElapsedTimer timer;
        timer.start();
        process.start(QIODevice::ReadOnly);
        if (!process.waitForStarted(TimeoutMs))
            return failure(program.label + QStringLiteral(" could not be started (") + program.path
                + QStringLiteral("): ") + process.errorString());
        const qint64 pid = process.processId();
        double shownMs = -1.0;
        const QDeadlineTimer deadline(TimeoutMs);
        while (shownMs < 0.0 && !deadline.hasExpired()) {
            if (drain(pid)) {
                shownMs = double(timer.nsecsElapsed()) / 1e6;
                break;
            }
            if (xcb_connection_has_error(m_connection))
                return failure(QStringLiteral("the connection to Xvfb broke"));
            if (process.state() == QProcess::NotRunning)
                break;
            pollfd fd {xcb_get_file_descriptor(m_connection), POLLIN, 0};
            ::poll(&fd, 1, 5);
        }
        const bool exited = process.state() == QProcess::NotRunning;
        process.terminate();
        if (!process.waitForFinished(3000)) {
            process.kill();
            process.waitForFinished(3000);
        }
        QFile logFile(log);
        const QString errors = logFile.open(QIODevice::ReadOnly)
            ? QString::fromLocal8Bit(logFile.readAll()).trimmed().right(1500)
            : QString();
        if (shownMs < 0.0) {
            if (exited)
                return failure(program.label
                    + QStringLiteral(" exited (code %1) before showing a window\n").arg(process.exitCode())
                    + errors);
            return failure(program.label
                + QStringLiteral(" mapped no window within %1 s\n").arg(TimeoutMs / 1000) + errors);
        }
        return shownMs;
    }

private:
    /// Reads the pending events; true when one maps a top-level window of the process \a pid.
    bool drain(qint64 pid)
    {
        bool found = false;
        while (XcbReply<xcb_generic_event_t> event {xcb_poll_for_event(m_connection)}) {
            if (found || pid < 0 || (event->response_type & 0x7f) != XCB_MAP_NOTIFY)
                continue;
            const auto* map = reinterpret_cast<const xcb_map_notify_event_t*>(event.get());
            if (map->override_redirect)
                continue; // a tooltip or menu, not a window of its own
            found = windowPid(map->window) == pid;
        }
        return found;
    }

    qint64 windowPid(xcb_window_t window)
    {
        XcbReply<xcb_get_property_reply_t> reply {xcb_get_property_reply(m_connection,
            xcb_get_property(m_connection, 0, window, m_pidAtom, XCB_ATOM_CARDINAL, 0, 1), nullptr)};
        if (!reply || xcb_get_property_value_length(reply.get()) != 4)
            return -1;
        return *static_cast<const uint32_t*>(xcb_get_property_value(reply.get()));
    }

    QProcess m_server;
    QString m_display;
    xcb_connection_t* m_connection = nullptr;
    xcb_atom_t m_pidAtom = XCB_ATOM_NONE;
};

/// A fresh environment for one program: its own HOME, XDG directories and TMPDIR under \a root.
QProcessEnvironment privateEnvironment(const QString& root)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const auto privateDir = [&](const QString& variable, const QString& name) {
        const QString path = root + QLatin1Char('/') + name;
        QDir().mkpath(path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        environment.insert(variable, path);
    };
    privateDir(QStringLiteral("HOME"), QStringLiteral("home"));
    privateDir(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("config"));
    privateDir(QStringLiteral("XDG_DATA_HOME"), QStringLiteral("data"));
    privateDir(QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("cache"));
    privateDir(QStringLiteral("XDG_STATE_HOME"), QStringLiteral("state"));
    privateDir(QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("runtime"));
    privateDir(QStringLiteral("TMPDIR"), QStringLiteral("tmp"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    for (const char* name : {"WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "KARIER_DATABASE",
             "KARIER_EXIT_WHEN_SHOWN", "QT_SCALE_FACTOR", "SESSION_MANAGER"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

Status seedDatabase(const QString& url)
{
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    const Result<std::shared_ptr<Database>> db = Database::open(parsed.value());
    if (!db)
        return failure(QStringLiteral("cannot create the benchmark database: ") + db.error().message);
    const Result<DemoSeeder::Summary> seeded = DemoSeeder::seedDemo(db.value());
    if (!seeded)
        return failure(QStringLiteral("cannot seed the benchmark database: ") + seeded.error().message);
    return Status::success();
}

Result<QString> executable(const QString& name, const QString& package)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        return failure(
            QStringLiteral("%1 is not installed (Debian package %2; cmake/setup.sh test installs it)")
                .arg(name, package));
    return path;
}

} // namespace

Result<QList<Figure>> startupPeersScenario()
{
    const Result<QString> xvfb = executable(QStringLiteral("Xvfb"), QStringLiteral("xvfb"));
    const Result<QString> keepassxc = executable(QStringLiteral("keepassxc"), QStringLiteral("keepassxc"));
    const Result<QString> qpdfview = executable(QStringLiteral("qpdfview"), QStringLiteral("qpdfview"));
    for (const Result<QString>* found : {&xvfb, &keepassxc, &qpdfview}) {
        if (!*found)
            return found->error();
    }
    const Result<QString> scan = scannedPdf();
    if (!scan)
        return scan.error();

    QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/karier-bench-peers-XXXXXX"));
    if (!scratch.isValid())
        return failure(QStringLiteral("cannot create a temporary directory: ") + scratch.errorString());
    // The usual start of karier-asn: a database with accounts (the demo data), so only the login
    // window opens; an empty database would open the first-run dialog instead.
    const QString databaseUrl = QStringLiteral("sqlite:") + scratch.filePath(QStringLiteral("bench.sqlite"));
    if (const Status seeded = seedDatabase(databaseUrl); !seeded)
        return seeded.error();

    const QList<Program> programs {
        {QStringLiteral("karier-asn"), QStringLiteral(KARIER_ASN_EXECUTABLE),
            {QStringLiteral("--database"), databaseUrl},
            privateEnvironment(scratch.filePath(QStringLiteral("asn")))},
        {QStringLiteral("keepassxc"), keepassxc.value(), {},
            privateEnvironment(scratch.filePath(QStringLiteral("keepassxc")))},
        {QStringLiteral("qpdfview"), qpdfview.value(), {scan.value()},
            privateEnvironment(scratch.filePath(QStringLiteral("qpdfview")))},
    };

    VirtualDisplay display;
    if (const Status started = display.start(xvfb.value()); !started)
        return started.error();

    const int measuredRuns = quickRun() ? 1 : 7;
    QList<QList<double>> samples(programs.size());
    for (int run = 0; run < 1 + measuredRuns; ++run) {
        for (qsizetype i = 0; i < programs.size(); ++i) {
            const Result<double> ms = display.timeToWindow(programs.at(i));
            if (!ms)
                return ms.error();
            if (run > 0) // the first run of each is the warm-up
                samples[i].append(ms.value());
        }
    }

    const Spread asn = spreadOf(samples.at(0));
    const Spread keepass = spreadOf(samples.at(1));
    const Spread pdfview = spreadOf(samples.at(2));
    const bool keepassFaster = keepass.median <= pdfview.median;
    const QString conditions
        = QStringLiteral("Xvfb 1366x768x24 without a window manager, whole process to the first MapNotify of "
                         "a top-level window with its _NET_WM_PID; median of %1 alternated runs after a "
                         "warm-up; fresh HOME/XDG/TMPDIR per program; karier-asn: SQLite demo database "
                         "(accounts exist: login window, no first-run dialog); qpdfview: 1 MB 1-page "
                         "300 dpi scan")
              .arg(measuredRuns);
    const QString ms = QStringLiteral("ms");
    const QString scenario = QStringLiteral("startup_peers");
    return QList<Figure> {
        withSpread(Figure {scenario, QStringLiteral("to_window_ms"), 0.0, ms,
                       keepassFaster ? keepass.median : pdfview.median,
                       conditions + QStringLiteral("; reference: ")
                           + (keepassFaster ? QStringLiteral("keepassxc") : QStringLiteral("qpdfview"))},
            asn),
        withSpread(
            Figure {scenario, QStringLiteral("keepassxc_to_window_ms"), 0.0, ms, std::nullopt, conditions},
            keepass),
        withSpread(
            Figure {scenario, QStringLiteral("qpdfview_to_window_ms"), 0.0, ms, std::nullopt, conditions},
            pdfview),
    };
}

} // namespace karier::bench
