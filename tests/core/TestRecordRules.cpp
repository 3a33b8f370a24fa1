// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/RecordType.h"
#include "records/ReferenceLists.h"
#include "records/SubmissionStatus.h"

#include <QTest>

using namespace karier;

namespace {

const QDate Today(2026, 11, 30);

QVariantMap validKursus()
{
    return {
        {QStringLiteral("jenisKursus"), QStringLiteral("Sosialisasi")},
        {QStringLiteral("klasifikasi"), QStringLiteral("Administrasi")},
        {QStringLiteral("namaKursus"), QStringLiteral("Sosialisasi Pelaporan LHKPN Tahun 2026")},
        {QStringLiteral("institusiPenyelenggara"), QStringLiteral("BKPSDM Kota Surakarta")},
        {QStringLiteral("nomorSertipikat"), QStringLiteral("20/BKPSDM/003/I/2026")},
        {QStringLiteral("tahunKursus"), 2026},
        {QStringLiteral("tanggalKursus"), QDate(2026, 1, 15)},
        {QStringLiteral("tanggalSelesaiKursus"), QDate(2026, 1, 15)},
        {QStringLiteral("jumlahJam"), 4},
    };
}

QVariantMap validSertifikasi()
{
    return {
        {QStringLiteral("klasifikasiSertifikasi"), QStringLiteral("PENGADAAN BARANG/JASA PEMERINTAH")},
        {QStringLiteral("namaSertifikasi"), QStringLiteral("Sertifikat Kompetensi PBJ Tingkat Dasar")},
        {QStringLiteral("nomorSertifikat"), QStringLiteral("LKPP/2025/000123")},
        {QStringLiteral("tanggalSertifikat"), QDate(2025, 3, 10)},
        {QStringLiteral("masaBerlakuSertMulai"), QDate(2025, 3, 10)},
        {QStringLiteral("masaBerlakuSertSelasai"), QDate(2028, 3, 10)},
        {QStringLiteral("lembagaSertifikasiNama"),
            QStringLiteral("LKPP (Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah)")},
    };
}

RuleContext context()
{
    RuleContext c;
    c.today = Today;
    return c;
}

} // namespace

class TestRecordRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceListsLoad()
    {
        QCOMPARE(ReferenceLists::items(QStringLiteral("jenis-kursus")).size(), 25);
        QVERIFY(
            ReferenceLists::items(QStringLiteral("jenis-kursus")).contains(QStringLiteral("Sosialisasi")));
        QVERIFY(ReferenceLists::items(QStringLiteral("lembaga-sertifikasi")).size() > 10);
        QVERIFY(ReferenceLists::items(QStringLiteral("tidak-ada")).isEmpty());
        for (const RecordType* type : RecordTypes::all()) {
            for (const FieldSpec& f : type->fields) {
                if (f.type == FieldType::Choice)
                    QVERIFY2(!ReferenceLists::items(f.referenceList).isEmpty(), qPrintable(f.referenceList));
            }
        }
    }

    void fieldsAsInTheManual()
    {
        QStringList kursus;
        for (const FieldSpec& f : RecordTypes::kursus().fields)
            kursus << f.label;
        QCOMPARE(kursus,
            (QStringList {"Jenis Kursus", "Klasifikasi Kursus", "Nama Kursus", "Institusi Penyelenggara",
                "Nomor Sertifikat", "Tahun Kursus", "Tanggal Mulai", "Tanggal Berakhir", "Durasi (jam)"}));
        QStringList sertifikasi;
        for (const FieldSpec& f : RecordTypes::sertifikasi().fields)
            sertifikasi << f.label;
        QCOMPARE(sertifikasi,
            (QStringList {"Klasifikasi Sertifikasi", "Nama Sertifikasi", "Nomor Sertifikat",
                "Tanggal Sertifikat", "Masa Berlaku Mulai", "Masa Berlaku Selesai", "Gelar Depan",
                "Gelar Belakang", "Lembaga Sertifikasi"}));
    }

    void kursus_data()
    {
        QTest::addColumn<QVariantMap>("changes");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("severity"); // -1: no issue
        QTest::addColumn<QString>("message");

        auto row = [](const char* name, QVariantMap changes, const char* field, int severity,
                       const char* message) {
            QTest::newRow(name) << changes << QString::fromUtf8(field) << severity
                                << QString::fromUtf8(message);
        };
        row("valid", {}, "", -1, "");
        row("missing name", {{"namaKursus", QString()}}, "namaKursus", 0, "Nama Kursus wajib diisi.");
        row("blank name", {{"namaKursus", QStringLiteral("   ")}}, "namaKursus", 0, "wajib diisi");
        row("jenis not in list", {{"jenisKursus", QStringLiteral("Piknik")}}, "jenisKursus", 0,
            "dari daftar");
        row("start in future",
            {{"tanggalKursus", QDate(2026, 12, 1)}, {"tanggalSelesaiKursus", QDate(2026, 12, 1)}},
            "tanggalKursus", 0, "masa depan");
        row("end before start", {{"tanggalSelesaiKursus", QDate(2026, 1, 14)}}, "tanggalSelesaiKursus", 0,
            "tidak boleh sebelum");
        row("year differs", {{"tahunKursus", 2025}}, "tahunKursus", 0,
            "harus sama dengan tahun Tanggal Mulai (2026)");
        row("year in future", {{"tahunKursus", 2027}}, "tahunKursus", 0, "antara 1950 dan 2026");
        row("zero hours", {{"jumlahJam", 0}}, "jumlahJam", 0, "paling sedikit 1");
        row("not a number", {{"jumlahJam", QStringLiteral("empat")}}, "jumlahJam", 0, "angka bulat");
        row("8 JP in one day is fine", {{"jumlahJam", 8}}, "", -1, "");
        row("9 JP in one day", {{"jumlahJam", 9}}, "jumlahJam", 0, "paling banyak 8 JP per hari");
        row("three days, 24 JP", {{"tanggalSelesaiKursus", QDate(2026, 1, 17)}, {"jumlahJam", 24}}, "", -1,
            "");
        row("three days, 25 JP", {{"tanggalSelesaiKursus", QDate(2026, 1, 17)}, {"jumlahJam", 25}},
            "jumlahJam", 0, "kegiatan 3 hari paling banyak 24 JP");
    }

    void kursus()
    {
        QFETCH(QVariantMap, changes);
        QFETCH(QString, field);
        QFETCH(int, severity);
        QFETCH(QString, message);
        QVariantMap values = validKursus();
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            values.insert(it.key(), it.value());
        const QList<RuleIssue> issues = RecordTypes::kursus().validate(values, context());
        if (severity < 0) {
            QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().message));
            return;
        }
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.first().field, field);
        QCOMPARE(int(issues.first().severity), severity);
        QVERIFY2(issues.first().message.contains(message), qPrintable(issues.first().message));
        QCOMPARE(RecordType::hasErrors(issues), severity == int(Severity::Error));
    }

    void jpLimitIsASetting()
    {
        QVariantMap values = validKursus();
        values.insert(QStringLiteral("jumlahJam"), 10);
        RuleContext c = context();
        QVERIFY(RecordType::hasErrors(RecordTypes::kursus().validate(values, c)));
        c.maxJpPerDay = 10;
        QVERIFY(RecordTypes::kursus().validate(values, c).isEmpty());
    }

    void otherActivitiesOnSameDays()
    {
        QVariantMap values = validKursus(); // 4 JP on 15 January 2026
        RuleContext c = context();
        c.otherJpPerDay.insert(QDate(2026, 1, 15), 4.0);
        QVERIFY(RecordTypes::kursus().validate(values, c).isEmpty()); // exactly 8
        c.otherJpPerDay.insert(QDate(2026, 1, 15), 6.0);
        const auto issues = RecordTypes::kursus().validate(values, c);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().severity, Severity::Warning);
        QCOMPARE(issues.first().field, QStringLiteral("jumlahJam"));
        QVERIFY2(
            issues.first().message.contains(QLatin1String("15 Januari 2026 total JP Anda menjadi 10 JP")),
            qPrintable(issues.first().message));
        QVERIFY(!RecordType::hasErrors(issues));
    }

    void duplicateNumberWarns()
    {
        RuleContext c = context();
        c.duplicateNumberTitles << QStringLiteral("Kursus \"Bimtek SIASN\"");
        const auto issues = RecordTypes::kursus().validate(validKursus(), c);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, QStringLiteral("nomorSertipikat"));
        QCOMPARE(issues.first().severity, Severity::Warning);
        QVERIFY(issues.first().message.contains(QLatin1String("Bimtek SIASN")));
    }

    void sertifikasi_data()
    {
        QTest::addColumn<QVariantMap>("changes");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("message");
        auto row = [](const char* name, QVariantMap changes, const char* field, int severity,
                       const char* message) {
            QTest::newRow(name) << changes << QString::fromUtf8(field) << severity
                                << QString::fromUtf8(message);
        };
        row("valid", {}, "", -1, "");
        row("lifetime certificate", {{"masaBerlakuSertSelasai", QVariant()}}, "", -1, "");
        row("titles are optional",
            {{"gelarDepanSert", QString()}, {"gelarBelakangSert", QStringLiteral("CPSp")}}, "", -1, "");
        row("body typed by hand",
            {{"lembagaSertifikasiNama", QStringLiteral("LSP Sertifikasi Pengelola Pengadaan")}}, "", -1, "");
        row("missing body", {{"lembagaSertifikasiNama", QString()}}, "lembagaSertifikasiNama", 0,
            "wajib diisi");
        row("certificate in future", {{"tanggalSertifikat", QDate(2027, 1, 1)}}, "tanggalSertifikat", 0,
            "masa depan");
        row("validity ends before it starts", {{"masaBerlakuSertSelasai", QDate(2025, 3, 9)}},
            "masaBerlakuSertSelasai", 0, "tidak boleh sebelum");
        row("expired warns", {{"masaBerlakuSertSelasai", QDate(2026, 3, 10)}}, "masaBerlakuSertSelasai", 1,
            "sudah tidak berlaku sejak 10 Maret 2026");
        row("klasifikasi not in list", {{"klasifikasiSertifikasi", QStringLiteral("MEMASAK")}},
            "klasifikasiSertifikasi", 0, "dari daftar");
    }

    void sertifikasi()
    {
        QFETCH(QVariantMap, changes);
        QFETCH(QString, field);
        QFETCH(int, severity);
        QFETCH(QString, message);
        QVariantMap values = validSertifikasi();
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            values.insert(it.key(), it.value());
        const QList<RuleIssue> issues = RecordTypes::sertifikasi().validate(values, context());
        if (severity < 0) {
            QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().message));
            return;
        }
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.first().field, field);
        QCOMPARE(int(issues.first().severity), severity);
        QVERIFY2(issues.first().message.contains(message), qPrintable(issues.first().message));
    }

    void statusMachine()
    {
        QVERIFY(canTransition(SubmissionStatus::Draf, SubmissionStatus::Diajukan));
        QVERIFY(canTransition(SubmissionStatus::PerluPerbaikan, SubmissionStatus::Diajukan));
        QVERIFY(canTransition(SubmissionStatus::Diajukan, SubmissionStatus::Disetujui));
        QVERIFY(!canTransition(SubmissionStatus::Disetujui, SubmissionStatus::Diajukan));
        QVERIFY(!canTransition(SubmissionStatus::Draf, SubmissionStatus::Disetujui));
        QVERIFY(ownerMayEdit(SubmissionStatus::PerluPerbaikan));
        QVERIFY(!ownerMayEdit(SubmissionStatus::Diajukan));
        QCOMPARE(statusDisplayName(SubmissionStatus::Diajukan, StatusWording::TimKerja),
            QStringLiteral("Belum Disetujui"));
        QCOMPARE(statusDisplayName(SubmissionStatus::PerluPerbaikan, StatusWording::TimKerja),
            QStringLiteral("Batal Disetujui"));
        for (auto s : {SubmissionStatus::Draf, SubmissionStatus::Diajukan, SubmissionStatus::Disetujui,
                 SubmissionStatus::PerluPerbaikan, SubmissionStatus::Ditolak})
            QCOMPARE(statusFromCode(statusCode(s)), s);
    }

    void indonesianDates()
    {
        QCOMPARE(indonesianDate(QDate(2026, 1, 15)), QStringLiteral("15 Januari 2026"));
        QCOMPARE(indonesianDate(QDate(2026, 8, 17)), QStringLiteral("17 Agustus 2026"));
        QCOMPARE(RecordTypes::kursus().displayValue(QStringLiteral("jumlahJam"), 4), QStringLiteral("4 jam"));
    }
};

QTEST_GUILESS_MAIN(TestRecordRules)
#include "TestRecordRules.moc"
