// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "SyntheticScan.h"
#include "TestDatabase.h"
#include "dms/DmsScore.h"
#include "dms/DmsService.h"
#include "domain/Nip.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"
#include "reports/ReportService.h"
#include "storage/Query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

namespace {

/// The text of a PDF as poppler's pdftotext reads it (-layout: a table's row on one line); pages are
/// separated by form feeds.
QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The pages of pdftotext's output (the last form feed ends the last page).
QStringList pagesOf(const QString& text)
{
    QStringList pages = text.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

/// Whether \a text (pdftotext's, whitespace simplified) holds the heading \a unit followed by \a figures:
/// the unit's figures come right after its name, on the same page.
bool unitLine(const QString& text, const QString& unit, const QString& figures)
{
    return text.simplified().contains(unit + QLatin1Char(' ') + figures);
}

} // namespace

/// The printed reports (Rekap JP, Laporan Kekurangan Berkas DMS, Ringkasan): karier-cli report end to end
/// on the demo data, their text read back with pdftotext and compared with dms-recap --json and the
/// records, and who may have which report.
class TestReports : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    QTemporaryDir m_home;
    Session m_admin;
    Session m_pengelola;
    QList<Employee> m_dinkes; ///< the Pengelola's Perangkat Daerah, neither admin nor pengelola
    QList<Employee> m_others;

    karier::test::CliRun cli(const QStringList& args)
    {
        return karier::test::runCli(QStringLiteral(KARIER_CLI_PATH), m_home.path(),
            QStringList {QStringLiteral("--database"), m_fresh.url().toString(true)} + args);
    }

    QString path(const QString& name) const { return m_home.filePath(name); }

