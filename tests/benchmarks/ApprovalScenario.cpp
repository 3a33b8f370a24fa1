// SPDX-License-Identifier: GPL-3.0-or-later
// approval and approval_pg: the verifier console (ApprovalService) over 100,000 submissions of
// 10,000 employees in 60 units, on SQLite and on a throwaway local PostgreSQL 15 cluster.
//
// Bars (issue 6), SQLite / PostgreSQL:
//   filter_ms            one list() (count + first page of 50) after a filter change   <= 100 / 200
//   search_keystroke_ms  one list() per keystroke of a name or NIP search, the slowest
//                        prefix (its median over the passes)                           <=  50 / 100
//   approve_1000_ms      decide() Setujui on 1000 submissions in one call             <= 1000 / 2000
//   page_query_ms        the page query of list() through SqlQuery, against the same SQL run by the
//                        sqlite3 shell (ratio <= 1.5) or by psql (ratio <= 3.0)
//   open_ms              the verifier console (karier-approval-probe) made until its first page of
//                        rows is shown                                                 <= 200 / 400
//   gui_rss_mb           resident memory of that GUI process with the view open        <= 200 / 400
// filter_pengelola_ms (a Pengelola's Tim Kerja console) and setup_ms (building the fixture) are
// reported without a bar.
//
// approval_lan and import_lan (issue 19 §3, an office LAN): PostgreSQL with fsync=on, every statement
// through LanProxy (0.5 ms each way), the Admin's own login. Bars: open_ms <= 300, filter_ms <= 150,
// search_keystroke_ms (slowest prefix) <= 100, approve_1000_ms <= 1500; import_10k_ms <= 5000.
// round_trip_ms / round_trip_direct_ms (a prepared SELECT 1 through the proxy and direct) and
// reimport_10k_ms (the same file again) are reported without a bar.

#include "Benchmark.h"
#include "LanProxy.h"
#include "approval/ApprovalService.h"
#include "auth/AuthService.h"
#include "auth/Base32.h"
#include "auth/ScramVerifier.h"
#include "auth/Totp.h"
#include "domain/Nip.h"
#include "io/Csv.h"
#include "io/EmployeeCsv.h"
#include "net/LinkChecker.h"
#include "org/Organisation.h"
#include "records/RecordService.h"
#include "records/RecordStorage.h"
#include "records/ReferenceLists.h"
#include "timkerja/TimKerja.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>
#include <random>

namespace karier::bench {

namespace {

namespace Key = karier::TimKerja::Key;

constexpr int IndukCount = 12;
constexpr int SatkerPerInduk = 4; // 12 Induk Satker + 48 Satker = 60 units
constexpr int EmployeeCount = 10000;
constexpr int FullSubmissionCount = 100000;
/// 10,000 under --quick (approve_1000_ms then runs once: fewer than 5,000 of its types wait).
int submissionCount()
{
    return quickRun() ? 10000 : FullSubmissionCount;
}
constexpr int FilterPasses = 3;
constexpr int ApproveRuns = 5;
constexpr int ApproveSize = 1000;

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

Error failure(const QString& message)
{
    return Error {ErrorCode::Internal, message};
}

/// A fixed seed: every run builds the same data.
class Random
{
public:
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_engine); }
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_engine); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T> T pick(const QList<T>& list) { return list.at(below(int(list.size()))); }

private:
    std::mt19937 m_engine {6};
};

struct Fixture
{
    std::shared_ptr<Database> db;
    Session admin;
    Session pengelola; // of the first Induk Satker
    QList<qint64> indukIds;
    QHash<qint64, QList<qint64>> satkerOf; // Induk Satker -> its Satker
    QList<QString> nips; // of the employees with submissions
    double setupMs = 0;
};

// --- the fixture ----------------------------------------------------------------------------

const QList<QString>& indukNames()
{
    static const QList<QString> names
        = {QStringLiteral("Dinas Kesehatan"), QStringLiteral("Dinas Pendidikan"),
            QStringLiteral("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
            QStringLiteral("Dinas Pekerjaan Umum dan Penataan Ruang"), QStringLiteral("Dinas Sosial"),
            QStringLiteral("Dinas Perhubungan"), QStringLiteral("Dinas Lingkungan Hidup"),
            QStringLiteral("Badan Perencanaan, Penelitian dan Pengembangan Daerah"),
            QStringLiteral("Kecamatan Laweyan"), QStringLiteral("Kecamatan Banjarsari"),
            QStringLiteral("Kecamatan Jebres"), QStringLiteral("Sekretariat Daerah")};
    return names;
}

/// "TK-" and two groups of four Crockford base-32 characters, as TimKerja::randomKode() makes them.
QString kodeFrom(quint64 bits)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString kode = QStringLiteral("TK-");
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            kode += QLatin1Char('-');
        kode += QLatin1Char(alphabet[(bits >> (5 * (7 - i))) & 31]);
    }
    return kode;
}

QString insertSql(const QString& table, const QStringList& columns, int rows)
{
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString tuple = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    QStringList tuples;
    for (int i = 0; i < rows; ++i)
        tuples << tuple;
    return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QStringLiteral(", ")))
        + tuples.join(QLatin1Char(','));
}

/// Inserts \a rows (each as many values as \a columns) with multi-row prepared INSERTs of up to
/// \a batch rows, inside the caller's transaction.
Status insertRows(QSqlDatabase& c, const QString& table, const QStringList& columns,
    const QList<QVariantList>& rows, int batch)
{
    SqlQuery full(c, insertSql(table, columns, batch));
    for (qsizetype start = 0; start < rows.size(); start += batch) {
        const int n = int(std::min<qsizetype>(batch, rows.size() - start));
        std::optional<SqlQuery> partial; // the last, shorter batch
        if (n != batch)
            partial.emplace(c, insertSql(table, columns, n));
        SqlQuery& q = partial ? *partial : full;
        for (int i = 0; i < n; ++i) {
            for (const QVariant& value : rows.at(start + i))
                q.bind(value);
        }
        if (!q.exec())
            return q.error();
    }
    return {};
}

struct PersonGenerator
{
    Random& random;
    QHash<QString, int> sequences; // NIP without its sequence -> last sequence used

