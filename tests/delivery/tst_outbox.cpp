// The outbox on a real workspace: rows written with the event, stable keys, leased claims, per-profile
// ordering, retry windows, operator controls, explain and metrics. No network here.
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "delivery/deliverycontrol.h"
#include "delivery/deliverypolicy.h"
#include "delivery/explain.h"
#include "delivery/handoff.h"
#include "delivery/keyplacement.h"
#include "delivery/outboxqueue.h"
#include "deliverytestsupport.h"
#include "metrics/metricsrecorder.h"
#include "metrics/stats.h"

using namespace sb;
using namespace sbtest;

namespace {

QString statusOf(Workspace *ws, qint64 deliveryId) {
    return sql::scalar(ws->reader(), QStringLiteral("SELECT status FROM deliveries WHERE id = ?"),
                       {deliveryId})
        .toString();
}

qint64 deliveryOf(Workspace *ws, qint64 eventId) {
    return sql::scalar(ws->reader(), QStringLiteral("SELECT id FROM deliveries WHERE event_id = ?"),
                       {eventId})
        .toLongLong();
}

ClaimBatch claim(Workspace *ws, qint64 destination, const QString &owner, int limit = 100,
                 bool ordering = true, qint64 leaseMs = 60'000) {
    ClaimBatch batch;
    const WriteResult r = ws->writer()->run([&](WriteContext &c) {
        batch = OutboxQueue::claim(c, destination, owner, limit, leaseMs, ordering);
        return QVariant();
    });
    if (!r.ok)
        qWarning("%s", qPrintable(r.error));
    return batch;
}

void applyOutcome(Workspace *ws, qint64 destination, const QString &owner, const ClaimedDelivery &d,
                  DeliveryOutcome::Kind kind, const QString &reason = {}, const DeliveryPolicy &policy = {},
                  std::optional<qint64> retryAfter = std::nullopt) {
    DeliveryOutcome o;
    o.deliveryId = d.id;
    o.profileId = d.profileId;
    o.kind = kind;
    o.reason = reason;
    o.retryAfterMs = retryAfter;
    AttemptRecord a;
    a.startedAt = ws->clock()->nowMs();
    a.request = QStringLiteral("{}");
    a.httpStatus = kind == DeliveryOutcome::Kind::Delivered ? 200 : 500;
    a.outcome =
        kind == DeliveryOutcome::Kind::Delivered ? QStringLiteral("delivered") : QStringLiteral("retryable");
    a.error = reason;
    o.attempt = a;
    ws->writer()->run([&](WriteContext &c) {
        OutboxQueue::apply(c, destination, owner, {o}, policy);
        return QVariant();
    });
}

struct Fixture {
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<Workspace> ws;
    Seeded seeded;

    explicit Fixture(int destinations = 1) {
        auto opened = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing, &clock);
        ws = opened.take();
        QList<std::pair<QString, QString>> list;
        for (int i = 0; i < destinations; ++i)
            list << std::pair{QStringLiteral("dest%1").arg(i), QStringLiteral("http://127.0.0.1:9")};
        seeded = seed(ws.get(), list);
    }
};

// A worker's inbox for the first destination, open in the registry as a running worker's would be.
std::shared_ptr<HandoffInbox> openInbox(Fixture &f, const QString &owner) {
    auto inbox = std::make_shared<HandoffInbox>(owner, 30'000);
    HandoffRegistry::open(f.ws->databasePath(), f.seeded.destinationIds.first(), inbox);
    return inbox;
}

} // namespace

class TestOutbox : public QObject {
    Q_OBJECT
private slots:
    void enqueueWritesDeliveriesAndOutcomesWithTheEvent() {
        Fixture f(3);
        const qint64 profile = addProfile(f.ws.get(), QStringLiteral("u1"));
        QList<RouteDecision> decisions = matchAll(f.seeded);
        decisions[1].matched = false;
        decisions[1].mappingId = 0;
        decisions[1].outcome = QStringLiteral("no_mapping");
        decisions[2].matched = false;
        decisions[2].outcome = QStringLiteral("condition_false");
        decisions[2].detail = QStringLiteral("properties.total > 100 was false (42)");
        const qint64 event = ingest(f.ws.get(), f.seeded, QStringLiteral("m-1"), profile,
                                    QStringLiteral("Order Created"), decisions);
        QSqlDatabase db = f.ws->reader();
        QCOMPARE(sql::scalar(db,
                             QStringLiteral("SELECT count(*) FROM deliveries WHERE event_id = ? AND "
                                            "status = 'pending'"),
                             {event})
                     .toInt(),
                 1);
        QCOMPARE(sql::scalar(db,
                             QStringLiteral("SELECT group_concat(outcome, ',') FROM (SELECT outcome FROM "
                                            "event_outcomes WHERE event_id = ? ORDER BY destination_id)"),
                             {event})
                     .toString(),
                 QStringLiteral("no_mapping,condition_false"));
        QCOMPARE(sql::scalar(
                     db, QStringLiteral("SELECT sum(filtered) FROM metrics_buckets WHERE resolution_s = 10"))
                     .toInt(),
                 2);

        // A job that fails after enqueueing leaves neither the event nor its deliveries.
        const WriteResult failed = f.ws->writer()->run([&](WriteContext &c) {
            Event e;
            e.messageId = QStringLiteral("m-rollback");
            e.sourceId = f.seeded.sourceId;
            e.profileId = profile;
            storeEvent(c, e, matchAll(f.seeded));
            throw sql::Error(QStringLiteral("identity step failed"));
            return QVariant();
        });
        QVERIFY(!failed.ok);
        QCOMPARE(
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM events WHERE message_id = 'm-rollback'"))
                .toInt(),
            0);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM deliveries")).toInt(), 1);
    }

