// Delivery workers over real HTTP on loopback: batching, keys, masked attempt records, Retry-After,
// terminal and retryable answers, skips, isolation between destinations, pause, breaker, ordering.
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include "delivery/deliverycontrol.h"
#include "delivery/explain.h"
#include "deliverytestsupport.h"
#include "metrics/stats.h"

using namespace sb;
using namespace sbtest;

namespace {

QString statusOf(Workspace *ws, qint64 eventId, qint64 destinationId) {
    return sql::scalar(
               ws->reader(),
               QStringLiteral("SELECT status FROM deliveries WHERE event_id = ? AND destination_id = ?"),
               {eventId, destinationId})
        .toString();
}

int countStatus(Workspace *ws, const QString &status, qint64 destinationId = 0) {
    return sql::scalar(
               ws->reader(),
               QStringLiteral(
                   "SELECT count(*) FROM deliveries WHERE status = ? AND (? = 0 OR destination_id = ?)"),
               {status, destinationId, destinationId})
        .toInt();
}

QString keyOf(Workspace *ws, qint64 eventId, qint64 destinationId) {
    return sql::scalar(
               ws->reader(),
               QStringLiteral(
                   "SELECT idempotency_key FROM deliveries WHERE event_id = ? AND destination_id = ?"),
               {eventId, destinationId})
        .toString();
}

struct Env {
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<Receiver> receiver;
    Seeded seeded;

    explicit Env(const QJsonObject &deliverySettings = {}) {
        ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing, &clock).take();
        receiver = std::make_unique<Receiver>(&clock);
        seeded = seed(ws.get(), {{QStringLiteral("receiver"), receiver->url()}}, deliverySettings);
    }
    qint64 dest() const { return seeded.destinationIds.first(); }
};

} // namespace

class TestDispatcher : public QObject {
    Q_OBJECT
private slots:
    void deliversInBatchesWithKeysAndMaskedAttempts() {
        Env env;
        TestConnector connector(10);
        Dispatcher dispatcher(env.ws.get(), services(env.ws.get(), &connector));
        dispatcher.start();
        QList<qint64> events;
        for (int i = 0; i < 25; ++i)
            events << ingest(env.ws.get(), env.seeded, QStringLiteral("m%1").arg(i), 0);
        QTRY_COMPARE_WITH_TIMEOUT(countStatus(env.ws.get(), QStringLiteral("delivered")), 25, 20000);

        for (const Receiver::Received &r : env.receiver->received()) {
            QVERIFY(r.keys.size() <= 10);
            QCOMPARE(r.path, QStringLiteral("/batch"));
            QCOMPARE(r.authorization, QByteArray("Bearer ") + kApiKey.toUtf8());
        }
        QVERIFY(env.receiver->requestCount() < 25); // batched
        QCOMPARE(env.receiver->acceptedKeys().size(), 25);
        for (qint64 event : events) {
            const QString key = keyOf(env.ws.get(), event, env.dest());
            QCOMPARE(env.receiver->acceptedKeys().value(key), 1);
        }
        // Attempts keep the request without the secret; a batch's record once, for all its items.
        QSqlDatabase db = env.ws->reader();
        QCOMPARE(sql::scalar(
                     db, QStringLiteral("SELECT count(*) FROM delivery_attempts WHERE outcome = 'delivered' "
                                        "AND response_status = 200"))
                     .toInt(),
                 25);
        const QString records =
            QStringLiteral("delivery_attempts a LEFT JOIN delivery_exchanges x ON x.id = a.exchange_id");
        QCOMPARE(
            sql::scalar(db,
                        QStringLiteral("SELECT count(*) FROM %1 WHERE instr(coalesce(a.request, x.request), "
                                       "?) > 0")
                            .arg(records),
                        {kApiKey})
                .toInt(),
            0);
        QCOMPARE(sql::scalar(
                     db, QStringLiteral("SELECT count(*) FROM %1 WHERE instr(coalesce(a.request, x.request), "
                                        "'Authorization') > 0")
                             .arg(records))
                     .toInt(),
                 25);
        int batches = 0;
        for (const Receiver::Received &r : env.receiver->received())
            batches += r.keys.size() > 1 ? 1 : 0;
        QVERIFY(batches > 0);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM delivery_exchanges")).toInt(), batches);
        const QJsonObject stats = DeliveryStats::snapshot(db, env.clock.nowMs());
        QCOMPARE(stats[QStringLiteral("destinations")][0][QStringLiteral("lastMinute")]
                      [QStringLiteral("delivered")]
                          .toInt(),
                 25);
        QCOMPARE(stats[QStringLiteral("destinations")][0][QStringLiteral("backlog")].toInt(), 0);
    }