    /// A PNS with a valid NIP: birth 1966–1999, TMT CPNS 20–35 years later (not after 2024).
    Employee make(qint64 unitId)
    {
        static const QList<QString> men = {QStringLiteral("Agus"), QStringLiteral("Budi"),
            QStringLiteral("Joko"), QStringLiteral("Bambang"), QStringLiteral("Slamet"),
            QStringLiteral("Eko"), QStringLiteral("Heru"), QStringLiteral("Teguh"), QStringLiteral("Hendra"),
            QStringLiteral("Ahmad"), QStringLiteral("Muhammad"), QStringLiteral("Sigit"),
            QStringLiteral("Wahyu"), QStringLiteral("Yusuf"), QStringLiteral("Rudi"), QStringLiteral("Bayu")};
        static const QList<QString> women = {QStringLiteral("Siti"), QStringLiteral("Sri"),
            QStringLiteral("Dewi"), QStringLiteral("Rina"), QStringLiteral("Endang"), QStringLiteral("Nur"),
            QStringLiteral("Ani"), QStringLiteral("Yuni"), QStringLiteral("Retno"), QStringLiteral("Ratna"),
            QStringLiteral("Wulan"), QStringLiteral("Dyah"), QStringLiteral("Fitri"), QStringLiteral("Lina")};
        static const QList<QString> middle
            = {QString(), QString(), QStringLiteral("Dwi"), QStringLiteral("Tri"), QStringLiteral("Adi"),
                QStringLiteral("Putri"), QStringLiteral("Ayu"), QStringLiteral("Nurul")};
        static const QList<QString> family = {QStringLiteral("Santoso"), QStringLiteral("Wibowo"),
            QStringLiteral("Rahayu"), QStringLiteral("Susanto"), QStringLiteral("Prasetyo"),
            QStringLiteral("Setiawan"), QStringLiteral("Kurniawan"), QStringLiteral("Nugroho"),
            QStringLiteral("Hidayat"), QStringLiteral("Purnomo"), QStringLiteral("Wahyuni"),
            QStringLiteral("Lestari"), QStringLiteral("Handayani"), QStringLiteral("Pratiwi"),
            QStringLiteral("Saputra"), QStringLiteral("Utomo"), QStringLiteral("Haryanto"),
            QStringLiteral("Suryani"), QStringLiteral("Widodo"), QStringLiteral("Maharani")};
        static const QList<QString> front = {QString(), QString(), QString(), QString(), QString(), QString(),
            QStringLiteral("dr."), QStringLiteral("Ir."), QStringLiteral("Drs.")};
        static const QList<QString> back = {QString(), QString(), QString(), QStringLiteral("S.Kom."),
            QStringLiteral("S.E."), QStringLiteral("S.Sos."), QStringLiteral("S.T."), QStringLiteral("S.Pd."),
            QStringLiteral("S.H."), QStringLiteral("M.M."), QStringLiteral("S.Kep., Ns."),
            QStringLiteral("A.Md.")};
        static const QList<QString> positions
            = {QStringLiteral("Analis Kepegawaian"), QStringLiteral("Pranata Komputer"),
                QStringLiteral("Perawat"), QStringLiteral("Guru"), QStringLiteral("Pengadministrasi Umum"),
                QStringLiteral("Bendahara"), QStringLiteral("Penyuluh Sosial"), QStringLiteral("Perencana"),
                QStringLiteral("Arsiparis"), QStringLiteral("Auditor")};
        Employee e;
        for (;;) {
            e.tanggalLahir = QDate(1966, 1, 1).addDays(random.below(34 * 365));
            e.jenisKelamin = 1 + random.below(2);
            const int tmtYear = std::min(2024, e.tanggalLahir.year() + random.between(20, 35));
            e.tmt = QDate(tmtYear, random.between(1, 12), 1);
            const QString stem = e.tanggalLahir.toString(QStringLiteral("yyyyMMdd"))
                + e.tmt.toString(QStringLiteral("yyyyMM")) + QString::number(e.jenisKelamin);
            const int sequence = ++sequences[stem];
            e.nip = stem + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
            if (sequence <= 999 && Nip::parse(e.nip, QDate(2025, 12, 31)).ok())
                break;
        }
        const QString first = random.pick(e.jenisKelamin == 1 ? men : women);
        const QString second = random.pick(middle);
        e.nama = second.isEmpty()
            ? QString(first + QLatin1Char(' ') + random.pick(family))
            : QString(first + QLatin1Char(' ') + second + QLatin1Char(' ') + random.pick(family));
        e.gelarDepan = random.pick(front);
        e.gelarBelakang = random.pick(back);
        e.jabatan = random.pick(positions);
        e.unitId = unitId;
        return e;
    }
};

QVariantList employeeRow(const Employee& e)
{
    return {e.nip, e.nama, e.gelarDepan, e.gelarBelakang, e.jabatan, e.unitId, QStringLiteral("PNS"),
        e.tanggalLahir, e.jenisKelamin, e.tmt};
}

Session sessionOf(const Employee& e, qint64 employeeId, Role role, qint64 indukUnitId, qint64 accountId)
{
    Session s;
    s.accountId = accountId;
    s.employeeId = employeeId;
    s.nip = e.nip;
    s.displayName = e.displayName();
    s.role = role;
    s.unitId = e.unitId;
    s.indukUnitId = indukUnitId;
    if (role == Role::Pengelola)
        s.managedUnitId = indukUnitId;
    return s;
}

/// The values a verifier sees for one submission of \a type (what the wizard or the Tim Kerja form
/// would have saved), around \a day.
QVariantMap valuesFor(const QString& type, const QDate& day, int serial, Random& random)
{
    if (type == RecordTypes::kursus().code) {
        static const QList<QString> names = {QStringLiteral("Sosialisasi Manajemen Talenta ASN"),
            QStringLiteral("Bimbingan Teknis Penyusunan SKP"),
            QStringLiteral("Pelatihan Pengadaan Barang/Jasa"), QStringLiteral("Seminar Keamanan Informasi"),
            QStringLiteral("Workshop Penyusunan Anggaran"), QStringLiteral("Pelatihan Pelayanan Prima"),
            QStringLiteral("Sosialisasi Pelaporan LHKPN"), QStringLiteral("Pelatihan Kearsipan Digital")};
        static const QList<QString> hosts = {QStringLiteral("BKPSDM Kota Surakarta"),
            QStringLiteral("BPSDM Provinsi Jawa Tengah"), QStringLiteral("LAN RI"),
            QStringLiteral("Kementerian Dalam Negeri"), QStringLiteral("Universitas Sebelas Maret")};
        const int days = random.between(1, 4);
        return {{QStringLiteral("jenisKursus"),
                    random.pick(ReferenceLists::items(QStringLiteral("jenis-kursus")))},
            {QStringLiteral("klasifikasi"), random.pick(ReferenceLists::items(QStringLiteral("rumpun")))},
            {QStringLiteral("namaKursus"), random.pick(names)},
            {QStringLiteral("institusiPenyelenggara"), random.pick(hosts)},
            {QStringLiteral("nomorSertipikat"),
                QStringLiteral("%1/BKPSDM/%2/%3").arg(serial).arg(day.month()).arg(day.year())},
            {QStringLiteral("tahunKursus"), day.year()}, {QStringLiteral("tanggalKursus"), day},
            {QStringLiteral("tanggalSelesaiKursus"), day.addDays(days - 1)},
            {QStringLiteral("jumlahJam"), days * random.between(2, 8)}};
    }
    if (type == RecordTypes::sertifikasi().code) {
        static const QList<QString> names
            = {QStringLiteral("Sertifikat Kompetensi Pengadaan Barang/Jasa Tingkat Dasar"),
                QStringLiteral("Sertifikasi Auditor Ahli Pertama"), QStringLiteral("Sertifikasi Arsiparis"),
                QStringLiteral("Sertifikat Kompetensi Perawat"), QStringLiteral("Sertifikasi Pendidik")};
        QVariantMap values {
            {QStringLiteral("klasifikasiSertifikasi"),
                random.pick(ReferenceLists::items(QStringLiteral("klasifikasi-sertifikasi")))},
            {QStringLiteral("namaSertifikasi"), random.pick(names)},
            {QStringLiteral("nomorSertifikat"), QStringLiteral("SK-%1/%2").arg(serial).arg(day.year())},
            {QStringLiteral("tanggalSertifikat"), day}, {QStringLiteral("masaBerlakuSertMulai"), day},
            {QStringLiteral("lembagaSertifikasiNama"),
                random.pick(ReferenceLists::items(QStringLiteral("lembaga-sertifikasi")))}};
        if (random.chance(60))
            values.insert(QStringLiteral("masaBerlakuSertSelasai"), day.addYears(3));
        return values;
    }
    if (type == RecordTypes::penghargaan().code) {
        const bool satya = random.chance(60);
        static const QList<QString> satyaKinds = {QStringLiteral("Satyalancana Karya Satya X Tahun"),
            QStringLiteral("Satyalancana Karya Satya XX Tahun"),
            QStringLiteral("Satyalancana Karya Satya XXX Tahun")};
        static const QList<QString> otherKinds = {QStringLiteral("ASN Teladan"),
            QStringLiteral("ASN Berprestasi"), QStringLiteral("ASN Inspiratif"),
            QStringLiteral("ASN Inovatif"), QStringLiteral("ASN Terbaik")};
        static const QList<QString> scales = {QStringLiteral("Unit Kerja/Instansi"),
            QStringLiteral("Kabupaten/Kota"), QStringLiteral("Provinsi"), QStringLiteral("Nasional")};
        return {
            {QStringLiteral("skalaPenghargaan"), satya ? QStringLiteral("Nasional") : random.pick(scales)},
            {QStringLiteral("kelompokPenghargaan"),
                satya ? QStringLiteral("SATYA LENCANA") : QStringLiteral("PENGHARGAAN LAINNYA")},
            {QStringLiteral("jenisPenghargaan"), random.pick(satya ? satyaKinds : otherKinds)},
            {QStringLiteral("tahun"), day.year()},
            {QStringLiteral("skNomor"), QStringLiteral("KEPPRES/%1/TK/%2").arg(serial).arg(day.year())},
            {QStringLiteral("skDate"), day}};
    }
    static const QList<QString> teams = {QStringLiteral("Tim Pelaksana Reformasi Birokrasi"),
        QStringLiteral("Tim Penyusun Laporan Kinerja"), QStringLiteral("Tim Pengelola Website"),
        QStringLiteral("Tim Satu Data"), QStringLiteral("Tim Percepatan Penurunan Stunting"),
        QStringLiteral("Tim Zona Integritas"), QStringLiteral("Tim Pengadaan"),
        QStringLiteral("Tim Penilai Angka Kredit"), QStringLiteral("Tim SPBE"),
        QStringLiteral("Tim Pengendali Inflasi Daerah")};
    return {{Key::tanggalSk(), day},
        {Key::keteranganSk(), random.pick(ReferenceLists::items(QStringLiteral("keterangan-sk")))},
        {Key::namaTimKerja(), QString(random.pick(teams) + QStringLiteral(" Tahun %1").arg(day.year()))},
        {Key::ruangLingkup(), random.pick(ReferenceLists::items(QStringLiteral("ruang-lingkup")))},
        {Key::kedudukan(), random.chance(15) ? QStringLiteral("Ketua") : QStringLiteral("Anggota")},
        {Key::urlBuktiDukung(), QStringLiteral("https://drive.google.com/file/d/1Sk%1/view").arg(serial)}};
}

