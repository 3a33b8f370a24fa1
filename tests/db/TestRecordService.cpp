// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"
#include "records/RecordService.h"
#include "settings/SharedSettings.h"

#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

namespace {

QVariantMap kursus(const QString& name, const QDate& from, const QDate& to, int hours, const QString& number)
{
    return {
        {QStringLiteral("jenisKursus"), QStringLiteral("Bimbingan Teknis")},
        {QStringLiteral("klasifikasi"), QStringLiteral("Sumber Daya Manusia")},
        {QStringLiteral("namaKursus"), name},
        {QStringLiteral("institusiPenyelenggara"), QStringLiteral("BKPSDM Kota Surakarta")},
        {QStringLiteral("nomorSertipikat"), number},
        {QStringLiteral("tahunKursus"), from.year()},
        {QStringLiteral("tanggalKursus"), from},
        {QStringLiteral("tanggalSelesaiKursus"), to},
        {QStringLiteral("jumlahJam"), hours},
    };
}

DocumentUpload pdf(const QByteArray& marker)
{
    return DocumentUpload::madeByProgram(QByteArray("%PDF-1.4\n% ") + marker + QByteArray("\n%%EOF\n"),
        QStringLiteral("sertifikat.pdf"), 1, 812.5);
}

/// Refused: by the rules in core (Forbidden), or, on a person's own login to the shared server, before
/// that by the server, which does not even show the row (NotFound).
bool isRefusal(const Error& error)
{
    return error.code == ErrorCode::Forbidden
        || (TestDatabase::isPostgres() && error.code == ErrorCode::NotFound);
}

} // namespace

