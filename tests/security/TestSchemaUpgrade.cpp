// SPDX-License-Identifier: GPL-3.0-or-later
// An office server made by an older Karier ASN (schema 7: one shared login, accounts checked by the
// program) upgraded by karier-cli init (issue 16): every account gets its own login role in its group,
// without a password until one is set; then each person logs in as themselves and sees only what the
// server's rules give them, and the data from before is all there.
#include "CliRunner.h"
#include "TestDatabase.h"
#include "auth/AuthService.h"
#include "auth/Base32.h"
#include "auth/PasswordHasher.h"
#include "auth/Totp.h"
#include "storage/Migrations.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

namespace {

// NIPs of this test only: login roles are cluster-wide.
const QString AsnNip = QStringLiteral("199301012023011921");
const QString OtherNip = QStringLiteral("199302022023012922");
const QString AdminNip = QStringLiteral("198801012012011923");

QString passwordOf(const QString& nip)
{
    return QStringLiteral("Gending-Jawa-") + nip.right(4) + QStringLiteral("#");
}

} // namespace

class TestSchemaUpgrade : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    QTemporaryDir m_home;

    /// Runs \a sql on a plain connection as the database's owner (as the older program did).
    QVariant owner(const QString& sql)
    {
        const QString name = QStringLiteral("upgrade-owner");
        QVariant value;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            c.setHostName(m_fresh.url().host);
            c.setPort(m_fresh.url().port);
            c.setDatabaseName(m_fresh.url().name);
            c.setUserName(m_fresh.url().user);
            c.setPassword(m_fresh.url().password);
            if (!c.open()) {
                qWarning("%s", qPrintable(c.lastError().text()));
                return {};
            }
            QSqlQuery q(c);
            if (!q.exec(sql))
                qWarning("%s: %s", qPrintable(sql.left(80)), qPrintable(q.lastError().text()));
            else if (q.isSelect() && q.next())
                value = q.value(0);
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestDatabase::isPostgres(), "run with KARIER_TEST_DIALECT=postgresql");
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
    }

    void olderServerIsUpgradedByInit()
    {
        // Roles are cluster-wide: a run before this one on the same cluster left these people's roles.
        for (const QString& nip : {AsnNip, OtherNip, AdminNip})
            owner(QStringLiteral("DROP ROLE IF EXISTS k%1").arg(nip));
        // Schema 1..7 exactly as the older program made it, with its people, accounts and records.
        QVERIFY(owner(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT "
                                     "NOT NULL, applied_at TEXT NOT NULL)"))
                    .isNull());
        for (const Migration& migration : migrations()) {
            if (migration.version > 7)
                break;
            for (const MigrationStatement& statement : migration.statements) {
                const QString sql = statement.sqlFor(DatabaseUrl::Dialect::PostgreSql);
                if (!sql.isEmpty())
                    owner(sql);
            }
            owner(QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'lama', '2026-01-01')")
                      .arg(migration.version));
        }
        QCOMPARE(owner(QStringLiteral("SELECT max(version) FROM schema_migrations")).toInt(), 7);
        const qint64 unit = owner(
            QStringLiteral("INSERT INTO org_units (code, name) VALUES ('UPG', 'Dinas Lama') RETURNING id"))
                                .toLongLong();
        QVERIFY(unit > 0);
        for (const QString& nip : {AsnNip, OtherNip, AdminNip}) {
            owner(
                QStringLiteral("INSERT INTO employees (nip, nama, unit_id, jenis_pegawai, tanggal_lahir, "
                               "jenis_kelamin, tmt) VALUES ('%1', 'Pegawai %2', %3, 'PNS', '1993-01-01', 1, "
                               "'2023-01-01')")
                    .arg(nip, nip.right(3))
                    .arg(unit));
            const auto hash = PasswordHasher::hash(passwordOf(nip));
            QVERIFY(hash);
            owner(QStringLiteral(
                "INSERT INTO accounts (employee_id, role, password_hash) SELECT id, '%1', '%2' "
                "FROM employees WHERE nip = '%3'")
                      .arg(nip == AdminNip ? QStringLiteral("admin") : QStringLiteral("asn"), *hash, nip));
        }
        owner(
            QStringLiteral("INSERT INTO records (employee_id, record_type, status, fields, title) SELECT id, "
                           "'kursus', 'diajukan', '{}', 'Diklat lama' FROM employees WHERE nip = '%1'")
                .arg(OtherNip));
        QCOMPARE(owner(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 3);

        // karier-cli init as the owner: schema 9, every account with its role, nobody can log in yet.
        const QString ownerUrl = m_fresh.url().toString(true);
        auto run = karier::test::runCli(QStringLiteral(KARIER_CLI_PATH), m_home.path(),
            {QStringLiteral("--database"), ownerUrl, QStringLiteral("init")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("skema %1").arg(Database::latestSchemaVersion())),
            qPrintable(run.out));
        for (const QString& nip : {AsnNip, OtherNip, AdminNip}) {
            const QString group
                = nip == AdminNip ? QStringLiteral("karier_admin") : QStringLiteral("karier_asn");
            QCOMPARE(owner(QStringLiteral(
                               "SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g "
                               "ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member WHERE r.rolname "
                               "= 'k%1'")
                               .arg(nip))
                         .toString(),
                group);
            QVERIFY(owner(
                QStringLiteral("SELECT rolpassword IS NULL FROM pg_authid WHERE rolname = 'k%1'").arg(nip))
                        .toBool());
        }
        QCOMPARE(AuthService::loginToServer(m_fresh.url(), AsnNip, passwordOf(AsnNip)).kind,
            AuthService::Outcome::Kind::Failed);

        // The owner gives the Admin a password (karier-cli user set-password); the Admin, logged in as
        // themselves with a new authenticator, gives the ASN theirs.
        run = karier::test::runCli(QStringLiteral(KARIER_CLI_PATH), m_home.path(),
            {QStringLiteral("--database"), ownerUrl, QStringLiteral("user"), QStringLiteral("set-password"),
                QStringLiteral("--nip"), AdminNip},
            passwordOf(AdminNip).toUtf8() + "\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto admin = AuthService::loginToServer(m_fresh.url(), AdminNip, passwordOf(AdminNip));
        QVERIFY2(admin.kind == AuthService::Outcome::Kind::NeedEnrolment, qPrintable(admin.message));
        QVERIFY(!AuthService(admin.database)
                     .setPassword(nullptr, AsnNip, passwordOf(AsnNip))
                     .ok()); // no code yet
        const auto secret = Base32::decode(admin.enrolmentSecret);
        QVERIFY(secret);
        AuthService adminAuth(admin.database);
        const auto enrolled = adminAuth.confirmEnrolment(
            *admin.pending, Totp::code(*secret, QDateTime::currentSecsSinceEpoch()));
        QVERIFY2(enrolled.kind == AuthService::Outcome::Kind::LoggedIn, qPrintable(enrolled.message));
        const Status given = adminAuth.setPassword(&*enrolled.session, AsnNip, passwordOf(AsnNip));
        QVERIFY2(given.ok(), qPrintable(given.error().message));

        // The ASN logs in as themselves, changes the password given to them, and sees only their own.
        const auto asn = AuthService::loginToServer(m_fresh.url(), AsnNip, passwordOf(AsnNip));
        QVERIFY2(asn.kind == AuthService::Outcome::Kind::LoggedIn, qPrintable(asn.message));
        AuthService asnAuth(asn.database);
        QCOMPARE(asnAuth
                     .changePassword(*asn.session, QStringLiteral("bukan-sandinya-1"),
                         QStringLiteral("Sekar-Taji-Baru-2027"))
                     .error()
                     .message,
            QStringLiteral("Kata sandi lama salah."));
        const Status changed = asnAuth.changePassword(
            *asn.session, passwordOf(AsnNip), QStringLiteral("Sekar-Taji-Baru-2027"));
        QVERIFY2(changed.ok(), qPrintable(changed.error().message));
        QCOMPARE(AuthService::loginToServer(m_fresh.url(), AsnNip, passwordOf(AsnNip)).kind,
            AuthService::Outcome::Kind::Failed);
        const auto again
            = AuthService::loginToServer(m_fresh.url(), AsnNip, QStringLiteral("Sekar-Taji-Baru-2027"));
        QCOMPARE(again.kind, AuthService::Outcome::Kind::LoggedIn);
        int records = -1;
        QVERIFY(again.database
                    ->read([&](QSqlDatabase& c) -> Status {
                        QSqlQuery q(c);
                        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM records")) || !q.next())
                            return Database::errorFrom(q.lastError());
                        records = q.value(0).toInt();
                        return {};
                    })
                    .ok());
        QCOMPARE(records, 0); // the other ASN's Diklat lama is there, but not theirs
        QCOMPARE(owner(QStringLiteral("SELECT COUNT(*) FROM records")).toInt(), 1);
        // Every entry names who did it: the owner as such, then the Admin, then the ASN.
        QCOMPARE(owner(QStringLiteral(
                           "SELECT string_agg(action || '=' || actor_nip, ',' ORDER BY id) FROM audit_log "
                           "WHERE action IN ('sandi-diatur', 'sandi-diubah')"))
                     .toString(),
            QStringLiteral("sandi-diatur=pemilik:%1,sandi-diatur=%2,sandi-diubah=%3")
                .arg(m_fresh.url().user, AdminNip, AsnNip));
    }
};

QTEST_GUILESS_MAIN(TestSchemaUpgrade)
#include "TestSchemaUpgrade.moc"