/// Builds the whole fixture in \a db in two write transactions (units and employees; submissions).
Result<Fixture> buildFixture(std::shared_ptr<Database> db)
{
    QElapsedTimer timer;
    timer.start();
    Fixture fixture;
    fixture.db = db;
    Random random;
    PersonGenerator people {random, {}};
    QList<qint64> allUnits;
    Employee adminPerson;
    Employee pengelolaPerson;
    QList<qint64> employeeIds;
    const QStringList employeeColumns = {QStringLiteral("nip"), QStringLiteral("nama"),
        QStringLiteral("gelar_depan"), QStringLiteral("gelar_belakang"), QStringLiteral("jabatan"),
        QStringLiteral("unit_id"), QStringLiteral("jenis_pegawai"), QStringLiteral("tanggal_lahir"),
        QStringLiteral("jenis_kelamin"), QStringLiteral("tmt")};
    Status status = db->write([&](QSqlDatabase& c) -> Status {
        static const QList<QString> satkerKinds
            = {QStringLiteral("Sekretariat"), QStringLiteral("Bidang Program dan Evaluasi"),
                QStringLiteral("Bidang Pelayanan"), QStringLiteral("UPT")};
        for (int i = 0; i < IndukCount; ++i) {
            const QString code = QStringLiteral("PD%1").arg(i + 1, 2, 10, QLatin1Char('0'));
            auto induk = Organisation::upsertUnit(c, code, indukNames().at(i), QString());
            if (!induk)
                return induk.error();
            fixture.indukIds << induk.value();
            allUnits << induk.value();
            for (int j = 0; j < SatkerPerInduk; ++j) {
                auto satker = Organisation::upsertUnit(c, code + QStringLiteral(".%1").arg(j + 1),
                    satkerKinds.at(j) + QLatin1Char(' ') + indukNames().at(i), code);
                if (!satker)
                    return satker.error();
                fixture.satkerOf[induk.value()] << satker.value();
                allUnits << satker.value();
            }
        }
        QList<QVariantList> rows;
        for (int i = 0; i < EmployeeCount; ++i) {
            const Employee e = people.make(allUnits.at(random.below(int(allUnits.size()))));
            rows << employeeRow(e);
            fixture.nips << e.nip;
        }
        // The verifiers: an Admin BKPSDM and the Pengelola of the first Perangkat Daerah, without
        // submissions of their own.
        adminPerson = people.make(fixture.indukIds.at(2));
        pengelolaPerson = people.make(fixture.indukIds.at(0));
        rows << employeeRow(adminPerson) << employeeRow(pengelolaPerson);
        if (auto inserted = insertRows(c, QStringLiteral("employees"), employeeColumns, rows, 500); !inserted)
            return inserted;
        SqlQuery ids(c, QStringLiteral("SELECT id, nip FROM employees"));
        if (!ids.exec())
            return ids.error();
        QHash<QString, qint64> idOf;
        while (ids.next())
            idOf.insert(ids.value(1).toString(), ids.value(0).toLongLong());
        for (const QString& nip : std::as_const(fixture.nips))
            employeeIds << idOf.value(nip);
        fixture.admin
            = sessionOf(adminPerson, idOf.value(adminPerson.nip), Role::Admin, fixture.indukIds.at(2), 1);
        fixture.pengelola = sessionOf(
            pengelolaPerson, idOf.value(pengelolaPerson.nip), Role::Pengelola, fixture.indukIds.at(0), 2);
        // Their accounts, for the console opened by karier-approval-probe (no one logs in here).
        SqlQuery account(c,
            QStringLiteral("INSERT INTO accounts (employee_id, role, managed_unit_id, password_hash) VALUES "
                           "(?, ?, ?, 'tidak-dipakai')"));
        account.bindAll(fixture.admin.employeeId, QStringLiteral("admin"), QVariant());
        if (!account.exec())
            return account.error();
        account.bindAll(fixture.pengelola.employeeId, QStringLiteral("pengelola"), fixture.indukIds.at(0));
        if (!account.exec())
            return account.error();
        return {};
    });
    if (!status)
        return status.error();

    const QDateTime now
        = QDateTime::currentDateTimeUtc().addMSecs(-QDateTime::currentDateTimeUtc().time().msec());
    const QStringList recordColumns = {QStringLiteral("employee_id"), QStringLiteral("record_type"),
        QStringLiteral("status"), QStringLiteral("fields"), QStringLiteral("title"), QStringLiteral("number"),
        QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("hours"),
        QStringLiteral("document_id"), QStringLiteral("note"), QStringLiteral("decided_by_nip"),
        QStringLiteral("decided_at"), QStringLiteral("submitted_at"), QStringLiteral("version"),
        QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("kode_kegiatan"),
        QStringLiteral("link_url"), QStringLiteral("link_status"), QStringLiteral("link_checked_at")};
    status = db->write([&](QSqlDatabase& c) -> Status {
        // A handful of shared sertifikat PDFs (the list joins documents for the sharpness).
        QList<qint64> documents;
        for (int i = 0; i < 8; ++i) {
            const DocumentUpload upload = DocumentUpload::madeByProgram(
                QByteArray("%PDF-1.4\n% sertifikat ") + QByteArray::number(i) + QByteArray("\n%%EOF\n"),
                QStringLiteral("sertifikat-%1.pdf").arg(i + 1), 1, i == 7 ? 180.0 : 900.0);
            auto id = RecordStorage::storeDocument(c, upload, adminPerson.nip, now);
            if (!id)
                return id.error();
            documents << id.value();
        }
        QSet<QString> timKerjaKeys; // (employee, SK date, name) is unique for Tim Kerja
        QSet<QString> kodes;
        QList<QVariantList> rows;
        rows.reserve(submissionCount());
        for (int serial = 1; serial <= submissionCount(); ++serial) {
            const int kind = random.below(100);
            const RecordType& type = kind < 40 ? RecordTypes::kursus()
                : kind < 60                    ? RecordTypes::sertifikasi()
                : kind < 70                    ? RecordTypes::penghargaan()
                                               : RecordTypes::timKerja();
            const bool timKerja = type.code == TimKerja::typeCode();
            const int who = random.below(EmployeeCount);
            const QDateTime submitted = now.addSecs(-qint64(random.below(365 * 24 * 3600)) - 60);
            const QDate day = submitted.date().addDays(-random.between(3, 400));
            QVariantMap values = valuesFor(type.code, day, serial, random);
            QString kode;
            if (timKerja) {
                const QString key
                    = QStringLiteral("%1|%2|%3")
                          .arg(who)
                          .arg(day.toString(Qt::ISODate), values.value(Key::namaTimKerja()).toString());
                if (timKerjaKeys.contains(key)) {
                    --serial; // draw again
                    continue;
                }
                timKerjaKeys.insert(key);
                do {
                    kode = kodeFrom((quint64(random.below(1 << 20)) << 20) | quint64(random.below(1 << 20)));
                } while (kodes.contains(kode));
                kodes.insert(kode);
                values.insert(Key::kodeKegiatan(), kode);
            }
            const RecordStorage::Columns columns = RecordStorage::columnsOf(type, values);

            // Most wait for a decision; the rest were decided 1–20 days after they came in.
            const int state = random.below(100);
            const SubmissionStatus outcome = state < 70 ? SubmissionStatus::Diajukan
                : state < 90                            ? SubmissionStatus::Disetujui
                : state < 96                            ? SubmissionStatus::PerluPerbaikan
                                                        : SubmissionStatus::Ditolak;
            QVariant decidedAt;
            QVariant decidedBy;
            QString note;
            if (outcome != SubmissionStatus::Diajukan) {
                const QDateTime at = std::min(now, submitted.addSecs(random.between(1, 20) * 86400));
                decidedAt = at;
                decidedBy = timKerja ? pengelolaPerson.nip : adminPerson.nip;
                if (outcome == SubmissionStatus::PerluPerbaikan)
                    note = ApprovalService::reasonText(ApprovalService::reasons().at(random.below(4)));
                else if (outcome == SubmissionStatus::Ditolak)
                    note = QStringLiteral("Sertifikat bukan atas nama pegawai yang bersangkutan.");
            }
            const QVariant updated = decidedAt.isValid() ? decidedAt : QVariant(submitted);
            rows << QVariantList {employeeIds.at(who), type.code, statusCode(outcome), columns.fieldsJson,
                columns.title, columns.number, columns.startDate, timKerja ? QVariant() : columns.endDate,
                columns.hours, timKerja ? QVariant() : QVariant(documents.at(serial % documents.size())),
                note, decidedBy, decidedAt, submitted, outcome == SubmissionStatus::Diajukan ? 1 : 2,
                submitted, updated, timKerja ? QVariant(kode) : QVariant(),
                timKerja ? values.value(Key::urlBuktiDukung()) : QVariant(),
                timKerja
                    ? QVariant(linkStatusCode(random.chance(90) ? LinkStatus::Public : LinkStatus::NotPublic))
                    : QVariant(),
                timKerja ? QVariant(submitted) : QVariant()};
        }
        return insertRows(c, QStringLiteral("records"), recordColumns, rows, 200);
    });
    if (!status)
        return status.error();
    fixture.setupMs = elapsedMs(timer);
    return fixture;
}

