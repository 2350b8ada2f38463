#include "outboxqueue.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <algorithm>

#include "core/clock.h"
#include "deliverypolicy.h"
#include "metrics/metricsrecorder.h"
#include "store/sql.h"
#include "store/writer.h"

namespace sb {

namespace {

ClaimedDelivery readClaimed(const QSqlQuery &q) {
    ClaimedDelivery d;
    d.id = q.value(0).toLongLong();
    d.eventId = q.value(1).toLongLong();
    d.mappingId = q.value(2).toLongLong();
    d.mappingVersion = q.value(3).toInt();
    d.profileId = q.value(4).toLongLong();
    d.idempotencyKey = q.value(5).toString();
    d.attempts = q.value(6).toInt();
    d.createdAt = q.value(7).toLongLong();
    return d;
}

const QString kColumns = QStringLiteral("id, event_id, mapping_id, mapping_version, coalesce(profile_id, 0), "
                                        "idempotency_key, attempts, created_at");

} // namespace

ClaimBatch OutboxQueue::claim(WriteContext &context, qint64 destinationId, const QString &owner, int limit,
                              qint64 leaseMs, bool ordering) {
    ClaimBatch batch;
    const QSqlDatabase &db = context.db;
    const qint64 now = context.clock->nowMs();
    const QVariant paused =
        sql::scalar(db, QStringLiteral("SELECT paused FROM destinations WHERE id = ?"), {destinationId});
    if (!paused.isValid() || paused.toInt() != 0) {
        batch.paused = true;
        return batch;
    }
    if (!ordering)
        unblockReady(context, destinationId, false);

    QList<ClaimedDelivery> candidates;
    {
        QSqlQuery due =
            sql::exec(db,
                      QStringLiteral("SELECT ") + kColumns
                          + QStringLiteral(" FROM deliveries WHERE destination_id = ? AND status IN "
                                           "('pending','retrying') AND next_attempt_at <= ? "
                                           "ORDER BY id LIMIT ?"),
                      {destinationId, now, limit});
        while (due.next())
            candidates << readClaimed(due);
        QSqlQuery expired = sql::exec(db,
                                      QStringLiteral("SELECT ") + kColumns
                                          + QStringLiteral(" FROM deliveries WHERE destination_id = ? AND "
                                                           "status = 'in_flight' AND lease_expires_at <= ? "
                                                           "ORDER BY id LIMIT ?"),
                                      {destinationId, now, limit});
        while (expired.next())
            candidates << readClaimed(expired);
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const ClaimedDelivery &a, const ClaimedDelivery &b) { return a.id < b.id; });
    if (candidates.size() > limit)
        candidates.resize(limit);

    QHash<qint64, int> claimedPerProfile;
    for (const ClaimedDelivery &candidate : std::as_const(candidates)) {
        if (ordering && candidate.profileId > 0) {
            QSqlQuery earlier =
                sql::exec(db,
                          QStringLiteral("SELECT count(*), coalesce(sum(status IN "
                                         "('retrying','blocked')), 0) FROM deliveries "
                                         "WHERE profile_id = ? AND destination_id = ? AND id < ? "
                                         "AND status IN ")
                              + QLatin1String(kOpenStatuses),
                          {candidate.profileId, destinationId, candidate.id});
            earlier.next();
            const int open = earlier.value(0).toInt();
            const int stuck = earlier.value(1).toInt();
            const int mine = claimedPerProfile.value(candidate.profileId);
            if (open > mine) {
                if (stuck > 0) {
                    sql::exec(db,
                              QStringLiteral("UPDATE deliveries SET status = 'blocked', lease_owner = NULL, "
                                             "lease_expires_at = NULL WHERE id = ?"),
                              {candidate.id});
                    ++batch.newlyBlocked;
                }
                continue;
            }
            claimedPerProfile[candidate.profileId] = mine + 1;
        }
        sql::exec(db,
                  QStringLiteral("UPDATE deliveries SET status = 'in_flight', lease_owner = ?, "
                                 "lease_expires_at = ? WHERE id = ?"),
                  {owner, now + leaseMs, candidate.id});
        batch.deliveries << candidate;
    }
    return batch;
}

