// SPDX-License-Identifier: GPL-3.0-or-later
// The demo is never left half-done: it is stopped after every one of its steps (each one transaction, so
// a kill at any moment leaves the database as it was after some step) and run again; every time the result
// is exactly what an uninterrupted run gives.
#include "DemoFingerprint.h"
#include "TestDatabase.h"
#include "auth/AuthService.h"
#include "io/DemoSeeder.h"

#include <QSet>
#include <QTest>

using namespace karier;
using karier::test::DemoFingerprint;
using karier::test::TestDatabase;

namespace {

const QString Stopped = QStringLiteral("dihentikan oleh uji");

/// karier-cli demo: the employees and accounts, then the submissions. Without \a accounts only the
/// submissions, on a database where seedDemo is complete (running it again there changes nothing, see
/// secondRunChangesNothing; skipping it halves the time on PostgreSQL).
Status runDemo(const std::shared_ptr<Database>& db, const DemoSeeder::Options& options, bool accounts = true)
{
    if (accounts) {
        auto seeded = DemoSeeder::seedDemo(db, options);
        if (!seeded)
            return seeded.error();
    }
    auto submissions = DemoSeeder::seedDemoSubmissions(db, options);
    if (!submissions)
        return submissions.error();
    return {};
}

} // namespace

class TestDemoSeeder : public QObject
{
    Q_OBJECT

    const QDate m_today = QDate::currentDate();
    QStringList m_steps; ///< the steps of an uninterrupted run, in order
    int m_accountSteps = 0; ///< how many of them seedDemo takes
    DemoFingerprint m_reference;
    std::unique_ptr<TestDatabase> m_afterAccounts; ///< closed: a database after seedDemo only

    DemoSeeder::Options options(std::function<Status(const QString&)> afterStep = {}) const
    {
        DemoSeeder::Options options;
        options.today = m_today;
        options.afterStep = std::move(afterStep);
        return options;
    }

    /// Stops the demo after step \a stop (counted from 1 over both phases; \a count starts at \a first).
    DemoSeeder::Options stoppingAfter(int stop, int& count, int first = 0) const
    {
        count = first;
        return options([stop, &count](const QString&) -> Status {
            if (++count == stop)
                return Error {ErrorCode::Internal, Stopped};
            return {};
        });
    }

    /// A database as a kill after step \a stop leaves it; the steps of seedDemo are taken from a fresh
    /// database, the later ones from a copy of one where seedDemo has run (hashing the three passwords
    /// again for each would take most of the test's time).
    std::unique_ptr<TestDatabase> databaseFor(int stop)
    {
        if (stop <= m_accountSteps)
            return std::make_unique<TestDatabase>();
        return TestDatabase::copyOf(*m_afterAccounts);
    }

    void verifyStoppedAndRepaired(TestDatabase& target, const QList<int>& stops)
    {
        QVERIFY2(target.error().isEmpty(), qPrintable(target.error()));
        auto db = target.open();
        QVERIFY(db);
        // From a copy of m_afterAccounts the steps of seedDemo are done already.
        const bool accounts = stops.first() <= m_accountSteps;
        for (const int stop : stops) {
            int count = 0;
            const Status stopped
                = runDemo(db, stoppingAfter(stop, count, accounts ? 0 : m_accountSteps), accounts);
            QVERIFY2(!stopped.ok(), qPrintable(QStringLiteral("step %1 not reached").arg(stop)));
            QCOMPARE(stopped.error().message, Stopped);
            QCOMPARE(count, stop);
            const DemoFingerprint partial = karier::test::demoFingerprint(db);
            QVERIFY2(
                !karier::test::firstDifference(m_reference, partial).isEmpty(), "the stop changed nothing");
        }
        const Status again = runDemo(db, options(), accounts);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        const QString difference
            = karier::test::firstDifference(m_reference, karier::test::demoFingerprint(db));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestDatabase fresh;
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        auto db = fresh.open();
        QVERIFY(db);
        auto seeded = DemoSeeder::seedDemo(db, options([this](const QString& step) -> Status {
            m_steps << step;
            return {};
        }));
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
        m_accountSteps = int(m_steps.size());
        auto submissions = DemoSeeder::seedDemoSubmissions(db, options([this](const QString& step) -> Status {
            m_steps << step;
            return {};
        }));
        QVERIFY2(submissions.ok(), qPrintable(submissions.error().message));
        QCOMPARE(submissions.value(), 23);
        m_reference = karier::test::demoFingerprint(db);
        QVERIFY2(m_reference.error.isEmpty(), qPrintable(m_reference.error));

        m_afterAccounts = std::make_unique<TestDatabase>();
        QVERIFY2(m_afterAccounts->error().isEmpty(), qPrintable(m_afterAccounts->error()));
        auto base = m_afterAccounts->open();
        QVERIFY(base);
        QVERIFY(DemoSeeder::seedDemo(base, options()).ok());
    }

