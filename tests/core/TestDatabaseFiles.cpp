// SPDX-License-Identifier: GPL-3.0-or-later
// SQLite database files: only Create makes a database; another program's file is looked at read-only
// and refused byte for byte unchanged (no journal-mode flip, no -wal/-shm left beside it); a mistyped
// path leaves no folder behind; our files carry Karier ASN's application_id.
#include "CliRunner.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace karier;

Q_DECLARE_METATYPE(karier::Database::OpenMode)

namespace {

/// Another program's SQLite database in rollback-journal mode, with one table and one row.
bool makeForeignDatabase(const QString& path)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"))
                && q.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('milik program lain')"));
            q = QSqlQuery();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    return ok;
}

QByteArray digestOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

DatabaseUrl sqliteUrl(const QString& path)
{
    DatabaseUrl url;
    url.dialect = DatabaseUrl::Dialect::Sqlite;
    url.path = path;
    return url;
}

} // namespace

class TestDatabaseFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foreignFileIsRefusedUntouched_data()
    {
        QTest::addColumn<Database::OpenMode>("mode");
        QTest::newRow("Create") << Database::OpenMode::Create;
        QTest::newRow("Migrate") << Database::OpenMode::Migrate;
        QTest::newRow("RequireExisting") << Database::OpenMode::RequireExisting;
    }

    void foreignFileIsRefusedUntouched()
    {
        QFETCH(Database::OpenMode, mode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lain.sqlite"));
        QVERIFY(makeForeignDatabase(path));
        const QByteArray before = digestOf(path);
        QVERIFY(!before.isEmpty());
        const QStringList filesBefore = filesIn(dir.path());

        auto opened = Database::open(sqliteUrl(path), mode);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(QLatin1String("bukan database Karier ASN")),
            qPrintable(opened.error().message));
        QCOMPARE(digestOf(path), before);
        QCOMPARE(filesIn(dir.path()), filesBefore);
    }

    void foreignFileUntouchedByTheCli()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lain.sqlite"));
        QVERIFY(makeForeignDatabase(path));
        const QByteArray before = digestOf(path);
        QTemporaryDir home;
        const auto run = karier::test::runCli(QStringLiteral(KARIER_CLI_PATH), home.path(),
            {QStringLiteral("--database"), QStringLiteral("sqlite:") + path, QStringLiteral("export-pegawai"),
                QStringLiteral("-")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QLatin1String("bukan database Karier ASN")), qPrintable(run.err));
        QCOMPARE(digestOf(path), before);
        QCOMPARE(filesIn(dir.path()), QStringList({QStringLiteral("lain.sqlite")}));
    }

    void missingPathIsCreatedOnlyByCreate_data()
    {
        QTest::addColumn<Database::OpenMode>("mode");
        QTest::addColumn<bool>("created");
        QTest::newRow("Create") << Database::OpenMode::Create << true;
        QTest::newRow("Migrate") << Database::OpenMode::Migrate << false;
        QTest::newRow("RequireExisting") << Database::OpenMode::RequireExisting << false;
    }

    void missingPathIsCreatedOnlyByCreate()
    {
        QFETCH(Database::OpenMode, mode);
        QFETCH(bool, created);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("salah/ketik/karier.sqlite"));
        auto opened = Database::open(sqliteUrl(path), mode);
        QCOMPARE(opened.ok(), created);
        QCOMPARE(QFile::exists(path), created);
        QCOMPARE(QDir(dir.filePath(QStringLiteral("salah"))).exists(), created);
        if (!created)
            QVERIFY2(opened.error().message.contains(QLatin1String("tidak ada")),
                qPrintable(opened.error().message));
    }

    void emptyFileIsKeptForRequireExisting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kosong.sqlite"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        auto opened = Database::open(sqliteUrl(path), Database::OpenMode::RequireExisting);
        QVERIFY(!opened.ok());
        QVERIFY2(
            opened.error().message.contains(QLatin1String("kosong")), qPrintable(opened.error().message));
        QCOMPARE(QFileInfo(path).size(), 0);
        QCOMPARE(filesIn(dir.path()), QStringList({QStringLiteral("kosong.sqlite")}));
    }

    void ourFileCarriesTheApplicationId()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("karier.sqlite"));
        {
            auto opened = Database::open(sqliteUrl(path), Database::OpenMode::Create);
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
            qint64 id = 0;
            QVERIFY(opened.value()->read([&](QSqlDatabase& c) -> Status {
                QSqlQuery q(c);
                if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
                    return Database::errorFrom(q.lastError());
                id = q.value(0).toLongLong();
                return {};
            }));
            QCOMPARE(id, Q_INT64_C(0x4B61534E));
        }
        // Reopened as an existing database by every mode.
        for (auto mode : {Database::OpenMode::Migrate, Database::OpenMode::RequireExisting}) {
            auto again = Database::open(sqliteUrl(path), mode);
            QVERIFY2(again.ok(), qPrintable(again.error().message));
        }
    }

    void readOnlyUserIsRefusedAndLeavesNothing()
    {
        // A user who may read the file but not write it (or its folder) would leave -wal/-shm files the
        // owner cannot write: refused before SQLite opens it. As root (CI) the refused user is "nobody"
        // (setpriv); otherwise the file and folder are made read-only for this user.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("karier.sqlite"));
        {
            auto created = Database::open(sqliteUrl(path), Database::OpenMode::Create);
            QVERIFY2(created.ok(), qPrintable(created.error().message));
        }
        QCOMPARE(filesIn(dir.path()), QStringList({QStringLiteral("karier.sqlite")}));
        const QByteArray before = digestOf(path);
        QTemporaryDir home;
        const QFileDevice::Permissions readOnly
            = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        const QFileDevice::Permissions enterable
            = readOnly | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        QString program = QStringLiteral(KARIER_CLI_PATH);
        QStringList arguments;
        const bool root = ::geteuid() == 0;
        if (root) {
            // nobody reaches the file, the program and a home of its own: copies in open folders.
            QVERIFY(QFile::setPermissions(dir.path(), enterable | QFileDevice::WriteOwner));
            QVERIFY(QFile::setPermissions(path, readOnly | QFileDevice::WriteOwner));
            QVERIFY(QFile::setPermissions(
                home.path(), enterable | QFileDevice::WriteOwner | QFileDevice::WriteOther));
            const QString cli = home.filePath(QStringLiteral("karier-cli"));
            QVERIFY(QFile::copy(program, cli));
            QVERIFY(QFile::setPermissions(cli, enterable));
            arguments = QStringList {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                QStringLiteral("--clear-groups"), cli};
            program = QStringLiteral("setpriv");
        } else {
            QVERIFY(QFile::setPermissions(path, readOnly));
            QVERIFY(QFile::setPermissions(dir.path(), enterable));
        }
        arguments << QStringLiteral("--database") << QStringLiteral("sqlite:") + path
                  << QStringLiteral("export-pegawai") << QStringLiteral("-");
        const auto run = karier::test::runCli(program, home.path(), arguments);
        QFile::setPermissions(dir.path(), enterable | QFileDevice::WriteOwner);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(
            run.err.contains(QLatin1String("tidak dapat ditulis oleh pengguna ini")), qPrintable(run.err));
        QCOMPARE(digestOf(path), before);
        QCOMPARE(filesIn(dir.path()), QStringList({QStringLiteral("karier.sqlite")}));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseFiles)
#include "TestDatabaseFiles.moc"
