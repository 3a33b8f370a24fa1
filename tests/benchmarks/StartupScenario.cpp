// SPDX-License-Identifier: GPL-3.0-or-later
// startup: karier-asn from process start to a shown login window, against karier-bare-window (a bare
// Qt Widgets dialog of the same size) measured in the same run. The bar is ratio <= 1.5.
//
// Both programs run offscreen with KARIER_EXIT_WHEN_SHOWN=1: they print "shown" once their window
// has been painted, then exit 0. The clock runs from QProcess::start() to reading that line.
// karier-asn gets a throwaway SQLite database with the demo data (accounts exist, so only the login
// window opens, as on every start but the first) and, like karier-bare-window, a private HOME and
// XDG directories, so the user's own settings and data are never read or written.

#include "Benchmark.h"
#include "io/DemoSeeder.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <algorithm>

#ifndef KARIER_ASN_EXECUTABLE
#error "KARIER_ASN_EXECUTABLE must be the path of karier-asn (set by tests/benchmarks/CMakeLists.txt)"
#endif
#ifndef KARIER_BARE_WINDOW_EXECUTABLE
#error "KARIER_BARE_WINDOW_EXECUTABLE must be the path of karier-bare-window"
#endif

namespace karier::bench {

namespace {

constexpr int WarmUpRuns = 1;
constexpr int MeasuredRuns = 9;
constexpr int TimeoutMs = 10'000;

struct Program
{
    QString label;
    QString path;
    QStringList arguments;
};

/// The last lines of a child's stderr, for an error message.
QString tail(const QByteArray& output)
{
    constexpr qsizetype MaxChars = 2000;
    QString text = QString::fromLocal8Bit(output).trimmed();
    if (text.size() > MaxChars)
        text = QStringLiteral("…") + text.right(MaxChars);
    return text.isEmpty() ? QString() : QStringLiteral("\n") + text;
}

bool hasShownLine(const QByteArray& output)
{
    const QList<QByteArray> lines = output.split('\n');
    // The last piece has no newline yet unless the output ends with one: only complete lines count.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i).trimmed() == "shown")
            return true;
    }
    return false;
}

/// Starts \a program and returns the milliseconds until it printed "shown". The program must then
/// exit 0; anything else (no start, a crash, an exit before "shown", 10 s without it) is an Error.
Result<double> timeToShown(const Program& program, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProgram(program.path);
    process.setArguments(program.arguments);
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setReadChannel(QProcess::StandardOutput);

    QByteArray output;
    double shownMs = -1.0;
    const QDeadlineTimer deadline(TimeoutMs);
    QElapsedTimer timer;
    timer.start();
    process.start(QIODevice::ReadOnly);
    while (process.waitForReadyRead(static_cast<int>(std::max<qint64>(deadline.remainingTime(), 1)))) {
        output += process.readAllStandardOutput();
        if (hasShownLine(output)) {
            shownMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            break;
        }
        if (deadline.hasExpired())
            break;
    }

    const QString name = program.label;
    if (shownMs < 0.0) {
        if (process.error() == QProcess::FailedToStart)
            return Error {ErrorCode::Internal,
                name % QStringLiteral(" could not be started (") % program.path % QStringLiteral("): ")
                    % process.errorString()};
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(2000);
            return Error {ErrorCode::Internal,
                name % QStringLiteral(" did not print \"shown\" within %1 s").arg(TimeoutMs / 1000)
                    % tail(process.readAllStandardError())};
        }
        return Error {ErrorCode::Internal,
            name
                % QStringLiteral(" exited (%1, code %2) without printing \"shown\"")
                      .arg(process.exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed")
                                                                       : QStringLiteral("normal exit"))
                      .arg(process.exitCode())
                % tail(process.readAllStandardError())};
    }

    if (!process.waitForFinished(static_cast<int>(std::max<qint64>(deadline.remainingTime(), 1000)))) {
        process.kill();
        process.waitForFinished(2000);
        return Error {ErrorCode::Internal,
            name % QStringLiteral(" printed \"shown\" but did not exit within %1 s").arg(TimeoutMs / 1000)
                % tail(process.readAllStandardError())};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error {ErrorCode::Internal,
            name
                % QStringLiteral(" printed \"shown\" but then failed (%1, code %2)")
                      .arg(process.exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed")
                                                                       : QStringLiteral("normal exit"))
                      .arg(process.exitCode())
                % tail(process.readAllStandardError())};
    return shownMs;
}

/// Creates the schema and the demo data in the SQLite database at \a url.
Status seedDatabase(const QString& url)
{
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    const Result<std::shared_ptr<Database>> db = Database::open(parsed.value());
    if (!db)
        return Error {ErrorCode::Database,
            QStringLiteral("cannot create the benchmark database: ") + db.error().message};
    const Result<DemoSeeder::Summary> seeded = DemoSeeder::seedDemo(db.value());
    if (!seeded)
        return Error {ErrorCode::Database,
            QStringLiteral("cannot seed the benchmark database: ") + seeded.error().message};
    return Status::success();
}

} // namespace

Result<QList<Figure>> startupScenario()
{
    QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/karier-bench-XXXXXX"));
    if (!scratch.isValid())
        return Error {ErrorCode::Internal,
            QStringLiteral("cannot create a temporary directory: ") + scratch.errorString()};

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const auto privateDir = [&scratch, &environment](const QString& variable, const QString& name) {
        const QString path = scratch.filePath(name);
        QDir().mkpath(path);
        environment.insert(variable, path);
    };
    privateDir(QStringLiteral("HOME"), QStringLiteral("home"));
    privateDir(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("config"));
    privateDir(QStringLiteral("XDG_DATA_HOME"), QStringLiteral("data"));
    privateDir(QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("cache"));
    privateDir(QStringLiteral("XDG_STATE_HOME"), QStringLiteral("state"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("KARIER_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
    environment.remove(QStringLiteral("KARIER_DATABASE"));

    // The usual start: a database that has accounts (the demo data), so karier-asn shows only its
    // login window (an empty database would also open the first-run dialog).
    const QString databaseUrl = QStringLiteral("sqlite:") + scratch.filePath(QStringLiteral("bench.sqlite"));
    if (const Status seeded = seedDatabase(databaseUrl); !seeded)
        return seeded.error();

    const Program asn {
        QStringLiteral("karier-asn"),
        QStringLiteral(KARIER_ASN_EXECUTABLE),
        {QStringLiteral("--database"), databaseUrl},
    };
    const Program bare {
        QStringLiteral("karier-bare-window"), QStringLiteral(KARIER_BARE_WINDOW_EXECUTABLE), {}};

    // Warm-up: the page cache, fontconfig's cache, SQLite's first read of the file.
    for (int i = 0; i < WarmUpRuns; ++i) {
        for (const Program* program : {&asn, &bare}) {
            const Result<double> ms = timeToShown(*program, environment);
            if (!ms)
                return ms.error();
        }
    }

    // Alternate the two programs so that both see the same state of the machine.
    QList<double> asnMs;
    QList<double> bareMs;
    for (int i = 0; i < (quickRun() ? 1 : MeasuredRuns); ++i) {
        const Result<double> reference = timeToShown(bare, environment);
        if (!reference)
            return reference.error();
        bareMs.append(reference.value());
        const Result<double> measured = timeToShown(asn, environment);
        if (!measured)
            return measured.error();
        asnMs.append(measured.value());
    }

    return QList<Figure> {
        {QStringLiteral("startup"), QStringLiteral("to_login_window_ms"), median(asnMs), QStringLiteral("ms"),
            median(bareMs)},
    };
}

} // namespace karier::bench