void OutboxQueue::unblockAfter(const QSqlDatabase &db, qint64 destinationId, qint64 profileId,
                               qint64 deliveryId, qint64 nowMs) {
    if (profileId <= 0)
        return;
    sql::exec(db,
              QStringLiteral(
                  "UPDATE deliveries SET status = 'pending', next_attempt_at = ? WHERE destination_id = ? "
                  "AND profile_id = ? AND status = 'blocked' AND id > ?"),
              {nowMs, destinationId, profileId, deliveryId});
}

AppliedOutcomes OutboxQueue::apply(WriteContext &context, qint64 destinationId, const QString &owner,
                                   const QList<DeliveryOutcome> &outcomes, const DeliveryPolicy &policy) {
    AppliedOutcomes applied;
    const QSqlDatabase &db = context.db;
    const qint64 now = context.clock->nowMs();
    MetricsDelta metrics;
    for (const DeliveryOutcome &o : outcomes) {
        QSqlQuery row =
            sql::exec(db, QStringLiteral("SELECT status, lease_owner, attempts FROM deliveries WHERE id = ?"),
                      {o.deliveryId});
        if (!row.next())
            continue;
        const bool stillMine =
            row.value(0).toString() == QLatin1String("in_flight") && row.value(1).toString() == owner;
        int attempts = row.value(2).toInt();
        if (o.attempt) {
            ++attempts;
            const AttemptRecord &a = *o.attempt;
            sql::exec(db,
                      QStringLiteral(
                          "INSERT INTO delivery_attempts(delivery_id, attempt, started_at, request, "
                          "response_status, response_headers, response_body, latency_ms, outcome, error) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {o.deliveryId, attempts, a.startedAt, a.request,
                       a.httpStatus > 0 ? QVariant(a.httpStatus) : QVariant(QMetaType::fromType<int>()),
                       a.responseHeaders, a.responseBody, a.latencyMs, a.outcome, a.error});
            if (a.outcome != QLatin1String("delivered"))
                ++metrics.failed;
        }
        if (!stillMine) {
            // Discarded, replayed or taken over while in flight: keep what the operator decided.
            sql::exec(db, QStringLiteral("UPDATE deliveries SET attempts = ? WHERE id = ?"),
                      {attempts, o.deliveryId});
            continue;
        }
        switch (o.kind) {
        case DeliveryOutcome::Kind::Delivered:
            sql::exec(
                db,
                QStringLiteral("UPDATE deliveries SET status = 'delivered', attempts = ?, delivered_at = ?, "
                               "next_attempt_at = NULL, lease_owner = NULL, lease_expires_at = NULL, "
                               "last_error = NULL WHERE id = ?"),
                {attempts, now, o.deliveryId});
            ++applied.delivered;
            ++metrics.delivered;
            if (o.eventReceivedAt > 0)
                metrics.latenciesMs << std::max<qint64>(0, now - o.eventReceivedAt);
            unblockAfter(db, destinationId, o.profileId, o.deliveryId, now);
            break;
        case DeliveryOutcome::Kind::Skipped:
            sql::exec(db,
                      QStringLiteral(
                          "UPDATE deliveries SET status = 'skipped', attempts = ?, next_attempt_at = NULL, "
                          "lease_owner = NULL, lease_expires_at = NULL, last_error = ? WHERE id = ?"),
                      {attempts, o.reason, o.deliveryId});
            ++applied.skipped;
            ++metrics.filtered;
            unblockAfter(db, destinationId, o.profileId, o.deliveryId, now);
            break;
        case DeliveryOutcome::Kind::Retry: {
            // The retry window runs from the first attempt of the current run (replay starts a new run).
            const QVariant first = sql::scalar(db,
                                               QStringLiteral("SELECT max(started_at) FROM delivery_attempts "
                                                              "WHERE delivery_id = ? AND attempt = 1"),
                                               {o.deliveryId});
            const qint64 windowStart = first.isNull() ? now : first.toLongLong();
            const qint64 backoff =
                policy.backoffMs(std::max(1, attempts), QRandomGenerator::global()->generateDouble());
            const qint64 delay = std::max(backoff, o.retryAfterMs.value_or(0));
            if (now + delay - windowStart > policy.maxRetryWindowMs) {
                const QString reason = QStringLiteral("gave up after %1 attempts over %2 min: %3")
                                           .arg(attempts)
                                           .arg((now - windowStart) / 60000)
                                           .arg(o.reason);
                sql::exec(db,
                          QStringLiteral(
                              "UPDATE deliveries SET status = 'dead', attempts = ?, next_attempt_at = NULL, "
                              "lease_owner = NULL, lease_expires_at = NULL, last_error = ? WHERE id = ?"),
                          {attempts, reason, o.deliveryId});
                ++applied.dead;
                ++metrics.dead;
                unblockAfter(db, destinationId, o.profileId, o.deliveryId, now);
                break;
            }
            sql::exec(db,
                      QStringLiteral(
                          "UPDATE deliveries SET status = 'retrying', attempts = ?, next_attempt_at = ?, "
                          "lease_owner = NULL, lease_expires_at = NULL, last_error = ? WHERE id = ?"),
                      {attempts, now + delay, o.reason, o.deliveryId});
            ++applied.retrying;
            ++metrics.retried;
            break;
        }
        case DeliveryOutcome::Kind::Dead:
            sql::exec(
                db,
                QStringLiteral("UPDATE deliveries SET status = 'dead', attempts = ?, next_attempt_at = NULL, "
                               "lease_owner = NULL, lease_expires_at = NULL, last_error = ? WHERE id = ?"),
                {attempts, o.reason, o.deliveryId});
            ++applied.dead;
            ++metrics.dead;
            unblockAfter(db, destinationId, o.profileId, o.deliveryId, now);
            break;
        }
    }
    MetricsRecorder::record(db, destinationId, now, metrics);
    return applied;
}

