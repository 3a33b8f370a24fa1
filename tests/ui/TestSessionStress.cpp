// SPDX-License-Identifier: GPL-3.0-or-later
// Log in and out 200 times in one process across the three roles while pages load, and thousands of
// asynchronous queries whose receivers come and go: no crash, no lost or misdelivered result, and the
// GUI thread never waits for the database (issue 15: a recycled thread id met a dead thread's
// connection and crashed the GUI).
#include "GuiTestMain.h"
#include "TestDatabase.h"
#include "common/Async.h"
#include "io/DemoSeeder.h"
#include "main/MainWindow.h"
#include "org/Organisation.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

class TestSessionStress : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    QList<Session> m_sessions;
    int m_employees = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        auto seeded = DemoSeeder::seedDemo(m_db);
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
        for (const auto& account : DemoSeeder::demoAccounts()) {
            const Role role = roleFromCode(account.role).value_or(Role::Asn);
            Session session = karier::test::sessionFor(m_db, account.nip, role);
            QVERIFY(session.employeeId != 0);
            m_sessions << session;
        }
        QCOMPARE(m_sessions.size(), 3);
        m_employees = Organisation(m_db).employeeCount().value();
        QVERIFY(m_employees > 0);
        // From here on the test thread is the GUI thread: it must never wait for the database.
        Database::setGuardedThread(QThread::currentThread());
    }

    void cleanupTestCase() { Database::setGuardedThread(nullptr); }

    void logInAndOut200Times()
    {
        // 200 on SQLite, where the crash was seen; the PostgreSQL run (same workers, network
        // connections) does fewer to keep the suite short.
        const int cycles = TestDatabase::isPostgres() ? 60 : 200;
        QRandomGenerator random(20261206);
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < cycles; ++i) {
            const Session& session = m_sessions.at(i % m_sessions.size());
            auto* window = new MainWindow(m_db, session);
            window->show();
            const QStringList keys = window->pageKeys();
            QVERIFY(!keys.isEmpty());
            // Open two or three pages; some loads finish, others are still running at "Keluar".
            for (int k = 0; k < 2 + i % 2; ++k) {
                QVERIFY(window->showPage(keys.at(random.bounded(keys.size()))));
                QTest::qWait(random.bounded(15));
            }
            if (i % 25 == 24)
                QTest::qWait(300); // now and then everything finishes before leaving
            window->close();
            delete window;
            QCoreApplication::processEvents();
        }
        // Results of the last windows still arrive after their windows are gone: let them.
        QTest::qWait(500);
        QCOMPARE(Database::blockingCallsOnGuardedThread(), 0);
        qInfo("%d log-in/out cycles in %lld ms", cycles, static_cast<long long>(clock.elapsed()));
    }

    void thousandsOfQueriesWithReceiversComingAndGoing()
    {
        constexpr int Receivers = 20;
        constexpr int PerReceiver = 150;
        QList<QObject*> receivers;
        QList<int> delivered(Receivers, 0);
        QList<int> wrong(Receivers, 0);
        int cpuDelivered = 0;
        for (int r = 0; r < Receivers; ++r)
            receivers << new QObject;
        for (int n = 0; n < PerReceiver; ++n) {
            for (int r = 0; r < Receivers; ++r) {
                runDb(
                    m_db, receivers.at(r), [db = m_db] { return Organisation(db).employeeCount(); },
                    [&, r](Result<int> count) {
                        ++delivered[r];
                        if (!count || count.value() != m_employees)
                            ++wrong[r];
                    });
            }
            runCpu(
                receivers.at(n % Receivers), [n] { return n * 2; },
                [&cpuDelivered, n](int twice) { cpuDelivered += twice == n * 2 ? 1 : 0; });
        }
        // Half of the receivers go away while their queries are queued or running.
        QTest::qWait(20);
        for (int r = 0; r < Receivers; r += 2) {
            delete receivers[r];
            receivers[r] = nullptr;
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 1; r < Receivers; r += 2) {
                    if (delivered.at(r) < PerReceiver)
                        return false;
                }
                return true;
            }(),
            60000);
        QTest::qWait(200);
        for (int r = 0; r < Receivers; ++r) {
            QCOMPARE(wrong.at(r), 0);
            if (r % 2 == 1)
                QCOMPARE(delivered.at(r), PerReceiver);
            else
                QVERIFY(delivered.at(r) <= PerReceiver);
        }
        QVERIFY(cpuDelivered > 0);
        qDeleteAll(receivers);
        QCOMPARE(Database::blockingCallsOnGuardedThread(), 0);
    }

    void aDatabaseDroppedByItsLastJobShutsDownCleanly()
    {
        // The last reference is held by queued work only: the Database is destroyed on its own worker.
        Database::setGuardedThread(nullptr); // this test opens databases synchronously
        for (int round = 0; round < 20; ++round) {
            auto db = Database::open(m_fresh.url());
            QVERIFY2(db.ok(), qPrintable(db.error().message));
            QObject receiver;
            int done = 0;
            for (int n = 0; n < 10; ++n) {
                runDb(
                    db.value(), &receiver, [db = db.value()] { return Organisation(db).employeeCount(); },
                    [&done](Result<int> count) { done += count.ok() ? 1 : 0; });
            }
            db = Error::database(QStringLiteral("dilepas"));
            QTRY_COMPARE_WITH_TIMEOUT(done, 10, 10000);
        }
    }
};

KARIER_GUI_TEST_MAIN(TestSessionStress)
#include "TestSessionStress.moc"
