// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestDatabase.h"
#include "approval/ApprovalService.h"
#include "dms/DmsService.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"
#include "records/RecordService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

/// Arsip DMS against a real database: the import of riwayat rows with per-row errors, the stored score
/// and its missing documents, the recalculation when a Penghargaan is verified, who may see whose
/// archive, the recap per Perangkat Daerah, and karier-cli dms-score / dms-recap / import-dms.
namespace {

/// Refused: by the rules in core (Forbidden), or, on a person's own login to the shared server, before
/// that by the server, which does not even show the row (NotFound).
bool isRefusal(const Error& error)
{
    return error.code == ErrorCode::Forbidden
        || (TestDatabase::isPostgres() && error.code == ErrorCode::NotFound);
}

} // namespace

class TestDmsService : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    QTemporaryDir m_home;
    Session m_admin;
    Session m_pengelola;
    QList<Employee> m_dinkes;
    QList<Employee> m_others;
    QDateTime m_now = QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC);

    DmsService service()
    {
        return DmsService(m_db, [this] { return m_now; });
    }
    /// The service as \a session's person uses it: on PostgreSQL on their own login, under the server's
    /// rules (TestDatabase::openAs).
    DmsService service(Session& session)
    {
        return DmsService(m_fresh.openAs(m_db, session), [this] { return m_now; });
    }

    Session asnOf(const Employee& e) { return karier::test::sessionFor(m_db, e.nip, Role::Asn, 70); }

    karier::test::CliRun cli(const QStringList& args)
    {
        return karier::test::runCli(QStringLiteral(KARIER_CLI_PATH), m_home.path(),
            QStringList {QStringLiteral("--database"), m_fresh.url().toString(true)} + args);
    }

    DmsService::ImportReport import(const QString& csv)
    {
        auto report = service(m_admin).importCsv(&m_admin, csv.toUtf8());
        if (!report)
            qWarning("import: %s", qUtf8Printable(report.error().message));
        return report ? report.value() : DmsService::ImportReport {-1, -1, -1, {}};
    }

    std::optional<double> storedTotal(qint64 employeeId)
    {
        std::optional<double> total;
        const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("SELECT total FROM dms_scores WHERE employee_id = ?"));
            q.bind(employeeId);
            if (!q.exec())
                return q.error();
            if (q.next())
                total = q.value(0).toDouble();
            return {};
        });
        return status ? total : std::nullopt;
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
                        if (e.nip == m_admin.nip || e.nip == m_pengelola.nip || e.pppk)
                            return true;
                        (e.indukUnitId == m_pengelola.managedUnitId ? m_dinkes : m_others).append(e);
                        return true;
                    })
                    .ok());
        QVERIFY(m_dinkes.size() >= 3 && m_others.size() >= 3);
    }

    void importListsEveryRefusedRow()
    {
        const QString a = m_others.at(0).nip;
        const QString csv = QStringLiteral("nip,jenis,referensi,dokumen\n"
                                           "%1,d2np,D2NP,ada\n"
                                           "%1,SK CPNS,SK CPNS 2010,ya\n"
                                           "%1,pendidikan,Ijazah S1 2008,ada\n"
                                           "%1,pendidikan,Ijazah SMA 2004,tidak\n"
                                           "%1,jabatan,SK Jabatan 2015,1\n"
                                           "%1,jabatan,SK Jabatan 2017,1\n"
                                           "%1,jabatan,SK Jabatan 2019,0\n"
                                           "%1,jabatan,SK Jabatan 2021,ada\n"
                                           "123,jabatan,SK,ada\n"
                                           "%1,rapor,Rapor 1999,ada\n"
                                           "199001012015011999,diklat,Latsar,ada\n"
                                           "%1,diklat,Latsar 2011,mungkin\n"
                                           "%1,pendidikan,ijazah s1 2008,ada\n")
                                .arg(a);
        const DmsService::ImportReport report = import(csv);
        QCOMPARE(report.inserted, 8);
        QCOMPARE(report.errors.size(), 5);
        QVERIFY2(
            report.errors.at(0).startsWith(QStringLiteral("baris 10: ")), qPrintable(report.errors.at(0)));
        QVERIFY2(report.errors.at(1).startsWith(QStringLiteral("baris 11: jenis \"rapor\" tidak dikenal")),
            qPrintable(report.errors.at(1)));
        QVERIFY2(
            report.errors.at(2).contains(QStringLiteral("tidak terdaftar")), qPrintable(report.errors.at(2)));
        QVERIFY2(report.errors.at(3).startsWith(QStringLiteral("baris 13: kolom dokumen")),
            qPrintable(report.errors.at(3)));
        QCOMPARE(report.errors.at(4), QStringLiteral("baris 14: sama dengan baris 4"));

        // The score is stored with the import: 7.5 DRH + 7.5 D2NP + 7.5 SK CPNS + 0 SK PNS + 7.5 Pendidikan
        // (1 of 2) + 15 Golongan + 11.25 Jabatan (3 of 4) + 15 Diklat + 10 Kondisional = 81.25 → 81.3.
        QCOMPARE(storedTotal(m_others.at(0).id), std::optional<double>(81.3));
        auto view = service(m_admin).forEmployee(&m_admin, a);
        QVERIFY2(view, view ? "" : qPrintable(view.error().message));
        QCOMPARE(view->score.total, 81.3);
        QCOMPARE(view->score.band, DmsBand::Lengkap);
        QCOMPARE(view->computedAt, m_now);
        QStringList missing;
        for (const DmsMissing& m : view->score.missing)
            missing << m.text();
        QCOMPARE(missing,
            (QStringList {QStringLiteral("Unggah SK PNS: +7,5"),
                QStringLiteral("Unggah Ijazah SMA 2004: +7,5"),
                QStringLiteral("Unggah SK Jabatan 2019: +3,75")}));

        // Again: nothing new; a document now present is an update.
        const DmsService::ImportReport again = import(QStringLiteral("nip,jenis,referensi,dokumen\n"
                                                                     "%1,d2np,D2NP,ada\n"
                                                                     "%1,jabatan,SK Jabatan 2019,ada\n")
                                                          .arg(a));
        QCOMPARE(again.unchanged, 1);
        QCOMPARE(again.updated, 1);
        QCOMPARE(storedTotal(m_others.at(0).id), std::optional<double>(85.0));

        // A file without the columns is refused as a whole.
        auto wrong = service(m_admin).importCsv(&m_admin, QByteArray("nip,nama\n198001012005011001,Ani\n"));
        QVERIFY(!wrong);
        QVERIFY(wrong.error().message.contains(QStringLiteral("jenis")));
        QVERIFY(!service(m_pengelola).importCsv(&m_pengelola, csv.toUtf8()));
    }

    void caseFoldedTheSameOnBothDialects()
    {
        // SQL lower() folds only ASCII on SQLite but every letter on PostgreSQL: the import compares
        // references by Text::foldKey in C++, so "SK Élan" and "sk élan" are one row on both.
        const Employee& e = m_others.at(1);
        const auto rows = [&] {
            int count = -1;
            const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
                SqlQuery q(c,
                    QStringLiteral("SELECT COUNT(*) FROM dms_rows WHERE employee_id = ? AND category = ?"));
                q.bindAll(e.id, QStringLiteral("jabatan"));
                if (!q.exec() || !q.next())
                    return q.error();
                count = q.value(0).toInt();
                return {};
            });
            return status ? count : -1;
        };
        DmsService::ImportReport first = import(
            QStringLiteral("nip,jenis,referensi,dokumen\n%1,jabatan,SK Élan 2020,tidak\n").arg(e.nip));
        QCOMPARE(first.inserted, 1);
        const DmsService::ImportReport second = import(QStringLiteral("nip,jenis,referensi,dokumen\n"
                                                                      "%1,jabatan,sk élan 2020,ada\n"
                                                                      "%1,jabatan,SK ÉLAN 2020,ada\n"
                                                                      "%1,jabatan,SK E\u0301lan 2020,ada\n")
                                                           .arg(e.nip));
        QCOMPARE(second.inserted, 0);
        QCOMPARE(second.updated, 1);
        QCOMPARE(second.errors,
            (QStringList {QStringLiteral("baris 3: sama dengan baris 2"),
                QStringLiteral("baris 4: sama dengan baris 2")}));
        QCOMPARE(rows(), 1);
        // A different letter is a different row.
        QCOMPARE(
            import(QStringLiteral("nip,jenis,referensi\n%1,jabatan,SK Elan 2020\n").arg(e.nip)).inserted, 1);
        QCOMPARE(rows(), 2);
    }

    void hostileRowsRefusedAndCrOnlyFilesRead()
    {
        const Employee& e = m_others.at(2);
        // Old Mac line endings (CR only): every row is read, with its line number.
        const QByteArray csv = QByteArray("nip,jenis,referensi,dokumen\r") + e.nip.toUtf8()
            + ",pendidikan,Ijazah S1 2010,ada\r" + e.nip.toUtf8()
            + ",pendidikan,\xef\xbf\xbeIjazah S2 2014,ada\r" + e.nip.toUtf8()
            + ",pendidikan,Ijazah\x1b[2J S3,ada\r" + e.nip.toUtf8()
            + QByteArray(",pendidikan,Ija\0zah,ada\r", 24);
        auto report = service(m_admin).importCsv(&m_admin, csv);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->inserted, 1);
        QCOMPARE(report->errors,
            (QStringList {QStringLiteral("baris 3: referensi memuat karakter terlarang U+FFFE (posisi 1)"),
                QStringLiteral("baris 4: referensi memuat karakter kendali U+001B (posisi 7)"),
                QStringLiteral("baris 5: referensi memuat karakter kendali U+0000 (posisi 4)")}));
        auto view = service(m_admin).forEmployee(&m_admin, e.nip);
        QVERIFY(view);
        QStringList references;
        for (const DmsRowInfo& row : view->rows)
            references << row.reference;
        QCOMPARE(references, QStringList {QStringLiteral("Ijazah S1 2010")});
    }

    void approvedPenghargaanCountsAndRescores()
    {
        const Employee& e = m_others.at(1);
        QCOMPARE(
            import(QStringLiteral("nip,jenis,referensi,dokumen\n%1,angka_kredit,PAK 2024,tidak\n").arg(e.nip))
                .inserted,
            1);
        auto before = service(m_admin).forEmployee(&m_admin, e.nip);
        QVERIFY(before);
        QCOMPARE(before->score.kondisional, 0.0);

        RecordService::SaveRequest request;
        request.type = &RecordTypes::penghargaan();
        request.values = {{QStringLiteral("skalaPenghargaan"), QStringLiteral("Kabupaten/Kota")},
            {QStringLiteral("kelompokPenghargaan"), QStringLiteral("PENGHARGAAN LAINNYA")},
            {QStringLiteral("jenisPenghargaan"), QStringLiteral("ASN Terbaik")},
            {QStringLiteral("tahun"), 2025}, {QStringLiteral("skNomor"), QStringLiteral("800/12/2025")},
            {QStringLiteral("skDate"), QDate(2025, 12, 1)}};
        request.document = DocumentUpload::madeByProgram(
            QByteArray("%PDF-1.4\n% sk\n%%EOF\n"), QStringLiteral("sk.pdf"), 1, 900);
        auto id = RecordService(m_db, [this] { return m_now; }).submit(asnOf(e), request);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        // Submitted is not yet verified: the score stays.
        QCOMPARE(service(m_admin).forEmployee(&m_admin, e.nip)->score.kondisional, 0.0);

        m_now = m_now.addSecs(3600);
        auto decided = ApprovalService(m_db, [this] {
            return m_now;
        }).decide(m_admin, {Decision::Setujui, {{id.value(), 1}}, {}, {}});
        QVERIFY(decided && decided->decided.size() == 1);
        auto after = service(m_admin).forEmployee(&m_admin, e.nip);
        QVERIFY(after);
        QCOMPARE(after->score.kondisional, 5.0); // 1 of 2 Kondisional rows
        QCOMPARE(after->computedAt, m_now); // recalculated with the decision
        QCOMPARE(storedTotal(e.id), std::optional<double>(after->score.total));
        bool listed = false;
        for (const DmsRowInfo& row : after->rows)
            listed = listed
                || (row.fromPenghargaan && row.done && row.reference.contains(QStringLiteral("800/12/2025")));
        QVERIFY(listed);
    }

    void uploadedDocumentIsVerifiedInTheConsole()
    {
        const Employee& e = m_others.at(3);
        QCOMPARE(import(QStringLiteral("nip,jenis,referensi,dokumen\n%1,jabatan,SK Jabatan 2019,tidak\n"
                                       "%1,jabatan,SK Jabatan 2022,ada\n")
                            .arg(e.nip))
                     .inserted,
            2);
        const double before = service(m_admin).forEmployee(&m_admin, e.nip)->score.total;
        RecordService records(m_db, [this] { return m_now; });
        const auto upload = [&](const QString& reference, const QByteArray& marker) {
            RecordService::SaveRequest request;
            request.type = &RecordTypes::dms();
            request.values = {{QStringLiteral("kategori"), QStringLiteral("Jabatan")},
                {QStringLiteral("referensi"), reference}};
            request.document = DocumentUpload::madeByProgram(
                QByteArray("%PDF-1.4\n% ") + marker + "\n%%EOF\n", QStringLiteral("sk.pdf"), 1, 900);
            return records.submit(asnOf(e), request);
        };
        // A row that does not exist, or one already complete: refused, nothing written.
        QCOMPARE(upload(QStringLiteral("SK Jabatan 1999"), "a").error().code, ErrorCode::InvalidInput);
        QCOMPARE(upload(QStringLiteral("SK Jabatan 2022"), "b").error().code, ErrorCode::Conflict);
        auto id = upload(QStringLiteral("sk jabatan 2019"), "c");
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        auto pending = service(m_admin).forEmployee(&m_admin, e.nip);
        QVERIFY(pending);
        bool linked = false;
        for (const DmsRowInfo& row : pending->rows)
            linked = linked
                || (row.recordId == id.value() && row.recordStatus == SubmissionStatus::Diajukan
                    && !row.done);
        QVERIFY(linked);
        QCOMPARE(pending->score.total, before);

        // Admin BKPSDM finds it in the console under its own type and approves it: the score rises.
        ApprovalQuery query;
        query.typeCodes = {RecordTypes::dms().code};
        query.search = e.nip;
        auto page = ApprovalService(m_db).list(m_admin, query);
        QVERIFY(page);
        QCOMPARE(page->total, 1);
        QCOMPARE(page->rows.first().title, QStringLiteral("sk jabatan 2019"));
        QVERIFY(!ApprovalService(m_db).list(m_pengelola, query)->total);
        m_now = m_now.addSecs(60);
        auto decided = ApprovalService(m_db, [this] {
            return m_now;
        }).decide(m_admin, {Decision::Setujui, {{id.value(), page->rows.first().version}}, {}, {}});
        QVERIFY(decided && decided->decided.size() == 1);
        auto after = service(m_admin).forEmployee(&m_admin, e.nip);
        QVERIFY(after);
        QVERIFY(after->score.total > before);
        QCOMPARE(storedTotal(e.id), std::optional<double>(after->score.total));
        QCOMPARE(after->computedAt, m_now);
    }

    void whoMaySeeWhichArchive()
    {
        const Employee& own = m_dinkes.at(0);
        const Employee& other = m_others.at(2);
        QVERIFY(service(m_admin).forEmployee(&m_admin, other.nip));
        const Session asn = asnOf(own);
        QVERIFY(service().forEmployee(&asn, own.nip));
        QCOMPARE(service().forEmployee(&asn, other.nip).error().code, ErrorCode::Forbidden);
        QVERIFY(service(m_pengelola).forEmployee(&m_pengelola, own.nip));
        QVERIFY(isRefusal(service(m_pengelola).forEmployee(&m_pengelola, other.nip).error()));
        QVERIFY(!service(m_pengelola).recalculateAll(&m_pengelola));
        QVERIFY(!service().recap(&asn));
        QVERIFY(!service(m_pengelola).employeesOf(&m_pengelola, other.indukUnitId, false));
    }

    void recapPerPerangkatDaerah()
    {
        auto count = service(m_admin).recalculateAll(&m_admin);
        QVERIFY2(count, count ? "" : qPrintable(count.error().message));
        auto employees = Organisation(m_db).employeeCount();
        QVERIFY(employees);
        QCOMPARE(count.value(), employees.value());

        auto recap = service(m_admin).recap(&m_admin);
        QVERIFY(recap);
        int total = 0;
        int dinkes = -1;
        for (const DmsRecapRow& row : recap.value()) {
            QCOMPARE(row.bands[0] + row.bands[1] + row.bands[2] + row.bands[3], row.employees);
            QVERIFY(row.below100 <= row.employees);
            QVERIFY(row.average > 0 && row.average <= 100);
            total += row.employees;
            if (row.indukUnitId == m_pengelola.managedUnitId)
                dinkes = row.employees;
        }
        QCOMPARE(total, employees.value());

        auto own = service(m_pengelola).recap(&m_pengelola);
        QVERIFY(own);
        QCOMPARE(own->size(), 1);
        QCOMPARE(own->first().employees, dinkes);

        auto lowest = service(m_admin).employeesOf(&m_admin, m_others.at(0).indukUnitId, true, 0, 500);
        QVERIFY(lowest);
        QVERIFY(!lowest->isEmpty());
        for (qsizetype i = 1; i < lowest->size(); ++i)
            QVERIFY(lowest->at(i - 1).total <= lowest->at(i).total);
        for (const DmsEmployeeScoreRow& row : lowest.value())
            QVERIFY(row.total < 100);
    }

    void commandLine()
    {
        QVERIFY(m_home.isValid());
        const QString nip = m_others.at(0).nip;
        const auto text = cli({QStringLiteral("dms-score"), QStringLiteral("--nip"), nip});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(
            text.out.startsWith(QStringLiteral("Skor Arsip Digital 85 · Lengkap")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("Unggah SK PNS: +7,5")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("Arsip Utama (9 Kategori)")));

        const auto json
            = cli({QStringLiteral("dms-score"), QStringLiteral("--nip"), nip, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("score")).toDouble(), 85.0);
        QCOMPARE(object.value(QStringLiteral("label")).toString(), QStringLiteral("Lengkap"));
        QCOMPARE(object.value(QStringLiteral("categories")).toArray().size(), 15);

        const auto recap = cli({QStringLiteral("dms-recap"), QStringLiteral("--json")});
        QVERIFY2(recap.exitCode == 0, qPrintable(recap.err));
        QVERIFY(QJsonDocument::fromJson(recap.out.toUtf8())
                    .object()
                    .value(QStringLiteral("units"))
                    .toArray()
                    .size()
            > 5);

        QCOMPARE(cli({QStringLiteral("dms-score")}).exitCode, 2);
        QCOMPARE(
            cli({QStringLiteral("dms-score"), QStringLiteral("--nip"), QStringLiteral("123")}).exitCode, 1);

        const QString path = m_home.filePath(QStringLiteral("dms.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("nip,jenis,referensi,dokumen\n%1,skp,SKP 2025,ada\n%1,bogus,X,ada\n")
                       .arg(nip)
                       .toUtf8());
        file.close();
        const auto imported = cli({QStringLiteral("import-dms"), path});
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.out.contains(QStringLiteral("1 baru")), qPrintable(imported.out));
        QVERIFY2(imported.err.contains(QStringLiteral("baris 3:")), qPrintable(imported.err));
    }
};

QTEST_GUILESS_MAIN(TestDmsService)
#include "TestDmsService.moc"
