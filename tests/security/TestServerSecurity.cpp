// SPDX-License-Identifier: GPL-3.0-or-later
// The server holds against its own users (issue 16). On the throwaway PostgreSQL cluster, people
// connect with their own LOGIN role and password, as a curious ASN would with psql: plain QPSQL, no
// service in between. Every attack is refused (an error, no rows, or no row changed) and, at the end,
// every table is byte for byte what it was. The legitimate paths are checked too, so a refusal is a
// rule and not a broken grant: an ASN reads their own records, a Pengelola with the one-time code
// decides Tim Kerja of their Perangkat Daerah, the server stamps who decided.
#include "TestDatabase.h"
#include "approval/ApprovalService.h"
#include "auth/AuthService.h"
#include "auth/Base32.h"
#include "auth/ScramVerifier.h"
#include "auth/Totp.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>
#include <algorithm>

using namespace karier;
using karier::test::TestDatabase;

namespace {

// NIPs of this test only: login roles are cluster-wide, so they must not be another test's.
const QString AsnA = QStringLiteral("199001012020011901");
const QString AsnA2 = QStringLiteral("199002022020012902");
const QString AsnB = QStringLiteral("199003032020011903");
const QString PengelolaA = QStringLiteral("198804042015052904");
const QString AdminNip = QStringLiteral("198505052010011905");
const QString Admin2Nip = QStringLiteral("198606062010012906");

QString passwordOf(const QString& nip)
{
    return QStringLiteral("Lembayung-Senja-") + nip.right(4) + QStringLiteral("!");
}

const QByteArray PengelolaSecret = QByteArray("pengelola-secret-20b", 20);
const QByteArray AdminSecret = QByteArray("admin-secret-twentyB", 20);

enum class Expect {
    Error, ///< the statement fails
    Empty, ///< it fails, or returns no row
    NoEffect, ///< it fails, or changes no row
    Invalid, ///< refused as an invalid value (SQLSTATE 22023) before anything runs
};

} // namespace

Q_DECLARE_METATYPE(Expect)

