// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "SyntheticScan.h"
#include "TestDatabase.h"
#include "org/Organisation.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

/// karier-cli batch-penghargaan / batch-kursus end to end, against a real database of the test dialect.
class TestBatchCli : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    QTemporaryDir m_home;
    QStringList m_nips;

    karier::test::CliRun cli(const QStringList& args, const QByteArray& input = {})
    {
        return karier::test::runCli(QStringLiteral(KARIER_CLI_PATH), m_home.path(),
            QStringList {QStringLiteral("--database"), m_fresh.url().toString(true)} + args, input);
    }

    QString file(const QString& name, const QByteArray& content)
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return path;
    }

    qint64 count(const QString& sql)
    {
        qint64 n = -1;
        const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c, sql);
            if (!q.exec() || !q.next())
                return q.error();
            n = q.value(0).toLongLong();
            return {};
        });
        return status ? n : -1;
    }

    QStringList decree(const QString& number) const
    {
        return {QStringLiteral("skalaPenghargaan=Kabupaten/Kota"),
            QStringLiteral("kelompokPenghargaan=PENGHARGAAN LAINNYA"),
            QStringLiteral("jenisPenghargaan=ASN Terbaik"), QStringLiteral("tahun=2025"),
            QStringLiteral("skNomor=") + number, QStringLiteral("skDate=2025-12-01")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        QVERIFY(m_home.isValid());
        const auto demo = cli({QStringLiteral("demo")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        // `demo` also enters demo submissions; this test counts only what the batch commands write.
        QVERIFY(m_db->write([](QSqlDatabase& c) -> Status {
            for (const char* sql : {"DELETE FROM records", "DELETE FROM documents"}) {
                SqlQuery q(c, QString::fromLatin1(sql));
                if (!q.exec())
                    return q.error();
            }
            return {};
        }));
        QVERIFY(Organisation(m_db)
                    .forEachEmployee([&](const Employee& e) {
                        m_nips << e.nip;
                        return true;
                    })
                    .ok());
        QVERIFY(!file(QStringLiteral("sk.pdf"), QByteArray()).isEmpty());
        QVERIFY(karier::test::writeTextPdf(
            m_home.filePath(QStringLiteral("sk.pdf")), 1, QStringLiteral("SK Wali Kota")));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("text");
        QTest::newRow("help lists the keys")
            << QStringList {"batch-kursus", "--help"} << 0 << "jumlahJam=…  Durasi (jam) (angka)";
        QTest::newRow("no files") << QStringList {"batch-penghargaan", "tahun=2025"} << 2
                                  << "--nips FILE dan --pdf FILE";
        QTest::newRow("unknown key") << QStringList {"batch-penghargaan", "--nips", "x", "--pdf", "y",
            "warna=biru"} << 2 << "Kunci untuk Penghargaan: skalaPenghargaan";
        QTest::newRow("missing list") << QStringList {"batch-penghargaan", "--nips", "/tidak/ada.csv",
            "--pdf", "y"} << 2 << "tidak ditemukan";
    }

    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, text);
        const auto run = cli(args);
        QCOMPARE(run.exitCode, exitCode);
        const QString all = run.out + run.err;
        QVERIFY2(all.contains(text), qPrintable(all));
    }

    void hostileTextIsRefusedAndEscaped()
    {
        // A KEY=VALUE with a control character is refused like a CSV cell (exit 1), its message escaped.
        const QString nips
            = file(QStringLiteral("jahat.txt"), "bukan\x1b]0;nip\x07\n" + m_nips.at(0).toUtf8() + "\n");
        const QString pdf = m_home.filePath(QStringLiteral("sk.pdf"));
        auto run = cli(QStringList {QStringLiteral("batch-penghargaan"), QStringLiteral("--nips"), nips,
                           QStringLiteral("--pdf"), pdf}
            + decree(QStringLiteral("800/1\x1b[2J")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("skNomor memuat karakter kendali U+001B (posisi 6)")),
            qPrintable(run.err));
        QVERIFY(!run.err.contains(QChar(0x1b)));
        // An entry of the NIP list (cut at its ";") that is not a NIP is listed with its controls escaped.
        run = cli(QStringList {QStringLiteral("batch-penghargaan"), QStringLiteral("--nips"), nips,
                      QStringLiteral("--pdf"), pdf}
            + decree(QStringLiteral("800/99/2025")));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("baris 1: bukan\\x1b]0: NIP")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QChar(0x1b)));
        QVERIFY(!run.out.contains(QChar(0x1b)));
    }

    void summaryFirstThenWritesWithYes()
    {
        const QByteArray list = "NIP\n" + m_nips.mid(0, 30).join(QLatin1Char('\n')).toUtf8()
            + "\n199001012020011999\n" + m_nips.at(0).toUtf8() + "\n";
        const QString nips = file(QStringLiteral("penerima.csv"), list);
        const QStringList args = QStringList {QStringLiteral("batch-penghargaan"), QStringLiteral("--nips"),
                                     nips, QStringLiteral("--pdf"), m_home.filePath(QStringLiteral("sk.pdf"))}
            + decree(QStringLiteral("800/77/2025"));

        const auto dry = cli(args);
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("30 pegawai akan menerima Penghargaan \"ASN Terbaik\" "
                                                 "(Nomor Surat Keputusan 800/77/2025).")),
            qPrintable(dry.out));
        QVERIFY2(dry.out.contains(QStringLiteral("Jalankan lagi dengan --yes")), qPrintable(dry.out));
        QVERIFY2(dry.err.contains(
                     QStringLiteral("baris 32: 199001012020011999: NIP tidak terdaftar sebagai pegawai.")),
            qPrintable(dry.err));
        QVERIFY2(dry.err.contains(QStringLiteral("baris 33: ") + m_nips.at(0)
                     + QStringLiteral(": NIP ganda: sudah "
                                      "disebut di baris 2.")),
            qPrintable(dry.err));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records")), 0);

        const auto done = cli(args + QStringList {QStringLiteral("--yes")});
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QVERIFY2(done.out.contains(QStringLiteral("Tersimpan: 30 riwayat Penghargaan berstatus Disetujui")),
            qPrintable(done.out));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records WHERE status = 'disetujui'")), 30);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM documents")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'setujui-massal'")), 30);

        // Run again: everyone has it already; nothing to write is a refusal.
        const auto again = cli(args + QStringList {QStringLiteral("--yes")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(
            again.err.contains(QStringLiteral("Sudah memiliki Penghargaan dengan Nomor Surat Keputusan ini")),
            qPrintable(again.err));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records")), 30);
    }

    void kursusFromPastedNips()
    {
        const QString nips = file(
            QStringLiteral("hadir.txt"), (m_nips.at(35) + QStringLiteral(", ") + m_nips.at(36)).toUtf8());
        const auto run = cli({QStringLiteral("batch-kursus"), QStringLiteral("--nips"), nips,
            QStringLiteral("--pdf"), m_home.filePath(QStringLiteral("sk.pdf")), QStringLiteral("--yes"),
            QStringLiteral("jenisKursus=Sosialisasi"), QStringLiteral("klasifikasi=Sumber Daya Manusia"),
            QStringLiteral("namaKursus=Sosialisasi Manajemen Talenta"),
            QStringLiteral("institusiPenyelenggara=BKPSDM Kota Surakarta"),
            QStringLiteral("nomorSertipikat=SOS/1/2025"), QStringLiteral("tahunKursus=2025"),
            QStringLiteral("tanggalKursus=07-10-2025"), QStringLiteral("tanggalSelesaiKursus=2025-10-07"),
            QStringLiteral("jumlahJam=4")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM records WHERE record_type = 'kursus' AND hours = 4 AND "
                     "status = 'disetujui'")),
            2);
        // The same PDF as the award decree: stored once.
        QVERIFY2(run.out.contains(QStringLiteral("sudah ada dan dipakai bersama")), qPrintable(run.out));
    }

    void refusesABadDocumentOrDecreeAndWritesNothing()
    {
        const QString nips = file(QStringLiteral("satu.txt"), m_nips.at(38).toUtf8());
        const QString fake = file(QStringLiteral("foto.pdf"), QByteArray("\xff\xd8\xff\xe0 bukan pdf"));
        const auto badPdf = cli(QStringList {QStringLiteral("batch-penghargaan"), QStringLiteral("--nips"),
                                    nips, QStringLiteral("--pdf"), fake, QStringLiteral("--yes")}
            + decree(QStringLiteral("800/78/2025")));
        QCOMPARE(badPdf.exitCode, 1);
        QVERIFY2(badPdf.err.contains(QStringLiteral("foto.pdf")), qPrintable(badPdf.err));
        const auto noNumber = cli(
            QStringList {QStringLiteral("batch-penghargaan"), QStringLiteral("--nips"), nips,
                QStringLiteral("--pdf"), m_home.filePath(QStringLiteral("sk.pdf")), QStringLiteral("--yes")}
            + decree(QString()));
        QCOMPARE(noNumber.exitCode, 1);
        QVERIFY2(noNumber.err.contains(QStringLiteral("Nomor Surat Keputusan wajib diisi")),
            qPrintable(noNumber.err));
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM records WHERE number IN ('800/78/2025', '')")), 0);
    }

    void twoAdminsSendTheSameDecreeAtOnce()
    {
        // The tester's case: the same decree for the same employees, `--yes` on two workstations at the
        // same moment. One saves; the other finds the records (Conflict, or already listed when it came
        // late) and saves nothing. Never twice, never the driver's words.
        QVERIFY(m_nips.size() >= 200);
        const QString nips = file(QStringLiteral("serentak.csv"),
            "NIP\n" + m_nips.mid(100, 100).join(QLatin1Char('\n')).toUtf8() + "\n");
        const QStringList args
            = QStringList {QStringLiteral("--database"), m_fresh.url().toString(true),
                  QStringLiteral("batch-penghargaan"), QStringLiteral("--nips"), nips,
                  QStringLiteral("--pdf"), m_home.filePath(QStringLiteral("sk.pdf")), QStringLiteral("--yes")}
            + decree(QStringLiteral("800/99/2025"));
        QProcess first;
        QProcess second;
        for (QProcess* process : {&first, &second}) {
            process->setProcessEnvironment(karier::test::cliEnvironment(m_home.path()));
            process->start(QStringLiteral(KARIER_CLI_PATH), args);
        }
        QVERIFY(first.waitForFinished(60000) && second.waitForFinished(60000));
        int saved = 0;
        for (QProcess* process : {&first, &second}) {
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            const QString out = QString::fromUtf8(process->readAllStandardOutput());
            const QString err = QString::fromUtf8(process->readAllStandardError());
            for (const char* raw : {"23505", "duplicate key", "rincian teknis", "QPSQL"})
                QVERIFY2(!err.contains(QLatin1String(raw)), qPrintable(err));
            if (process->exitCode() == 0) {
                ++saved;
                QVERIFY2(out.contains(QStringLiteral("Tersimpan: 100 riwayat Penghargaan")), qPrintable(out));
                QVERIFY2(out.contains(QStringLiteral("Skor Arsip Digital 100 pegawai dihitung ulang.")),
                    qPrintable(out));
            } else {
                QCOMPARE(process->exitCode(), 1);
                QVERIFY2(err.contains(QStringLiteral("Data berubah sejak ringkasan dibuat: 100 pegawai"))
                        || err.contains(QStringLiteral("Tidak ada pegawai yang dapat menerima Penghargaan")),
                    qPrintable(err));
            }
        }
        QCOMPARE(saved, 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records WHERE number = '800/99/2025'")), 100);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT employee_id) FROM records WHERE "
                                      "number = '800/99/2025'")),
            100);
    }
};

// A QGuiApplication (offscreen) for QPdfWriter, which writes the decree PDF.
QTEST_MAIN(TestBatchCli)
#include "TestBatchCli.moc"
