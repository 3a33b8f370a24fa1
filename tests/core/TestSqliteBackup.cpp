// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "io/DemoSeeder.h"
#include "storage/Database.h"
#include "storage/SqliteBackup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;

/// karier-cli backup / restore of a SQLite database (issue 21 §5): copies made while imports write to the
/// database pass PRAGMA integrity_check and carry our application_id; restore brings one back and keeps the
/// replaced database beside it; a foreign SQLite file, a damaged copy and a file that is no database are
/// refused with nothing touched. SQLite only by nature (PostgreSQL: pg_dump, README), so a core test.
class TestSqliteBackup : public QObject
{
    Q_OBJECT

    static constexpr int Parts = 8;
    static constexpr int PerPart = 5000;
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_database;
    QString m_unit;

    karier::test::CliRun cli(const QStringList& args)
    {
        return karier::test::runCli(QStringLiteral(KARIER_CLI_PATH), m_home.path(),
            QStringList {QStringLiteral("--database"), QStringLiteral("sqlite:") + m_database} + args);
    }

    /// A value of one statement on \a path, read on a connection of its own.
    static QVariant valueOf(const QString& path, const QString& sql)
    {
        QVariant result;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            c.setDatabaseName(path);
            c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (c.open()) {
                QSqlQuery q(c);
                if (q.exec(sql) && q.next())
                    result = q.value(0);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return result;
    }

    /// \a count employees with valid NIPs (birth date, TMT 2015-01, male), from \a first on.
    QByteArray employeesCsv(int first, int count) const
    {
        QByteArray csv("nip,nama,kode_unit\n");
        for (int i = first; i < first + count; ++i) {
            const QDate birth = QDate(1970, 1, 1).addDays(i % 8000);
            const QString nip = birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("201501")
                + QStringLiteral("1") + QStringLiteral("%1").arg(i / 8000 + 1, 3, 10, QLatin1Char('0'));
            csv += QStringLiteral("%1,Pegawai Uji %2,%3\n").arg(nip).arg(i).arg(m_unit).toUtf8();
        }
        return csv;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("karier.sqlite"));
        QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);
        {
            auto db = Database::open(DatabaseUrl::parse(QStringLiteral("sqlite:") + m_database).value(),
                Database::OpenMode::RequireExisting);
            QVERIFY(db.ok());
            QVERIFY(DemoSeeder::seedOrganisation(db.value()).ok());
        }
        m_unit = valueOf(m_database,
            QStringLiteral("SELECT code FROM org_units WHERE parent_id IS NULL ORDER BY id LIMIT 1"))
                     .toString();
        QVERIFY(!m_unit.isEmpty());
    }

    void backupWhileImportsRunAndRestore()
    {
        // Eight imports of 5,000 employees each, one after another in a child process: many commits.
        QStringList files;
        for (int part = 0; part < Parts; ++part) {
            const QString file = m_dir.filePath(QStringLiteral("pegawai-%1.csv").arg(part));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(employeesCsv(part * PerPart, PerPart));
            files << file;
        }
        const qint64 before
            = valueOf(m_database, QStringLiteral("SELECT COUNT(*) FROM employees")).toLongLong();
        QString script;
        for (const QString& file : std::as_const(files))
            script += QStringLiteral(
                "\"$0\" --database \"sqlite:%1\" import-pegawai \"%2\" >/dev/null || exit 1\n")
                          .arg(m_database, file);
        QProcess importer;
        importer.setProcessEnvironment(karier::test::cliEnvironment(m_home.path()));
        importer.start(
            QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script, QStringLiteral(KARIER_CLI_PATH)});
        QVERIFY(importer.waitForStarted());

        // Backups while it runs: in this process (core) and through the real karier-cli.
        QStringList copies;
        int duringImport = 0;
        for (int i = 0; i < 40 && (importer.state() == QProcess::Running || copies.size() < 2); ++i) {
            const bool running = importer.state() == QProcess::Running;
            const QString copy = m_dir.filePath(QStringLiteral("cadangan-%1.sqlite").arg(i));
            if (i % 2 == 0) {
                auto facts = SqliteBackup::backup(nullptr, m_database, copy);
                QVERIFY2(facts.ok(), facts.ok() ? "" : qPrintable(facts.error().message));
            } else {
                const auto run = cli({QStringLiteral("backup"), copy});
                QVERIFY2(run.exitCode == 0, qPrintable(run.err));
                QVERIFY2(run.out.contains(QLatin1String("integrity_check ok")), qPrintable(run.out));
            }
            if (running && importer.state() == QProcess::Running)
                ++duringImport;
            copies << copy;
            QTest::qWait(30);
        }
        if (importer.state() != QProcess::NotRunning)
            QVERIFY(importer.waitForFinished(120000));
        QCOMPARE(importer.exitStatus(), QProcess::NormalExit);
        QCOMPARE(importer.exitCode(), 0);
        qInfo("%d backups, %d of them while the imports ran", int(copies.size()), duringImport);
        QVERIFY2(duringImport >= 2, qPrintable(QString::number(duringImport)));
        const qint64 after
            = valueOf(m_database, QStringLiteral("SELECT COUNT(*) FROM employees")).toLongLong();
        QCOMPARE(after, before + Parts * PerPart);

        // Every copy is whole, ours, one file (no -wal beside it), with a count the imports passed through.
        QSet<qint64> counts;
        for (const QString& copy : std::as_const(copies)) {
            QCOMPARE(
                valueOf(copy, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            QCOMPARE(valueOf(copy, QStringLiteral("PRAGMA application_id")).toLongLong(), 0x4B61534E);
            QCOMPARE(
                valueOf(copy, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
            QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));
            const qint64 n = valueOf(copy, QStringLiteral("SELECT COUNT(*) FROM employees")).toLongLong();
            QVERIFY(n >= before && n <= after);
            QCOMPARE((n - before) % PerPart, 0); // whole imports only: each is one transaction
            counts.insert(n);
        }
        QVERIFY(QDir(m_dir.path())
                    .entryList({QStringLiteral(".cadangan*")}, QDir::Hidden | QDir::Files)
                    .isEmpty());

        // Restore a copy taken mid-way (fewest employees): it comes back, the replaced database is kept.
        QString oldest = copies.first();
        for (const QString& copy : std::as_const(copies))
            if (valueOf(copy, QStringLiteral("SELECT COUNT(*) FROM employees")).toLongLong()
                < valueOf(oldest, QStringLiteral("SELECT COUNT(*) FROM employees")).toLongLong())
                oldest = copy;
        const qint64 restoredCount
            = valueOf(oldest, QStringLiteral("SELECT COUNT(*) FROM employees")).toLongLong();
        QVERIFY(restoredCount < after);
        const auto run = cli({QStringLiteral("restore"), oldest});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("sebelum-pulih")), qPrintable(run.out));
        QCOMPARE(valueOf(m_database, QStringLiteral("SELECT COUNT(*) FROM employees")).toLongLong(),
            restoredCount);
        QCOMPARE(
            valueOf(m_database, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        const QStringList kept
            = QDir(m_dir.path()).entryList({QStringLiteral("karier.sqlite.sebelum-pulih-*")});
        QCOMPARE(kept.size(), 1);
        const auto keptFacts = SqliteBackup::verify(m_dir.filePath(kept.first()));
        QVERIFY(keptFacts.ok());
        QCOMPARE(keptFacts->employees, after);
        // The program opens the restored database as usual.
        QCOMPARE(cli({QStringLiteral("export-pegawai"), QStringLiteral("-")}).exitCode, 0);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("foreign sqlite")
            << QByteArray("foreign") << QStringLiteral("bukan database Karier ASN");
        QTest::newRow("damaged copy") << QByteArray("damaged") << QStringLiteral("rusak");
        QTest::newRow("not a database") << QByteArray("text") << QStringLiteral("bukan database SQLite");
        QTest::newRow("missing") << QByteArray("missing") << QStringLiteral("tidak ada");
    }

    void refusals()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QString, text);
        const QString file
            = m_dir.filePath(QStringLiteral("masukan-%1.sqlite").arg(QString::fromLatin1(kind)));
        if (kind == "foreign") {
            {
                QSqlDatabase c
                    = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
                c.setDatabaseName(file);
                QVERIFY(c.open());
                QSqlQuery q(c);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE employees (id INTEGER PRIMARY KEY, nama TEXT)")));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO employees (nama) VALUES ('orang lain')")));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        } else if (kind == "damaged") {
            QVERIFY(SqliteBackup::backup(nullptr, m_database, file).ok());
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 64 * 1024);
            // Garbage over pages in the middle (not the header): the b-trees no longer hold together.
            for (qint64 at = 8192; at < size - 4096; at += 16384) {
                f.seek(at + 100);
                f.write(QByteArray(900, '\x5a'));
            }
        } else if (kind == "text") {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("nip,nama\n198609262015051001,Bukan Database\n").repeated(200));
        }
        const QByteArray before = [&] {
            QFile f(m_database);
            return f.open(QIODevice::ReadOnly)
                ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                : QByteArray();
        }();
        const QStringList keptBefore
            = QDir(m_dir.path()).entryList({QStringLiteral("karier.sqlite.sebelum-pulih-*")});
        const auto run = cli({QStringLiteral("restore"), file});
        QVERIFY2(run.exitCode != 0, qPrintable(run.out));
        QVERIFY2(run.err.contains(text), qPrintable(run.err));
        QFile f(m_database);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), before);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("karier.sqlite.sebelum-pulih-*")}), keptBefore);
    }

    void backupRefusesForeignSourceAndServers()
    {
        const QString foreign = m_dir.filePath(QStringLiteral("masukan-foreign.sqlite"));
        QVERIFY(QFile::exists(foreign));
        const auto refused
            = SqliteBackup::backup(nullptr, foreign, m_dir.filePath(QStringLiteral("x.sqlite")));
        QVERIFY(!refused);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.sqlite"))));
        const auto run = karier::test::runCli(QStringLiteral(KARIER_CLI_PATH), m_home.path(),
            {QStringLiteral("--database"), QStringLiteral("postgresql://karier@localhost:1/karier"),
                QStringLiteral("backup"), m_dir.filePath(QStringLiteral("y.sqlite"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("pg_dump")), qPrintable(run.err));
        QCOMPARE(cli({QStringLiteral("backup")}).exitCode, 2);
        Session asn;
        asn.accountId = 5;
        asn.role = Role::Asn;
        const auto forbidden
            = SqliteBackup::backup(&asn, m_database, m_dir.filePath(QStringLiteral("z.sqlite")));
        QVERIFY(!forbidden);
        QCOMPARE(forbidden.error().code, ErrorCode::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestSqliteBackup)
#include "TestSqliteBackup.moc"
