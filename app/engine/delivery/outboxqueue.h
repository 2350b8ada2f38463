#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// A delivery that is not final yet (its destination's backlog), as a SQL list: "status IN ("
// SB_OPEN_STATUSES ")". One definition for the engine's and the console's queries.
#define SB_OPEN_STATUSES "'pending','in_flight','retrying','blocked'"

namespace sb {

class StatementCache;

// The same for a status read back.
inline bool isOpenStatus(QStringView status) {
    return status == u"pending" || status == u"in_flight" || status == u"retrying" || status == u"blocked";
}

struct DeliveryPolicy;
struct WriteContext;

// One outbox row taken by a worker under a lease.
struct ClaimedDelivery {
    qint64 id = 0;
    qint64 eventId = 0;
    qint64 mappingId = 0;
    int mappingVersion = 0;
    qint64 profileId = 0;
    QString idempotencyKey;
    int attempts = 0;
    qint64 createdAt = 0;
};

struct ClaimBatch {
    QList<ClaimedDelivery> deliveries;
    bool paused = false;
    int newlyBlocked = 0;
};

// One attempt's record (request already masked, bodies already truncated).
struct AttemptRecord {
    qint64 startedAt = 0;
    QString request;
    int httpStatus = 0; // 0: no HTTP answer (timeout, connection error, not sent)
    QString responseHeaders;
    QString responseBody;
    qint64 latencyMs = 0;
    QString outcome; // delivered, retryable, rejected, timeout, connection_error, invalid
    QString error;
    // Nonzero: the records of one apply() with this key share request and response (the items of one
    // delivered request), which are then stored once (delivery_exchanges).
    quint64 exchangeKey = 0;
};

// What happened to one claimed delivery.
struct DeliveryOutcome {
    enum class Kind { Delivered, Retry, Dead, Skipped };
    qint64 deliveryId = 0;
    qint64 profileId = 0;
    Kind kind = Kind::Dead;
    QString reason;
    std::optional<qint64> retryAfterMs;
    std::optional<AttemptRecord> attempt;
    qint64 eventReceivedAt = 0; // for the ingest -> delivered latency
};

struct AppliedOutcomes {
    int delivered = 0;
    int retrying = 0;
    int dead = 0;
    int skipped = 0;
};

// The outbox's SQL: claiming due rows under a lease (with per-profile ordering) and applying
// outcomes. Every function runs inside a writer job and throws sql::Error on failure.
class OutboxQueue {
public:
    static constexpr const char *kOpenStatuses = "('pending','in_flight','retrying','blocked')";

    // Due rows (pending/retrying whose time has come, in_flight whose lease expired), oldest first.
    // With ordering, a row waits while an earlier row of the same profile is open elsewhere; when
    // that earlier row is retrying (or itself blocked) the row is marked 'blocked'.
    // Finding expired leases reads every in-flight row of the destination; a caller that knows none
    // has expired (see DestinationWorker) passes expiredLeases false.
    static ClaimBatch claim(WriteContext &context, qint64 destinationId, const QString &owner, int limit,
                            qint64 leaseMs, bool ordering, bool expiredLeases = true);
    // Records attempts and new statuses; rows no longer leased by owner (discarded meanwhile) keep
    // their status. Unblocks later rows of a profile once an earlier one is final.
    static AppliedOutcomes apply(WriteContext &context, qint64 destinationId, const QString &owner,
                                 const QList<DeliveryOutcome> &outcomes, const DeliveryPolicy &policy);
    // Gives leased rows back without an attempt (shutdown).
    static void release(WriteContext &context, const QString &owner, const QList<qint64> &deliveryIds);
    // Blocked rows whose earlier rows are all final become pending again (safety net, also used
    // when ordering is switched off). Returns how many.
    static int unblockReady(WriteContext &context, qint64 destinationId, bool ordering);
    // Unblocks the rows waiting behind deliveryId (same profile and destination).
    static void unblockAfter(const QSqlDatabase &db, qint64 destinationId, qint64 profileId,
                             qint64 deliveryId, qint64 nowMs);

    // The earliest next attempt of a pending or retrying row (deliveries_due alone answers it). Through
    // the caller's statements on its reader: a worker asks after every request.
    static std::optional<qint64> nextAttemptMs(StatementCache &reads, const QSqlDatabase &reader,
                                               qint64 destinationId);
    // The earliest lease expiry of an in-flight row, when a crashed engine's rows become due. Reads every
    // in-flight row of the destination (thousands while deliveries are handed over): callers cache it.
    static std::optional<qint64> nextLeaseExpiryMs(StatementCache &reads, const QSqlDatabase &reader,
                                                   qint64 destinationId);
};

} // namespace sb
