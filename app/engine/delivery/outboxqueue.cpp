#include "outboxqueue.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <algorithm>

#include "core/clock.h"
#include "deliverypolicy.h"
#include "identity/preparedstatements.h"
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

// A JSON array of ids, bound as one value and read with json_each(): one prepared statement for
// any number of rows.
QString idList(const QList<qint64> &ids) {
    QString text;
    text.reserve(ids.size() * 8 + 2);
    text += u'[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            text += u',';
        text += QString::number(ids.at(i));
    }
    text += u']';
    return text;
}

const QString kColumns = QStringLiteral("id, event_id, mapping_id, mapping_version, coalesce(profile_id, 0), "
                                        "idempotency_key, attempts, created_at");

} // namespace

ClaimBatch OutboxQueue::claim(WriteContext &context, qint64 destinationId, const QString &owner, int limit,
                              qint64 leaseMs, bool ordering) {
    ClaimBatch batch;
    const QSqlDatabase &db = context.db;
    PreparedStatements &statements = *context.statements;
    const qint64 now = context.clock->nowMs();
    const QVariant paused = statements.scalar(
        db, QStringLiteral("SELECT paused FROM destinations WHERE id = ?"), {destinationId});
    if (!paused.isValid() || paused.toInt() != 0) {
        batch.paused = true;
        return batch;
    }
    if (!ordering)
        unblockReady(context, destinationId, false);

    QList<ClaimedDelivery> candidates;
    {
        QSqlQuery &due =
            statements.exec(db,
                            QStringLiteral("SELECT ") + kColumns
                                + QStringLiteral(" FROM deliveries WHERE destination_id = ? AND status IN "
                                                 "('pending','retrying') AND next_attempt_at <= ? "
                                                 "ORDER BY id LIMIT ?"),
                            {destinationId, now, limit});
        while (due.next())
            candidates << readClaimed(due);
        due.finish();
        QSqlQuery &expired =
            statements.exec(db,
                            QStringLiteral("SELECT ") + kColumns
                                + QStringLiteral(" FROM deliveries WHERE destination_id = ? AND "
                                                 "status = 'in_flight' AND lease_expires_at <= ? "
                                                 "ORDER BY id LIMIT ?"),
                            {destinationId, now, limit});
        while (expired.next())
            candidates << readClaimed(expired);
        expired.finish();
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const ClaimedDelivery &a, const ClaimedDelivery &b) { return a.id < b.id; });
    if (candidates.size() > limit)
        candidates.resize(limit);
    if (candidates.isEmpty())
        return batch;

    // With ordering, a candidate waits while an earlier open row of its profile is not in this claim.
    // The open rows of all candidate profiles are read in one statement and counted here.
    struct OpenRow {
        qint64 id = 0;
        bool stuck = false; // retrying or blocked
    };
    QHash<qint64, QList<OpenRow>> openByProfile; // ascending ids
    if (ordering) {
        QList<qint64> profiles;
        for (const ClaimedDelivery &c : std::as_const(candidates))
            if (c.profileId > 0 && !openByProfile.contains(c.profileId)) {
                openByProfile.insert(c.profileId, {});
                profiles << c.profileId;
            }
        if (!profiles.isEmpty()) {
            QSqlQuery &open = statements.exec(
                db,
                QStringLiteral("SELECT profile_id, id, status IN ('retrying','blocked') FROM deliveries "
                               "WHERE destination_id = ? AND id < ? AND status IN ")
                    + QLatin1String(kOpenStatuses)
                    + QStringLiteral(" AND profile_id IN (SELECT value FROM json_each(?)) ORDER BY id"),
                {destinationId, candidates.last().id, idList(profiles)});
            while (open.next())
                openByProfile[open.value(0).toLongLong()].append(
                    {open.value(1).toLongLong(), open.value(2).toInt() != 0});
            open.finish();
        }
    }

    QHash<qint64, int> claimedPerProfile;
    QList<qint64> claimedIds;
    QList<qint64> blockedIds;
    for (const ClaimedDelivery &candidate : std::as_const(candidates)) {
        if (ordering && candidate.profileId > 0) {
            QList<OpenRow> &rows = openByProfile[candidate.profileId];
            int open = 0;
            int stuck = 0;
            for (const OpenRow &row : std::as_const(rows)) {
                if (row.id >= candidate.id)
                    break;
                ++open;
                stuck += row.stuck ? 1 : 0;
            }
            const int mine = claimedPerProfile.value(candidate.profileId);
            if (open > mine) {
                if (stuck > 0) {
                    blockedIds << candidate.id;
                    for (OpenRow &row : rows)
                        if (row.id == candidate.id)
                            row.stuck = true; // later rows of the profile now wait behind a blocked one
                    ++batch.newlyBlocked;
                }
                continue;
            }
            claimedPerProfile[candidate.profileId] = mine + 1;
            for (OpenRow &row : rows)
                if (row.id == candidate.id)
                    row.stuck = false; // in flight now, as later rows of the profile will see it
        }
        claimedIds << candidate.id;
        batch.deliveries << candidate;
    }
    if (!blockedIds.isEmpty())
        statements.exec(
            db,
            QStringLiteral("UPDATE deliveries SET status = 'blocked', lease_owner = NULL, "
                           "lease_expires_at = NULL WHERE id IN (SELECT value FROM json_each(?))"),
            {idList(blockedIds)});
    if (!claimedIds.isEmpty())
        statements.exec(db,
                        QStringLiteral("UPDATE deliveries SET status = 'in_flight', lease_owner = ?, "
                                       "lease_expires_at = ? WHERE id IN (SELECT value FROM json_each(?))"),
                        {owner, now + leaseMs, idList(claimedIds)});
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

