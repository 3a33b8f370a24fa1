// SPDX-License-Identifier: GPL-3.0-or-later
// The record types themselves (Kursus, Sertifikasi, Penghargaan, Arsip DMS documents): their forms, their
// rules and where they appear, and the registry (RecordTypes::) that the rest of the program asks.
#include "common/Language.h"
#include "records/RecordType.h"
#include "records/ReferenceLists.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace karier {

namespace {

FieldSpec text(const char* key, const char* label, const char* help = "", const char* placeholder = "")
{
    FieldSpec f;
    f.key = QString::fromUtf8(key);
    // The texts are marked with QT_TRANSLATE_NOOP where the types are made (after the translator
    // is installed: the types are function-local statics built on first use).
    f.label = QCoreApplication::translate("karier::RecordType", label);
    f.help = *help ? QCoreApplication::translate("karier::RecordType", help) : QString();
    f.placeholder = *placeholder ? QCoreApplication::translate("karier::RecordType", placeholder) : QString();
    return f;
}

FieldSpec typed(FieldType type, const char* key, const char* label, const char* help = "")
{
    FieldSpec f = text(key, label, help);
    f.type = type;
    return f;
}

FieldSpec choice(
    const char* key, const char* label, const char* list, bool allowOther = false, const char* help = "")
{
    FieldSpec f = typed(FieldType::Choice, key, label, help);
    f.referenceList = QString::fromUtf8(list);
    f.allowOther = allowOther;
    return f;
}

void notInFuture(QList<RuleIssue>& issues, const QVariantMap& values, const QString& key,
    const QString& label, const QDate& today)
{
    const QDate date = fieldDate(values, key);
    if (date.isValid() && date > today)
        issues.append({key, Severity::Error,
            QCoreApplication::translate("karier::RecordType", "%1 tidak boleh di masa depan (hari ini %2).")
                .arg(label, indonesianDate(today))});
}

QString jp(double value)
{
    if (std::abs(value - std::round(value)) < 0.05)
        return QString::number(qRound(value));
    return shownLocale().toString(value, 'f', 1);
}

QList<RuleIssue> kursusRules(const QVariantMap& values, const RuleContext& context)
{
    QList<RuleIssue> issues;
    notInFuture(issues, values, QStringLiteral("tanggalKursus"),
        QCoreApplication::translate("karier::RecordType", "Tanggal Mulai"), context.today);
    notInFuture(issues, values, QStringLiteral("tanggalSelesaiKursus"),
        QCoreApplication::translate("karier::RecordType", "Tanggal Berakhir"), context.today);
    const QDate start = fieldDate(values, QStringLiteral("tanggalKursus"));
    const QDate end = fieldDate(values, QStringLiteral("tanggalSelesaiKursus"));
    if (start.isValid() && end.isValid() && end < start)
        issues.append({QStringLiteral("tanggalSelesaiKursus"), Severity::Error,
            QCoreApplication::translate(
                "karier::RecordType", "Tanggal Berakhir tidak boleh sebelum Tanggal Mulai (%1).")
                .arg(indonesianDate(start))});
    const QVariant year = values.value(QStringLiteral("tahunKursus"));
    if (start.isValid() && !isEmptyValue(year) && year.toInt() != start.year())
        issues.append({QStringLiteral("tahunKursus"), Severity::Error,
            QCoreApplication::translate(
                "karier::RecordType", "Tahun Kursus harus sama dengan tahun Tanggal Mulai (%1).")
                .arg(start.year())});
    const QVariant hoursValue = values.value(QStringLiteral("jumlahJam"));
    if (start.isValid() && end.isValid() && end >= start && !isEmptyValue(hoursValue)) {
        const int hours = hoursValue.toInt();
        const qint64 days = start.daysTo(end) + 1;
        const qint64 maximum = days * context.maxJpPerDay;
        if (hours > maximum)
            issues.append({QStringLiteral("jumlahJam"), Severity::Error,
                QCoreApplication::translate("karier::RecordType",
                    "Durasi %1 JP melebihi batas: paling banyak %2 JP per hari, jadi untuk "
                    "kegiatan %3 hari paling banyak %4 JP.")
                    .arg(hours)
                    .arg(context.maxJpPerDay)
                    .arg(days)
                    .arg(maximum)});
        else if (!context.otherJpPerDay.isEmpty()) {
            // Spread this activity evenly over its days and add what other activities claim.
            const double perDay = double(hours) / double(days);
            int overDays = 0;
            QDate firstDay;
            double firstTotal = 0;
            double firstOther = 0;
            for (QDate day = start; day <= end; day = day.addDays(1)) {
                const double other = context.otherJpPerDay.value(day, 0.0);
                const double total = other + perDay;
                if (other > 0 && total > context.maxJpPerDay + 1e-9) {
                    if (overDays == 0) {
                        firstDay = day;
                        firstTotal = total;
                        firstOther = other;
                    }
                    ++overDays;
                }
            }
            if (overDays > 0) {
                QString message = QCoreApplication::translate("karier::RecordType",
                    "Pada %1 total JP Anda menjadi %2 JP (kegiatan lain %3 JP), melebihi "
                    "batas %4 JP per hari.")
                                      .arg(indonesianDate(firstDay), jp(firstTotal), jp(firstOther))
                                      .arg(context.maxJpPerDay);
                if (overDays > 1)
                    message += QCoreApplication::translate("karier::RecordType",
                        " Hal yang sama terjadi pada %n hari lain.", nullptr, overDays - 1);
                issues.append({QStringLiteral("jumlahJam"), Severity::Warning, message});
            }
        }
    }
    return issues;
}

QList<RuleIssue> sertifikasiRules(const QVariantMap& values, const RuleContext& context)
{
    QList<RuleIssue> issues;
    notInFuture(issues, values, QStringLiteral("tanggalSertifikat"),
        QCoreApplication::translate("karier::RecordType", "Tanggal Sertifikat"), context.today);
    const QDate from = fieldDate(values, QStringLiteral("masaBerlakuSertMulai"));
    const QDate until = fieldDate(values, QStringLiteral("masaBerlakuSertSelasai"));
    if (from.isValid() && until.isValid() && until < from)
        issues.append({QStringLiteral("masaBerlakuSertSelasai"), Severity::Error,
            QCoreApplication::translate(
                "karier::RecordType", "Masa Berlaku Selesai tidak boleh sebelum Masa Berlaku Mulai (%1).")
                .arg(indonesianDate(from))});
    else if (until.isValid() && until < context.today)
        issues.append({QStringLiteral("masaBerlakuSertSelasai"), Severity::Warning,
            QCoreApplication::translate("karier::RecordType", "Sertifikat ini sudah tidak berlaku sejak %1.")
                .arg(indonesianDate(until))});
    return issues;
}

bool isKaryaSatya(const QString& jenis)
{
    return jenis.startsWith(QLatin1String("Satyalancana Karya Satya"));
}

QList<RuleIssue> penghargaanRules(const QVariantMap& values, const RuleContext& context)
{
    QList<RuleIssue> issues;
    const QString kelompok = values.value(QStringLiteral("kelompokPenghargaan")).toString().trimmed();
    const QString skala = values.value(QStringLiteral("skalaPenghargaan")).toString().trimmed();
    const QString jenis = values.value(QStringLiteral("jenisPenghargaan")).toString().trimmed();
    const bool satyaLencana = kelompok == QLatin1String("SATYA LENCANA");
    const bool karyaSatya = isKaryaSatya(jenis);
    if (satyaLencana && !skala.isEmpty() && skala != QLatin1String("Nasional"))
        issues.append({QStringLiteral("skalaPenghargaan"), Severity::Error,
            QCoreApplication::translate("karier::RecordType", "Satya Lencana selalu berskala Nasional.")});
    if (satyaLencana && !jenis.isEmpty() && !karyaSatya)
        issues.append({QStringLiteral("jenisPenghargaan"), Severity::Error,
            QCoreApplication::translate("karier::RecordType",
                "Untuk Satya Lencana pilih Satyalancana Karya Satya X, XX atau XXX Tahun.")});
    if (!satyaLencana && !kelompok.isEmpty() && karyaSatya)
        issues.append({QStringLiteral("jenisPenghargaan"), Severity::Error,
            QCoreApplication::translate("karier::RecordType",
                "Satyalancana Karya Satya hanya untuk Kelompok Penghargaan SATYA LENCANA.")});

    const QVariant yearValue = values.value(QStringLiteral("tahun"));
    const int year = yearValue.isNull() ? 0 : yearValue.toString().toInt();
    if (year > 0 && context.tmt.isValid() && year < context.tmt.year())
        issues.append({QStringLiteral("tahun"), Severity::Error,
            QCoreApplication::translate(
                "karier::RecordType", "Tahun Perolehan tidak boleh sebelum tahun TMT CPNS Anda (%1).")
                .arg(context.tmt.year())});
    notInFuture(issues, values, QStringLiteral("skDate"),
        QCoreApplication::translate("karier::RecordType", "Tanggal Surat Keputusan"), context.today);
    const QDate skDate = fieldDate(values, QStringLiteral("skDate"));
    if (year > 0 && skDate.isValid() && skDate.year() != year && skDate <= context.today)
        issues.append({QStringLiteral("skDate"), Severity::Warning,
            QCoreApplication::translate("karier::RecordType",
                "Tanggal Surat Keputusan (%1) tidak jatuh pada Tahun Perolehan %2; periksa "
                "kembali keduanya.")
                .arg(indonesianDate(skDate))
                .arg(year)});
    if (karyaSatya && context.tmt.isValid()) {
        const int required = jenis.contains(QLatin1String(" XXX ")) ? 30
            : jenis.contains(QLatin1String(" XX "))                 ? 20
                                                                    : 10;
        const QDate until = skDate.isValid() ? skDate : (year > 0 ? QDate(year, 12, 31) : context.today);
        int served = until.year() - context.tmt.year();
        if (QDate(context.tmt.year() + served, context.tmt.month(), context.tmt.day()) > until)
            --served;
        if (served < required)
            issues.append({QStringLiteral("jenisPenghargaan"), Severity::Warning,
                QCoreApplication::translate("karier::RecordType",
                    "%1 memerlukan masa kerja sekurang-kurangnya %2 tahun; dari TMT CPNS %3 "
                    "sampai %4 baru %5 tahun.")
                    .arg(jenis)
                    .arg(required)
                    .arg(indonesianDate(context.tmt), indonesianDate(until))
                    .arg(served)});
    }
    return issues;
}

QStringList penghargaanChoices(const QString& key, const QVariantMap& values)
{
    const bool satyaLencana
        = values.value(QStringLiteral("kelompokPenghargaan")).toString() == QLatin1String("SATYA LENCANA");
    if (key == QLatin1String("skalaPenghargaan") && satyaLencana)
        return {QStringLiteral("Nasional")};
    if (key == QLatin1String("jenisPenghargaan")) {
        QStringList items = ReferenceLists::items(QStringLiteral("jenis-penghargaan"));
        items.removeIf([&](const QString& item) { return isKaryaSatya(item) != satyaLencana; });
        return items;
    }
    return {};
}

QVariantMap penghargaanImplied(const QVariantMap& values, const QString& changedKey)
{
    QVariantMap changes;
    if (changedKey != QLatin1String("kelompokPenghargaan"))
        return changes;
    const bool satyaLencana
        = values.value(QStringLiteral("kelompokPenghargaan")).toString() == QLatin1String("SATYA LENCANA");
    if (satyaLencana)
        changes.insert(QStringLiteral("skalaPenghargaan"), QStringLiteral("Nasional"));
    const QString jenis = values.value(QStringLiteral("jenisPenghargaan")).toString();
    if (!jenis.isEmpty() && isKaryaSatya(jenis) != satyaLencana)
        changes.insert(QStringLiteral("jenisPenghargaan"), QVariant());
    return changes;
}

RecordType makeKursus()
{
    RecordType t;
    t.code = QStringLiteral("kursus");
    t.title = QCoreApplication::translate("karier::RecordType", "Kursus");
    t.wizardTitle = QCoreApplication::translate("karier::RecordType", "Tambah Riwayat Sertifikasi — Kursus");
    t.documentLabel = QCoreApplication::translate("karier::RecordType", "Dokumen Sertifikat Kursus");
    t.isSertifikasiKind = true;
    t.fields = {
        choice("jenisKursus", QT_TRANSLATE_NOOP("karier::RecordType", "Jenis Kursus"), "jenis-kursus", false,
            QT_TRANSLATE_NOOP("karier::RecordType", "Misalnya Sosialisasi, Bimbingan Teknis, Seminar.")),
        choice("klasifikasi", QT_TRANSLATE_NOOP("karier::RecordType", "Klasifikasi Kursus"), "rumpun"),
        text("namaKursus", QT_TRANSLATE_NOOP("karier::RecordType", "Nama Kursus"),
            QT_TRANSLATE_NOOP("karier::RecordType", "Tulis sesuai sertifikat."),
            QT_TRANSLATE_NOOP("karier::RecordType", "contoh: Sosialisasi Pelaporan LHKPN Tahun 2026")),
        text("institusiPenyelenggara", QT_TRANSLATE_NOOP("karier::RecordType", "Institusi Penyelenggara"), "",
            QT_TRANSLATE_NOOP("karier::RecordType", "contoh: BKPSDM Kota Surakarta")),
        text("nomorSertipikat", QT_TRANSLATE_NOOP("karier::RecordType", "Nomor Sertifikat"), "",
            QT_TRANSLATE_NOOP("karier::RecordType", "contoh: 20/BKPSDM/003/I/2026")),
        typed(FieldType::Year, "tahunKursus", QT_TRANSLATE_NOOP("karier::RecordType", "Tahun Kursus"),
            QT_TRANSLATE_NOOP("karier::RecordType", "Sama dengan tahun Tanggal Mulai.")),
        typed(FieldType::Date, "tanggalKursus", QT_TRANSLATE_NOOP("karier::RecordType", "Tanggal Mulai")),
        typed(FieldType::Date, "tanggalSelesaiKursus",
            QT_TRANSLATE_NOOP("karier::RecordType", "Tanggal Berakhir")),
        typed(FieldType::Integer, "jumlahJam", QT_TRANSLATE_NOOP("karier::RecordType", "Durasi (jam)"),
            QT_TRANSLATE_NOOP("karier::RecordType",
                "Dalam JP (jam pelajaran, 45 menit); paling banyak 8 JP per hari kegiatan.")),
    };
    t.fields[8].minimum = 1;
    t.fields[8].maximum = 2000;
    t.titleField = QStringLiteral("namaKursus");
    t.numberField = QStringLiteral("nomorSertipikat");
    t.startField = QStringLiteral("tanggalKursus");
    t.endField = QStringLiteral("tanggalSelesaiKursus");
    t.hoursField = QStringLiteral("jumlahJam");
    t.rules = kursusRules;
    t.riwayatPage = QStringLiteral("sertifikasi");
    t.countsJp = true;
    t.batchEntry = true;
    t.firstEntryHint = QCoreApplication::translate("karier::RiwayatPage",
        "Belum ada riwayat. Klik Tambah Kursus untuk mencatat pelatihan pertama Anda.");
    return t;
}

RecordType makeSertifikasi()
{
    RecordType t;
    t.code = QStringLiteral("sertifikasi");
    t.title = QCoreApplication::translate("karier::RecordType", "Sertifikasi");
    t.wizardTitle
        = QCoreApplication::translate("karier::RecordType", "Tambah Riwayat Sertifikasi — Sertifikasi");
    t.documentLabel = QCoreApplication::translate("karier::RecordType", "Dokumen Sertifikat Kompetensi");
    t.isSertifikasiKind = true;
    FieldSpec gelarDepan = text("gelarDepanSert", QT_TRANSLATE_NOOP("karier::RecordType", "Gelar Depan"),
        QT_TRANSLATE_NOOP("karier::RecordType", "Isi bila sertifikat memberi gelar di depan nama."));
    gelarDepan.required = false;
    gelarDepan.group = QCoreApplication::translate("karier::RecordType", "Letak Gelar");
    gelarDepan.maxLength = 30;
    FieldSpec gelarBelakang
        = text("gelarBelakangSert", QT_TRANSLATE_NOOP("karier::RecordType", "Gelar Belakang"),
            QT_TRANSLATE_NOOP("karier::RecordType", "Isi bila sertifikat memberi gelar di belakang nama."));
    gelarBelakang.required = false;
    gelarBelakang.group = QCoreApplication::translate("karier::RecordType", "Letak Gelar");
    gelarBelakang.maxLength = 30;
    FieldSpec until = typed(FieldType::Date, "masaBerlakuSertSelasai",
        QT_TRANSLATE_NOOP("karier::RecordType", "Masa Berlaku Selesai"),
        QT_TRANSLATE_NOOP("karier::RecordType", "Kosongkan bila sertifikat berlaku seumur hidup."));
    until.required = false;
    t.fields = {
        choice("klasifikasiSertifikasi", QT_TRANSLATE_NOOP("karier::RecordType", "Klasifikasi Sertifikasi"),
            "klasifikasi-sertifikasi"),
        text("namaSertifikasi", QT_TRANSLATE_NOOP("karier::RecordType", "Nama Sertifikasi"),
            QT_TRANSLATE_NOOP("karier::RecordType", "Tulis sesuai sertifikat."),
            QT_TRANSLATE_NOOP(
                "karier::RecordType", "contoh: Sertifikat Kompetensi Pengadaan Barang/Jasa Tingkat Dasar")),
        text("nomorSertifikat", QT_TRANSLATE_NOOP("karier::RecordType", "Nomor Sertifikat")),
        typed(FieldType::Date, "tanggalSertifikat",
            QT_TRANSLATE_NOOP("karier::RecordType", "Tanggal Sertifikat")),
        typed(FieldType::Date, "masaBerlakuSertMulai",
            QT_TRANSLATE_NOOP("karier::RecordType", "Masa Berlaku Mulai")),
        until,
        gelarDepan,
        gelarBelakang,
        choice("lembagaSertifikasiNama", QT_TRANSLATE_NOOP("karier::RecordType", "Lembaga Sertifikasi"),
            "lembaga-sertifikasi", true,
            QT_TRANSLATE_NOOP(
                "karier::RecordType", "Pilih dari daftar atau ketik nama lembaga, misalnya LKPP.")),
    };
    t.titleField = QStringLiteral("namaSertifikasi");
    t.numberField = QStringLiteral("nomorSertifikat");
    t.startField = QStringLiteral("tanggalSertifikat");
    t.rules = sertifikasiRules;
    t.riwayatPage = QStringLiteral("sertifikasi");
    return t;
}

RecordType makePenghargaan()
{
    RecordType t;
    t.code = QStringLiteral("penghargaan");
    t.title = QCoreApplication::translate("karier::RecordType", "Penghargaan");
    t.wizardTitle = QCoreApplication::translate("karier::RecordType", "Tambah Riwayat Penghargaan");
    t.documentLabel = QCoreApplication::translate("karier::RecordType", "Dokumen Sertifikat Penghargaan");
    t.fields = {
        choice("skalaPenghargaan", QT_TRANSLATE_NOOP("karier::RecordType", "Skala Penghargaan"),
            "skala-penghargaan", false,
            QT_TRANSLATE_NOOP("karier::RecordType",
                "Pilih sesuai ruang lingkup penghargaan; Satya Lencana selalu Nasional.")),
        choice("kelompokPenghargaan", QT_TRANSLATE_NOOP("karier::RecordType", "Kelompok Penghargaan"),
            "kelompok-penghargaan", false,
            QT_TRANSLATE_NOOP(
                "karier::RecordType", "PENGHARGAAN LAINNYA, kecuali Satyalancana Karya Satya.")),
        choice("jenisPenghargaan", QT_TRANSLATE_NOOP("karier::RecordType", "Jenis Penghargaan"),
            "jenis-penghargaan"),
        typed(FieldType::Year, "tahun", QT_TRANSLATE_NOOP("karier::RecordType", "Tahun Perolehan"),
            QT_TRANSLATE_NOOP("karier::RecordType", "Sesuai yang tertulis pada sertifikat.")),
        text("skNomor", QT_TRANSLATE_NOOP("karier::RecordType", "Nomor Surat Keputusan")),
        typed(FieldType::Date, "skDate", QT_TRANSLATE_NOOP("karier::RecordType", "Tanggal Surat Keputusan")),
    };
    t.titleField = QStringLiteral("jenisPenghargaan");
    t.numberField = QStringLiteral("skNomor");
    t.startField = QStringLiteral("skDate");
    t.listColumns = {
        {QStringLiteral("nama"), QCoreApplication::translate("karier::RecordType", "Jenis Penghargaan")},
        {QStringLiteral("skalaPenghargaan"), QCoreApplication::translate("karier::RecordType", "Skala")},
        {QStringLiteral("kelompokPenghargaan"),
            QCoreApplication::translate("karier::RecordType", "Kelompok")},
        {QStringLiteral("tahun"), QCoreApplication::translate("karier::RecordType", "Tahun")},
        {QStringLiteral("nomor"), QCoreApplication::translate("karier::RecordType", "Nomor SK")},
        {QStringLiteral("tanggal"), QCoreApplication::translate("karier::RecordType", "Tanggal SK")},
    };
    t.rules = penghargaanRules;
    t.choices = penghargaanChoices;
    t.implied = penghargaanImplied;
    t.riwayatPage = QStringLiteral("penghargaan");
    t.batchEntry = true;
    t.countsForDmsScore = true; // an approved award completes the Penghargaan row
    return t;
}

RecordType makeDms()
{
    RecordType t;
    t.code = QStringLiteral("dms");
    t.title = QCoreApplication::translate("karier::RecordType", "Dokumen Arsip DMS");
    t.wizardTitle = QCoreApplication::translate("karier::RecordType", "Unggah Dokumen Arsip DMS");
    t.documentLabel = QCoreApplication::translate("karier::RecordType", "Dokumen Arsip");
    t.formIntro = QCoreApplication::translate(
        "karier::RecordType", "Isi sesuai dokumen yang diunggah. Kolom bertanda %1 wajib diisi.");
    t.fields = {
        text("kategori", QT_TRANSLATE_NOOP("karier::RecordType", "Kategori Arsip")),
        text("referensi", QT_TRANSLATE_NOOP("karier::RecordType", "Riwayat"),
            QT_TRANSLATE_NOOP("karier::RecordType", "Dokumen untuk riwayat ini, mis. ijazah atau SK.")),
    };
    t.titleField = QStringLiteral("referensi");
    t.allowsDraft = false;
    t.countsForDmsScore = true; // a verified document completes its row
    return t;
}

} // namespace

