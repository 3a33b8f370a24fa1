// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "approval/ApprovalService.h"
#include "approval/ApprovalSql.h"
#include "io/Csv.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"
#include "records/RecordService.h"
#include "timkerja/TimKerja.h"
#include "timkerja/TimKerjaService.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

using namespace karier;
using karier::test::TestDatabase;
namespace Key = karier::TimKerja::Key;

namespace {

QVariantMap kursus(const QString& number, const QDate& day, int hours = 4)
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

DocumentUpload pdf(const QByteArray& marker, double sharpness = 900)
{
    return DocumentUpload::madeByProgram(QByteArray("%PDF-1.4\n% ") + marker + QByteArray("\n%%EOF\n"),
        QStringLiteral("sertifikat.pdf"), 1, sharpness);
}

} // namespace

/// The verifier console in core: who may list, open and decide what; filters in SQL; decisions with
/// their audit entries; conflicts between two verifiers; the ASN's history and login banner.
namespace {

/// Refused: by the rules in core (Forbidden), or, on a person's own login to the shared server, before
/// that by the server, which does not even show the row (NotFound).
bool isRefusal(const Error& error)
{
    return error.code == ErrorCode::Forbidden
        || (TestDatabase::isPostgres() && error.code == ErrorCode::NotFound);
}

} // namespace