    // While its worker has room and the destination has no rows waiting, a delivery goes to the worker
    // as it is stored: leased in the same commit, event included, no claim. Otherwise it waits in the
    // outbox; credits taken before a revoke come with the old epoch (the worker gives them back).
    void deliveriesAreHandedToAWorkerWithRoom() {
        Fixture f;
        const qint64 destination = f.seeded.destinationIds.first();
        const qint64 profile = addProfile(f.ws.get(), QStringLiteral("u1"));
        const std::shared_ptr<HandoffInbox> inbox = openInbox(f, QStringLiteral("worker-a"));
        inbox->grant(2);
        const quint64 firstEpoch = inbox->epoch();

        const qint64 e1 = ingest(f.ws.get(), f.seeded, QStringLiteral("h-1"), profile);
        const qint64 d1 = deliveryOf(f.ws.get(), e1);
        QCOMPARE(statusOf(f.ws.get(), d1), QStringLiteral("in_flight"));
        QCOMPARE(sql::scalar(f.ws->reader(),
                             QStringLiteral("SELECT lease_owner FROM deliveries WHERE id = ?"), {d1})
                     .toString(),
                 QStringLiteral("worker-a"));
        QList<HandedDelivery> handed = inbox->take();
        QCOMPARE(handed.size(), 1);
        QCOMPARE(handed.first().delivery.id, d1);
        QCOMPARE(handed.first().delivery.profileId, profile);
        QCOMPARE(handed.first().event.id, e1);
        QCOMPARE(handed.first().event.messageId, QStringLiteral("h-1"));
        QCOMPARE(handed.first().epoch, firstEpoch);
        QCOMPARE(
            handed.first().delivery.idempotencyKey,
            Outbox::idempotencyKey(f.seeded.sourceId, QStringLiteral("h-1"), f.seeded.mappingIds.first()));
        // Nothing left for a claim: the row is the worker's.
        QCOMPARE(claim(f.ws.get(), destination, QStringLiteral("worker-b")).deliveries.size(), 0);

        // No credit left after the second: the third waits in the outbox...
        ingest(f.ws.get(), f.seeded, QStringLiteral("h-2"), profile);
        const qint64 e3 = ingest(f.ws.get(), f.seeded, QStringLiteral("h-3"), profile);
        QCOMPARE(statusOf(f.ws.get(), deliveryOf(f.ws.get(), e3)), QStringLiteral("pending"));
        handed += inbox->take();
        QCOMPARE(handed.size(), 2);
        // ...and while it does, later deliveries wait behind it even with credits again.
        inbox->grant(10);
        const qint64 e4 = ingest(f.ws.get(), f.seeded, QStringLiteral("h-4"), profile);
        QCOMPARE(statusOf(f.ws.get(), deliveryOf(f.ws.get(), e4)), QStringLiteral("pending"));
        QCOMPARE(inbox->waiting(), 0);

        // A revoke moves the epoch on and takes the credits away.
        for (const HandedDelivery &h : std::as_const(handed))
            applyOutcome(f.ws.get(), destination, QStringLiteral("worker-a"), h.delivery,
                         DeliveryOutcome::Kind::Delivered);
        ClaimBatch waiting = claim(f.ws.get(), destination, QStringLiteral("worker-a"));
        QCOMPARE(waiting.deliveries.size(), 2);
        for (const ClaimedDelivery &d : std::as_const(waiting.deliveries))
            applyOutcome(f.ws.get(), destination, QStringLiteral("worker-a"), d,
                         DeliveryOutcome::Kind::Delivered);
        inbox->revoke();
        QVERIFY(inbox->epoch() != firstEpoch);
        const qint64 e5 = ingest(f.ws.get(), f.seeded, QStringLiteral("h-5"), profile);
        QCOMPARE(statusOf(f.ws.get(), deliveryOf(f.ws.get(), e5)), QStringLiteral("pending"));

        // A paused destination gets nothing handed over, credits or not.
        const qint64 e6 = ingest(f.ws.get(), f.seeded, QStringLiteral("h-6"), 0);
        ClaimBatch rest = claim(f.ws.get(), destination, QStringLiteral("worker-a"));
        QVERIFY(!rest.deliveries.isEmpty());
        for (const ClaimedDelivery &d : std::as_const(rest.deliveries))
            applyOutcome(f.ws.get(), destination, QStringLiteral("worker-a"), d,
                         DeliveryOutcome::Kind::Delivered);
        QCOMPARE(statusOf(f.ws.get(), deliveryOf(f.ws.get(), e6)), QStringLiteral("delivered"));
        DeliveryControl control(f.ws.get());
        control.setPaused(destination, true).waitForFinished();
        inbox->grant(10);
        const qint64 e7 = ingest(f.ws.get(), f.seeded, QStringLiteral("h-7"), 0);
        QCOMPARE(statusOf(f.ws.get(), deliveryOf(f.ws.get(), e7)), QStringLiteral("pending"));
        QCOMPARE(inbox->waiting(), 0);
        control.setPaused(destination, false).waitForFinished();
        const qint64 e8 = ingest(f.ws.get(), f.seeded, QStringLiteral("h-8"), 0);
        QCOMPARE(statusOf(f.ws.get(), deliveryOf(f.ws.get(), e8)), QStringLiteral("pending")); // behind h-7

        // A closed inbox is not used.
        HandoffRegistry::close(f.ws->databasePath(), destination, inbox.get());
        QVERIFY(!HandoffRegistry::find(f.ws->databasePath(), destination));
    }

