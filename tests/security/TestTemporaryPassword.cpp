// SPDX-License-Identifier: GPL-3.0-or-later
// A temporary password (a new account, an Admin's reset) is held back by the server, not only by the
// program (migration 15, postgres-account-guard.sql): whoever connects with it through their own SQL login,
// as psql would, reads their own account, employee and unit rows and can change the password, nothing more:
// not their own records, documents, Arsip DMS or audit, no Admin function even with the one-time code.
// The program's path still works (log in with the code, the forced change), and once the password is
// changed every right is back. Every table with row-level security carries the restrictive policy.
#include "TestDatabase.h"
#include "auth/AuthService.h"
#include "auth/PasswordHasher.h"
#include "auth/ScramVerifier.h"
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
const QString AsnNip = QStringLiteral("199105052021011921");
const QString AdminNip = QStringLiteral("198605052011011922");
const QString OtherAdminNip = QStringLiteral("198705052012012923");
const QByteArray AdminSecret = QByteArray("temporary-admin-key!", 20);

QString passwordOf(const QString& nip)
{
    return QStringLiteral("Sekar-Jagad-Sementara-") + nip.right(4) + QStringLiteral("!");
}

QString newPasswordOf(const QString& nip)
{
    return QStringLiteral("Parang-Kusumo-Baru-") + nip.right(4) + QStringLiteral("?");
}

} // namespace

