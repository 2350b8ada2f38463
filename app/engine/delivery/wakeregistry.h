#pragma once

#include <QString>
#include <functional>

namespace sb {

// Lets the outbox wake the delivery workers of the same database once new deliveries are durable,
// without the writer knowing about the dispatcher. Keyed by the database file path so several
// workspaces in one process (tests) keep to themselves.
class WakeRegistry {
public:
    using Listener = std::function<void(qint64 destinationId)>;

    static int subscribe(const QString &databasePath, Listener listener);
    static void unsubscribe(int token);
    // Called after commit; a no-op when no dispatcher runs on that database.
    static void wake(const QString &databasePath, qint64 destinationId);
};

} // namespace sb
