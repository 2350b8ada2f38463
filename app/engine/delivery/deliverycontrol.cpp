#include "deliverycontrol.h"

#include <QSet>
#include <QSqlQuery>

#include "core/clock.h"
#include "outboxqueue.h"
#include "store/sql.h"
#include "store/workspace.h"
#include "wakeregistry.h"

namespace sb {

namespace {

void wakeAfterCommit(WriteContext &context, const QSet<qint64> &destinations) {
    if (destinations.isEmpty())
        return;
    const QString path = context.db.databaseName();
    context.afterCommit.push_back([path, destinations] {
        for (qint64 d : destinations)
            WakeRegistry::wake(path, d);
    });
}

// Sets rows in one of the given statuses to 'pending' now; returns the count, collects destinations.
int requeue(WriteContext &context, const QList<qint64> &ids, const QString &fromStatuses, bool newRun,
            QSet<qint64> *destinations) {
    const qint64 now = context.clock->nowMs();
    int changed = 0;
    for (qint64 id : ids) {
        QSqlQuery row =
            sql::exec(context.db,
                      QStringLiteral("SELECT destination_id FROM deliveries WHERE id = ? AND status IN ")
                          + fromStatuses,
                      {id});
        if (!row.next())
            continue;
        destinations->insert(row.value(0).toLongLong());
        sql::exec(context.db,
                  newRun ? QStringLiteral(
                      "UPDATE deliveries SET status = 'pending', next_attempt_at = ?, attempts = 0, "
                      "lease_owner = NULL, lease_expires_at = NULL, last_error = NULL, "
                      "delivered_at = NULL WHERE id = ?")
                         : QStringLiteral("UPDATE deliveries SET next_attempt_at = ? WHERE id = ?"),
                  {now, id});
        ++changed;
    }
    return changed;
}

} // namespace

DeliveryControl::DeliveryControl(Workspace *workspace)
    : m_workspace(workspace) {}

QFuture<WriteResult> DeliveryControl::retryNow(const QList<qint64> &deliveryIds) {
    return m_workspace->writer()->submit([deliveryIds](WriteContext &context) {
        QSet<qint64> destinations;
        const int n =
            requeue(context, deliveryIds, QStringLiteral("('retrying','pending')"), false, &destinations);
        wakeAfterCommit(context, destinations);
        return QVariant(n);
    });
}

QFuture<WriteResult> DeliveryControl::replay(const QList<qint64> &deliveryIds) {
    return m_workspace->writer()->submit([deliveryIds](WriteContext &context) {
        QSet<qint64> destinations;
        const int n =
            requeue(context, deliveryIds, QStringLiteral("('dead','discarded','skipped','delivered')"), true,
                    &destinations);
        wakeAfterCommit(context, destinations);
        return QVariant(n);
    });
}

QFuture<WriteResult> DeliveryControl::replayDeadSince(qint64 destinationId, const QDateTime &since) {
    const qint64 sinceMs = since.toMSecsSinceEpoch();
    return m_workspace->writer()->submit([destinationId, sinceMs](WriteContext &context) {
        QList<qint64> ids;
        QSqlQuery q =
            sql::exec(context.db,
                      QStringLiteral("SELECT d.id FROM deliveries d WHERE d.destination_id = ? AND "
                                     "d.status = 'dead' AND max(d.created_at, coalesce((SELECT "
                                     "max(a.started_at) FROM delivery_attempts a WHERE a.delivery_id = "
                                     "d.id), 0)) >= ? ORDER BY d.id"),
                      {destinationId, sinceMs});
        while (q.next())
            ids << q.value(0).toLongLong();
        QSet<qint64> destinations;
        const int n = requeue(context, ids, QStringLiteral("('dead')"), true, &destinations);
        wakeAfterCommit(context, destinations);
        return QVariant(n);
    });
}

QFuture<WriteResult> DeliveryControl::discard(const QList<qint64> &deliveryIds) {
    return m_workspace->writer()->submit([deliveryIds](WriteContext &context) {
        const qint64 now = context.clock->nowMs();
        QSet<qint64> destinations;
        int n = 0;
        for (qint64 id : deliveryIds) {
            QSqlQuery row =
                sql::exec(context.db,
                          QStringLiteral("SELECT destination_id, coalesce(profile_id, 0) FROM deliveries "
                                         "WHERE id = ? AND status IN ")
                              + QLatin1String(OutboxQueue::kOpenStatuses),
                          {id});
            if (!row.next())
                continue;
            const qint64 destination = row.value(0).toLongLong();
            sql::exec(context.db,
                      QStringLiteral("UPDATE deliveries SET status = 'discarded', next_attempt_at = NULL, "
                                     "lease_owner = NULL, lease_expires_at = NULL, last_error = "
                                     "coalesce(last_error, 'discarded by the operator') WHERE id = ?"),
                      {id});
            OutboxQueue::unblockAfter(context.db, destination, row.value(1).toLongLong(), id, now);
            destinations.insert(destination);
            ++n;
        }
        wakeAfterCommit(context, destinations);
        return QVariant(n);
    });
}

QFuture<WriteResult> DeliveryControl::setPaused(qint64 destinationId, bool paused) {
    return m_workspace->writer()->submit([destinationId, paused](WriteContext &context) {
        QSqlQuery q = sql::exec(context.db, QStringLiteral("UPDATE destinations SET paused = ? WHERE id = ?"),
                                {paused ? 1 : 0, destinationId});
        if (q.numRowsAffected() == 0)
            throw sql::Error(QStringLiteral("no destination with id %1").arg(destinationId));
        wakeAfterCommit(context, {destinationId});
        return QVariant(1);
    });
}

} // namespace sb
