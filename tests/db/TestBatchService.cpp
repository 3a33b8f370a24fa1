// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "dms/DmsService.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"
#include "records/BatchService.h"
#include "records/RecordService.h"

#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

namespace {

QVariantMap karyaSatya(const QString& jenis, const QString& number)
{
    return {
        {QStringLiteral("skalaPenghargaan"), QStringLiteral("Nasional")},
        {QStringLiteral("kelompokPenghargaan"), QStringLiteral("SATYA LENCANA")},
        {QStringLiteral("jenisPenghargaan"), jenis},
        {QStringLiteral("tahun"), 2026},
        {QStringLiteral("skNomor"), number},
        {QStringLiteral("skDate"), QDate(2026, 8, 17)},
    };
}

QVariantMap sosialisasi(const QString& number, const QDate& day, int hours)
{
    return {
        {QStringLiteral("jenisKursus"), QStringLiteral("Sosialisasi")},
        {QStringLiteral("klasifikasi"), QStringLiteral("Sumber Daya Manusia")},
        {QStringLiteral("namaKursus"), QStringLiteral("Sosialisasi Manajemen Talenta")},
        {QStringLiteral("institusiPenyelenggara"), QStringLiteral("BKPSDM Kota Surakarta")},
        {QStringLiteral("nomorSertipikat"), number},
        {QStringLiteral("tahunKursus"), day.year()},
        {QStringLiteral("tanggalKursus"), day},
        {QStringLiteral("tanggalSelesaiKursus"), day},
        {QStringLiteral("jumlahJam"), hours},
    };
}

DocumentUpload pdf(const QByteArray& marker)
{
    return DocumentUpload::madeByProgram(
        QByteArray("%PDF-1.4\n% ") + marker + QByteArray("\n%%EOF\n"), QStringLiteral("sk.pdf"), 2, 900);
}

QList<NipEntry> entries(const QStringList& nips)
{
    QList<NipEntry> list;
    for (const QString& nip : nips)
        list.append({int(list.size() + 1), nip});
    return list;
}

} // namespace

