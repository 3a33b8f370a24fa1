// SPDX-License-Identifier: GPL-3.0-or-later
// The settings facade: validation, no PostgreSQL login kept on a workstation,
// the language, the connection test, and the shared limits that only Admin BKPSDM may change.
#include "TestDatabase.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"

#include <QFile>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

namespace {

Session sessionOf(Role role)
{
    Session s;
    s.accountId = 1;
    s.employeeId = 1;
    s.nip = role == Role::Admin ? QStringLiteral("198503152010012002") : QStringLiteral("198007122005011003");
    s.role = role;
    s.managedUnitId = role == Role::Pengelola ? 1 : 0;
    return s;
}

DatabaseUrl postgres(const QString& password)
{
    DatabaseUrl url;
    url.dialect = DatabaseUrl::Dialect::PostgreSql;
    url.host = QStringLiteral("db.bkpsdm.local");
    url.port = 5433;
    url.user = QStringLiteral("karier");
    url.password = password;
    url.name = QStringLiteral("karier");
    return url;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;

    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
    }

    void noDatabaseLoginIsKept()
    {
        const QString password = QStringLiteral("Rahasia-Sekali#2026");
        {
            LocalSettings local(iniPath());
            AppSettings settings(&local);
            QVERIFY(settings.setDatabase(postgres(password)).ok());
        }
        const QByteArray file = readAll(iniPath());
        QVERIFY(file.contains("db.bkpsdm.local"));
        QVERIFY2(!file.contains(password.toUtf8()), file.constData());
        QVERIFY(!file.contains(QUrl::toPercentEncoding(password)));
        QVERIFY(!file.contains("sealedPassword"));
        QVERIFY(!file.contains("karier@"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("karier-asn.key"))));