    QString file(const QString& name, const QByteArray& content)
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return f.fileName();
    }

    ReportService service(Session& session) { return ReportService(m_fresh.openAs(m_db, session)); }

    /// Approved Kursus for \a employees on one day (batch-kursus), \a hours each.
    bool kursus(const QList<Employee>& employees, const QString& number, const QString& day, int hours)
    {
        QByteArray list;
        for (const Employee& e : employees)
            list += e.nip.toUtf8() + '\n';
        const auto run = cli({QStringLiteral("batch-kursus"), QStringLiteral("--nips"),
            file(number.section(QLatin1Char('/'), 0, 0) + QStringLiteral(".txt"), list),
            QStringLiteral("--pdf"), path(QStringLiteral("sertifikat.pdf")), QStringLiteral("--yes"),
            QStringLiteral("jenisKursus=Bimbingan Teknis"), QStringLiteral("klasifikasi=Sumber Daya Manusia"),
            QStringLiteral("namaKursus=Bimtek ") + number,
            QStringLiteral("institusiPenyelenggara=BKPSDM Kota Surakarta"),
            QStringLiteral("nomorSertipikat=") + number, QStringLiteral("tahunKursus=2025"),
            QStringLiteral("tanggalKursus=") + day, QStringLiteral("tanggalSelesaiKursus=") + day,
            QStringLiteral("jumlahJam=") + QString::number(hours)});
        if (run.exitCode != 0)
            qWarning("batch-kursus: %s", qUtf8Printable(run.err));
        return run.exitCode == 0;
    }

    /// Approved Kursus hours of 2025 per employee, counted here in SQL apart from the program.
    QHash<qint64, int> approvedJp2025()
    {
        QHash<qint64, int> jp;
        const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c,
                QStringLiteral("SELECT employee_id, SUM(hours) FROM records WHERE record_type = 'kursus' AND "
                               "status = 'disetujui' AND start_date >= ? AND start_date <= ? GROUP BY "
                               "employee_id"));
            q.bindAll(QDate(2025, 1, 1), QDate(2025, 12, 31));
            if (!q.exec())
                return q.error();
            while (q.next())
                jp.insert(q.value(0).toLongLong(), q.value(1).toInt());
            return {};
        });
        if (!status)
            qWarning("%s", qUtf8Printable(status.error().message));
        return jp;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        QVERIFY(DemoSeeder::seedDemo(m_db).ok());
        m_admin = karier::test::sessionFor(m_db, QStringLiteral("198503152010012002"), Role::Admin, 1);
        m_pengelola
            = karier::test::sessionFor(m_db, QStringLiteral("198007122005011003"), Role::Pengelola, 2);
        QVERIFY(Organisation(m_db)
                    .forEachEmployee([&](const Employee& e) {
                        if (e.nip == m_admin.nip || e.nip == m_pengelola.nip)
                            return true;
                        (e.indukUnitId == m_pengelola.managedUnitId ? m_dinkes : m_others).append(e);
                        return true;
                    })
                    .ok());
        QVERIFY(m_dinkes.size() >= 9 && m_others.size() >= 3);
        QVERIFY(
            karier::test::writeTextPdf(path(QStringLiteral("sertifikat.pdf")), 1, QStringLiteral("Bimtek")));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("text");
        QTest::newRow("no kind") << QStringList {"report"} << 2 << "jp atau dms";
        QTest::newRow("unknown kind")
            << QStringList {"report", "skp", "--pdf", "x.pdf"} << 2 << "jp atau dms";
        QTest::newRow("no pdf") << QStringList {"report", "jp"} << 2 << "--pdf";
        QTest::newRow("bad year") << QStringList {"report", "jp", "--year", "20x5", "--pdf", "x.pdf"} << 2
                                  << "--year harus tahun";
        QTest::newRow("year for dms")
            << QStringList {"report", "dms", "--year", "2025", "--pdf", "x.pdf"} << 2 << "--year hanya";
        QTest::newRow("unknown unit") << QStringList {"report", "dms", "--unit", "TIDAKADA", "--pdf", "x.pdf"}
                                      << 1 << "tidak ditemukan";
        QTest::newRow("missing folder") << QStringList {"report", "dms", "--pdf", "/tidak/ada/folder/x.pdf"}
                                        << 1 << "tidak dapat ditulis";
    }

    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, text);
        const auto run = cli(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(text), qPrintable(run.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));
    }

    void dmsReportMatchesRecap()
    {
        // dms-recap --json recalculates every score and gives the figures per Perangkat Daerah.
        const auto recap = cli({QStringLiteral("dms-recap"), QStringLiteral("--json")});
        QVERIFY2(recap.exitCode == 0, qPrintable(recap.err));
        const QJsonArray units
            = QJsonDocument::fromJson(recap.out.toUtf8()).object().value(u"units").toArray();
        QVERIFY(units.size() >= 10);

        const QString out = path(QStringLiteral("dms.pdf"));
        const auto run = cli({QStringLiteral("report"), QStringLiteral("dms"), QStringLiteral("--pdf"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Nothing on standard error but Qt's own note on a missing XDG_RUNTIME_DIR (no login session here).
        const QStringList errLines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& line : errLines)
            QVERIFY2(line.startsWith(QStringLiteral("QStandardPaths: ")), qPrintable(run.err));
        const QString text = pdfText(out);
        const QStringList pages = pagesOf(text);
        QVERIFY2(pages.size() > 3, qPrintable(text.left(2000)));
        QVERIFY2(run.out.contains(QStringLiteral("(%1 halaman)").arg(pages.size())), qPrintable(run.out));

        int employees = 0;
        for (const QJsonValue& v : units) {
            const QJsonObject u = v.toObject();
            const QString name = u.value(u"unit").toString();
            const QString expected = QStringLiteral("Pegawai: %1 · rata-rata skor: %2 · di bawah 100: %3")
                                         .arg(u.value(u"employees").toInt())
                                         .arg(Dms::pointsText(u.value(u"average").toDouble()))
                                         .arg(u.value(u"below_100").toInt());
            QVERIFY2(unitLine(text, name, expected), qPrintable(name + QStringLiteral(": ") + expected));
            QVERIFY2(text.contains(QStringLiteral("Sangat Lengkap: %1 · Lengkap: %2 · Cukup Lengkap: %3 · "
                                                  "Kurang Lengkap: %4")
                                       .arg(u.value(u"sangat_lengkap").toInt())
                                       .arg(u.value(u"lengkap").toInt())
                                       .arg(u.value(u"cukup_lengkap").toInt())
                                       .arg(u.value(u"kurang_lengkap").toInt())),
                qPrintable(name));
            employees += u.value(u"employees").toInt();
        }
        QCOMPARE(employees, Organisation(m_db).employeeCount().value());

        // Every page: the city's header, the title and "Halaman N dari M"; a table that goes on to the next
        // page repeats its header row there.
        for (int i = 0; i < pages.size(); ++i) {
            const QString& page = pages.at(i);
            QVERIFY2(page.contains(QStringLiteral("PEMERINTAH KOTA SURAKARTA")), qPrintable(page));
            QVERIFY(page.contains(QStringLiteral("BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA")));
            QVERIFY(page.contains(QStringLiteral("Laporan Kekurangan Berkas DMS")));
            QVERIFY2(page.contains(QStringLiteral("Halaman %1 dari %2").arg(i + 1).arg(pages.size())),
                qPrintable(page));
            QVERIFY(page.contains(QStringLiteral("Dicetak ")));
            if (i > 0)
                QVERIFY2(page.contains(QStringLiteral("Dokumen yang belum ada (poin)")), qPrintable(page));
        }

        // An employee's missing documents, each with its points, on their row.
        auto archives = DmsService(m_db).archivesOf(nullptr, m_pengelola.managedUnitId);
        QVERIFY(archives.ok());
        int checked = 0;
        for (const DmsEmployeeView& view : archives.value()) {
            if (view.score.missing.size() < 2)
                continue;
            const QString grouped = Nip::groupedOrAsIs(view.nip);
            const int at = text.indexOf(grouped);
            QVERIFY2(at >= 0, qPrintable(grouped));
            const QString row = text.mid(at, 4000);
            for (const DmsMissing& m : view.score.missing) {
                const QString points = m.text().section(QStringLiteral(": "), -1);
                QVERIFY2(row.contains(points), qPrintable(m.text()));
            }
            QVERIFY2(row.contains(view.score.missing.first().text()), qPrintable(row.left(600)));
            if (++checked == 3)
                break;
        }
        QCOMPARE(checked, 3);
    }

    void jpReportMatchesRecords()
    {
        // Three groups of the Pengelola's unit: 8 JP, 8 + 6 = 14 JP, 8 + 6 + 7 = 21 JP in 2025.
        const QList<Employee> low = m_dinkes.mid(0, 3);
        const QList<Employee> middle = m_dinkes.mid(3, 3);
        const QList<Employee> reached = m_dinkes.mid(6, 3);
        QVERIFY(kursus(low + middle + reached, QStringLiteral("BT1/2025"), QStringLiteral("10-03-2025"), 8));
        QVERIFY(kursus(middle + reached, QStringLiteral("BT2/2025"), QStringLiteral("14-04-2025"), 6));
        QVERIFY(kursus(reached, QStringLiteral("BT3/2025"), QStringLiteral("19-05-2025"), 7));

        const QString out = path(QStringLiteral("jp.pdf"));
        const auto run = cli({QStringLiteral("report"), QStringLiteral("jp"), QStringLiteral("--year"),
            QStringLiteral("2025"), QStringLiteral("--pdf"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("Rekap JP Tahun 2025")));

        // Per Perangkat Daerah: the bands counted here from the records.
        const QHash<qint64, int> jp = approvedJp2025();
        QVERIFY(jp.size() >= 9);
        QHash<QString, std::array<int, 4>> expected; // employees, 0–10, 11–19, ≥ 20
        QList<Employee> everyone = m_dinkes + m_others;
        for (const QString& nip : {m_admin.nip, m_pengelola.nip})
            everyone.append(*Organisation(m_db).employeeByNip(nip).value());
        for (const Employee& e : everyone) {
            auto& counts = expected[e.indukUnitName];
            const int hours = jp.value(e.id);
            ++counts[0];
            ++counts[hours >= 20 ? 3 : hours >= 11 ? 2 : 1];
        }
        auto units = Organisation(m_db).indukUnits();
        QVERIFY(units.ok());
        for (const OrgUnit& unit : units.value()) {
            const auto counts = expected.value(unit.name, {0, 0, 0, 0});
            const QString figures = QStringLiteral("Pegawai: %1 · 0–10 JP: %2 · 11–19 JP: %3 · ≥ 20 JP: %4")
                                        .arg(counts[0])
                                        .arg(counts[1])
                                        .arg(counts[2])
                                        .arg(counts[3]);
            QVERIFY2(
                unitLine(text, unit.name, figures), qPrintable(unit.name + QStringLiteral(": ") + figures));
        }
        QCOMPARE(expected[m_dinkes.first().indukUnitName][3], 3);

        // Under 20 JP: listed with their JP; 20 or more: not listed.
        const QStringList lines = text.split(QLatin1Char('\n'));
        const auto rowOf = [&](const Employee& e) {
            for (const QString& line : lines) {
                if (line.contains(Nip::groupedOrAsIs(e.nip)))
                    return line.simplified();
            }
            return QString();
        };
        for (const Employee& e : low)
            QVERIFY2(rowOf(e).endsWith(QStringLiteral(" 8")), qPrintable(rowOf(e)));
        for (const Employee& e : middle)
            QVERIFY2(rowOf(e).endsWith(QStringLiteral(" 14")), qPrintable(rowOf(e)));
        for (const Employee& e : reached)
            QVERIFY2(rowOf(e).isEmpty(), qPrintable(rowOf(e)));
        QVERIFY(rowOf(m_others.first())
                    .endsWith(QStringLiteral(" ") + QString::number(jp.value(m_others.first().id))));

        // One unit only, by its code.
        const QString one = path(QStringLiteral("jp-dinkes.pdf"));
        const QString code = m_dinkes.first().unitCode;
        auto unit = Organisation(m_db).unitByCode(code);
        QVERIFY(unit.ok() && unit.value());
        QString indukCode = code;
        if (!(*unit)->isInduk()) {
            // A Satker is refused with a clear message; its Perangkat Daerah is what the report takes.
            const auto refused = cli({QStringLiteral("report"), QStringLiteral("jp"),
                QStringLiteral("--unit"), code, QStringLiteral("--pdf"), one});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(QStringLiteral("Satker")), qPrintable(refused.err));
            for (const OrgUnit& u : units.value()) {
                if (u.id == m_dinkes.first().indukUnitId)
                    indukCode = u.code;
            }
        }
        const auto single = cli({QStringLiteral("report"), QStringLiteral("jp"), QStringLiteral("--unit"),
            indukCode, QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--pdf"), one});
        QVERIFY2(single.exitCode == 0, qPrintable(single.err));
        const QString oneText = pdfText(one);
        QVERIFY(oneText.contains(QStringLiteral("Perangkat Daerah: ") + m_dinkes.first().indukUnitName));
        QVERIFY(!oneText.contains(m_others.first().indukUnitName + QLatin1Char('\n')));
        QVERIFY(!oneText.contains(Nip::groupedOrAsIs(m_others.first().nip)));
    }

    void scope()
    {
        // A Pengelola: the DMS report of their own Perangkat Daerah only; no Rekap JP (no Kursus of others).
        const ReportService asPengelola = service(m_pengelola);
        auto own = asPengelola.dmsShortfall(&m_pengelola, 0);
        QVERIFY2(own.ok(), qPrintable(own.error().message));
        const QString unitName = m_dinkes.first().indukUnitName;
        QCOMPARE(own->subtitle, QStringLiteral("Perangkat Daerah: ") + unitName);
        auto other = asPengelola.dmsShortfall(&m_pengelola, m_others.first().indukUnitId);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, ErrorCode::Forbidden);
        auto jp = asPengelola.jpRecap(&m_pengelola, m_pengelola.managedUnitId, 2025);
        QVERIFY(!jp.ok());
        QCOMPARE(jp.error().code, ErrorCode::Forbidden);

        // The Pengelola's report on paper: their unit's employees, nobody else's.
        const QString out = path(QStringLiteral("pengelola.pdf"));
        auto pages = ReportPdf::writeFile(own.value(), out);
        QVERIFY2(pages.ok(), qPrintable(pages.error().message));
        const QString text = pdfText(out);
        QVERIFY(text.contains(unitName));
        QVERIFY(!text.contains(Nip::groupedOrAsIs(m_others.first().nip)));

        // An ASN: no unit reports; their own record's Ringkasan, nobody else's.
        const Employee owner = m_dinkes.at(7);
        Session asn = karier::test::sessionFor(m_db, owner.nip, Role::Asn, 70);
        const ReportService asAsn = service(asn);
        QVERIFY(!asAsn.dmsShortfall(&asn, 0).ok());
        QVERIFY(!asAsn.jpRecap(&asn, 0, 2025).ok());
        qint64 ownRecord = 0;
        qint64 otherRecord = 0;
        QVERIFY(
            m_db->read([&](QSqlDatabase& c) -> Status {
                    auto mine = queryValue(c,
                        QStringLiteral("SELECT MIN(id) FROM records WHERE employee_id = ? AND number = ?"),
                        owner.id, QStringLiteral("BT3/2025"));
                    if (!mine)
                        return mine.error();
                    auto others = queryValue(
                        c, QStringLiteral("SELECT MIN(id) FROM records WHERE employee_id <> ?"), owner.id);
                    if (!others)
                        return others.error();
                    ownRecord = mine->toLongLong();
                    otherRecord = others->toLongLong();
                    return {};
                })
                .ok());
        QVERIFY(ownRecord > 0 && otherRecord > 0);
        auto summary = asAsn.recordSummary(asn, ownRecord);
        QVERIFY2(summary.ok(), qPrintable(summary.error().message));
        const QString ringkasan = path(QStringLiteral("ringkasan.pdf"));
        QVERIFY(ReportPdf::writeFile(summary.value(), ringkasan).ok());
        const QString summaryText = pdfText(ringkasan);
        QVERIFY2(summaryText.contains(QStringLiteral("Ringkasan Riwayat Kursus")), qPrintable(summaryText));
        QVERIFY(summaryText.contains(QStringLiteral("Bimtek BT3/2025")));
        QVERIFY(summaryText.contains(Nip::groupedOrAsIs(owner.nip)));
        QVERIFY(summaryText.contains(QStringLiteral("Riwayat proses")));
        QVERIFY2(summaryText.contains(QStringLiteral("Disetujui")), qPrintable(summaryText));
        QVERIFY2(
            summaryText.contains(QStringLiteral("Halaman 1 dari 1")), qPrintable(summaryText.right(1200)));
        QVERIFY(!asAsn.recordSummary(asn, otherRecord).ok());
    }
};

QTEST_MAIN(TestReports)
#include "TestReports.moc"