    void retryAfterHoldsTheWholeDestination() {
        Env env;
        env.receiver->setScript([](int index, const Receiver::Received &) {
            Receiver::Reply reply;
            if (index == 0) {
                reply.status = 429;
                reply.body = R"({"error":"rate limited"})";
                reply.retryAfter = "2";
            }
            return reply;
        });
        TestConnector connector(10);
        Dispatcher dispatcher(env.ws.get(), services(env.ws.get(), &connector));
        dispatcher.start();
        const qint64 e1 = ingest(env.ws.get(), env.seeded, QStringLiteral("e1"), 0);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env.ws.get(), e1, env.dest()), QStringLiteral("retrying"), 10000);
        const qint64 refusedAt = env.receiver->received().first().atMs;
        // A new event must not go out before the time the destination asked for either.
        const qint64 e2 = ingest(env.ws.get(), env.seeded, QStringLiteral("e2"), 0);
        env.clock.advance(1000);
        dispatcher.wakeAll();
        QTest::qWait(400);
        QCOMPARE(env.receiver->requestCount(), 1);
        QCOMPARE(statusOf(env.ws.get(), e2, env.dest()), QStringLiteral("pending"));
        const QJsonObject state = dispatcher.runtimeState().value(QString::number(env.dest())).toObject();
        QVERIFY(state[QStringLiteral("holdUntil")].toDouble() >= double(refusedAt + 2000));
        QVERIFY(state[QStringLiteral("rateLimit")][QStringLiteral("throttled")].toBool());

        env.clock.advance(1001);
        dispatcher.wakeAll();
        QTRY_COMPARE_WITH_TIMEOUT(countStatus(env.ws.get(), QStringLiteral("delivered")), 2, 10000);
        for (int i = 1; i < env.receiver->requestCount(); ++i)
            QVERIFY(env.receiver->received().at(i).atMs >= refusedAt + 2000);
        QCOMPARE(env.receiver->acceptedKeys().value(keyOf(env.ws.get(), e1, env.dest())), 1);
    }

    void terminalAnswerIsADeadLetterWithTheReason() {
        Env env;
        env.receiver->setScript([](int, const Receiver::Received &r) {
            Receiver::Reply reply;
            if (r.items.first().value(QStringLiteral("event")).toString() == QLatin1String("Bad")) {
                reply.status = 400;
                reply.body = R"({"error":"email is not a valid address"})";
            }
            return reply;
        });
        TestConnector connector(1);
        Dispatcher dispatcher(env.ws.get(), services(env.ws.get(), &connector));
        dispatcher.start();
        const qint64 bad = ingest(env.ws.get(), env.seeded, QStringLiteral("bad"), 0, QStringLiteral("Bad"));
        const qint64 good = ingest(env.ws.get(), env.seeded, QStringLiteral("good"), 0);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env.ws.get(), bad, env.dest()), QStringLiteral("dead"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env.ws.get(), good, env.dest()), QStringLiteral("delivered"),
                                  10000);
        QSqlDatabase db = env.ws->reader();
        QCOMPARE(
            sql::scalar(db, QStringLiteral("SELECT last_error FROM deliveries WHERE event_id = ?"), {bad})
                .toString(),
            QStringLiteral("HTTP 400: email is not a valid address"));
        QCOMPARE(sql::scalar(
                     db,
                     QStringLiteral("SELECT a.response_status || ' ' || a.outcome || ' ' || a.response_body "
                                    "FROM delivery_attempts a JOIN deliveries d ON d.id = a.delivery_id "
                                    "WHERE d.event_id = ?"),
                     {bad})
                     .toString(),
                 QStringLiteral("400 rejected {\"error\":\"email is not a valid address\"}"));
        const QJsonObject why = Explainer::explain(db, bad);
        QVERIFY(why[QStringLiteral("destinations")][0][QStringLiteral("summary")].toString().startsWith(
            QStringLiteral("dead-lettered after 1 attempt: HTTP 400: email is not a valid address")));
    }

    void serverErrorRetriesThenDelivers() {
        Env env;
        env.receiver->setScript([](int index, const Receiver::Received &) {
            Receiver::Reply reply;
            if (index < 2)
                reply.status = index == 0 ? 503 : 500;
            return reply;
        });
        TestConnector connector(10);
        Dispatcher dispatcher(env.ws.get(), services(env.ws.get(), &connector));
        dispatcher.start();
        const qint64 e = ingest(env.ws.get(), env.seeded, QStringLiteral("e"), 0);
        for (int i = 0; i < 2; ++i) {
            // Once the failure is recorded, time moves to its next attempt (back-off with jitter): a
            // clock moved before the record would leave the retry due later than the test waits.
            QTRY_VERIFY_WITH_TIMEOUT(env.receiver->requestCount() == i + 1
                                         && statusOf(env.ws.get(), e, env.dest())
                                                == QStringLiteral("retrying"),
                                     10000);
            const qint64 next =
                sql::scalar(env.ws->reader(),
                            QStringLiteral("SELECT next_attempt_at FROM deliveries WHERE event_id = ?"), {e})
                    .toLongLong();
            env.clock.advance(std::max<qint64>(1, next - env.clock.nowMs()));
            dispatcher.wakeAll();
            QTRY_VERIFY_WITH_TIMEOUT(env.receiver->requestCount() >= i + 2, 10000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env.ws.get(), e, env.dest()), QStringLiteral("delivered"), 10000);
        QCOMPARE(env.receiver->requestCount(), 3);
        const QStringList keys = {env.receiver->received().at(0).keys.first(),
                                  env.receiver->received().at(1).keys.first(),
                                  env.receiver->received().at(2).keys.first()};
        QCOMPARE(keys.at(0), keys.at(1)); // the same key on every retry
        QCOMPARE(keys.at(1), keys.at(2));
        QCOMPARE(sql::scalar(env.ws->reader(),
                             QStringLiteral("SELECT attempts FROM deliveries WHERE event_id = ?"), {e})
                     .toInt(),
                 3);
    }

    void skippedAndInvalidItemsNeverReachTheNetwork() {
        Env env;
        TestConnector connector(10);
        Dispatcher dispatcher(env.ws.get(), services(env.ws.get(), &connector));
        dispatcher.start();
        const qint64 skipped =
            ingest(env.ws.get(), env.seeded, QStringLiteral("s"), 0, QStringLiteral("Skip Me"));
        const qint64 invalid =
            ingest(env.ws.get(), env.seeded, QStringLiteral("i"), 0, QStringLiteral("Invalid Event"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env.ws.get(), skipped, env.dest()), QStringLiteral("skipped"),
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env.ws.get(), invalid, env.dest()), QStringLiteral("dead"), 10000);
        QCOMPARE(env.receiver->requestCount(), 0);
        QVERIFY(sql::scalar(env.ws->reader(),
                            QStringLiteral("SELECT last_error FROM deliveries WHERE event_id = ?"), {invalid})
                    .toString()
                    .contains(QStringLiteral("event: the event name is not allowed (forbidden_characters)")));
        QCOMPARE(Explainer::explain(env.ws->reader(),
                                    skipped)[QStringLiteral("destinations")][0][QStringLiteral("summary")]
                     .toString(),
                 QStringLiteral("skipped: profile has no email"));
        QTRY_COMPARE_WITH_TIMEOUT(
            DeliveryStats::snapshot(env.ws->reader(), env.clock.nowMs())[QStringLiteral(
                "destinations")][0][QStringLiteral("lastMinute")][QStringLiteral("filtered")]
                .toInt(),
            1, 5000);
    }

    // As the production renderer does, this one places the stored key and validates the item: the
    // dead letter names each finding once (the worker checks again only a body it changed).
    void anItemTheRendererValidatedIsNotValidatedAgain() {
        Env env;
        TestConnector connector(10);
        DeliveryServices validating = services(env.ws.get(), &connector);
        validating.render = [&connector](const DestinationConfig &d, qint64 mappingId, int version,
                                         const QString &key, const Event &event, const ProfileRef &profile,
                                         QByteArray *compact) {
            RenderedItem item = testRender(d, mappingId, version, key, event, profile, compact);
            item.idempotencyKey = key;
            item.body.insert(connector.idempotencyField(), key);
            item.findings = connector.validate(item);
            return item;
        };
        Dispatcher dispatcher(env.ws.get(), validating);
        dispatcher.start();
        const qint64 invalid =
            ingest(env.ws.get(), env.seeded, QStringLiteral("i"), 0, QStringLiteral("Invalid Event"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env.ws.get(), invalid, env.dest()), QStringLiteral("dead"), 10000);
        QCOMPARE(env.receiver->requestCount(), 0);
        QCOMPARE(sql::scalar(env.ws->reader(),
                             QStringLiteral("SELECT last_error FROM deliveries WHERE event_id = ?"),
                             {invalid})
                     .toString()
                     .count(QStringLiteral("event: the event name is not allowed (forbidden_characters)")),
                 1);
    }

    void hangingDestinationDoesNotHoldUpAnother() {
        QTemporaryDir dir;
        ManualClock clock;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing, &clock).take();
        Receiver slow(&clock), healthy(&clock);
        slow.setScript([](int, const Receiver::Received &) {
            Receiver::Reply r;
            r.kind = Receiver::Reply::Kind::Hang;
            return r;
        });
        const Seeded seeded =
            seed(ws.get(), {{QStringLiteral("slow"), slow.url()}, {QStringLiteral("healthy"), healthy.url()}},
                 QJsonObject{{QStringLiteral("timeoutMs"), 120000}});
        TestConnector connector(5);
        Dispatcher dispatcher(ws.get(), services(ws.get(), &connector));
        dispatcher.start();
        for (int i = 0; i < 40; ++i)
            ingest(ws.get(), seeded, QStringLiteral("m%1").arg(i), 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            countStatus(ws.get(), QStringLiteral("delivered"), seeded.destinationIds[1]), 40, 20000);
        QVERIFY(slow.requestCount() >= 1);
        QCOMPARE(countStatus(ws.get(), QStringLiteral("delivered"), seeded.destinationIds[0]), 0);
        QVERIFY(countStatus(ws.get(), QStringLiteral("in_flight"), seeded.destinationIds[0]) > 0);
        // Stopping gives the hung rows back to the outbox instead of leaving them leased.
        dispatcher.stop();
        QCOMPARE(countStatus(ws.get(), QStringLiteral("in_flight")), 0);
        QCOMPARE(countStatus(ws.get(), QStringLiteral("pending"), seeded.destinationIds[0]), 40);
    }

    // Rows a crashed engine left leased are delivered once their lease expires, and not before: the
    // worker reads in-flight leases only now and then (they are thousands while deliveries are handed
    // over), so this checks it still notices the expiry.
    void rowsLeasedByACrashedEngineAreDeliveredWhenTheLeaseExpires() {
        Env env({{QStringLiteral("timeoutMs"), 1000}, {QStringLiteral("leaseMs"), 4000}});
        TestConnector connector(10);
        QList<qint64> events;
        for (int i = 0; i < 3; ++i)
            events << ingest(env.ws.get(), env.seeded, QStringLiteral("crashed-%1").arg(i), 0);
        const WriteResult leased = env.ws->writer()->run([&](WriteContext &c) {
            sql::exec(
                c.db,
                QStringLiteral("UPDATE deliveries SET status = 'in_flight', lease_owner = 'dead-engine', "
                               "lease_expires_at = ?"),
                {env.clock.nowMs() + 4000});
            return QVariant();
        });
        QVERIFY(leased.ok);
        Dispatcher dispatcher(env.ws.get(), services(env.ws.get(), &connector));
        dispatcher.start();
        QTest::qWait(600);
        QCOMPARE(env.receiver->requestCount(), 0); // still leased
        env.clock.advance(4001);
        QTRY_COMPARE_WITH_TIMEOUT(countStatus(env.ws.get(), QStringLiteral("delivered")), 3, 10000);
        QCOMPARE(statusOf(env.ws.get(), events.first(), env.dest()), QStringLiteral("delivered"));
    }

    void pauseAndResume() {
        Env env;
        TestConnector connector(10);
        DeliveryControl control(env.ws.get());
        control.setPaused(env.dest(), true).waitForFinished();
        Dispatcher dispatcher(env.ws.get(), services(env.ws.get(), &connector));
        dispatcher.start();
        for (int i = 0; i < 3; ++i)
            ingest(env.ws.get(), env.seeded, QStringLiteral("m%1").arg(i), 0);
        QTest::qWait(500);
        QCOMPARE(env.receiver->requestCount(), 0);
        QVERIFY(DeliveryStats::snapshot(
                    env.ws->reader(),
                    env.clock.nowMs())[QStringLiteral("destinations")][0][QStringLiteral("paused")]
                    .toBool());
        control.setPaused(env.dest(), false).waitForFinished();
        QTRY_COMPARE_WITH_TIMEOUT(countStatus(env.ws.get(), QStringLiteral("delivered")), 3, 10000);
    }

    void breakerOpensAndProbesWhenHalfOpen() {
        Env env(QJsonObject{{QStringLiteral("breakerMinRequests"), 3},
                            {QStringLiteral("breakerOpenMs"), 30000},
                            {QStringLiteral("maxInFlight"), 1},
                            {QStringLiteral("ordering"), false}});
        bool failing = true;
        env.receiver->setScript([&failing](int, const Receiver::Received &) {
            Receiver::Reply r;
            if (failing)
                r.status = 500;
            return r;
        });
        TestConnector connector(1);
        Dispatcher dispatcher(env.ws.get(), services(env.ws.get(), &connector));
        dispatcher.start();
        for (int i = 0; i < 5; ++i)
            ingest(env.ws.get(), env.seeded, QStringLiteral("m%1").arg(i), 0);
        QTRY_COMPARE_WITH_TIMEOUT(env.receiver->requestCount(), 3, 10000);
        auto breakerState = [&] {
            return dispatcher.runtimeState()[QString::number(env.dest())][QStringLiteral("breaker")]
                .toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(breakerState(), QStringLiteral("open"), 5000);
        env.clock.advance(10'000); // retries are due, but the breaker is open
        dispatcher.wakeAll();
        QTest::qWait(400);
        QCOMPARE(env.receiver->requestCount(), 3);
        env.clock.advance(21'000); // half-open: exactly one probe
        dispatcher.wakeAll();
        QTRY_COMPARE_WITH_TIMEOUT(env.receiver->requestCount(), 4, 10000);
        QTest::qWait(400);
        QCOMPARE(env.receiver->requestCount(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(breakerState(), QStringLiteral("open"), 5000);
        failing = false;
        env.clock.advance(31'000);
        dispatcher.wakeAll();
        QTRY_COMPARE_WITH_TIMEOUT(countStatus(env.ws.get(), QStringLiteral("delivered")), 5, 15000);
        QCOMPARE(breakerState(), QStringLiteral("closed"));
    }

    // A backlog is claimed in big batches that load and render in chunks on the thread pool: every
    // outcome lands on its own row, keys are the stored ones and each profile's events keep their order.
    void bigClaimsRenderOnThePoolInOrder() {
        Env env;
        TestConnector connector(100);
        QList<qint64> profiles;
        for (int p = 0; p < 10; ++p)
            profiles << addProfile(env.ws.get(), QStringLiteral("p%1").arg(p));
        QHash<QString, QStringList> expectedOrder; // profile -> message ids sent, in ingest order
        QList<qint64> skipped;
        QList<qint64> invalid;
        for (int i = 0; i < 600; ++i) {
            const QString profile = QStringLiteral("p%1").arg(i % 10);
            const QString message = profile + QStringLiteral("-%1").arg(i);
            const QString name = i % 50 == 7   ? QStringLiteral("Skip Me")
                                 : i % 70 == 3 ? QStringLiteral("Invalid Event")
                                               : QStringLiteral("Order Created");
            const qint64 event = ingest(env.ws.get(), env.seeded, message, profiles.at(i % 10), name);
            if (name == QLatin1String("Skip Me"))
                skipped << event;
            else if (name == QLatin1String("Invalid Event"))
                invalid << event;
            else
                expectedOrder[profile] << message;
        }
        Dispatcher dispatcher(env.ws.get(), services(env.ws.get(), &connector));
        dispatcher.start();
        const int sent = 600 - int(skipped.size()) - int(invalid.size());
        QTRY_COMPARE_WITH_TIMEOUT(countStatus(env.ws.get(), QStringLiteral("delivered")), sent, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(countStatus(env.ws.get(), QStringLiteral("skipped")), int(skipped.size()),
                                  5000);
        QCOMPARE(countStatus(env.ws.get(), QStringLiteral("dead")), int(invalid.size()));
        for (qint64 event : std::as_const(skipped))
            QCOMPARE(statusOf(env.ws.get(), event, env.dest()), QStringLiteral("skipped"));
        for (qint64 event : std::as_const(invalid))
            QCOMPARE(statusOf(env.ws.get(), event, env.dest()), QStringLiteral("dead"));
        QCOMPARE(env.receiver->acceptedKeys().size(), sent);
        for (auto it = env.receiver->acceptedKeys().constBegin();
             it != env.receiver->acceptedKeys().constEnd(); ++it)
            QCOMPARE(it.value(), 1);
        QSqlQuery keys = sql::exec(env.ws->reader(),
                                   QStringLiteral("SELECT idempotency_key FROM deliveries WHERE status = "
                                                  "'delivered'"));
        while (keys.next())
            QVERIFY(env.receiver->acceptedKeys().contains(keys.value(0).toString()));
        QHash<QString, QStringList> order;
        for (const QString &message : env.receiver->orderOfAcceptedEvents())
            order[message.section(u'-', 0, 0)] << message;
        QCOMPARE(order, expectedOrder);
        QVERIFY(env.receiver->requestCount() < 60); // batched: big claims, up to 100 items a request
    }

    void rateLimitedDestinationSendsFullBatchesInOrder() {
        // 5 requests a second: claims follow each other while requests wait for a token, and each
        // claim holds few rows (a profile's later rows wait for its earlier ones). The waiting request
        // is topped up, so 400 events go in about 4 full requests, in order per profile.
        Env env;
        TestConnector connector(100, 5, 1);
        QList<qint64> profiles;
        for (int p = 0; p < 40; ++p)
            profiles << addProfile(env.ws.get(), QStringLiteral("r%1").arg(p));
        QHash<QString, QStringList> expectedOrder;
        for (int i = 0; i < 400; ++i) {
            const QString profile = QStringLiteral("r%1").arg(i % 40);
            const QString message = profile + QStringLiteral("-%1").arg(i);
            ingest(env.ws.get(), env.seeded, message, profiles.at(i % 40), QStringLiteral("Order Created"));
            expectedOrder[profile] << message;
        }
        Dispatcher dispatcher(env.ws.get(), services(env.ws.get(), &connector));
        dispatcher.start();
        // The token bucket runs on the workspace clock: 50 ms of it every 10 ms of real time.
        QElapsedTimer waited;
        waited.start();
        while (countStatus(env.ws.get(), QStringLiteral("delivered")) < 400 && waited.elapsed() < 30000) {
            env.clock.advance(50);
            QTest::qWait(10);
        }
        QCOMPARE(countStatus(env.ws.get(), QStringLiteral("delivered")), 400);
        QHash<QString, QStringList> order;
        for (const QString &message : env.receiver->orderOfAcceptedEvents())
            order[message.section(u'-', 0, 0)] << message;
        QCOMPARE(order, expectedOrder);
        QVERIFY2(env.receiver->requestCount() <= 8,
                 qPrintable(QString::number(env.receiver->requestCount())));
    }

    // The same with deliveries handed to the worker as they are stored (it is proven by then): the
    // second event of the profile arrives while the first is in flight and must not overtake it when
    // that one fails.
    void handedOffEventWaitsWhileEarlierRetries() {
        Env env;
        env.receiver->setScript([](int index, const Receiver::Received &) {
            Receiver::Reply r;
            if (index == 1)
                r.status = 503;
            return r;
        });
        TestConnector connector(10);
        Dispatcher dispatcher(env.ws.get(), services(env.ws.get(), &connector));
        dispatcher.start();
        const qint64 p = addProfile(env.ws.get(), QStringLiteral("p"));
        const qint64 warm = ingest(env.ws.get(), env.seeded, QStringLiteral("w-1"), p);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env.ws.get(), warm, env.dest()), QStringLiteral("delivered"),
                                  10000);
        // Proven now: the next rows go to the worker as they are stored.
        QTRY_VERIFY_WITH_TIMEOUT(HandoffRegistry::find(env.ws->databasePath(), env.dest()), 10000);
        const qint64 e1 = ingest(env.ws.get(), env.seeded, QStringLiteral("p-1"), p);
        const qint64 e2 = ingest(env.ws.get(), env.seeded, QStringLiteral("p-2"), p);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env.ws.get(), e1, env.dest()), QStringLiteral("retrying"), 10000);
        // Waiting behind p-1 (blocked or back in the outbox), or retrying with it when both went in the
        // failed request (a slow machine takes both from the inbox at once).
        const QStringList waiting{QStringLiteral("blocked"), QStringLiteral("pending"),
                                  QStringLiteral("retrying")};
        QTRY_VERIFY2_WITH_TIMEOUT(waiting.contains(statusOf(env.ws.get(), e2, env.dest())),
                                  qPrintable(statusOf(env.ws.get(), e2, env.dest())), 10000);
        QVERIFY(!env.receiver->acceptedKeys().contains(keyOf(env.ws.get(), e2, env.dest())));

        env.clock.advance(2000);
        dispatcher.wakeAll();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env.ws.get(), e2, env.dest()), QStringLiteral("delivered"), 10000);
        QCOMPARE(env.receiver->orderOfAcceptedEvents(),
                 QStringList({QStringLiteral("w-1"), QStringLiteral("p-1"), QStringLiteral("p-2")}));
    }

    // Claims take a profile's later rows while its earlier ones are in flight with the same worker
    // (OutboxQueue::claim); every fourth request fails, so later rows must be given back and wait. At the
    // end each profile's events were accepted in the order they were stored.
    void profilesStayInOrderThroughClaimsAndFailures() {
        Env env;
        env.receiver->setScript([](int index, const Receiver::Received &) {
            Receiver::Reply r;
            if (index % 4 == 1)
                r.status = 503;
            return r;
        });
        QHash<QString, QStringList> expectedOrder;
        QList<qint64> profiles;
        for (int k = 0; k < 6; ++k)
            profiles << addProfile(env.ws.get(), QStringLiteral("p%1").arg(k));
        for (int n = 0; n < 20; ++n)
            for (int k = 0; k < profiles.size(); ++k) {
                const QString message = QStringLiteral("p%1-%2").arg(k).arg(n, 2, 10, QLatin1Char('0'));
                ingest(env.ws.get(), env.seeded, message, profiles.at(k));
                expectedOrder[QStringLiteral("p%1").arg(k)] << message;
            }
        TestConnector connector(10);
        Dispatcher dispatcher(env.ws.get(), services(env.ws.get(), &connector));
        dispatcher.start();
        QElapsedTimer waited;
        waited.start();
        while (countStatus(env.ws.get(), QStringLiteral("delivered")) < 120 && waited.elapsed() < 60'000) {
            QTest::qWait(50);
            env.clock.advance(2000); // retries come due
            dispatcher.wakeAll();
        }
        QCOMPARE(countStatus(env.ws.get(), QStringLiteral("delivered")), 120);
        QHash<QString, QStringList> order;
        for (const QString &message : env.receiver->orderOfAcceptedEvents())
            order[message.section(u'-', 0, 0)] << message;
        QCOMPARE(order, expectedOrder);
        // Each item carries its own profile (loaded when the render read it), through retries too.
        int items = 0;
        for (const Receiver::Received &request : env.receiver->received())
            for (const QJsonObject &item : request.items) {
                const QString message =
                    item.value(QStringLiteral("properties")).toObject().value(QStringLiteral("n")).toString();
                QCOMPARE(item.value(QStringLiteral("userId")).toString(), message.section(u'-', 0, 0));
                ++items;
            }
        QVERIFY(items >= 120);
    }

    void laterEventWaitsWhileEarlierRetries() {
        Env env;
        env.receiver->setScript([](int index, const Receiver::Received &) {
            Receiver::Reply r;
            if (index == 0)
                r.status = 502;
            return r;
        });
        TestConnector connector(10);
        Dispatcher dispatcher(env.ws.get(), services(env.ws.get(), &connector));
        dispatcher.start();
        const qint64 p = addProfile(env.ws.get(), QStringLiteral("p"));
        const qint64 q = addProfile(env.ws.get(), QStringLiteral("q"));
        const qint64 e1 = ingest(env.ws.get(), env.seeded, QStringLiteral("p-1"), p);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env.ws.get(), e1, env.dest()), QStringLiteral("retrying"), 10000);
        const qint64 e2 = ingest(env.ws.get(), env.seeded, QStringLiteral("p-2"), p);
        const qint64 other = ingest(env.ws.get(), env.seeded, QStringLiteral("q-1"), q);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env.ws.get(), other, env.dest()), QStringLiteral("delivered"),
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env.ws.get(), e2, env.dest()), QStringLiteral("blocked"), 10000);
        QVERIFY(!env.receiver->acceptedKeys().contains(keyOf(env.ws.get(), e2, env.dest())));

        env.clock.advance(2000);
        dispatcher.wakeAll();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(env.ws.get(), e2, env.dest()), QStringLiteral("delivered"), 10000);
        QCOMPARE(env.receiver->orderOfAcceptedEvents(),
                 QStringList({QStringLiteral("q-1"), QStringLiteral("p-1"), QStringLiteral("p-2")}));
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