// --- the measurements -------------------------------------------------------------------------

/// One list() call; fails when it fails or finds nothing (a filter that matches nothing measures
/// nothing).
Result<double> timedList(
    ApprovalService& service, const Session& session, const ApprovalQuery& query, bool mayBeEmpty = false)
{
    QElapsedTimer timer;
    timer.start();
    auto page = service.list(session, query);
    const double ms = elapsedMs(timer);
    if (!page)
        return page.error();
    if (!mayBeEmpty && (page->total == 0 || page->rows.isEmpty()))
        return failure(QStringLiteral("a filter of the benchmark found no submission"));
    return ms;
}

ApprovalQuery filtered(qint64 induk, qint64 unit, ApprovalStatusFilter status, const QStringList& types)
{
    ApprovalQuery q;
    q.indukUnitId = induk;
    q.unitId = unit;
    q.status = status;
    q.typeCodes = types;
    return q;
}

/// What a verifier does with the filters: Induk Satker, Satker, Status, Jenis, a date range, a sort.
QList<ApprovalQuery> adminFilters(const Fixture& f)
{
    const QString kursus = RecordTypes::kursus().code;
    const QString sertifikasi = RecordTypes::sertifikasi().code;
    const QString penghargaan = RecordTypes::penghargaan().code;
    const qint64 a = f.indukIds.at(0);
    const qint64 b = f.indukIds.at(5);
    const qint64 c = f.indukIds.at(9);
    QList<ApprovalQuery> list = {
        filtered(a, 0, ApprovalStatusFilter::Usulan, {kursus}),
        filtered(b, 0, ApprovalStatusFilter::Usulan, {kursus}),
        filtered(b, 0, ApprovalStatusFilter::Usulan, {sertifikasi}),
        filtered(b, f.satkerOf.value(b).at(1), ApprovalStatusFilter::Usulan, {sertifikasi}),
        filtered(c, 0, ApprovalStatusFilter::Semua, {penghargaan}),
        filtered(c, 0, ApprovalStatusFilter::Disetujui, {}),
        filtered(0, 0, ApprovalStatusFilter::Usulan, {}),
        filtered(0, 0, ApprovalStatusFilter::Dikembalikan, {kursus}),
    };
    ApprovalQuery recent = filtered(f.indukIds.at(3), 0, ApprovalStatusFilter::Usulan, {});
    recent.submittedFrom = QDate::currentDate().addDays(-30);
    recent.submittedTo = QDate::currentDate();
    list << recent;
    ApprovalQuery byName = filtered(f.indukIds.at(7), 0, ApprovalStatusFilter::Usulan, {kursus, sertifikasi});
    byName.sortColumn = ApprovalColumn::Nama;
    list << byName;
    return list;
}

QList<ApprovalQuery> pengelolaFilters(const Fixture& f)
{
    const qint64 induk = f.pengelola.managedUnitId;
    QList<ApprovalQuery> list = {filtered(induk, 0, ApprovalStatusFilter::Usulan, {}),
        filtered(induk, 0, ApprovalStatusFilter::Semua, {}),
        filtered(induk, 0, ApprovalStatusFilter::Disetujui, {})};
    for (const qint64 satker : f.satkerOf.value(induk))
        list << filtered(induk, satker, ApprovalStatusFilter::Usulan, {});
    ApprovalQuery byDate = filtered(induk, 0, ApprovalStatusFilter::Usulan, {});
    byDate.sortColumn = ApprovalColumn::TanggalSk;
    byDate.ascending = false;
    list << byDate;
    return list;
}

Result<double> medianOfFilters(
    ApprovalService& service, const Session& session, const QList<ApprovalQuery>& queries)
{
    QList<double> samples;
    for (int pass = 0; pass < FilterPasses; ++pass) {
        for (const ApprovalQuery& query : queries) {
            auto ms = timedList(service, session, query);
            if (!ms)
                return ms.error();
            samples << ms.value();
        }
    }
    return median(samples);
}

/// A name typed letter by letter and a NIP digit by digit in the search field of the default view.
Result<double> slowestKeystroke(ApprovalService& service, const Fixture& f)
{
    QStringList texts;
    const QString name = QStringLiteral("siti wahyuni");
    for (int i = 1; i <= name.size(); ++i)
        texts << name.left(i);
    const QString nip = f.nips.at(4321);
    for (int i = 1; i <= nip.size(); ++i)
        texts << nip.left(i);
    // The slowest prefix: each prefix's median over the passes, then the largest of those.
    QList<QList<double>> samples(texts.size());
    for (int pass = 0; pass < FilterPasses; ++pass) {
        for (qsizetype i = 0; i < texts.size(); ++i) {
            ApprovalQuery query; // the view as it opens: every waiting submission
            query.search = texts.at(i);
            auto ms = timedList(service, f.admin, query, texts.at(i).size() > 6);
            if (!ms)
                return ms.error();
            samples[i] << ms.value();
        }
    }
    double slowest = 0.0;
    for (const QList<double>& prefix : std::as_const(samples))
        slowest = std::max(slowest, median(prefix));
    return slowest;
}

