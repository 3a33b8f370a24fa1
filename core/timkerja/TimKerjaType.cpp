// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/LinkUrl.h"
#include "records/RecordType.h"
#include "timkerja/TimKerja.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace karier {

namespace {

constexpr char KodeAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

FieldSpec field(FieldType type, const QString& key, const char* label, const char* help = "",
    const char* referenceList = "")
{
    FieldSpec f;
    f.key = key;
    f.label = QCoreApplication::translate("karier::RecordType", label);
    f.type = type;
    f.help = *help ? QCoreApplication::translate("karier::RecordType", help) : QString();
    f.referenceList = QString::fromUtf8(referenceList);
    return f;
}

QList<RuleIssue> timKerjaRules(const QVariantMap& values, const RuleContext& context)
{
    using namespace TimKerja;
    QList<RuleIssue> issues;
    const QVariant dateValue = values.value(Key::tanggalSk());
    const QDate date = dateValue.typeId() == QMetaType::QDate
        ? dateValue.toDate()
        : QDate::fromString(dateValue.toString(), Qt::ISODate);
    if (date.isValid() && date > context.today)
        issues.append({Key::tanggalSk(), Severity::Error,
            QCoreApplication::translate("karier::RecordType",
                "Tgl Surat Keputusan / Surat Perintah Penugasan tidak boleh di masa depan (hari "
                "ini %1).")
                .arg(indonesianDate(context.today))});

    const QString kode = values.value(Key::kodeKegiatan()).toString().trimmed();
    if (kode.isEmpty())
        issues.append({Key::kodeKegiatan(), Severity::Error,
            QCoreApplication::translate(
                "karier::RecordType", "Kode Kegiatan wajib diisi: tekan F2 atau klik Buat Kode Baru.")});
    else if (!isKode(kode))
        issues.append({Key::kodeKegiatan(), Severity::Error,
            QCoreApplication::translate(
                "karier::RecordType", "Kode Kegiatan \"%1\" tidak sah: tekan F2 atau klik Buat Kode Baru.")
                .arg(kode)});

    const QString url = values.value(Key::urlBuktiDukung()).toString();
    if (!url.trimmed().isEmpty()) {
        auto parsed = LinkUrl::parse(url);
        if (!parsed)
            issues.append({Key::urlBuktiDukung(), Severity::Error, parsed.error().message});
    }
    return issues;
}

RecordType makeTimKerja()
{
    using namespace TimKerja;
    RecordType t;
    t.code = typeCode();
    t.title = QCoreApplication::translate("karier::RecordType", "Tim Kerja");
    t.wizardTitle = QCoreApplication::translate("karier::RecordType", "Form Tim Kerja");
    t.documentLabel = QCoreApplication::translate("karier::RecordType", "URL Bukti Dukung");
    FieldSpec kode = field(FieldType::Text, Key::kodeKegiatan(),
        QT_TRANSLATE_NOOP("karier::RecordType", "Kode Kegiatan"),
        QT_TRANSLATE_NOOP("karier::RecordType",
            "Tekan F2 atau klik Buat Kode Baru. Kode ini menyimpan ID data Anda, supaya bisa tersimpan."));
    kode.required = false; // the rule says how to get one
    kode.maxLength = 20;
    FieldSpec nama = field(FieldType::Text, Key::namaTimKerja(),
        QT_TRANSLATE_NOOP("karier::RecordType", "Nama Tim Kerja / Nama Penugasan"),
        QT_TRANSLATE_NOOP("karier::RecordType", "Tulis sesuai Surat Keputusan / Surat Perintah Penugasan."));
    nama.placeholder = QCoreApplication::translate(
        "karier::RecordType", "contoh: Tim Pelaksana Reformasi Birokrasi Kota Surakarta");
    FieldSpec url = field(FieldType::Text, Key::urlBuktiDukung(),
        QT_TRANSLATE_NOOP("karier::RecordType", "URL Bukti Dukung"),
        QT_TRANSLATE_NOOP("karier::RecordType",
            "Unggah SK Tim Kerja / Penugasan ke Google Drive / Cloud, lalu salin tautannya ke sini. Pastikan "
            "tautan tidak privat supaya dapat dicek oleh tim verifikator."));
    url.placeholder = QStringLiteral("https://drive.google.com/file/d/…");
    url.maxLength = LinkUrl::MaxLength;
    t.fields = {
        field(FieldType::Date, Key::tanggalSk(),
            QT_TRANSLATE_NOOP("karier::RecordType", "Tgl Surat Keputusan / Surat Perintah Penugasan"),
            QT_TRANSLATE_NOOP("karier::RecordType",
                "Tanggal yang tertulis pada Surat Keputusan / Surat Perintah Penugasan.")),
        field(FieldType::Choice, Key::keteranganSk(),
            QT_TRANSLATE_NOOP("karier::RecordType", "Keterangan SK"),
            QT_TRANSLATE_NOOP("karier::RecordType", "Pilih kondisi SK saat ini."), "keterangan-sk"),
        kode,
        nama,
        field(FieldType::Choice, Key::ruangLingkup(),
            QT_TRANSLATE_NOOP("karier::RecordType", "Ruang Lingkup"), "", "ruang-lingkup"),
        field(FieldType::Choice, Key::kedudukan(), QT_TRANSLATE_NOOP("karier::RecordType", "Kedudukan"), "",
            "kedudukan-tim"),
        url,
    };
    t.titleField = Key::namaTimKerja();
    t.startField = Key::tanggalSk();
    t.rules = timKerjaRules;
    t.verifiedByPengelola = true;
    return t;
}

} // namespace

namespace TimKerja {

QString randomKode()
{
    QString kode = QStringLiteral("TK-");
    QRandomGenerator* random = QRandomGenerator::system();
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            kode += QLatin1Char('-');
        kode += QLatin1Char(KodeAlphabet[random->bounded(32)]);
    }
    return kode;
}

bool isKode(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^TK-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"));
    return pattern.match(text).hasMatch();
}

} // namespace TimKerja

namespace RecordTypes {

const RecordType& timKerja()
{
    static const RecordType type = makeTimKerja();
    return type;
}

} // namespace RecordTypes

} // namespace karier