void OutboxQueue::release(WriteContext &context, const QString &owner, const QList<qint64> &deliveryIds) {
    const qint64 now = context.clock->nowMs();
    for (qint64 id : deliveryIds)
        sql::exec(
            context.db,
            QStringLiteral("UPDATE deliveries SET status = CASE WHEN attempts > 0 THEN 'retrying' "
                           "ELSE 'pending' END, lease_owner = NULL, lease_expires_at = NULL, "
                           "next_attempt_at = ? WHERE id = ? AND lease_owner = ? AND status = 'in_flight'"),
            {now, id, owner});
}

int OutboxQueue::unblockReady(WriteContext &context, qint64 destinationId, bool ordering) {
    const qint64 now = context.clock->nowMs();
    if (!ordering) {
        QSqlQuery q =
            sql::exec(context.db,
                      QStringLiteral("UPDATE deliveries SET status = 'pending', next_attempt_at = ? "
                                     "WHERE destination_id = ? AND status = 'blocked'"),
                      {now, destinationId});
        return q.numRowsAffected();
    }
    QSqlQuery q =
        sql::exec(context.db,
                  QStringLiteral("UPDATE deliveries SET status = 'pending', next_attempt_at = ? "
                                 "WHERE destination_id = ? AND status = 'blocked' AND NOT EXISTS ("
                                 "SELECT 1 FROM deliveries e WHERE e.profile_id = deliveries.profile_id "
                                 "AND e.destination_id = deliveries.destination_id AND e.id < deliveries.id "
                                 "AND e.status IN ('retrying','blocked','in_flight','pending'))"),
                  {now, destinationId});
    return q.numRowsAffected();
}

std::optional<qint64> OutboxQueue::nextDueMs(const QSqlDatabase &reader, qint64 destinationId) {
    const QVariant due =
        sql::scalar(reader,
                    QStringLiteral("SELECT min(t) FROM ("
                                   "SELECT min(next_attempt_at) AS t FROM deliveries WHERE "
                                   "destination_id = ? AND status IN ('pending','retrying') "
                                   "UNION ALL SELECT min(lease_expires_at) FROM deliveries WHERE "
                                   "destination_id = ? AND status = 'in_flight')"),
                    {destinationId, destinationId});
    if (due.isNull() || !due.isValid())
        return std::nullopt;
    return due.toLongLong();
}

} // namespace sb