/// decide() Setujui on 1000 waiting submissions (the longest waiting: fresh ones each run).
Result<double> medianOfApprovals(ApprovalService& service, const Fixture& f)
{
    QList<double> samples;
    for (int run = 0; run < (quickRun() ? 1 : ApproveRuns); ++run) {
        DecisionRequest request;
        request.decision = Decision::Setujui;
        ApprovalQuery query = filtered(0, 0, ApprovalStatusFilter::Usulan,
            {RecordTypes::kursus().code, RecordTypes::sertifikasi().code, RecordTypes::penghargaan().code});
        query.limit = 500;
        for (int pageNo = 0; pageNo < ApproveSize / 500; ++pageNo) {
            query.offset = pageNo * 500;
            auto page = service.list(f.admin, query);
            if (!page)
                return page.error();
            for (const ApprovalRow& row : page->rows)
                request.items.append({row.id, row.version});
        }
        if (request.items.size() != ApproveSize)
            return failure(
                QStringLiteral("only %1 waiting submissions to approve").arg(request.items.size()));
        QElapsedTimer timer;
        timer.start();
        auto outcome = service.decide(f.admin, request);
        samples << elapsedMs(timer);
        if (!outcome)
            return outcome.error();
        if (outcome->decided.size() != ApproveSize || !outcome->conflicts.isEmpty())
            return failure(QStringLiteral("%1 approved, %2 conflicts instead of %3 approved")
                               .arg(outcome->decided.size())
                               .arg(outcome->conflicts.size())
                               .arg(ApproveSize));
    }
    return median(samples);
}

/// \a value as an SQL literal of the same type the driver binds it as (text, integer, ISO timestamp).
QString literalOf(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toString();
    case QMetaType::QDateTime:
        return QLatin1Char('\'') + value.toDateTime().toString(Qt::ISODateWithMs) + QLatin1Char('\'');
    case QMetaType::QDate:
        return QLatin1Char('\'') + value.toDate().toString(Qt::ISODate) + QLatin1Char('\'');
    default:
        break;
    }
    QString text = value.toString();
    text.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

/// \a sql with every `?` outside string literals replaced by the literal of the next bound value.
Result<QString> inlined(const QString& sql, const QVariantList& binds)
{
    QString out;
    qsizetype next = 0;
    bool inString = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            inString = !inString;
        if (c == QLatin1Char('?') && !inString) {
            if (next >= binds.size())
                return failure(QStringLiteral("more placeholders than bound values"));
            out += literalOf(binds.at(next++));
            continue;
        }
        out += c;
    }
    if (next != binds.size())
        return failure(QStringLiteral("more bound values than placeholders"));
    return out;
}

/// Our path for the page query: prepare, bind, exec and read every column of every row, \a batch
/// times in a row; the time per query of each of \a batches batches (after one batch to warm up).
Result<QList<double>> ourPageQuery(const std::shared_ptr<Database>& db, const QString& sql,
    const QVariantList& binds, int batch, int batches, int* rowCount)
{
    QList<double> samples;
    const Status status = db->read([&](QSqlDatabase& c) -> Status {
        for (int b = 0; b <= batches; ++b) {
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < batch; ++i) {
                SqlQuery q(c, sql);
                for (const QVariant& v : binds)
                    q.bind(v);
                if (!q.exec())
                    return q.error();
                int rows = 0;
                while (q.next()) {
                    for (int column = 0; column < 28; ++column)
                        (void)q.value(column);
                    ++rows;
                }
                *rowCount = rows;
            }
            if (b > 0)
                samples << elapsedMs(timer) / batch;
        }
        return {};
    });
    if (!status)
        return status.error();
    return samples;
}

/// Runs \a program with \a arguments and \a script on stdin; its stdout.
Result<QByteArray> runTool(const QString& program, const QStringList& arguments, const QByteArray& script)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return failure(QStringLiteral("%1 does not start").arg(program));
    process.write(script);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return failure(
            QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(process.readAllStandardError())));
    return process.readAllStandardOutput();
}

/// The sqlite3 shell on the same file: `.timer on` times each input line; a line holds \a batch
/// copies of the statement, so its time per query is the line's real time / batch (the timer has
/// millisecond resolution). The first line warms up.
Result<QList<double>> shellPageQuery(const QString& file, const QString& sql, int batch, int batches)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        return failure(QStringLiteral("the sqlite3 shell is not installed (apt-get install sqlite3)"));
    QString line;
    for (int i = 0; i < batch; ++i)
        line += sql + QStringLiteral("; ");
    QString script = QStringLiteral(".output /dev/null\n.timer on\n");
    for (int b = 0; b <= batches; ++b)
        script += line + QLatin1Char('\n');
    auto out = runTool(shell, {QStringLiteral("-batch"), file}, script.toUtf8());
    if (!out)
        return out.error();
    static const QRegularExpression timing(QStringLiteral("Run Time: real ([0-9.]+)"));
    QList<double> samples;
    auto it = timing.globalMatch(QString::fromUtf8(out.value()));
    while (it.hasNext())
        samples << it.next().captured(1).toDouble() * 1000.0 / batch;
    if (samples.size() != batches + 1)
        return failure(QStringLiteral("the sqlite3 shell printed %1 timings instead of %2")
                           .arg(samples.size())
                           .arg(batches + 1));
    samples.removeFirst();
    return samples;
}

/// psql on the same database: `\timing` prints the time of each statement (microseconds), from
/// sending it to having received every row. The first \a warmUp statements are left out.
Result<QList<double>> psqlPageQuery(const QString& url, const QString& sql, int count, int warmUp)
{
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (psql.isEmpty())
        return failure(QStringLiteral("psql is not installed (postgresql-client-15)"));
    QString script = QStringLiteral("\\o /dev/null\n\\timing on\n");
    for (int i = 0; i < warmUp + count; ++i)
        script += sql + QStringLiteral(";\n");
    auto out = runTool(psql,
        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-d"), url},
        script.toUtf8());
    if (!out)
        return out.error();
    static const QRegularExpression timing(QStringLiteral("Time: ([0-9.]+) ms"));
    QList<double> samples;
    auto it = timing.globalMatch(QString::fromUtf8(out.value()));
    while (it.hasNext())
        samples << it.next().captured(1).toDouble();
    if (samples.size() != warmUp + count)
        return failure(
            QStringLiteral("psql printed %1 timings instead of %2").arg(samples.size()).arg(warmUp + count));
    return samples.mid(warmUp);
}

/// The page query measured: the view as it opens for an Admin (every waiting submission, the
/// longest waiting first, first page of 50).
ApprovalQuery pageQueryOf()
{
    return filtered(0, 0, ApprovalStatusFilter::Usulan, {});
}

/// The page queries compared with the database's own shell: the view as it opens (page_query_ms),
/// and the same sorted by Nama (page_query_nama_ms), where the engine's work (a sort of every
/// waiting submission by name) outweighs the cost of handing 50 rows of 28 columns to Qt.
QList<QPair<QString, ApprovalQuery>> pageQueries()
{
    ApprovalQuery byName = pageQueryOf();
    byName.sortColumn = ApprovalColumn::Nama;
    return {{QStringLiteral("page_query_ms"), pageQueryOf()}, {QStringLiteral("page_query_nama_ms"), byName}};
}

Result<Figure> sqlitePageFigure(const QString& scenario, const QString& metric,
    const std::shared_ptr<Database>& db, const QString& file, const Session& session,
    const ApprovalQuery& query)
{
    auto page = ApprovalService(db).pageSql(session, query);
    if (!page)
        return page.error();
    auto literal = inlined(page->first, page->second);
    if (!literal)
        return literal.error();
    // Lines of 100 statements: the shell's timer counts milliseconds.
    constexpr int Batch = 100;
    constexpr int Batches = 9;
    int rows = 0;
    auto ours = ourPageQuery(db, page->first, page->second, Batch, Batches, &rows);
    if (!ours)
        return ours.error();
    if (rows != 50)
        return failure(QStringLiteral("the page query returned %1 rows instead of 50").arg(rows));
    auto shell = shellPageQuery(file, literal.value(), Batch, Batches);
    if (!shell)
        return shell.error();
    return Figure {scenario, metric, median(ours.value()), QStringLiteral("ms"), median(shell.value())};
}

