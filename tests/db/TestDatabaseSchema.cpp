// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QTest>
#include <QtConcurrent>

using namespace karier;
using karier::test::TestDatabase;

namespace {

/// The first column of the first row of \a sql (unprepared: PRAGMA and SHOW), as text.
QString textOf(const Database& db, const QString& sql)
{
    QString text;
    const Status status = db.read([&](QSqlDatabase& c) -> Status {
        QSqlQuery q(c);
        if (!q.exec(sql) || !q.next())
            return Database::errorFrom(q.lastError());
        text = q.value(0).toString();
        return {};
    });
    return status ? text : QStringLiteral("error: ") + status.error().message;
}

int countOf(const Database& db, const QString& sql)
{
    bool ok = false;
    const int count = textOf(db, sql).toInt(&ok);
    return ok ? count : -1;
}

} // namespace

class TestDatabaseSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qInfo("dialect: %s", qPrintable(TestDatabase::dialectName())); }

    void migratesFreshDatabaseAndRecordsVersions()
    {
        TestDatabase fresh;
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        auto db = fresh.open();
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QList<int> versions;
        QStringList tables;
        QVERIFY(db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("SELECT version, name FROM schema_migrations ORDER BY version"));
            if (!q.exec())
                return q.error();
            while (q.next())
                versions << q.value(0).toInt();
            tables = c.tables();
            return {};
        }));
        int expected = 1;
        for (int version : versions)
            QCOMPARE(version, expected++);
        QCOMPARE(expected - 1, Database::latestSchemaVersion());
        for (const char* table :
            {"org_units", "employees", "accounts", "audit_log", "login_throttle", "app_settings"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
    }

    void reopeningIsIdempotent()
    {
        TestDatabase fresh;
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        {
            QVERIFY(fresh.open());
        }
        auto again = Database::open(fresh.url());
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(countOf(*again.value(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations")),
            Database::latestSchemaVersion());
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        TestDatabase fresh;
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        {
            auto db = fresh.open();
            QVERIFY(db);
            QVERIFY(db->write([](QSqlDatabase& c) -> Status {
                SqlQuery q(c,
                    QStringLiteral(
                        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
                q.bindAll(999, QStringLiteral("dari masa depan"), QStringLiteral("2030-01-01T00:00:00Z"));
                return q.exec() ? Status() : Status(q.error());
            }));
        }
        auto newer = Database::open(fresh.url());
        QVERIFY(!newer.ok());
        QVERIFY2(
            newer.error().message.contains(QLatin1String("lebih baru")), qPrintable(newer.error().message));
        QVERIFY(newer.error().message.contains(QLatin1String("999")));
        // Nothing was changed: the row is still there and no migration was recorded after it.
        auto check = Database::open(fresh.url(), Database::OpenMode::Migrate);
        QVERIFY(!check.ok());
    }

    void foreignDatabaseIsRefused()
    {
        TestDatabase fresh;
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        {
            // Make a table that is not ours through a raw connection.
            const QString name = QStringLiteral("foreign");
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(
                    fresh.url().isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
                if (fresh.url().isSqlite()) {
                    raw.setDatabaseName(fresh.url().path);
                } else {
                    raw.setHostName(fresh.url().host);
                    raw.setPort(fresh.url().port);
                    raw.setUserName(fresh.url().user);
                    raw.setPassword(fresh.url().password);
                    raw.setDatabaseName(fresh.url().name);
                }
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE gaji (id INTEGER)")));
                raw.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        auto db = Database::open(fresh.url());
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QLatin1String("bukan database Karier ASN")),
            qPrintable(db.error().message));
    }

    void requireExistingRefusesEmptyDatabase()
    {
        TestDatabase fresh;
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        auto db = Database::open(fresh.url(), Database::OpenMode::RequireExisting);
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QLatin1String("karier-cli init")));
    }

    void failedWriteRollsBackEverything()
    {
        TestDatabase fresh;
        auto db = fresh.open();
        QVERIFY(db);
        const Status status = db->write([](QSqlDatabase& c) -> Status {
            SqlQuery ok(c, QStringLiteral("INSERT INTO org_units (code, name) VALUES (?, ?)"));
            ok.bindAll(QStringLiteral("BKPSDM"), QStringLiteral("Badan Kepegawaian"));
            if (!ok.exec())
                return ok.error();
            SqlQuery duplicate(c, QStringLiteral("INSERT INTO org_units (code, name) VALUES (?, ?)"));
            duplicate.bindAll(QStringLiteral("BKPSDM"), QStringLiteral("lagi"));
            if (!duplicate.exec())
                return duplicate.error();
            return {};
        });
        QVERIFY(!status.ok());
        // A unique key refusing a row reads as a lost race with another user (Database::errorFrom).
        QCOMPARE(status.error().code, ErrorCode::Conflict);
        QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM org_units")), 0);
    }

    void auditLogIsAppendOnly()
    {
        TestDatabase fresh;
        auto db = fresh.open();
        QVERIFY(db);
        QVERIFY(db->write([](QSqlDatabase& c) -> Status {
            SqlQuery q(
                c, QStringLiteral("INSERT INTO audit_log (actor_nip, action, entity) VALUES (?, ?, ?)"));
            q.bindAll(QStringLiteral("198503152010012002"), QStringLiteral("uji"), QStringLiteral("akun"));
            return q.exec() ? Status() : Status(q.error());
        }));
        const Status update = db->write([](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("UPDATE audit_log SET note = ?"));
            q.bind(QStringLiteral("diubah"));
            return q.exec() ? Status() : Status(q.error());
        });
        QVERIFY(!update.ok());
        const Status remove = db->write([](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("DELETE FROM audit_log"));
            return q.exec() ? Status() : Status(q.error());
        });
        QVERIFY(!remove.ok());
    }

    void foreignKeysAreEnforced()
    {
        TestDatabase fresh;
        auto db = fresh.open();
        QVERIFY(db);
        const Status status = db->write([](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("INSERT INTO org_units (code, name, parent_id) VALUES (?, ?, ?)"));
            q.bindAll(QStringLiteral("X"), QStringLiteral("Yatim"), 424242);
            return q.exec() ? Status() : Status(q.error());
        });
        QVERIFY(!status.ok());
    }

    void sqliteUsesWal()
    {
        if (!TestDatabase::isPostgres()) {
            TestDatabase fresh;
            auto db = fresh.open();
            QVERIFY(db);
            QCOMPARE(textOf(*db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
            QCOMPARE(textOf(*db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        } else {
            TestDatabase fresh;
            auto db = fresh.open();
            QVERIFY(db);
            const QString version = textOf(*db, QStringLiteral("SHOW server_version"));
            QVERIFY2(version.startsWith(QLatin1String("15")), qPrintable(version));
        }
    }

    void eachThreadHasItsOwnConnection()
    {
        TestDatabase fresh;
        auto db = fresh.open();
        QVERIFY(db);
        QList<int> inputs;
        for (int i = 0; i < 8; ++i)
            inputs << i;
        const QList<bool> results = QtConcurrent::blockingMapped(inputs, [db](int i) {
            return db
                ->write([i](QSqlDatabase& c) -> Status {
                    SqlQuery q(c, QStringLiteral("INSERT INTO org_units (code, name) VALUES (?, ?)"));
                    q.bindAll(QStringLiteral("U%1").arg(i), QStringLiteral("Unit %1").arg(i));
                    return q.exec() ? Status() : Status(q.error());
                })
                .ok();
        });
        for (bool ok : results)
            QVERIFY(ok);
        QCOMPARE(countOf(*db, QStringLiteral("SELECT COUNT(*) FROM org_units")), 8);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseSchema)
#include "TestDatabaseSchema.moc"
