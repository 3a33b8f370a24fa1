// SPDX-License-Identifier: GPL-3.0-or-later
// The organisation tree's rules hold on the shared server against raw SQL (migration 10,
// resources/sql/postgres-units.sql): even an Admin with the one-time code, on their own login, cannot
// deactivate a unit with employees or an Induk Satker with active Satker, build a third level, turn an
// Induk Satker with Satker into a Satker, wake a Satker under an inactive Induk, or place an employee in
// an inactive unit. The same Admin's legitimate changes go through, so each refusal is the rule and not a
// missing grant; an ASN changes nothing at all.
#include "TestDatabase.h"
#include "auth/AuthService.h"
#include "org/Organisation.h"
#include "storage/Query.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <atomic>

using namespace karier;
using karier::test::TestDatabase;

namespace {

// NIPs of this test only: login roles are cluster-wide.
const QString AdminNip = QStringLiteral("197111012000011301");
const QString AsnNip = QStringLiteral("197111012000011302");

} // namespace

class TestUnitGuard : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    std::shared_ptr<Database> m_adminDb;
    std::shared_ptr<Database> m_asnDb;
    QMap<QString, qint64> m_unit;

    /// Runs \a sql on \a db (a person's own login) in a transaction of its own; the error text, or empty
    /// when it ran, and the rows it changed.
    static std::pair<QString, int> run(const std::shared_ptr<Database>& db, const QString& sql)
    {
        QString error;
        int rows = -1;
        const Status status = db->write([&](QSqlDatabase& c) -> Status {
            QSqlQuery q(c);
            if (!q.exec(sql)) {
                error = q.lastError().databaseText();
                return Error::database(error);
            }
            rows = q.numRowsAffected();
            return {};
        });
        if (!status && error.isEmpty())
            error = status.error().message;
        return {error, rows};
    }

    QString expand(QString sql) const
    {
        for (auto it = m_unit.cbegin(); it != m_unit.cend(); ++it)
            sql.replace(QLatin1Char(':') + it.key() + QLatin1Char(':'), QString::number(it.value()));
        return sql;
    }

    QVariant owner(const QString& sql)
    {
        const auto value = m_db->writeValue([&](QSqlDatabase& c) { return queryValue(c, expand(sql)); });
        return value ? *value : QVariant();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestDatabase::isPostgres(), "run with KARIER_TEST_DIALECT=postgresql");
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        QVERIFY(m_db->write([&](QSqlDatabase& c) -> Status {
            const QList<std::tuple<const char*, const char*, const char*>> units
                = {{"GA", "Dinas A", ""}, {"GA1", "Bidang A1", "GA"}, {"GA2", "Bidang A2", "GA"},
                    {"GB", "Dinas B", ""}, {"GB1", "Bidang B1", "GB"}, {"GC", "Dinas C", ""}};
            for (const auto& [code, name, parent] : units) {
                const auto id = Organisation::upsertUnit(
                    c, QLatin1String(code), QString::fromUtf8(name), QLatin1String(parent));
                if (!id)
                    return id.error();
                m_unit.insert(QLatin1String(code), *id);
            }
            for (const auto& [nip, unit] : {std::pair(AdminNip, "GC"), std::pair(AsnNip, "GA1")}) {
                Employee e;
                e.nip = nip;
                e.nama = QStringLiteral("Pegawai ") + nip.right(2);
                e.unitId = m_unit.value(QLatin1String(unit));
                e.tanggalLahir = QDate(1971, 11, 1);
                e.tmt = QDate(2000, 1, 1);
                if (const auto made = Organisation::upsertEmployee(c, e); !made)
                    return made.error();
            }
            return {};
        }));
        Session admin = karier::test::sessionFor(m_db, AdminNip, Role::Admin, 0);
        Session asn = karier::test::sessionFor(m_db, AsnNip, Role::Asn, 0);
        m_adminDb = m_fresh.openAs(m_db, admin);
        m_asnDb = m_fresh.openAs(m_db, asn);
        QVERIFY(m_adminDb && m_asnDb);
        QVERIFY(m_adminDb != m_db);
        // The Admin's login passes RLS with the code: a plain change goes through.
        const auto renamed
            = run(m_adminDb, expand("UPDATE org_units SET name = 'Dinas C baru' WHERE id = :GC:"));
        QVERIFY2(renamed.first.isEmpty(), qPrintable(renamed.first));
        QCOMPARE(renamed.second, 1);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("unit with employees") << "UPDATE org_units SET active = FALSE WHERE id = :GA1:"
                                             << "masih memiliki pegawai";
        QTest::newRow("induk with active satker") << "UPDATE org_units SET active = FALSE WHERE id = :GB:"
                                                  << "masih memiliki Satker aktif";
        QTest::newRow("third level") << "UPDATE org_units SET parent_id = :GA2: WHERE id = :GB1:"
                                     << "Satker hanya berada di bawah Induk Satker";
        QTest::newRow("new third level")
            << "INSERT INTO org_units (code, name, parent_id) VALUES ('GX', 'X', :GA2:)"
            << "Satker hanya berada di bawah Induk Satker";
        QTest::newRow("induk with satker becomes satker")
            << "UPDATE org_units SET parent_id = :GC: WHERE id = :GB:"
            << "tidak dapat menjadi Satker";
        QTest::newRow("own parent") << "UPDATE org_units SET parent_id = id WHERE id = :GC:"
                                    << "Satker hanya berada di bawah Induk Satker";
        QTest::newRow("employee into inactive unit")
            << "INSERT INTO employees (nip, nama, unit_id, jenis_pegawai, tanggal_lahir, jenis_kelamin, tmt) "
               "VALUES ('197111012000011399', 'Baru', :GINACTIVE:, 'PNS', '1971-11-01', 1, '2000-01-01')"
            << "tidak aktif";
        QTest::newRow("employee moved into inactive unit")
            << "UPDATE employees SET unit_id = :GINACTIVE: WHERE nip = '197111012000011302'"
            << "tidak aktif";
        QTest::newRow("satker woken under inactive induk")
            << "UPDATE org_units SET active = TRUE WHERE id = :GINACTIVE:"
            << "Induk Satker yang tidak aktif";
        QTest::newRow("active satker added under inactive induk")
            << "INSERT INTO org_units (code, name, parent_id) VALUES ('GY', 'Y', :GDEAD:)"
            << "Induk Satker yang tidak aktif";
    }

    void refused()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        // An inactive Satker under an inactive Induk, made legitimately by the same Admin.
        if (!m_unit.contains(QStringLiteral("GINACTIVE"))) {
            m_unit["GDEAD"]
                = owner("INSERT INTO org_units (code, name) VALUES ('GD', 'Dinas D') RETURNING id")
                      .toLongLong();
            m_unit["GINACTIVE"] = owner("INSERT INTO org_units (code, name, parent_id) VALUES ('GD1', "
                                        "'Bidang D1', :GDEAD:) RETURNING id")
                                      .toLongLong();
            for (const char* code : {"GINACTIVE", "GDEAD"}) {
                const auto off = run(m_adminDb,
                    expand(QStringLiteral("UPDATE org_units SET active = FALSE WHERE id = :%1:")
                               .arg(QLatin1String(code))));
                QVERIFY2(off.first.isEmpty(), qPrintable(off.first));
                QCOMPARE(off.second, 1);
            }
        }
        const QString before
            = owner("SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM org_units t").toString()
            + owner("SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM employees t").toString();
        const auto [error, rows] = run(m_adminDb, expand(sql));
        QVERIFY2(error.contains(message), qPrintable(error.isEmpty() ? QStringLiteral("it ran") : error));
        const QString after
            = owner("SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM org_units t").toString()
            + owner("SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM employees t").toString();
        QCOMPARE(after, before);
    }

    void asnChangesNothing()
    {
        for (const char* sql : {"UPDATE org_units SET active = FALSE WHERE id = :GC:",
                 "UPDATE org_units SET name = 'X' WHERE id = :GA1:"}) {
            const auto [error, rows] = run(m_asnDb, expand(QString::fromLatin1(sql)));
            QVERIFY2(!error.isEmpty() || rows == 0, sql);
        }
        QVERIFY(!run(m_asnDb, QStringLiteral("INSERT INTO org_units (code, name) VALUES ('GZ', 'Z')"))
                     .first.isEmpty());
        QCOMPARE(
            owner(
                "SELECT COUNT(*) FROM org_units WHERE code = 'GZ' OR name = 'X' OR NOT active AND id = :GC:")
                .toInt(),
            0);
    }

    void legitimateChangesGoThrough()
    {
        // Moving a Satker to another active Induk, deactivating an empty one, waking it again.
        auto moved = run(m_adminDb, expand("UPDATE org_units SET parent_id = :GA: WHERE id = :GB1:"));
        QVERIFY2(moved.first.isEmpty(), qPrintable(moved.first));
        auto off = run(m_adminDb, expand("UPDATE org_units SET active = FALSE WHERE id = :GA2:"));
        QVERIFY2(off.first.isEmpty(), qPrintable(off.first));
        auto on = run(m_adminDb, expand("UPDATE org_units SET active = TRUE WHERE id = :GA2:"));
        QVERIFY2(on.first.isEmpty(), qPrintable(on.first));
        QCOMPARE(owner("SELECT COUNT(*) FROM org_units WHERE parent_id = :GA: AND active").toInt(), 3);
    }

    void deactivationWaitsForAnEmployeeBeingAdded()
    {
        // The owner adds an employee to an empty Satker and has not committed yet; the Admin deactivates the
        // Satker meanwhile. The Admin's change waits for the employee's transaction (the unit is read FOR
        // SHARE) and is then refused: it never sees the unit empty while the employee arrives.
        m_unit["GA3"]
            = owner("INSERT INTO org_units (code, name, parent_id) VALUES ('GA3', 'Bidang A3', :GA:) "
                    "RETURNING id")
                  .toLongLong();
        QVERIFY(m_unit["GA3"] > 0);
        const QString name = QStringLiteral("unit-guard-race");
        {
            QSqlDatabase a = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            a.setHostName(m_fresh.url().host);
            a.setPort(m_fresh.url().port);
            a.setDatabaseName(m_fresh.url().name);
            a.setUserName(m_fresh.url().user);
            a.setPassword(m_fresh.url().password);
            a.setConnectOptions(QStringLiteral("sslmode=disable"));
            QVERIFY2(a.open(), qPrintable(a.lastError().text()));
            QSqlQuery q(a);
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            QVERIFY2(
                q.exec(expand("INSERT INTO employees (nip, nama, unit_id, jenis_pegawai, tanggal_lahir, "
                              "jenis_kelamin, tmt) VALUES ('197111012000011398', 'Pegawai Balapan', :GA3:, "
                              "'PNS', '1971-11-01', 1, '2000-01-01')")),
                qPrintable(q.lastError().text()));

            auto outcome = std::make_shared<std::atomic<int>>(0); // 0 running, 1 refused, 2 went through
            auto message = std::make_shared<QString>();
            const QString sql = expand("UPDATE org_units SET active = FALSE WHERE id = :GA3:");
            m_adminDb->post([db = m_adminDb, sql, outcome, message] {
                const auto [error, rows] = run(db, sql);
                *message = error;
                outcome->store(error.isEmpty() ? 2 : 1);
            });
            // The Admin's statement waits for the lock while the employee's transaction is open.
            const auto waiting = [&] {
                return owner("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND "
                             "wait_event_type = 'Lock'")
                    .toInt();
            };
            QTRY_COMPARE_WITH_TIMEOUT(waiting(), 1, 10000);
            QCOMPARE(outcome->load(), 0);
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
            QTRY_VERIFY_WITH_TIMEOUT(outcome->load() != 0, 10000);
            QCOMPARE(outcome->load(), 1);
            QVERIFY2(message->contains(QStringLiteral("masih memiliki pegawai")), qPrintable(*message));
            a.close();
        }
        QSqlDatabase::removeDatabase(name);
        QCOMPARE(owner("SELECT active FROM org_units WHERE id = :GA3:").toBool(), true);
        QCOMPARE(owner("SELECT COUNT(*) FROM employees WHERE unit_id = :GA3:").toInt(), 1);
    }

    void cleanupTestCase()
    {
        m_adminDb.reset();
        m_asnDb.reset();
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestUnitGuard)
#include "TestUnitGuard.moc"
