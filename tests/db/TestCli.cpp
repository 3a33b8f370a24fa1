// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestDatabase.h"
#include "auth/AuthService.h"
#include "org/Organisation.h"

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

/// karier-cli end to end: the real executable against a real database of the test dialect.
class TestCli : public QObject
{
    Q_OBJECT

    using Run = karier::test::CliRun;

    QTemporaryDir m_home;

    Run cli(const QStringList& args, const QByteArray& input = {})
    {
        return karier::test::runCli(QStringLiteral(KARIER_CLI_PATH), m_home.path(), args, input);
    }

    static QStringList with(const TestDatabase& db, QStringList args)
    {
        return QStringList {QStringLiteral("--database"), db.url().toString(true)} + args;
    }

private Q_SLOTS:
    void versionAndUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("text");
        QTest::newRow("version") << QStringList {"--version"} << 0 << "karier-cli 0.1";
        QTest::newRow("help") << QStringList {"--help"} << 0 << "Penggunaan";
        QTest::newRow("no command") << QStringList {} << 2 << "Penggunaan";
        QTest::newRow("unknown command") << QStringList {"hapus-semua"} << 2 << "tidak dikenal";
        QTest::newRow("unknown option") << QStringList {"--paksa", "init"} << 2 << "paksa";
        QTest::newRow("import without file") << QStringList {"import-pegawai"} << 2 << "nama file";
        QTest::newRow("user without nip") << QStringList {"user", "add", "--role", "asn"} << 2 << "--nip";
        QTest::newRow("unknown scheme")
            << QStringList {"--database", "mysql://u@h/db", "init"} << 1 << "mysql";
    }

    void versionAndUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, text);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, exitCode);
        const QString all = run.out + run.err;
        QVERIFY2(all.contains(text), qPrintable(all));
    }

    void initDemoUserImportExport()
    {
        TestDatabase fresh;
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));

        // Before init, commands that need data refuse an empty database.
        Run run = cli(with(fresh, {QStringLiteral("export-pegawai"), QStringLiteral("-")}));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QLatin1String("karier-cli init")), qPrintable(run.err));

        run = cli(with(fresh, {QStringLiteral("init")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("Database siap")));
        QCOMPARE(cli(with(fresh, {QStringLiteral("init")})).exitCode, 0);

        run = cli(with(fresh, {QStringLiteral("demo")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("198503152010012002")), qPrintable(run.out));
        QCOMPARE(cli(with(fresh, {QStringLiteral("demo")})).exitCode, 0);

        auto db = Database::open(fresh.url());
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        Organisation org(db.value());
        const int employees = org.employeeCount().value();
        QVERIFY(employees >= 200);

        // user add: password from standard input.
        QString nip;
        QVERIFY(org.forEachEmployee([&](const Employee& e) {
                       if (e.nip.startsWith(QLatin1String("1985")) || e.nip.startsWith(QLatin1String("1980")))
                           return true;
                       nip = e.nip;
                       return false;
                   })
                    .ok());
        run = cli(with(fresh,
                      {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--nip"), nip,
                          QStringLiteral("--role"), QStringLiteral("pengelola"), QStringLiteral("--unit"),
                          QStringLiteral("DISDIK")}),
            "KataSandiBaru9\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("dibuat")), qPrintable(run.err));
        AuthService auth(db.value());
        QCOMPARE(auth.login(nip, QStringLiteral("KataSandiBaru9")).kind,
            AuthService::Outcome::Kind::NeedEnrolment);
        run = cli(with(fresh,
                      {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--nip"), nip,
                          QStringLiteral("--role"), QStringLiteral("asn")}),
            "KataSandiBaru9\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("sudah memiliki akun")));
        run = cli(with(fresh,
                      {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--nip"), nip,
                          QStringLiteral("--role"), QStringLiteral("raja")}),
            "KataSandiBaru9\n");
        QCOMPARE(run.exitCode, 2);
        run = cli(with(fresh,
            {QStringLiteral("user"), QStringLiteral("reset-otp"), QStringLiteral("--nip"),
                QStringLiteral("198503152010012002")}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(auth.login(QStringLiteral("198503152010012002"), QStringLiteral("DemoAdmin2026")).kind,
            AuthService::Outcome::Kind::NeedEnrolment);

        // Export, then import with a bad row: exit 1, "baris N:" and the good rows kept.
        const QString exported = m_home.filePath(QStringLiteral("pegawai.csv"));
        run = cli(with(fresh, {QStringLiteral("export-pegawai"), exported}));
        QCOMPARE(run.exitCode, 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray csv = file.readAll();
        QCOMPARE(csv.count('\n'), employees + 1);
        file.close();
        csv.append("12345,Salah,,,,BKPSDM,,,,,\n");
        csv.append("199511112020122001,Pegawai Baru,,,,BKPSDM,,,,,\n");
        const QString edited = m_home.filePath(QStringLiteral("diubah.csv"));
        QFile out(edited);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(csv);
        out.close();
        run = cli(with(fresh, {QStringLiteral("import-pegawai"), edited}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("baris %1: NIP harus 18 digit").arg(employees + 2)),
            qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("1 baru")));
        QCOMPARE(org.employeeCount().value(), employees + 1);

        // Wrong columns: exit 1 and nothing written.
        const QString wrong = m_home.filePath(QStringLiteral("salah.csv"));
        QFile bad(wrong);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("nomor,nama\n199511112020122002,X\n");
        bad.close();
        run = cli(with(fresh, {QStringLiteral("import-pegawai"), wrong}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("Kolom CSV tidak sesuai")));
        QCOMPARE(org.employeeCount().value(), employees + 1);

        run = cli(with(
            fresh, {QStringLiteral("import-pegawai"), m_home.filePath(QStringLiteral("tidak-ada.csv"))}));
        QCOMPARE(run.exitCode, 1);
    }

    void newerDatabaseIsRefused()
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
                q.bindAll(500, QStringLiteral("masa depan"), QStringLiteral("2031-01-01"));
                return q.exec() ? Status() : Status(q.error());
            }));
        }
        const Run run = cli(with(fresh, {QStringLiteral("init")}));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QLatin1String("lebih baru")), qPrintable(run.err));
    }

    void unreachableServer()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();
        const Run run = cli({QStringLiteral("--database"),
            QStringLiteral("postgresql://u:p@127.0.0.1:%1/db").arg(port), QStringLiteral("init")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(QLatin1String("tidak dapat dihubungi")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