class TestServerSecurity : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    QMap<QString, QString> m_connections; // who → connection name
    QMap<QString, qint64> m_ids; // names of the rows made in initTestCase
    QString m_fingerprint;
    QString m_adminToken;
    QString m_adminCode;

    /// Runs \a sql as the owner (the cluster's superuser) and returns the first column of the first row.
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
            qWarning("%s", qPrintable(status.error().message));
        return value;
    }

    /// Every row of every table, as the owner sees it (the audit log included).
    QString fingerprint()
    {
        QStringList parts;
        for (const char* table : {"org_units", "employees", "accounts", "login_throttle", "audit_log",
                 "app_settings", "documents", "document_blobs", "records", "dms_rows", "dms_scores",
                 "karier_sessions", "siasn_exports", "record_versions"}) {
            parts << owner(
                QStringLiteral("SELECT md5(COALESCE(string_agg(t::text, '|' ORDER BY t::text), '')) "
                               "FROM %1 t")
                    .arg(QLatin1String(table)))
                         .toString();
        }
        return parts.join(QLatin1Char(','));
    }

    /// A connection as the person with \a nip and their password (plain QPSQL, as psql would).
    QString connect(const QString& who, const QString& nip, const QString& password)
    {
        const QString name = QStringLiteral("security-") + who;
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        c.setHostName(m_fresh.url().host);
        c.setPort(m_fresh.url().port);
        c.setDatabaseName(m_fresh.url().name);
        c.setUserName(QStringLiteral("k") + nip);
        c.setPassword(password);
        c.setConnectOptions(QStringLiteral("sslmode=disable"));
        if (!c.open()) {
            qWarning("%s: %s", qPrintable(who), qPrintable(c.lastError().text()));
            return {};
        }
        m_connections.insert(who, name);
        return name;
    }

    /// Whether the person with \a nip can log in with \a password (a throwaway connection).
    bool canLogIn(const QString& nip, const QString& password) const
    {
        const QString name = QStringLiteral("security-try");
        bool opened = false;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            c.setHostName(m_fresh.url().host);
            c.setPort(m_fresh.url().port);
            c.setDatabaseName(m_fresh.url().name);
            c.setUserName(QStringLiteral("k") + nip);
            c.setPassword(password);
            c.setConnectOptions(QStringLiteral("sslmode=disable"));
            opened = c.open();
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
        return opened;
    }

    QSqlDatabase as(const QString& who) const { return QSqlDatabase::database(m_connections.value(who)); }

    static QVariant scalar(QSqlDatabase c, const QString& sql)
    {
        QSqlQuery q(c);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    QString otpNow(const QByteArray& secret) const
    {
        return Totp::code(secret, QDateTime::currentSecsSinceEpoch());
    }

    /// Replaces :name placeholders with the ids and NIPs of the rows made in initTestCase.
    QString expand(QString sql) const
    {
        QStringList keys = m_ids.keys(); // longest first: ":sentAdmin" before ":sentA"
        std::sort(
            keys.begin(), keys.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
        for (const QString& key : keys)
            sql.replace(QLatin1Char(':') + key, QString::number(m_ids.value(key)));
        sql.replace(QStringLiteral("%ASN_A%"), AsnA);
        sql.replace(QStringLiteral("%ASN_B%"), AsnB);
        sql.replace(QStringLiteral("%ADMIN%"), AdminNip);
        sql.replace(QStringLiteral("%PENGELOLA%"), PengelolaA);
        sql.replace(QStringLiteral("%ADMIN_TOKEN%"), m_adminToken);
        return sql;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestDatabase::isPostgres(), "run with KARIER_TEST_DIALECT=postgresql");
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);

        // Two Perangkat Daerah, each with a Satker; six people.
        m_ids["unitA"] = owner("INSERT INTO org_units (code, name) VALUES ('SEC-A', 'Dinas A') RETURNING id")
                             .toLongLong();
        m_ids["unitA1"]
            = owner(QStringLiteral("INSERT INTO org_units (code, name, parent_id) VALUES ('SEC-A1', "
                                   "'Bidang A1', %1) RETURNING id")
                        .arg(m_ids["unitA"]))
                  .toLongLong();
        m_ids["unitB"] = owner("INSERT INTO org_units (code, name) VALUES ('SEC-B', 'Dinas B') RETURNING id")
                             .toLongLong();
        const auto employee = [&](const QString& key, const QString& nip, const QString& nama, qint64 unit) {
            m_ids[key]
                = owner(QStringLiteral("INSERT INTO employees (nip, nama, unit_id, jenis_pegawai, "
                                       "tanggal_lahir, jenis_kelamin, tmt) VALUES ('%1', '%2', %3, 'PNS', "
                                       "'1990-01-01', 1, '2020-01-01') RETURNING id")
                            .arg(nip, nama)
                            .arg(unit))
                      .toLongLong();
        };
        employee(QStringLiteral("asnA"), AsnA, QStringLiteral("Asn A"), m_ids["unitA1"]);
        employee(QStringLiteral("asnA2"), AsnA2, QStringLiteral("Asn A Dua"), m_ids["unitA"]);
        employee(QStringLiteral("asnB"), AsnB, QStringLiteral("Asn B"), m_ids["unitB"]);
        employee(QStringLiteral("pengelola"), PengelolaA, QStringLiteral("Pengelola A"), m_ids["unitA"]);
        employee(QStringLiteral("admin"), AdminNip, QStringLiteral("Admin Satu"), m_ids["unitB"]);
        employee(QStringLiteral("admin2"), Admin2Nip, QStringLiteral("Admin Dua"), m_ids["unitB"]);
        for (const qint64 id :
            {m_ids["asnA"], m_ids["asnA2"], m_ids["asnB"], m_ids["pengelola"], m_ids["admin"]})
            QVERIFY(id > 0);

        // Accounts through the service: each gets its own LOGIN role with its password.
        AuthService auth(m_db);
        QVERIFY(auth.createAccount(nullptr, AsnA, Role::Asn, 0, passwordOf(AsnA)).ok());
        QVERIFY(auth.createAccount(nullptr, AsnA2, Role::Asn, 0, passwordOf(AsnA2)).ok());
        QVERIFY(auth.createAccount(nullptr, AsnB, Role::Asn, 0, passwordOf(AsnB)).ok());
        QVERIFY(auth.createAccount(nullptr, PengelolaA, Role::Pengelola, m_ids["unitA"],
                        passwordOf(PengelolaA), PengelolaSecret)
                    .ok());
        QVERIFY(
            auth.createAccount(nullptr, AdminNip, Role::Admin, 0, passwordOf(AdminNip), AdminSecret).ok());
        QVERIFY(
            auth.createAccount(nullptr, Admin2Nip, Role::Admin, 0, passwordOf(Admin2Nip), AdminSecret).ok());

        // Records: drafts and submissions of A, B, the Pengelola's staff (Tim Kerja) and the Admin.
        const auto record = [&](const QString& key, const QString& employeeKey, const QString& type,
                                const QString& status) {
            m_ids[key] = owner(
                QStringLiteral("INSERT INTO records (employee_id, record_type, status, fields, title, "
                               "submitted_at) VALUES (%1, '%2', '%3', '{}', '%4', now()) RETURNING id")
                    .arg(m_ids[employeeKey])
                    .arg(type, status, key))
                             .toLongLong();
            QVERIFY(m_ids[key] > 0);
        };
        record(QStringLiteral("draftA"), QStringLiteral("asnA"), QStringLiteral("kursus"),
            QStringLiteral("draf"));
        record(QStringLiteral("sentA"), QStringLiteral("asnA"), QStringLiteral("kursus"),
            QStringLiteral("diajukan"));
        record(QStringLiteral("sentB"), QStringLiteral("asnB"), QStringLiteral("kursus"),
            QStringLiteral("diajukan"));
        record(QStringLiteral("timA2"), QStringLiteral("asnA2"), QStringLiteral("timkerja"),
            QStringLiteral("diajukan"));
        record(QStringLiteral("timB"), QStringLiteral("asnB"), QStringLiteral("timkerja"),
            QStringLiteral("diajukan"));
        record(QStringLiteral("sentAdmin"), QStringLiteral("admin"), QStringLiteral("kursus"),
            QStringLiteral("diajukan"));
        m_ids["docB"]
            = owner(QStringLiteral("INSERT INTO documents (sha256, size_bytes, pages, original_name, "
                                   "created_by_nip) VALUES (repeat('b', 64), 5, 1, 'b.pdf', '%1') "
                                   "RETURNING id")
                        .arg(AsnB))
                  .toLongLong();
        owner(QStringLiteral("INSERT INTO document_blobs (document_id, content) VALUES (%1, '%PDF-')")
                  .arg(m_ids["docB"]));
        owner(QStringLiteral("UPDATE records SET document_id = %1 WHERE id = %2")
                  .arg(m_ids["docB"])
                  .arg(m_ids["sentB"]));
        owner(QStringLiteral(
            "INSERT INTO audit_log (actor_nip, action, entity, entity_id) VALUES ('%1', 'diajukan', "
            "'kursus', '%2')")
                  .arg(AsnB)
                  .arg(m_ids["sentB"]));
        owner(QStringLiteral(
            "INSERT INTO record_versions (record_id, employee_id, record_type, fields, "
            "submitted_by_nip, submitted_at) SELECT id, employee_id, record_type, fields, '%1', "
            "CURRENT_TIMESTAMP FROM records WHERE id = %2")
                  .arg(AsnB)
                  .arg(m_ids["sentB"]));
        owner(
            QStringLiteral("INSERT INTO login_throttle (nip, failed_count) VALUES ('%1', 2)").arg(AdminNip));

        // The people connect with their own passwords; the Pengelola and one Admin also pass the code.
        QVERIFY(!connect(QStringLiteral("asn"), AsnA, passwordOf(AsnA)).isEmpty());
        QVERIFY(!connect(QStringLiteral("asnB"), AsnB, passwordOf(AsnB)).isEmpty());
        QVERIFY(!connect(QStringLiteral("pengelola"), PengelolaA, passwordOf(PengelolaA)).isEmpty());
        QVERIFY(!connect(QStringLiteral("pengelolaOtp"), PengelolaA, passwordOf(PengelolaA)).isEmpty());
        QVERIFY(!connect(QStringLiteral("admin"), AdminNip, passwordOf(AdminNip)).isEmpty());
        QVERIFY(!connect(QStringLiteral("adminOtp"), AdminNip, passwordOf(AdminNip)).isEmpty());
        QVERIFY(!connect(QStringLiteral("admin2"), Admin2Nip, passwordOf(Admin2Nip)).isEmpty());
        const QString pengelolaToken = scalar(as(QStringLiteral("pengelolaOtp")),
            QStringLiteral("SELECT karier_otp_verify('%1')").arg(otpNow(PengelolaSecret)))
                                           .toString();
        QVERIFY2(pengelolaToken.size() == 64, "the Pengelola's right code gives a session token");
        m_adminCode = otpNow(AdminSecret);
        m_adminToken = scalar(
            as(QStringLiteral("adminOtp")), QStringLiteral("SELECT karier_otp_verify('%1')").arg(m_adminCode))
                           .toString();
        QVERIFY2(m_adminToken.size() == 64, "the Admin's right code gives a session token");
        QCOMPARE(scalar(as(QStringLiteral("adminOtp")), QStringLiteral("SELECT karier_role()")).toString(),
            QStringLiteral("admin"));
        QCOMPARE(scalar(as(QStringLiteral("admin")), QStringLiteral("SELECT karier_role()")).toString(),
            QStringLiteral("asn"));

        m_fingerprint = fingerprint();
    }

    void wrongPasswordCannotConnect()
    {
        QVERIFY(!canLogIn(AsnA, passwordOf(AsnB)));
        QVERIFY(canLogIn(AsnA, passwordOf(AsnA)));
    }

    void attack_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<Expect>("expect");
        const auto row = [](const char* name, const char* who, const char* sql, Expect expect) {
            QTest::newRow(name) << QString::fromLatin1(who) << QString::fromUtf8(sql) << expect;
        };
        // Secrets.
        row("asn reads password hashes", "asn", "SELECT password_hash FROM accounts", Expect::Error);
        row("asn reads otp secrets", "asn", "SELECT otp_secret FROM accounts", Expect::Error);
        row("asn reads whole accounts", "asn", "SELECT * FROM accounts", Expect::Error);
        row("admin reads otp secrets", "adminOtp", "SELECT otp_secret FROM accounts", Expect::Error);
        row("admin reads password hashes", "adminOtp", "SELECT password_hash FROM accounts", Expect::Error);
        row("asn reads the lockout table", "asn", "SELECT * FROM login_throttle", Expect::Error);
        row("asn reads session tokens", "asn", "SELECT * FROM karier_sessions", Expect::Error);
        row("asn reads pg_authid", "asn", "SELECT rolpassword FROM pg_authid", Expect::Error);
        row("asn reads a server file", "asn", "SELECT pg_read_file('/etc/passwd')", Expect::Error);
        row("asn imports a server file", "asn", "SELECT lo_import('/etc/passwd')", Expect::Error);
        row("asn copies from a server file", "asn", "COPY audit_log FROM '/etc/passwd'", Expect::Error);
        row("asn copies to a server file", "asn", "COPY (SELECT 1) TO '/tmp/karier-security'", Expect::Error);
        row("asn runs a program", "asn", "COPY audit_log FROM PROGRAM 'id'", Expect::Error);
        // Other people's data.
        row("asn reads another employee", "asn", "SELECT nip FROM employees WHERE nip = '%ASN_B%'",
            Expect::Empty);
        row("asn reads another's records", "asn", "SELECT id FROM records WHERE id = :sentB", Expect::Empty);
        // Submitted versions (schema 13): read with their record, written by its owner only while it waits.
        row("asn reads another's versions", "asn",
            "SELECT fields FROM record_versions WHERE record_id = :sentB", Expect::Empty);
        row("asn forges a version of another's record", "asn",
            "INSERT INTO record_versions (record_id, employee_id, record_type, fields, submitted_by_nip, "
            "submitted_at) SELECT :sentB, id, 'kursus', '{}', nip, now() FROM employees",
            Expect::Error);
        row("asn versions their own draft", "asn",
            "INSERT INTO record_versions (record_id, employee_id, record_type, fields, submitted_by_nip, "
            "submitted_at) SELECT id, employee_id, record_type, fields, '%ASN_B%', now() FROM records "
            "WHERE id = :draftA",
            Expect::Error);
        row("asn rewrites a version", "asnB", "UPDATE record_versions SET fields = '{}'", Expect::Error);
        row("asn deletes a version", "asnB", "DELETE FROM record_versions", Expect::Error);
        row("admin rewrites a version", "adminOtp", "UPDATE record_versions SET fields = '{}'",
            Expect::Error);
        row("asn reads another's pdf", "asn", "SELECT content FROM document_blobs WHERE document_id = :docB",
            Expect::Empty);
        row("asn reads another's document", "asn", "SELECT id FROM documents WHERE id = :docB",
            Expect::Empty);
        row("asn reads another's audit", "asn", "SELECT id FROM audit_log WHERE entity_id = ':sentB'",
            Expect::Empty);
        row("asn reads another unit", "asn", "SELECT id FROM org_units WHERE id = :unitB", Expect::Empty);
        row("asn reads other accounts", "asn", "SELECT id FROM accounts WHERE employee_id <> :asnA",
            Expect::Empty);
        row("asn reads other dms scores", "asn",
            "SELECT employee_id FROM dms_scores WHERE employee_id <> :asnA", Expect::Empty);
        row("pengelola without code reads staff tim kerja", "pengelola",
            "SELECT id FROM records WHERE id = :timA2", Expect::Empty);
        row("pengelola reads another unit's tim kerja", "pengelolaOtp",
            "SELECT id FROM records WHERE id = :timB", Expect::Empty);
        row("pengelola reads staff kursus", "pengelolaOtp", "SELECT id FROM records WHERE id = :sentA",
            Expect::Empty);
        row("admin without code reads others", "admin", "SELECT id FROM records WHERE id = :sentB",
            Expect::Empty);
        // Status changes and forged decisions.
        row("asn approves own submission", "asn", "UPDATE records SET status = 'disetujui' WHERE id = :sentA",
            Expect::Error);
        row("asn forges a decider", "asn", "UPDATE records SET decided_by_nip = '%ADMIN%' WHERE id = :draftA",
            Expect::Error);
        row("asn writes the verifier's note", "asn", "UPDATE records SET note = 'ok' WHERE id = :sentA",
            Expect::Error);
        row("asn approves another's", "asn", "UPDATE records SET status = 'disetujui' WHERE id = :sentB",
            Expect::NoEffect);
        row("asn deletes another's", "asn", "DELETE FROM records WHERE id = :sentB", Expect::NoEffect);
        row("asn moves a record to self", "asn", "UPDATE records SET employee_id = :asnA WHERE id = :sentB",
            Expect::NoEffect);
        row("asn inserts for another", "asn",
            "INSERT INTO records (employee_id, record_type, status, fields) VALUES (:asnB, 'kursus', 'draf', "
            "'{}')",
            Expect::Error);
        row("asn inserts an approved record", "asn",
            "INSERT INTO records (employee_id, record_type, status, fields) VALUES (:asnA, 'kursus', "
            "'disetujui', "
            "'{}')",
            Expect::Error);
        row("pengelola without code decides", "pengelola",
            "UPDATE records SET status = 'disetujui' WHERE id = :timA2", Expect::NoEffect);
        row("pengelola decides a kursus", "pengelolaOtp",
            "UPDATE records SET status = 'disetujui' WHERE id = :sentA", Expect::NoEffect);
        row("pengelola decides another unit", "pengelolaOtp",
            "UPDATE records SET status = 'disetujui' WHERE id = :timB", Expect::NoEffect);
        row("pengelola edits while deciding", "pengelolaOtp",
            "UPDATE records SET status = 'disetujui', title = 'lain' WHERE id = :timA2", Expect::Error);
        row("admin decides own submission", "adminOtp",
            "UPDATE records SET status = 'disetujui' WHERE id = :sentAdmin", Expect::NoEffect);
        row("admin gives self an award", "adminOtp",
            "INSERT INTO records (employee_id, record_type, status, fields, decided_by_nip) VALUES (:admin, "
            "'penghargaan', 'disetujui', '{}', '%ADMIN%')",
            Expect::Error);
        row("admin without code batch-approves", "admin",
            "INSERT INTO records (employee_id, record_type, status, fields, decided_by_nip) VALUES (:asnB, "
            "'penghargaan', 'disetujui', '{}', '%ADMIN%')",
            Expect::Error);
        row("admin un-decides", "adminOtp", "UPDATE records SET status = 'diajukan' WHERE id = :draftA",
            Expect::Error);
        // Audit.
        row("asn writes audit", "asn",
            "INSERT INTO audit_log (actor_nip, action, entity) VALUES ('%ADMIN%', 'setujui', 'records')",
            Expect::Error);
        row("admin edits audit", "adminOtp", "UPDATE audit_log SET note = 'x'", Expect::Error);
        row("admin deletes audit", "adminOtp", "DELETE FROM audit_log", Expect::Error);
        row("asn disables audit trigger", "asn", "ALTER TABLE audit_log DISABLE TRIGGER ALL", Expect::Error);
        row("admin disables audit trigger", "adminOtp", "ALTER TABLE audit_log DISABLE TRIGGER ALL",
            Expect::Error);
        row("admin disables row security", "adminOtp", "ALTER TABLE records DISABLE ROW LEVEL SECURITY",
            Expect::Error);
        row("admin truncates audit", "adminOtp", "TRUNCATE audit_log", Expect::Error);
        row("asn truncates records", "asn", "TRUNCATE records", Expect::Error);
        row("asn drops records", "asn", "DROP TABLE records", Expect::Error);
        row("asn drops the guard trigger", "asn", "DROP TRIGGER records_guard ON records", Expect::Error);
        // Accounts and roles.
        row("asn becomes admin", "asn", "UPDATE accounts SET role = 'admin' WHERE employee_id = :asnA",
            Expect::Error);
        row("asn copies a hash", "asn", "UPDATE accounts SET password_hash = 'x' WHERE employee_id = :admin",
            Expect::Error);
        row("asn clears a lockout", "asn", "DELETE FROM login_throttle", Expect::Error);
        row("asn sets an admin's password", "asn", "SELECT karier_set_login('%ADMIN%', NULL)", Expect::Error);
        row("asn clears a lockout by function", "asn", "SELECT * FROM karier_clear_lockout('%ADMIN%')",
            Expect::Error);
        row("admin without code clears a lockout", "admin", "SELECT * FROM karier_clear_lockout('%ADMIN%')",
            Expect::Error);
        row("asn resets the admin's code", "asn", "SELECT karier_reset_otp('%ADMIN%')", Expect::Error);
        row("asn sets the admin's password", "asn",
            "SELECT karier_set_password('%ADMIN%', '$argon2id$x', 'SCRAM-SHA-256$4096:YQ==$YQ==:YQ==')",
            Expect::Error);
        row("admin without code sets a password", "admin",
            "SELECT karier_set_password('%ASN_A%', '$argon2id$x', 'SCRAM-SHA-256$4096:YQ==$YQ==:YQ==')",
            Expect::Error);
        row("asn sets an empty hash", "asn",
            "SELECT karier_set_password('%ASN_A%', '', 'SCRAM-SHA-256$4096:YQ==$YQ==:YQ==')",
            Expect::Invalid);
        row("pengelola resets a code", "pengelolaOtp", "SELECT karier_reset_otp('%ASN_A%')", Expect::Error);
        row("asn creates an account", "asn",
            "SELECT karier_create_account('%ASN_B%', 'admin', NULL, 'x', NULL)", Expect::Error);
        row("admin without code creates an account", "admin",
            "SELECT karier_create_account('%ASN_B%', 'admin', NULL, 'x', NULL)", Expect::Error);
        row("pengelola sets another's password", "pengelolaOtp", "SELECT karier_set_login('%ASN_A%', NULL)",
            Expect::Error);
        row("asn injects through a password verifier", "asn",
            "SELECT karier_set_login('%ASN_A%', 'SCRAM-SHA-256$4096:a$b:c''; ALTER ROLE k%ASN_A% SUPERUSER; "
            "--')",
            Expect::Invalid);
        row("asn names a login with SQL", "asn", "SELECT karier_set_login('1 OR 1=1', NULL)",
            Expect::Invalid);
        row("asn creates a role", "asn", "CREATE ROLE karier_evil LOGIN PASSWORD 'x'", Expect::Error);
        row("asn grants self admin", "asn", "GRANT karier_admin TO k%ASN_A%", Expect::Error);
        row("asn alters own role", "asn", "ALTER ROLE k%ASN_A% CREATEROLE", Expect::Error);
        row("asn sets role admin group", "asn", "SET ROLE karier_admin", Expect::Error);
        row("asn sets role admin person", "asn", "SET ROLE k%ADMIN%", Expect::Error);
        row("asn session authorization", "asn", "SET SESSION AUTHORIZATION k%ADMIN%", Expect::Error);
        row("asn presents the admin's token", "asn",
            "SELECT set_config('karier.session', '%ADMIN_TOKEN%', false)\n;\n"
            "SELECT 1 WHERE karier_role() <> 'asn'",
            Expect::Empty);
        row("asn with the admin's token reads others", "asn",
            "SELECT set_config('karier.session', '%ADMIN_TOKEN%', false)\n;\n"
            "SELECT id FROM records WHERE id = :sentB",
            Expect::Empty);
        row("admin2 presents the admin's token", "admin2",
            "SELECT set_config('karier.session', '%ADMIN_TOKEN%', false)\n;\n"
            "SELECT 1 WHERE karier_role() = 'admin'",
            Expect::Empty);
        row("asn joins the admin's session", "asn", "SELECT 1 WHERE karier_session_join('%ADMIN_TOKEN%')",
            Expect::Empty);
        row("admin2 forges a token", "admin2",
            "SELECT set_config('karier.session', repeat('0', 64), false)\n;\n"
            "SELECT 1 WHERE karier_role() = 'admin'",
            Expect::Empty);
        row("asn sets the role setting", "asn",
            "SET karier.role = 'admin'\n;\nSELECT 1 WHERE karier_role() <> 'asn'", Expect::Empty);
        // Objects of one's own.
        row("asn creates a table", "asn", "CREATE TABLE public.evil (id int)", Expect::Error);
        row("asn creates a temp table", "asn", "CREATE TEMP TABLE evil (id int)", Expect::Error);
        row("asn creates a function", "asn",
            "CREATE FUNCTION public.karier_nip() RETURNS text LANGUAGE sql AS $$ SELECT '%ADMIN%' $$",
            Expect::Error);
        row("asn creates a schema", "asn", "CREATE SCHEMA evil", Expect::Error);
        // Shared data.
        row("asn changes settings", "asn", "UPDATE app_settings SET value = '99999999'", Expect::NoEffect);
        row("asn inserts a setting", "asn",
            "INSERT INTO app_settings (key, value) VALUES ('pdf/maxBytes', '1')", Expect::Error);
        row("asn adds an employee", "asn",
            "INSERT INTO employees (nip, nama, unit_id, jenis_pegawai, tanggal_lahir, jenis_kelamin, tmt) "
            "VALUES "
            "('199101012020011999', 'x', :unitA, 'PNS', '1991-01-01', 1, '2020-01-01')",
            Expect::Error);
        row("asn renames self", "asn", "UPDATE employees SET nama = 'x' WHERE id = :asnA", Expect::Error);
        row("asn moves own unit", "asn", "UPDATE employees SET unit_id = :unitB WHERE id = :asnA",
            Expect::Error);
        row("asn sets own dms score", "asn", "UPDATE dms_scores SET total = 100", Expect::Error);
        // SIASN export marks (schema 12): an Admin with the code only, naming themselves.
        row("asn marks an export", "asn",
            "INSERT INTO siasn_exports (record_id, record_version, exported_at) VALUES (:sentA, 1, now())",
            Expect::Error);
        row("pengelola reads export marks", "pengelolaOtp", "SELECT * FROM siasn_exports", Expect::Error);
        row("admin without code marks an export", "admin",
            "INSERT INTO siasn_exports (record_id, record_version, exported_at, exported_by_nip) "
            "VALUES (:sentB, 1, now(), '%ADMIN%')",
            Expect::Error);
        row("admin marks an export as another", "adminOtp",
            "INSERT INTO siasn_exports (record_id, record_version, exported_at, exported_by_nip) "
            "VALUES (:sentB, 1, now(), '198609262015051001')",
            Expect::Error);
        row("asn adds dms rows", "asn",
            "INSERT INTO dms_rows (employee_id, category, reference) VALUES (:asnA, 'drh', 'x')",
            Expect::Error);
        row("asn rewrites a document hash", "asn", "UPDATE documents SET sha256 = repeat('c', 64)",
            Expect::Error);
        row("asn deletes another's document", "asn", "DELETE FROM documents WHERE id = :docB",
            Expect::NoEffect);
        row("pengelola edits a unit", "pengelolaOtp", "UPDATE org_units SET name = 'x' WHERE id = :unitA",
            Expect::Error);
        // The Pegawai page is read-only for a Pengelola: their own staff included (EmployeeAdmin).
        row("pengelola renames own staff", "pengelolaOtp", "UPDATE employees SET nama = 'x' WHERE id = :asnA",
            Expect::Error);
        row("pengelola moves own staff", "pengelolaOtp",
            "UPDATE employees SET unit_id = :unitA, version = version + 1 WHERE id = :asnA", Expect::Error);
        row("pengelola adds an employee", "pengelolaOtp",
            "INSERT INTO employees (nip, nama, unit_id, jenis_pegawai, tanggal_lahir, jenis_kelamin, tmt) "
            "VALUES ('199101012020011998', 'x', :unitA, 'PNS', '1991-01-01', 1, '2020-01-01')",
            Expect::Error);
        row("admin without code renames a unit", "admin", "UPDATE org_units SET name = 'x' WHERE id = :unitA",
            Expect::NoEffect);
    }

    void attack()
    {
        QFETCH(QString, who);
        QFETCH(QString, sql);
        QFETCH(Expect, expect);
        QSqlDatabase c = as(who);
        QVERIFY2(c.isOpen(), qPrintable(who));
        // Steps before the attack itself (a setting it relies on) are separated by a line ";".
        QStringList steps = expand(sql).split(QStringLiteral("\n;\n"));
        const QString last = steps.takeLast();
        for (const QString& step : steps) {
            QSqlQuery before(c);
            QVERIFY2(before.exec(step), qPrintable(before.lastError().text()));
        }
        QSqlQuery q(c);
        const bool ran = q.exec(last);
        // A refusal is the server's rule (insufficient_privilege, which row security's WITH CHECK and
        // the guard trigger raise too), not a typing error in the attack.
        if (expect == Expect::Invalid)
            QVERIFY2(!ran && q.lastError().nativeErrorCode() == QLatin1String("22023"),
                qPrintable(QStringLiteral("not refused as invalid: ") + q.lastError().text()));
        else if (!ran)
            QVERIFY2(q.lastError().nativeErrorCode() == QLatin1String("42501"),
                qPrintable(QStringLiteral("refused for another reason: ") + q.lastError().text()));
        switch (expect) {
        case Expect::Invalid:
            break;
        case Expect::Error:
            QVERIFY2(!ran, "the statement was accepted");
            break;
        case Expect::Empty:
            QVERIFY2(!ran || !q.next(), "a row came back");
            break;
        case Expect::NoEffect:
            QVERIFY2(!ran || q.numRowsAffected() == 0,
                qPrintable(QStringLiteral("%1 rows changed").arg(q.numRowsAffected())));
            break;
        }
        // An attack never leaves the connection unusable for the next one.
        q.finish();
        QSqlQuery reset(c);
        reset.exec(QStringLiteral("RESET ROLE"));
    }

    void dataUnchanged()
    {
        QCOMPARE(fingerprint(), m_fingerprint);
        // And no login gained an attribute or a group.
        QCOMPARE(owner(QStringLiteral(
                           "SELECT count(*) FROM pg_roles WHERE rolname ~ '^k[0-9]{18}$' AND (rolsuper OR "
                           "rolcreaterole OR rolcreatedb OR rolbypassrls OR rolreplication)"))
                     .toInt(),
            0);
        QCOMPARE(owner(QStringLiteral(
                           "SELECT string_agg(b.rolname, ',') FROM pg_auth_members m JOIN pg_roles a ON "
                           "a.oid = m.member JOIN pg_roles b ON b.oid = m.roleid WHERE a.rolname = 'k%1'")
                           .arg(AsnA))
                     .toString(),
            QStringLiteral("karier_asn"));
    }

    void auditActorIsTheCaller()
    {
        // karier_audit names the person logged in, whatever actor and time they pass.
        QSqlQuery q(as(QStringLiteral("asn")));
        QVERIFY(q.exec(
            QStringLiteral("SELECT karier_audit('2000-01-01', '%1', 'setujui', 'records', '1', NULL, NULL, "
                           "'palsu')")
                .arg(AdminNip)));
        QCOMPARE(owner("SELECT actor_nip FROM audit_log WHERE note = 'palsu'").toString(), AsnA);
        QVERIFY(owner("SELECT at > now() - interval '1 hour' FROM audit_log WHERE note = 'palsu'").toBool());

        // karier_audit_many (a bulk decision's entries in one call) likewise, for every entry.
        QSqlQuery many(as(QStringLiteral("asn")));
        QVERIFY2(many.exec(QStringLiteral(
                     "SELECT karier_audit_many('2000-01-01', '%1', '[{\"action\": "
                     "\"setujui\", \"entity\": \"records\", \"entity_id\": \"1\", "
                     "\"note\": \"palsu-banyak\"}, {\"action\": \"tolak\", \"entity\": "
                     "\"records\", \"entity_id\": \"2\", \"note\": \"palsu-banyak\", \"detail\": "
                     "\"{\\\"nama\\\": 1}\"}]')")
                               .arg(AdminNip)),
            qPrintable(many.lastError().text()));
        QVERIFY(many.next());
        QCOMPARE(many.value(0).toInt(), 2);
        QCOMPARE(
            owner(QStringLiteral("SELECT count(*) FROM audit_log WHERE note = 'palsu-banyak' AND actor_nip "
                                 "= '%1' AND at > now() - interval '1 hour'")
                      .arg(AsnA))
                .toInt(),
            2);
        // An entry's detail (schema 13's per-field difference) is kept; one without it has none.
        QCOMPARE(
            owner("SELECT detail FROM audit_log WHERE note = 'palsu-banyak' AND entity_id = '2'").toString(),
            QStringLiteral("{\"nama\": 1}"));
        QVERIFY(owner("SELECT detail IS NULL FROM audit_log WHERE note = 'palsu-banyak' AND entity_id = '1'")
                    .toBool());
        // Anything but an array of objects is refused whole.
        for (const QString& entries :
            {QStringLiteral("{\"action\": \"setujui\"}"), QStringLiteral("[{\"action\": \"setujui\"}, 7]")}) {
            QSqlQuery bad(as(QStringLiteral("asn")));
            QVERIFY(!bad.exec(QStringLiteral("SELECT karier_audit_many(NULL, NULL, '%1')").arg(entries)));
            QCOMPARE(bad.lastError().nativeErrorCode(), QStringLiteral("22023"));
        }
        QCOMPARE(
            owner("SELECT count(*) FROM audit_log WHERE action = 'setujui' AND entity_id IS NULL").toInt(),
            0);
    }

    void legitimatePathsWork()
    {
        // An ASN reads their own records and submits their own draft.
        QCOMPARE(
            scalar(as(QStringLiteral("asn")), QStringLiteral("SELECT count(*) FROM records")).toInt(), 2);
        QSqlQuery submit(as(QStringLiteral("asn")));
        QVERIFY2(
            submit.exec(expand(QStringLiteral("UPDATE records SET status = 'diajukan' WHERE id = :draftA"))),
            qPrintable(submit.lastError().text()));
        QCOMPARE(submit.numRowsAffected(), 1);
        // A Pengelola with the code sees the Tim Kerja of their Perangkat Daerah and decides it; the server
        // names the decider, whatever the statement said.
        QCOMPARE(scalar(as(QStringLiteral("pengelolaOtp")),
                     expand(QStringLiteral("SELECT count(*) FROM records WHERE id = :timA2")))
                     .toInt(),
            1);
        QSqlQuery decide(as(QStringLiteral("pengelolaOtp")));
        QVERIFY2(
            decide.exec(expand(QStringLiteral("UPDATE records SET status = 'disetujui', decided_by_nip = "
                                              "'%ADMIN%' WHERE id = :timA2"))),
            qPrintable(decide.lastError().text()));
        QCOMPARE(decide.numRowsAffected(), 1);
        QCOMPARE(
            owner(expand(QStringLiteral("SELECT decided_by_nip FROM records WHERE id = :timA2"))).toString(),
            PengelolaA);
        // An Admin with the code reads everyone's submissions and decides another's.
        QVERIFY(scalar(as(QStringLiteral("adminOtp")), QStringLiteral("SELECT count(*) FROM records")).toInt()
            >= 6);
        QSqlQuery approve(as(QStringLiteral("adminOtp")));
        QVERIFY2(
            approve.exec(expand(QStringLiteral("UPDATE records SET status = 'disetujui' WHERE id = :sentB"))),
            qPrintable(approve.lastError().text()));
        QCOMPARE(approve.numRowsAffected(), 1);
        // The owner reads the history of their own submission (the audit entry made in initTestCase).
        QCOMPARE(scalar(as(QStringLiteral("asnB")),
                     expand(QStringLiteral(
                         "SELECT count(*) FROM audit_log WHERE entity = 'kursus' AND entity_id = "
                         "':sentB'")))
                     .toInt(),
            1);
        // The owner of the decided submission now reads it, with the verifier's name.
        QCOMPARE(scalar(as(QStringLiteral("asnB")),
                     expand(QStringLiteral("SELECT e.nama FROM records r JOIN employees e ON e.nip = "
                                           "r.decided_by_nip WHERE r.id = :sentB")))
                     .toString(),
            QStringLiteral("Admin Satu"));
    }

    void otpIsCountedAndNeverReplayed()
    {
        // The Admin's accepted code does not work a second time, on another connection either.
        QVERIFY(scalar(
            as(QStringLiteral("admin")), QStringLiteral("SELECT karier_otp_verify('%1')").arg(m_adminCode))
                    .toString()
                    .isEmpty());
        QCOMPARE(scalar(as(QStringLiteral("admin")), QStringLiteral("SELECT karier_role()")).toString(),
            QStringLiteral("asn"));
        // Wrong codes: each is counted before it is checked; after five a wait runs, during which an
        // attempt is neither counted nor checked.
        for (int i = 0; i < 6; ++i)
            QVERIFY(
                scalar(as(QStringLiteral("pengelola")), QStringLiteral("SELECT karier_otp_verify('000000')"))
                    .toString()
                    .isEmpty());
        const QString throttle
            = QStringLiteral("SELECT failed_count, locked_until > now() FROM login_throttle "
                             "WHERE nip = 'otp:%1'")
                  .arg(PengelolaA);
        QCOMPARE(owner(throttle).toInt(), 6);
        QVERIFY(
            owner(QStringLiteral("SELECT locked_until > now() + interval '20 seconds' FROM login_throttle "
                                 "WHERE nip = 'otp:%1'")
                      .arg(PengelolaA))
                .toBool());
        QVERIFY(scalar(as(QStringLiteral("pengelola")),
            QStringLiteral("SELECT karier_otp_verify('%1')").arg(otpNow(PengelolaSecret)))
                    .toString()
                    .isEmpty());
        QCOMPARE(owner(throttle).toInt(), 6);
        QCOMPARE(scalar(as(QStringLiteral("pengelola")), QStringLiteral("SELECT karier_role()")).toString(),
            QStringLiteral("asn"));
    }

    void scramVerifierIsWhatTheServerAccepts()
    {
        // A password set through karier_set_login by the person themselves works at once, the old one
        // no longer; a non-ASCII password too (SASLprep).
        const QString fresh = QStringLiteral("Sandi Baru\u00A0Solo-2026");
        QSqlQuery change(as(QStringLiteral("asnB")));
        QVERIFY2(
            change.exec(
                QStringLiteral("SELECT karier_set_login('%1', '%2')").arg(AsnB, ScramVerifier::make(fresh))),
            qPrintable(change.lastError().text()));
        QVERIFY(!connect(QStringLiteral("asnB-new"), AsnB, fresh).isEmpty());
        QVERIFY(
            !connect(QStringLiteral("asnB-spaced"), AsnB, QStringLiteral("Sandi Baru Solo-2026")).isEmpty());
        QVERIFY(!canLogIn(AsnB, passwordOf(AsnB)));
        // Their own call never moves their group.
        QCOMPARE(
            owner(QStringLiteral("SELECT string_agg(b.rolname, ',') FROM pg_auth_members m JOIN pg_roles a "
                                 "ON a.oid = m.member JOIN pg_roles b ON b.oid = m.roleid WHERE a.rolname = "
                                 "'k%1'")
                      .arg(AsnB))
                .toString(),
            QStringLiteral("karier_asn"));
    }

    void accountWithoutPasswordHasNoLogin()
    {
        // What init does for each account of a database made before schema 8: a role in the account's
        // group, but no password, so nobody logs in with it until the password is set again.
        const QString nip = QStringLiteral("199204042020012907");
        const qint64 employee
            = owner(QStringLiteral("INSERT INTO employees (nip, nama, unit_id, jenis_pegawai, "
                                   "tanggal_lahir, jenis_kelamin, tmt) VALUES ('%1', 'Lama', %2, "
                                   "'PNS', '1992-04-04', 2, '2020-01-01') RETURNING id")
                        .arg(nip)
                        .arg(m_ids["unitA"]))
                  .toLongLong();
        QVERIFY(employee > 0);
        owner(QStringLiteral(
            "INSERT INTO accounts (employee_id, role, password_hash) VALUES (%1, 'asn', 'lama')")
                  .arg(employee));
        owner(QStringLiteral("SELECT karier_set_login('%1', NULL)").arg(nip));
        QCOMPARE(owner(QStringLiteral(
                           "SELECT string_agg(b.rolname, ',') FROM pg_auth_members m JOIN pg_roles a ON "
                           "a.oid = m.member JOIN pg_roles b ON b.oid = m.roleid WHERE a.rolname = 'k%1'")
                           .arg(nip))
                     .toString(),
            QStringLiteral("karier_asn"));
        QVERIFY(!canLogIn(nip, QString()));
        QVERIFY(!canLogIn(nip, QStringLiteral("lama")));
        // Once the password is set (an Admin's reset, here the owner), the person logs in.
        owner(QStringLiteral("SELECT karier_set_login('%1', '%2')")
                  .arg(nip, ScramVerifier::make(QStringLiteral("Sandi-Baru-Setelah-Migrasi"))));
        QVERIFY(canLogIn(nip, QStringLiteral("Sandi-Baru-Setelah-Migrasi")));
    }

    void servicesRunAsThePerson()
    {
        // The application's own Database, opened with the Admin's login: no migration (a person may
        // change no schema), the token from the server's code check joined by every worker.
        DatabaseUrl url = m_fresh.url();
        url.user = QStringLiteral("k") + Admin2Nip;
        url.password = passwordOf(Admin2Nip);
        QVERIFY(Database::isPersonLogin(url.user));
        auto opened = Database::open(url, Database::OpenMode::RequireExisting);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        std::shared_ptr<Database> db = opened.value();
        const auto role = [&db]() {
            QString value;
            const Status read = db->read([&](QSqlDatabase& c) -> Status {
                QSqlQuery q(c);
                if (q.exec(QStringLiteral("SELECT karier_role()")) && q.next())
                    value = q.value(0).toString();
                return {};
            });
            return read.ok() ? value : read.error().message;
        };
        QCOMPARE(role(), QStringLiteral("asn")); // no code yet
        // The next step's code (the current one was used in initTestCase by the other Admin's secret).
        QString token;
        QVERIFY(db->read([&](QSqlDatabase& c) -> Status {
                      SqlQuery q(c, QStringLiteral("SELECT karier_otp_verify(?)"));
                      q.bind(Totp::code(AdminSecret, QDateTime::currentSecsSinceEpoch() + 30));
                      if (!q.exec() || !q.next())
                          return q.error();
                      token = q.value(0).toString();
                      return {};
                  }).ok());
        QCOMPARE(token.size(), 64);
        db->setSessionToken(token);
        // Both workers' connections join: while one worker sleeps, the read runs on the other.
        QCOMPARE(role(), QStringLiteral("admin"));
        db->post([] { QThread::msleep(300); });
        QCOMPARE(role(), QStringLiteral("admin"));

        const Session admin = karier::test::sessionFor(db, Admin2Nip, Role::Admin);
        QVERIFY(admin.employeeId > 0);
        ApprovalService approvals(db);
        int version = 0;
        QVERIFY(db->read([&](QSqlDatabase& c) -> Status {
                      SqlQuery q(c, QStringLiteral("SELECT version FROM records WHERE id = ?"));
                      q.bind(m_ids["sentA"]);
                      if (!q.exec() || !q.next())
                          return q.error();
                      version = q.value(0).toInt();
                      return {};
                  }).ok());
        DecisionRequest request;
        request.items = {{m_ids["sentA"], version}};
        const auto decided = approvals.decide(admin, request);
        QVERIFY2(decided.ok(), decided.ok() ? "" : qPrintable(decided.error().message));
        QCOMPARE(decided.value().decided, QList<qint64> {m_ids["sentA"]});
        QCOMPARE(
            owner(expand(QStringLiteral("SELECT decided_by_nip FROM records WHERE id = :sentA"))).toString(),
            Admin2Nip);
        QCOMPARE(owner(expand(QStringLiteral("SELECT actor_nip FROM audit_log WHERE entity_id = ':sentA' AND "
                                             "action = 'setujui'")))
                     .toString(),
            Admin2Nip);

        // A token the server has ended (Keluar elsewhere) is refused on the next statement.
        QVERIFY(db->read([](QSqlDatabase& c) -> Status {
                      QSqlQuery q(c);
                      return q.exec(QStringLiteral("SELECT karier_session_end()"))
                          ? Status {}
                          : Database::errorFrom(q.lastError());
                  }).ok());
        // Another workstation of the same login presenting that token is refused at once.
        auto other = Database::open(url, Database::OpenMode::RequireExisting);
        QVERIFY(other.ok());
        other.value()->setSessionToken(token);
        const Status after = other.value()->read([](QSqlDatabase&) { return Status(); });
        QVERIFY(!after.ok());
        QCOMPARE(after.error().code, ErrorCode::Forbidden);
    }

    void personLoginNeverMigrates()
    {
        // A person's login on a server whose schema is older than the program: a clear message, nothing run.
        const int latest = Database::latestSchemaVersion();
        owner(QStringLiteral("UPDATE schema_migrations SET version = 99 WHERE version = %1").arg(latest));
        DatabaseUrl url = m_fresh.url();
        url.user = QStringLiteral("k") + AsnA;
        url.password = passwordOf(AsnA);
        auto newer = Database::open(url, Database::OpenMode::Migrate);
        QVERIFY(!newer.ok());
        QVERIFY(newer.error().message.contains(QStringLiteral("versi Karier ASN yang lebih baru")));
        owner(QStringLiteral("UPDATE schema_migrations SET version = %1 WHERE version = 99").arg(latest));
        owner(QStringLiteral("DELETE FROM schema_migrations WHERE version = %1").arg(latest));
        auto older = Database::open(url, Database::OpenMode::Migrate);
        QVERIFY(!older.ok());
        QVERIFY2(older.error().message.contains(QStringLiteral("karier-cli init")),
            qPrintable(older.error().message));
        QCOMPARE(owner(QStringLiteral("SELECT max(version) FROM schema_migrations")).toInt(), latest - 1);
        owner(
            QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (%1, 'kembali', "
                           "'2026-12-06')")
                .arg(latest));
    }

    void cleanupTestCase()
    {
        for (const QString& name : m_connections) {
            QSqlDatabase::database(name).close();
        }
        const auto names = m_connections.values();
        m_connections.clear();
        for (const QString& name : names)
            QSqlDatabase::removeDatabase(name);
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "TestServerSecurity.moc"
