#include "wakeregistry.h"

#include <QHash>
#include <QMutex>

namespace sb {

namespace {

struct Entry {
    QString path;
    WakeRegistry::Listener listener;
};

struct Registry {
    QMutex mutex;
    QHash<int, Entry> entries;
    int next = 1;
};

Registry &registry() {
    static Registry r;
    return r;
}

} // namespace

int WakeRegistry::subscribe(const QString &databasePath, Listener listener) {
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const int token = r.next++;
    r.entries.insert(token, {databasePath, std::move(listener)});
    return token;
}

void WakeRegistry::unsubscribe(int token) {
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.entries.remove(token);
}

void WakeRegistry::wake(const QString &databasePath, qint64 destinationId) {
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    for (const Entry &entry : std::as_const(r.entries))
        if (entry.path == databasePath)
            entry.listener(destinationId);
}

} // namespace sb