        // A new process (new objects) gets the server back, and no login: each person brings their own.
        LocalSettings local(iniPath());
        AppSettings settings(&local);
        auto stored = settings.database();
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        QVERIFY(stored->has_value());
        QVERIFY(stored->value().user.isEmpty());
        QVERIFY(stored->value().password.isEmpty());
        QCOMPARE(stored->value().port, 5433);
        QCOMPARE(stored->value().host, QStringLiteral("db.bkpsdm.local"));
        QCOMPARE(stored->value().name, QStringLiteral("karier"));
    }

    /// "Sertifikat CA server" is stored as a path of its own (not in the URL) and comes back with the
    /// URL; the connection then checks the server's certificate and name (verify-full).
    void caFileStoredApart()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        const QString ca = dir.filePath(QStringLiteral("ca bkpsdm.pem"));
        QFile file(ca);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN CERTIFICATE-----\n");
        file.close();
        DatabaseUrl url = postgres(QStringLiteral("sandi"));
        url.caFile = ca;
        {
            LocalSettings local(ini);
            QVERIFY(AppSettings(&local).setDatabase(url).ok());
            QCOMPARE(local.databaseCaFile(), ca);
            QVERIFY(!local.databaseUrl().contains(QStringLiteral("sslrootcert")));
        }
        LocalSettings local(ini);
        AppSettings settings(&local);
        auto stored = settings.database();
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        QCOMPARE(stored->value().caFile, ca);
        QCOMPARE(stored->value().sslMode(), QStringLiteral("verify-full"));
        QCOMPARE(settings.resolveDatabase({})->caFile, ca);
        QVERIFY(stored->value().connectOptions()->endsWith(
            QStringLiteral(";sslmode='verify-full';sslrootcert='%1'").arg(ca)));

        // Back to SQLite: no CA file left behind.
        DatabaseUrl sqlite;
        sqlite.path = dir.filePath(QStringLiteral("data.sqlite"));
        QVERIFY(settings.setDatabase(sqlite).ok());
        QVERIFY(local.databaseCaFile().isEmpty());
    }

    void olderVersionsSealedPasswordIsIgnoredAndForgotten()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings legacy(ini, QSettings::IniFormat);
            legacy.setValue(
                QStringLiteral("database/url"), QStringLiteral("postgresql://karier@db.bkpsdm.local/karier"));
            legacy.setValue(QStringLiteral("database/sealedPassword"), QStringLiteral("c2VhbGVk"));
        }
        LocalSettings local(ini);
        AppSettings settings(&local);
        auto stored = settings.database();
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        QVERIFY(stored->value().password.isEmpty());
        QVERIFY(local.hasDatabasePassword());
        local.forgetDatabasePassword();
        local.sync();
        QVERIFY(!readAll(ini).contains("sealedPassword"));
        // A URL on the command line still works.
        auto resolved = settings.resolveDatabase(QStringLiteral("sqlite:/tmp/karier-x.sqlite"));
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->path, QStringLiteral("/tmp/karier-x.sqlite"));
    }

    void switchingToSqliteDropsThePassword()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        LocalSettings local(ini);
        AppSettings settings(&local);
        QVERIFY(settings.setDatabase(postgres(QStringLiteral("sandi"))).ok());
        DatabaseUrl sqlite;
        sqlite.path = dir.filePath(QStringLiteral("data.sqlite"));
        QVERIFY(settings.setDatabase(sqlite).ok());
        QVERIFY(!readAll(ini).contains("sealedPassword"));
        auto stored = settings.database();
        QVERIFY(stored.ok() && stored->has_value());
        QVERIFY(stored->value().isSqlite());
        QCOMPARE(stored->value().path, sqlite.path);
        auto resolved = settings.resolveDatabase({});
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->path, sqlite.path);
    }

    void databaseValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("no host") << "host"
                                 << ""
                                 << "alamat server";
        QTest::newRow("host with space") << "host"
                                         << "db server"
                                         << "tidak valid";
        QTest::newRow("host with an option") << "host"
                                             << "db hostaddr=10.9.9.9"
                                             << "tidak valid";
        QTest::newRow("host list") << "host"
                                   << "db1,db2"
                                   << "tidak valid";
        QTest::newRow("user with space") << "user"
                                         << "u host=x"
                                         << "Nama pengguna PostgreSQL tidak boleh";
        QTest::newRow("name with quote") << "name"
                                         << "kar'ier"
                                         << "Nama database PostgreSQL tidak boleh";
        QTest::newRow("weak sslmode, remote")
            << "options"
            << "sslmode=prefer"
            << "sslmode=prefer tidak diizinkan untuk server db.bkpsdm.local";
        QTest::newRow("unknown option") << "options"
                                        << "hostaddr=10.9.9.9"
                                        << "\"hostaddr\" tidak dikenal";
        QTest::newRow("CA relative") << "caFile"
                                     << "ca.pem"
                                     << "jalur lengkap";
        QTest::newRow("CA missing") << "caFile"
                                    << "/tidak/ada/ca.pem"
                                    << "tidak ada atau tidak dapat dibaca";
        QTest::newRow("port 0") << "port"
                                << "0"
                                << "Port";
        QTest::newRow("port 70000") << "port"
                                    << "70000"
                                    << "Port";
        QTest::newRow("no name") << "name"
                                 << " "
                                 << "nama database";
        QTest::newRow("sqlite empty") << "path"
                                      << ""
                                      << "Pilih berkas";
        QTest::newRow("sqlite relative") << "path"
                                         << "data.sqlite"
                                         << "jalur lengkap";
        QTest::newRow("sqlite folder") << "path"
                                       << "/tmp"
                                       << "folder";
    }

    void databaseValidation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        DatabaseUrl url = postgres(QStringLiteral("x"));
        if (field == QLatin1String("host"))
            url.host = value;
        else if (field == QLatin1String("port"))
            url.port = value.toInt();
        else if (field == QLatin1String("name"))
            url.name = value;
        else if (field == QLatin1String("user"))
            url.user = value;
        else if (field == QLatin1String("options"))
            url.options = value;
        else if (field == QLatin1String("caFile"))
            url.caFile = value;
        else {
            url = DatabaseUrl();
            url.path = value;
        }
        const Status status = AppSettings::validateDatabase(url);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(message), qPrintable(status.error().message));

        QTemporaryDir dir;
        LocalSettings local(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(!AppSettings(&local).setDatabase(url).ok());
        QVERIFY(local.databaseUrl().isEmpty()); // nothing written
    }

    void language()
    {
        QTemporaryDir dir;
        LocalSettings local(dir.filePath(QStringLiteral("settings.ini")));
        AppSettings settings(&local);
        QCOMPARE(settings.language(), QStringLiteral("id")); // whatever the system's locale
        QVERIFY(settings.setLanguage(QStringLiteral("en")).ok());
        QCOMPARE(
            LocalSettings(dir.filePath(QStringLiteral("settings.ini"))).language(), QStringLiteral("en"));
        const Status refused = settings.setLanguage(QStringLiteral("fr"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, QStringLiteral("Bahasa \"fr\" tidak tersedia."));
        QCOMPARE(settings.language(), QStringLiteral("en"));
        QCOMPARE(AppSettings::languages().size(), 2);
        QCOMPARE(AppSettings::languages().first().code, QStringLiteral("id"));
    }

    void connectionTest()
    {
        QTemporaryDir dir;
        DatabaseUrl missingFolder;
        missingFolder.path = dir.filePath(QStringLiteral("tidak-ada/data.sqlite"));
        auto result = AppSettings::testConnection(missingFolder);
        QVERIFY(!result.ok());
        QVERIFY2(
            result.error().message.contains(QStringLiteral("tidak ada")), qPrintable(result.error().message));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("tidak-ada")))); // nothing created

        DatabaseUrl fresh;
        fresh.path = dir.filePath(QStringLiteral("baru.sqlite"));
        result = AppSettings::testConnection(fresh);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QVERIFY(result->contains(QStringLiteral("belum ada")));
        QVERIFY(!QFileInfo::exists(fresh.path));

        QFile garbage(dir.filePath(QStringLiteral("rusak.sqlite")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
        garbage.close();
        DatabaseUrl corrupt;
        corrupt.path = garbage.fileName();
        result = AppSettings::testConnection(corrupt);
        QVERIFY(!result.ok());
        QVERIFY2(
            result.error().message.contains(QStringLiteral("rusak")), qPrintable(result.error().message));

        // The test database of this run (SQLite or PostgreSQL), migrated by initTestCase.
        result = AppSettings::testConnection(m_fresh.url());
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QVERIFY2(result->contains(QStringLiteral("Koneksi berhasil: database Karier ASN (skema %1)")
                                      .arg(Database::latestSchemaVersion())),
            qPrintable(result.value()));

        if (TestDatabase::isPostgres()) {
            DatabaseUrl wrong = m_fresh.url();
            wrong.password = QStringLiteral("salah-sandi");
            wrong.user = QStringLiteral("tidak_ada_pengguna");
            result = AppSettings::testConnection(wrong);
            QVERIFY(!result.ok());
            QVERIFY(!result.error().message.isEmpty());
            // The workstation's own setting names the server without a login: it is reached, nobody
            // logs in.
            DatabaseUrl serverOnly = m_fresh.url();
            serverOnly.user.clear();
            serverOnly.password.clear();
            result = AppSettings::testConnection(serverOnly);
            QVERIFY2(result.ok(), qPrintable(result.error().message));
            QVERIFY2(result->contains(QStringLiteral("dapat dihubungi")), qPrintable(result.value()));
        }
    }

    void sharedValidation_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<int>("jpPerDay");
        QTest::addColumn<double>("sharpness");
        QTest::addColumn<QString>("message");
        QTest::newRow("pdf too small") << qint64(1000) << 8 << 0.0 << "Ukuran PDF";
        QTest::newRow("pdf too large") << qint64(51) * 1024 * 1024 << 8 << 0.0 << "Ukuran PDF";
        QTest::newRow("jp 0") << qint64(1 << 20) << 0 << 0.0 << "JP per hari";
        QTest::newRow("jp 25") << qint64(1 << 20) << 25 << 0.0 << "JP per hari";
        QTest::newRow("negative sharpness") << qint64(1 << 20) << 8 << -1.0 << "ketajaman";
        QTest::newRow("fine") << qint64(2 << 20) << 10 << 1200.0 << "";
    }

    void sharedValidation()
    {
        QFETCH(qint64, bytes);
        QFETCH(int, jpPerDay);
        QFETCH(double, sharpness);
        QFETCH(QString, message);
        SharedSettings::Values v;
        v.maxPdfBytes = bytes;
        v.maxJpPerDay = jpPerDay;
        v.sharpnessThreshold = sharpness;
        LocalSettings local(iniPath());
        AppSettings settings(&local, m_db);
        const Status status = settings.setShared(sessionOf(Role::Admin), v);
        if (message.isEmpty()) {
            QVERIFY2(status.ok(), qPrintable(status.error().message));
            auto loaded = settings.shared();
            QVERIFY(loaded.ok());
            QCOMPARE(loaded->maxPdfBytes, bytes);
            QCOMPARE(loaded->maxJpPerDay, jpPerDay);
            QCOMPARE(loaded->sharpnessThreshold, sharpness);
        } else {
            QCOMPARE(status.error().code, ErrorCode::InvalidInput);
            QVERIFY2(status.error().message.contains(message), qPrintable(status.error().message));
        }
    }

    void onlyAdminChangesSharedSettings_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("asn") << int(Role::Asn) << false;
        QTest::newRow("pengelola") << int(Role::Pengelola) << false;
        QTest::newRow("admin") << int(Role::Admin) << true;
    }

    void onlyAdminChangesSharedSettings()
    {
        QFETCH(int, role);
        QFETCH(bool, allowed);
        const Session session = sessionOf(Role(role));
        QCOMPARE(AppSettings::canChangeShared(session), allowed);

        LocalSettings local(iniPath());
        AppSettings settings(&local, m_db);
        const auto before = settings.shared();
        QVERIFY(before.ok());
        SharedSettings::Values changed = before.value();
        changed.maxJpPerDay = before->maxJpPerDay == 7 ? 6 : 7;

        int auditBefore = 0;
        const auto countAudit = [&](int& count) {
            return m_db->read([&](QSqlDatabase& c) -> Status {
                SqlQuery q(c,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'pengaturan-diubah' AND "
                                   "entity_id = 'max_jp_per_day' AND actor_nip = ? AND to_state = ?"));
                q.bindAll(session.nip, QString::number(changed.maxJpPerDay));
                if (!q.exec() || !q.next())
                    return q.error();
                count = q.value(0).toInt();
                return {};
            });
        };
        QVERIFY(countAudit(auditBefore).ok());

        const Status status = settings.setShared(session, changed);
        QCOMPARE(status.ok(), allowed);
        const auto after = settings.shared();
        QVERIFY(after.ok());
        int auditAfter = 0;
        QVERIFY(countAudit(auditAfter).ok());
        if (allowed) {
            QCOMPARE(after->maxJpPerDay, changed.maxJpPerDay);
            QCOMPARE(auditAfter, auditBefore + 1);
        } else {
            QCOMPARE(status.error().code, ErrorCode::Forbidden);
            QCOMPARE(after->maxJpPerDay, before->maxJpPerDay);
            QCOMPARE(auditAfter, auditBefore);
        }
    }

    void sharedNeedsDatabase()
    {
        LocalSettings local(iniPath());
        AppSettings settings(&local);
        QVERIFY(!settings.shared().ok());
        QCOMPARE(settings.setShared(sessionOf(Role::Admin), {}).error().code, ErrorCode::Database);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "TestAppSettings.moc"
