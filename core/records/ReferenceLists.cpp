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

QStringList items(const QString& name)
{
    static QMutex mutex;
    static QHash<QString, QStringList> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(name); it != cache.constEnd())
        return *it;
    ensureCoreResources();
    QStringList list;
    QFile file(QStringLiteral(":/karier/reference/%1.json").arg(name));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonArray array
            = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("items")).toArray();
        for (const QJsonValue& value : array)
            list << value.toString();
    }
    cache.insert(name, list);
    return list;
}

} // namespace karier::ReferenceLists
