// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/ReferenceLists.h"

#include "common/Resources.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace karier::ReferenceLists {

namespace {

struct List
{
    QStringList items;
    QHash<QString, QString> help;
};

/// Reads :/karier/reference/NAME.json once: {"items": [...], "help": {"item": "explanation"}}.
List load(const QString& name)
{
    static QMutex mutex;
    static QHash<QString, List> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(name); it != cache.constEnd())
        return *it;
    ensureCoreResources();
    List list;
    QFile file(QStringLiteral(":/karier/reference/%1.json").arg(name));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray array = object.value(QStringLiteral("items")).toArray();
        for (const QJsonValue& value : array)
            list.items << value.toString();
        const QJsonObject help = object.value(QStringLiteral("help")).toObject();
        for (auto it = help.constBegin(); it != help.constEnd(); ++it)
            list.help.insert(it.key(), it.value().toString());
    }
    cache.insert(name, list);
    return list;
}

/// The option lists' items and explanations that have a translation, the same texts as their JSON files
/// (TestEnglishMessages shows each of them translated); lupdate reads them from here.
[[maybe_unused]] constexpr const char* Translated[] = {
    QT_TRANSLATE_NOOP("karier::ReferenceLists", "Berlaku"),
    QT_TRANSLATE_NOOP("karier::ReferenceLists", "Tidak Berlaku"),
    QT_TRANSLATE_NOOP("karier::ReferenceLists", "Lintas Perangkat Daerah"),
    QT_TRANSLATE_NOOP("karier::ReferenceLists", "Internal Perangkat Daerah"),
    QT_TRANSLATE_NOOP("karier::ReferenceLists", "Ketua"),
    QT_TRANSLATE_NOOP("karier::ReferenceLists", "Anggota"),
    QT_TRANSLATE_NOOP("karier::ReferenceLists",
        "Apabila SK dibuat sejak lama, tetapi masih berlaku sampai dengan saat ini. Contoh: Anda menjadi "
        "anggota tim PAKSI; SK sudah terbit sejak 2022, tetapi sampai saat ini masih berlaku."),
    QT_TRANSLATE_NOOP("karier::ReferenceLists",
        "Apabila SK yang sudah dibuat sudah tidak berlaku. Contoh: Anda menjadi anggota tim Pemilihan "
        "Umum; SK diterbitkan pada 2024, tetapi saat ini sudah tidak berlaku."),
    QT_TRANSLATE_NOOP("karier::ReferenceLists",
        "Apabila Tim Kerja / Tim Penugasan tersebut melibatkan lintas perangkat daerah."),
    QT_TRANSLATE_NOOP("karier::ReferenceLists",
        "Apabila Tim Kerja / Tim Penugasan tersebut hanya internal dalam perangkat daerah."),
    QT_TRANSLATE_NOOP("karier::ReferenceLists", "Apabila kedudukan dalam Tim sebagai Ketua."),
    QT_TRANSLATE_NOOP("karier::ReferenceLists", "Apabila kedudukan dalam Tim sebagai Anggota."),
    // Riwayat Penghargaan: the explanations under Jenis, Kelompok and Skala (the items are names, kept).
    QT_TRANSLATE_NOOP("karier::ReferenceLists",
        "Penghargaan pada ASN yang patut ditiru sebagai teladan dan dicontoh karena memiliki "
        "integritas, kompetensi, kinerja dan inovasi yang tinggi dalam memajukan organisasi, "
        "memiliki inovasi dalam mendukung pelaksanaan tugas. Contoh: Kompetisi Anugerah ASN "
        "Nasional kategori ASN Teladan."),
    QT_TRANSLATE_NOOP("karier::ReferenceLists",
        "ASN yang dipilih dan ditetapkan berdasarkan penilaian terhadap integritas, disiplin dan "
        "berkinerja minimal baik serta inovatif dalam melaksanakan tugas dan berdampak bagi "
        "organisasi. Contoh: Penghargaan ASN Berprestasi tingkat Pemerintah Kota Surakarta."),
    QT_TRANSLATE_NOOP("karier::ReferenceLists",
        "Penghargaan diberikan pada ASN yang dapat menggerakkan, membangkitkan, dan memberikan "
        "semangat bagi diri sendiri dan lingkungannya untuk sesuatu yang positif dan berguna, "
        "memiliki kiprah nyata dan/atau karya inovasi yang inspiratif dan yang berdampak terhadap "
        "peningkatan kualitas pelayanan publik. Contoh: Lomba Gender Champion; Lomba Agen "
        "Perubahan."),
    QT_TRANSLATE_NOOP("karier::ReferenceLists",
        "Penghargaan diberikan pada ASN yang menginisiasi, menciptakan gagasan kreatif, "
        "terobosan, atau modifikasi pelayanan publik untuk meningkatkan efektivitas dan kualitas "
        "kerja yang berdampak bagi pengguna layanan. Contoh: Gelar Inovasi Perangkat Daerah."),
    QT_TRANSLATE_NOOP("karier::ReferenceLists",
        "Penghargaan pada ASN yang memiliki rekam jejak, integritas, dan moralitas yang baik "
        "serta memiliki penilaian kinerja minimal baik dengan memiliki inovasi dan prestasi yang "
        "berdampak bagi instansi. Contoh: ASN Berprestasi Perangkat Daerah Bulanan (ASN Pelayanan "
        "Publik)."),
    QT_TRANSLATE_NOOP(
        "karier::ReferenceLists", "Untuk masa kerja sekurang-kurangnya 10 tahun sejak TMT CPNS."),
    QT_TRANSLATE_NOOP(
        "karier::ReferenceLists", "Untuk masa kerja sekurang-kurangnya 20 tahun sejak TMT CPNS."),
    QT_TRANSLATE_NOOP(
        "karier::ReferenceLists", "Untuk masa kerja sekurang-kurangnya 30 tahun sejak TMT CPNS."),
    QT_TRANSLATE_NOOP("karier::ReferenceLists", "Semua penghargaan selain Satya Lencana."),
    QT_TRANSLATE_NOOP("karier::ReferenceLists", "Satyalancana Karya Satya dari Presiden; skala Nasional."),
    QT_TRANSLATE_NOOP("karier::ReferenceLists",
        "Apabila penghargaan diterima dalam lingkup Unit Kerja, Sub Unit Kerja, dan Perangkat "
        "Daerah."),
    QT_TRANSLATE_NOOP("karier::ReferenceLists", "Apabila penghargaan diterima dalam lingkup Kabupaten/Kota."),
    QT_TRANSLATE_NOOP(
        "karier::ReferenceLists", "Apabila penghargaan diterima dalam lingkup Regional/Provinsi."),
    QT_TRANSLATE_NOOP("karier::ReferenceLists",
        "Apabila penghargaan diterima dalam lingkup Nasional. Satya Lencana selalu berskala "
        "Nasional."),
    QT_TRANSLATE_NOOP("karier::ReferenceLists", "Apabila penghargaan diterima dalam lingkup Internasional."),
};

QString translated(const QString& text)
{
    if (text.isEmpty())
        return text;
    return QCoreApplication::translate("karier::ReferenceLists", text.toUtf8().constData());
}

} // namespace

QStringList items(const QString& name)
{
    return load(name).items;
}

QString help(const QString& name, const QString& item)
{
    return translated(load(name).help.value(item));
}

QString label(const QString& item)
{
    return translated(item);
}

} // namespace karier::ReferenceLists