Result<Figure> pgPageFigure(const QString& scenario, const QString& metric,
    const std::shared_ptr<Database>& db, const QString& url, const Session& session,
    const ApprovalQuery& query)
{
    auto page = ApprovalService(db).pageSql(session, query);
    if (!page)
        return page.error();
    auto literal = inlined(page->first, page->second);
    if (!literal)
        return literal.error();
    constexpr int Count = 60;
    constexpr int WarmUp = 5;
    int rows = 0;
    auto ours = ourPageQuery(db, page->first, page->second, 1, Count + WarmUp, &rows);
    if (!ours)
        return ours.error();
    if (rows != 50)
        return failure(QStringLiteral("the page query returned %1 rows instead of 50").arg(rows));
    auto psql = psqlPageQuery(url, literal.value(), Count, WarmUp);
    if (!psql)
        return psql.error();
    return Figure {scenario, metric, median(ours->mid(WarmUp)), QStringLiteral("ms"), median(psql.value())};
}

/// Everything but page_query_ms, which depends on the reference program.
/// \a adminDb and \a pengelolaDb: the connections the Admin and the Pengelola work on (on PostgreSQL their
/// own logins, with row-level security; on SQLite the fixture's file).
Result<QList<Figure>> commonFigures(const QString& scenario, Fixture& f,
    const std::shared_ptr<Database>& adminDb, const std::shared_ptr<Database>& pengelolaDb)
{
    ApprovalService service(adminDb);
    ApprovalService pengelolaService(pengelolaDb);
    const QString ms = QStringLiteral("ms");
    // One untimed call so that both dialects start from a connection that is open and warm.
    if (auto warm = service.list(f.admin, pageQueryOf()); !warm)
        return warm.error();
    auto filter = medianOfFilters(service, f.admin, adminFilters(f));
    if (!filter)
        return filter.error();
    if (auto warm = pengelolaService.list(f.pengelola, pageQueryOf()); !warm)
        return warm.error();
    auto pengelola = medianOfFilters(pengelolaService, f.pengelola, pengelolaFilters(f));
    if (!pengelola)
        return pengelola.error();
    auto keystroke = slowestKeystroke(service, f);
    if (!keystroke)
        return keystroke.error();
    auto approve = medianOfApprovals(service, f);
    if (!approve)
        return approve.error();
    return QList<Figure> {
        {scenario, QStringLiteral("filter_ms"), filter.value(), ms, std::nullopt},
        {scenario, QStringLiteral("filter_pengelola_ms"), pengelola.value(), ms, std::nullopt},
        {scenario, QStringLiteral("search_keystroke_ms"), keystroke.value(), ms, std::nullopt},
        {scenario, QStringLiteral("approve_1000_ms"), approve.value(), ms, std::nullopt},
    };
}

/// The verifier console opened by karier-approval-probe (offscreen) as \a nip on \a database: open_ms
/// (the view made until its first page is shown; median of 5 runs) and gui_rss_mb (the resident memory
/// of the GUI process with the view open; the largest of the runs).
Result<QList<Figure>> guiFigures(
    const QString& scenario, const QString& database, const QString& nip, const QString& sessionToken = {})
{
    QList<double> open;
    double rss = 0;
    for (int run = 0; run < 5; ++run) {
        auto probe = runApprovalProbe({database, nip}, sessionToken);
        if (!probe)
            return probe.error();
        if (probe->rows != 50)
            return failure(QStringLiteral("the console showed %1 rows instead of 50").arg(probe->rows));
        open << probe->openMs;
        rss = std::max(rss, probe->rssMb);
    }
    return QList<Figure> {
        {scenario, QStringLiteral("open_ms"), median(open), QStringLiteral("ms"), std::nullopt},
        {scenario, QStringLiteral("gui_rss_mb"), rss, QStringLiteral("MB"), std::nullopt}};
}

/// A person logged in to the PostgreSQL server with their own role, the one-time code checked there.
struct PersonLogin
{
    std::shared_ptr<Database> db;
    DatabaseUrl url; ///< their login, password included (for karier-approval-probe)
    QString token; ///< the server's session token
};

/// Gives the account of \a nip a login role with a password and a one-time-code secret (as the owner,
/// through the server's own functions), then logs in as that person and passes the code.
Result<PersonLogin> logInAs(const std::shared_ptr<Database>& owner, DatabaseUrl url, const QString& nip)
{
    const QString password = QStringLiteral("Bangku-Taman-Balekambang-") + nip.right(4);
    const QByteArray secret("karier-bench-secret!", 20);
    if (auto set = owner->write([&](QSqlDatabase& c) -> Status {
            SqlQuery otp(c,
                QStringLiteral("UPDATE accounts SET otp_secret = ?, otp_enabled = TRUE WHERE employee_id = "
                               "(SELECT id FROM employees WHERE nip = ?)"));
            otp.bindAll(Base32::encode(secret), nip);
            if (!otp.exec())
                return otp.error();
            return AuthService::setLoginRole(c, nip, ScramVerifier::make(password));
        });
        !set)
        return set.error();
    url.user = QStringLiteral("k") + nip;
    url.password = password;
    auto db = Database::open(url, Database::OpenMode::RequireExisting);
    if (!db)
        return db.error();
    QString token;
    if (auto verified = db.value()->read([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("SELECT karier_otp_verify(?)"));
            q.bind(Totp::code(secret, QDateTime::currentSecsSinceEpoch()));
            if (!q.exec() || !q.next())
                return q.error();
            token = q.value(0).toString();
            return {};
        });
        !verified)
        return verified.error();
    if (token.isEmpty())
        return failure(QStringLiteral("the server refused the one-time code of ") + nip);
    db.value()->setSessionToken(token);
    return PersonLogin {db.value(), url, token};
}

/// A throwaway PostgreSQL cluster (tests/support/pg-cluster.sh), stopped when this goes out of scope.
class PgCluster
{
public:
    ~PgCluster()
    {
        if (!m_started)
            return;
        QProcess::execute(QStringLiteral("sh"),
            {QStringLiteral(KARIER_PG_CLUSTER_SCRIPT), QStringLiteral("stop"), m_state.path()});
    }

