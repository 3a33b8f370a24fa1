// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace karier {

/// Runs \a work on a thread of the global thread pool and hands its result to \a done on the
/// thread of \a context (the GUI thread for widgets).
///
/// \a done is not called when \a context is destroyed before the work finishes; the work itself
/// still runs to its end, so it must own (by value, shared_ptr) everything it touches. T only
/// has to be movable: it needs no default constructor (Result<T> has none).
///
///   runAsync<Result<bool>>(this, [db] { return AuthService(db).hasAccounts(); },
///                          [this](Result<bool> r) { ... });
template<class T> void runAsync(QObject* context, std::function<T()> work, std::function<void(T)> done)
{
    auto slot = std::make_shared<std::optional<T>>();
    auto* watcher = new QFutureWatcher<void>(context);
    QObject::connect(
        watcher, &QFutureWatcher<void>::finished, context, [watcher, slot, done = std::move(done)]() {
            watcher->deleteLater();
            if (slot->has_value() && done)
                done(std::move(**slot));
        });
    watcher->setFuture(QtConcurrent::run([slot, work = std::move(work)]() { slot->emplace(work()); }));
}

/// The same with T deduced from \a work: runAsync(this, [db] { ... }, [this](auto r) { ... }).
template<class Work, class Done>
requires std::is_invocable_v<Work>
void runAsync(QObject* context, Work&& work, Done&& done)
{
    using T = std::decay_t<std::invoke_result_t<Work>>;
    runAsync<T>(context, std::function<T()>(std::forward<Work>(work)),
        std::function<void(T)>(std::forward<Done>(done)));
}

} // namespace karier