class TestRecordService : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    Session m_asn;
    Session m_colleague; // same Perangkat Daerah
    Session m_pengelola;
    Session m_otherPengelola;
    QDateTime m_now = QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC);

    Session sessionFor(const QString& nip, Role role, qint64 accountId)
    {
        return karier::test::sessionFor(m_db, nip, role, accountId);
    }

    /// The service as \a session's person uses it: on PostgreSQL on their own login, under the server's
    /// rules (TestDatabase::openAs).
    RecordService service(Session& session)
    {
        return RecordService(m_fresh.openAs(m_db, session), [this] { return m_now; });
    }
    RecordService service()
    {
        return RecordService(m_db, [this] { return m_now; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        QVERIFY(DemoSeeder::seedDemo(m_db).ok());
        m_asn = sessionFor(QStringLiteral("198609262015051001"), Role::Asn, 1);
        m_pengelola = sessionFor(QStringLiteral("198007122005011003"), Role::Pengelola, 2);
        QVERIFY(m_asn.employeeId > 0);
        QCOMPARE(m_asn.indukUnitId, m_pengelola.indukUnitId);
        // A colleague in the same Perangkat Daerah, and a Pengelola of another one. (The visitor must not
        // use the database: PostgreSQL streams the rows on the same connection.)
        QString colleagueNip;
        QString otherNip;
        QVERIFY(Organisation(m_db)
                    .forEachEmployee([&](const Employee& e) {
                        if (e.id != m_asn.employeeId && e.id != m_pengelola.employeeId) {
                            if (colleagueNip.isEmpty() && e.indukUnitId == m_asn.indukUnitId)
                                colleagueNip = e.nip;
                            if (otherNip.isEmpty() && e.indukUnitId != m_asn.indukUnitId)
                                otherNip = e.nip;
                        }
                        return colleagueNip.isEmpty() || otherNip.isEmpty();
                    })
                    .ok());
        m_colleague = sessionFor(colleagueNip, Role::Asn, 3);
        m_otherPengelola = sessionFor(otherNip, Role::Pengelola, 4);
        QVERIFY(m_colleague.accountId > 0 && m_otherPengelola.accountId > 0);
    }

    void submitStoresRecordAndDocumentOnce()
    {
        RecordService::SaveRequest request;
        request.type = &RecordTypes::kursus();
        request.values = kursus(QStringLiteral("Bimtek SIASN"), QDate(2026, 2, 3), QDate(2026, 2, 4), 12,
            QStringLiteral("BT/001/2026"));
        request.document = pdf("satu");
        const auto id = service(m_asn).submit(m_asn, request);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        const auto detail = service(m_asn).get(m_asn, id.value());
        QVERIFY(detail.ok());
        QCOMPARE(detail->summary.status, SubmissionStatus::Diajukan);
        QCOMPARE(detail->summary.title, QStringLiteral("Bimtek SIASN"));
        QCOMPARE(detail->summary.hours, 12);
        QCOMPARE(detail->summary.startDate, QDate(2026, 2, 3));
        QCOMPARE(detail->summary.submittedAt, m_now);
        QCOMPARE(detail->summary.document.pages, 1);
        QCOMPARE(detail->summary.document.sha256, RecordService::sha256Hex(pdf("satu").content));
        QCOMPARE(detail->values.value(QStringLiteral("tanggalSelesaiKursus")).toDate(), QDate(2026, 2, 4));
        QCOMPARE(detail->values.value(QStringLiteral("jumlahJam")).toInt(), 12);
        const auto content = service(m_asn).documentContent(m_asn, detail->summary.document.id);
        QVERIFY(content.ok());
        QCOMPARE(content.value(), pdf("satu").content);

        // The same file for a second record is stored once.
        request.values = kursus(QStringLiteral("Bimtek SIASN hari ketiga"), QDate(2026, 2, 5),
            QDate(2026, 2, 5), 4, QStringLiteral("BT/002/2026"));
        const auto second = service(m_asn).submit(m_asn, request);
        QVERIFY(second.ok());
        QCOMPARE(service(m_asn).get(m_asn, second.value())->summary.document.id, detail->summary.document.id);
        int documents = 0;
        QVERIFY(m_db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("SELECT COUNT(*) FROM documents"));
            if (!q.exec() || !q.next())
                return q.error();
            documents = q.value(0).toInt();
            return {};
        }));
        QCOMPARE(documents, 1);
    }

    void submitRefusesRuleErrorsAndMissingDocument()
    {
        RecordService::SaveRequest request;
        request.type = &RecordTypes::kursus();
        request.values = kursus(
            QStringLiteral("Terlalu lama"), QDate(2026, 3, 1), QDate(2026, 3, 1), 9, QStringLiteral("X/1"));
        request.document = pdf("dua");
        auto refused = service(m_asn).submit(m_asn, request);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(refused.error().message.contains(QLatin1String("8 JP per hari")));
        request.values = kursus(
            QStringLiteral("Tanpa dokumen"), QDate(2026, 3, 1), QDate(2026, 3, 1), 2, QStringLiteral("X/2"));
        request.document.reset();
        refused = service(m_asn).submit(m_asn, request);
        QVERIFY(refused.error().message.contains(QLatin1String("wajib diunggah")));
        request.document = DocumentUpload::madeByProgram(
            QByteArray("\xFF\xD8\xFF\xE0 JPEG"), QStringLiteral("foto.jpg"), 1, -1);
        refused = service(m_asn).submit(m_asn, request);
        QVERIFY(refused.error().message.contains(QLatin1String("PDF")));
        request.document = DocumentUpload::madeByProgram(
            QByteArray("%PDF-1.4\n") + QByteArray(1024 * 1024, 'x'), QStringLiteral("besar.pdf"), 1, -1);
        refused = service(m_asn).submit(m_asn, request);
        QVERIFY2(refused.error().message.contains(QLatin1String("melebihi batas 1,0 MB")),
            qPrintable(refused.error().message));
    }

    void storesOnlyTheBytesChecked()
    {
        // The check reported the SHA-256 of "checked"; other bytes are refused and nothing is written.
        const auto count = [this] {
            qint64 n = -1;
            const Status read = m_db->read([&](QSqlDatabase& c) -> Status {
                SqlQuery q(c, QStringLiteral("SELECT COUNT(*) FROM document_blobs"));
                if (!q.exec() || !q.next())
                    return q.error();
                n = q.value(0).toLongLong();
                return {};
            });
            return read.ok() ? n : -1;
        };
        const qint64 before = count();
        RecordService::SaveRequest request;
        request.type = &RecordTypes::kursus();
        request.values = kursus(QStringLiteral("Diklat berkas tertukar"), QDate(2019, 4, 6),
            QDate(2019, 4, 6), 4, QStringLiteral("BT/777/2019"));
        DocumentUpload swapped = pdf("tertukar");
        swapped.checkedSha256 = RecordService::sha256Hex(pdf("diperiksa").content);
        request.document = swapped;
        const auto refused = service(m_asn).submit(m_asn, request);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY2(refused.error().message.contains(QLatin1String("berbeda dengan yang diperiksa")),
            qPrintable(refused.error().message));
        QVERIFY(!service(m_asn).saveDraft(m_asn, request).ok());
        QCOMPARE(count(), before);

        // Bytes no check vouched for are refused as well.
        DocumentUpload unchecked = pdf("diperiksa");
        unchecked.checkedSha256.clear();
        request.document = unchecked;
        const auto refusedUnchecked = service(m_asn).submit(m_asn, request);
        QVERIFY2(refusedUnchecked.error().message.contains(QLatin1String("belum diperiksa")),
            qPrintable(refusedUnchecked.error().message));
        QCOMPARE(count(), before);

        // The bytes that were checked are stored.
        DocumentUpload checked = pdf("diperiksa");
        checked.checkedSha256 = RecordService::sha256Hex(checked.content).toUpper(); // hex in any case
        request.document = checked;
        const auto id = service(m_asn).submit(m_asn, request);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        QCOMPARE(service(m_asn).get(m_asn, id.value())->summary.document.sha256,
            RecordService::sha256Hex(checked.content));
        QCOMPARE(count(), before + 1);
    }

    void draftCanBeIncompleteAndResumed()
    {
        RecordService::SaveRequest request;
        request.type = &RecordTypes::sertifikasi();
        request.values = {{QStringLiteral("namaSertifikasi"), QStringLiteral("PBJ Tingkat Dasar")}};
        const auto id = service(m_asn).saveDraft(m_asn, request);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        auto detail = service(m_asn).get(m_asn, id.value()).value();
        QCOMPARE(detail.summary.status, SubmissionStatus::Draf);
        QCOMPARE(detail.summary.version, 1);

        request.recordId = id.value();
        request.version = detail.summary.version;
        request.values = {
            {QStringLiteral("klasifikasiSertifikasi"), QStringLiteral("PENGADAAN BARANG/JASA PEMERINTAH")},
            {QStringLiteral("namaSertifikasi"), QStringLiteral("PBJ Tingkat Dasar")},
            {QStringLiteral("nomorSertifikat"), QStringLiteral("LKPP-2025-1")},
            {QStringLiteral("tanggalSertifikat"), QDate(2025, 5, 2)},
            {QStringLiteral("masaBerlakuSertMulai"), QDate(2025, 5, 2)},
            {QStringLiteral("lembagaSertifikasiNama"), QStringLiteral("LKPP")},
        };
        request.document = pdf("tiga");
        // A stale version is refused.
        request.version = 0;
        QCOMPARE(service(m_asn).submit(m_asn, request).error().code, ErrorCode::Conflict);
        request.version = detail.summary.version;
        const auto submitted = service(m_asn).submit(m_asn, request);
        QVERIFY2(submitted.ok(), qPrintable(submitted.error().message));
        QCOMPARE(submitted.value(), id.value());
        detail = service(m_asn).get(m_asn, id.value()).value();
        QCOMPARE(detail.summary.status, SubmissionStatus::Diajukan);
        QCOMPARE(detail.summary.version, 2);
        // Diajukan can no longer be edited or removed by the owner.
        request.version = 2;
        QCOMPARE(service(m_asn).saveDraft(m_asn, request).error().code, ErrorCode::Conflict);
        QCOMPARE(service(m_asn).remove(m_asn, id.value(), 2).error().code, ErrorCode::Conflict);
    }

    void jpOnSameDaysWarns()
    {
        // 12 JP over 3–4 Feb already (6 a day); 4 more on 4 Feb stays within 8? 6 + 4 = 10: a warning.
        const auto issues = service(m_asn).check(m_asn, RecordTypes::kursus(),
            kursus(
                QStringLiteral("Seminar"), QDate(2026, 2, 4), QDate(2026, 2, 4), 4, QStringLiteral("S/9")));
        QVERIFY(issues.ok());
        QCOMPARE(issues->size(), 1);
        QCOMPARE(issues->first().severity, Severity::Warning);
        QVERIFY2(
            issues->first().message.contains(QLatin1String("4 Februari 2026 total JP Anda menjadi 10 JP")),
            qPrintable(issues->first().message));
        // Two JP fit.
        QVERIFY(service()
                    .check(m_asn, RecordTypes::kursus(),
                        kursus(QStringLiteral("Seminar"), QDate(2026, 2, 4), QDate(2026, 2, 4), 2,
                            QStringLiteral("S/9")))
                    ->isEmpty());
        // The limit is a shared setting.
        SharedSettings settings(m_db);
        auto values = settings.load().value();
        values.maxJpPerDay = 10;
        QVERIFY(settings.save(nullptr, values).ok());
        QVERIFY(service()
                    .check(m_asn, RecordTypes::kursus(),
                        kursus(QStringLiteral("Seminar"), QDate(2026, 2, 4), QDate(2026, 2, 4), 4,
                            QStringLiteral("S/9")))
                    ->isEmpty());
        values.maxJpPerDay = 8;
        QVERIFY(settings.save(nullptr, values).ok());
        QCOMPARE(settings.save(&m_asn, values).error().code, ErrorCode::Forbidden);
    }

    void duplicateNumberWarns()
    {
        const auto issues = service(m_asn).check(m_asn, RecordTypes::kursus(),
            kursus(QStringLiteral("Lagi"), QDate(2026, 6, 1), QDate(2026, 6, 1), 2,
                QStringLiteral("BT/001/2026")));
        QVERIFY(issues.ok());
        QCOMPARE(issues->size(), 1);
        QCOMPARE(issues->first().field, QStringLiteral("nomorSertipikat"));
        QVERIFY(issues->first().message.contains(QLatin1String("Bimtek SIASN")));
        // Another employee with the same number gets no warning.
        QVERIFY(service()
                    .check(m_colleague, RecordTypes::kursus(),
                        kursus(QStringLiteral("Lagi"), QDate(2026, 6, 1), QDate(2026, 6, 1), 2,
                            QStringLiteral("BT/001/2026")))
                    ->isEmpty());
    }

    void accessIsCheckedInCore()
    {
        const auto mine = service(m_asn).listOwn(m_asn).value();
        QVERIFY(mine.size() >= 3);
        QVERIFY(service(m_colleague).listOwn(m_colleague).value().isEmpty());
        const qint64 id = mine.first().id;
        QVERIFY(isRefusal(service(m_colleague).get(m_colleague, id).error()));
        // A Pengelola reads only the Tim Kerja of their staff (what they verify), not their Kursus.
        QVERIFY(isRefusal(service(m_pengelola).get(m_pengelola, id).error()));
        QVERIFY(
            isRefusal(service(m_pengelola).documentContent(m_pengelola, mine.first().document.id).error()));
        QVERIFY(isRefusal(service(m_otherPengelola).get(m_otherPengelola, id).error()));
        QVERIFY(
            isRefusal(service(m_colleague).documentContent(m_colleague, mine.first().document.id).error()));
        // Nobody edits another employee's record.
        RecordService::SaveRequest request;
        request.type = &RecordTypes::kursus();
        request.recordId = id;
        request.version = mine.first().version;
        QVERIFY(isRefusal(service(m_colleague).saveDraft(m_colleague, request).error()));
        Session none;
        QCOMPARE(service().listOwn(none).error().code, ErrorCode::Forbidden);
    }

    void removeDraftAndItsDocument()
    {
        RecordService::SaveRequest request;
        request.type = &RecordTypes::kursus();
        request.values = {{QStringLiteral("namaKursus"), QStringLiteral("Draf untuk dihapus")}};
        request.document = pdf("hapus");
        const auto id = service(m_asn).saveDraft(m_asn, request);
        QVERIFY(id.ok());
        const auto detail = service(m_asn).get(m_asn, id.value()).value();
        QVERIFY(
            isRefusal(service(m_colleague).remove(m_colleague, id.value(), detail.summary.version).error()));
        QVERIFY(service(m_asn).remove(m_asn, id.value(), detail.summary.version).ok());
        QCOMPARE(service(m_asn).get(m_asn, id.value()).error().code, ErrorCode::NotFound);
        QCOMPARE(service(m_asn).documentContent(m_asn, detail.summary.document.id).error().code,
            ErrorCode::NotFound);
    }

    void jpPerYear()
    {
        const auto jp = service(m_asn).jpForYear(m_asn, 2026);
        QVERIFY(jp.ok());
        QCOMPARE(jp->pending, 16); // 12 + 4, both Diajukan
        QCOMPARE(jp->approved, 0);
        QCOMPARE(jp->target, 20);
    }

    void everyWriteIsAudited()
    {
        int entries = 0;
        QVERIFY(m_db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c,
                QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor_nip = ? AND action IN "
                               "('ajukan', 'simpan-draf', 'hapus')"));
            q.bind(m_asn.nip);
            if (!q.exec() || !q.next())
                return q.error();
            entries = q.value(0).toInt();
            return {};
        }));
        QVERIFY(entries >= 6);
    }
};

QTEST_GUILESS_MAIN(TestRecordService)
#include "TestRecordService.moc"
