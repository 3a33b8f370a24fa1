// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestDatabase.h"
#include "auth/AuthService.h"
#include "auth/Base32.h"
#include "auth/Totp.h"
#include "org/Organisation.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace karier;
using karier::test::TestDatabase;

/// karier-cli end to end: the real executable against a real database of the test dialect.
class TestCli : public QObject
{
    Q_OBJECT

    using Run = karier::test::CliRun;

    QTemporaryDir m_home;

    Run cli(const QStringList& args, const QByteArray& input = {}, const QMap<QString, QString>& env = {})
    {
        return karier::test::runCli(QStringLiteral(KARIER_CLI_PATH), m_home.path(), args, input, env);
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
        QTest::newRow("unlock without nip") << QStringList {"user", "unlock"} << 2 << "--nip";
        QTest::newRow("unknown user action")
            << QStringList {"user", "hapus", "--nip", "198609262015051001"} << 2 << "unlock";
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
        if (TestDatabase::isPostgres()) {
            // The server's own settings: the test cluster delays refused logins (auth_delay), but has no TLS.
            QVERIFY2(!run.err.contains(QLatin1String("auth_delay")), qPrintable(run.err));
            QVERIFY2(run.err.contains(QLatin1String("Peringatan: ssl = off")), qPrintable(run.err));
        } else {
            QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        }
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
            "Bengawan-Baru-93\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("dibuat")), qPrintable(run.err));
        AuthService auth(db.value());
        QCOMPARE(auth.login(nip, QStringLiteral("Bengawan-Baru-93")).kind,
            AuthService::Outcome::Kind::NeedEnrolment);
        run = cli(with(fresh,
                      {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--nip"), nip,
                          QStringLiteral("--role"), QStringLiteral("asn")}),
            "Bengawan-Baru-93\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("sudah memiliki akun")));
        run = cli(with(fresh,
                      {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--nip"), nip,
                          QStringLiteral("--role"), QStringLiteral("raja")}),
            "Bengawan-Baru-93\n");
        QCOMPARE(run.exitCode, 2);
        run = cli(with(fresh,
            {QStringLiteral("user"), QStringLiteral("reset-otp"), QStringLiteral("--nip"),
                QStringLiteral("198503152010012002")}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(auth.login(QStringLiteral("198503152010012002"), QStringLiteral("DemoAdmin2026")).kind,
            AuthService::Outcome::Kind::NeedEnrolment);

        // user unlock: lifts a lockout at once (the ASN's, after five wrong passwords).
        const QString asnNip = QStringLiteral("198609262015051001");
        for (int i = 1; i <= AuthService::FreeAttempts; ++i)
            (void)auth.login(asnNip, QStringLiteral("keliru-%1").arg(i));
        QCOMPARE(auth.login(asnNip, QStringLiteral("DemoAsn2026")).kind, AuthService::Outcome::Kind::Locked);
        run = cli(with(fresh,
            {QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("--nip"),
                QStringLiteral("19860926 201505 1 001")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("dibuka")), qPrintable(run.out + run.err));
        QCOMPARE(
            auth.login(asnNip, QStringLiteral("DemoAsn2026")).kind, AuthService::Outcome::Kind::LoggedIn);
        run = cli(
            with(fresh, {QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("--nip"), asnNip}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("Tidak ada percobaan gagal")), qPrintable(run.out + run.err));

        // user deactivate / activate / set-role: AccountAdmin's rules (the last active Admin stays).
        const QString adminNip = QStringLiteral("198503152010012002");
        run = cli(with(fresh,
            {QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("--nip"), adminNip}));
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QLatin1String("terakhir")), qPrintable(run.err));
        run = cli(with(
            fresh, {QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("--nip"), asnNip}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(
            auth.login(asnNip, QStringLiteral("DemoAsn2026")).kind != AuthService::Outcome::Kind::LoggedIn);
        run = cli(with(
            fresh, {QStringLiteral("user"), QStringLiteral("activate"), QStringLiteral("--nip"), asnNip}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            auth.login(asnNip, QStringLiteral("DemoAsn2026")).kind, AuthService::Outcome::Kind::LoggedIn);
        run = cli(with(fresh,
            {QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("--nip"), asnNip,
                QStringLiteral("--role"), QStringLiteral("pengelola")}));
        QCOMPARE(run.exitCode, 2); // a Pengelola needs --unit
        run = cli(with(fresh,
            {QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("--nip"), asnNip,
                QStringLiteral("--role"), QStringLiteral("admin")}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(auth.login(asnNip, QStringLiteral("DemoAsn2026")).kind,
            AuthService::Outcome::Kind::NeedEnrolment);
        run = cli(with(fresh,
            {QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("--nip"), asnNip,
                QStringLiteral("--role"), QStringLiteral("asn")}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            auth.login(asnNip, QStringLiteral("DemoAsn2026")).kind, AuthService::Outcome::Kind::LoggedIn);

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

        // A path that is not a readable regular file is a usage problem (exit 2).
        run = cli(with(
            fresh, {QStringLiteral("import-pegawai"), m_home.filePath(QStringLiteral("tidak-ada.csv"))}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("tidak ditemukan")), qPrintable(run.err));
    }

    void badPathsAreRefusedUpFront_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        for (const char* command : {"import-pegawai", "import-dms", "batch-kursus"}) {
            const QString c = QLatin1String(command);
            QTest::addRow("%s /dev/zero", command) << c << "/dev/zero" << 2 << "bukan file biasa";
            QTest::addRow("%s fifo", command) << c << "fifo" << 2 << "bukan file biasa";
            QTest::addRow("%s directory", command) << c << "folder" << 2 << "folder, bukan file";
            QTest::addRow("%s over 64 MB", command) << c << "besar.csv" << 1 << "lebih dari 64 MB";
        }
    }

    void badPathsAreRefusedUpFront()
    {
        QFETCH(QString, command);
        QFETCH(QString, path);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        TestDatabase fresh;
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        QCOMPARE(cli(with(fresh, {QStringLiteral("init")})).exitCode, 0);
        QTemporaryDir dir;
        if (path == QLatin1String("fifo")) {
            path = dir.filePath(path);
            QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (path == QLatin1String("folder")) {
            path = dir.path();
        } else if (path == QLatin1String("besar.csv")) {
            // Sparse: 1 GiB that is refused by its stated size without being read.
            path = dir.filePath(path);
            QFile big(path);
            QVERIFY(big.open(QIODevice::WriteOnly));
            QVERIFY(big.resize(qint64(1) << 30));
        }
        QStringList args = {command, path};
        if (command == QLatin1String("batch-kursus"))
            args = {command, QStringLiteral("--nips"), path, QStringLiteral("--pdf"),
                QStringLiteral("sk.pdf"), QStringLiteral("namaKursus=Latsar")};
        QElapsedTimer timer;
        timer.start();
        const Run run = cli(with(fresh, args));
        QVERIFY2(timer.elapsed() < 20000, "karier-cli must neither block on a FIFO nor read the device");
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void hostileRowsAreRefusedAlikeOnBothDialects()
    {
        TestDatabase fresh;
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        QCOMPARE(cli(with(fresh, {QStringLiteral("demo")})).exitCode, 0);
        auto db = Database::open(fresh.url());
        QVERIFY(db);
        Organisation org(db.value());
        const int employees = org.employeeCount().value();

        const QString csv = m_home.filePath(QStringLiteral("jahat.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("nip,nama,kode_unit\r"
                              "199511112020122001,\xef\xbf\xbeNama Terbalik,BKPSDM\r"
                              "199511112020122002,Na\0ma,BKPSDM\r"
                              "199511112020122003,\x1b]0;judul\x07\x1b[2JBudi,BKPSDM\r"
                              "199511112020121004,Pegawai Baik,BKPSDM\r",
            178));
        file.close();
        const Run run = cli(with(fresh, {QStringLiteral("import-pegawai"), csv}));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
            QStringLiteral("baris 2: nama memuat karakter terlarang U+FFFE (posisi 1)\n"
                           "baris 3: nama memuat karakter kendali U+0000 (posisi 3)\n"
                           "baris 4: nama memuat karakter kendali U+001B (posisi 1)\n"));
        QVERIFY2(run.out.contains(QLatin1String("1 baru")), qPrintable(run.out));
        QCOMPARE(org.employeeCount().value(), employees + 1);
        for (const char* nip : {"199511112020122001", "199511112020122002", "199511112020122003"})
            QVERIFY(!org.employeeByNip(QLatin1String(nip)).value());

        // import-dms: a file with CR-only line endings is read row by row, a hostile reference refused.
        const QString dms = m_home.filePath(QStringLiteral("dms-cr.csv"));
        QFile dmsFile(dms);
        QVERIFY(dmsFile.open(QIODevice::WriteOnly));
        dmsFile.write("nip,jenis,referensi,dokumen\r"
                      "199511112020121004,jabatan,SK Jabatan 2021,ada\r"
                      "199511112020121004,jabatan,SK \x1b[31mMerah,ada\r");
        dmsFile.close();
        const Run imported = cli(with(fresh, {QStringLiteral("import-dms"), dms}));
        QCOMPARE(imported.exitCode, 1);
        QCOMPARE(
            imported.err, QStringLiteral("baris 3: referensi memuat karakter kendali U+001B (posisi 4)\n"));
        QVERIFY2(imported.out.contains(QLatin1String("1 baru")), qPrintable(imported.out));
    }

    void dataReachesTheTerminalEscaped()
    {
        TestDatabase fresh;
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        QCOMPARE(cli(with(fresh, {QStringLiteral("demo")})).exitCode, 0);
        auto db = Database::open(fresh.url());
        QVERIFY(db);
        // A name stored before the import refused such characters (or written by other means).
        const QString nip = QStringLiteral("198503152010012002");
        const QString hostile = QStringLiteral("\x1b]0;judul\x07\x1b[2JAdmin\u009b31m");
        QVERIFY(db.value()->write([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("UPDATE employees SET nama = ? WHERE nip = ?"));
            q.bindAll(hostile, nip);
            return q.exec() ? Status() : Status(q.error());
        }));
        Run run = cli(with(fresh, {QStringLiteral("dms-score"), QStringLiteral("--nip"), nip}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.out.contains(QLatin1String("\\x1b]0;judul\\x07\\x1b[2JAdmin\\x9b31m")), qPrintable(run.out));
        QVERIFY(!run.out.contains(QChar(0x1b)));
        QVERIFY(!run.out.contains(QChar(0x9b)));
        // JSON is exact data, with every control escaped by JSON's own rules.
        run = cli(with(
            fresh, {QStringLiteral("dms-score"), QStringLiteral("--nip"), nip, QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains(QChar(0x1b)));
        QVERIFY(!run.out.contains(QChar(0x9b)));
        const auto json = QJsonDocument::fromJson(run.out.toUtf8());
        QVERIFY(json.object().value(QStringLiteral("nama")).toString().startsWith(hostile));
        // The CSV export to standard output is data for a program: exact (quoted for its ';').
        run = cli(with(fresh, {QStringLiteral("export-pegawai"), QStringLiteral("-")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("=\"%1\",\"").arg(nip) + hostile + QLatin1String("\",")));

        // Messages quoting a file name are escaped too (the NIP list and KEY=VALUE: TestBatchCli).
        run = cli(
            with(fresh, {QStringLiteral("import-pegawai"), m_home.filePath(QStringLiteral("\x1b[2Jx.csv"))}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.contains(QChar(0x1b)));
        QVERIFY2(run.err.contains(QLatin1String("\\x1b[2Jx.csv")), qPrintable(run.err));
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

    /// --login: the command runs as that person, with their rights only (checked by the services, and
    /// on a shared server by the server, whose login the person's own is); the system itself is only the
    /// database's owner.
    void loginActsAsThePerson()
    {
        TestDatabase fresh;
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        QCOMPARE(cli(with(fresh, {QStringLiteral("demo")})).exitCode, 0);
        const QString asn = QStringLiteral("198609262015051001");
        const QString pengelola = QStringLiteral("198007122005011003");
        const QString admin = QStringLiteral("198503152010012002");
        const QMap<QString, QString> asnPassword {
            {QStringLiteral("KARIER_PASSWORD"), QStringLiteral("DemoAsn2026")}};
        // A shared server is named without its owner's login, as a workstation's settings name it.
        QStringList server = with(fresh, {});
        if (TestDatabase::isPostgres()) {
            DatabaseUrl url = fresh.url();
            url.user.clear();
            url.password.clear();
            server = {QStringLiteral("--database"), url.toString(true)};
            Run nobody = cli(server + QStringList {QStringLiteral("export-pegawai"), QStringLiteral("-")});
            QCOMPARE(nobody.exitCode, 1);
            QVERIFY2(nobody.err.contains(QLatin1String("--login NIP")), qPrintable(nobody.err));
        }
        const auto as = [&](const QString& nip) {
            return server + QStringList {QStringLiteral("--login"), nip};
        };

        // The ASN: their own score, nobody's accounts, no employee list.
        Run run = cli(as(asn) + QStringList {QStringLiteral("dms-score"), QStringLiteral("--nip"), asn}, {},
            asnPassword);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("Skor Arsip Digital")), qPrintable(run.err));
        run = cli(as(asn)
                + QStringList {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--nip"),
                    pengelola, QStringLiteral("--role"), QStringLiteral("admin")},
            "Sandi-Baru-Kuat-2026\n", asnPassword);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("tidak berhak")), qPrintable(run.err));
        run = cli(as(asn)
                + QStringList {QStringLiteral("user"), QStringLiteral("reset-otp"), QStringLiteral("--nip"),
                    admin},
            {}, asnPassword);
        QCOMPARE(run.exitCode, 1);
        run = cli(
            as(asn) + QStringList {QStringLiteral("export-pegawai"), QStringLiteral("-")}, {}, asnPassword);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.out.contains(admin));
        run = cli(as(asn) + QStringList {QStringLiteral("init")}, {}, asnPassword);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("pemilik database")), qPrintable(run.err));

        // A wrong password, or a Pengelola without the code: nothing runs.
        run = cli(as(asn) + QStringList {QStringLiteral("dms-score"), QStringLiteral("--nip"), asn}, {},
            {{QStringLiteral("KARIER_PASSWORD"), QStringLiteral("DemoAsn2025")}});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("NIP atau kata sandi salah")), qPrintable(run.err));
        run = cli(as(pengelola) + QStringList {QStringLiteral("dms-recap")}, {},
            {{QStringLiteral("KARIER_PASSWORD"), QStringLiteral("DemoPengelola2026")},
                {QStringLiteral("KARIER_OTP"), QStringLiteral("12345")}});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Kode OTP")), qPrintable(run.err));

        // The Admin with the code: an Admin's command (the Pengelola's wrong code is counted, on a shared
        // server by the server), audited as the Admin.
        const QByteArray secret
            = Base32::decode(QStringLiteral("KARIERASNADMINDEMOSURAKARTA23456")).value_or(QByteArray());
        run = cli(as(admin)
                + QStringList {QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("--nip"),
                    pengelola},
            {},
            {{QStringLiteral("KARIER_PASSWORD"), QStringLiteral("DemoAdmin2026")},
                {QStringLiteral("KARIER_OTP"), Totp::code(secret, QDateTime::currentSecsSinceEpoch())}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("dibuka")), qPrintable(run.out));
        auto db = fresh.open();
        QVERIFY(db);
        int audited = 0;
        QVERIFY(db->read([&](QSqlDatabase& c) -> Status {
                      SqlQuery q(c,
                          QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'kunci-login-dibuka' "
                                         "AND actor_nip = ?"));
                      q.bind(admin);
                      if (!q.exec() || !q.next())
                          return q.error();
                      audited = q.value(0).toInt();
                      return {};
                  }).ok());
        QCOMPARE(audited, 1);
        // A new password for the ASN, by the system itself (the owner): a weak one is refused, a strong
        // one works at once and the old one no longer does.
        const QStringList setPassword {
            QStringLiteral("user"), QStringLiteral("set-password"), QStringLiteral("--nip"), asn};
        run = cli(with(fresh, setPassword), "password\n");
        QCOMPARE(run.exitCode, 1);
        run = cli(with(fresh, setPassword), "Kidung-Rumekso-2027\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli(as(asn) + QStringList {QStringLiteral("dms-score"), QStringLiteral("--nip"), asn}, {},
            {{QStringLiteral("KARIER_PASSWORD"), QStringLiteral("Kidung-Rumekso-2027")}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(cli(as(asn) + QStringList {QStringLiteral("dms-score"), QStringLiteral("--nip"), asn}, {},
                     asnPassword)
                     .exitCode,
            1);
        // A temporary one (--sementara): the command refuses to act with it until it has been changed.
        run = cli(
            with(fresh, setPassword + QStringList {QStringLiteral("--sementara")}), "Tembang-Macapat-2028\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("sementara")), qPrintable(run.out));
        run = cli(as(asn) + QStringList {QStringLiteral("dms-score"), QStringLiteral("--nip"), asn}, {},
            {{QStringLiteral("KARIER_PASSWORD"), QStringLiteral("Tembang-Macapat-2028")}});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("sementara")), qPrintable(run.err));
        run = cli(with(fresh, setPassword), "Kidung-Rumekso-2027\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        if (TestDatabase::isPostgres()) {
            // The command's session with the code ended with the command.
            int sessions = -1;
            QVERIFY(db->read([&](QSqlDatabase& c) -> Status {
                          SqlQuery q(c, QStringLiteral("SELECT COUNT(*) FROM karier_sessions"));
                          if (!q.exec() || !q.next())
                              return q.error();
                          sessions = q.value(0).toInt();
                          return {};
                      }).ok());
            QCOMPARE(sessions, 0);
        }
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
