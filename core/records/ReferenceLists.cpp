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