QStringList RiwayatPageSpec::typeCodes() const
{
    QStringList codes;
    for (const RecordType* type : types)
        codes << type->code;
    return codes;
}

namespace RecordTypes {

const RecordType& kursus()
{
    static const RecordType type = makeKursus();
    return type;
}

const RecordType& sertifikasi()
{
    static const RecordType type = makeSertifikasi();
    return type;
}

const RecordType& penghargaan()
{
    static const RecordType type = makePenghargaan();
    return type;
}

const RecordType& dms()
{
    static const RecordType type = makeDms();
    return type;
}

QList<const RecordType*> all()
{
    return {&kursus(), &sertifikasi(), &penghargaan()};
}

QList<const RecordType*> stored()
{
    return all() << &dms() << &timKerja();
}

QStringList codesWhere(bool RecordType::*flag)
{
    QStringList codes;
    for (const RecordType* type : stored()) {
        if (type->*flag)
            codes << type->code;
    }
    return codes;
}

const RecordType* byCode(const QString& code)
{
    for (const RecordType* type : stored()) {
        if (type->code == code)
            return type;
    }
    return nullptr;
}

QList<RiwayatPageSpec> riwayatPages()
{
    // A new page is one row here; a new type on an existing page only names the page (riwayatPage).
    QList<RiwayatPageSpec> pages {
        {QStringLiteral("sertifikasi"),
            QCoreApplication::translate("karier::RiwayatPage", "Riwayat Sertifikasi"),
            QCoreApplication::translate(
                "karier::RiwayatPage", "Kursus dan sertifikat kompetensi Anda beserta status verifikasinya."),
            {}},
        {QStringLiteral("penghargaan"),
            QCoreApplication::translate("karier::RiwayatPage", "Riwayat Penghargaan"),
            QCoreApplication::translate(
                "karier::RiwayatPage", "Penghargaan Anda beserta status verifikasinya."),
            {}},
    };
    for (RiwayatPageSpec& page : pages) {
        for (const RecordType* type : all()) {
            if (type->riwayatPage == page.key)
                page.types << type;
        }
    }
    return pages;
}

QList<ListColumn> listColumns(const QList<const RecordType*>& types)
{
    static const QList<ListColumn> common {{QStringLiteral("jenis"), {}}, {QStringLiteral("nama"), {}},
        {QStringLiteral("nomor"), {}}, {QStringLiteral("tanggal"), {}}, {QStringLiteral("durasi"), {}}};
    QList<ListColumn> columns;
    for (const RecordType* type : types) {
        for (const ListColumn& column : type->listColumns.isEmpty() ? common : type->listColumns) {
            const bool known = std::any_of(
                columns.cbegin(), columns.cend(), [&](const ListColumn& c) { return c.key == column.key; });
            if (!known)
                columns << column;
        }
    }
    return types.isEmpty() ? common : columns;
}

std::optional<RiwayatPageSpec> riwayatPageOf(const QString& typeCode)
{
    for (const RiwayatPageSpec& page : riwayatPages()) {
        for (const RecordType* type : page.types) {
            if (type->code == typeCode)
                return page;
        }
    }
    return std::nullopt;
}

} // namespace RecordTypes

} // namespace karier
