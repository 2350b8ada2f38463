// switchboard-ctl delivery commands, run as the real executable against a seeded workspace.
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "delivery/deliverypolicy.h"
#include "delivery/outboxqueue.h"
#include "deliverytestsupport.h"

using namespace sb;
using namespace sbtest;

class TestCtlDelivery : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Run ctl(QStringList arguments) {
        arguments.prepend(m_dir.path());
        arguments.prepend(QStringLiteral("--workspace"));
        QProcess process;
        process.start(QStringLiteral(SWITCHBOARD_BINARY_DIR "/app/switchboard-ctl"), arguments);
        if (!process.waitForFinished(60'000))
            return {-1, {}, "timeout"};
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Seeded m_seeded;
    qint64 m_deadEvent = 0;
    qint64 m_deadDelivery = 0;

private slots:
    void initTestCase() {
        m_ws = Workspace::open(m_dir.path(), Workspace::OpenMode::CreateIfMissing).take();
        m_seeded = seed(m_ws.get(), {{QStringLiteral("segment-eu"), QStringLiteral("http://127.0.0.1:9")}});
        m_deadEvent = ingest(m_ws.get(), m_seeded, QStringLiteral("m-dead"), 0);
        ingest(m_ws.get(), m_seeded, QStringLiteral("m-open"), 0);
        // The first one is claimed and rejected by the destination.
        m_ws->writer()->run([&](WriteContext &c) {
            const ClaimBatch batch =
                OutboxQueue::claim(c, m_seeded.destinationIds.first(), QStringLiteral("t"), 1, 60000, true);
            DeliveryOutcome o;
            o.deliveryId = batch.deliveries.first().id;
            o.kind = DeliveryOutcome::Kind::Dead;
            o.reason = QStringLiteral("HTTP 400: email is not a valid address");
            AttemptRecord a;
            a.startedAt = c.clock->nowMs();
            a.request = QStringLiteral("{\"method\":\"POST\"}");
            a.httpStatus = 400;
            a.responseBody = QStringLiteral("{\"error\":\"email is not a valid address\"}");
            a.outcome = QStringLiteral("rejected");
            o.attempt = a;
            OutboxQueue::apply(c, m_seeded.destinationIds.first(), QStringLiteral("t"), {o},
                               DeliveryPolicy{});
            m_deadDelivery = o.deliveryId;
            return QVariant();
        });
    }

    void listFiltersByStatusAndDestination() {
        const Run dead =
            ctl({QStringLiteral("deliveries"), QStringLiteral("list"), QStringLiteral("--status"),
                 QStringLiteral("dead"), QStringLiteral("--destination"), QStringLiteral("segment-eu"),
                 QStringLiteral("--json")});
        QCOMPARE(dead.exitCode, 0);
        const QJsonArray rows = dead.json()[QStringLiteral("deliveries")].toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(qint64(rows[0][QStringLiteral("id")].toDouble()), m_deadDelivery);
        QCOMPARE(rows[0][QStringLiteral("lastError")].toString(),
                 QStringLiteral("HTTP 400: email is not a valid address"));

        // A status alone, through every destination.
        const Run pending =
            ctl({QStringLiteral("deliveries"), QStringLiteral("list"), QStringLiteral("--status"),
                 QStringLiteral("pending"), QStringLiteral("--json")});
        QCOMPARE(pending.exitCode, 0);
        const QJsonArray pendingRows = pending.json()[QStringLiteral("deliveries")].toArray();
        QCOMPARE(pendingRows.size(), 1);
        QCOMPARE(pendingRows[0][QStringLiteral("status")].toString(), QStringLiteral("pending"));
        QVERIFY(qint64(pendingRows[0][QStringLiteral("id")].toDouble()) != m_deadDelivery);

        const Run text = ctl({QStringLiteral("deliveries"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("2 deliveries"), text.out.constData());
        QVERIFY(text.out.contains("pending"));

        const Run badStatus = ctl({QStringLiteral("deliveries"), QStringLiteral("list"),
                                   QStringLiteral("--status"), QStringLiteral("lost")});
        QCOMPARE(badStatus.exitCode, 2);
        QVERIFY(badStatus.err.contains("unknown status 'lost'"));
        const Run badDest = ctl({QStringLiteral("deliveries"), QStringLiteral("list"),
                                 QStringLiteral("--destination"), QStringLiteral("klaviyo")});
        QCOMPARE(badDest.exitCode, 1);
        QVERIFY2(badDest.err.contains("no destination named 'klaviyo' (known: segment-eu)"),
                 badDest.err.constData());
    }

    void showKeepsTheDeadLettersRequestAndResponse() {
        const Run show =
            ctl({QStringLiteral("deliveries"), QStringLiteral("show"), QStringLiteral("--delivery"),
                 QString::number(m_deadDelivery), QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject d = show.json()[QStringLiteral("deliveries")][0].toObject();
        QCOMPARE(d[QStringLiteral("status")].toString(), QStringLiteral("dead"));
        const QJsonObject attempt = d[QStringLiteral("attemptLog")][0].toObject();
        QCOMPARE(attempt[QStringLiteral("responseStatus")].toInt(), 400);
        QVERIFY(attempt[QStringLiteral("responseBody")].toString().contains(
            QStringLiteral("email is not a valid")));
    }

    void explainReportsEveryDestination() {
        const Run run = ctl({QStringLiteral("explain"), QString::number(m_deadEvent)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(
                     "segment-eu: dead-lettered after 1 attempt: HTTP 400: email is not a valid address"),
                 run.out.constData());
        const Run json =
            ctl({QStringLiteral("explain"), QString::number(m_deadEvent), QStringLiteral("--json")});
        QCOMPARE(json.json()[QStringLiteral("destinations")][0][QStringLiteral("outcome")].toString(),
                 QStringLiteral("dead"));
        const Run missing = ctl({QStringLiteral("explain"), QStringLiteral("99999")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("no event with id 99999"));
        const Run bad = ctl({QStringLiteral("explain"), QStringLiteral("abc")});
        QCOMPARE(bad.exitCode, 2);
    }

    // A long-lived process (the engine) must see what another process (ctl) writes: the store
    // must never drop its SQLite locks, or the other process deletes the WAL under it.
    void writesFromAnotherProcessAreSeenByALongLivedReader() {
        for (int i = 0; i < 4; ++i) {
            const bool pause = i % 2 == 0;
            QCOMPARE(ctl({pause ? QStringLiteral("pause") : QStringLiteral("resume"),
                          QStringLiteral("segment-eu")})
                         .exitCode,
                     0);
            QCOMPARE(sql::scalar(m_ws->reader(),
                                 QStringLiteral("SELECT paused FROM destinations WHERE id = ?"),
                                 {m_seeded.destinationIds.first()})
                         .toInt(),
                     pause ? 1 : 0);
        }
    }

    void pauseResumeAndStats() {
        QCOMPARE(ctl({QStringLiteral("pause"), QStringLiteral("segment-eu")}).exitCode, 0);
        Run stats = ctl({QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(stats.exitCode, 0);
        QJsonObject d = stats.json()[QStringLiteral("destinations")][0].toObject();
        QVERIFY(d[QStringLiteral("paused")].toBool());
        QCOMPARE(d[QStringLiteral("counts")][QStringLiteral("dead")].toInt(), 1);
        QCOMPARE(d[QStringLiteral("backlog")].toInt(), 1);
        QCOMPARE(d[QStringLiteral("lastHour")][QStringLiteral("dead")].toInt(), 1);
        QCOMPARE(ctl({QStringLiteral("resume"), QStringLiteral("segment-eu")}).exitCode, 0);
        stats = ctl({QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY(!stats.json()[QStringLiteral("destinations")][0][QStringLiteral("paused")].toBool());
        QVERIFY(ctl({QStringLiteral("stats")}).out.contains("segment-eu (testjson): backlog 1"));
        const Run unknown = ctl({QStringLiteral("pause"), QStringLiteral("nowhere")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("no destination named 'nowhere'"));
    }

    void replayByIdAndBySinceThenDiscard() {
        Run replay =
            ctl({QStringLiteral("replay"), QStringLiteral("--delivery"), QString::number(m_deadDelivery)});
        QCOMPARE(replay.exitCode, 0);
        QVERIFY2(replay.out.contains("replayed 1 delivery"), replay.out.constData());
        QCOMPARE(sql::scalar(m_ws->reader(), QStringLiteral("SELECT status FROM deliveries WHERE id = ?"),
                             {m_deadDelivery})
                     .toString(),
                 QStringLiteral("pending"));
        const Run bad = ctl({QStringLiteral("replay"), QStringLiteral("--delivery"), QStringLiteral("x1")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("'x1' is not a delivery id"));
        const Run badSince =
            ctl({QStringLiteral("replay"), QStringLiteral("--destination"), QStringLiteral("segment-eu"),
                 QStringLiteral("--since"), QStringLiteral("yesterday")});
        QCOMPARE(badSince.exitCode, 2);
        QVERIFY(badSince.err.contains("'yesterday' is not an ISO 8601 time"));
        const Run since = ctl({QStringLiteral("replay"), QStringLiteral("--destination"),
                               QStringLiteral("segment-eu"), QStringLiteral("--since"),
                               QStringLiteral("2000-01-01T00:00:00Z"), QStringLiteral("--json")});
        QCOMPARE(since.exitCode, 0);
        QCOMPARE(since.json()[QStringLiteral("changed")].toInt(), 0); // nothing dead any more
        const Run discard =
            ctl({QStringLiteral("discard"), QStringLiteral("--delivery"), QString::number(m_deadDelivery)});
        QCOMPARE(discard.exitCode, 0);
        QVERIFY2(discard.out.contains("discarded 1 delivery"), discard.out.constData());
        QCOMPARE(sql::scalar(m_ws->reader(), QStringLiteral("SELECT status FROM deliveries WHERE id = ?"),
                             {m_deadDelivery})
                     .toString(),
                 QStringLiteral("discarded"));
    }

    // The items of one delivered request share one record (delivery_exchanges): each shows it.
    void showReadsTheRecordABatchShares() {
        ingest(m_ws.get(), m_seeded, QStringLiteral("m-batch-1"), 0);
        ingest(m_ws.get(), m_seeded, QStringLiteral("m-batch-2"), 0);
        QList<qint64> delivered;
        m_ws->writer()->run([&](WriteContext &c) {
            const ClaimBatch batch =
                OutboxQueue::claim(c, m_seeded.destinationIds.first(), QStringLiteral("t"), 10, 60000, true);
            QList<DeliveryOutcome> outcomes;
            for (const ClaimedDelivery &d : batch.deliveries) {
                DeliveryOutcome o;
                o.deliveryId = d.id;
                o.kind = DeliveryOutcome::Kind::Delivered;
                AttemptRecord a;
                a.startedAt = c.clock->nowMs();
                a.request =
                    QStringLiteral("{\"method\":\"POST\",\"batchSize\":%1}").arg(batch.deliveries.size());
                a.httpStatus = 200;
                a.responseBody = QStringLiteral("{\"success\":true}");
                a.outcome = QStringLiteral("delivered");
                a.exchangeKey = 1;
                o.attempt = a;
                outcomes << o;
                delivered << d.id;
            }
            OutboxQueue::apply(c, m_seeded.destinationIds.first(), QStringLiteral("t"), outcomes,
                               DeliveryPolicy{});
            return QVariant();
        });
        QVERIFY(delivered.size() >= 2);
        QCOMPARE(
            sql::scalar(m_ws->reader(), QStringLiteral("SELECT count(*) FROM delivery_exchanges")).toInt(),
            1);
        QStringList arguments{QStringLiteral("deliveries"), QStringLiteral("show"), QStringLiteral("--json")};
        for (qint64 id : delivered)
            arguments << QStringLiteral("--delivery") << QString::number(id);
        const Run show = ctl(arguments);
        QCOMPARE(show.exitCode, 0);
        const QJsonArray shown = show.json()[QStringLiteral("deliveries")].toArray();
        QCOMPARE(shown.size(), delivered.size());
        for (const QJsonValue &d : shown) {
            QCOMPARE(d[QStringLiteral("status")].toString(), QStringLiteral("delivered"));
            const QJsonObject attempt = d[QStringLiteral("attemptLog")][0].toObject();
            QCOMPARE(attempt[QStringLiteral("request")].toString(),
                     QStringLiteral("{\"method\":\"POST\",\"batchSize\":%1}").arg(delivered.size()));
            QCOMPARE(attempt[QStringLiteral("responseStatus")].toInt(), 200);
            QCOMPARE(attempt[QStringLiteral("responseBody")].toString(),
                     QStringLiteral("{\"success\":true}"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCtlDelivery)
#include "tst_ctl_delivery.moc"