    void uninterruptedRun()
    {
        // The organisation with the employees, one step per account, then 23 submissions, 4 decisions,
        // the DMS import, the DMS submission and the scores.
        QCOMPARE(m_accountSteps, 4);
        QCOMPARE(m_steps.size(), 4 + 22 + 4 + 3);
        QCOMPARE(QSet<QString>(m_steps.cbegin(), m_steps.cend()).size(), m_steps.size());
        const QMap<QString, qint64>& counts = m_reference.counts;
        QCOMPARE(counts.value(QStringLiteral("employees")), 243);
        QCOMPARE(counts.value(QStringLiteral("accounts")), 3);
        QCOMPARE(counts.value(QStringLiteral("accounts_with_otp")), 2);
        QCOMPARE(counts.value(QStringLiteral("records")), 23);
        QCOMPARE(counts.value(QStringLiteral("decided")), 4);
        QVERIFY(counts.value(QStringLiteral("dms_rows")) > 100);
        QVERIFY(counts.value(QStringLiteral("dms_scores")) > 40);
    }

    void secondRunChangesNothing()
    {
        TestDatabase fresh;
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        auto db = fresh.open();
        QVERIFY(db);
        QVERIFY(runDemo(db, options()).ok());
        const DemoFingerprint first = karier::test::demoFingerprint(db);
        QCOMPARE(karier::test::firstDifference(m_reference, first), QString());
        auto seeded = DemoSeeder::seedDemo(db, options());
        QVERIFY(seeded.ok());
        QCOMPARE(seeded->accounts, 3);
        auto submissions = DemoSeeder::seedDemoSubmissions(db, options());
        QVERIFY(submissions.ok());
        QCOMPARE(submissions.value(), 0);
        QCOMPARE(karier::test::firstDifference(first, karier::test::demoFingerprint(db)), QString());
    }

    void stoppedAfterEveryStep_data()
    {
        QTest::addColumn<int>("stop");
        for (int stop = 1; stop < m_steps.size(); ++stop)
            QTest::addRow("%d %s", stop, qPrintable(m_steps.at(stop - 1))) << stop;
    }

    void stoppedAfterEveryStep()
    {
        QFETCH(int, stop);
        const auto target = databaseFor(stop);
        verifyStoppedAndRepaired(*target, {stop});
    }

    void stoppedAgainWhileRepairing()
    {
        // Killed, then killed again during the repair, then run to the end.
        for (const QList<int>& stops : {QList<int> {2, 3}, QList<int> {6, 20}, QList<int> {27, 31}}) {
            const auto target = databaseFor(stops.first());
            verifyStoppedAndRepaired(*target, stops);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void firstAdminIsOneTransaction()
    {
        TestDatabase fresh;
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        auto db = fresh.open();
        QVERIFY(db);
        const QString nip = QStringLiteral("199001152015032001");
        auto created = DemoSeeder::createFirstAdmin(
            db, nip, QStringLiteral("Sri Lestari"), QStringLiteral("Bengawan-Kuat-71"));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        const DemoFingerprint once = karier::test::demoFingerprint(db);
        QCOMPARE(once.counts.value(QStringLiteral("employees")), 1);
        QCOMPARE(once.counts.value(QStringLiteral("accounts")), 1);
        QCOMPARE(AuthService(db).login(nip, QStringLiteral("Bengawan-Kuat-71")).kind,
            AuthService::Outcome::Kind::NeedEnrolment);
        // Only on a database without accounts; refused without writing anything.
        auto second = DemoSeeder::createFirstAdmin(db, QStringLiteral("199102202016041002"),
            QStringLiteral("Agus Riyadi"), QStringLiteral("Bengawan-Kuat-71"));
        QCOMPARE(second.error().code, ErrorCode::Conflict);
        QCOMPARE(karier::test::demoFingerprint(db).counts, once.counts);
    }
};

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "TestDemoSeeder.moc"
