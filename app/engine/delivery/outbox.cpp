#include "outbox.h"

#include <QSet>
#include <QUuid>

#include "core/clock.h"
#include "metrics/metricsrecorder.h"
#include "store/sql.h"
#include "store/statementcache.h"
#include "store/writer.h"
#include "wakeregistry.h"

namespace sb {

namespace {
// Fixed namespace for Switchboard delivery keys (never change: keys must stay stable).
const QUuid kKeyNamespace(QStringLiteral("{5b0a1f6e-7d8c-4c52-9a4e-2f1d3c6b8e90}"));
} // namespace

QString Outbox::idempotencyKey(qint64 sourceId, const QString &messageId, qint64 mappingId) {
    const QString name = QString::number(sourceId) + u'/' + messageId + u'/' + QString::number(mappingId);
    return QUuid::createUuidV5(kKeyNamespace, name).toString(QUuid::WithoutBraces);
}

void Outbox::enqueue(WriteContext &context, const Event &event, const QList<RouteDecision> &decisions) {
    if (event.id <= 0)
        throw sql::Error(QStringLiteral("outbox: event '%1' has no row id yet").arg(event.messageId));
    const qint64 now = context.clock->nowMs();
    QSet<qint64> toWake;
    QSet<qint64> filtered;
    for (const RouteDecision &decision : decisions) {
        if (decision.matched && decision.mappingId > 0) {
            Statement &insert = context.sqlite->prepare(
                context.db, "INSERT INTO deliveries(event_id, mapping_id, mapping_version, destination_id, "
                            "profile_id, status, idempotency_key, attempts, next_attempt_at, created_at) "
                            "VALUES (?, ?, ?, ?, ?, 'pending', ?, 0, ?, ?) "
                            "ON CONFLICT(event_id, mapping_id) DO NOTHING");
            insert.bind(1, event.id).bind(2, decision.mappingId).bind(3, decision.mappingVersion);
            insert.bind(4, decision.destinationId);
            if (event.profileId > 0)
                insert.bind(5, event.profileId);
            insert.bind(6, idempotencyKey(event, decision.mappingId)).bind(7, now).bind(8, now);
            insert.run();
            toWake.insert(decision.destinationId);
            continue;
        }
        const QString outcome = decision.outcome.isEmpty() ? QStringLiteral("no_mapping") : decision.outcome;
        Statement &insert = context.sqlite->prepare(
            context.db, "INSERT INTO event_outcomes(event_id, destination_id, mapping_id, outcome, detail, "
                        "recorded_at) VALUES (?, ?, ?, ?, ?, ?)");
        insert.bind(1, event.id).bind(4, outcome).bind(5, decision.detail).bind(6, now);
        if (decision.destinationId > 0)
            insert.bind(2, decision.destinationId);
        if (decision.mappingId > 0)
            insert.bind(3, decision.mappingId);
        insert.run();
        if (decision.destinationId > 0)
            filtered.insert(decision.destinationId);
    }
    // 'filtered' counts events a destination does not get at all (one per destination).
    for (qint64 destination : std::as_const(filtered)) {
        if (toWake.contains(destination))
            continue;
        MetricsDelta delta;
        delta.filtered = 1;
        MetricsRecorder::record(context.db, destination, now, delta);
    }
    // One wake-up per destination and job (a job stores many events).
    for (auto it = toWake.begin(); it != toWake.end();) {
        const QString key = QStringLiteral("wake:%1").arg(*it);
        if (context.afterCommitKeys.contains(key)) {
            it = toWake.erase(it);
            continue;
        }
        context.afterCommitKeys.insert(key);
        ++it;
    }
    if (toWake.isEmpty())
        return;
    const QString path = context.db.databaseName();
    context.afterCommit.push_back([path, toWake] {
        for (qint64 destination : toWake)
            WakeRegistry::wake(path, destination);
    });
}

} // namespace sb