namespace {

const QString kUnblockAfter =
    QStringLiteral("UPDATE deliveries SET status = 'pending', next_attempt_at = ? WHERE destination_id = ? "
                   "AND profile_id = ? AND status = 'blocked' AND id > ?");

// Attempts go in with multi-row INSERTs of this many rows (10 values each, under SQLite's 999 limit
// of older builds), the rest one by one; both statements stay prepared.
constexpr int kAttemptRowsPerInsert = 32;

QString attemptInsert(int rows) {
    QString text = QStringLiteral(
        "INSERT INTO delivery_attempts(delivery_id, attempt, started_at, request, response_status, "
        "response_headers, response_body, latency_ms, outcome, error) VALUES ");
    for (int i = 0; i < rows; ++i)
        text += i == 0 ? QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       : QStringLiteral(", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return text;
}

void appendAttempt(QVariantList &binds, qint64 deliveryId, int attempt, const AttemptRecord &a) {
    binds << deliveryId << attempt << a.startedAt << a.request
          << (a.httpStatus > 0 ? QVariant(a.httpStatus) : QVariant(QMetaType::fromType<int>()))
          << a.responseHeaders << a.responseBody << a.latencyMs << a.outcome << a.error;
}

} // namespace

AppliedOutcomes OutboxQueue::apply(WriteContext &context, qint64 destinationId, const QString &owner,
                                   const QList<DeliveryOutcome> &outcomes, const DeliveryPolicy &policy) {
    AppliedOutcomes applied;
    const QSqlDatabase &db = context.db;
    PreparedStatements &statements = *context.statements;
    const qint64 now = context.clock->nowMs();
    MetricsDelta metrics;

    // The current state of every row, in one statement.
    struct RowState {
        bool stillMine = false;
        int attempts = 0;
    };
    QHash<qint64, RowState> rows;
    {
        QList<qint64> ids;
        ids.reserve(outcomes.size());
        for (const DeliveryOutcome &o : outcomes)
            ids << o.deliveryId;
        QSqlQuery &q = statements.exec(
            db,
            QStringLiteral("SELECT id, status, lease_owner, attempts FROM deliveries WHERE id IN "
                           "(SELECT value FROM json_each(?))"),
            {idList(ids)});
        while (q.next())
            rows.insert(q.value(0).toLongLong(), {q.value(1).toString() == QLatin1String("in_flight")
                                                      && q.value(2).toString() == owner,
                                                  q.value(3).toInt()});
        q.finish();
    }
    // Unblocking after a final row only matters when the destination has blocked rows at all.
    const bool anyBlocked =
        statements
            .scalar(db,
                    QStringLiteral("SELECT 1 FROM deliveries WHERE destination_id = ? AND status = 'blocked' "
                                   "LIMIT 1"),
                    {destinationId})
            .isValid();
    auto unblock = [&](const DeliveryOutcome &o) {
        if (anyBlocked && o.profileId > 0)
            statements.exec(db, kUnblockAfter, {now, destinationId, o.profileId, o.deliveryId});
    };

    // Start of the current run of each retrying row (latest attempt 1), read for all of them at once.
    QHash<qint64, std::optional<qint64>> firstAttempts;
    {
        QList<qint64> retrying;
        for (const DeliveryOutcome &o : outcomes)
            if (o.kind == DeliveryOutcome::Kind::Retry)
                retrying << o.deliveryId;
        if (!retrying.isEmpty()) {
            QSqlQuery &q = statements.exec(
                db,
                QStringLiteral("SELECT delivery_id, max(started_at) FROM delivery_attempts WHERE attempt = 1 "
                               "AND delivery_id IN (SELECT value FROM json_each(?)) GROUP BY delivery_id"),
                {idList(retrying)});
            while (q.next())
                if (!q.value(1).isNull())
                    firstAttempts.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
            q.finish();
        }
    }
    QVariantList attemptBinds;
    int attemptRows = 0;
    auto flushAttempts = [&](bool all) {
        while (attemptRows >= kAttemptRowsPerInsert) {
            const qsizetype width = 10 * kAttemptRowsPerInsert;
            statements.exec(db, attemptInsert(kAttemptRowsPerInsert), attemptBinds.mid(0, width));
            attemptBinds.remove(0, width);
            attemptRows -= kAttemptRowsPerInsert;
        }
        if (!all)
            return;
        for (int i = 0; i < attemptRows; ++i)
            statements.exec(db, attemptInsert(1), attemptBinds.mid(qsizetype(i) * 10, 10));
        attemptBinds.clear();
        attemptRows = 0;
    };
    QList<qint64> delivered[2]; // [attempt recorded now]

    for (const DeliveryOutcome &o : outcomes) {
        const auto found = rows.constFind(o.deliveryId);
        if (found == rows.constEnd())
            continue;
        const bool stillMine = found->stillMine;
        int attempts = found->attempts;
        if (o.attempt) {
            ++attempts;
            appendAttempt(attemptBinds, o.deliveryId, attempts, *o.attempt);
            if (++attemptRows >= kAttemptRowsPerInsert)
                flushAttempts(false);
            if (o.attempt->outcome != QLatin1String("delivered"))
                ++metrics.failed;
        }
        if (!stillMine) {
            // Discarded, replayed or taken over while in flight: keep what the operator decided.
            statements.exec(db, QStringLiteral("UPDATE deliveries SET attempts = ? WHERE id = ?"),
                            {attempts, o.deliveryId});
            continue;
        }
        switch (o.kind) {
        case DeliveryOutcome::Kind::Delivered:
            // Written below in one statement per kind of row.
            delivered[o.attempt ? 1 : 0] << o.deliveryId;
            ++applied.delivered;
            ++metrics.delivered;
            if (o.eventReceivedAt > 0)
                metrics.latenciesMs << std::max<qint64>(0, now - o.eventReceivedAt);
            unblock(o);
            break;
        case DeliveryOutcome::Kind::Skipped:
            statements.exec(db,
                            QStringLiteral("UPDATE deliveries SET status = 'skipped', attempts = ?, "
                                           "next_attempt_at = NULL, lease_owner = NULL, lease_expires_at = "
                                           "NULL, last_error = ? WHERE id = ?"),
                            {attempts, o.reason, o.deliveryId});
            ++applied.skipped;
            ++metrics.filtered;
            unblock(o);
            break;
        case DeliveryOutcome::Kind::Retry: {
            // The retry window runs from the first attempt of the current run (replay starts a new run):
            // the latest attempt 1 stored before, or the one recorded just now.
            std::optional<qint64> first = firstAttempts.value(o.deliveryId);
            if (o.attempt && attempts == 1)
                first = std::max(first.value_or(o.attempt->startedAt), o.attempt->startedAt);
            const qint64 windowStart = first.value_or(now);
            const qint64 backoff =
                policy.backoffMs(std::max(1, attempts), QRandomGenerator::global()->generateDouble());
            const qint64 delay = std::max(backoff, o.retryAfterMs.value_or(0));
            if (now + delay - windowStart > policy.maxRetryWindowMs) {
                const QString reason = QStringLiteral("gave up after %1 attempts over %2 min: %3")
                                           .arg(attempts)
                                           .arg((now - windowStart) / 60000)
                                           .arg(o.reason);
                statements.exec(db,
                                QStringLiteral("UPDATE deliveries SET status = 'dead', attempts = ?, "
                                               "next_attempt_at = NULL, lease_owner = NULL, lease_expires_at "
                                               "= NULL, last_error = ? WHERE id = ?"),
                                {attempts, reason, o.deliveryId});
                ++applied.dead;
                ++metrics.dead;
                unblock(o);
                break;
            }
            statements.exec(
                db,
                QStringLiteral("UPDATE deliveries SET status = 'retrying', attempts = ?, "
                               "next_attempt_at = ?, lease_owner = NULL, lease_expires_at = NULL, "
                               "last_error = ? WHERE id = ?"),
                {attempts, now + delay, o.reason, o.deliveryId});
            ++applied.retrying;
            ++metrics.retried;
            break;
        }
        case DeliveryOutcome::Kind::Dead:
            statements.exec(db,
                            QStringLiteral("UPDATE deliveries SET status = 'dead', attempts = ?, "
                                           "next_attempt_at = NULL, lease_owner = NULL, lease_expires_at = "
                                           "NULL, last_error = ? WHERE id = ?"),
                            {attempts, o.reason, o.deliveryId});
            ++applied.dead;
            ++metrics.dead;
            unblock(o);
            break;
        }
    }
    flushAttempts(true);
    for (int withAttempt = 0; withAttempt < 2; ++withAttempt) {
        if (delivered[withAttempt].isEmpty())
            continue;
        statements.exec(db,
                        QStringLiteral("UPDATE deliveries SET status = 'delivered', attempts = attempts + ?, "
                                       "delivered_at = ?, next_attempt_at = NULL, lease_owner = NULL, "
                                       "lease_expires_at = NULL, last_error = NULL WHERE id IN "
                                       "(SELECT value FROM json_each(?))"),
                        {withAttempt, now, idList(delivered[withAttempt])});
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