    // Rows that wait in the outbox keep their event in the worker's memory, so the claim that picks them
    // up does not read and parse it back; a paused destination's do not, and the memory is bounded.
    void eventsOfWaitingRowsAreKeptForTheClaim() {
        Fixture f;
        const qint64 destination = f.seeded.destinationIds.first();
        const qint64 profile = addProfile(f.ws.get(), QStringLiteral("u1"));
        const std::shared_ptr<HandoffInbox> inbox = openInbox(f, QStringLiteral("worker-a"));

        const qint64 e1 = ingest(f.ws.get(), f.seeded, QStringLiteral("k-1"), profile); // no credits
        QCOMPARE(statusOf(f.ws.get(), deliveryOf(f.ws.get(), e1)), QStringLiteral("pending"));
        QCOMPARE(inbox->remembered(), 1);
        const QHash<qint64, Event> recalled = inbox->recall({e1, e1 + 1000});
        QCOMPARE(recalled.size(), 1);
        QCOMPARE(recalled.value(e1).messageId, QStringLiteral("k-1"));
        QCOMPARE(recalled.value(e1).profileId, profile);
        QVERIFY(!recalled.value(e1).payload.isEmpty());
        QCOMPARE(inbox->remembered(), 0); // recalled once
        QVERIFY(inbox->recall({e1}).isEmpty());

        DeliveryControl control(f.ws.get());
        control.setPaused(destination, true).waitForFinished();
        const qint64 e2 = ingest(f.ws.get(), f.seeded, QStringLiteral("k-2"), profile);
        QCOMPARE(statusOf(f.ws.get(), deliveryOf(f.ws.get(), e2)), QStringLiteral("pending"));
        QCOMPARE(inbox->remembered(), 0);
        control.setPaused(destination, false).waitForFinished();

        QList<Event> many(HandoffInbox::kMaxRemembered + 5);
        for (qsizetype i = 0; i < many.size(); ++i)
            many[i].id = 1'000'000 + i;
        inbox->remember(many);
        QCOMPARE(inbox->remembered(), HandoffInbox::kMaxRemembered);
        HandoffRegistry::close(f.ws->databasePath(), destination, inbox.get());
    }

