// SPDX-License-Identifier: GPL-3.0-or-later
// The Pengguna page's server functions (migrations 11 and 15) hold against the people who call them with
// their own logins and raw SQL, as psql would: an ASN achieves nothing with them, an Admin with the code
// cannot demote, deactivate or reset their own account, and nobody (not even the owner) removes the last
// active Admin. Every refused attack leaves the accounts, the login roles and the audit log as they were. The
// legitimate path is checked too, so that a refusal is a rule and not a broken grant.
#include "TestDatabase.h"
#include "auth/AuthService.h"
#include "auth/Totp.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

namespace {

// NIPs of this test only: login roles are cluster-wide.
const QString AsnNip = QStringLiteral("199104042021011911");
const QString AdminNip = QStringLiteral("198604042011011912");
const QString Admin2Nip = QStringLiteral("198704042012012913");
const QString NewNip = QStringLiteral("199204042022011914"); ///< an employee without an account
const QByteArray AdminSecret = QByteArray("attack-admin-secret!", 20);

QString passwordOf(const QString& nip)
{
    return QStringLiteral("Kembang-Setaman-") + nip.right(4) + QStringLiteral("!");
}

} // namespace

class TestAccountAttacks : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    QString m_before;

    QVariant owner(const QString& sql, QString* error = nullptr)
    {
        QVariant value;
        const Status status = m_db->write([&](QSqlDatabase& c) -> Status {
            QSqlQuery q(c);
            if (!q.exec(sql))
                return Database::errorFrom(q.lastError(), sql);
            if (q.isSelect() && q.next())
                value = q.value(0);
            return {};
        });
        if (error)
            *error = status ? QString() : status.error().message;
        return value;
    }

    QString fingerprint()
    {
        QStringList parts;
        for (const char* sql : {"SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM accounts t",
                 "SELECT md5(COALESCE(string_agg(t::text, '|' ORDER BY t.id), '')) FROM audit_log t",
                 "SELECT md5(string_agg(rolname || rolcanlogin::text, '|' ORDER BY rolname)) FROM pg_roles "
                 "WHERE rolname LIKE 'k19%'",
                 "SELECT COUNT(*)::text FROM karier_sessions"})
            parts << owner(QString::fromLatin1(sql)).toString();
        return parts.join(QLatin1Char(','));
    }

    /// A connection as \a nip; \a quiet: a refusal is an expected answer, not a warning.
    QSqlDatabase connect(const QString& who, const QString& nip, bool quiet = false)
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("attack-") + who);
        c.setHostName(m_fresh.url().host);
        c.setPort(m_fresh.url().port);
        c.setDatabaseName(m_fresh.url().name);
        c.setUserName(QStringLiteral("k") + nip);
        c.setPassword(passwordOf(nip));
        c.setConnectOptions(QStringLiteral("sslmode=disable"));
        if (!c.open() && !quiet)
            qWarning("%s: %s", qPrintable(who), qPrintable(c.lastError().text()));
        return c;
    }

    bool canLogIn(const QString& nip)
    {
        bool opened = false;
        {
            QSqlDatabase c = connect(QStringLiteral("try"), nip, true);
            opened = c.isOpen();
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("attack-try"));
        return opened;
    }

    static QSqlDatabase as(const QString& who)
    {
        return QSqlDatabase::database(QStringLiteral("attack-") + who);
    }

    static QString run(const QString& who, const QString& sql)
    {
        QSqlQuery q(as(who));
        if (!q.exec(sql))
            return q.lastError().text();
        return {};
    }

    static QString expand(QString sql)
    {
        sql.replace(QStringLiteral("%ASN%"), AsnNip);
        sql.replace(QStringLiteral("%ADMIN%"), AdminNip);
        sql.replace(QStringLiteral("%ADMIN2%"), Admin2Nip);
        sql.replace(QStringLiteral("%NEW%"), NewNip);
        return sql;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestDatabase::isPostgres(), "run with KARIER_TEST_DIALECT=postgresql");
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        const qint64 unit = owner(
            QStringLiteral("INSERT INTO org_units (code, name) VALUES ('ATK', 'Dinas Uji') RETURNING id"))
                                .toLongLong();
        QVERIFY(unit > 0);
        for (const QString& nip : {AsnNip, AdminNip, Admin2Nip, NewNip})
            QVERIFY(owner(QStringLiteral(
                              "INSERT INTO employees (nip, nama, unit_id, jenis_pegawai, tanggal_lahir, "
                              "jenis_kelamin, tmt) VALUES ('%1', 'Pegawai %2', %3, 'PNS', '1990-01-01', "
                              "1, '2020-01-01') RETURNING id")
                              .arg(nip, nip.right(3))
                              .arg(unit))
                        .toLongLong()
                > 0);
        // An Induk Satker no longer used, a Satker, and an Induk without staff (for a Pengelola).
        QVERIFY(owner(QStringLiteral("INSERT INTO org_units (code, name, active) VALUES ('ATKLAMA', 'Dinas "
                                     "Lama', false) RETURNING id"))
                    .toLongLong()
            > 0);
        QVERIFY(owner(QStringLiteral("INSERT INTO org_units (code, name, parent_id) VALUES ('ATKS', 'Bidang "
                                     "Uji', %1) RETURNING id")
                          .arg(unit))
                    .toLongLong()
            > 0);
        QVERIFY(owner(QStringLiteral("INSERT INTO org_units (code, name) VALUES ('ATKP', 'Dinas Dikelola') "
                                     "RETURNING id"))
                    .toLongLong()
            > 0);
        AuthService auth(m_db);
        QVERIFY(auth.createAccount(nullptr, AsnNip, Role::Asn, 0, passwordOf(AsnNip)).ok());
        QVERIFY(
            auth.createAccount(nullptr, AdminNip, Role::Admin, 0, passwordOf(AdminNip), AdminSecret).ok());
        QVERIFY(
            auth.createAccount(nullptr, Admin2Nip, Role::Admin, 0, passwordOf(Admin2Nip), AdminSecret).ok());
        owner(QStringLiteral("INSERT INTO login_throttle (nip, failed_count, locked_until) VALUES ('%1', 7, "
                             "now() + interval '10 minutes')")
                  .arg(AsnNip));

        QVERIFY(connect(QStringLiteral("asn"), AsnNip).isOpen());
        QVERIFY(connect(QStringLiteral("admin"), AdminNip).isOpen()); // without the code: counts as an ASN
        QVERIFY(connect(QStringLiteral("adminOtp"), AdminNip).isOpen());
        QSqlQuery verify(as(QStringLiteral("adminOtp")));
        QVERIFY(verify.exec(QStringLiteral("SELECT karier_otp_verify('%1')")
                                .arg(Totp::code(AdminSecret, QDateTime::currentSecsSinceEpoch())))
            && verify.next());
        QCOMPARE(verify.value(0).toString().size(), 64);
        m_before = fingerprint();
    }

    void attack_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("sql");
        const auto row = [](const char* name, const char* who, const char* sql) {
            QTest::newRow(name) << QString::fromLatin1(who) << expand(QString::fromLatin1(sql));
        };
        // An ASN: nothing of an Admin's.
        row("asn makes itself admin", "asn", "SELECT karier_set_account_role('%ASN%', 'admin', NULL)");
        row("asn demotes an admin", "asn", "SELECT karier_set_account_role('%ADMIN%', 'asn', NULL)");
        row("asn deactivates an admin", "asn", "SELECT karier_set_account_active('%ADMIN%', false)");
        row("asn marks a password temporary", "asn", "SELECT karier_require_password_change('%ADMIN%')");
        row("asn reads lockouts", "asn", "SELECT * FROM karier_account_lockouts()");
        row("asn calls the inner check", "asn", "SELECT * FROM karier_account_for_change('%ADMIN%')");
        row("asn calls the last-admin check", "asn", "SELECT karier_require_other_admin(1)");
        row("asn clears its own mark", "asn", "UPDATE accounts SET must_change_password = false");
        row("asn activates by update", "asn", "UPDATE accounts SET active = true, role = 'admin'");
        // An Admin without the code counts as an ASN.
        row("admin without code deactivates", "admin", "SELECT karier_set_account_active('%ASN%', false)");
        row("admin without code reads lockouts", "admin", "SELECT * FROM karier_account_lockouts()");
        // An Admin with the code: never their own account.
        row("admin demotes itself", "adminOtp", "SELECT karier_set_account_role('%ADMIN%', 'asn', NULL)");
        row("admin deactivates itself", "adminOtp", "SELECT karier_set_account_active('%ADMIN%', false)");
        row("admin marks itself", "adminOtp", "SELECT karier_require_password_change('%ADMIN%')");
        row("admin resets its own code", "adminOtp", "SELECT karier_reset_otp('%ADMIN%')");
        row("admin gives a satker-less pengelola", "adminOtp",
            "SELECT karier_set_account_role('%ASN%', 'pengelola', NULL)");
        row("admin updates roles directly", "adminOtp",
            "UPDATE accounts SET role = 'asn' WHERE role = 'admin'");
        row("admin updates active directly", "adminOtp", "UPDATE accounts SET active = false");
        // A Pengelola manages an active Perangkat Daerah only (the server's trigger, not just the program).
        row("admin gives an inactive perangkat daerah", "adminOtp",
            "SELECT karier_set_account_role('%ASN%', 'pengelola', (SELECT id FROM org_units WHERE code = "
            "'ATKLAMA'))");
        row("admin gives a satker to manage", "adminOtp",
            "SELECT karier_set_account_role('%ASN%', 'pengelola', (SELECT id FROM org_units WHERE code = "
            "'ATKS'))");
        row("admin makes a pengelola of a satker", "adminOtp",
            "SELECT karier_create_account('%NEW%', 'pengelola', (SELECT id FROM org_units WHERE code = "
            "'ATKS'), "
            "'$argon2id$v=19$m=65536,t=3,p=1$x$y', NULL)");
        row("admin makes an asn manage a unit", "adminOtp",
            "SELECT karier_create_account('%NEW%', 'asn', (SELECT id FROM org_units WHERE code = 'ATKP'), "
            "'$argon2id$v=19$m=65536,t=3,p=1$x$y', NULL)");
    }

    void attack()
    {
        QFETCH(QString, who);
        QFETCH(QString, sql);
        const QString error = run(who, sql);
        QVERIFY2(!error.isEmpty(), qPrintable(QStringLiteral("not refused: ") + sql));
        QCOMPARE(fingerprint(), m_before);
    }

    void theLastActiveAdminStaysEvenForTheOwner()
    {
        QString error;
        owner(expand(QStringLiteral("UPDATE accounts SET active = false WHERE employee_id = (SELECT id FROM "
                                    "employees WHERE nip = '%ADMIN2%')")));
        const QString before = fingerprint();
        owner(expand(QStringLiteral("SELECT karier_set_account_active('%ADMIN%', false)")), &error);
        QVERIFY(error.contains(QLatin1String("terakhir")));
        owner(expand(QStringLiteral("SELECT karier_set_account_role('%ADMIN%', 'asn', NULL)")), &error);
        QVERIFY(error.contains(QLatin1String("terakhir")));
        QCOMPARE(fingerprint(), before);
        owner(expand(QStringLiteral("UPDATE accounts SET active = true WHERE employee_id = (SELECT id FROM "
                                    "employees WHERE nip = '%ADMIN2%')")));
    }

    void anAdminWithTheCodeManagesOthers()
    {
        QSqlQuery locks(as(QStringLiteral("adminOtp")));
        QVERIFY(locks.exec(QStringLiteral("SELECT nip FROM karier_account_lockouts()")) && locks.next());
        QCOMPARE(locks.value(0).toString(), AsnNip);
        QVERIFY(canLogIn(AsnNip));
        QCOMPARE(run(QStringLiteral("adminOtp"),
                     expand(QStringLiteral("SELECT karier_set_account_active('%ASN%', false)"))),
            QString());
        QVERIFY(!canLogIn(AsnNip));
        QCOMPARE(run(QStringLiteral("adminOtp"),
                     expand(QStringLiteral("SELECT karier_set_account_active('%ASN%', true)"))),
            QString());
        QVERIFY(canLogIn(AsnNip));
        QCOMPARE(run(QStringLiteral("adminOtp"),
                     expand(QStringLiteral("SELECT karier_require_password_change('%ASN%')"))),
            QString());
        QSqlQuery mark(as(QStringLiteral("asn")));
        QVERIFY(mark.exec(QStringLiteral("SELECT must_change_password FROM accounts")) && mark.next());
        QVERIFY(mark.value(0).toBool());
        QCOMPARE(run(QStringLiteral("adminOtp"),
                     expand(QStringLiteral("SELECT karier_set_account_role('%ADMIN2%', 'asn', NULL)"))),
            QString());
        QCOMPARE(owner(expand(QStringLiteral(
                           "SELECT a.role FROM accounts a JOIN employees e ON e.id = a.employee_id "
                           "WHERE e.nip = '%ADMIN2%'")))
                     .toString(),
            QStringLiteral("asn"));
    }

    void aManagedPerangkatDaerahStaysActive()
    {
        const QString admin = QStringLiteral("adminOtp");
        QCOMPARE(
            run(admin,
                expand(QStringLiteral("SELECT karier_set_account_role('%ASN%', 'pengelola', (SELECT id FROM "
                                      "org_units WHERE code = 'ATKP'))"))),
            QString());
        QString error;
        owner(QStringLiteral("UPDATE org_units SET active = false WHERE code = 'ATKP'"), &error);
        QVERIFY2(error.contains(QLatin1String("dikelola")), qPrintable(error));
        QCOMPARE(run(admin, expand(QStringLiteral("SELECT karier_set_account_role('%ASN%', 'asn', NULL)"))),
            QString());
        owner(QStringLiteral("UPDATE org_units SET active = false WHERE code = 'ATKP'"), &error);
        QCOMPARE(error, QString());
    }
};

QTEST_GUILESS_MAIN(TestAccountAttacks)
#include "TestAccountAttacks.moc"
