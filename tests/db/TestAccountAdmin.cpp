// SPDX-License-Identifier: GPL-3.0-or-later
// The Pengguna page's rules in core (AccountAdmin), on SQLite and on PostgreSQL, where the Admin works
// on their own login and every change goes through the server's functions: nobody changes their own
// account, the last active Admin stays, a deactivated account cannot log in, a temporary password must
// be changed, every change is audited with the Admin as actor.
#include "TestDatabase.h"
#include "auth/AccountAdmin.h"
#include "auth/AuthService.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"
#include "storage/Query.h"

#include <QTest>

using namespace karier;
using karier::test::TestDatabase;
using Kind = AuthService::Outcome::Kind;

namespace {
const QString AdminNip = QStringLiteral("198503152010012002");
const QString PengelolaNip = QStringLiteral("198007122005011003");
const QString AsnNip = QStringLiteral("198609262015051001");
const QString Temporary = QStringLiteral("Lembayung-Senja-4821!");
const QString Chosen = QStringLiteral("Kenanga-Pagi-7315#Sore");
} // namespace

class TestAccountAdmin : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db; ///< the owner (PostgreSQL) or the file
    std::shared_ptr<Database> m_adminDb; ///< the Admin's own login (PostgreSQL) or the file
    Session m_admin;
    QString m_newNip; ///< an employee without an account

    AccountAdmin admin() { return AccountAdmin(m_adminDb); }

    AuthService::Outcome logIn(const QString& nip, const QString& password)
    {
        return TestDatabase::isPostgres() ? AuthService::loginToServer(m_fresh.url(), nip, password)
                                          : AuthService(m_db).login(nip, password);
    }

    int auditCount(const QString& action, const QString& actor)
    {
        const auto count = m_db->readValue([&](QSqlDatabase& c) {
            return queryValue(c,
                QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND actor_nip = ?"), action,
                actor);
        });
        return count ? count->toInt() : -1;
    }

    qint64 indukOf(const QString& nip)
    {
        const auto employee = Organisation(m_db).employeeByNip(nip);
        return employee.ok() && employee.value() ? employee.value()->indukUnitId : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        const auto seeded = DemoSeeder::seedDemo(m_db);
        QVERIFY2(seeded.ok(), qPrintable(seeded.error().message));
        m_admin = test::sessionFor(m_db, AdminNip, Role::Admin);
        m_adminDb = m_fresh.openAs(m_db, m_admin);
        QVERIFY(m_adminDb);
        const auto employees = Organisation(m_db).searchEmployees(QString(), 0, 20);
        QVERIFY(employees.ok());
        for (const Employee& e : employees.value())
            if (e.nip != AdminNip && e.nip != PengelolaNip && e.nip != AsnNip) {
                m_newNip = e.nip;
                break;
            }
        QVERIFY(!m_newNip.isEmpty());
    }

    void listsSearchesAndPages()
    {
        const auto all = admin().list(m_admin, QString(), 0, 50);
        QVERIFY2(all.ok(), qPrintable(all.error().message));
        QCOMPARE(all->total, 3);
        QCOMPARE(all->accounts.size(), 3);
        const auto byNip = admin().list(m_admin, QStringLiteral("19800712 2005"), 0, 50);
        QVERIFY(byNip.ok());
        QCOMPARE(byNip->total, 1);
        QCOMPARE(byNip->accounts.first().nip, PengelolaNip);
        QCOMPARE(byNip->accounts.first().role, Role::Pengelola);
        QVERIFY(byNip->accounts.first().managedUnitId > 0);
        QVERIFY(!byNip->accounts.first().managedUnitName.isEmpty());
        const QString firstName = all->accounts.first().name.section(QLatin1Char(' '), 0, 0).toUpper();
        const auto byName = admin().list(m_admin, firstName, 0, 50);
        QVERIFY(byName.ok());
        QVERIFY(byName->total >= 1);
        QCOMPARE(byName->accounts.first().nip, all->accounts.first().nip);
        // Pages in SQL: the second of pages of one, and a page past the end moves back.
        const auto second = admin().list(m_admin, QString(), 1, 1);
        QVERIFY(second.ok());
        QCOMPARE(second->total, 3);
        QCOMPARE(second->accounts.size(), 1);
        QCOMPARE(second->accounts.first().nip, all->accounts.at(1).nip);
        const auto past = admin().list(m_admin, QString(), 30, 2);
        QVERIFY(past.ok());
        QCOMPARE(past->offset, 2);
        QCOMPARE(past->accounts.size(), 1);
    }

    void listShowsRunningLockouts()
    {
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(600);
        QVERIFY(m_db->write([&](QSqlDatabase& c) -> Status {
                        SqlQuery q(c,
                            QStringLiteral("INSERT INTO login_throttle (nip, failed_count, locked_until) "
                                           "VALUES (?, 6, ?)"));
                        q.bindAll(AsnNip, until);
                        return q.exec() ? Status() : Status(q.error());
                    })
                    .ok());
        const auto found = admin().list(m_admin, AsnNip, 0, 10);
        QVERIFY2(found.ok(), qPrintable(found.error().message));
        QCOMPARE(found->accounts.size(), 1);
        QVERIFY(found->accounts.first().lockedUntil.isValid());
        QVERIFY(qAbs(found->accounts.first().lockedUntil.secsTo(until)) <= 1);
        const auto cleared = admin().clearLockout(&m_admin, AsnNip);
        QVERIFY2(cleared.ok(), qPrintable(cleared.error().message));
        QVERIFY(cleared.value());
        QVERIFY(!admin().list(m_admin, AsnNip, 0, 10)->accounts.first().lockedUntil.isValid());
        QCOMPARE(auditCount(QStringLiteral("kunci-login-dibuka"), AdminNip), 1);
    }

    void onlyAnAdminManagesAccounts()
    {
        const Session pengelola = test::sessionFor(m_db, PengelolaNip, Role::Pengelola);
        QCOMPARE(AccountAdmin(m_db).list(pengelola, QString(), 0, 10).error().code, ErrorCode::Forbidden);
        QCOMPARE(AccountAdmin(m_db).setActive(&pengelola, AsnNip, false).error().code, ErrorCode::Forbidden);
        QCOMPARE(AccountAdmin(m_db).setRole(&pengelola, AsnNip, Role::Admin, 0).error().code,
            ErrorCode::Forbidden);
        QCOMPARE(AccountAdmin(m_db).resetPassword(&pengelola, AsnNip, Temporary).error().code,
            ErrorCode::Forbidden);
    }

    void nobodyChangesTheirOwnAccount()
    {
        QCOMPARE(admin().setRole(&m_admin, AdminNip, Role::Asn, 0).error().code, ErrorCode::Forbidden);
        QCOMPARE(admin().setActive(&m_admin, AdminNip, false).error().code, ErrorCode::Forbidden);
        QCOMPARE(admin().resetPassword(&m_admin, AdminNip, Temporary).error().code, ErrorCode::Forbidden);
        QCOMPARE(admin().resetOtp(&m_admin, AdminNip).error().code, ErrorCode::Forbidden);
        QCOMPARE(admin().list(m_admin, AdminNip, 0, 10)->accounts.first().role, Role::Admin);
        QVERIFY(admin().list(m_admin, AdminNip, 0, 10)->accounts.first().active);
    }

    void theLastActiveAdminStays()
    {
        // The system itself (karier-cli) may do anything but remove the last active Admin.
        AccountAdmin system(m_db);
        const Status demoted = system.setRole(nullptr, AdminNip, Role::Asn, 0);
        QCOMPARE(demoted.error().code, ErrorCode::Forbidden);
        QVERIFY(demoted.error().message.contains(QLatin1String("terakhir")));
        QCOMPARE(system.setActive(nullptr, AdminNip, false).error().code, ErrorCode::Forbidden);
        // With a second Admin, the first may go (and comes back).
        QVERIFY(admin().setRole(&m_admin, PengelolaNip, Role::Admin, 0).ok());
        QCOMPARE(auditCount(QStringLiteral("akun-peran-diubah"), AdminNip), 1);
        QVERIFY(system.setActive(nullptr, AdminNip, false).ok());
        QVERIFY(system.setActive(nullptr, AdminNip, true).ok());
        // The server ended the Admin's sessions with the deactivation: they pass the code again.
        m_adminDb = m_fresh.openAs(m_db, m_admin);
        QVERIFY(m_adminDb);
        // An inactive Admin does not count: the only active one stays.
        QVERIFY(admin().setActive(&m_admin, PengelolaNip, false).ok());
        QCOMPARE(system.setRole(nullptr, AdminNip, Role::Pengelola, indukOf(AdminNip)).error().code,
            ErrorCode::Forbidden);
        QVERIFY(admin().setActive(&m_admin, PengelolaNip, true).ok());
        const Status back = admin().setRole(&m_admin, PengelolaNip, Role::Pengelola, indukOf(PengelolaNip));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(admin().list(m_admin, PengelolaNip, 0, 10)->accounts.first().role, Role::Pengelola);
    }

    void roleChangesNeedAPerangkatDaerah()
    {
        QCOMPARE(admin().setRole(&m_admin, AsnNip, Role::Pengelola, 0).error().code, ErrorCode::InvalidInput);
        const auto employee = Organisation(m_db).employeeByNip(AsnNip);
        QVERIFY(employee.ok() && employee.value());
        QVERIFY(employee.value()->unitId != employee.value()->indukUnitId); // works in a Satker
        QCOMPARE(admin().setRole(&m_admin, AsnNip, Role::Pengelola, employee.value()->unitId).error().code,
            ErrorCode::InvalidInput);
        QVERIFY(admin().setRole(&m_admin, AsnNip, Role::Pengelola, employee.value()->indukUnitId).ok());
        const auto listed = admin().list(m_admin, AsnNip, 0, 10);
        QCOMPARE(listed->accounts.first().role, Role::Pengelola);
        QCOMPARE(listed->accounts.first().managedUnitId, employee.value()->indukUnitId);
        QVERIFY(admin().setRole(&m_admin, AsnNip, Role::Asn, 0).ok());
        QCOMPARE(admin().list(m_admin, AsnNip, 0, 10)->accounts.first().managedUnitId, 0);
        QCOMPARE(auditCount(QStringLiteral("akun-peran-diubah"), AdminNip), 4);
    }

    void aPengelolaManagesAnActivePerangkatDaerah()
    {
        // A Perangkat Daerah no longer used (the owner's write: Unit Kerja's own rules are not the point).
        qint64 inactive = 0;
        const Status made = m_db->write([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("INSERT INTO org_units (code, name, active) VALUES (?, ?, ?)"));
            q.bindAll(QStringLiteral("LAMA-01"), QStringLiteral("Dinas Lama"), false);
            if (!q.exec())
                return q.error();
            const auto id = queryValue(c, QStringLiteral("SELECT id FROM org_units WHERE code = 'LAMA-01'"));
            if (!id)
                return id.error();
            inactive = id->toLongLong();
            return {};
        });
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        const Status role = admin().setRole(&m_admin, AsnNip, Role::Pengelola, inactive);
        QCOMPARE(role.error().code, ErrorCode::InvalidInput);
        QVERIFY2(
            role.error().message.contains(QLatin1String("tidak aktif")), qPrintable(role.error().message));
        const auto created = admin().create(&m_admin, m_newNip, Role::Pengelola, inactive, Temporary);
        QCOMPARE(created.error().code, ErrorCode::InvalidInput);
        QVERIFY(created.error().message.contains(QLatin1String("Dinas Lama")));
        // A deactivated Pengelola of a Perangkat Daerah that has since been closed stays deactivated.
        QVERIFY(admin().setRole(&m_admin, AsnNip, Role::Pengelola, indukOf(AsnNip)).ok());
        QVERIFY(admin().setActive(&m_admin, AsnNip, false).ok());
        const Status moved = m_db->write([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c,
                QStringLiteral("UPDATE accounts SET managed_unit_id = ? WHERE employee_id = (SELECT id "
                               "FROM employees WHERE nip = ?)"));
            q.bindAll(inactive, AsnNip);
            return q.exec() ? Status() : Status(q.error());
        });
        QVERIFY2(moved.ok(), qPrintable(moved.error().message));
        const Status back = admin().setActive(&m_admin, AsnNip, true);
        QCOMPARE(back.error().code, ErrorCode::InvalidInput);
        QVERIFY(admin().setRole(&m_admin, AsnNip, Role::Asn, 0).ok());
        QVERIFY(admin().setActive(&m_admin, AsnNip, true).ok());
    }

    void aNewAccountHasATemporaryPassword()
    {
        QCOMPARE(admin().create(&m_admin, m_newNip, Role::Asn, 0, QStringLiteral("rahasia")).error().code,
            ErrorCode::InvalidInput);
        const auto created = admin().create(&m_admin, m_newNip, Role::Asn, 0, Temporary);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QCOMPARE(auditCount(QStringLiteral("akun-dibuat"), AdminNip), 1);
        QVERIFY(admin().list(m_admin, m_newNip, 0, 10)->accounts.first().mustChangePassword);
        auto outcome = logIn(m_newNip, Temporary);
        QCOMPARE(outcome.kind, Kind::LoggedIn);
        QVERIFY(outcome.session->mustChangePassword);
        // Changing it on their own (their own login on the server) ends the mark.
        const auto own = outcome.database ? outcome.database : m_db;
        const Status changed = AuthService(own).changePassword(*outcome.session, Temporary, Chosen);
        QVERIFY2(changed.ok(), qPrintable(changed.error().message));
        outcome = logIn(m_newNip, Chosen);
        QCOMPARE(outcome.kind, Kind::LoggedIn);
        QVERIFY(!outcome.session->mustChangePassword);
    }

    void aResetPasswordMustBeChanged()
    {
        const Status reset = admin().resetPassword(&m_admin, m_newNip, Temporary);
        QVERIFY2(reset.ok(), qPrintable(reset.error().message));
        QCOMPARE(auditCount(QStringLiteral("sandi-sementara-diatur"), AdminNip), 1);
        QVERIFY(logIn(m_newNip, Chosen).kind != Kind::LoggedIn);
        const auto outcome = logIn(m_newNip, Temporary);
        QCOMPARE(outcome.kind, Kind::LoggedIn);
        QVERIFY(outcome.session->mustChangePassword);
    }

    void aDeactivatedAccountCannotLogIn()
    {
        QVERIFY(admin().setActive(&m_admin, m_newNip, false).ok());
        QCOMPARE(auditCount(QStringLiteral("akun-dinonaktifkan"), AdminNip), 3); // and the two above
        QVERIFY(!admin().list(m_admin, m_newNip, 0, 10)->accounts.first().active);
        const auto refused = logIn(m_newNip, Temporary);
        QCOMPARE(refused.kind, Kind::Failed);
        QVERIFY(!refused.session);
        // Its history stays: the account and its audit entries are still there.
        QVERIFY(auditCount(QStringLiteral("login"), m_newNip) >= 2);
        // A new password does not open it either.
        QVERIFY(admin().resetPassword(&m_admin, m_newNip, Temporary).ok());
        QCOMPARE(logIn(m_newNip, Temporary).kind, Kind::Failed);
        QVERIFY(admin().setActive(&m_admin, m_newNip, true).ok());
        QCOMPARE(auditCount(QStringLiteral("akun-diaktifkan"), AdminNip), 3);
        QCOMPARE(logIn(m_newNip, Temporary).kind, Kind::LoggedIn);
    }

    void aResetCodeIsEnrolledAgain()
    {
        QVERIFY(admin().resetOtp(&m_admin, PengelolaNip).ok());
        QCOMPARE(auditCount(QStringLiteral("otp-direset"), AdminNip), 1);
        QVERIFY(!admin().list(m_admin, PengelolaNip, 0, 10)->accounts.first().otpEnabled);
    }
};

QTEST_GUILESS_MAIN(TestAccountAdmin)
#include "TestAccountAdmin.moc"
