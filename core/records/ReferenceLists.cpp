// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/ReferenceLists.h"

#include "common/Resources.h"

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

} // namespace

QStringList items(const QString& name)
{
    return load(name).items;
}

QString help(const QString& name, const QString& item)
{
    return load(name).help.value(item);
}

} // namespace karier::ReferenceLists