    /// \a fsync: the server's default fsync=on (what an office server runs with) instead of the tests'
    /// fsync=off.
    Result<QString> start(bool fsync = false)
    {
        if (!m_state.isValid())
            return failure(QStringLiteral("no temporary directory"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(
            QStringLiteral("KARIER_PG_FSYNC"), fsync ? QStringLiteral("on") : QStringLiteral("off"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("sh"),
            {QStringLiteral(KARIER_PG_CLUSTER_SCRIPT), QStringLiteral("start"), m_state.path()});
        m_started = true; // stop() also cleans up after a half-started cluster
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0)
            return failure(QStringLiteral("pg-cluster.sh start failed: ")
                + QString::fromUtf8(process.readAllStandardError()).trimmed());
        QFile url(QDir(m_state.path()).filePath(QStringLiteral("url")));
        if (!url.open(QIODevice::ReadOnly))
            return failure(QStringLiteral("pg-cluster.sh wrote no URL"));
        return QString::fromUtf8(url.readAll()).trimmed();
    }

private:
    QTemporaryDir m_state;
    bool m_started = false;
};

Result<QList<Figure>> setupFigures(const QString& scenario, const Fixture& f)
{
    return QList<Figure> {
        {scenario, QStringLiteral("setup_ms"), f.setupMs, QStringLiteral("ms"), std::nullopt},
        {scenario, QStringLiteral("submissions"), double(submissionCount()), QStringLiteral("rows"),
            std::nullopt}};
}

/// The round trip of a prepared `SELECT 1` on \a db: the median of 200 after 20 to warm up.
Result<double> roundTripMs(const std::shared_ptr<Database>& db)
{
    QList<double> samples;
    const Status status = db->read([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c, QStringLiteral("SELECT 1"));
        for (int i = 0; i < 220; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (!q.exec() || !q.next())
                return q.error();
            if (i >= 20)
                samples << elapsedMs(timer);
        }
        return {};
    });
    if (!status)
        return status.error();
    return median(samples);
}

/// The server's setting \a name (SHOW).
Result<QString> serverSetting(const std::shared_ptr<Database>& db, const QString& name)
{
    QString value;
    const Status status = db->read([&](QSqlDatabase& c) -> Status {
        QSqlQuery q(c); // SHOW cannot be prepared; a constant statement without values
        if (!q.exec(QStringLiteral("SHOW ") + name) || !q.next())
            return Database::errorFrom(q.lastError());
        value = q.value(0).toString();
        return {};
    });
    if (!status)
        return status.error();
    return value;
}

/// A local PostgreSQL cluster with fsync on and a LAN proxy in front of it.
constexpr std::chrono::microseconds LanDelay {500};

/// main() puts the machine's part (cores, load, quick sizes) in front of this.
QString lanConditions(const QString& sizes)
{
    return QStringLiteral("PostgreSQL 15, fsync=on; TCP proxy on 127.0.0.1 adding 0.5 ms each way; ") + sizes;
}

/// The employees import_lan imports: 10,000, or 1,000 under --quick.
int importCount()
{
    return quickRun() ? 1000 : EmployeeCount;
}

/// Checks that the server behind \a direct runs with fsync on and that \a lan adds the LAN's round trip;
/// the two round-trip figures.
Result<QList<Figure>> lanChecks(
    const QString& scenario, const std::shared_ptr<Database>& direct, const std::shared_ptr<Database>& lan)
{
    auto fsync = serverSetting(direct, QStringLiteral("fsync"));
    if (!fsync)
        return fsync.error();
    if (fsync.value() != QLatin1String("on"))
        return failure(QStringLiteral("the cluster runs with fsync=%1, not on").arg(fsync.value()));
    auto near = roundTripMs(direct);
    if (!near)
        return near.error();
    auto far = roundTripMs(lan);
    if (!far)
        return far.error();
    // 0.5 ms each way: about 1 ms more per round trip (less than 0.9 ms would be a proxy that does not
    // delay).
    if (far.value() - near.value() < 0.9)
        return failure(QStringLiteral("the LAN proxy adds only %1 ms per round trip")
                           .arg(far.value() - near.value(), 0, 'f', 2));
    const QString ms = QStringLiteral("ms");
    return QList<Figure> {{scenario, QStringLiteral("round_trip_ms"), far.value(), ms, std::nullopt},
        {scenario, QStringLiteral("round_trip_direct_ms"), near.value(), ms, std::nullopt}};
}

} // namespace

Result<QList<Figure>> approvalScenario()
{
    const QString scenario = QStringLiteral("approval");
    QTemporaryDir dir;
    if (!dir.isValid())
        return failure(QStringLiteral("no temporary directory"));
    const QString file = dir.filePath(QStringLiteral("approval.sqlite"));
    auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + file);
    if (!url)
        return url.error();
    auto db = Database::open(url.value(), Database::OpenMode::Create);
    if (!db)
        return db.error();
    auto fixture = buildFixture(db.value());
    if (!fixture)
        return fixture.error();
    // Fold the write-ahead log into the file, so that the sqlite3 shell reads the same pages.
    if (auto folded = db.value()->read([](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            return q.exec() ? Status {} : Status {q.error()};
        });
        !folded)
        return folded.error();

    // KARIER_BENCH_KEEP_DB=/path: a copy of the fixture, for EXPLAIN QUERY PLAN in the sqlite3 shell.
    if (qEnvironmentVariableIsSet("KARIER_BENCH_KEEP_DB"))
        QFile::copy(file, qEnvironmentVariable("KARIER_BENCH_KEEP_DB"));
    // The page queries first: the approvals below would change the rows they return.
    QList<Figure> pages;
    for (const auto& [metric, query] : pageQueries()) {
        auto figure = sqlitePageFigure(scenario, metric, db.value(), file, fixture->admin, query);
        if (!figure)
            return figure.error();
        pages << figure.value();
    }

    auto figures = commonFigures(scenario, fixture.value(), db.value(), db.value());
    if (!figures)
        return figures.error();
    if (auto folded = db.value()->read([](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            return q.exec() ? Status {} : Status {q.error()};
        });
        !folded)
        return folded.error();
    auto gui = guiFigures(scenario, QStringLiteral("sqlite:") + file, fixture->admin.nip);
    if (!gui)
        return gui.error();
    QList<Figure> all = gui.value() + figures.value() + pages;
    all << setupFigures(scenario, fixture.value()).value();
    return all;
}

/// What autovacuum does shortly after a bulk load: statistics for the planner.
static Status vacuumAnalyze(const std::shared_ptr<Database>& db)
{
    return db->read([](QSqlDatabase& c) -> Status {
        QSqlQuery q(c); // VACUUM cannot be prepared; a constant statement without values
        return q.exec(QStringLiteral("VACUUM ANALYZE")) ? Status {}
                                                        : Status {Database::errorFrom(q.lastError())};
    });
}

/// A throwaway cluster's database, created: its URL (as text for psql, and parsed) and the owner's
/// connection, which must close before the cluster stops (declare it after the PgCluster).
struct ClusterDatabase
{
    QString text;
    DatabaseUrl url;
    std::shared_ptr<Database> db;
};

static Result<ClusterDatabase> createdDatabase(PgCluster& cluster, bool fsync)
{
    auto text = cluster.start(fsync);
    if (!text)
        return text.error();
    auto url = DatabaseUrl::parse(text.value());
    if (!url)
        return url.error();
    auto db = Database::open(url.value(), Database::OpenMode::Create);
    if (!db)
        return db.error();
    return ClusterDatabase {text.value(), url.value(), db.value()};
}

/// The approval fixture loaded into \a db, then analysed as autovacuum would.
static Result<Fixture> analysedFixture(const std::shared_ptr<Database>& db)
{
    auto fixture = buildFixture(db);
    if (!fixture)
        return fixture.error();
    if (auto analysed = vacuumAnalyze(db); !analysed)
        return analysed.error();
    return fixture;
}

Result<QList<Figure>> approvalPgScenario()
{
    const QString scenario = QStringLiteral("approval_pg");
    PgCluster cluster;
    auto created = createdDatabase(cluster, false);
    if (!created)
        return created.error();
    const QString& text = created->text;
    const DatabaseUrl& url = created->url;
    const std::shared_ptr<Database>& db = created->db;
    QList<Figure> all;
    {
        auto fixture = analysedFixture(db);
        if (!fixture)
            return fixture.error();

        QList<Figure> pages;
        for (const auto& [metric, query] : pageQueries()) {
            auto figure = pgPageFigure(scenario, metric, db, text, fixture->admin, query);
            if (!figure)
                return figure.error();
            pages << figure.value();
        }

        // The Admin and the Pengelola work with their own logins and the server's one-time-code session,
        // so every figure below goes through row-level security, as in an office.
        auto admin = logInAs(db, url, fixture->admin.nip);
        if (!admin)
            return admin.error();
        auto pengelola = logInAs(db, url, fixture->pengelola.nip);
        if (!pengelola)
            return pengelola.error();
        // KARIER_BENCH_EXPLAIN=1: the plans of the Admin's first page, as the owner and as the Admin's login
        // (row-level security), on standard error.
        if (qEnvironmentVariableIsSet("KARIER_BENCH_EXPLAIN")) {
            auto page = ApprovalService(admin->db).pageSql(fixture->admin, pageQueryOf());
            auto literal = page ? inlined(page->first, page->second) : Result<QString>(page.error());
            if (!literal)
                return literal.error();
            for (const auto& who : {db, admin->db}) {
                const Status explained = who->read([&](QSqlDatabase& c) -> Status {
                    QSqlQuery q(c);
                    for (const QString& sql : {literal.value(),
                             QStringLiteral("SELECT COUNT(*) FROM records r JOIN employees e ON e.id = "
                                            "r.employee_id WHERE r.status = 'diajukan'")}) {
                        if (!q.exec(QStringLiteral("EXPLAIN (ANALYZE, BUFFERS) ") + sql))
                            return Database::errorFrom(q.lastError());
                        while (q.next())
                            std::fprintf(stderr, "%s\n", qPrintable(q.value(0).toString()));
                        std::fprintf(stderr, "----\n");
                    }
                    return {};
                });
                if (!explained)
                    return explained.error();
            }
        }
        auto figures = commonFigures(scenario, fixture.value(), admin->db, pengelola->db);
        if (!figures)
            return figures.error();
        auto gui = guiFigures(scenario, admin->url.toString(true), fixture->admin.nip, admin->token);
        if (!gui)
            return gui.error();
        all = gui.value() + figures.value() + pages;
        all << setupFigures(scenario, fixture.value()).value();
    } // the connections close before the cluster stops
    return all;
}

