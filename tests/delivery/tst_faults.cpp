// Fault scripts on real time with short back-offs: 429 with Retry-After, 500 bursts, timeouts,
// connection resets, and one destination down for the whole run while another stays healthy.
// Every script ends with every event accepted by the receiver, counted by idempotency key.
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "deliverytestsupport.h"
#include "metrics/stats.h"

using namespace sb;
using namespace sbtest;

namespace {

const QJsonObject kFast{{QStringLiteral("initialBackoffMs"), 50},
                        {QStringLiteral("maxBackoffMs"), 400},
                        {QStringLiteral("timeoutMs"), 300},
                        {QStringLiteral("leaseMs"), 2000},
                        {QStringLiteral("breakerMinRequests"), 1000}};

struct Run {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    Receiver receiver;
    Seeded seeded;
    TestConnector connector{20};
    std::unique_ptr<Dispatcher> dispatcher;

    explicit Run(const QJsonObject &settings = kFast) {
        ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing).take();
        seeded = seed(ws.get(), {{QStringLiteral("receiver"), receiver.url()}}, settings);
    }
    void start(int events) {
        dispatcher = std::make_unique<Dispatcher>(ws.get(), services(ws.get(), &connector));
        dispatcher->start();
        const qint64 firstProfile = addProfile(ws.get(), QStringLiteral("p0"));
        for (int p = 1; p < 10; ++p)
            addProfile(ws.get(), QStringLiteral("p%1").arg(p));
        for (int i = 0; i < events; ++i)
            ingest(ws.get(), seeded, QStringLiteral("m%1").arg(i), firstProfile + i % 10);
    }
    int delivered() const {
        return sql::scalar(ws->reader(),
                           QStringLiteral("SELECT count(*) FROM deliveries WHERE status = 'delivered'"))
            .toInt();
    }
    // Every stored delivery's key was accepted at least once, and nothing else was.
    bool nothingLost(QString *why) const {
        QSet<QString> keys;
        QSqlQuery q = sql::exec(ws->reader(), QStringLiteral("SELECT idempotency_key FROM deliveries"));
        while (q.next())
            keys.insert(q.value(0).toString());
        for (const QString &k : std::as_const(keys))
            if (!receiver.acceptedKeys().contains(k)) {
                *why = QStringLiteral("key %1 never accepted").arg(k);
                return false;
            }
        for (auto it = receiver.acceptedKeys().constBegin(); it != receiver.acceptedKeys().constEnd(); ++it)
            if (!keys.contains(it.key())) {
                *why = QStringLiteral("unknown key %1").arg(it.key());
                return false;
            }
        return true;
    }
};

Receiver::Reply status(int code) {
    Receiver::Reply r;
    r.status = code;
    r.body = R"({"error":"scripted failure"})";
    return r;
}

} // namespace

class TestFaults : public QObject {
    Q_OBJECT
private slots:
    void tooManyRequestsWithRetryAfter() {
        QJsonObject settings = kFast;
        settings.insert(QStringLiteral("maxInFlight"), 1); // so no request was already on its way
        Run run(settings);
        run.receiver.setScript([](int index, const Receiver::Received &) {
            if (index % 6 == 2) {
                Receiver::Reply r = status(429);
                r.retryAfter = "1";
                return r;
            }
            return Receiver::Reply{};
        });
        run.start(200);
        QTRY_COMPARE_WITH_TIMEOUT(run.delivered(), 200, 45000);
        QString why;
        QVERIFY2(run.nothingLost(&why), qPrintable(why));
        int refusals = 0;
        const QList<Receiver::Received> &requests = run.receiver.received();
        for (int i = 0; i < requests.size(); ++i) {
            if (i % 6 != 2)
                continue;
            ++refusals;
            for (int j = i + 1; j < requests.size(); ++j)
                QVERIFY2(requests.at(j).atMs >= requests.at(i).atMs + 1000,
                         qPrintable(QStringLiteral("request %1 came %2 ms after the 429 of request %3")
                                        .arg(j)
                                        .arg(requests.at(j).atMs - requests.at(i).atMs)
                                        .arg(i)));
        }
        QVERIFY(refusals >= 1);
    }

