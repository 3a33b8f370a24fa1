// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "io/DemoSeeder.h"
#include "io/EmployeeCsv.h"
#include "org/Organisation.h"

#include <QBuffer>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

class TestEmployeeCsv : public QObject
{
    Q_OBJECT

    const QDate m_today = QDate(2026, 11, 30);

    std::shared_ptr<Database> organisedDatabase(TestDatabase& fresh)
    {
        auto db = fresh.open();
        if (db && !DemoSeeder::seedOrganisation(db).ok())
            return {};
        return db;
    }

private Q_SLOTS:
    void importsValidRowsAndReportsBadOnes()
    {
        TestDatabase fresh;
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        auto db = organisedDatabase(fresh);
        QVERIFY(db);
        const QByteArray csv = "nip,nama,gelar_depan,gelar_belakang,jabatan,kode_unit\n"
                               "198609262015051001,Budi Santoso,,A.Md.Kep.,Perawat Terampil,BKPSDM\n"
                               "19860926201505100,Terlalu Pendek,,,,BKPSDM\n"
                               "199203142019032005,\"Siti Rahayu\",dr.,,Dokter Ahli Pertama,DINKES\n"
                               "199203142019032005,Siti Lagi,,,,DINKES\n"
                               "199001012015013001,Jenis Kelamin Salah,,,,BKPSDM\n"
                               "199505052021212001,Rina PPPK,,S.Kom.,Pranata Komputer Ahli Pertama,BKPSDM\n"
                               "198001012005011002,Unit Tak Dikenal,,,,TIDAK-ADA\n"
                               "198001012005011003,,,,,BKPSDM\n"
                               "198001012005011004,Kolom Kurang,BKPSDM\n";
        const auto report = EmployeeCsv::import(db, nullptr, csv, m_today);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->inserted, 3);
        QCOMPARE(report->updated, 0);
        QCOMPARE(report->errors.size(), 6);
        QVERIFY(report->errors.at(0).startsWith(QLatin1String("baris 3: NIP harus 18 digit")));
        QCOMPARE(
            report->errors.at(1), QStringLiteral("baris 5: NIP 199203142019032005 sudah ada di baris 4"));
        QVERIFY(report->errors.at(2).startsWith(QLatin1String("baris 6: ")));
        QVERIFY(report->errors.at(3).startsWith(QLatin1String("baris 8: kode_unit \"TIDAK-ADA\"")));
        QVERIFY(report->errors.at(4).startsWith(QLatin1String("baris 9: nama kosong")));
        QVERIFY(report->errors.at(5).startsWith(QLatin1String("baris 10: jumlah kolom")));
        Organisation org(db);
        QCOMPARE(org.employeeCount().value(), 3);
        const auto pppk = org.employeeByNip(QStringLiteral("199505052021212001")).value();
        QVERIFY(pppk);
        QVERIFY(pppk->pppk);
        QCOMPARE(pppk->jenisKelamin, 2);
        QCOMPARE(pppk->tanggalLahir, QDate(1995, 5, 5));
        const auto doctor = org.employeeByNip(QStringLiteral("199203142019032005")).value();
        QCOMPARE(doctor->displayName(), QStringLiteral("dr. Siti Rahayu"));
        QCOMPARE(doctor->tmt, QDate(2019, 3, 1));
    }

    void reimportUpdatesByNip()
    {
        TestDatabase fresh;
        auto db = organisedDatabase(fresh);
        QVERIFY(db);
        QVERIFY(EmployeeCsv::import(db, nullptr,
            "nip,nama,kode_unit\n198609262015051001,Budi,BKPSDM\n"
            "199203142019032005,Siti,DINKES\n",
            m_today)
                    .ok());
        const auto again = EmployeeCsv::import(db, nullptr,
            "kode_unit;nama;nip;jabatan\n"
            "BKPSDM;Budi Santoso;198609262015051001;Analis\n"
            "DINKES;Siti;199203142019032005;\n",
            m_today);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(again->inserted, 0);
        QCOMPARE(again->updated, 1);
        QCOMPARE(again->unchanged, 1);
        const auto budi = Organisation(db).employeeByNip(QStringLiteral("198609262015051001")).value();
        QCOMPARE(budi->nama, QStringLiteral("Budi Santoso"));
        QCOMPARE(budi->jabatan, QStringLiteral("Analis"));
        QCOMPARE(budi->version, 2);
    }

    void largeImportCountsEveryRow()
    {
        // More rows than one statement takes (500): new, changed and unchanged rows across chunks.
        TestDatabase fresh;
        auto db = organisedDatabase(fresh);
        QVERIFY(db);
        const auto nipOf = [](int i) -> QString {
            return QDate(1990, 1, 1).addDays(i / 900).toString(QStringLiteral("yyyyMMdd"))
                + QStringLiteral("2015011") + QStringLiteral("%1").arg(i % 900 + 1, 3, 10, QLatin1Char('0'));
        };
        const auto fileOf = [&](int count, int renamedEvery) {
            QByteArray csv = "nip,nama,jabatan,kode_unit\n";
            for (int i = 0; i < count; ++i) {
                const bool renamed = renamedEvery > 0 && i % renamedEvery == 0;
                csv += (nipOf(i)
                    + QStringLiteral(",Pegawai %1%2,Analis,%3\n")
                          .arg(i)
                          .arg(renamed ? QStringLiteral(" Baru") : QString())
                          .arg(i % 2 ? QStringLiteral("BKPSDM") : QStringLiteral("DINKES")))
                           .toUtf8();
            }
            return csv;
        };
        const auto first = EmployeeCsv::import(db, nullptr, fileOf(1200, 0), m_today);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QVERIFY2(first->errors.isEmpty(), qPrintable(first->errors.value(0)));
        QCOMPARE(first->inserted, 1200);
        Organisation org(db);
        QCOMPARE(org.employeeCount().value(), 1200);

        // Every third renamed, five more at the end.
        const auto again = EmployeeCsv::import(db, nullptr, fileOf(1205, 3), m_today);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QVERIFY(again->errors.isEmpty());
        QCOMPARE(again->inserted, 5);
        QCOMPARE(again->updated, 400);
        QCOMPARE(again->unchanged, 800);
        QCOMPARE(org.employeeCount().value(), 1205);
        const auto renamed = org.employeeByNip(nipOf(999)).value();
        QVERIFY(renamed);
        QCOMPARE(renamed->nama, QStringLiteral("Pegawai 999 Baru"));
        QCOMPARE(renamed->version, 2);
        const auto kept = org.employeeByNip(nipOf(1000)).value();
        QVERIFY(kept);
        QCOMPARE(kept->nama, QStringLiteral("Pegawai 1000"));
        QCOMPARE(kept->version, 1);
        QCOMPARE(kept->tanggalLahir, QDate(1990, 1, 2));
        const auto added = org.employeeByNip(nipOf(1204)).value();
        QVERIFY(added);
        QCOMPARE(added->unitCode, QStringLiteral("DINKES"));
    }

    void wholeFileRefusals_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong columns") << QByteArray("nip,nama,unit\n198609262015051001,Budi,BKPSDM\n")
                                       << "kolom wajib tidak ada: kode_unit";
        QTest::newRow("unknown column")
            << QByteArray("nip,nama,kode_unit,gaji\n198609262015051001,Budi,BKPSDM,1\n")
            << "kolom tidak dikenal: gaji";
        QTest::newRow("duplicate column") << QByteArray("nip,nama,kode_unit,nama\n") << "dua kali";
        QTest::newRow("latin-1 file")
            << QByteArray("nip,nama,kode_unit\n198609262015051001,Jos\xe9,BKPSDM\n") << "UTF-8";
        QTest::newRow("empty") << QByteArray("") << "kosong";
    }

    void wholeFileRefusals()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        TestDatabase fresh;
        auto db = organisedDatabase(fresh);
        QVERIFY(db);
        const auto report = EmployeeCsv::import(db, nullptr, csv, m_today);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::InvalidInput);
        QVERIFY2(report.error().message.contains(message), qPrintable(report.error().message));
        QCOMPARE(Organisation(db).employeeCount().value(), 0);
    }

    void derivedColumnsMustMatchNip_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<bool>("ok");
        QTest::newRow("all consistent")
            << "198609262015051001,Budi,BKPSDM,PNS,26-09-1986,L,01-05-2015" << true;
        QTest::newRow("iso dates") << "198609262015051001,Budi,BKPSDM,PNS,1986-09-26,1,2015-05-01" << true;
        QTest::newRow("tmt day within NIP month")
            << "198609262015051001,Budi,BKPSDM,PNS,,L,15-05-2015" << true;
        QTest::newRow("wrong kind") << "198609262015051001,Budi,BKPSDM,PPPK,,," << false;
        QTest::newRow("wrong birth date") << "198609262015051001,Budi,BKPSDM,,27-09-1986,," << false;
        QTest::newRow("wrong sex") << "198609262015051001,Budi,BKPSDM,,,P," << false;
        QTest::newRow("unknown sex") << "198609262015051001,Budi,BKPSDM,,,X," << false;
        QTest::newRow("tmt other month") << "198609262015051001,Budi,BKPSDM,,,,01-06-2015" << false;
        QTest::newRow("not a date") << "198609262015051001,Budi,BKPSDM,,,,kemarin" << false;
    }

    void derivedColumnsMustMatchNip()
    {
        QFETCH(QString, row);
        QFETCH(bool, ok);
        TestDatabase fresh;
        auto db = organisedDatabase(fresh);
        QVERIFY(db);
        const QByteArray csv
            = "nip,nama,kode_unit,jenis_pegawai,tanggal_lahir,jenis_kelamin,tmt\n" + row.toUtf8();
        const auto report = EmployeeCsv::import(db, nullptr, csv, m_today);
        QVERIFY(report.ok());
        QCOMPARE(report->allAccepted(), ok);
        QCOMPARE(report->inserted, ok ? 1 : 0);
    }

    void exportImportRoundTrip()
    {
        TestDatabase source;
        auto db = source.open();
        QVERIFY(db);
        QVERIFY(DemoSeeder::seedDemo(db).ok());
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const auto count = EmployeeCsv::exportTo(db, nullptr, buffer);
        QVERIFY(count.ok());
        QCOMPARE(count.value(), Organisation(db).employeeCount().value());
        QVERIFY(count.value() >= 200);

        TestDatabase target;
        auto copy = organisedDatabase(target);
        QVERIFY(copy);
        const auto report = EmployeeCsv::import(copy, nullptr, buffer.data(), QDate::currentDate());
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QVERIFY2(report->allAccepted(), qPrintable(report->errors.join(QLatin1Char('\n'))));
        QCOMPARE(report->inserted, count.value());
        QBuffer again;
        QVERIFY(again.open(QIODevice::WriteOnly));
        QVERIFY(EmployeeCsv::exportTo(copy, nullptr, again).ok());
        QCOMPARE(again.data(), buffer.data());
    }

    void hostileCharactersRefusedPerRow_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<QString>("reason");
        QTest::newRow("U+FFFE first")
            << QByteArray("\xef\xbf\xbeNama") << "nama memuat karakter terlarang U+FFFE (posisi 1)";
        QTest::newRow("U+FFFF") << QByteArray("Nama\xef\xbf\xbf")
                                << "nama memuat karakter terlarang U+FFFF (posisi 5)";
        QTest::newRow("U+FDD0") << QByteArray("Na\xef\xb7\x90ma")
                                << "nama memuat karakter terlarang U+FDD0 (posisi 3)";
        QTest::newRow("NUL") << QByteArray("Na\0ma", 5) << "nama memuat karakter kendali U+0000 (posisi 3)";
        QTest::newRow("ESC title") << QByteArray("\x1b]0;pwned\x07")
                                   << "nama memuat karakter kendali U+001B (posisi 1)";
        QTest::newRow("ESC clear") << QByteArray("Budi\x1b[2J")
                                   << "nama memuat karakter kendali U+001B (posisi 5)";
        QTest::newRow("quoted line break")
            << QByteArray("\"Bu\ndi\"") << "nama memuat karakter kendali U+000A (posisi 3)";
        QTest::newRow("C1 CSI") << QByteArray("Budi\xc2\x9b\x32J")
                                << "nama memuat karakter kendali U+009B (posisi 5)";
        QTest::newRow("DEL") << QByteArray("Budi\x7f") << "nama memuat karakter kendali U+007F (posisi 5)";
    }

    void hostileCharactersRefusedPerRow()
    {
        QFETCH(QByteArray, cell);
        QFETCH(QString, reason);
        TestDatabase fresh;
        auto db = organisedDatabase(fresh);
        QVERIFY(db);
        QVERIFY(
            EmployeeCsv::import(db, nullptr, "nip,nama,kode_unit\n199203142019032005,Siti,DINKES\n", m_today)
                .ok());
        // The hostile row refused with its reason, the same on both dialects; the valid row (an update of
        // Siti) still written; the refused NIP not stored at all.
        const QByteArray csv = "nip,nama,kode_unit\n198609262015051001," + cell
            + ",BKPSDM\n199203142019032005,Siti Rahayu,DINKES\n";
        const auto report = EmployeeCsv::import(db, nullptr, csv, m_today);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->errors, QStringList {QStringLiteral("baris 2: ") + reason});
        QCOMPARE(report->updated, 1);
        QCOMPARE(report->inserted, 0);
        Organisation org(db);
        QCOMPARE(org.employeeCount().value(), 1);
        QVERIFY(!org.employeeByNip(QStringLiteral("198609262015051001")).value());
        QCOMPARE(org.employeeByNip(QStringLiteral("199203142019032005")).value()->nama,
            QStringLiteral("Siti Rahayu"));
    }

    void hostileCharactersInAnyColumn()
    {
        TestDatabase fresh;
        auto db = organisedDatabase(fresh);
        QVERIFY(db);
        const auto report = EmployeeCsv::import(db, nullptr,
            QByteArray("nip,nama,kode_unit,jabatan\n"
                       "198609262015051001,Budi,BKPSDM,Analis\x1b[31m\n"
                       "198609262015051002,Budi,BKPS\0DM,\n"
                       "198609262015051003,Budi,BKPSDM,Analis\tMuda\n",
                146),
            m_today);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->errors,
            (QStringList {QStringLiteral("baris 2: jabatan memuat karakter kendali U+001B (posisi 7)"),
                QStringLiteral("baris 3: kode_unit memuat karakter kendali U+0000 (posisi 5)")}));
        QCOMPARE(report->inserted, 1); // a TAB inside a value is allowed
    }

    void crOnlyLineEndingsImport()
    {
        TestDatabase fresh;
        auto db = organisedDatabase(fresh);
        QVERIFY(db);
        const auto report = EmployeeCsv::import(db, nullptr,
            "nip,nama,kode_unit\r198609262015051001,Budi,BKPSDM\r199203142019032005,Siti,DINKES\r", m_today);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QVERIFY(report->allAccepted());
        QCOMPARE(report->inserted, 2);
    }

    void exportWritesNipsAsText()
    {
        TestDatabase fresh;
        auto db = organisedDatabase(fresh);
        QVERIFY(db);
        QVERIFY(EmployeeCsv::import(db, nullptr,
            "nip,nama,kode_unit,jabatan\n198609262015051001,Budi,BKPSDM,;=HYPERLINK(\"x\")\n", m_today)
                    .ok());
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(EmployeeCsv::exportTo(db, nullptr, buffer).ok());
        const QList<QByteArray> lines = buffer.data().split('\n');
        QVERIFY2(lines.at(1).startsWith("=\"198609262015051001\",Budi,,,\"';=HYPERLINK(\"\"x\"\")\",BKPSDM,"),
            lines.at(1).constData());
        // Our own export reads back as the same data.
        const auto again = EmployeeCsv::import(db, nullptr, buffer.data(), m_today);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QVERIFY2(again->allAccepted(), qPrintable(again->errors.join(QLatin1Char('\n'))));
        QCOMPARE(again->unchanged, 1);
        QCOMPARE(Organisation(db).employeeByNip(QStringLiteral("198609262015051001")).value()->jabatan,
            QStringLiteral(";=HYPERLINK(\"x\")"));
    }

    /// The Admin imports and exports on their own login (PostgreSQL: under the server's rules, audited as
    /// them); an ASN's login may not, whatever the program is told.
    void adminImportsOnTheirOwnLogin()
    {
        TestDatabase fresh;
        auto db = organisedDatabase(fresh);
        QVERIFY(db);
        QVERIFY(EmployeeCsv::import(db, nullptr,
            "nip,nama,kode_unit\n198503152010012002,Rina Admin,BKPSDM\n198609262015051001,Budi Asn,DINKES\n",
            m_today)
                    .ok());
        Session admin = karier::test::sessionFor(db, QStringLiteral("198503152010012002"), Role::Admin);
        Session asn = karier::test::sessionFor(db, QStringLiteral("198609262015051001"), Role::Asn);
        const auto asAdmin = fresh.openAs(db, admin);
        const auto asAsn = fresh.openAs(db, asn);
        QVERIFY(asAdmin && asAsn);
        const QByteArray csv = "nip,nama,kode_unit\n199203142019032005,Siti Rahayu,DINKES\n";
        const auto report = EmployeeCsv::import(asAdmin, &admin, csv, m_today);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->inserted, 1);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const auto exported = EmployeeCsv::exportTo(asAdmin, &admin, buffer);
        QVERIFY2(exported.ok(), qPrintable(exported.error().message));
        QCOMPARE(exported.value(), 3);
        // The ASN's login, even when the program claims to be the system: refused by core or by the server.
        QVERIFY(
            !EmployeeCsv::import(asAsn, &asn, "nip,nama,kode_unit\n199505052021212001,Rina,BKPSDM\n", m_today)
                 .ok());
        if (TestDatabase::isPostgres()) {
            const auto forged = EmployeeCsv::import(
                asAsn, nullptr, "nip,nama,kode_unit\n199505052021212001,Rina,BKPSDM\n", m_today);
            QVERIFY(!forged.ok() || forged->inserted == 0);
        }
        QCOMPARE(Organisation(db).employeeCount().value(), 3);
    }

    void onlyAdminMayImport()
    {
        TestDatabase fresh;
        auto db = organisedDatabase(fresh);
        QVERIFY(db);
        Session pengelola;
        pengelola.accountId = 1;
        pengelola.role = Role::Pengelola;
        pengelola.managedUnitId = 1;
        const auto report = EmployeeCsv::import(db, &pengelola, "nip,nama,kode_unit\n", m_today);
        QCOMPARE(report.error().code, ErrorCode::Forbidden);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QCOMPARE(EmployeeCsv::exportTo(db, &pengelola, buffer).error().code, ErrorCode::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestEmployeeCsv)
#include "TestEmployeeCsv.moc"
