#include "outboxqueue.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <algorithm>

#include "core/clock.h"
#include "deliverypolicy.h"
#include "metrics/metricsrecorder.h"
#include "store/sql.h"
#include "store/statementcache.h"
#include "store/writer.h"

namespace sb {

namespace {

ClaimedDelivery readClaimed(const Statement &q) {
    ClaimedDelivery d;
    d.id = q.int64(0);
    d.eventId = q.int64(1);
    d.mappingId = q.int64(2);
    d.mappingVersion = int(q.int64(3));
    d.profileId = q.int64(4);
    d.idempotencyKey = q.text(5);
    d.attempts = int(q.int64(6));
    d.createdAt = q.int64(7);
    return d;
}

#define SB_CLAIM_COLUMNS                                                                                     \
    "id, event_id, mapping_id, mapping_version, coalesce(profile_id, 0), idempotency_key, attempts, "        \
    "created_at"

// With ordering, a candidate waits while an earlier open row of its profile is neither in this claim
// nor already in the claiming worker's hands (in flight under its lease: the worker sends a profile's
// rows one request after the other and gives later ones back when an earlier one fails, as it does
// for rows handed over by the writer); one behind a retrying or blocked row becomes blocked itself.
// The open rows of all candidate profiles are read in one statement and counted here. Returns whether
// a candidate waits behind a pending row (one this claim could have taken instead).
bool pickClaimable(WriteContext &context, qint64 destinationId, const QString &owner,
                   const QList<ClaimedDelivery> &candidates, bool ordering, ClaimBatch &batch,
                   QList<qint64> &claimedIds, QList<qint64> &blockedIds) {
    const QSqlDatabase &db = context.db;
    StatementCache &sqlite = *context.sqlite;
    struct OpenRow {
        qint64 id = 0;
        bool stuck = false;   // retrying or blocked
        bool pending = false; // could be claimed itself
        bool ours = false;    // in flight under the claiming worker's lease
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
            // Open rows are never older than the destination's oldest open row (read from deliveries_due
            // alone): the walk of each profile's rows starts there, not at the profile's first delivery.
            const qint64 oldestOpen = sqlite.scalarInt(
                db,
                "SELECT coalesce(min(id), 0) FROM deliveries WHERE destination_id = ? AND status "
                "IN (" SB_OPEN_STATUSES ")",
                nullptr, destinationId);
            // By profile, named: left to itself SQLite walks every open row of the destination through
            // deliveries_due (reading each row for its profile), so a claim cost grew with the backlog
            // (callgrind, bench_delivery --scenario throughput --events 5000: 16 k instructions a
            // claimed row, 10.6 k this way).
            Statement &open = sqlite.query(
                db,
                "SELECT profile_id, id, status IN ('retrying','blocked'), status = 'pending', status = "
                "'in_flight' AND lease_owner = ? FROM deliveries "
                "INDEXED BY deliveries_profile WHERE "
                "destination_id = ? "
                "AND id >= ? AND id < ? AND status IN (" SB_OPEN_STATUSES ") AND "
                "profile_id IN (SELECT value FROM json_each(?)) ORDER BY id",
                owner, destinationId, oldestOpen, candidates.last().id, sql::idList(profiles));
            while (open.next())
                openByProfile[open.int64(0)].append(
                    {open.int64(1), open.int64(2) != 0, open.int64(3) != 0, open.int64(4) != 0});
        }
    }

