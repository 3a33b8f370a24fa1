// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Async.h"

#include <QCoreApplication>
#include <QThread>

namespace karier {

QThreadPool* cpuPool()
{
    // Owned by the application: its destructor waits for running jobs before Qt goes away.
    static QThreadPool* pool = [] {
        auto* created = new QThreadPool(QCoreApplication::instance());
        created->setObjectName(QStringLiteral("karier-cpu"));
        created->setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
        return created;
    }();
    return pool;
}

} // namespace karier
