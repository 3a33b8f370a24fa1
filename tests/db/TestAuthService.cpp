// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "auth/AuthService.h"
#include "auth/Base32.h"
#include "auth/PasswordHasher.h"
#include "auth/Totp.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"

#include <QTest>
#include <algorithm>

using namespace karier;
using karier::test::TestDatabase;
using Kind = AuthService::Outcome::Kind;

namespace {
const QString AdminNip = QStringLiteral("198503152010012002");
const QString PengelolaNip = QStringLiteral("198007122005011003");
const QString AsnNip = QStringLiteral("198609262015051001");
} // namespace

class TestAuthService : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    QDateTime m_now = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);

    AuthService auth()
    {
        return AuthService(m_db, [this] { return m_now; });
    }
    QString password(const QString& nip)
    {
        for (const auto& account : DemoSeeder::demoAccounts())
            if (account.nip == nip)
                return account.password;
        return {};
    }
    QByteArray secret(const QString& nip)
    {
        for (const auto& account : DemoSeeder::demoAccounts())
            if (account.nip == nip)
                return Base32::decode(account.otpSecretBase32).value_or(QByteArray());
        return {};
    }
    QString codeAt(const QByteArray& key, const QDateTime& when)
    {
        return Totp::code(key, when.toSecsSinceEpoch());
    }
    int auditCount(const QString& action, const QString& actor)
    {
        int count = -1;
        (void)m_db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(
                c, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND actor_nip = ?"));
            q.bindAll(action, actor);
            if (q.exec() && q.next())
                count = q.value(0).toInt();
            return {};
        });
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        QCOMPARE(auth().hasAccounts().value(), false);
        const auto seeded = DemoSeeder::seedDemo(m_db);
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
        QCOMPARE(seeded->accounts, 3);
        QVERIFY(seeded->employees >= 200);
        QCOMPARE(auth().hasAccounts().value(), true);
    }

    void demoSeedIsIdempotent()
    {
        const int before = Organisation(m_db).employeeCount().value();
        const auto again = DemoSeeder::seedDemo(m_db);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(Organisation(m_db).employeeCount().value(), before);
    }

    void asnLogsInWithPasswordOnly()
    {
        const auto outcome = auth().login(QStringLiteral("19860926 201505 1 001"), password(AsnNip));
        QCOMPARE(outcome.kind, Kind::LoggedIn);
        QVERIFY(outcome.session);
        QCOMPARE(outcome.session->nip, AsnNip);
        QCOMPARE(outcome.session->role, Role::Asn);
        QVERIFY(outcome.session->displayName.startsWith(QLatin1String("Budi Santoso")));
        QVERIFY(outcome.session->unitName.contains(QLatin1String("Pajang")));
        QVERIFY(outcome.session->indukUnitId != outcome.session->unitId);
        QVERIFY(auditCount(QStringLiteral("login"), AsnNip) >= 1);
    }

    void messagesNeverRevealWhetherNipExists()
    {
        const auto wrongPassword = auth().login(PengelolaNip, QStringLiteral("salah-sekali"));
        const auto unknownNip
            = auth().login(QStringLiteral("199001012015011001"), QStringLiteral("salah-sekali"));
        QCOMPARE(wrongPassword.kind, Kind::Failed);
        QCOMPARE(unknownNip.kind, Kind::Failed);
        QCOMPARE(wrongPassword.message, unknownNip.message);
        QVERIFY(!wrongPassword.pending);
        QVERIFY(!wrongPassword.session);
    }

    void lockoutWaitsLongerEachTime_data()
    {
        QTest::addColumn<QString>("nip");
        QTest::newRow("existing account") << AsnNip;
        QTest::newRow("unknown NIP") << QStringLiteral("197001011995031001");
    }

    void lockoutWaitsLongerEachTime()
    {
        QFETCH(QString, nip);
        const QDateTime start = m_now;
        for (int i = 1; i < AuthService::FreeAttempts; ++i)
            QCOMPARE(auth().login(nip, QStringLiteral("keliru-%1").arg(i)).kind, Kind::Failed);
        auto fifth = auth().login(nip, QStringLiteral("keliru-5"));
        QCOMPARE(fifth.kind, Kind::Locked);
        QCOMPARE(fifth.waitSeconds, AuthService::FirstWaitSeconds);
        // While locked even the right password waits, and the counter does not grow.
        auto locked = auth().login(nip, password(nip).isEmpty() ? QStringLiteral("x") : password(nip));
        QCOMPARE(locked.kind, Kind::Locked);
        QVERIFY(locked.message.contains(QLatin1String("Coba lagi")));
        m_now = m_now.addSecs(AuthService::FirstWaitSeconds + 1);
        auto sixth = auth().login(nip, QStringLiteral("keliru-6"));
        QCOMPARE(sixth.kind, Kind::Locked);
        QCOMPARE(sixth.waitSeconds, 2 * AuthService::FirstWaitSeconds);
        m_now = m_now.addSecs(2 * AuthService::FirstWaitSeconds + 1);
        if (!password(nip).isEmpty()) {
            QCOMPARE(auth().login(nip, password(nip)).kind, Kind::LoggedIn);
            // Success resets the counter: one failure later is an ordinary failure again.
            QCOMPARE(auth().login(nip, QStringLiteral("keliru-lagi")).kind, Kind::Failed);
        }
        m_now = start.addSecs(3600);
    }

    void adminNeedsOneTimeCode()
    {
        const auto first = auth().login(AdminNip, password(AdminNip));
        QCOMPARE(first.kind, Kind::NeedOtp);
        QVERIFY(first.pending);
        QVERIFY(!first.session);
        QCOMPARE(auth().verifyOtp(*first.pending, QStringLiteral("000000")).kind == Kind::LoggedIn, false);
        const QString code = codeAt(secret(AdminNip), m_now);
        const auto done = auth().verifyOtp(*first.pending, code);
        QCOMPARE(done.kind, Kind::LoggedIn);
        QCOMPARE(done.session->role, Role::Admin);
        // The same code is never accepted twice.
        const auto second = auth().login(AdminNip, password(AdminNip));
        QCOMPARE(second.kind, Kind::NeedOtp);
        QCOMPARE(auth().verifyOtp(*second.pending, code).kind, Kind::Failed);
        m_now = m_now.addSecs(30);
        // One step of clock drift either way is accepted.
        const auto third = auth().login(AdminNip, password(AdminNip));
        QCOMPARE(auth().verifyOtp(*third.pending, codeAt(secret(AdminNip), m_now.addSecs(30))).kind,
            Kind::LoggedIn);
        m_now = m_now.addSecs(120);
        const auto fourth = auth().login(AdminNip, password(AdminNip));
        QCOMPARE(auth().verifyOtp(*fourth.pending, codeAt(secret(AdminNip), m_now.addSecs(-30))).kind,
            Kind::LoggedIn);
        m_now = m_now.addSecs(120);
        const auto fifth = auth().login(AdminNip, password(AdminNip));
        QCOMPARE(auth().verifyOtp(*fifth.pending, codeAt(secret(AdminNip), m_now.addSecs(-90))).kind,
            Kind::Failed);
        m_now = m_now.addSecs(3600);
    }

    void pendingLoginExpires()
    {
        const auto first = auth().login(PengelolaNip, password(PengelolaNip));
        QCOMPARE(first.kind, Kind::NeedOtp);
        m_now = m_now.addSecs(6 * 60);
        const auto late = auth().verifyOtp(*first.pending, codeAt(secret(PengelolaNip), m_now));
        QCOMPARE(late.kind, Kind::Failed);
        QVERIFY(late.message.contains(QLatin1String("habis")));
        m_now = m_now.addSecs(3600);
    }

    void resetOtpLeadsToEnrolment()
    {
        Session asn;
        asn.accountId = 99;
        asn.role = Role::Asn;
        QCOMPARE(auth().resetOtp(&asn, PengelolaNip).error().code, ErrorCode::Forbidden);
        QVERIFY(auth().resetOtp(nullptr, PengelolaNip).ok());
        const auto first = auth().login(PengelolaNip, password(PengelolaNip));
        QCOMPARE(first.kind, Kind::NeedEnrolment);
        QVERIFY(first.provisioningUri.startsWith(QLatin1String("otpauth://totp/")));
        QVERIFY(first.provisioningUri.contains(first.enrolmentSecret));
        const QByteArray fresh = Base32::decode(first.enrolmentSecret).value();
        QCOMPARE(fresh.size(), 20);
        QCOMPARE(auth().confirmEnrolment(*first.pending, QStringLiteral("123456")).kind == Kind::LoggedIn,
            codeAt(fresh, m_now) == QLatin1String("123456"));
        const auto done = auth().confirmEnrolment(*first.pending, codeAt(fresh, m_now));
        QCOMPARE(done.kind, Kind::LoggedIn);
        QCOMPARE(done.session->role, Role::Pengelola);
        QVERIFY(done.session->managedUnitId > 0);
        QVERIFY(done.session->managedUnitName.contains(QLatin1String("Kesehatan")));
        m_now = m_now.addSecs(60);
        const auto next = auth().login(PengelolaNip, password(PengelolaNip));
        QCOMPARE(next.kind, Kind::NeedOtp);
        QCOMPARE(auth().verifyOtp(*next.pending, codeAt(fresh, m_now)).kind, Kind::LoggedIn);
        // Put the documented demo secret back for the other tests.
        QVERIFY(auth().setOtpSecret(PengelolaNip, secret(PengelolaNip)).ok());
        m_now = m_now.addSecs(3600);
    }

    void asnOtpIsASetting()
    {
        Session pengelola;
        pengelola.accountId = 2;
        pengelola.role = Role::Pengelola;
        pengelola.managedUnitId = 5;
        QCOMPARE(auth().setOtpRequiredForAsn(&pengelola, true).error().code, ErrorCode::Forbidden);
        QVERIFY(auth().setOtpRequiredForAsn(nullptr, true).ok());
        QCOMPARE(auth().login(AsnNip, password(AsnNip)).kind, Kind::NeedEnrolment);
        QVERIFY(auth().setOtpRequiredForAsn(nullptr, false).ok());
        QCOMPARE(auth().login(AsnNip, password(AsnNip)).kind, Kind::LoggedIn);
    }

    void passwordIsRehashedWhenParametersChange()
    {
        const auto weakHash = PasswordHasher::hash(password(AsnNip), PasswordHasher::minimumParams());
        QVERIFY(weakHash);
        QVERIFY(m_db->write([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c,
                QStringLiteral("UPDATE accounts SET password_hash = ? WHERE employee_id = "
                               "(SELECT id FROM employees WHERE nip = ?)"));
            q.bindAll(*weakHash, AsnNip);
            return q.exec() ? Status() : Status(q.error());
        }));
        QCOMPARE(auth().login(AsnNip, password(AsnNip)).kind, Kind::LoggedIn);
        QString stored;
        (void)m_db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c,
                QStringLiteral("SELECT password_hash FROM accounts a JOIN employees e ON e.id = "
                               "a.employee_id WHERE e.nip = ?"));
            q.bind(AsnNip);
            if (q.exec() && q.next())
                stored = q.value(0).toString();
            return {};
        });
        QVERIFY(stored.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(stored != *weakHash);
        QVERIFY(!PasswordHasher::needsRehash(stored));
    }

    void createAccountRules()
    {
        Session asn;
        asn.accountId = 3;
        asn.role = Role::Asn;
        const QString someone = QStringLiteral("198609262015051001");
        QCOMPARE(auth()
                     .createAccount(&asn, someone, Role::Admin, 0, QStringLiteral("Bengawan-Kuat-71"))
                     .error()
                     .code,
            ErrorCode::Forbidden);
        QCOMPARE(auth()
                     .createAccount(nullptr, someone, Role::Asn, 0, QStringLiteral("Bengawan-Kuat-71"))
                     .error()
                     .code,
            ErrorCode::Conflict);
        QCOMPARE(auth().createAccount(nullptr, someone, Role::Asn, 0, QStringLiteral("pendek")).error().code,
            ErrorCode::InvalidInput);
        QCOMPARE(
            auth().createAccount(nullptr, someone, Role::Asn, 0, QStringLiteral("1234567890")).error().code,
            ErrorCode::InvalidInput);
        QCOMPARE(auth()
                     .createAccount(nullptr, QStringLiteral("199912312020121001"), Role::Asn, 0,
                         QStringLiteral("Bengawan-Kuat-71"))
                     .error()
                     .code,
            ErrorCode::NotFound);
        // A Pengelola needs a Perangkat Daerah to manage.
        Employee other;
        QVERIFY(Organisation(m_db)
                    .forEachEmployee([&](const Employee& e) {
                        if (e.nip == AdminNip || e.nip == PengelolaNip || e.nip == AsnNip)
                            return true;
                        other = e;
                        return false;
                    })
                    .ok());
        QVERIFY(!other.nip.isEmpty());
        QCOMPARE(
            auth()
                .createAccount(nullptr, other.nip, Role::Pengelola, 0, QStringLiteral("Bengawan-Kuat-71"))
                .error()
                .code,
            ErrorCode::InvalidInput);
        QCOMPARE(
            auth()
                .createAccount(nullptr, other.nip, Role::Pengelola,
                    other.unitId == other.indukUnitId ? -1 : other.unitId, QStringLiteral("Bengawan-Kuat-71"))
                .error()
                .code,
            ErrorCode::InvalidInput);
        const auto created = auth().createAccount(
            nullptr, other.nip, Role::Pengelola, other.indukUnitId, QStringLiteral("Bengawan-Kuat-71"));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        const auto login = auth().login(other.nip, QStringLiteral("Bengawan-Kuat-71"));
        QCOMPARE(login.kind, Kind::NeedEnrolment);
    }

    void accountIsCreatedWithItsSecret()
    {
        Employee other;
        QVERIFY(Organisation(m_db)
                    .forEachEmployee([&](const Employee& e) {
                        if (e.nip == AdminNip || e.nip == PengelolaNip || e.nip == AsnNip)
                            return true;
                        other = e;
                        return true; // the last one: createAccountRules took the first
                    })
                    .ok());
        const QByteArray key = Totp::generateSecret();
        const auto created = auth().createAccount(
            nullptr, other.nip, Role::Admin, 0, QStringLiteral("Bengawan-Kuat-71"), key);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        // No enrolment: the one-time code of that secret works at the first login.
        const auto first = auth().login(other.nip, QStringLiteral("Bengawan-Kuat-71"));
        QCOMPARE(first.kind, Kind::NeedOtp);
        QCOMPARE(auth().verifyOtp(*first.pending, codeAt(key, m_now)).kind, Kind::LoggedIn);
        // An existing account is refused before hashing, with or without a secret.
        QCOMPARE(
            auth()
                .createAccount(nullptr, other.nip, Role::Admin, 0, QStringLiteral("Bengawan-Kuat-71"), key)
                .error()
                .code,
            ErrorCode::Conflict);
        m_now = m_now.addSecs(3600);
    }

    void newPasswordsAreCheckedAgainstTheirOwner()
    {
        // createAccount reads the employee's name: a password containing it is refused before hashing.
        QStringList withAccount;
        QVERIFY(m_db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(
                c, QStringLiteral("SELECT e.nip FROM accounts a JOIN employees e ON e.id = a.employee_id"));
            if (!q.exec())
                return q.error();
            while (q.next())
                withAccount << q.value(0).toString();
            return {};
        }));
        Employee other;
        QVERIFY(Organisation(m_db)
                    .forEachEmployee([&](const Employee& e) {
                        if (withAccount.contains(e.nip))
                            return true;
                        const QString first = e.nama.section(QLatin1Char(' '), 0, 0);
                        if (first.size() < 4 || !std::all_of(first.cbegin(), first.cend(), [](QChar ch) {
                                return ch.isLetter();
                            }))
                            return true;
                        other = e;
                        return false;
                    })
                    .ok());
        QVERIFY(!other.nip.isEmpty());
        const QString withName = other.nama.section(QLatin1Char(' '), 0, 0) + QStringLiteral("#Kopi-2026");
        const auto refused = auth().createAccount(nullptr, other.nip, Role::Asn, 0, withName);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QCOMPARE(refused.error().message, QStringLiteral("Kata sandi memuat NIP atau nama Anda."));
        QCOMPARE(auth()
                     .createAccount(nullptr, other.nip, Role::Asn, 0, QStringLiteral("Kopi") + other.nip)
                     .error()
                     .message,
            QStringLiteral("Kata sandi memuat NIP atau nama Anda."));

        // changePassword: the actor's NIP and name, and the old password.
        const auto login = auth().login(AsnNip, password(AsnNip));
        QCOMPARE(login.kind, Kind::LoggedIn);
        const Session asn = *login.session;
        QCOMPARE(
            auth().changePassword(asn, password(AsnNip), QStringLiteral("Santoso-Kopi-77")).error().message,
            QStringLiteral("Kata sandi memuat NIP atau nama Anda."));
        QCOMPARE(
            auth().changePassword(asn, password(AsnNip), QStringLiteral("Kopi-19860926")).error().message,
            QStringLiteral("Kata sandi memuat NIP atau nama Anda."));
        QCOMPARE(auth().changePassword(asn, password(AsnNip), password(AsnNip)).error().message,
            QStringLiteral("Kata sandi baru sama dengan kata sandi lama."));
        QCOMPARE(auth().changePassword(asn, password(AsnNip), QStringLiteral("Surakarta1")).error().code,
            ErrorCode::InvalidInput);
        QCOMPARE(auth()
                     .changePassword(asn, QStringLiteral("keliru-lama"), QStringLiteral("Kopi-Tubruk-77"))
                     .error()
                     .message,
            QStringLiteral("Kata sandi lama salah."));
        QVERIFY(auth().changePassword(asn, password(AsnNip), QStringLiteral("Kopi-Tubruk-77")).ok());
        QCOMPARE(auth().login(AsnNip, QStringLiteral("Kopi-Tubruk-77")).kind, Kind::LoggedIn);
        // Back to the documented demo password for the other tests.
        QVERIFY(auth().changePassword(asn, QStringLiteral("Kopi-Tubruk-77"), password(AsnNip)).ok());
        QCOMPARE(auth().login(AsnNip, password(AsnNip)).kind, Kind::LoggedIn);
    }

    void demoRerunRepairsAMissingSecret()
    {
        // The state an older seeder left when killed between creating the Admin and setting its secret.
        QVERIFY(m_db->write([&](QSqlDatabase& c) -> Status {
                        SqlQuery q(c,
                            QStringLiteral("UPDATE accounts SET otp_secret = NULL, otp_enabled = ? WHERE "
                                           "employee_id = (SELECT id FROM employees WHERE nip = ?)"));
                        q.bindAll(false, AdminNip);
                        if (!q.exec())
                            return q.error();
                        return q.rowsAffected() == 1 ? Status()
                                                     : Status(Error::notFound(QStringLiteral("admin")));
                    })
                    .ok());
        QCOMPARE(auth().login(AdminNip, password(AdminNip)).kind, Kind::NeedEnrolment);
        // The Pengelola's authenticator was reset on purpose: the demo must not give the old secret back.
        QVERIFY(auth().resetOtp(nullptr, PengelolaNip).ok());

        const auto again = DemoSeeder::seedDemo(m_db);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(again->accounts, 3);
        const auto admin = auth().login(AdminNip, password(AdminNip));
        QCOMPARE(admin.kind, Kind::NeedOtp);
        QCOMPARE(auth().verifyOtp(*admin.pending, codeAt(secret(AdminNip), m_now)).kind, Kind::LoggedIn);
        QCOMPARE(auth().login(PengelolaNip, password(PengelolaNip)).kind, Kind::NeedEnrolment);
        // Repaired once: a further run finds nothing to repair.
        QCOMPARE(auth().repairOtpSecret(AdminNip, secret(AdminNip)).value(), false);
        QCOMPARE(auth().repairOtpSecret(PengelolaNip, secret(PengelolaNip)).value(), false);

        QVERIFY(auth().setOtpSecret(PengelolaNip, secret(PengelolaNip)).ok());
        m_now = m_now.addSecs(3600);
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "TestAuthService.moc"
