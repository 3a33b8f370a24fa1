// SPDX-License-Identifier: GPL-3.0-or-later
// DemoSeeder::seedDemoSubmissions: demo submissions entered through the real services.
#include "approval/ApprovalService.h"
#include "dms/DmsService.h"
#include "documents/PdfAssembly.h"
#include "io/DemoSeeder.h"
#include "org/Organisation.h"
#include "records/RecordService.h"
#include "records/RecordStorage.h"
#include "records/SubmissionStatus.h"
#include "timkerja/TimKerja.h"
#include "timkerja/TimKerjaService.h"

#include <QDate>

namespace karier {

namespace {

/// Text for a PDF string: Latin-1, with \ ( ) escaped.
QByteArray pdfText(const QString& text)
{
    QByteArray out;
    for (const char c : text.toLatin1()) {
        if (c == '\\' || c == '(' || c == ')')
            out += '\\';
        out += c;
    }
    return out;
}

/// A one-page A4 certificate in the PDF base fonts, with a correct cross-reference table.
QByteArray demoCertificate(const QString& heading, const QStringList& lines)
{
    QByteArray content = "q 0.75 w 0.09 0.25 0.43 RG 36 36 523 770 re S 42 42 511 758 re S Q\n";
    content += "BT /F1 26 Tf 0.09 0.25 0.43 rg 1 0 0 1 72 720 Tm (" + pdfText(heading) + ") Tj ET\n";
    int y = 660;
    for (const QString& line : lines) {
        content += "BT /F2 13 Tf 0 0 0 rg 1 0 0 1 72 " + QByteArray::number(y) + " Tm (" + pdfText(line)
            + ") Tj ET\n";
        y -= 26;
    }
    content += "BT /F1 11 Tf 0.7 0.1 0.1 rg 1 0 0 1 72 80 Tm (DATA CONTOH - BUKAN DOKUMEN RESMI) Tj ET\n";

    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> "
        ">> "
        "/Contents 6 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
    };
    return assemblePdf(objects);
}

/// The employee acting in the demo (the seeder enters their data as they would).
Session actingAs(const Employee& e, Role role = Role::Asn, qint64 managedUnitId = 0)
{
    Session session;
    session.accountId = 1;
    session.employeeId = e.id;
    session.nip = e.nip;
    session.displayName = e.displayName();
    session.role = role;
    session.unitId = e.unitId;
    session.indukUnitId = e.indukUnitId;
    session.managedUnitId = managedUnitId;
    return session;
}

/// The audit entry written by the demo's last step: its submissions are complete and left alone afterwards.
const QString CompleteAction = QStringLiteral("data-contoh-lengkap");

Result<bool> demoComplete(const std::shared_ptr<Database>& db)
{
    bool complete = false;
    const Status status = db->read([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c, QStringLiteral("SELECT 1 FROM audit_log WHERE entity = 'demo' AND action = ?"));
        q.bind(CompleteAction);
        if (!q.exec())
            return q.error();
        complete = q.next();
        return {};
    });
    if (!status)
        return status.error();
    return complete;
}

/// A record an earlier run of the demo wrote: found by its owner, type, title and number.
struct Written
{
    qint64 id = 0; ///< 0: not written yet
    int version = 0;
    bool decided = false; ///< no longer waiting, or decided once
};

Result<Written> findRecord(const std::shared_ptr<Database>& db, qint64 id, qint64 employeeId = 0,
    const QString& typeCode = {}, const QString& title = {}, const QString& number = {})
{
    Written written;
    const Status status = db->read([&](QSqlDatabase& c) -> Status {
        const QString columns = QStringLiteral("SELECT id, version, status, decided_at FROM records WHERE ");
        SqlQuery q(c,
            id > 0 ? columns + QStringLiteral("id = ?")
                   : columns
                    + QStringLiteral("employee_id = ? AND record_type = ? AND title = ? AND number = ? "
                                     "ORDER BY id LIMIT 1"));
        if (id > 0)
            q.bind(id);
        else
            q.bindAll(employeeId, typeCode, title, number);
        if (!q.exec())
            return q.error();
        if (!q.next())
            return {};
        written.id = q.value(0).toLongLong();
        written.version = q.value(1).toInt();
        written.decided
            = q.value(2).toString() != statusCode(SubmissionStatus::Diajukan) || !q.value(3).isNull();
        return {};
    });
    if (!status)
        return status.error();
    return written;
}

