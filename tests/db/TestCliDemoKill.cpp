// SPDX-License-Identifier: GPL-3.0-or-later
// `karier-cli demo` killed with SIGKILL at moments spread over its run time, then run again: every re-run
// must end with exactly the data of an uninterrupted run (counts and content, DemoFingerprint).
// KARIER_DEMO_KILL_TRIES sets the number of kills (default 10 on SQLite, 6 on PostgreSQL; more to measure).
#include "CliRunner.h"
#include "DemoFingerprint.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using karier::test::DemoFingerprint;
using karier::test::TestDatabase;

class TestCliDemoKill : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static QStringList demoArgs(const TestDatabase& db)
    {
        return {QStringLiteral("--database"), db.url().toString(true), QStringLiteral("demo")};
    }

    static DemoFingerprint fingerprintOf(const TestDatabase& target)
    {
        auto db = Database::open(target.url());
        if (!db) {
            DemoFingerprint failed;
            failed.error = db.error().message;
            return failed;
        }
        return karier::test::demoFingerprint(db.value());
    }

    /// The line `karier-cli demo` prints when the employees and accounts are done and the submissions begin.
    static bool submissionsBegan(QProcess& process)
    {
        return process.peek(1 << 16).contains("usulan contoh dimasukkan");
    }

    struct Timing
    {
        qint64 accounts = 0; ///< ms from the start to the beginning of the submissions
        qint64 total = 0;
    };

    /// Runs `demo`; with \a killAfter >= 0 kills it (SIGKILL) \a killAfter ms after the start, or, with
    /// \a inSubmissions, after the submissions began. Returns whether it was killed before it ended.
    bool runDemo(const TestDatabase& target, qint64 killAfter, bool inSubmissions, Timing* timing = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(karier::test::cliEnvironment(m_home.path()));
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(KARIER_CLI_PATH), demoArgs(target));
        if (!process.waitForStarted(10000))
            return false;
        qint64 begin = 0;
        if (inSubmissions || timing) {
            while (!submissionsBegan(process) && process.state() == QProcess::Running)
                process.waitForReadyRead(10);
            begin = timer.elapsed();
            if (timing)
                timing->accounts = begin;
        }
        if (killAfter >= 0) {
            const qint64 remaining = begin + killAfter - timer.elapsed();
            if (remaining <= 0 || !process.waitForFinished(int(remaining))) {
                if (process.state() == QProcess::Running) {
                    process.kill(); // SIGKILL
                    process.waitForFinished(10000);
                    return true;
                }
            }
            return false;
        }
        process.waitForFinished(60000);
        if (timing)
            timing->total = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0
                ? timer.elapsed()
                : -1;
        return false;
    }

private Q_SLOTS:
    void killedDemoIsCompletedByARerun()
    {
        const QString cli = QStringLiteral(KARIER_CLI_PATH);
        TestDatabase clean;
        QVERIFY2(clean.error().isEmpty(), qPrintable(clean.error()));
        Timing timing;
        runDemo(clean, -1, false, &timing);
        QVERIFY2(timing.total > 0, "the uninterrupted demo failed");
        const DemoFingerprint reference = fingerprintOf(clean);
        QVERIFY2(reference.error.isEmpty(), qPrintable(reference.error));
        QCOMPARE(reference.counts.value(QStringLiteral("records")), 23);

        // PostgreSQL takes about twice as long per try (a new database, slower commits): fewer tries there.
        const int tries = qEnvironmentVariableIsSet("KARIER_DEMO_KILL_TRIES")
            ? qEnvironmentVariableIntValue("KARIER_DEMO_KILL_TRIES")
            : (TestDatabase::isPostgres() ? 6 : 10);
        QRandomGenerator random(15);
        int killed = 0;
        int killedInSubmissions = 0;
        int repaired = 0;
        for (int i = 0; i < tries; ++i) {
            TestDatabase target;
            QVERIFY2(target.error().isEmpty(), qPrintable(target.error()));
            // Half of the kills while the schema, employees and accounts are written, half while the
            // submissions are (the shorter part: uniform delays would rarely hit it), at random moments.
            const bool inSubmissions = i % 2 == 1;
            // The submissions' span is taken at half: on a busy machine the reference run was slower than
            // this one may be, and a kill after the end tests nothing.
            const qint64 span = inSubmissions ? (timing.total - timing.accounts) / 2 : timing.accounts;
            const qint64 delay = qint64(double(span) * random.generateDouble());
            if (runDemo(target, delay, inSubmissions)) {
                ++killed;
                killedInSubmissions += inSubmissions ? 1 : 0;
            }
            const auto again = karier::test::runCli(cli, m_home.path(), demoArgs(target));
            QVERIFY2(again.exitCode == 0, qPrintable(again.err));
            const QString difference = karier::test::firstDifference(reference, fingerprintOf(target));
            if (difference.isEmpty())
                ++repaired;
            else
                qWarning("killed %lld ms after %s: %s", delay, inSubmissions ? "the accounts" : "the start",
                    qPrintable(difference));
        }
        qInfo("demo run %lld ms (submissions from %lld ms); %d tries, %d killed before the end (%d while "
              "entering submissions), %d repaired by the re-run",
            timing.total, timing.accounts, tries, killed, killedInSubmissions, repaired);
        QCOMPARE(repaired, tries);
        QVERIFY2(killed >= tries / 2, "most kills must hit a running demo");
        QVERIFY2(killedInSubmissions >= tries / 4, "kills must hit the submissions too");
    }
};

QTEST_GUILESS_MAIN(TestCliDemoKill)
#include "TestCliDemoKill.moc"