class TestTemporaryPassword : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;

    QVariant owner(const QString& sql)
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
        if (!status)
            qWarning("owner: %s", qPrintable(status.error().message));
        return value;
    }

    QSqlDatabase connect(const QString& who, const QString& nip, const QString& password)
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("temp-") + who);
        c.setHostName(m_fresh.url().host);
        c.setPort(m_fresh.url().port);
        c.setDatabaseName(m_fresh.url().name);
        c.setUserName(QStringLiteral("k") + nip);
        c.setPassword(password);
        c.setConnectOptions(QStringLiteral("sslmode=disable"));
        if (!c.open())
            qWarning("%s: %s", qPrintable(who), qPrintable(c.lastError().text()));
        return c;
    }

    static QSqlDatabase as(const QString& who)
    {
        return QSqlDatabase::database(QStringLiteral("temp-") + who);
    }

    /// The first value of \a sql as \a who, or the error text in \a error.
    static QVariant value(const QString& who, const QString& sql, QString* error = nullptr)
    {
        QSqlQuery q(as(who));
        const bool ok = q.exec(sql);
        if (error)
            *error = ok ? QString() : q.lastError().text();
        return ok && q.next() ? q.value(0) : QVariant();
    }

    static qint64 count(const QString& who, const QString& table)
    {
        QString error;
        const QVariant n = value(who, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return error.isEmpty() ? n.toLongLong() : -1;
    }

    qint64 ownerCount(const QString& sql) { return owner(sql).toLongLong(); }

    /// A person's own change of their password, as the program makes it (karier_set_password).
    static QString changeOwnPassword(const QString& who, const QString& nip, const QString& password)
    {
        const auto hash = PasswordHasher::hash(password);
        if (!hash)
            return QStringLiteral("no hash");
        QSqlQuery q(as(who));
        q.prepare(QStringLiteral("SELECT karier_set_password(?, ?, ?)"));
        q.addBindValue(nip);
        q.addBindValue(*hash);
        q.addBindValue(ScramVerifier::make(password));
        if (!q.exec())
            return q.lastError().text();
        return q.next() && q.value(0).toBool() ? QString() : QStringLiteral("not changed");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestDatabase::isPostgres(), "run with KARIER_TEST_DIALECT=postgresql");
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        const qint64 unit
            = owner(QStringLiteral("INSERT INTO org_units (code, name) VALUES ('TMP', 'Dinas Sementara') "
                                   "RETURNING id"))
                  .toLongLong();
        QVERIFY(unit > 0);
        for (const QString& nip : {AsnNip, AdminNip, OtherAdminNip})
            QVERIFY(owner(QStringLiteral(
                              "INSERT INTO employees (nip, nama, unit_id, jenis_pegawai, tanggal_lahir, "
                              "jenis_kelamin, tmt) VALUES ('%1', 'Pegawai %2', %3, 'PNS', '1990-01-01', "
                              "1, '2020-01-01') RETURNING id")
                              .arg(nip, nip.right(3))
                              .arg(unit))
                        .toLongLong()
                > 0);
        AuthService auth(m_db);
        QVERIFY(auth.createAccount(nullptr, AsnNip, Role::Asn, 0, passwordOf(AsnNip)).ok());
        QVERIFY(
            auth.createAccount(nullptr, AdminNip, Role::Admin, 0, passwordOf(AdminNip), AdminSecret).ok());
        QVERIFY(
            auth.createAccount(nullptr, OtherAdminNip, Role::Admin, 0, passwordOf(OtherAdminNip), AdminSecret)
                .ok());
        // The ASN's own data: two records, a document, an Arsip DMS row, audit entries.
        const qint64 asn
            = ownerCount(QStringLiteral("SELECT id FROM employees WHERE nip = '%1'").arg(AsnNip));
        QVERIFY(
            owner(QStringLiteral("INSERT INTO documents (sha256, size_bytes, pages, original_name, "
                                 "created_by_nip) VALUES (repeat('a', 64), 10, 1, 'sertifikat.pdf', '%1') "
                                 "RETURNING id")
                      .arg(AsnNip))
                .toLongLong()
            > 0);
        for (const char* status : {"draf", "diajukan"})
            QVERIFY(
                owner(QStringLiteral("INSERT INTO records (employee_id, record_type, status, fields, title) "
                                     "VALUES (%1, 'kursus', '%2', '{}', 'Kursus %2') RETURNING id")
                          .arg(asn)
                          .arg(QLatin1String(status)))
                    .toLongLong()
                > 0);
        owner(QStringLiteral("SELECT karier_audit(NULL, '%1', 'login', 'akun', '1', NULL, NULL, NULL)")
                  .arg(AsnNip));
        // Both passwords are temporary now, as after an Admin's reset.
        for (const QString& nip : {AsnNip, AdminNip})
            QVERIFY(owner(QStringLiteral("SELECT karier_require_password_change('%1')").arg(nip)).toBool());

        QVERIFY(connect(QStringLiteral("asn"), AsnNip, passwordOf(AsnNip)).isOpen());
        QVERIFY(connect(QStringLiteral("admin"), AdminNip, passwordOf(AdminNip)).isOpen());
        // The Admin verifies the one-time code: the server issues the token as always.
        const QVariant token = value(QStringLiteral("admin"),
            QStringLiteral("SELECT karier_otp_verify('%1')")
                .arg(Totp::code(AdminSecret, QDateTime::currentSecsSinceEpoch())));
        QCOMPARE(token.toString().size(), 64);
    }

    void everyTableWithRowSecurityHasThePolicy()
    {
        const QString missing
            = owner(QStringLiteral(
                        "SELECT COALESCE(string_agg(c.relname, ', ' ORDER BY c.relname), '') FROM pg_class c "
                        "JOIN pg_namespace n ON n.oid = c.relnamespace "
                        "WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity "
                        "AND c.relname NOT IN ('org_units', 'app_settings', 'schema_migrations') "
                        "AND NOT EXISTS (SELECT 1 FROM pg_policies p WHERE p.schemaname = 'public' "
                        "AND p.tablename = c.relname AND p.policyname = 'password_current' "
                        "AND p.permissive = 'RESTRICTIVE')"))
                  .toString();
        QVERIFY(
            owner(QStringLiteral("SELECT COUNT(*) FROM pg_policies WHERE policyname = 'password_current'"))
                .toInt()
            >= 8);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }

    void theLoginReadsOnlyItsOwnRows()
    {
        const QString asn = QStringLiteral("asn");
        QCOMPARE(value(asn, QStringLiteral("SELECT must_change_password FROM accounts")).toBool(), true);
        QCOMPARE(count(asn, QStringLiteral("accounts")), 1);
        QCOMPARE(count(asn, QStringLiteral("employees")), 1);
        QCOMPARE(value(asn, QStringLiteral("SELECT karier_role()")).toString(), QStringLiteral("asn"));
        // What the login shows: name, unit.
        QCOMPARE(count(asn, QStringLiteral("org_units")), 1);
    }

    void theRestIsHiddenAndRefused_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("sql");
        const auto row = [](const char* name, const char* who, const char* sql) {
            QString text = QString::fromLatin1(sql);
            text.replace(QStringLiteral("%ASN%"), AsnNip);
            text.replace(QStringLiteral("%OTHER%"), OtherAdminNip);
            QTest::newRow(name) << QString::fromLatin1(who) << text;
        };
        row("asn adds a record", "asn",
            "INSERT INTO records (employee_id, record_type, status, fields) SELECT id, 'kursus', 'draf', "
            "'{}' "
            "FROM employees WHERE nip = '%ASN%'");
        row("asn adds a document", "asn",
            "INSERT INTO documents (sha256, size_bytes, pages, original_name, created_by_nip) "
            "VALUES (repeat('b', 64), 10, 1, 'x.pdf', '%ASN%')");
        row("asn marks its visit", "asn", "UPDATE accounts SET last_visit_at = now() RETURNING id");
        row("asn clears its own mark", "asn",
            "UPDATE accounts SET must_change_password = false RETURNING id");
        row("asn deletes its draft", "asn", "DELETE FROM records RETURNING id");
        row("admin with code reads lockouts", "admin", "SELECT * FROM karier_account_lockouts()");
        row("admin with code deactivates", "admin", "SELECT karier_set_account_active('%ASN%', false)");
        row("admin with code promotes", "admin", "SELECT karier_set_account_role('%ASN%', 'admin', NULL)");
        row("admin with code resets a code", "admin", "SELECT karier_reset_otp('%OTHER%')");
        row("admin with code sets a password", "admin",
            "SELECT karier_set_password('%ASN%', '$argon2id$v=19$x', 'SCRAM-SHA-256$4096:x')");
        row("admin with code adds a unit", "admin", "INSERT INTO org_units (code, name) VALUES ('X9', 'X')");
        row("admin with code changes settings", "admin",
            "UPDATE app_settings SET value = value RETURNING key");
    }

    void theRestIsHiddenAndRefused()
    {
        QFETCH(QString, who);
        QFETCH(QString, sql);
        const auto fingerprint = [this] {
            return owner(
                QStringLiteral(
                    "SELECT md5(concat((SELECT string_agg(t::text, '|' ORDER BY t.id) FROM accounts t), "
                    "(SELECT string_agg(t::text, '|' ORDER BY t.id) FROM records t), "
                    "(SELECT string_agg(t::text, '|' ORDER BY t.id) FROM documents t), "
                    "(SELECT string_agg(t::text, '|' ORDER BY t.id) FROM org_units t), "
                    "(SELECT string_agg(t::text, '|' ORDER BY t.key) FROM app_settings t)))"))
                .toString();
        };
        const QString before = fingerprint();
        QString error;
        const QVariant answer = value(who, sql, &error);
        QVERIFY2(!error.isEmpty() || !answer.isValid(), qPrintable(QStringLiteral("not refused: ") + sql));
        QCOMPARE(fingerprint(), before);
    }

    void ownDataIsHidden_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("table");
        for (const char* table :
            {"records", "documents", "document_blobs", "dms_rows", "dms_scores", "audit_log"})
            QTest::newRow(table) << QStringLiteral("asn") << QString::fromLatin1(table);
        // An Admin with the code but a temporary password: no Admin reading either.
        for (const char* table : {"records", "audit_log"})
            QTest::newRow(qPrintable(QStringLiteral("admin ") + QLatin1String(table)))
                << QStringLiteral("admin") << QString::fromLatin1(table);
    }

    void ownDataIsHidden()
    {
        QFETCH(QString, who);
        QFETCH(QString, table);
        QCOMPARE(count(who, table), 0);
    }

    void theAdminSeesOnlyItself()
    {
        QCOMPARE(value(QStringLiteral("admin"), QStringLiteral("SELECT karier_role()")).toString(),
            QStringLiteral("asn"));
        QCOMPARE(count(QStringLiteral("admin"), QStringLiteral("accounts")), 1);
        QCOMPARE(count(QStringLiteral("admin"), QStringLiteral("employees")), 1);
    }

    void theProgramsPathStillWorks()
    {
        // Log in with the temporary password and the code, as the login window does.
        AuthService::Outcome outcome
            = AuthService::loginToServer(m_fresh.url(), AdminNip, passwordOf(AdminNip));
        QCOMPARE(int(outcome.kind), int(AuthService::Outcome::Kind::NeedOtp));
        QVERIFY(outcome.database);
        AuthService onServer(outcome.database);
        // The code of the next step: the test's own connection used the current one already.
        const AuthService::Outcome done = onServer.verifyOtp(
            *outcome.pending, Totp::code(AdminSecret, QDateTime::currentSecsSinceEpoch() + 30));
        QVERIFY2(done.kind == AuthService::Outcome::Kind::LoggedIn, qPrintable(done.message));
        QVERIFY(done.session->mustChangePassword);
        QCOMPARE(done.session->role, Role::Admin);
        QVERIFY(onServer.changePassword(*done.session, passwordOf(AdminNip), newPasswordOf(AdminNip)).ok());
        // The new password counts on the server at once.
        qint64 employees = -1;
        QVERIFY(outcome.database
                    ->read([&](QSqlDatabase& c) -> Status {
                        QSqlQuery q(c);
                        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM employees")) && q.next())
                            employees = q.value(0).toLongLong();
                        return {};
                    })
                    .ok());
        QCOMPARE(employees, 3);
    }

    void changingThePasswordBringsTheRightsBack()
    {
        const QString asn = QStringLiteral("asn");
        QCOMPARE(changeOwnPassword(asn, AsnNip, newPasswordOf(AsnNip)), QString());
        QCOMPARE(value(asn, QStringLiteral("SELECT must_change_password FROM accounts")).toBool(), false);
        QCOMPARE(count(asn, QStringLiteral("records")), 2);
        QCOMPARE(count(asn, QStringLiteral("documents")), 1);
        QVERIFY(count(asn, QStringLiteral("audit_log")) >= 1);
        QString error;
        value(asn,
            QStringLiteral(
                "INSERT INTO records (employee_id, record_type, status, fields) SELECT id, 'kursus', "
                "'draf', '{}' FROM employees WHERE nip = '%1' RETURNING id")
                .arg(AsnNip),
            &error);
        QCOMPARE(error, QString());
    }
};

QTEST_GUILESS_MAIN(TestTemporaryPassword)
#include "TestTemporaryPassword.moc"