Result<bool> kodeTaken(const std::shared_ptr<Database>& db, const QString& kode)
{
    bool taken = false;
    const Status status = db->read([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c, QStringLiteral("SELECT 1 FROM records WHERE kode_kegiatan = ?"));
        q.bind(kode);
        if (!q.exec())
            return q.error();
        taken = q.next();
        return {};
    });
    if (!status)
        return status.error();
    return taken;
}

Result<bool> hasDmsRows(const std::shared_ptr<Database>& db, qint64 employeeId)
{
    bool any = false;
    const Status status = db->read([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c, QStringLiteral("SELECT 1 FROM dms_rows WHERE employee_id = ?"));
        q.bind(employeeId);
        if (!q.exec())
            return q.error();
        any = q.next();
        return {};
    });
    if (!status)
        return status.error();
    return any;
}

} // namespace

Result<int> DemoSeeder::seedDemoSubmissions(const std::shared_ptr<Database>& db, const Options& options)
{
    // Each step below is one transaction of a real service. A step an earlier (killed) run already wrote
    // is found and skipped; the clock still advances, so every timestamp is the uninterrupted run's.
    auto complete = demoComplete(db);
    if (!complete)
        return complete.error();
    if (complete.value())
        return 0;

    const QList<DemoAccount> accounts = demoAccounts();
    Organisation org(db);
    std::optional<Employee> admin, pengelola, asn;
    for (const DemoAccount& account : accounts) {
        auto employee = org.employeeByNip(account.nip);
        if (!employee)
            return employee.error();
        if (account.role == QLatin1String("admin"))
            admin = employee.value();
        else if (account.role == QLatin1String("pengelola"))
            pengelola = employee.value();
        else
            asn = employee.value();
    }
    if (!admin || !pengelola || !asn)
        return Error::notFound(tr("Akun contoh belum ada; jalankan data contoh lebih dahulu."));

    QList<Employee> sameAgency, elsewhere;
    const Status listed = org.forEachEmployee([&](const Employee& e) {
        if (e.id == admin->id || e.id == pengelola->id)
            return true;
        (e.indukUnitId == pengelola->indukUnitId ? sameAgency : elsewhere).append(e);
        return true;
    });
    if (!listed)
        return listed.error();

    // A fixed clock: the demo looks the same on every machine, submitted over the last weeks.
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const QDateTime base = QDateTime(today.addDays(-21), QTime(8, 0)).toUTC();
    int minutes = 0;
    const auto clock = [&] { return base.addSecs(qint64(minutes) * 60); };
    RecordService records(db, clock);
    TimKerjaService timKerja(db, clock);
    ApprovalService approval(db, clock);
    int added = 0;

    const auto submit = [&](const Employee& e, const RecordType& type, const QVariantMap& values,
                            const QString& heading, const QStringList& lines) -> Result<qint64> {
        minutes += 97;
        const RecordStorage::Columns columns = RecordStorage::columnsOf(type, values);
        auto written = findRecord(db, 0, e.id, type.code, columns.title, columns.number);
        if (!written)
            return written.error();
        if (written->id > 0)
            return written->id;
        RecordService::SaveRequest request;
        request.type = &type;
        request.values = values;
        const QByteArray pdf = demoCertificate(heading, QStringList {e.displayName()} + lines);
        request.document = DocumentUpload::madeByProgram(pdf, QStringLiteral("%1.pdf").arg(type.code), 1, -1);
        auto id = records.submit(actingAs(e), request);
        if (id)
            ++added;
        return id;
    };

    // Tim Kerja of the demo Pengelola's Perangkat Daerah, waiting for them.
    const QStringList teams = {QStringLiteral("Tim Percepatan Penurunan Stunting"),
        QStringLiteral("Tim Pelaksana Imunisasi Kejar"), QStringLiteral("Tim Gerakan Masyarakat Hidup Sehat"),
        QStringLiteral("Tim Penanggulangan Demam Berdarah"),
        QStringLiteral("Tim Pengelola Sistem Informasi Kesehatan"),
        QStringLiteral("Tim Akreditasi Puskesmas"), QStringLiteral("Tim Posyandu Lansia Terpadu"),
        QStringLiteral("Tim Audit Maternal Perinatal")};
    QList<qint64> teamIds;
    for (qsizetype i = 0; i < teams.size() && i < sameAgency.size(); ++i) {
        const Employee& e = sameAgency.at(i);
        minutes += 53;
        auto written = findRecord(db, 0, e.id, TimKerja::typeCode(), teams.at(i));
        if (!written)
            return written.error();
        if (written->id > 0) {
            teamIds.append(written->id);
            if (auto step = afterStep(options, teams.at(i)); !step)
                return step.error();
            continue;
        }
        // A fixed Kode Kegiatan (the demo looks the same everywhere), a fresh one if it is taken.
        Result<QString> kode = QStringLiteral("TK-DEM0-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        auto taken = kodeTaken(db, kode.value());
        if (!taken)
            return taken.error();
        if (taken.value())
            kode = timKerja.newKode(actingAs(e));
        if (!kode)
            return kode.error();
        TimKerjaService::SaveRequest request;
        request.values = {{TimKerja::Key::tanggalSk(), today.addMonths(-2).addDays(int(i) * 3)},
            {TimKerja::Key::keteranganSk(),
                i % 4 == 3 ? QStringLiteral("Tidak Berlaku") : QStringLiteral("Berlaku")},
            {TimKerja::Key::kodeKegiatan(), kode.value()}, {TimKerja::Key::namaTimKerja(), teams.at(i)},
            {TimKerja::Key::ruangLingkup(),
                i % 3 == 0 ? QStringLiteral("Lintas Perangkat Daerah")
                           : QStringLiteral("Internal Perangkat Daerah")},
            {TimKerja::Key::kedudukan(), i % 4 == 0 ? QStringLiteral("Ketua") : QStringLiteral("Anggota")},
            {TimKerja::Key::urlBuktiDukung(),
                QStringLiteral("https://drive.google.com/file/d/1DemoSKTimKerja%1/view?usp=sharing")
                    .arg(i + 1)}};
        auto id = timKerja.save(actingAs(e), request);
        if (!id)
            return id.error();
        teamIds.append(id.value());
        ++added;
        if (auto step = afterStep(options, teams.at(i)); !step)
            return step.error();
    }

    // Kursus, Sertifikasi and Penghargaan across units, for Admin BKPSDM.
    QList<qint64> riwayatIds;
    const QStringList courses = {QStringLiteral("Pelatihan Pelayanan Publik Prima"),
        QStringLiteral("Sosialisasi Manajemen Talenta ASN"),
        QStringLiteral("Webinar Literasi Digital Pemerintahan"),
        QStringLiteral("Pelatihan Penyusunan Anggaran Berbasis Kinerja"),
        QStringLiteral("Bimtek Arsip Digital"), QStringLiteral("Pelatihan Kepemimpinan Pengawas")};
    const QList<const Employee*> people = [&] {
        QList<const Employee*> list {&*asn};
        for (qsizetype i = 0; i < elsewhere.size() && list.size() < 14; i += 7)
            list.append(&elsewhere.at(i));
        return list;
    }();
    for (qsizetype i = 0; i < people.size(); ++i) {
        const Employee& e = *people.at(i);
        const QDate day = today.addDays(-40 - int(i) * 5);
        if (i % 3 == 2) {
            const QVariantMap values = {{QStringLiteral("klasifikasiSertifikasi"),
                                            QStringLiteral("PENGADAAN BARANG/JASA PEMERINTAH")},
                {QStringLiteral("namaSertifikasi"),
                    QStringLiteral("Sertifikat Kompetensi PBJ Tingkat Dasar")},
                {QStringLiteral("nomorSertifikat"), QStringLiteral("LKPP/DEMO/%1").arg(1000 + i)},
                {QStringLiteral("tanggalSertifikat"), day}, {QStringLiteral("masaBerlakuSertMulai"), day},
                {QStringLiteral("masaBerlakuSertSelasai"), day.addYears(3)},
                {QStringLiteral("lembagaSertifikasiNama"),
                    QStringLiteral("LKPP (Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah)")}};
            auto id = submit(e, RecordTypes::sertifikasi(), values, QStringLiteral("SERTIFIKAT KOMPETENSI"),
                {QStringLiteral("Pengadaan Barang/Jasa Pemerintah Tingkat Dasar"),
                    QStringLiteral("Nomor LKPP/DEMO/%1").arg(1000 + i)});
            if (!id)
                return id.error();
            riwayatIds.append(id.value());
            if (auto step = afterStep(options, QStringLiteral("LKPP/DEMO/%1").arg(1000 + i)); !step)
                return step.error();
            continue;
        }
        const QString course = courses.at(i % courses.size());
        const QString number = QStringLiteral("800/%1/BKPSDM/DEMO").arg(200 + i);
        const QVariantMap values = {{QStringLiteral("jenisKursus"), QStringLiteral("Sosialisasi")},
            {QStringLiteral("klasifikasi"), QStringLiteral("Sumber Daya Manusia")},
            {QStringLiteral("namaKursus"), course},
            {QStringLiteral("institusiPenyelenggara"), QStringLiteral("BKPSDM Kota Surakarta")},
            {QStringLiteral("nomorSertipikat"), number}, {QStringLiteral("tahunKursus"), day.year()},
            {QStringLiteral("tanggalKursus"), day}, {QStringLiteral("tanggalSelesaiKursus"), day},
            {QStringLiteral("jumlahJam"), 4 + int(i % 3) * 2}};
        auto id = submit(e, RecordTypes::kursus(), values, QStringLiteral("SERTIFIKAT"),
            {course, QStringLiteral("Nomor %1").arg(number), indonesianDate(day)});
        if (!id)
            return id.error();
        riwayatIds.append(id.value());
        if (auto step = afterStep(options, number); !step)
            return step.error();
    }

    // Some are decided already: the verifiers' history and the ASN's statuses.
    minutes += 600;
    const Session adminSession = actingAs(*admin, Role::Admin);
    const Session pengelolaSession = actingAs(*pengelola, Role::Pengelola, pengelola->indukUnitId);
    int decisions = 0;
    const auto decide = [&](const Session& who, Decision decision, qint64 id, ReturnReason reason,
                            const QString& note) -> Status {
        minutes += 41;
        auto written = findRecord(db, id);
        if (!written)
            return written.error();
        if (written->id > 0 && !written->decided) {
            auto outcome = approval.decide(who, {decision, {{id, written->version}}, reason, note});
            if (!outcome)
                return outcome.error();
            if (!outcome->conflicts.isEmpty())
                return Error::conflict(outcome->conflicts.first().message);
        }
        return afterStep(options, QStringLiteral("keputusan %1").arg(++decisions));
    };
    if (riwayatIds.size() >= 3) {
        if (auto s = decide(adminSession, Decision::Setujui, riwayatIds.at(0), {}, {}); !s)
            return s.error();
        if (auto s = decide(adminSession, Decision::Kembalikan, riwayatIds.at(1), ReturnReason::DokumenBuram,
                QStringLiteral(
                    "Tanda tangan penyelenggara tidak terbaca; unggah pindaian yang lebih jelas."));
            !s)
            return s.error();
    }
    if (teamIds.size() >= 3) {
        if (auto s = decide(pengelolaSession, Decision::Setujui, teamIds.at(0), {}, {}); !s)
            return s.error();
        if (auto s
            = decide(pengelolaSession, Decision::Kembalikan, teamIds.at(1), ReturnReason::DataTidakSesuai,
                QStringLiteral("Tanggal SK tidak sama dengan dokumen pada tautan."));
            !s)
            return s.error();
    }
    // Arsip DMS: riwayat rows as SIASN's export would give them, for the demo ASN and some colleagues,
    // one document of the demo ASN waiting for verification, and every score computed.
    QString csv = QStringLiteral("nip,jenis,referensi,dokumen\n");
    const auto rowsFor = [&](const Employee& e, int variant) {
        const int year = std::max(e.tmt.year(), 2000);
        csv += QStringLiteral("%1,d2np,D2NP,%2\n")
                   .arg(e.nip, variant % 3 ? QStringLiteral("ada") : QStringLiteral("tidak"));
        csv += QStringLiteral("%1,sk_cpns,SK CPNS %2,ada\n").arg(e.nip).arg(year);
        csv += QStringLiteral("%1,sk_pns,SK PNS %2,%3\n")
                   .arg(e.nip)
                   .arg(year + 1)
                   .arg(variant % 2 ? QStringLiteral("ada") : QStringLiteral("tidak"));
        csv += QStringLiteral("%1,pendidikan,Ijazah terakhir,ada\n").arg(e.nip);
        csv += QStringLiteral("%1,golongan,SK Kenaikan Pangkat %2,%3\n")
                   .arg(e.nip)
                   .arg(year + 4)
                   .arg(variant % 4 ? QStringLiteral("ada") : QStringLiteral("tidak"));
        csv += QStringLiteral("%1,jabatan,SK Jabatan %2,%3\n")
                   .arg(e.nip)
                   .arg(year + 6)
                   .arg(variant % 5 ? QStringLiteral("ada") : QStringLiteral("tidak"));
        csv += QStringLiteral("%1,skp,SKP %2,%3\n")
                   .arg(e.nip)
                   .arg(today.year() - 1)
                   .arg(variant % 2 ? QStringLiteral("tidak") : QStringLiteral("ada"));
    };
    rowsFor(*asn, 2);
    for (qsizetype i = 0; i < elsewhere.size(); i += 3)
        rowsFor(elsewhere.at(i), int(i));
    for (qsizetype i = 0; i < sameAgency.size(); i += 2)
        rowsFor(sameAgency.at(i), int(i) + 1);
    // The import is one transaction: rows of the demo ASN mean it is done.
    DmsService dms(db, clock);
    auto imported = hasDmsRows(db, asn->id);
    if (!imported)
        return imported.error();
    if (!imported.value()) {
        auto report = dms.importCsv(nullptr, csv.toUtf8());
        if (!report)
            return report.error();
    }
    if (auto step = afterStep(options, QStringLiteral("impor arsip dms")); !step)
        return step.error();
    {
        minutes += 30;
        RecordService::SaveRequest request;
        request.type = &RecordTypes::dms();
        request.values = {{QStringLiteral("kategori"), Dms::categoryTitle(DmsCategory::SkPns)},
            {QStringLiteral("referensi"),
                QStringLiteral("SK PNS %1").arg(std::max(asn->tmt.year(), 2000) + 1)}};
        const RecordStorage::Columns columns = RecordStorage::columnsOf(*request.type, request.values);
        auto written = findRecord(db, 0, asn->id, request.type->code, columns.title, columns.number);
        if (!written)
            return written.error();
        if (written->id == 0) {
            request.document = DocumentUpload::madeByProgram(
                demoCertificate(QStringLiteral("PETIKAN SK PNS"),
                    {asn->displayName(), QStringLiteral("Pengangkatan menjadi PNS")}),
                QStringLiteral("sk-pns.pdf"), 1, -1);
            auto id = records.submit(actingAs(*asn), request);
            if (!id)
                return id.error();
            ++added;
        }
        if (auto step = afterStep(options, QStringLiteral("usulan arsip dms")); !step)
            return step.error();
    }
    // Recalculating gives the same scores however often it runs (computed_at is the demo clock's).
    if (auto scored = dms.recalculateAll(nullptr); !scored)
        return scored.error();
    if (auto step = afterStep(options, QStringLiteral("skor arsip dms")); !step)
        return step.error();
    const Status marked = db->write([&](QSqlDatabase& c) -> Status {
        return Organisation::audit(c, QString(), CompleteAction, QStringLiteral("demo"), QString());
    });
    if (!marked)
        return marked.error();
    return added;
}

} // namespace karier
