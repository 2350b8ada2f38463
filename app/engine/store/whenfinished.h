#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <utility>

namespace sb {

// Calls function(result) on context's thread once future has finished; nothing happens if context is
// destroyed first (the watcher goes with it). Used instead of QFuture::then(context, ...), whose
// context continuations crashed under load on Qt 6.4 (seen in the delivery workers).
template<typename T, typename F> void whenFinished(const QFuture<T> &future, QObject *context, F &&function) {
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, function = std::forward<F>(function)]() mutable {
                         watcher->deleteLater();
                         function(watcher->result());
                     });
    watcher->setFuture(future);
}

} // namespace sb