/// One decree applied to many employees by Admin BKPSDM (or karier-cli), in one transaction.
class TestBatchService : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    Session m_admin;
    Session m_pengelola;
    QList<Employee> m_employees;
    QDateTime m_now = QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC);

    Session sessionFor(const QString& nip, Role role) { return karier::test::sessionFor(m_db, nip, role); }

    BatchService service()
    {
        return BatchService(m_db, [this] { return m_now; });
    }
    /// The service as \a session's person uses it: on PostgreSQL on their own login, under the server's
    /// rules (TestDatabase::openAs).
    BatchService service(Session& session)
    {
        return BatchService(m_fresh.openAs(m_db, session), [this] { return m_now; });
    }

    qint64 count(const QString& sql, const QVariant& bound = {})
    {
        qint64 n = -1;
        const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c, sql);
            if (bound.typeId() == QMetaType::QVariantList) {
                for (const QVariant& v : bound.toList())
                    q.bind(v);
            } else if (bound.isValid()) {
                q.bind(bound);
            }
            if (!q.exec() || !q.next())
                return q.error();
            n = q.value(0).toLongLong();
            return {};
        });
        return status ? n : -1;
    }

    /// The stored Skor Arsip Digital of each NIP (-1 when none was stored).
    QHash<QString, double> storedScores(const QStringList& nips)
    {
        QHash<QString, double> scores;
        for (const QString& nip : nips)
            scores.insert(nip, -1);
        (void)m_db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c,
                QStringLiteral(
                    "SELECT e.nip, s.total FROM dms_scores s JOIN employees e ON e.id = s.employee_id"));
            if (!q.exec())
                return q.error();
            while (q.next()) {
                if (scores.contains(q.value(0).toString()))
                    scores.insert(q.value(0).toString(), q.value(1).toDouble());
            }
            return {};
        });
        return scores;
    }

    /// Employees whose service since TMT CPNS by 17 August 2026 is at least / below \a years.
    QStringList servedAtLeast(int years, bool atLeast, int howMany)
    {
        QStringList nips;
        for (const Employee& e : std::as_const(m_employees)) {
            const bool enough = e.tmt.addYears(years) <= QDate(2026, 8, 17);
            if (enough == atLeast && !e.pppk && nips.size() < howMany)
                nips << e.nip;
        }
        return nips;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        m_db = m_fresh.open();
        QVERIFY(m_db);
        QVERIFY(DemoSeeder::seedDemo(m_db).ok());
        m_admin = sessionFor(QStringLiteral("198503152010012002"), Role::Admin);
        m_pengelola = sessionFor(QStringLiteral("198007122005011003"), Role::Pengelola);
        QVERIFY(Organisation(m_db)
                    .forEachEmployee([&](const Employee& e) {
                        m_employees.append(e);
                        return true;
                    })
                    .ok());
        QVERIFY(m_employees.size() > 100);
    }

    void onlyAdminOrSystemMayEnterInBatch()
    {
        const QList<NipEntry> nips = entries({m_employees.at(0).nip});
        const QVariantMap values
            = karyaSatya(QStringLiteral("Satyalancana Karya Satya X Tahun"), QStringLiteral("A/1"));
        const auto pengelola
            = service(m_pengelola).prepare(&m_pengelola, RecordTypes::penghargaan(), values, nips);
        QVERIFY(!pengelola);
        QCOMPARE(pengelola.error().code, ErrorCode::Forbidden);
        Session asn = m_pengelola;
        asn.role = Role::Asn;
        QCOMPARE(service().prepare(&asn, RecordTypes::penghargaan(), values, nips).error().code,
            ErrorCode::Forbidden);
        QVERIFY(service(m_admin).prepare(&m_admin, RecordTypes::penghargaan(), values, nips).ok());
        QVERIFY(service().prepare(nullptr, RecordTypes::penghargaan(), values, nips).ok());

        // A plan prepared by an admin cannot be applied by someone else.
        const auto plan = service(m_admin).prepare(&m_admin, RecordTypes::penghargaan(), values, nips);
        QCOMPARE(service(m_pengelola).apply(&m_pengelola, plan.value(), pdf("x")).error().code,
            ErrorCode::Forbidden);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records")), 0);
    }

    void refusesAnIncompleteDecreeAndUnsupportedTypes()
    {
        QVariantMap values = karyaSatya(QStringLiteral("Satyalancana Karya Satya X Tahun"), QString());
        const auto missing = service(m_admin).prepare(
            &m_admin, RecordTypes::penghargaan(), values, entries({m_employees.at(0).nip}));
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QStringLiteral("Nomor Surat Keputusan wajib diisi")),
            qPrintable(missing.error().message));
        const auto sertifikasi = service(m_admin).prepare(
            &m_admin, RecordTypes::sertifikasi(), {}, entries({m_employees.at(0).nip}));
        QVERIFY(!sertifikasi);
        const auto nobody = service(m_admin).prepare(&m_admin, RecordTypes::penghargaan(),
            karyaSatya(QStringLiteral("Satyalancana Karya Satya X Tahun"), QStringLiteral("A/2")), {});
        QVERIFY(!nobody);
        QCOMPARE(nobody.error().message, QStringLiteral("Belum ada NIP pegawai yang dipilih."));
    }

    void listsEveryEntryThatWillNotReceiveTheRecord()
    {
        const QStringList enough = servedAtLeast(10, true, 3);
        const QStringList tooRecent = servedAtLeast(10, false, 1);
        QCOMPARE(enough.size(), 3);
        QCOMPARE(tooRecent.size(), 1);
        const QString unknown = QStringLiteral("199001012020011001");
        const QList<NipEntry> nips = {
            {1, enough.at(0)},
            {2, enough.at(1)},
            {3, QStringLiteral("12345")},
            {4, unknown},
            {5, enough.at(0)},
            {6, enough.at(2)},
            {7, tooRecent.at(0)},
        };
        const auto plan = service(m_admin).prepare(&m_admin, RecordTypes::penghargaan(),
            karyaSatya(QStringLiteral("Satyalancana Karya Satya X Tahun"), QStringLiteral("SK/KS-X/2026")),
            nips);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan->recipients.size(), 4);
        QCOMPARE(plan->problems.size(), 3);
        QCOMPARE(plan->problems.at(0).kind, BatchProblem::Kind::NotANip);
        QCOMPARE(plan->problems.at(0).entry.line, 3);
        QCOMPARE(plan->problems.at(0).reason, QStringLiteral("NIP harus 18 digit, bukan 5."));
        QCOMPARE(plan->problems.at(1).kind, BatchProblem::Kind::UnknownNip);
        QCOMPARE(plan->problems.at(1).entry.text, unknown);
        QCOMPARE(plan->problems.at(2).kind, BatchProblem::Kind::Duplicate);
        QCOMPARE(plan->problems.at(2).reason, QStringLiteral("NIP ganda: sudah disebut di baris 1."));
        // Fewer than ten years since TMT CPNS: listed with a warning that names the years, not refused.
        const BatchRecipient& recent = plan->recipients.last();
        QCOMPARE(recent.nip, tooRecent.at(0));
        QCOMPARE(recent.warnings.size(), 1);
        QVERIFY2(
            recent.warnings.at(0).contains(QStringLiteral("10 tahun")), qPrintable(recent.warnings.at(0)));
        QVERIFY(plan->recipients.at(0).warnings.isEmpty());
        QCOMPARE(plan->summary(),
            QStringLiteral("4 pegawai akan menerima Penghargaan \"Satyalancana Karya Satya X Tahun\" "
                           "(Nomor Surat Keputusan SK/KS-X/2026)."));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records")), 0);
    }

    void appliesOneDecreeWithOneDocumentAndAnAuditEntryEach()
    {
        QStringList nips;
        for (int i = 0; i < 60; ++i)
            nips << m_employees.at(i).nip;
        const QVariantMap values = sosialisasi(QStringLiteral("SOS/MT/2026"), QDate(2026, 10, 6), 4);
        const auto plan = service(m_admin).prepare(&m_admin, RecordTypes::kursus(), values, entries(nips));
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan->recipients.size(), 60);
        QVERIFY(plan->problems.isEmpty());
        const qint64 auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));

        const auto outcome = service(m_admin).apply(&m_admin, plan.value(), pdf("daftar hadir"));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
        QCOMPARE(outcome->created, 60);
        QVERIFY(!outcome->documentReused);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM documents")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records WHERE status = 'disetujui' AND "
                                      "record_type = 'kursus' AND document_id = ?"),
                     outcome->documentId),
            60);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records WHERE decided_by_nip = ? AND "
                                      "decided_at IS NOT NULL AND hours = 4"),
                     m_admin.nip),
            60);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")) - auditBefore, 60);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'setujui-massal' AND "
                                      "actor_nip = ?"),
                     m_admin.nip),
            60);

        // The employee sees it as approved in their own riwayat, with its JP counted.
        Session owner = m_pengelola;
        owner.employeeId = m_employees.at(0).id;
        owner.role = Role::Asn;
        const auto own
            = RecordService(m_db, [this] { return m_now; }).listOwn(owner, {QStringLiteral("kursus")});
        QVERIFY(own.ok());
        QCOMPARE(own->size(), 1);
        QCOMPARE(own->at(0).status, SubmissionStatus::Disetujui);
        QCOMPARE(RecordService(m_db, [this] { return m_now; }).jpForYear(owner, 2026)->approved, 4);

        // Entering the same decree again: those who have it are listed, the rest receive it.
        nips << m_employees.at(60).nip;
        const auto again = service(m_admin).prepare(&m_admin, RecordTypes::kursus(), values, entries(nips));
        QVERIFY(again.ok());
        QCOMPARE(again->recipients.size(), 1);
        QCOMPARE(again->problems.size(), 60);
        QCOMPARE(again->problems.at(0).kind, BatchProblem::Kind::AlreadyRecorded);
        QCOMPARE(again->problems.at(0).reason,
            QStringLiteral("Sudah memiliki Kursus dengan Nomor Sertifikat ini (Disetujui)."));

        // The old plan applied a second time changes nothing.
        const auto stale = service(m_admin).apply(&m_admin, plan.value(), pdf("daftar hadir"));
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records WHERE record_type = 'kursus'")), 60);

        // The same PDF for the one remaining employee is not stored twice.
        const auto rest = service(m_admin).apply(&m_admin, again.value(), pdf("daftar hadir"));
        QVERIFY(rest.ok());
        QVERIFY(rest->documentReused);
        QCOMPARE(rest->documentId, outcome->documentId);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM documents")), 1);
    }

    void warnsAboutJpPerDayForEachEmployee()
    {
        // Employee 0 already has 4 JP on 6 October 2026; 6 more the same day exceeds 8 JP.
        const QVariantMap values = sosialisasi(QStringLiteral("SOS/LHKPN/2026"), QDate(2026, 10, 6), 6);
        const auto plan = service(m_admin).prepare(&m_admin, RecordTypes::kursus(), values,
            entries({m_employees.at(0).nip, m_employees.at(100).nip}));
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan->recipients.size(), 2);
        QCOMPARE(plan->recipients.at(0).warnings.size(), 1);
        QVERIFY2(plan->recipients.at(0).warnings.at(0).contains(QStringLiteral("JP")),
            qPrintable(plan->recipients.at(0).warnings.at(0)));
        QVERIFY(plan->recipients.at(1).warnings.isEmpty());
    }

    void leavesOutTheAdminsOwnNip_data()
    {
        QTest::addColumn<bool>("asSystem");
        QTest::addColumn<QString>("numberText");
        QTest::newRow("admin") << false << QStringLiteral("SK/ASN-TERBAIK/1");
        QTest::newRow("karier-cli (no session)") << true << QStringLiteral("SK/ASN-TERBAIK/2");
    }

    void leavesOutTheAdminsOwnNip()
    {
        // As in Verifikasi, nobody approves a record of their own: the admin's NIP is listed, not given.
        QFETCH(bool, asSystem);
        QFETCH(QString, numberText);
        const Session* actor = asSystem ? nullptr : &m_admin;
        const QVariantMap values = {
            {QStringLiteral("skalaPenghargaan"), QStringLiteral("Kabupaten/Kota")},
            {QStringLiteral("kelompokPenghargaan"), QStringLiteral("PENGHARGAAN LAINNYA")},
            {QStringLiteral("jenisPenghargaan"), QStringLiteral("ASN Terbaik")},
            {QStringLiteral("tahun"), 2025},
            {QStringLiteral("skNomor"), numberText},
            {QStringLiteral("skDate"), QDate(2025, 12, 1)},
        };
        const QString other
            = m_employees.at(150).nip == m_admin.nip ? m_employees.at(151).nip : m_employees.at(150).nip;
        const QList<NipEntry> nips = {{1, other}, {2, QStringLiteral("19850315 201001 2 002")}};
        const auto plan = service().prepare(actor, RecordTypes::penghargaan(), values, nips);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        if (asSystem) {
            // karier-cli acts as the system: it has no NIP of its own, everybody may receive.
            QCOMPARE(plan->recipients.size(), 2);
            QVERIFY(plan->problems.isEmpty());
            QVERIFY(service().apply(nullptr, plan.value(), pdf(numberText.toUtf8())).ok());
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records WHERE number = ?"), numberText), 2);
            return;
        }
        QCOMPARE(plan->recipients.size(), 1);
        QCOMPARE(plan->recipients.at(0).nip, other);
        QCOMPARE(plan->problems.size(), 1);
        QCOMPARE(plan->problems.at(0).kind, BatchProblem::Kind::OwnRecord);
        QCOMPARE(plan->problems.at(0).entry.line, 2);
        QCOMPARE(plan->problems.at(0).reason,
            QStringLiteral("NIP Anda sendiri: Penghargaan untuk Anda dimasukkan oleh Admin BKPSDM lain, atau "
                           "Anda ajukan sendiri lalu diverifikasi oleh Admin lain."));

        // A plan that names the admin anyway (old, or made by hand) is refused as a whole.
        BatchPlan forged = plan.value();
        forged.recipients.append({m_admin.employeeId, m_admin.nip, m_admin.displayName, {}, {}});
        const auto refused = service(m_admin).apply(&m_admin, forged, pdf(numberText.toUtf8()));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        QCOMPARE(refused.error().message,
            QStringLiteral("Anda tidak dapat memberikan Penghargaan kepada diri sendiri (NIP 19850315 201001 "
                           "2 002). Keluarkan NIP Anda dari daftar; tidak ada yang disimpan."));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records WHERE number = ?"), numberText), 0);

        QVERIFY(service(m_admin).apply(&m_admin, plan.value(), pdf(numberText.toUtf8())).ok());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records WHERE number = ? AND employee_id = ?"),
                     QVariantList {numberText, m_admin.employeeId}),
            0);
    }

    void recomputesTheDmsScoresOfItsRecipients()
    {
        // Each recipient first gets a Kondisional row without its document: an approved award is one more
        // done row (1 of 2), so the score moves, and it is stored at once, in the batch's transaction.
        QStringList nips;
        for (int i = 160; i < 200; ++i) {
            if (m_employees.at(i).nip != m_admin.nip)
                nips << m_employees.at(i).nip;
        }
        QByteArray csv = "nip,jenis,referensi,dokumen\n";
        for (const QString& nip : std::as_const(nips))
            csv += QStringLiteral("%1,pmk,PMK Uji 2020,tidak\n").arg(nip).toUtf8();
        QVERIFY(DmsService(m_db, [this] { return m_now; }).importCsv(nullptr, csv).ok());
        const QHash<QString, double> before = storedScores(nips);

        m_now = m_now.addSecs(3600);
        const auto plan = service(m_admin).prepare(&m_admin, RecordTypes::penghargaan(),
            karyaSatya(QStringLiteral("Satyalancana Karya Satya X Tahun"), QStringLiteral("SK/KS-X/2028")),
            entries(nips));
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan->recipients.size(), nips.size());
        const auto outcome = service(m_admin).apply(&m_admin, plan.value(), pdf("skor"));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
        QCOMPARE(outcome->scoresUpdated, int(nips.size()));

        const QHash<QString, double> after = storedScores(nips);
        DmsService dms(m_db);
        for (const QString& nip : std::as_const(nips)) {
            const auto view = dms.forEmployee(nullptr, nip);
            QVERIFY(view.ok());
            QCOMPARE(after.value(nip), view->score.total); // what `dms-recap` would store
            QVERIFY2(after.value(nip) > before.value(nip), qPrintable(nip));
            QCOMPARE(view->computedAt, m_now);
        }

        // A Kursus is no Arsip DMS row: no score is touched.
        const auto kursus = service(m_admin).prepare(&m_admin, RecordTypes::kursus(),
            sosialisasi(QStringLiteral("SOS/SKOR/2026"), QDate(2026, 10, 20), 2), entries(nips.mid(0, 3)));
        QVERIFY(kursus.ok());
        const auto kursusOutcome = service(m_admin).apply(&m_admin, kursus.value(), pdf("kursus skor"));
        QVERIFY(kursusOutcome.ok());
        QCOMPARE(kursusOutcome->scoresUpdated, 0);
    }

    void refusesABadDocumentAndWritesNothing()
    {
        const auto plan = service(m_admin).prepare(&m_admin, RecordTypes::penghargaan(),
            karyaSatya(QStringLiteral("Satyalancana Karya Satya X Tahun"), QStringLiteral("SK/KS-X/2027")),
            entries({servedAtLeast(10, true, 1).at(0)}));
        QVERIFY(plan.ok());
        const DocumentUpload notPdf = DocumentUpload::madeByProgram("GIF89a", QStringLiteral("sk.gif"), 1);
        QCOMPARE(service(m_admin).apply(&m_admin, plan.value(), notPdf).error().message,
            QStringLiteral("Dokumen harus berupa file PDF."));
        const DocumentUpload big = DocumentUpload::madeByProgram(
            pdf("x").content + QByteArray(1024 * 1024, ' '), QStringLiteral("sk.pdf"), 1);
        QVERIFY(!service(m_admin).apply(&m_admin, plan.value(), big));
        DocumentUpload unchecked = pdf("x");
        unchecked.checkedSha256.clear(); // never went through a check
        QVERIFY(service()
                    .apply(&m_admin, plan.value(), unchecked)
                    .error()
                    .message.contains(QLatin1String("belum diperiksa")));
        const auto blobs = count(QStringLiteral("SELECT COUNT(*) FROM document_blobs"));
        DocumentUpload swapped = pdf("x");
        swapped.checkedSha256 = RecordService::sha256Hex(pdf("y").content); // checked other bytes
        QVERIFY(service()
                    .apply(&m_admin, plan.value(), swapped)
                    .error()
                    .message.contains(QLatin1String("berbeda dengan yang diperiksa")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM document_blobs")), blobs);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records WHERE record_type = 'penghargaan' AND "
                                      "number = 'SK/KS-X/2027'")),
            0);
    }
};

QTEST_GUILESS_MAIN(TestBatchService)
#include "TestBatchService.moc"
