// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace karier {

/// The threads for CPU work of the GUI (PDF drawing, argon2id in the first-run dialog, file
/// reading and writing, thumbnails): apart from the database's own workers, so a long CPU job never
/// delays a page load, and apart from Qt's global pool, which the PDF fitter's maps use.
QThreadPool* cpuPool();

namespace detail {

/// Hands \a value to \a done on the GUI thread, unless \a context is gone by then. The check runs on
/// the GUI thread, where widgets are destroyed, so it cannot race with the destruction.
template<class T> void deliver(QPointer<QObject> context, std::function<void(T)> done, T value)
{
    auto shared = std::make_shared<std::optional<T>>(std::move(value));
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [context, shared, done = std::move(done)]() {
            if (context && done)
                done(std::move(**shared));
        },
        Qt::QueuedConnection);
}

/// The job both runners queue: runs \a work on the worker, then deliver()s its result.
template<class T>
std::function<void()> job(QObject* context, std::function<T()> work, std::function<void(T)> done)
{
    return [guard = QPointer<QObject>(context), work = std::move(work), done = std::move(done)]() mutable {
        deliver<T>(guard, std::move(done), work());
    };
}

} // namespace detail

/// Runs \a work on one of \a db's worker threads (each owns its connection) and hands its result to
/// \a done on the GUI thread (\a context must live there: widgets, dialogs, models).
///
/// \a done is not called when \a context is destroyed before the work finishes; the work itself
/// still runs to its end, so it must own (by value, shared_ptr) everything it touches. T only has
/// to be movable: it needs no default constructor (Result<T> has none).
///
///   runDb(m_db, this, [db = m_db] { return AuthService(db).hasAccounts(); },
///         [this](Result<bool> r) { ... });
template<class T>
void runDb(const std::shared_ptr<Database>& db, QObject* context, std::function<T()> work,
    std::function<void(T)> done)
{
    db->post(detail::job<T>(context, std::move(work), std::move(done)));
}

/// Runs \a work on cpuPool() and hands its result to \a done on the GUI thread, unless \a context
/// is gone by then.
template<class T> void runCpu(QObject* context, std::function<T()> work, std::function<void(T)> done)
{
    cpuPool()->start(detail::job<T>(context, std::move(work), std::move(done)));
}

/// The same with T deduced from \a work: runDb(m_db, this, [db] { ... }, [this](auto r) { ... }).
template<class Work, class Done>
requires std::is_invocable_v<Work>
void runDb(const std::shared_ptr<Database>& db, QObject* context, Work&& work, Done&& done)
{
    using T = std::decay_t<std::invoke_result_t<Work>>;
    runDb<T>(db, context, std::function<T()>(std::forward<Work>(work)),
        std::function<void(T)>(std::forward<Done>(done)));
}

template<class Work, class Done>
requires std::is_invocable_v<Work>
void runCpu(QObject* context, Work&& work, Done&& done)
{
    using T = std::decay_t<std::invoke_result_t<Work>>;
    runCpu<T>(context, std::function<T()>(std::forward<Work>(work)),
        std::function<void(T)>(std::forward<Done>(done)));
}

} // namespace karier