    QHash<qint64, int> claimedPerProfile;
    bool waitsBehindPending = false;
    for (const ClaimedDelivery &candidate : std::as_const(candidates)) {
        if (ordering && candidate.profileId > 0) {
            QList<OpenRow> &rows = openByProfile[candidate.profileId];
            int open = 0;
            int stuck = 0;
            bool behindPending = false;
            for (const OpenRow &row : std::as_const(rows)) {
                if (row.id >= candidate.id)
                    break;
                if (row.ours)
                    continue;
                ++open;
                stuck += row.stuck ? 1 : 0;
                behindPending = behindPending || row.pending;
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
                waitsBehindPending = waitsBehindPending || behindPending;
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
    return waitsBehindPending;
}

} // namespace

// The outbox's hot statements (claim, apply) run through SQLite's C API (StatementCache): QSqlQuery's
// binding and result plumbing cost as much as the statements themselves.
ClaimBatch OutboxQueue::claim(WriteContext &context, qint64 destinationId, const QString &owner, int limit,
                              qint64 leaseMs, bool ordering, bool expiredLeases) {
    ClaimBatch batch;
    const QSqlDatabase &db = context.db;
    StatementCache &sqlite = *context.sqlite;
    const qint64 now = context.clock->nowMs();
    bool found = false;
    const qint64 paused =
        sqlite.scalarInt(db, "SELECT paused FROM destinations WHERE id = ?", &found, destinationId);
    if (!found || paused != 0) {
        batch.paused = true;
        return batch;
    }
    if (!ordering)
        unblockReady(context, destinationId, false);

    QList<ClaimedDelivery> candidates;
    {
        // Due rows in due-time order, one status at a time: that is the order of deliveries_due, so
        // SQLite stops after `limit` rows. "ORDER BY id" over both statuses sorted every due row of the
        // destination on each claim, which grew with the backlog. Per-profile order is kept below.
        for (const char *status : {"pending", "retrying"}) {
            Statement &due =
                sqlite.query(db,
                             "SELECT " SB_CLAIM_COLUMNS " FROM deliveries WHERE destination_id = ? AND "
                             "status = ? AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
                             destinationId, QByteArray(status), now, qint64(limit));
            while (due.next())
                candidates << readClaimed(due);
        }
        if (expiredLeases) {
            Statement &expired =
                sqlite.query(db,
                             "SELECT " SB_CLAIM_COLUMNS " FROM deliveries WHERE destination_id = ? "
                             "AND status = 'in_flight' AND lease_expires_at <= ? ORDER BY id LIMIT ?",
                             destinationId, now, qint64(limit));
            while (expired.next())
                candidates << readClaimed(expired);
        }
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const ClaimedDelivery &a, const ClaimedDelivery &b) { return a.id < b.id; });
    if (candidates.size() > limit)
        candidates.resize(limit);
    if (candidates.isEmpty())
        return batch;

    QList<qint64> claimedIds;
    QList<qint64> blockedIds;
    const bool waitsBehindPending =
        pickClaimable(context, destinationId, owner, candidates, ordering, batch, claimedIds, blockedIds);
    if (waitsBehindPending && claimedIds.isEmpty() && blockedIds.isEmpty()) {
        // Every candidate waits behind an earlier due row of its profile that due-time order did not
        // reach (a row released after a Retry-After hold is due later than newer rows). The same
        // candidates would come back on every claim and the destination would stall: take the
        // earliest due rows by id instead (a sort, but only in this case).
        candidates.clear();
        Statement &byId = sqlite.query(db,
                                       "SELECT " SB_CLAIM_COLUMNS " FROM deliveries WHERE destination_id = ? "
                                       "AND status IN ('pending','retrying') AND next_attempt_at <= ? "
                                       "ORDER BY id LIMIT ?",
                                       destinationId, now, qint64(limit));
        while (byId.next())
            candidates << readClaimed(byId);
        pickClaimable(context, destinationId, owner, candidates, ordering, batch, claimedIds, blockedIds);
    }
    if (!blockedIds.isEmpty())
        sqlite.exec(db,
                    "UPDATE deliveries SET status = 'blocked', lease_owner = NULL, lease_expires_at = NULL "
                    "WHERE id IN (SELECT value FROM json_each(?))",
                    sql::idList(blockedIds));
    if (!claimedIds.isEmpty())
        sqlite.exec(
            db,
            "UPDATE deliveries SET status = 'in_flight', lease_owner = ?, lease_expires_at = ? WHERE id "
            "IN (SELECT value FROM json_each(?))",
            owner, now + leaseMs, sql::idList(claimedIds));
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

constexpr const char *kUnblockAfter = "UPDATE deliveries SET status = 'pending', next_attempt_at = ? WHERE "
                                      "destination_id = ? AND profile_id = ? "
                                      "AND status = 'blocked' AND id > ?";

// 'dead' and 'skipped' rows are final: the same columns cleared, only the status differs.
constexpr const char *kSetDead =
    "UPDATE deliveries SET status = 'dead', attempts = ?, next_attempt_at = NULL, "
    "lease_owner = NULL, lease_expires_at = NULL, last_error = ? WHERE id = ?";
constexpr const char *kSetSkipped =
    "UPDATE deliveries SET status = 'skipped', attempts = ?, next_attempt_at = NULL, lease_owner = NULL, "
    "lease_expires_at = NULL, last_error = ? WHERE id = ?";

// Records sharing an exchange key store their request and response once, in delivery_exchanges.
class AttemptWriter {
public:
    AttemptWriter(StatementCache &sqlite, const QSqlDatabase &db)
        : m_sqlite(sqlite)
        , m_db(db) {}

    void insert(qint64 deliveryId, int attempt, const AttemptRecord &a) {
        std::optional<qint64> exchangeId;
        if (a.exchangeKey != 0) {
            auto known = m_exchanges.constFind(a.exchangeKey);
            if (known == m_exchanges.constEnd()) {
                Statement &exchange =
                    m_sqlite.prepare(m_db, "INSERT INTO delivery_exchanges(request, "
                                           "response_headers, response_body) VALUES (?, ?, ?)");
                exchange.bind(1, a.request).bind(2, a.responseHeaders).bind(3, a.responseBody);
                exchange.run();
                known = m_exchanges.insert(a.exchangeKey, exchange.lastInsertId());
            }
            exchangeId = *known;
        }
        Statement &insert = m_sqlite.prepare(
            m_db,
            "INSERT INTO delivery_attempts(delivery_id, attempt, started_at, request, response_status, "
            "response_headers, response_body, latency_ms, outcome, error, exchange_id) VALUES (?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, deliveryId).bind(2, attempt).bind(3, a.startedAt);
        if (exchangeId)
            insert.bind(4, sqlNull).bind(6, sqlNull).bind(7, sqlNull).bind(11, *exchangeId);
        else
            insert.bind(4, a.request).bind(6, a.responseHeaders).bind(7, a.responseBody).bind(11, sqlNull);
        if (a.httpStatus > 0)
            insert.bind(5, a.httpStatus);
        else
            insert.bind(5, sqlNull);
        insert.bind(8, a.latencyMs).bind(9, a.outcome).bind(10, a.error);
        insert.run();
    }

private:
    StatementCache &m_sqlite;
    const QSqlDatabase &m_db;
    QHash<quint64, qint64> m_exchanges; // exchange key -> delivery_exchanges row
};

} // namespace

AppliedOutcomes OutboxQueue::apply(WriteContext &context, qint64 destinationId, const QString &owner,
                                   const QList<DeliveryOutcome> &outcomes, const DeliveryPolicy &policy) {
    AppliedOutcomes applied;
    const QSqlDatabase &db = context.db;
    StatementCache &sqlite = *context.sqlite;
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
        Statement &q = sqlite.query(db,
                                    "SELECT id, status = 'in_flight' AND lease_owner = ?, attempts FROM "
                                    "deliveries WHERE id IN (SELECT value FROM json_each(?))",
                                    owner, sql::idList(ids));
        while (q.next())
            rows.insert(q.int64(0), {q.int64(1) != 0, int(q.int64(2))});
    }
    // Unblocking after a final row only matters when the destination has blocked rows at all.
    bool anyBlocked = false;
    sqlite.scalarInt(db, "SELECT 1 FROM deliveries WHERE destination_id = ? AND status = 'blocked' LIMIT 1",
                     &anyBlocked, destinationId);
    auto unblock = [&](const DeliveryOutcome &o) {
        if (anyBlocked && o.profileId > 0)
            sqlite.exec(db, kUnblockAfter, now, destinationId, o.profileId, o.deliveryId);
    };

    // Start of the current run of each retrying row (latest attempt 1), read for all of them at once.
    QHash<qint64, std::optional<qint64>> firstAttempts;
    {
        QList<qint64> retrying;
        for (const DeliveryOutcome &o : outcomes)
            if (o.kind == DeliveryOutcome::Kind::Retry)
                retrying << o.deliveryId;
        if (!retrying.isEmpty()) {
            Statement &q =
                sqlite.query(db,
                             "SELECT delivery_id, max(started_at) FROM delivery_attempts WHERE "
                             "attempt = 1 AND delivery_id IN (SELECT value FROM json_each(?)) GROUP "
                             "BY delivery_id",
                             sql::idList(retrying));
            while (q.next())
                if (!q.isNull(1))
                    firstAttempts.insert(q.int64(0), q.int64(1));
        }
    }
    QList<qint64> delivered[2]; // [attempt recorded now]
    AttemptWriter attemptWriter(sqlite, db);

    for (const DeliveryOutcome &o : outcomes) {
        const auto found = rows.constFind(o.deliveryId);
        if (found == rows.constEnd())
            continue;
        const bool stillMine = found->stillMine;
        int attempts = found->attempts;
        if (o.attempt) {
            ++attempts;
            attemptWriter.insert(o.deliveryId, attempts, *o.attempt);
            if (o.attempt->outcome != QLatin1String("delivered"))
                ++metrics.failed;
        }
        if (!stillMine) {
            // Discarded, replayed or taken over while in flight: keep what the operator decided.
            sqlite.exec(db, "UPDATE deliveries SET attempts = ? WHERE id = ?", attempts, o.deliveryId);
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
            sqlite.exec(db, kSetSkipped, attempts, o.reason, o.deliveryId);
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
                sqlite.exec(db, kSetDead, attempts, reason, o.deliveryId);
                ++applied.dead;
                ++metrics.dead;
                unblock(o);
                break;
            }
            sqlite.exec(db,
                        "UPDATE deliveries SET status = 'retrying', attempts = ?, next_attempt_at = ?, "
                        "lease_owner = NULL, lease_expires_at = NULL, last_error = ? WHERE id = ?",
                        attempts, now + delay, o.reason, o.deliveryId);
            ++applied.retrying;
            ++metrics.retried;
            break;
        }
        case DeliveryOutcome::Kind::Dead:
            sqlite.exec(db, kSetDead, attempts, o.reason, o.deliveryId);
            ++applied.dead;
            ++metrics.dead;
            unblock(o);
            break;
        }
    }
    for (int withAttempt = 0; withAttempt < 2; ++withAttempt) {
        if (delivered[withAttempt].isEmpty())
            continue;
        sqlite.exec(db,
                    "UPDATE deliveries SET status = 'delivered', attempts = attempts + ?, delivered_at = ?, "
                    "next_attempt_at = NULL, lease_owner = NULL, lease_expires_at = NULL, last_error = NULL "
                    "WHERE id IN (SELECT value FROM json_each(?))",
                    qint64(withAttempt), now, sql::idList(delivered[withAttempt]));
    }
    MetricsRecorder::record(context, destinationId, now, metrics);
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
                                 "AND e.status IN (" SB_OPEN_STATUSES "))"),
                  {now, destinationId});
    return q.numRowsAffected();
}

namespace {
std::optional<qint64> optionalTime(Statement &q) {
    std::optional<qint64> time;
    if (q.next()) {
        if (!q.isNull(0))
            time = q.int64(0);
        q.reset();
    }
    return time;
}
} // namespace

std::optional<qint64> OutboxQueue::nextAttemptMs(StatementCache &reads, const QSqlDatabase &reader,
                                                 qint64 destinationId) {
    // One status at a time: each is a single seek in deliveries_due.
    return optionalTime(reads.query(reader,
                                    "SELECT min(t) FROM (SELECT min(next_attempt_at) AS t FROM deliveries "
                                    "WHERE destination_id = ?1 AND status = 'pending' UNION ALL SELECT "
                                    "min(next_attempt_at) FROM deliveries WHERE destination_id = ?1 AND "
                                    "status = 'retrying')",
                                    destinationId));
}

std::optional<qint64> OutboxQueue::nextLeaseExpiryMs(StatementCache &reads, const QSqlDatabase &reader,
                                                     qint64 destinationId) {
    return optionalTime(reads.query(reader,
                                    "SELECT min(lease_expires_at) FROM deliveries WHERE destination_id = ? "
                                    "AND status = 'in_flight'",
                                    destinationId));
}

} // namespace sb
