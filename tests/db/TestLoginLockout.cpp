// SPDX-License-Identifier: GPL-3.0-or-later
// The login lockout (table login_throttle): every attempt is counted before its password or code is
// checked; the wait grows with the failures up to 15 minutes and never longer; failures are forgotten
// 24 hours after the last one; an Admin can lift a lockout.
#include "TestDatabase.h"
#include "auth/AuthService.h"
#include "auth/Base32.h"
#include "auth/Totp.h"
#include "io/DemoSeeder.h"
#include "storage/SqlValues.h"

#include <QTest>
#include <future>
#include <thread>
#include <vector>

using namespace karier;
using karier::test::TestDatabase;
using Kind = AuthService::Outcome::Kind;

namespace {
const QString AdminNip = QStringLiteral("198503152010012002");
const QString PengelolaNip = QStringLiteral("198007122005011003");
const QString AsnNip = QStringLiteral("198609262015051001");
const QString UnknownNip = QStringLiteral("197001011995031001");
const QString WrongCredentials = QStringLiteral("NIP atau kata sandi salah.");

int expectedWait(int attempt)
{
    if (attempt < AuthService::FreeAttempts)
        return 0;
    qint64 wait = AuthService::FirstWaitSeconds;
    for (int i = AuthService::FreeAttempts; i < attempt && wait < AuthService::MaxWaitSeconds; ++i)
        wait *= 2;
    return int(std::min<qint64>(wait, AuthService::MaxWaitSeconds));
}
} // namespace