    void serverErrorBursts() {
        Run run;
        run.receiver.setScript([](int index, const Receiver::Received &) {
            return (index >= 3 && index < 15) || (index >= 25 && index < 30) ? status(index % 2 ? 500 : 503)
                                                                             : Receiver::Reply{};
        });
        run.start(300);
        QTRY_COMPARE_WITH_TIMEOUT(run.delivered(), 300, 45000);
        QString why;
        QVERIFY2(run.nothingLost(&why), qPrintable(why));
        QVERIFY(sql::scalar(run.ws->reader(), QStringLiteral("SELECT count(*) FROM delivery_attempts WHERE "
                                                             "response_status IN (500, 503)"))
                    .toInt()
                > 0);
    }

    void timeouts() {
        Run run;
        run.receiver.setScript([](int index, const Receiver::Received &) {
            Receiver::Reply r;
            if (index % 4 == 1)
                r.kind = Receiver::Reply::Kind::Hang;
            return r;
        });
        run.start(200);
        QTRY_COMPARE_WITH_TIMEOUT(run.delivered(), 200, 45000);
        QString why;
        QVERIFY2(run.nothingLost(&why), qPrintable(why));
        QVERIFY(sql::scalar(run.ws->reader(),
                            QStringLiteral("SELECT count(*) FROM delivery_attempts WHERE outcome = "
                                           "'timeout' AND error LIKE '%timeout%'"))
                    .toInt()
                > 0);
    }

    void connectionResets() {
        Run run;
        run.receiver.setScript([](int index, const Receiver::Received &) {
            Receiver::Reply r;
            // Qt resends once on a dropped keep-alive connection: drop runs of three to surface errors.
            if (index % 6 < 3)
                r.kind = Receiver::Reply::Kind::Reset;
            return r;
        });
        run.start(200);
        QTRY_COMPARE_WITH_TIMEOUT(run.delivered(), 200, 45000);
        QString why;
        QVERIFY2(run.nothingLost(&why), qPrintable(why));
        QVERIFY(sql::scalar(run.ws->reader(),
                            QStringLiteral(
                                "SELECT count(*) FROM delivery_attempts WHERE outcome = 'connection_error'"))
                    .toInt()
                > 0);
    }

    void oneDestinationDownWhileAnotherStaysHealthy() {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing).take();
        Receiver healthy;
        quint16 deadPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            deadPort = probe.serverPort(); // closed again: connections are refused
        }
        QJsonObject settings = kFast;
        settings.insert(QStringLiteral("breakerMinRequests"), 5);
        settings.insert(QStringLiteral("breakerOpenMs"), 60000);
        const Seeded seeded =
            seed(ws.get(),
                 {{QStringLiteral("down"), QStringLiteral("http://127.0.0.1:%1").arg(deadPort)},
                  {QStringLiteral("healthy"), healthy.url()}},
                 settings);
        TestConnector connector(20);
        Dispatcher dispatcher(ws.get(), services(ws.get(), &connector));
        dispatcher.start();
        for (int i = 0; i < 400; ++i)
            ingest(ws.get(), seeded, QStringLiteral("m%1").arg(i), 0);
        auto deliveredAt = [&](qint64 destination) {
            return sql::scalar(
                       ws->reader(),
                       QStringLiteral("SELECT count(*) FROM deliveries WHERE status = 'delivered' AND "
                                      "destination_id = ?"),
                       {destination})
                .toInt();
        };
        QTRY_COMPARE_WITH_TIMEOUT(deliveredAt(seeded.destinationIds[1]), 400, 120000);
        QCOMPARE(healthy.acceptedKeys().size(), 400);
        QCOMPARE(deliveredAt(seeded.destinationIds[0]), 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            dispatcher.runtimeState()[QString::number(seeded.destinationIds[0])][QStringLiteral("breaker")]
                .toString(),
            QStringLiteral("open"), 20000);
        QCOMPARE(
            dispatcher.runtimeState()[QString::number(seeded.destinationIds[1])][QStringLiteral("breaker")]
                .toString(),
            QStringLiteral("closed"));
        const QJsonObject stats = DeliveryStats::snapshot(ws->reader(), ws->clock()->nowMs());
        QCOMPARE(stats[QStringLiteral("destinations")][0][QStringLiteral("backlog")].toInt(), 400);
        QVERIFY(
            stats[QStringLiteral("destinations")][0][QStringLiteral("lastMinute")][QStringLiteral("failed")]
                .toInt()
            > 0);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