Result<QList<Figure>> approvalLanScenario()
{
    const QString scenario = QStringLiteral("approval_lan");
    PgCluster cluster;
    auto created = createdDatabase(cluster, true);
    if (!created)
        return created.error();
    const DatabaseUrl& url = created->url;
    const std::shared_ptr<Database>& db = created->db;
    QList<Figure> all;
    {
        // The fixture is loaded next to the server (as an Admin would restore a dump there); what is
        // measured goes through the LAN.
        auto fixture = analysedFixture(db);
        if (!fixture)
            return fixture.error();

        LanProxy proxy;
        if (auto started = proxy.start(url.port, LanDelay); !started)
            return started.error();
        DatabaseUrl lanUrl = url;
        lanUrl.port = proxy.port();
        auto ownerLan = Database::open(lanUrl, Database::OpenMode::RequireExisting);
        if (!ownerLan)
            return ownerLan.error();
        auto checks = lanChecks(scenario, db, ownerLan.value());
        if (!checks)
            return checks.error();

        // The Admin works with their own login and the server's one-time-code session, through the LAN.
        auto admin = logInAs(db, lanUrl, fixture->admin.nip);
        if (!admin)
            return admin.error();
        ApprovalService service(admin->db);
        const QString ms = QStringLiteral("ms");
        if (auto warm = service.list(fixture->admin, pageQueryOf()); !warm)
            return warm.error();
        auto filter = medianOfFilters(service, fixture->admin, adminFilters(fixture.value()));
        if (!filter)
            return filter.error();
        auto keystroke = slowestKeystroke(service, fixture.value());
        if (!keystroke)
            return keystroke.error();
        auto approve = medianOfApprovals(service, fixture.value());
        if (!approve)
            return approve.error();
        auto gui = guiFigures(scenario, admin->url.toString(true), fixture->admin.nip, admin->token);
        if (!gui)
            return gui.error();
        all = gui.value();
        all << Figure {scenario, QStringLiteral("filter_ms"), filter.value(), ms, std::nullopt}
            << Figure {scenario, QStringLiteral("search_keystroke_ms"), keystroke.value(), ms, std::nullopt}
            << Figure {scenario, QStringLiteral("approve_1000_ms"), approve.value(), ms, std::nullopt};
        all << checks.value();
        all << setupFigures(scenario, fixture.value()).value();
        const QString conditions
            = lanConditions(QStringLiteral("%1 employees, %2 submissions in %3 units; Admin's own login")
                                .arg(EmployeeCount)
                                .arg(submissionCount())
                                .arg(IndukCount * (SatkerPerInduk + 1)));
        for (Figure& figure : all)
            figure.conditions = conditions;
    } // the connections close before the proxy and the cluster stop
    return all;
}

Result<QList<Figure>> importLanScenario()
{
    const QString scenario = QStringLiteral("import_lan");
    PgCluster cluster;
    auto created = createdDatabase(cluster, true);
    if (!created)
        return created.error();
    const DatabaseUrl& url = created->url;
    const std::shared_ptr<Database>& db = created->db;
    QList<Figure> all;
    {
        // The organisation and the Admin who imports; the file: 10,000 PNS spread over its 60 units.
        Random random;
        PersonGenerator people {random, {}};
        QList<QString> unitCodes;
        Employee adminPerson;
        Session admin;
        const Status status = db->write([&](QSqlDatabase& c) -> Status {
            qint64 bkpsdm = 0;
            for (int i = 0; i < IndukCount; ++i) {
                const QString code = QStringLiteral("PD%1").arg(i + 1, 2, 10, QLatin1Char('0'));
                auto induk = Organisation::upsertUnit(c, code, indukNames().at(i), QString());
                if (!induk)
                    return induk.error();
                if (i == 2)
                    bkpsdm = induk.value();
                unitCodes << code;
                for (int j = 0; j < SatkerPerInduk; ++j) {
                    const QString satker = code + QStringLiteral(".%1").arg(j + 1);
                    auto id = Organisation::upsertUnit(
                        c, satker, QStringLiteral("Satker %1 ").arg(j + 1) + indukNames().at(i), code);
                    if (!id)
                        return id.error();
                    unitCodes << satker;
                }
            }
            adminPerson = people.make(bkpsdm);
            auto id = Organisation::upsertEmployee(c, adminPerson);
            if (!id)
                return id.error();
            admin = sessionOf(adminPerson, id.value(), Role::Admin, bkpsdm, 1);
            SqlQuery account(c,
                QStringLiteral(
                    "INSERT INTO accounts (employee_id, role, managed_unit_id, password_hash) VALUES "
                    "(?, 'admin', NULL, 'tidak-dipakai')"));
            account.bind(id.value());
            return account.exec() ? Status {} : Status {account.error()};
        });
        if (!status)
            return status.error();
        QByteArray csv
            = Csv::formatRow({QStringLiteral("nip"), QStringLiteral("nama"), QStringLiteral("gelar_depan"),
                QStringLiteral("gelar_belakang"), QStringLiteral("jabatan"), QStringLiteral("kode_unit")});
        const int count = importCount();
        for (int i = 0; i < count; ++i) {
            const Employee e = people.make(0);
            csv += Csv::formatRow(
                {e.nip, e.nama, e.gelarDepan, e.gelarBelakang, e.jabatan, random.pick(unitCodes)});
        }

        LanProxy proxy;
        if (auto started = proxy.start(url.port, LanDelay); !started)
            return started.error();
        DatabaseUrl lanUrl = url;
        lanUrl.port = proxy.port();
        auto ownerLan = Database::open(lanUrl, Database::OpenMode::RequireExisting);
        if (!ownerLan)
            return ownerLan.error();
        auto checks = lanChecks(scenario, db, ownerLan.value());
        if (!checks)
            return checks.error();
        // The Admin imports with their own login (row-level security) through the LAN, as the Pegawai page
        // or karier-cli import --login would.
        auto login = logInAs(db, lanUrl, adminPerson.nip);
        if (!login)
            return login.error();
        QElapsedTimer timer;
        timer.start();
        auto first = EmployeeCsv::import(login->db, &admin, csv);
        const double importMs = elapsedMs(timer);
        if (!first)
            return first.error();
        if (first->inserted != count || !first->errors.isEmpty())
            return failure(QStringLiteral("the import inserted %1 of %2 (%3)")
                               .arg(first->inserted)
                               .arg(count)
                               .arg(first->errors.mid(0, 3).join(QStringLiteral("; "))));
        // The same file again: every row read and compared, nothing written but the audit entry.
        timer.restart();
        auto second = EmployeeCsv::import(login->db, &admin, csv);
        const double reimportMs = elapsedMs(timer);
        if (!second)
            return second.error();
        if (second->unchanged != count || !second->errors.isEmpty())
            return failure(QStringLiteral("the second import left %1 of %2 unchanged")
                               .arg(second->unchanged)
                               .arg(count));
        const QString ms = QStringLiteral("ms");
        all << Figure {scenario, QStringLiteral("import_10k_ms"), importMs, ms, std::nullopt}
            << Figure {scenario, QStringLiteral("reimport_10k_ms"), reimportMs, ms, std::nullopt};
        all << checks.value();
        const QString conditions = lanConditions(QStringLiteral(
            "%1 new employees in %2 units from one CSV (EmployeeCsv::import); Admin's own login")
                                                     .arg(count)
                                                     .arg(IndukCount * (SatkerPerInduk + 1)));
        for (Figure& figure : all)
            figure.conditions = conditions;
    } // the connections close before the proxy and the cluster stop
    return all;
}

} // namespace karier::bench