class TestLoginLockout : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    QDateTime m_now = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);

    AuthService auth()
    {
        return AuthService(m_db, [this] { return m_now; });
    }
    static QString password(const QString& nip)
    {
        for (const auto& account : DemoSeeder::demoAccounts())
            if (account.nip == nip)
                return account.password;
        return {};
    }
    static QByteArray secret(const QString& nip)
    {
        for (const auto& account : DemoSeeder::demoAccounts())
            if (account.nip == nip)
                return Base32::decode(account.otpSecretBase32).value_or(QByteArray());
        return {};
    }
    /// failed_count of \a nip, or 0 without a row.
    int failedCount(const QString& nip)
    {
        int count = -1;
        (void)m_db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("SELECT failed_count FROM login_throttle WHERE nip = ?"));
            q.bind(nip);
            if (!q.exec())
                return q.error();
            count = q.next() ? q.value(0).toInt() : 0;
            return {};
        });
        return count;
    }
    QDateTime firstFailedAt(const QString& nip)
    {
        QDateTime at;
        (void)m_db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("SELECT first_failed_at FROM login_throttle WHERE nip = ?"));
            q.bind(nip);
            if (q.exec() && q.next())
                at = sqlDateTime(q.value(0));
            return {};
        });
        return at;
    }
    int auditCount(const QString& action, const QString& actor, const QString& entityId)
    {
        int count = -1;
        (void)m_db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c,
                QStringLiteral(
                    "SELECT COUNT(*) FROM audit_log WHERE action = ? AND COALESCE(actor_nip, '') = ? "
                    "AND entity_id = ?"));
            q.bindAll(action, actor, entityId);
            if (q.exec() && q.next())
                count = q.value(0).toInt();
            return {};
        });
        return count;
    }
    /// Fails \a nip until it is locked (FreeAttempts failures).
    void lock(const QString& nip)
    {
        for (int i = 1; i <= AuthService::FreeAttempts; ++i)
            QCOMPARE(auth().login(nip, QStringLiteral("keliru-%1").arg(i)).kind,
                i < AuthService::FreeAttempts ? Kind::Failed : Kind::Locked);
    }
    /// \a count attempts at once, each on its own thread with its own AuthService on the same Database.
    std::vector<AuthService::Outcome> simultaneously(
        int count, const std::function<AuthService::Outcome(AuthService&, int)>& attempt)
    {
        std::promise<void> start;
        std::shared_future<void> go = start.get_future().share();
        std::vector<AuthService::Outcome> outcomes(count);
        std::vector<std::thread> threads;
        const QDateTime now = m_now;
        for (int i = 0; i < count; ++i) {
            threads.emplace_back([&, i] {
                AuthService service(m_db, [now] { return now; });
                go.wait();
                outcomes[i] = attempt(service, i);
            });
        }
        start.set_value();
        for (auto& thread : threads)
            thread.join();
        return outcomes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        const auto seeded = DemoSeeder::seedDemo(m_db);
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
    }

    /// Every test starts a day later with no failures recorded.
    void init()
    {
        m_now = m_now.addDays(1);
        QVERIFY(m_db->write([](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("DELETE FROM login_throttle"));
            return q.exec() ? Status() : Status(q.error());
        }));
    }

    void waitGrowsAndIsCappedAt15Minutes()
    {
        constexpr int Failures = 100;
        int previous = 0;
        for (int attempt = 1; attempt <= Failures; ++attempt) {
            const auto outcome = auth().login(AsnNip, QStringLiteral("keliru-%1").arg(attempt));
            const int wait = expectedWait(attempt);
            QVERIFY2(outcome.message.startsWith(WrongCredentials), qPrintable(outcome.message));
            QCOMPARE(outcome.kind, wait > 0 ? Kind::Locked : Kind::Failed);
            QCOMPARE(outcome.waitSeconds, wait);
            QVERIFY(wait >= previous);
            QVERIFY(wait <= AuthService::MaxWaitSeconds);
            previous = wait;
            if (wait == 0)
                continue;
            // One second before the wait ends even the right password is refused, and not counted.
            m_now = m_now.addSecs(wait - 1);
            const auto early = auth().login(AsnNip, password(AsnNip));
            QCOMPARE(early.kind, Kind::Locked);
            QCOMPARE(early.waitSeconds, 1);
            QVERIFY(!early.message.contains(WrongCredentials));
            QCOMPARE(failedCount(AsnNip), attempt);
            m_now = m_now.addSecs(1);
        }
        QCOMPARE(previous, AuthService::MaxWaitSeconds);
        QCOMPARE(expectedWait(AuthService::FreeAttempts + 5), AuthService::MaxWaitSeconds);
        // After 100 failures the right password still gets in once the (at most 15-minute) wait is over,
        // and that clears the counter.
        QCOMPARE(auth().login(AsnNip, password(AsnNip)).kind, Kind::LoggedIn);
        QCOMPARE(failedCount(AsnNip), 0);
        QCOMPARE(auth().login(AsnNip, QStringLiteral("keliru-lagi")).kind, Kind::Failed);
    }

    void failuresAreForgottenAfter24Hours()
    {
        const QDateTime start = m_now;
        for (int i = 1; i < AuthService::FreeAttempts; ++i)
            QCOMPARE(auth().login(UnknownNip, QStringLiteral("keliru-%1").arg(i)).kind, Kind::Failed);
        QCOMPARE(failedCount(UnknownNip), AuthService::FreeAttempts - 1);
        QCOMPARE(firstFailedAt(UnknownNip), start);
        // 23 hours after the last failure they still count: the next one locks.
        m_now = m_now.addSecs(23 * 3600);
        const auto fifth = auth().login(UnknownNip, QStringLiteral("keliru-5"));
        QCOMPARE(fifth.kind, Kind::Locked);
        QCOMPARE(fifth.waitSeconds, AuthService::FirstWaitSeconds);
        QCOMPARE(firstFailedAt(UnknownNip), start);
        // 24 hours after the last failure they are forgotten: counting starts again at 1.
        m_now = m_now.addSecs(AuthService::ForgetAfterHours * 3600 + 1);
        const auto fresh = auth().login(UnknownNip, QStringLiteral("keliru-6"));
        QCOMPARE(fresh.kind, Kind::Failed);
        QCOMPARE(fresh.message, WrongCredentials);
        QCOMPARE(failedCount(UnknownNip), 1);
        QCOMPARE(firstFailedAt(UnknownNip), m_now);
        // The same for a lock that ran up to the maximum.
        for (int i = 2; i <= AuthService::FreeAttempts + 10; ++i) {
            const auto outcome = auth().login(UnknownNip, QStringLiteral("keliru-%1").arg(i));
            m_now = m_now.addSecs(outcome.waitSeconds);
        }
        QCOMPARE(failedCount(UnknownNip), AuthService::FreeAttempts + 10);
        m_now = m_now.addSecs(AuthService::ForgetAfterHours * 3600);
        QCOMPARE(auth().login(UnknownNip, QStringLiteral("keliru-lagi")).kind, Kind::Failed);
        QCOMPARE(failedCount(UnknownNip), 1);
    }

    /// 20 attempts at the same moment: only the free ones get their password checked, the others are
    /// refused by the lock the fifth one started; while it runs even 20 right passwords get nowhere.
    void simultaneousAttemptsCannotOutrunTheLock()
    {
        constexpr int Attempts = 20;
        const int auditBefore = auditCount(QStringLiteral("login-gagal"), AsnNip, AsnNip);
        const auto wrong = simultaneously(Attempts, [](AuthService& service, int i) {
            return service.login(AsnNip, QStringLiteral("keliru-bersamaan-%1").arg(i));
        });
        int checked = 0;
        int refused = 0;
        for (const auto& outcome : wrong) {
            if (outcome.message.startsWith(WrongCredentials))
                ++checked; // its password was checked (and was wrong)
            else if (outcome.kind == Kind::Locked)
                ++refused;
            else
                QFAIL(qPrintable(outcome.message));
        }
        QCOMPARE(checked, AuthService::FreeAttempts);
        QCOMPARE(refused, Attempts - AuthService::FreeAttempts);
        QCOMPARE(auditCount(QStringLiteral("login-gagal"), AsnNip, AsnNip) - auditBefore,
            AuthService::FreeAttempts);
        QCOMPARE(failedCount(AsnNip), AuthService::FreeAttempts);

        // The free attempts are used up: 20 right passwords at once are all refused and not counted.
        const auto right = simultaneously(
            Attempts, [](AuthService& service, int) { return service.login(AsnNip, password(AsnNip)); });
        for (const auto& outcome : right) {
            QCOMPARE(outcome.kind, Kind::Locked);
            QVERIFY(!outcome.session);
        }
        QCOMPARE(failedCount(AsnNip), AuthService::FreeAttempts);

        // After the wait the right password gets in and clears the counter.
        m_now = m_now.addSecs(AuthService::FirstWaitSeconds);
        QCOMPARE(auth().login(AsnNip, password(AsnNip)).kind, Kind::LoggedIn);
        QCOMPARE(failedCount(AsnNip), 0);
    }

    /// The same for one-time codes: guesses at once cannot outrun the lock either.
    void simultaneousCodesCannotOutrunTheLock()
    {
        constexpr int Attempts = 20;
        const auto first = auth().login(PengelolaNip, password(PengelolaNip));
        QCOMPARE(first.kind, Kind::NeedOtp);
        QCOMPARE(failedCount(PengelolaNip), 0); // a right password is not a failure
        const QString rightCode = Totp::code(secret(PengelolaNip), m_now.toSecsSinceEpoch());
        const auto guesses = simultaneously(Attempts, [&](AuthService& service, int i) {
            QString code = QStringLiteral("%1").arg(100000 + i * 37, 6, 10, QLatin1Char('0'));
            if (code == rightCode)
                code = QStringLiteral("999999");
            return service.verifyOtp(*first.pending, code);
        });
        int checked = 0;
        for (const auto& outcome : guesses) {
            QVERIFY(outcome.kind == Kind::Failed || outcome.kind == Kind::Locked);
            if (outcome.message.startsWith(QLatin1String("Kode OTP salah")))
                ++checked;
        }
        QCOMPARE(checked, AuthService::FreeAttempts);
        // Even the right code waits now.
        QCOMPARE(auth().verifyOtp(*first.pending, rightCode).kind, Kind::Locked);
        m_now = m_now.addSecs(AuthService::FirstWaitSeconds);
        QCOMPARE(
            auth().verifyOtp(*first.pending, Totp::code(secret(PengelolaNip), m_now.toSecsSinceEpoch())).kind,
            Kind::LoggedIn);
        QCOMPARE(failedCount(PengelolaNip), 0);
    }

    /// A right password before the one-time code does not use up an attempt: four failures, then the
    /// right password and the right code still log in.
    void rightPasswordBeforeCodeIsNoFailure()
    {
        for (int i = 1; i < AuthService::FreeAttempts; ++i)
            QCOMPARE(auth().login(PengelolaNip, QStringLiteral("keliru-%1").arg(i)).kind, Kind::Failed);
        const auto right = auth().login(PengelolaNip, password(PengelolaNip));
        QCOMPARE(right.kind, Kind::NeedOtp);
        QCOMPARE(failedCount(PengelolaNip), AuthService::FreeAttempts - 1);
        const auto done
            = auth().verifyOtp(*right.pending, Totp::code(secret(PengelolaNip), m_now.toSecsSinceEpoch()));
        QCOMPARE(done.kind, Kind::LoggedIn);
        QCOMPARE(failedCount(PengelolaNip), 0);
    }

    void adminClearsALockout()
    {
        lock(AsnNip);
        QCOMPARE(auth().login(AsnNip, password(AsnNip)).kind, Kind::Locked);
        const Session asn = karier::test::sessionFor(m_db, AsnNip, Role::Asn, 3);
        const Session pengelola = karier::test::sessionFor(m_db, PengelolaNip, Role::Pengelola, 2);
        const Session admin = karier::test::sessionFor(m_db, AdminNip, Role::Admin, 1);
        QCOMPARE(auth().clearLockout(asn, AsnNip).error().code, ErrorCode::Forbidden);
        QCOMPARE(auth().clearLockout(pengelola, AsnNip).error().code, ErrorCode::Forbidden);
        QCOMPARE(auth().login(AsnNip, password(AsnNip)).kind, Kind::Locked);
        QCOMPARE(auditCount(QStringLiteral("kunci-login-dibuka"), AdminNip, AsnNip), 0);

        const auto cleared = auth().clearLockout(admin, QStringLiteral("19860926 201505 1 001"));
        QVERIFY2(cleared.ok(), qPrintable(cleared.error().message));
        QCOMPARE(cleared.value(), true);
        QCOMPARE(auditCount(QStringLiteral("kunci-login-dibuka"), AdminNip, AsnNip), 1);
        QCOMPARE(failedCount(AsnNip), 0);
        QCOMPARE(auth().login(AsnNip, password(AsnNip)).kind, Kind::LoggedIn);
        // Nothing left to clear: nothing written.
        QCOMPARE(auth().clearLockout(admin, AsnNip).value(), false);
        QCOMPARE(auditCount(QStringLiteral("kunci-login-dibuka"), AdminNip, AsnNip), 1);

        // Also a NIP without an account (what an outsider typed), and by the system (karier-cli).
        lock(UnknownNip);
        QCOMPARE(auth().clearLockoutAsSystem(UnknownNip).value(), true);
        // The system is named in the audit: on PostgreSQL as the database's owner (schema 9).
        const QString system
            = TestDatabase::isPostgres() ? QStringLiteral("pemilik:") + m_fresh.url().user : QString();
        QCOMPARE(auditCount(QStringLiteral("kunci-login-dibuka"), system, UnknownNip), 1);
        QCOMPARE(auth().login(UnknownNip, QStringLiteral("keliru")).kind, Kind::Failed);
    }
};

QTEST_GUILESS_MAIN(TestLoginLockout)
#include "TestLoginLockout.moc"