class TestApprovalService : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    std::shared_ptr<Database> m_db;
    Session m_admin;
    Session m_pengelola; // DINKES
    Session m_otherPengelola; // another Perangkat Daerah
    Session m_asn;
    QList<Employee> m_dinkes; // staff of the Pengelola's Perangkat Daerah
    QList<Employee> m_others; // staff elsewhere
    QDateTime m_now = QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC);
    int m_serial = 0;

    ApprovalService service()
    {
        return ApprovalService(m_db, [this] { return m_now; });
    }
    /// The service as \a session's person uses it: on PostgreSQL on their own login, under the server's
    /// rules (TestDatabase::openAs).
    ApprovalService service(Session& session)
    {
        return ApprovalService(m_fresh.openAs(m_db, session), [this] { return m_now; });
    }

    Session asnOf(const Employee& e, qint64 accountId = 50)
    {
        return karier::test::sessionFor(m_db, e.nip, Role::Asn, accountId);
    }

    qint64 submitKursus(const Employee& e, double sharpness = 900)
    {
        RecordService::SaveRequest request;
        request.type = &RecordTypes::kursus();
        const int serial = ++m_serial;
        request.values = kursus(QStringLiteral("KRS/%1").arg(serial), QDate(2026, 3, 1 + serial % 27));
        request.document = pdf(QByteArray::number(m_serial), sharpness);
        const auto id = RecordService(m_db, [this] { return m_now; }).submit(asnOf(e), request);
        if (!id)
            qWarning("submit: %s", qUtf8Printable(id.error().message));
        return id.ok() ? id.value() : 0;
    }

    qint64 submitTimKerja(const Employee& e, const QString& name)
    {
        TimKerjaService timKerja(m_db, [this] { return m_now; });
        const Session owner = asnOf(e);
        const auto kode = timKerja.newKode(owner);
        TimKerjaService::SaveRequest request;
        request.values = {{Key::tanggalSk(), QDate(2026, 2, 1 + ++m_serial % 27)},
            {Key::keteranganSk(), QStringLiteral("Berlaku")},
            {Key::kodeKegiatan(), kode.ok() ? kode.value() : QString()}, {Key::namaTimKerja(), name},
            {Key::ruangLingkup(), QStringLiteral("Internal Perangkat Daerah")},
            {Key::kedudukan(), QStringLiteral("Anggota")},
            {Key::urlBuktiDukung(), QStringLiteral("https://drive.google.com/file/d/1AbC/view")}};
        const auto id = timKerja.save(owner, request);
        if (!id)
            qWarning("save: %s", qUtf8Printable(id.error().message));
        return id.ok() ? id.value() : 0;
    }

    ApprovalPage page(const Session& session, ApprovalQuery query = {})
    {
        const auto result = service().list(session, query);
        if (!result)
            qWarning("list: %s", qUtf8Printable(result.error().message));
        ApprovalPage failed;
        failed.total = -1;
        return result.ok() ? result.value() : failed;
    }

    int total(const Session& session, ApprovalQuery query = {})
    {
        const auto result = service().list(session, query);
        return result.ok() ? result->total : -1;
    }

    ApprovalRow rowOf(const Session& session, qint64 id)
    {
        const auto detail = service().detail(session, id);
        return detail.ok() ? detail->row : ApprovalRow {};
    }

    qint64 count(const QString& sql, const QVariant& bound)
    {
        qint64 n = -1;
        const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c, sql);
            q.bind(bound);
            if (!q.exec() || !q.next())
                return q.error();
            n = q.value(0).toLongLong();
            return {};
        });
        return status ? n : -1;
    }

    DecisionRequest approve(const QList<ApprovalRow>& rows)
    {
        DecisionRequest request;
        for (const ApprovalRow& row : rows)
            request.items.append({row.id, row.version});
        return request;
    }

    void clearRecords()
    {
        QVERIFY(m_db->write([](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("DELETE FROM records"));
            if (!q.exec())
                return q.error();
            return {};
        }));
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
        m_asn = karier::test::sessionFor(m_db, QStringLiteral("198609262015051001"), Role::Asn, 3);
        QVERIFY(m_pengelola.managedUnitId > 0);
        QVERIFY(Organisation(m_db)
                    .forEachEmployee([&](const Employee& e) {
                        if (e.nip == m_admin.nip || e.nip == m_pengelola.nip || e.nip == m_asn.nip)
                            return true;
                        if (e.indukUnitId == m_pengelola.managedUnitId)
                            m_dinkes.append(e);
                        else
                            m_others.append(e);
                        return true;
                    })
                    .ok());
        QVERIFY(m_dinkes.size() >= 6);
        QVERIFY(m_others.size() >= 6);
        for (const Employee& e : std::as_const(m_others)) {
            if (e.indukUnitId != m_pengelola.managedUnitId) {
                m_otherPengelola = m_pengelola;
                m_otherPengelola.accountId = 9;
                m_otherPengelola.managedUnitId = e.indukUnitId;
                break;
            }
        }
    }

    void init() { clearRecords(); }

    void asnCannotVerify()
    {
        const Employee& e = m_dinkes.at(0);
        const qint64 id = submitTimKerja(e, QStringLiteral("Tim Percepatan Stunting"));
        QVERIFY(id > 0);
        QVERIFY(!ApprovalService::mayVerify(m_asn));
        const auto list = service(m_asn).list(m_asn, {});
        QVERIFY(!list);
        QCOMPARE(list.error().code, ErrorCode::Forbidden);
        const auto decided = service(m_asn).decide(m_asn, {Decision::Setujui, {{id, 1}}, {}, {}});
        QVERIFY(!decided);
        QCOMPARE(decided.error().code, ErrorCode::Forbidden);
        QVERIFY(!service(m_asn).detail(m_asn, id));
        QCOMPARE(rowOf(m_admin, id).status, SubmissionStatus::Diajukan);
    }

    void pengelolaSeesOnlyTimKerjaOfOwnUnit()
    {
        QList<qint64> own;
        for (int i = 0; i < 3; ++i)
            own << submitTimKerja(m_dinkes.at(i), QStringLiteral("Tim Dinkes %1").arg(i));
        const qint64 foreign = submitTimKerja(m_others.at(0), QStringLiteral("Tim Lain"));
        const qint64 ownKursus = submitKursus(m_dinkes.at(0));
        QVERIFY(!own.contains(0) && foreign > 0 && ownKursus > 0);

        QCOMPARE(ApprovalService::verifiableTypes(m_pengelola), QStringList {TimKerja::typeCode()});
        QCOMPARE(total(m_pengelola), 3);
        // Asking for another Perangkat Daerah or for Kursus changes nothing: the scope is the session's.
        ApprovalQuery other;
        other.indukUnitId = m_others.at(0).indukUnitId;
        QCOMPARE(total(m_pengelola, other), 3);
        ApprovalQuery kursusOnly;
        kursusOnly.typeCodes = {RecordTypes::kursus().code};
        QCOMPARE(total(m_pengelola, kursusOnly), 0);
        QCOMPARE(total(m_otherPengelola), 1);

        // Open and decide outside the scope: refused, nothing changes.
        QVERIFY(isRefusal(service(m_pengelola).detail(m_pengelola, foreign).error()));
        QVERIFY(isRefusal(service(m_pengelola).detail(m_pengelola, ownKursus).error()));
        const auto decided
            = service(m_pengelola)
                  .decide(m_pengelola, {Decision::Setujui, {{own.at(0), 1}, {foreign, 1}}, {}, {}});
        if (TestDatabase::isPostgres()) {
            // On the Pengelola's own login the server does not even show the other Perangkat Daerah's
            // item: it is left alone as not found, and their own goes ahead.
            QVERIFY(decided);
            QCOMPARE(decided->decided, QList<qint64> {own.at(0)});
            QCOMPARE(decided->conflicts.size(), 1);
            QCOMPARE(decided->conflicts.first().id, foreign);
            QVERIFY(decided->conflicts.first().message.contains(QLatin1String("di luar wewenang Anda")));
            QCOMPARE(rowOf(m_admin, own.at(0)).status, SubmissionStatus::Disetujui);
        } else {
            QVERIFY(!decided);
            QCOMPARE(decided.error().code, ErrorCode::Forbidden);
            QCOMPARE(rowOf(m_admin, own.at(0)).status, SubmissionStatus::Diajukan);
        }
        QCOMPARE(rowOf(m_admin, foreign).status, SubmissionStatus::Diajukan);
        const auto kursus
            = service(m_pengelola).decide(m_pengelola, {Decision::Setujui, {{ownKursus, 1}}, {}, {}});
        if (TestDatabase::isPostgres())
            QVERIFY(kursus && kursus->decided.isEmpty() && kursus->conflicts.size() == 1);
        else
            QCOMPARE(kursus.error().code, ErrorCode::Forbidden);
        QCOMPARE(rowOf(m_admin, ownKursus).status, SubmissionStatus::Diajukan);
        QVERIFY(!service(m_pengelola).history(m_pengelola, foreign));

        // Within the scope it works.
        const auto ok
            = service(m_pengelola).decide(m_pengelola, {Decision::Setujui, {{own.at(1), 1}}, {}, {}});
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
        QCOMPARE(ok->decided, QList<qint64> {own.at(1)});

        // Admin sees everything: Tim Kerja and Kursus of every unit (PostgreSQL: one more decided above).
        QCOMPARE(total(m_admin), TestDatabase::isPostgres() ? 3 : 4);
        ApprovalQuery all;
        all.status = ApprovalStatusFilter::Semua;
        QCOMPARE(total(m_admin, all), 5);
    }

    void filtersRunInSql()
    {
        const Employee& a = m_dinkes.at(0);
        const Employee& b = m_others.at(1);
        QVERIFY(submitKursus(a) > 0);
        QVERIFY(submitKursus(a) > 0);
        m_now = m_now.addDays(3);
        const qint64 later = submitKursus(b);
        QVERIFY(submitTimKerja(b, QStringLiteral("Tim Sensus")) > 0);
        m_now = m_now.addDays(-3);

        QCOMPARE(total(m_admin), 4);
        ApprovalQuery q;
        q.typeCodes = {RecordTypes::kursus().code};
        QCOMPARE(total(m_admin, q), 3);
        q = {};
        q.indukUnitId = a.indukUnitId;
        QCOMPARE(total(m_admin, q), 2);
        q = {};
        q.unitId = b.unitId;
        QCOMPARE(total(m_admin, q), 2);
        q = {};
        q.search = b.nip.mid(0, 8) + QLatin1Char(' ') + b.nip.mid(8, 6);
        QVERIFY(total(m_admin, q) >= 2);
        q.search = b.nip;
        QCOMPARE(total(m_admin, q), 2);
        q.search = b.nama.split(QLatin1Char(' ')).first().toUpper();
        QVERIFY(total(m_admin, q) >= 2);
        q.search = QStringLiteral("%_");
        QCOMPARE(total(m_admin, q), 0);
        q = {};
        q.submittedFrom = m_now.date().addDays(1);
        QCOMPARE(total(m_admin, q), 2);
        q.submittedTo = m_now.date().addDays(2);
        QCOMPARE(total(m_admin, q), 0);

        // The longest waiting first, then newest first on request; paging and a page past the end.
        q = {};
        const ApprovalPage oldest = page(m_admin, q);
        QCOMPARE(oldest.rows.size(), 4);
        QVERIFY(oldest.rows.at(1).submittedAt < oldest.rows.at(2).submittedAt);
        QCOMPARE(oldest.rows.at(0).employeeId, a.id);
        q.ascending = false;
        QVERIFY(page(m_admin, q).rows.first().submittedAt >= oldest.rows.last().submittedAt);
        q.limit = 3;
        q.offset = 30;
        const ApprovalPage last = page(m_admin, q);
        QCOMPARE(last.offset, 3);
        QCOMPARE(last.rows.size(), 1);
        QCOMPARE(last.total, 4);
        q.sortColumn = ApprovalColumn::Nip;
        q.ascending = false;
        q.offset = 0;
        q.limit = 10;
        const ApprovalPage byNip = page(m_admin, q);
        QCOMPARE(byNip.rows.size(), 4);
        for (qsizetype i = 1; i < byNip.rows.size(); ++i)
            QVERIFY(byNip.rows.at(i - 1).nip >= byNip.rows.at(i).nip);
        // Every row carries what the table shows.
        const ApprovalRow row = rowOf(m_admin, later);
        QCOMPARE(row.nip, b.nip);
        QCOMPARE(row.unitName, b.unitName);
        QCOMPARE(row.typeCode, RecordTypes::kursus().code);
        QCOMPARE(row.title, QStringLiteral("Sosialisasi Manajemen Talenta"));
        QVERIFY(row.documentId > 0);
    }

    void aSearchAsAFilterFindsTheSamePage_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("ascending");
        QTest::addColumn<int>("offset");
        QTest::newRow("terlama") << int(ApprovalColumn::Diajukan) << true << 0;
        QTest::newRow("terbaru, halaman 2") << int(ApprovalColumn::Diajukan) << false << 3;
        QTest::newRow("nama") << int(ApprovalColumn::Nama) << true << 0;
    }

    void aSearchAsAFilterFindsTheSamePage()
    {
        // A search that matches many submissions is tested row by row on PostgreSQL (whereFor's
        // searchAsFilter, above ApprovalService's DenseSearchRows): the same rows, in the same order,
        // as the search joined from its employees, for a NIP and for a name, on both dialects.
        QFETCH(int, column);
        QFETCH(bool, ascending);
        QFETCH(int, offset);
        for (int i = 0; i < 6; ++i) {
            QVERIFY(submitKursus(m_dinkes.at(i % 3)) > 0);
            QVERIFY(submitKursus(m_others.at(i % 4)) > 0);
            m_now = m_now.addSecs(3600);
        }
        const QString nipPart = m_dinkes.at(0).nip.mid(0, 3);
        const QString namePart = m_others.at(1).nama.left(1).toLower();
        for (const QString& search : {nipPart, namePart}) {
            ApprovalQuery query;
            query.search = search;
            query.sortColumn = ApprovalColumn(column);
            query.ascending = ascending;
            query.limit = 4;
            query.offset = offset;
            QList<qint64> pages[2];
            for (const bool asFilter : {false, true}) {
                const approvalsql::Where where = approvalsql::whereFor(m_admin, query, asFilter);
                QCOMPARE(where.sql.contains(QStringLiteral("OR FALSE")), asFilter);
                const Status read = m_db->read([&](QSqlDatabase& c) -> Status {
                    SqlQuery q(c, approvalsql::pageStatement(where, query));
                    approvalsql::bindAllOf(q, where.binds);
                    q.bind(query.limit).bind(query.offset);
                    if (!q.exec())
                        return q.error();
                    while (q.next())
                        pages[asFilter].append(approvalsql::rowFrom(q).id);
                    return {};
                });
                QVERIFY2(read.ok(), qPrintable(read.error().message));
            }
            QVERIFY2(!pages[0].isEmpty(), qPrintable(search));
            QCOMPARE(pages[1], pages[0]);
            // And the service's page is that page.
            QList<qint64> listed;
            for (const ApprovalRow& row : page(m_admin, query).rows)
                listed.append(row.id);
            QCOMPARE(listed, pages[0]);
        }
    }

    void approvesInBulkWithAudit()
    {
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)
            ids << submitKursus(m_others.at(i));
        const ApprovalPage before = page(m_admin);
        QCOMPARE(before.total, 3);
        m_now = m_now.addSecs(3600);
        const auto outcome = service(m_admin).decide(m_admin, approve(before.rows));
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
        QCOMPARE(outcome->decided.size(), 3);
        QVERIFY(outcome->conflicts.isEmpty());
        for (qint64 id : std::as_const(ids)) {
            const ApprovalRow row = rowOf(m_admin, id);
            QCOMPARE(row.status, SubmissionStatus::Disetujui);
            QCOMPARE(row.decidedByNip, m_admin.nip);
            if (TestDatabase::isPostgres()) // the server stamps a person's decision with its own clock
                QVERIFY2(qAbs(row.decidedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120,
                    qPrintable(row.decidedAt.toString(Qt::ISODate)));
            else
                QCOMPARE(row.decidedAt, m_now);
            QVERIFY(row.decidedByName.contains(QStringLiteral(",")) || !row.decidedByName.isEmpty());
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'setujui' AND "
                                          "entity_id = ?"),
                         QString::number(id)),
                1);
        }
        QCOMPARE(total(m_admin), 0);
        ApprovalQuery approved;
        approved.status = ApprovalStatusFilter::Disetujui;
        QCOMPARE(total(m_admin, approved), 3);
    }

    void returnAndRejectNeedReasons()
    {
        const Employee& owner = m_others.at(2);
        const qint64 a = submitKursus(owner);
        const qint64 b = submitKursus(owner);
        QVERIFY(a > 0 && b > 0);

        const auto noReason
            = service(m_admin).decide(m_admin, {Decision::Tolak, {{b, 1}}, {}, QStringLiteral("   ")});
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().code, ErrorCode::InvalidInput);
        const auto tooLong = service(m_admin).decide(
            m_admin, {Decision::Kembalikan, {{a, 1}}, {}, QString(501, QLatin1Char('x'))});
        QVERIFY(!tooLong);
        QCOMPARE(rowOf(m_admin, a).status, SubmissionStatus::Diajukan);

        const auto returned = service(m_admin).decide(m_admin,
            {Decision::Kembalikan, {{a, 1}}, ReturnReason::DokumenBuram,
                QStringLiteral("Halaman 2 tidak terbaca")});
        QVERIFY(returned);
        const auto rejected = service(m_admin).decide(
            m_admin, {Decision::Tolak, {{b, 1}}, {}, QStringLiteral("Kursus di luar masa kerja")});
        QVERIFY(rejected);

        // The owner sees the status, who decided, when, and the note.
        const auto seen = RecordService(m_db).get(asnOf(owner), a);
        QVERIFY(seen);
        QCOMPARE(seen->summary.status, SubmissionStatus::PerluPerbaikan);
        QCOMPARE(seen->summary.note,
            QStringLiteral("BTS – Dokumen buram atau tidak terbaca: Halaman 2 tidak terbaca"));
        QCOMPARE(seen->summary.decidedByNip, m_admin.nip);
        QCOMPARE(rowOf(m_admin, b).status, SubmissionStatus::Ditolak);
        QCOMPARE(rowOf(m_admin, b).note, QStringLiteral("Kursus di luar masa kerja"));

        // History: submitted, then returned, with the note.
        const auto history = service().history(asnOf(owner), a);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).action, QStringLiteral("ajukan"));
        QCOMPARE(history->at(1).action, QStringLiteral("kembalikan"));
        QCOMPARE(history->at(1).actionText, QStringLiteral("Dikembalikan untuk perbaikan"));
        QCOMPARE(history->at(1).actorNip, m_admin.nip);
        QVERIFY(history->at(1).note.startsWith(QStringLiteral("BTS – Dokumen buram")));
        QVERIFY(!service().history(asnOf(m_others.at(3), 51), a));
    }

    void secondVerifierSeesConflict()
    {
        const Employee& owner = m_dinkes.at(1);
        const qint64 id = submitTimKerja(owner, QStringLiteral("Tim Imunisasi"));
        const ApprovalRow seen = rowOf(m_pengelola, id);
        QCOMPARE(seen.status, SubmissionStatus::Diajukan);

        // A second verifier on its own connection (another workstation) decides first.
        auto other = Database::open(m_fresh.url());
        QVERIFY(other);
        m_now = m_now.addSecs(60);
        const auto first = ApprovalService(other.value(), [this] {
            return m_now;
        }).decide(m_admin, {Decision::Setujui, {{id, seen.version}}, {}, {}});
        QVERIFY(first);
        QCOMPARE(first->decided.size(), 1);

        const auto second
            = service(m_pengelola)
                  .decide(m_pengelola,
                      {Decision::Kembalikan, {{id, seen.version}}, ReturnReason::DataTidakSesuai, {}});
        QVERIFY(second);
        QVERIFY(second->decided.isEmpty());
        QCOMPARE(second->conflicts.size(), 1);
        const QString message = second->conflicts.first().message;
        QVERIFY2(message.startsWith(QStringLiteral("Usulan ini sudah diproses oleh ")), qPrintable(message));
        QVERIFY2(message.contains(rowOf(m_admin, id).decidedByName), qPrintable(message));
        QVERIFY2(message.contains(m_now.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm"))),
            qPrintable(message));
        const ApprovalRow after = rowOf(m_admin, id);
        QCOMPARE(after.status, SubmissionStatus::Disetujui);
        QCOMPARE(after.decidedByNip, m_admin.nip);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity_id = ? AND action IN "
                                      "('setujui', 'kembalikan', 'tolak')"),
                     QString::number(id)),
            1);
    }

    void bulkDecidesTheRestAndReportsChangedRows()
    {
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids << submitKursus(m_others.at(i));
        const ApprovalPage seen = page(m_admin);
        QCOMPARE(seen.total, 5);
        // Meanwhile one of them is decided elsewhere.
        QVERIFY(service(m_admin).decide(m_admin,
            {Decision::Tolak, {{seen.rows.at(1).id, seen.rows.at(1).version}}, {}, QStringLiteral("Ganda")}));
        const auto outcome = service(m_admin).decide(m_admin, approve(seen.rows));
        QVERIFY(outcome);
        QCOMPARE(outcome->decided.size(), 4);
        QCOMPARE(outcome->conflicts.size(), 1);
        QCOMPARE(outcome->conflicts.first().id, seen.rows.at(1).id);
        QCOMPARE(rowOf(m_admin, seen.rows.at(1).id).status, SubmissionStatus::Ditolak);
    }

    void bulkDecisionIsOneAuditEntryPerItem()
    {
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids << submitKursus(m_others.at(i));
        QVERIFY(!ids.contains(0));
        DecisionRequest request;
        request.decision = Decision::Kembalikan;
        request.reason = ReturnReason::DokumenBuram;
        request.note = QStringLiteral("Mohon pindai ulang");
        // The third named twice; the fourth with a version the verifier never saw.
        request.items = {{ids.at(2), 1}, {ids.at(0), 1}, {ids.at(2), 1}, {ids.at(1), 1}, {ids.at(3), 7}};
        const auto outcome = service(m_admin).decide(m_admin, request);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
        QCOMPARE(outcome->decided, (QList<qint64> {ids.at(2), ids.at(0), ids.at(1)}));
        QCOMPARE(outcome->conflicts.size(), 1);
        QCOMPARE(outcome->conflicts.first().id, ids.at(3));
        QVERIFY2(outcome->conflicts.first().message.contains(QStringLiteral("diubah oleh pemiliknya")),
            qPrintable(outcome->conflicts.first().message));
        QCOMPARE(rowOf(m_admin, ids.at(3)).status, SubmissionStatus::Diajukan);
        QCOMPARE(rowOf(m_admin, ids.at(2)).status, SubmissionStatus::PerluPerbaikan);
        QCOMPARE(rowOf(m_admin, ids.at(2)).version, 2);

        // One entry per decided item, in the request's order, each with its from/to state and the note.
        QStringList entries;
        QVERIFY(m_db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c,
                QStringLiteral("SELECT entity_id, from_state, to_state, note, actor_nip FROM audit_log WHERE "
                               "action = 'kembalikan' AND entity_id IN (?, ?, ?, ?) ORDER BY id"));
            for (qint64 id : std::as_const(ids))
                q.bind(QString::number(id));
            if (!q.exec())
                return q.error();
            while (q.next())
                entries << QStringList {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString()}
                               .join(QLatin1Char('|'));
            return {};
        }));
        const QString tail
            = QStringLiteral(
                  "|diajukan|perlu_perbaikan|BTS – Dokumen buram atau tidak terbaca: Mohon pindai ulang|")
            + m_admin.nip;
        QCOMPARE(entries,
            (QStringList {QString::number(ids.at(2)) + tail, QString::number(ids.at(0)) + tail,
                QString::number(ids.at(1)) + tail}));
    }

    void concurrentVerifiersNeverDecideTwice()
    {
        QList<qint64> ids;
        for (int i = 0; i < 20; ++i)
            ids << submitTimKerja(m_dinkes.at(i % m_dinkes.size()), QStringLiteral("Tim Serentak %1").arg(i));
        QVERIFY(!ids.contains(0));
        ApprovalQuery q;
        q.limit = 100;
        const ApprovalPage seen = page(m_pengelola, q);
        QCOMPARE(seen.total, 20);
        const DecisionRequest request = approve(seen.rows);

        // Two workstations, each with its own connection, decide the same rows at the same moment.
        auto other = Database::open(m_fresh.url());
        QVERIFY(other);
        Result<DecisionOutcome> a = Error::invalid(QStringLiteral("not run"));
        Result<DecisionOutcome> b = Error::invalid(QStringLiteral("not run"));
        QThread* threadA = QThread::create([&] { a = ApprovalService(m_db).decide(m_admin, request); });
        QThread* threadB = QThread::create([&] {
            DecisionRequest back = request;
            back.decision = Decision::Kembalikan;
            b = ApprovalService(other.value()).decide(m_pengelola, back);
        });
        threadA->start();
        threadB->start();
        QVERIFY(threadA->wait(60000));
        QVERIFY(threadB->wait(60000));
        delete threadA;
        delete threadB;
        QVERIFY2(a, a ? "" : qPrintable(a.error().message));
        QVERIFY2(b, b ? "" : qPrintable(b.error().message));
        QCOMPARE(a->decided.size() + b->decided.size(), 20);
        QCOMPARE(a->conflicts.size() + b->conflicts.size(), 20);
        for (qint64 id : std::as_const(ids))
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity_id = ? AND action IN "
                                          "('setujui', 'kembalikan')"),
                         QString::number(id)),
                1);
    }

    void detailShowsFactsAndWarnings()
    {
        const Employee& owner = m_others.at(4);
        const qint64 id = submitKursus(owner, 5.0);
        const auto detail = service(m_admin).detail(m_admin, id);
        QVERIFY2(detail, detail ? "" : qPrintable(detail.error().message));
        QCOMPARE(detail->facts.birthDate, owner.tanggalLahir);
        QCOMPARE(detail->facts.sexText,
            owner.jenisKelamin == 1 ? QStringLiteral("Laki-laki") : QStringLiteral("Perempuan"));
        QVERIFY(detail->facts.tmt.isValid());
        QVERIFY(detail->facts.mismatches.isEmpty());
        bool blurry = false;
        for (const RuleIssue& issue : detail->warnings)
            blurry = blurry || issue.message.startsWith(QStringLiteral("Dokumen mungkin buram"));
        QVERIFY(blurry);

        // Too many JP on one day is a rule warning the verifier sees.
        RecordService::SaveRequest request;
        request.type = &RecordTypes::kursus();
        request.values = kursus(QStringLiteral("KRS/JP"), QDate(2026, 5, 5), 6);
        request.document = pdf("jp1");
        QVERIFY(RecordService(m_db, [this] { return m_now; }).submit(asnOf(owner), request));
        request.values = kursus(QStringLiteral("KRS/JP2"), QDate(2026, 5, 5), 6);
        request.document = pdf("jp2");
        const auto second = RecordService(m_db, [this] { return m_now; }).submit(asnOf(owner), request);
        QVERIFY(second);
        const auto jp = service(m_admin).detail(m_admin, second.value());
        QVERIFY(jp);
        bool jpWarning = false;
        for (const RuleIssue& issue : jp->warnings)
            jpWarning = jpWarning
                || (issue.severity == Severity::Warning && issue.message.contains(QStringLiteral("JP")));
        QVERIFY(jpWarning);
    }

    void bannerCountsChangesSinceLastVisit()
    {
        const Employee& owner = m_others.at(5);
        const Session session = asnOf(owner, 77);
        // The owner's own account.
        qint64 accountId = 0;
        QVERIFY(m_db->write([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c,
                QStringLiteral(
                    "INSERT INTO accounts (employee_id, role, password_hash) VALUES (?, 'asn', 'x') "
                    "RETURNING id"));
            q.bind(owner.id);
            if (!q.exec() || !q.next())
                return q.error();
            accountId = q.value(0).toLongLong();
            return {};
        }));
        Session visitor = session;
        visitor.accountId = accountId;
        auto first = service().takeChangesSinceLastVisit(visitor);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QVERIFY(first->isEmpty());

        const qint64 a = submitKursus(owner);
        const qint64 b = submitKursus(owner);
        const qint64 c = submitKursus(owner);
        m_now = m_now.addSecs(600);
        QVERIFY(service(m_admin).decide(
            m_admin, {Decision::Kembalikan, {{a, 1}, {b, 1}}, ReturnReason::DokumenTidakLengkap, {}}));
        QVERIFY(service(m_admin).decide(m_admin, {Decision::Setujui, {{c, 1}}, {}, {}}));
        m_now = m_now.addSecs(600);
        auto second = service().takeChangesSinceLastVisit(visitor);
        QVERIFY(second);
        QCOMPARE(second->returned, 2);
        QCOMPARE(second->approved, 1);
        QCOMPARE(second->text(), QStringLiteral("2 usulan dikembalikan untuk perbaikan, 1 usulan disetujui"));
        auto third = service().takeChangesSinceLastVisit(visitor);
        QVERIFY(third);
        QVERIFY(third->isEmpty());
    }

    void resubmissionShowsWhatChanged()
    {
        // The ASN submits and resubmits on their own login (PostgreSQL: under the server's rules).
        const Employee& e = m_others.at(0);
        Session owner = asnOf(e);
        const std::shared_ptr<Database> ownerDb = m_fresh.openAs(m_db, owner);
        RecordService records(ownerDb, [this] { return m_now; });
        RecordService::SaveRequest request;
        request.type = &RecordTypes::kursus();
        request.values = kursus(QStringLiteral("KRS/ULANG/1"), QDate(2026, 3, 2));
        const DocumentUpload first = pdf("pertama");
        request.document = first;
        const auto id = records.submit(owner, request);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        QCOMPARE(rowOf(m_admin, *id).submissions, 1);
        QVERIFY(!service(m_admin).detail(m_admin, *id)->resubmission);

        const auto returned = service(m_admin).decide(m_admin,
            {Decision::Kembalikan, {{*id, rowOf(m_admin, *id).version}}, ReturnReason::DataTidakSesuai,
                QStringLiteral("Jumlah jam tidak sesuai sertifikat")});
        QVERIFY(returned && returned->decided.size() == 1);

        const auto stored = records.get(owner, *id);
        QVERIFY(stored);
        request.recordId = *id;
        request.version = stored->summary.version;
        request.values.insert(QStringLiteral("jumlahJam"), 8);
        request.values.insert(QStringLiteral("namaKursus"), QStringLiteral("Pelatihan Manajemen Talenta"));
        const DocumentUpload second = pdf("kedua");
        request.document = second;
        m_now = m_now.addDays(1);
        const auto again = records.submit(owner, request);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));

        // The verifier's side: the list marks it, the detail names each change with labels and shown values.
        const ApprovalPage queue = page(m_admin);
        QCOMPARE(queue.total, 1);
        QVERIFY(queue.rows.first().resubmitted());
        QCOMPARE(queue.rows.first().submissions, 2);
        const auto detail = service(m_admin).detail(m_admin, *id);
        QVERIFY2(detail, detail ? "" : qPrintable(detail.error().message));
        QVERIFY(detail->resubmission);
        const Resubmission& r = *detail->resubmission;
        QCOMPARE(r.submissions, 2);
        QCOMPARE(r.changes.fields.size(), 2);
        QCOMPARE(r.changes.fields.at(0).label, QStringLiteral("Nama Kursus"));
        QCOMPARE(r.changes.fields.at(0).oldText, QStringLiteral("Sosialisasi Manajemen Talenta"));
        QCOMPARE(r.changes.fields.at(0).newText, QStringLiteral("Pelatihan Manajemen Talenta"));
        QCOMPARE(r.changes.fields.at(1).label, QStringLiteral("Durasi (jam)"));
        QCOMPARE(r.changes.fields.at(1).oldText, QStringLiteral("4 jam"));
        QCOMPARE(r.changes.fields.at(1).newText, QStringLiteral("8 jam"));
        QVERIFY(r.changes.documentChanged());
        QCOMPARE(r.changes.oldSha256, first.checkedSha256);
        QCOMPARE(r.changes.newSha256, second.checkedSha256);
        QVERIFY(r.previousSubmittedAt <= r.submittedAt);

        // The audit keeps the per-field difference of each change.
        QStringList details;
        QVERIFY(m_db->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c,
                QStringLiteral(
                    "SELECT detail, actor_nip FROM audit_log WHERE entity = 'kursus' AND entity_id = ? "
                    "AND action = 'ajukan' ORDER BY id"));
            q.bind(QString::number(*id));
            if (!q.exec())
                return q.error();
            while (q.next()) {
                if (q.value(1).toString() != e.nip)
                    return Error::invalid(QStringLiteral("actor %1").arg(q.value(1).toString()));
                details << q.value(0).toString();
            }
            return {};
        }));
        QCOMPARE(details.size(), 2);
        const QJsonObject last = QJsonDocument::fromJson(details.at(1).toUtf8()).object();
        QCOMPARE(last.value(QStringLiteral("fields")).toArray(),
            (QJsonArray {QJsonObject {{QStringLiteral("field"), QStringLiteral("namaKursus")},
                             {QStringLiteral("old"), QStringLiteral("Sosialisasi Manajemen Talenta")},
                             {QStringLiteral("new"), QStringLiteral("Pelatihan Manajemen Talenta")}},
                QJsonObject {{QStringLiteral("field"), QStringLiteral("jumlahJam")},
                    {QStringLiteral("old"), 4}, {QStringLiteral("new"), 8}}}));
        QCOMPARE(last.value(QStringLiteral("document")).toObject(),
            (QJsonObject {{QStringLiteral("old"), first.checkedSha256},
                {QStringLiteral("new"), second.checkedSha256}}));
        const QJsonObject created = QJsonDocument::fromJson(details.at(0).toUtf8()).object();
        QCOMPARE(created.value(QStringLiteral("fields")).toArray().size(), 9);

        // A fresh submission is not marked.
        const qint64 fresh = submitKursus(m_others.at(1));
        QVERIFY(fresh > 0);
        QVERIFY(!rowOf(m_admin, fresh).resubmitted());

        if (TestDatabase::isPostgres()) {
            // On the server a person writes versions of their own waiting record only, with its real content.
            const auto raw
                = [&](const std::shared_ptr<Database>& db, const QString& sql, const QVariantList& binds) {
                      return db->write([&](QSqlDatabase& c) -> Status {
                          SqlQuery q(c, sql);
                          for (const QVariant& v : binds)
                              q.bind(v);
                          if (!q.exec())
                              return q.error();
                          return {};
                      });
                  };
            const QString insert = QStringLiteral(
                "INSERT INTO record_versions (record_id, employee_id, record_type, fields, submitted_by_nip, "
                "submitted_at) VALUES (?, ?, 'kursus', '{}', ?, CURRENT_TIMESTAMP)");
            QVERIFY(!raw(ownerDb, insert, {fresh, e.id, e.nip}));
            // Their own waiting record: accepted, but with the record's content and their own NIP.
            QVERIFY(raw(ownerDb, insert, {*id, e.id, QStringLiteral("199001012020011001")}));
            QCOMPARE(
                count(QStringLiteral("SELECT COUNT(*) FROM record_versions WHERE record_id = ?"), *id), 3);
            QCOMPARE(
                count(QStringLiteral("SELECT COUNT(*) FROM record_versions WHERE record_id = ? AND fields = "
                                     "(SELECT fields FROM records WHERE id = record_versions.record_id) AND "
                                     "submitted_by_nip = '")
                        + e.nip + QStringLiteral("'"),
                    *id),
                2);
            QVERIFY(!raw(ownerDb,
                QStringLiteral("UPDATE record_versions SET fields = '{}' WHERE record_id = ?"), {*id}));
            QVERIFY(!raw(ownerDb, QStringLiteral("DELETE FROM record_versions WHERE record_id = ?"), {*id}));
            QCOMPARE(
                count(QStringLiteral("SELECT COUNT(*) FROM record_versions WHERE record_id = ?"), *id), 3);
            // A Pengelola verifies no Kursus: none of its versions is visible to them.
            const std::shared_ptr<Database> pengelolaDb = m_fresh.openAs(m_db, m_pengelola);
            qint64 seen = -1;
            QVERIFY(pengelolaDb->read([&](QSqlDatabase& c) -> Status {
                SqlQuery q(c, QStringLiteral("SELECT COUNT(*) FROM record_versions WHERE record_id = ?"));
                q.bind(*id);
                if (!q.exec() || !q.next())
                    return q.error();
                seen = q.value(0).toLongLong();
                return {};
            }));
            QCOMPARE(seen, 0);
        }
    }

    void timKerjaResubmissionAfterBatalDisetujui()
    {
        const Employee& e = m_dinkes.at(0);
        const qint64 id = submitTimKerja(e, QStringLiteral("Tim Percepatan Penurunan Stunting"));
        QVERIFY(id > 0);
        const auto returned = service(m_pengelola)
                                  .decide(m_pengelola,
                                      {Decision::Kembalikan, {{id, rowOf(m_admin, id).version}},
                                          ReturnReason::DokumenSalahUnggah, {}});
        QVERIFY(returned && returned->decided.size() == 1);
        Session owner = asnOf(e);
        TimKerjaService timKerja(m_fresh.openAs(m_db, owner), [this] { return m_now; });
        const auto entry = timKerja.get(owner, id);
        QVERIFY2(entry, entry ? "" : qPrintable(entry.error().message));
        TimKerjaService::SaveRequest request;
        request.id = id;
        request.version = entry->version;
        request.values = entry->values();
        request.values.insert(Key::kedudukan(), QStringLiteral("Ketua"));
        const auto saved = timKerja.save(owner, request);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));

        const auto detail = service(m_pengelola).detail(m_pengelola, id);
        QVERIFY2(detail, detail ? "" : qPrintable(detail.error().message));
        QVERIFY(detail->row.resubmitted());
        QVERIFY(detail->resubmission);
        QCOMPARE(detail->resubmission->changes.fields.size(), 1);
        QCOMPARE(detail->resubmission->changes.fields.at(0).label, QStringLiteral("Kedudukan"));
        QCOMPARE(detail->resubmission->changes.fields.at(0).oldText, QStringLiteral("Anggota"));
        QCOMPARE(detail->resubmission->changes.fields.at(0).newText, QStringLiteral("Ketua"));
        QVERIFY(!detail->resubmission->changes.documentChanged());
    }

    void waitingSummaryCountsInScope()
    {
        const QDateTime now = m_now;
        const auto at = [&](int days, auto submit) {
            m_now = now.addDays(-days);
            const qint64 id = submit();
            m_now = now;
            return id;
        };
        QVERIFY(at(10, [&] { return submitKursus(m_others.at(0)); }) > 0);
        const qint64 eight = at(8, [&] { return submitKursus(m_others.at(1)); });
        QVERIFY(eight > 0);
        QVERIFY(at(7, [&] { return submitKursus(m_others.at(2)); }) > 0); // exactly 7 days: not yet over
        QVERIFY(at(2, [&] { return submitKursus(m_others.at(3)); }) > 0);
        QVERIFY(at(9, [&] { return submitTimKerja(m_dinkes.at(0), QStringLiteral("Tim A")); }) > 0);
        QVERIFY(at(1, [&] { return submitTimKerja(m_dinkes.at(1), QStringLiteral("Tim B")); }) > 0);
        QVERIFY(at(20, [&] { return submitTimKerja(m_others.at(4), QStringLiteral("Tim C")); }) > 0);

        const auto admin = service(m_admin).waitingSummary(m_admin);
        QVERIFY2(admin, admin ? "" : qPrintable(admin.error().message));
        QCOMPARE(admin->waiting, 7);
        QCOMPARE(admin->overdue, 4);
        QCOMPARE(admin->oldestDays, 20);
        QCOMPARE(admin->oldestSubmittedAt, now.addDays(-20));

        const auto pengelola = service(m_pengelola).waitingSummary(m_pengelola);
        QVERIFY2(pengelola, pengelola ? "" : qPrintable(pengelola.error().message));
        QCOMPARE(pengelola->waiting, 2);
        QCOMPARE(pengelola->overdue, 1);
        QCOMPARE(pengelola->oldestDays, 9);

        const auto asn = service(m_asn).waitingSummary(m_asn);
        QVERIFY(!asn);
        QCOMPARE(asn.error().code, ErrorCode::Forbidden);

        // A decided submission no longer waits.
        QVERIFY(service(m_admin).decide(
            m_admin, {Decision::Setujui, {{eight, rowOf(m_admin, eight).version}}, {}, {}}));
        const auto after = service(m_admin).waitingSummary(m_admin);
        QVERIFY(after);
        QCOMPARE(after->waiting, 6);
        QCOMPARE(after->overdue, 3);

        QCOMPARE(ApprovalService::waitingDays(now.addDays(-3).addSecs(-60), now), 3);
        QVERIFY(!ApprovalService::isOverdue(now.addDays(-7), now));
        QVERIFY(ApprovalService::isOverdue(now.addDays(-7).addSecs(-1), now));
    }

    void exportsTheWholeFilteredList()
    {
        for (int i = 0; i < 7; ++i)
            QVERIFY(submitKursus(m_others.at(i % m_others.size())) > 0);
        QVERIFY(submitTimKerja(m_dinkes.at(0), QStringLiteral("=SUM(A1) Tim Rekap")) > 0);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        ApprovalQuery q;
        q.limit = 2; // export ignores the page size
        const auto written = service(m_admin).exportCsv(m_admin, q, buffer);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(written.value(), 8);
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.size(), 1 + 8 + 1);
        QVERIFY(lines.first().startsWith("\xEF\xBB\xBFJenis,Tanggal SK,NIP,Nama"));
        QVERIFY(buffer.data().contains("'=SUM(A1)"));
        // NIPs as text every spreadsheet keeps whole (`="…"`), which our importers read back.
        const QByteArray nip = m_others.at(0).nip.toUtf8();
        QVERIFY2(buffer.data().contains(QByteArray(",=\"" + nip + "\",")), buffer.data().constData());
        QVERIFY(!buffer.data().contains(QByteArray("," + nip + ",")));
        QCOMPARE(Csv::cellText(QStringLiteral("=\"%1\"").arg(m_others.at(0).nip)), m_others.at(0).nip);

        QBuffer forbidden;
        QVERIFY(forbidden.open(QIODevice::WriteOnly));
        QVERIFY(!service(m_asn).exportCsv(m_asn, q, forbidden));
    }
};

QTEST_GUILESS_MAIN(TestApprovalService)
#include "TestApprovalService.moc"
