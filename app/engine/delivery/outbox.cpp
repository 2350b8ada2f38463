#include "outbox.h"

#include <QSet>
#include <QUuid>

#include "core/clock.h"
#include "handoff.h"
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

namespace {

// What one job knows of a destination it routes to, looked up at its first delivery there: the
// worker's inbox when deliveries go to it directly, and the deliveries handed over so far (delivered
// to the inbox after the commit).
struct JobDestination {
    std::shared_ptr<HandoffInbox> worker; // the running worker's inbox; null when none or paused
    std::shared_ptr<HandoffInbox> inbox;  // null: the deliveries wait in the outbox
    std::shared_ptr<QList<HandedDelivery>> handed;
    std::shared_ptr<QList<Event>> remembered; // events of rows that wait, for the worker's claim
    bool woken = false; // the worker is woken after the commit (once per job: a job stores many events)
};

// The key of a destination in WriteContext::jobShared, formatted once per destination (per event it
// cost more than the lookup).
const QString &jobKey(qint64 destinationId) {
    thread_local QHash<qint64, QString> keys;
    auto found = keys.constFind(destinationId);
    if (found == keys.constEnd())
        found = keys.insert(destinationId, QStringLiteral("outbox:%1").arg(destinationId));
    return *found;
}

// A delivery waits in the outbox rather than going to its worker when the worker has no inbox open,
// the destination is paused (read here, in the transaction, as the claim does), or it has rows waiting
// (pending, retrying, blocked), one of which may belong to the same profile.
JobDestination &jobDestination(WriteContext &context, const QString &path, qint64 destinationId) {
    const QString &key = jobKey(destinationId);
    if (auto known = context.jobShared.constFind(key); known != context.jobShared.constEnd())
        return *std::static_pointer_cast<JobDestination>(*known);
    auto known = std::make_shared<JobDestination>();
    known->worker = HandoffRegistry::find(path, destinationId);
    if (known->worker) {
        bool found = false;
        const qint64 paused = context.sqlite->scalarInt(
            context.db, "SELECT paused FROM destinations WHERE id = ?", &found, destinationId);
        if (!found || paused != 0) {
            known->worker.reset(); // a paused destination's rows wait until resumed: nothing to keep
        } else {
            bool waiting = false;
            context.sqlite->scalarInt(context.db,
                                      "SELECT 1 FROM deliveries WHERE destination_id = ? AND status IN "
                                      "('pending','retrying','blocked') LIMIT 1",
                                      &waiting, destinationId);
            if (!waiting)
                known->inbox = known->worker;
        }
    }
    context.jobShared.insert(key, known);
    return *known;
}

// The event as a worker gets it from the outbox: what DeliveryLoader reads back from the row.
Event asStored(const Event &event) {
    Event e;
    e.id = event.id;
    e.messageId = event.messageId;
    e.sourceId = event.sourceId;
    e.sourceKind = event.sourceKind;
    e.type = event.type;
    e.name = event.name;
    e.profileId = event.profileId;
    e.occurredAt = QDateTime::fromMSecsSinceEpoch(event.occurredAt.toMSecsSinceEpoch(), Qt::UTC);
    e.receivedAt = QDateTime::fromMSecsSinceEpoch(event.receivedAt.toMSecsSinceEpoch(), Qt::UTC);
    e.payload = event.payload;
    return e;
}

// Hands a delivery to the destination's worker (after the commit, with the job's others).
void handOver(WriteContext &context, JobDestination &destination, HandedDelivery delivery) {
    if (!destination.handed) {
        destination.handed = std::make_shared<QList<HandedDelivery>>();
        context.afterCommit.push_back(
            [inbox = destination.inbox, handed = destination.handed] { inbox->deliver(std::move(*handed)); });
    }
    destination.handed->append(std::move(delivery));
}

// Gives the event of a row that waits in the outbox to the worker's memory (after the commit).
void remember(WriteContext &context, JobDestination &destination, const Event &event) {
    if (!destination.worker)
        return;
    if (!destination.remembered) {
        destination.remembered = std::make_shared<QList<Event>>();
        context.afterCommit.push_back([worker = destination.worker, events = destination.remembered] {
            worker->remember(std::move(*events));
        });
    }
    destination.remembered->append(asStored(event));
}

} // namespace

void Outbox::enqueue(WriteContext &context, const Event &event, const QList<RouteDecision> &decisions) {
    if (event.id <= 0)
        throw sql::Error(QStringLiteral("outbox: event '%1' has no row id yet").arg(event.messageId));
    const qint64 now = context.clock->nowMs();
    const QString path = context.db.databaseName();
    QSet<qint64> routed; // destinations that get the event
    QSet<qint64> toWake; // of those, the ones whose worker must look at the outbox (first in this job)
    QSet<qint64> filtered;
    for (const RouteDecision &decision : decisions) {
        if (decision.matched && decision.mappingId > 0) {
            routed.insert(decision.destinationId);
            const QString key = idempotencyKey(event, decision.mappingId);
            // Straight to the worker when it has room and the destination has no rows waiting.
            JobDestination &destination = jobDestination(context, path, decision.destinationId);
            std::optional<quint64> epoch;
            if (destination.inbox)
                epoch = destination.inbox->reserve();
            Statement &insert = context.sqlite->prepare(
                context.db, "INSERT INTO deliveries(event_id, mapping_id, mapping_version, destination_id, "
                            "profile_id, status, idempotency_key, attempts, next_attempt_at, created_at, "
                            "lease_owner, lease_expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?) "
                            "ON CONFLICT(event_id, mapping_id) DO NOTHING");
            insert.bind(1, event.id).bind(2, decision.mappingId).bind(3, decision.mappingVersion);
            insert.bind(4, decision.destinationId);
            if (event.profileId > 0)
                insert.bind(5, event.profileId);
            insert.bind(6, epoch ? QByteArray("in_flight") : QByteArray("pending"));
            insert.bind(7, key).bind(8, now).bind(9, now);
            if (epoch)
                insert.bind(10, destination.inbox->owner()).bind(11, now + destination.inbox->leaseMs());
            insert.run();
            if (epoch && insert.changes() > 0) {
                ClaimedDelivery d;
                d.id = insert.lastInsertId();
                d.eventId = event.id;
                d.mappingId = decision.mappingId;
                d.mappingVersion = decision.mappingVersion;
                d.profileId = event.profileId;
                d.idempotencyKey = key;
                d.createdAt = now;
                handOver(context, destination, {d, asStored(event), *epoch});
                continue;
            }
            destination.inbox.reset(); // a row of this job waits in the outbox: later ones wait behind it
            if (insert.changes() > 0)
                remember(context, destination, event);
            if (!std::exchange(destination.woken, true))
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
        if (routed.contains(destination))
            continue;
        MetricsDelta delta;
        delta.filtered = 1;
        MetricsRecorder::record(context, destination, now, delta);
    }
    if (toWake.isEmpty())
        return;
    context.afterCommit.push_back([path, toWake] {
        for (qint64 destination : toWake)
            WakeRegistry::wake(path, destination);
    });
}

} // namespace sb