    void idempotencyKeyIsStableAndFitsEveryConnector() {
        const QString a = Outbox::idempotencyKey(1, QStringLiteral("msg-1"), 7);
        QCOMPARE(Outbox::idempotencyKey(1, QStringLiteral("msg-1"), 7), a);
        QVERIFY(Outbox::idempotencyKey(1, QStringLiteral("msg-1"), 8) != a);
        QVERIFY(Outbox::idempotencyKey(2, QStringLiteral("msg-1"), 7) != a);
        // Mixpanel $insert_id: at most 36 of [A-Za-z0-9-]; Attentive wants a UUID.
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                     .match(a)
                     .hasMatch(),
                 qPrintable(a));
        Fixture f;
        const qint64 event = ingest(f.ws.get(), f.seeded, QStringLiteral("msg-1"), 0);
        QCOMPARE(
            sql::scalar(f.ws->reader(),
                        QStringLiteral("SELECT idempotency_key FROM deliveries WHERE event_id = ?"), {event})
                .toString(),
            Outbox::idempotencyKey(f.seeded.sourceId, QStringLiteral("msg-1"), f.seeded.mappingIds.first()));
    }

    void keyGoesWhereTheConnectorReadsIt() {
        const QString key = Outbox::idempotencyKey(1, QStringLiteral("m"), 2);
        // No key from the renderer: placed at the connector's field (a dotted path for Mixpanel).
        RenderedItem mixpanel;
        mixpanel.body = QJsonObject{
            {QStringLiteral("event"), QStringLiteral("Signup")},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("plan"), QStringLiteral("pro")}}}};
        KeyPlacement::apply(mixpanel, key, QStringLiteral("properties.$insert_id"));
        QCOMPARE(mixpanel.body[QStringLiteral("properties")][QStringLiteral("$insert_id")].toString(), key);
        QCOMPARE(mixpanel.body[QStringLiteral("properties")][QStringLiteral("plan")].toString(),
                 QStringLiteral("pro"));
        QCOMPARE(mixpanel.idempotencyKey, key);
        // The renderer already placed a key of its own (Klaviyo's nested unique_id): swapped for the
        // outbox's.
        RenderedItem klaviyo;
        klaviyo.idempotencyKey = QStringLiteral("renderer-key");
        klaviyo.body = QJsonObject{
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("attributes"),
                          QJsonObject{{QStringLiteral("unique_id"), QStringLiteral("renderer-key")},
                                      {QStringLiteral("value"), 9.99}}}}}};
        KeyPlacement::apply(klaviyo, key, QStringLiteral("unique_id"));
        QCOMPARE(
            klaviyo.body[QStringLiteral("data")][QStringLiteral("attributes")][QStringLiteral("unique_id")]
                .toString(),
            key);
        QVERIFY(!klaviyo.body.contains(QStringLiteral("unique_id")));
        QCOMPARE(klaviyo.idempotencyKey, key);
    }

    void claimTakesLeasesAndReclaimsExpiredOnes() {
        Fixture f;
        const qint64 dest = f.seeded.destinationIds.first();
        for (int i = 0; i < 5; ++i)
            ingest(f.ws.get(), f.seeded, QStringLiteral("m%1").arg(i), 0);
        QCOMPARE(claim(f.ws.get(), dest, QStringLiteral("A"), 100, true, 1000).deliveries.size(), 5);
        QCOMPARE(sql::scalar(f.ws->reader(),
                             QStringLiteral("SELECT count(*) FROM deliveries WHERE status = 'in_flight' "
                                            "AND lease_owner = 'A'"))
                     .toInt(),
                 5);
        // Owner A "crashed": until its lease expires nobody else takes the rows.
        QCOMPARE(claim(f.ws.get(), dest, QStringLiteral("B")).deliveries.size(), 0);
        f.clock.advance(1001);
        const ClaimBatch reclaimed = claim(f.ws.get(), dest, QStringLiteral("B"));
        QCOMPARE(reclaimed.deliveries.size(), 5);
        QCOMPARE(sql::scalar(f.ws->reader(),
                             QStringLiteral("SELECT count(*) FROM deliveries WHERE lease_owner = 'B'"))
                     .toInt(),
                 5);
    }

    void pausedDestinationIsNotClaimed() {
        Fixture f;
        const qint64 dest = f.seeded.destinationIds.first();
        ingest(f.ws.get(), f.seeded, QStringLiteral("m"), 0);
        DeliveryControl control(f.ws.get());
        auto paused = control.setPaused(dest, true);
        paused.waitForFinished();
        QVERIFY(paused.result().ok);
        const ClaimBatch batch = claim(f.ws.get(), dest, QStringLiteral("A"));
        QVERIFY(batch.paused);
        QCOMPARE(batch.deliveries.size(), 0);
        control.setPaused(dest, false).waitForFinished();
        QCOMPARE(claim(f.ws.get(), dest, QStringLiteral("A")).deliveries.size(), 1);
        auto missing = control.setPaused(999, true);
        missing.waitForFinished();
        QVERIFY(!missing.result().ok);
        QVERIFY(missing.result().error.contains(QStringLiteral("999")));
    }

    void laterEventOfAProfileWaitsWhileEarlierRetries() {
        Fixture f;
        const qint64 dest = f.seeded.destinationIds.first();
        const qint64 p = addProfile(f.ws.get(), QStringLiteral("p"));
        const qint64 other = addProfile(f.ws.get(), QStringLiteral("q"));
        const qint64 e1 = ingest(f.ws.get(), f.seeded, QStringLiteral("e1"), p);
        const QList<ClaimedDelivery> first = claim(f.ws.get(), dest, QStringLiteral("W")).deliveries;
        QCOMPARE(first.size(), 1);
        const qint64 e2 = ingest(f.ws.get(), f.seeded, QStringLiteral("e2"), p);
        const qint64 e3 = ingest(f.ws.get(), f.seeded, QStringLiteral("e3"), other);
        // e1 is in flight with W: for another worker (X) e2 waits (not yet marked blocked), e3 of another
        // profile goes.
        QList<ClaimedDelivery> second = claim(f.ws.get(), dest, QStringLiteral("X")).deliveries;
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().eventId, e3);
        QCOMPARE(statusOf(f.ws.get(), deliveryOf(f.ws.get(), e2)), QStringLiteral("pending"));
        applyOutcome(f.ws.get(), dest, QStringLiteral("X"), second.first(), DeliveryOutcome::Kind::Delivered);

        applyOutcome(f.ws.get(), dest, QStringLiteral("W"), first.first(), DeliveryOutcome::Kind::Retry,
                     QStringLiteral("HTTP 503"));
        QCOMPARE(statusOf(f.ws.get(), deliveryOf(f.ws.get(), e1)), QStringLiteral("retrying"));
        QCOMPARE(claim(f.ws.get(), dest, QStringLiteral("W")).deliveries.size(), 0);
        QCOMPARE(statusOf(f.ws.get(), deliveryOf(f.ws.get(), e2)), QStringLiteral("blocked"));

        const QJsonObject why = Explainer::explain(f.ws->reader(), e2);
        const QJsonObject entry = why.value(QStringLiteral("destinations")).toArray().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("outcome")).toString(), QStringLiteral("blocked"));
        QCOMPARE(qint64(entry.value(QStringLiteral("waitingBehindEventId")).toDouble()), e1);
        QVERIFY2(entry.value(QStringLiteral("summary"))
                     .toString()
                     .contains(QStringLiteral("waiting behind earlier event")),
                 qPrintable(entry.value(QStringLiteral("summary")).toString()));

        // Retry time comes: e1 goes alone; once delivered e2 is released and goes next.
        f.clock.advance(5 * 60 * 1000);
        const QList<ClaimedDelivery> retry = claim(f.ws.get(), dest, QStringLiteral("W")).deliveries;
        QCOMPARE(retry.size(), 1);
        QCOMPARE(retry.first().eventId, e1);
        applyOutcome(f.ws.get(), dest, QStringLiteral("W"), retry.first(), DeliveryOutcome::Kind::Delivered);
        QCOMPARE(statusOf(f.ws.get(), deliveryOf(f.ws.get(), e2)), QStringLiteral("pending"));
        const QList<ClaimedDelivery> next = claim(f.ws.get(), dest, QStringLiteral("W")).deliveries;
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.first().eventId, e2);
    }

    // The worker that holds a profile's earlier row takes the later ones too: it sends a profile's rows
    // one request after the other and gives the later ones back when an earlier one fails
    // (DestinationWorker), so they need not wait in the outbox until the earlier one is delivered.
    void theClaimingWorkerTakesRowsBehindItsOwnInFlightRows() {
        Fixture f;
        const qint64 dest = f.seeded.destinationIds.first();
        const qint64 p = addProfile(f.ws.get(), QStringLiteral("p"));
        const qint64 e1 = ingest(f.ws.get(), f.seeded, QStringLiteral("e1"), p);
        const QList<ClaimedDelivery> first = claim(f.ws.get(), dest, QStringLiteral("W")).deliveries;
        QCOMPARE(first.size(), 1);
        const qint64 e2 = ingest(f.ws.get(), f.seeded, QStringLiteral("e2"), p);
        QCOMPARE(claim(f.ws.get(), dest, QStringLiteral("X")).deliveries.size(), 0);
        const QList<ClaimedDelivery> second = claim(f.ws.get(), dest, QStringLiteral("W")).deliveries;
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().eventId, e2);

        // e1 fails: the worker gives e2 back, and the next claim finds it behind a retrying row.
        applyOutcome(f.ws.get(), dest, QStringLiteral("W"), first.first(), DeliveryOutcome::Kind::Retry,
                     QStringLiteral("HTTP 503"));
        QVERIFY(f.ws->writer()
                    ->run([&](WriteContext &c) {
                        OutboxQueue::release(c, QStringLiteral("W"), {second.first().id});
                        return QVariant();
                    })
                    .ok);
        QCOMPARE(claim(f.ws.get(), dest, QStringLiteral("W")).deliveries.size(), 0);
        QCOMPARE(statusOf(f.ws.get(), deliveryOf(f.ws.get(), e2)), QStringLiteral("blocked"));
        QCOMPARE(statusOf(f.ws.get(), deliveryOf(f.ws.get(), e1)), QStringLiteral("retrying"));
    }

    // The safety net (maintenance) unblocks rows whose earlier rows of the profile are all final.
    void blockedRowsAreUnblockedOnceEarlierRowsAreFinal() {
        Fixture f;
        const qint64 dest = f.seeded.destinationIds.first();
        const qint64 p = addProfile(f.ws.get(), QStringLiteral("p"));
        const qint64 e1 = ingest(f.ws.get(), f.seeded, QStringLiteral("e1"), p);
        const qint64 e2 = ingest(f.ws.get(), f.seeded, QStringLiteral("e2"), p);
        const QList<ClaimedDelivery> first = claim(f.ws.get(), dest, QStringLiteral("W"), 1).deliveries;
        QCOMPARE(first.size(), 1);
        applyOutcome(f.ws.get(), dest, QStringLiteral("W"), first.first(), DeliveryOutcome::Kind::Retry,
                     QStringLiteral("HTTP 503"));
        QCOMPARE(claim(f.ws.get(), dest, QStringLiteral("W")).deliveries.size(), 0);
        QCOMPARE(statusOf(f.ws.get(), deliveryOf(f.ws.get(), e2)), QStringLiteral("blocked"));
        const auto unblockReady = [&] {
            int unblocked = -1;
            f.ws->writer()->run([&](WriteContext &c) {
                unblocked = OutboxQueue::unblockReady(c, dest, true);
                return QVariant();
            });
            return unblocked;
        };
        QCOMPARE(unblockReady(), 0); // e1 is still open (retrying)
        f.ws->writer()->run([&](WriteContext &c) {
            sql::exec(c.db, QStringLiteral("UPDATE deliveries SET status = 'delivered' WHERE id = ?"),
                      {deliveryOf(f.ws.get(), e1)});
            return QVariant();
        });
        QCOMPARE(unblockReady(), 1);
        QCOMPARE(statusOf(f.ws.get(), deliveryOf(f.ws.get(), e2)), QStringLiteral("pending"));
    }

    // A row released after a Retry-After hold is due later than newer rows of its profile. A small
    // claim in due-time order then finds only rows that must wait behind it: it must take the earlier
    // row instead of coming back empty forever (this stalled a destination in tst_faults).
    void claimReachesAnEarlierRowDueLater() {
        Fixture f;
        const qint64 dest = f.seeded.destinationIds.first();
        const qint64 p = addProfile(f.ws.get(), QStringLiteral("p"));
        const qint64 e1 = ingest(f.ws.get(), f.seeded, QStringLiteral("e1"), p);
        const qint64 e2 = ingest(f.ws.get(), f.seeded, QStringLiteral("e2"), p);
        const qint64 now = f.clock.nowMs();
        QVERIFY(
            f.ws->writer()
                ->run([&](WriteContext &c) {
                    sql::exec(c.db, QStringLiteral("UPDATE deliveries SET next_attempt_at = ? WHERE id = ?"),
                              {now - 10, deliveryOf(f.ws.get(), e1)});
                    sql::exec(c.db, QStringLiteral("UPDATE deliveries SET next_attempt_at = ? WHERE id = ?"),
                              {now - 1000, deliveryOf(f.ws.get(), e2)});
                    return QVariant();
                })
                .ok);
        const QList<ClaimedDelivery> first = claim(f.ws.get(), dest, QStringLiteral("W"), 1).deliveries;
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().eventId, e1);
        applyOutcome(f.ws.get(), dest, QStringLiteral("W"), first.first(), DeliveryOutcome::Kind::Delivered);
        const QList<ClaimedDelivery> second = claim(f.ws.get(), dest, QStringLiteral("W"), 1).deliveries;
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().eventId, e2);
    }

    void orderingCanBeSwitchedOff() {
        Fixture f;
        const qint64 dest = f.seeded.destinationIds.first();
        const qint64 p = addProfile(f.ws.get(), QStringLiteral("p"));
        ingest(f.ws.get(), f.seeded, QStringLiteral("e1"), p);
        const QList<ClaimedDelivery> first = claim(f.ws.get(), dest, QStringLiteral("W"), 1).deliveries;
        applyOutcome(f.ws.get(), dest, QStringLiteral("W"), first.first(), DeliveryOutcome::Kind::Retry,
                     QStringLiteral("HTTP 503"));
        const qint64 e2 = ingest(f.ws.get(), f.seeded, QStringLiteral("e2"), p);
        QCOMPARE(claim(f.ws.get(), dest, QStringLiteral("W")).deliveries.size(), 0); // blocked with ordering
        const QList<ClaimedDelivery> unordered =
            claim(f.ws.get(), dest, QStringLiteral("W"), 100, false).deliveries;
        QCOMPARE(unordered.size(), 1);
        QCOMPARE(unordered.first().eventId, e2);
    }

    void retriesEndInADeadLetterAfterTheWindow() {
        Fixture f;
        const qint64 dest = f.seeded.destinationIds.first();
        const qint64 event = ingest(f.ws.get(), f.seeded, QStringLiteral("e"), 0);
        DeliveryPolicy policy; // 1 s doubling to 5 min, 4 h window
        int attempts = 0;
        for (;;) {
            const QList<ClaimedDelivery> due = claim(f.ws.get(), dest, QStringLiteral("W")).deliveries;
            QCOMPARE(due.size(), 1);
            applyOutcome(f.ws.get(), dest, QStringLiteral("W"), due.first(), DeliveryOutcome::Kind::Retry,
                         QStringLiteral("HTTP 502: bad gateway"), policy);
            ++attempts;
            if (statusOf(f.ws.get(), due.first().id) == QLatin1String("dead"))
                break;
            const qint64 next =
                sql::scalar(f.ws->reader(),
                            QStringLiteral("SELECT next_attempt_at FROM deliveries WHERE id = ?"),
                            {due.first().id})
                    .toLongLong();
            const qint64 delay = next - f.clock.nowMs();
            QVERIFY2(delay >= qint64(0.75 * std::min(1000.0 * (1 << std::min(attempts - 1, 20)), 300000.0))
                                  - 1
                         && delay <= 300000,
                     qPrintable(QStringLiteral("attempt %1 delay %2").arg(attempts).arg(delay)));
            f.clock.set(QDateTime::fromMSecsSinceEpoch(next, Qt::UTC));
            QVERIFY(attempts < 200);
        }
        // 4 h of back-off capped at 5 min: about 9 quick ones then ~48-64 at the cap.
        QVERIFY2(attempts > 40 && attempts < 80, qPrintable(QString::number(attempts)));
        const QJsonObject why = Explainer::explain(f.ws->reader(), event);
        const QJsonObject entry = why.value(QStringLiteral("destinations")).toArray().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("outcome")).toString(), QStringLiteral("dead"));
        QVERIFY(entry.value(QStringLiteral("summary")).toString().contains(QStringLiteral("gave up after")));
        QVERIFY(entry.value(QStringLiteral("summary")).toString().contains(QStringLiteral("bad gateway")));
        QCOMPARE(entry.value(QStringLiteral("attempts")).toInt(), attempts);
    }

    void retryAfterLongerThanBackoffWins() {
        Fixture f;
        const qint64 dest = f.seeded.destinationIds.first();
        ingest(f.ws.get(), f.seeded, QStringLiteral("e"), 0);
        const ClaimedDelivery d = claim(f.ws.get(), dest, QStringLiteral("W")).deliveries.first();
        applyOutcome(f.ws.get(), dest, QStringLiteral("W"), d, DeliveryOutcome::Kind::Retry,
                     QStringLiteral("HTTP 429"), {}, 30'000);
        QCOMPARE(sql::scalar(f.ws->reader(),
                             QStringLiteral("SELECT next_attempt_at FROM deliveries WHERE id = ?"), {d.id})
                     .toLongLong(),
                 f.clock.nowMs() + 30'000);
    }

    void policyDefaultsAndSettings() {
        const DeliveryPolicy p;
        for (int status : {500, 502, 503, 504, 599, 408, 410, 429, 460})
            QVERIFY2(p.isRetryableStatus(status), qPrintable(QString::number(status)));
        for (int status : {400, 401, 403, 404, 409, 413, 422, 501, 505})
            QVERIFY2(!p.isRetryableStatus(status), qPrintable(QString::number(status)));
        QCOMPARE(p.backoffMs(1, 0.0), 1000);
        QCOMPARE(p.backoffMs(2, 0.0), 2000);
        QCOMPARE(p.backoffMs(3, 0.0), 4000);
        QCOMPARE(p.backoffMs(30, 0.0), 300000);
        QCOMPARE(p.backoffMs(1, 1.0), 750);
        QCOMPARE(p.maxRetryWindowMs, 4LL * 3600 * 1000);
        QVERIFY(p.ordering);

        const DeliveryPolicy custom = DeliveryPolicy::fromSettings(QJsonObject{
            {QStringLiteral("delivery"), QJsonObject{{QStringLiteral("ordering"), false},
                                                     {QStringLiteral("retryStatuses"), QJsonArray{409}},
                                                     {QStringLiteral("initialBackoffMs"), 50},
                                                     {QStringLiteral("maxRetryWindowMs"), 60000}}}});
        QVERIFY(!custom.ordering);
        QVERIFY(custom.isRetryableStatus(409));
        QVERIFY(!custom.isRetryableStatus(429));
        QCOMPARE(custom.backoffMs(1, 0.0), 50);
        QCOMPARE(custom.maxRetryWindowMs, 60000);
    }

    void tokenBucketAndAdaptiveSlowDown() {
        RequestRateLimiter bucket(10, 2);
        QVERIFY(bucket.tryTake(0));
        QVERIFY(bucket.tryTake(0));
        QVERIFY(!bucket.tryTake(0));
        QCOMPARE(bucket.msUntilToken(0), 100);
        QVERIFY(bucket.tryTake(100));
        bucket.slowDown();
        QCOMPARE(bucket.currentRate(), 5.0);
        QVERIFY(bucket.throttled());
        QCOMPARE(bucket.msUntilToken(100), 200);
        for (int i = 0; i < 100; ++i)
            bucket.recover();
        QCOMPARE(bucket.currentRate(), 10.0);
        for (int i = 0; i < 20; ++i)
            bucket.slowDown();
        QCOMPARE(bucket.currentRate(), 1.0); // never below a tenth
    }

    void circuitBreakerOpensAndProbes() {
        CircuitBreaker breaker({0.5, 4, 60'000, 30'000});
        QVERIFY(breaker.allowRequest(0));
        breaker.recordSuccess(0);
        breaker.recordFailure(1);
        breaker.recordFailure(2);
        QCOMPARE(breaker.state(2), CircuitBreaker::State::Closed); // 2 of 3: below the minimum count
        breaker.recordFailure(3);
        QCOMPARE(breaker.state(3), CircuitBreaker::State::Open);
        QVERIFY(!breaker.allowRequest(29'000));
        QVERIFY(breaker.allowRequest(30'003)); // half-open: one probe
        QVERIFY(!breaker.allowRequest(30'004));
        breaker.recordFailure(30'010);
        QCOMPARE(breaker.state(30'010), CircuitBreaker::State::Open);
        QVERIFY(breaker.allowRequest(60'010));
        breaker.recordSuccess(60'020);
        QCOMPARE(breaker.state(60'020), CircuitBreaker::State::Closed);
        QVERIFY(breaker.allowRequest(60'021));
    }

    void controlReplaysDiscardsAndRetries() {
        Fixture f;
        const qint64 dest = f.seeded.destinationIds.first();
        const qint64 p = addProfile(f.ws.get(), QStringLiteral("p"));
        const qint64 e1 = ingest(f.ws.get(), f.seeded, QStringLiteral("e1"), p);
        const ClaimedDelivery d1 = claim(f.ws.get(), dest, QStringLiteral("W")).deliveries.first();
        applyOutcome(f.ws.get(), dest, QStringLiteral("W"), d1, DeliveryOutcome::Kind::Dead,
                     QStringLiteral("HTTP 400: email is invalid"));
        QCOMPARE(statusOf(f.ws.get(), d1.id), QStringLiteral("dead"));
        const QString key = d1.idempotencyKey;

        DeliveryControl control(f.ws.get());
        auto replayed = control.replay({d1.id});
        replayed.waitForFinished();
        QCOMPARE(replayed.result().value.toInt(), 1);
        QCOMPARE(statusOf(f.ws.get(), d1.id), QStringLiteral("pending"));
        const ClaimedDelivery again = claim(f.ws.get(), dest, QStringLiteral("W")).deliveries.first();
        QCOMPARE(again.id, d1.id);
        QCOMPARE(again.idempotencyKey, key); // the same key across replays
        QCOMPARE(again.attempts, 0);         // a new run
        applyOutcome(f.ws.get(), dest, QStringLiteral("W"), again, DeliveryOutcome::Kind::Retry,
                     QStringLiteral("HTTP 500"));

        // Later event blocked behind e1; discarding e1 releases it.
        const qint64 e2 = ingest(f.ws.get(), f.seeded, QStringLiteral("e2"), p);
        claim(f.ws.get(), dest, QStringLiteral("W"));
        QCOMPARE(statusOf(f.ws.get(), deliveryOf(f.ws.get(), e2)), QStringLiteral("blocked"));
        auto retried = control.retryNow({d1.id});
        retried.waitForFinished();
        QCOMPARE(retried.result().value.toInt(), 1);
        auto discarded = control.discard({d1.id});
        discarded.waitForFinished();
        QCOMPARE(discarded.result().value.toInt(), 1);
        QCOMPARE(statusOf(f.ws.get(), d1.id), QStringLiteral("discarded"));
        QCOMPARE(statusOf(f.ws.get(), deliveryOf(f.ws.get(), e2)), QStringLiteral("pending"));
        QCOMPARE(claim(f.ws.get(), dest, QStringLiteral("W")).deliveries.first().eventId, e2);
        Q_UNUSED(e1);

        // replayDeadSince picks only dead letters at or after the time.
        const qint64 e3 = ingest(f.ws.get(), f.seeded, QStringLiteral("e3"), 0);
        const ClaimedDelivery d3 = claim(f.ws.get(), dest, QStringLiteral("W")).deliveries.first();
        QCOMPARE(d3.eventId, e3);
        f.clock.advance(60'000);
        applyOutcome(f.ws.get(), dest, QStringLiteral("W"), d3, DeliveryOutcome::Kind::Dead,
                     QStringLiteral("HTTP 422"));
        auto none = control.replayDeadSince(dest, f.clock.now().addSecs(1));
        none.waitForFinished();
        QCOMPARE(none.result().value.toInt(), 0);
        auto some = control.replayDeadSince(dest, f.clock.now().addSecs(-1));
        some.waitForFinished();
        QCOMPARE(some.result().value.toInt(), 1);
        QCOMPARE(statusOf(f.ws.get(), d3.id), QStringLiteral("pending"));
    }

    void explainCoversEveryOutcome() {
        Fixture f(4);
        const qint64 p = addProfile(f.ws.get(), QStringLiteral("p"));
        QList<RouteDecision> decisions = matchAll(f.seeded);
        decisions[1] =
            RouteDecision{f.seeded.destinationIds[1], 0, 0, false, QStringLiteral("no_mapping"), {}};
        decisions[2] = RouteDecision{f.seeded.destinationIds[2],
                                     f.seeded.mappingIds[2],
                                     1,
                                     false,
                                     QStringLiteral("condition_false"),
                                     QStringLiteral("properties.total > 100")};
        decisions.removeLast(); // the router did not mention destination 4
        const qint64 event =
            ingest(f.ws.get(), f.seeded, QStringLiteral("e"), p, QStringLiteral("Order Created"), decisions);
        const qint64 dest = f.seeded.destinationIds.first();
        const ClaimedDelivery d = claim(f.ws.get(), dest, QStringLiteral("W")).deliveries.first();
        applyOutcome(f.ws.get(), dest, QStringLiteral("W"), d, DeliveryOutcome::Kind::Retry,
                     QStringLiteral("HTTP 503"));
        f.clock.advance(10'000);
        const ClaimedDelivery d2 = claim(f.ws.get(), dest, QStringLiteral("W")).deliveries.first();
        applyOutcome(f.ws.get(), dest, QStringLiteral("W"), d2, DeliveryOutcome::Kind::Delivered);

        QJsonObject why = Explainer::explain(f.ws->reader(), event);
        QHash<QString, QString> summaries;
        for (const QJsonValue &v : why.value(QStringLiteral("destinations")).toArray())
            summaries.insert(v[QStringLiteral("destination")].toString(),
                             v[QStringLiteral("summary")].toString());
        QCOMPARE(summaries.size(), 4);
        QVERIFY2(summaries.value(QStringLiteral("dest0")).startsWith(QStringLiteral("delivered at "))
                     && summaries.value(QStringLiteral("dest0")).endsWith(QStringLiteral("after 2 attempts")),
                 qPrintable(summaries.value(QStringLiteral("dest0"))));
        QVERIFY(summaries.value(QStringLiteral("dest1")).contains(QStringLiteral("no mapping")));
        QVERIFY(summaries.value(QStringLiteral("dest2"))
                    .contains(QStringLiteral("condition was false: properties.total > 100")));
        QVERIFY(summaries.value(QStringLiteral("dest3")).contains(QStringLiteral("no mapping")));

        // Skipped for no email and dead letters.
        const qint64 skipped = ingest(f.ws.get(), f.seeded, QStringLiteral("s"), p, QStringLiteral("Skip Me"),
                                      QList<RouteDecision>{matchAll(f.seeded).first()});
        const ClaimedDelivery ds = claim(f.ws.get(), dest, QStringLiteral("W")).deliveries.first();
        DeliveryOutcome skip;
        skip.deliveryId = ds.id;
        skip.kind = DeliveryOutcome::Kind::Skipped;
        skip.reason = QStringLiteral("profile has no email");
        f.ws->writer()->run([&](WriteContext &c) {
            OutboxQueue::apply(c, dest, QStringLiteral("W"), {skip}, DeliveryPolicy{});
            return QVariant();
        });
        why = Explainer::explain(f.ws->reader(), skipped);
        QCOMPARE(why[QStringLiteral("destinations")][0][QStringLiteral("summary")].toString(),
                 QStringLiteral("skipped: profile has no email"));
        QVERIFY(Explainer::explain(f.ws->reader(), 424242)
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("no event with id 424242")));
    }

    void metricsBucketsPercentilesAndPruning() {
        Fixture f;
        const qint64 dest = f.seeded.destinationIds.first();
        f.ws->writer()->run([&](WriteContext &c) {
            MetricsDelta delta;
            delta.delivered = 100;
            for (int i = 1; i <= 100; ++i)
                delta.latenciesMs << i; // 1..100 ms
            MetricsRecorder::record(c, dest, c.clock->nowMs(), delta);
            MetricsDelta more;
            more.dead = 2;
            more.failed = 3;
            MetricsRecorder::record(c, dest, c.clock->nowMs(), more);
            return QVariant();
        });
        QJsonObject snapshot = DeliveryStats::snapshot(f.ws->reader(), f.clock.nowMs());
        const QJsonObject d = snapshot[QStringLiteral("destinations")][0].toObject();
        const QJsonObject minute = d[QStringLiteral("lastMinute")].toObject();
        QCOMPARE(minute[QStringLiteral("delivered")].toInt(), 100);
        QCOMPARE(minute[QStringLiteral("dead")].toInt(), 2);
        QCOMPARE(minute[QStringLiteral("failed")].toInt(), 3);
        const QJsonObject latency = minute[QStringLiteral("latencyMs")].toObject();
        QCOMPARE(latency[QStringLiteral("p50")].toInt(), 50);
        QCOMPARE(latency[QStringLiteral("p95")].toInt(), 100);
        QCOMPARE(latency[QStringLiteral("p99")].toInt(), 100);
        QCOMPARE(d[QStringLiteral("lastHour")][QStringLiteral("delivered")].toInt(), 100);
        QCOMPARE(DeliveryStats::series(f.ws->reader(), dest, 10, 0, f.clock.nowMs()).size(), 1);

        f.clock.advance(25LL * 3600 * 1000); // past a day: 10 s buckets go, 1 min buckets stay
        const int removed = f.ws->writer()
                                ->run([](WriteContext &c) {
                                    return QVariant(MetricsRecorder::prune(c.db, c.clock->nowMs()));
                                })
                                .value.toInt();
        QCOMPARE(removed, 1);
        QCOMPARE(sql::scalar(f.ws->reader(),
                             QStringLiteral("SELECT count(*) FROM metrics_buckets WHERE resolution_s = 60"))
                     .toInt(),
                 1);
        f.clock.advance(30LL * 24 * 3600 * 1000);
        f.ws->writer()->run(
            [](WriteContext &c) { return QVariant(MetricsRecorder::prune(c.db, c.clock->nowMs())); });
        QCOMPARE(sql::scalar(f.ws->reader(), QStringLiteral("SELECT count(*) FROM metrics_buckets")).toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
