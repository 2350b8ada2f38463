// The simulator's machinery over real loopback HTTP: quotas, faults, scripted sequences, statistics per
// idempotency key, the control API, NDJSON recording with secrets masked, and the executable.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "core/clock.h"
#include "simclient.h"
#include "simcredentials.h"
#include "simstats.h"
#include "simulator.h"
#include "simulatorthread.h"

using namespace sb;

namespace {
const SimClient::Headers segmentAuth = {
    {"Authorization", basicAuth(QLatin1String(sim::SegmentWriteKey), QString())},
    {"Content-Type", "application/json"}};

QByteArray track(const QString &messageId) {
    return QJsonDocument(QJsonObject{{QStringLiteral("userId"), QStringLiteral("u1")},
                                     {QStringLiteral("event"), QStringLiteral("Order Completed")},
                                     {QStringLiteral("messageId"), messageId}})
        .toJson(QJsonDocument::Compact);
}

FaultPlan plan(const QJsonObject &json) {
    auto parsed = FaultPlan::fromJson(json);
    if (!parsed)
        qFatal("bad plan in test: %s", qPrintable(parsed.error()));
    return parsed.value();
}
} // namespace

class TestSimCore : public QObject {
    Q_OBJECT

    QUrl segmentTrack(Simulator &s) {
        return simUrl(s.baseUrl(QStringLiteral("segment")), QStringLiteral("/v1/track"));
    }

private slots:
    // Keys are counted compactly when they are UUIDs as QUuid prints them; every key reads and prints
    // back exactly as it arrived.
    void keyCountsKeepEveryKeyAsItArrived() {
        KeyCounts counts;
        const QString uuid = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
        const QString upper = QStringLiteral("0F8FAD5B-D9CB-469F-A165-70867728950E");
        const QString text = QStringLiteral("order-42/track");
        QCOMPARE(counts.add(uuid), 0);
        QCOMPARE(counts.add(uuid), 1);
        QCOMPARE(counts.add(upper), 0); // another key: the text differs
        QCOMPARE(counts.add(text), 0);
        QCOMPARE(counts.size(), 3);
        QCOMPARE(counts.value(uuid), 2);
        QCOMPARE(counts.value(upper), 1);
        QCOMPARE(counts.value(text), 1);
        QCOMPARE(counts.value(QStringLiteral("1f8fad5b-d9cb-469f-a165-70867728950e")), 0);
        const QJsonObject json = counts.toJson();
        QCOMPARE(json.size(), 3);
        QCOMPARE(json.value(uuid).toInt(), 2);
        QCOMPARE(json.value(upper).toInt(), 1);
        QCOMPARE(json.value(text).toInt(), 1);
    }

    void listensOnLoopbackWithOnePrefixPerKind() {
        Simulator sim;
        QVERIFY(sim.listen());
        QVERIFY(sim.port() != 0);
        QCOMPARE(sim.baseUrl(QStringLiteral("segment")).toString(),
                 QStringLiteral("http://127.0.0.1:%1/segment").arg(sim.port()));
        QVERIFY(sim.kinds().contains(QStringLiteral("klaviyo")));
        SimClient client;
        const SimResponse unknown =
            client.post(simUrl(sim.baseUrl(QStringLiteral("nosuch")), QStringLiteral("/x")), {}, "{}");
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.json().value(QStringLiteral("error")).toString().contains(QLatin1String("/segment")));
        const SimResponse index = client.get(sim.controlUrl());
        QCOMPARE(index.status, 200);
        QCOMPARE(index.json()
                     .value(QStringLiteral("baseUrls"))
                     .toObject()
                     .value(QStringLiteral("klaviyo"))
                     .toString(),
                 sim.baseUrl(QStringLiteral("klaviyo")).toString());
    }

    void quotaAnswers429WithRetryAfterUntilTheBucketRefills() {
        ManualClock clock;
        Simulator sim(nullptr, &clock);
        QVERIFY(sim.listen());
        sim.setQuota(QStringLiteral("segment"), 1, 2);
        SimClient client;
        QCOMPARE(client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("a"))).status, 200);
        QCOMPARE(client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("b"))).status, 200);
        const SimResponse limited = client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("c")));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
        QVERIFY(!limited.header("X-RateLimit-Reset").isEmpty());
        clock.advance(1000);
        QCOMPARE(client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("c"))).status, 200);
        const QJsonObject stats = sim.stats().value(QStringLiteral("segment")).toObject();
        QCOMPARE(stats.value(QStringLiteral("rateLimited")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("accepted")).toInt(), 3);
        QCOMPARE(stats.value(QStringLiteral("requests")).toInt(), 4);
    }

    void quotaIsSetThroughTheControlApi() {
        ManualClock clock;
        Simulator sim(nullptr, &clock);
        QVERIFY(sim.listen());
        SimClient client;
        const QUrl quotaUrl = simUrl(sim.controlUrl(), QStringLiteral("/quotas/segment"));
        QCOMPARE(client.post(quotaUrl, {}, R"({"requestsPerSecond": 0.5, "burst": 1})").status, 200);
        QCOMPARE(client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("a"))).status, 200);
        const SimResponse limited = client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("b")));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("2"));
        QCOMPARE(client.post(quotaUrl, {}, R"({"requestsPerSecond": -1})").status, 400);
    }

    void errorRateAnswersTheConfiguredStatusInTheVendorsShape() {
        Simulator sim;
        QVERIFY(sim.listen());
        sim.setFaults(QStringLiteral("segment"), plan({{QStringLiteral("errorRate"), 1.0},
                                                       {QStringLiteral("errorStatus"), 503},
                                                       {QStringLiteral("retryAfterSeconds"), 5}}));
        SimClient client;
        const SimResponse r = client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("a")));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), QByteArray("5"));
        QCOMPARE(r.json().value(QStringLiteral("success")).toBool(true), false);
        const QJsonObject stats = sim.stats().value(QStringLiteral("segment")).toObject();
        QCOMPARE(stats.value(QStringLiteral("faults")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("accepted")).toInt(), 0);
    }

    void errorRateIsAShareOfRequests() {
        Simulator sim;
        QVERIFY(sim.listen());
        sim.setFaults(QStringLiteral("segment"),
                      plan({{QStringLiteral("errorRate"), 0.5}, {QStringLiteral("seed"), 7}}));
        SimClient client;
        int errors = 0;
        for (int i = 0; i < 40; ++i)
            errors +=
                client.post(segmentTrack(sim), segmentAuth, track(QString::number(i))).status == 500 ? 1 : 0;
        QVERIFY2(errors > 5 && errors < 35, qPrintable(QString::number(errors)));
    }

    void latencyDelaysTheAnswer() {
        Simulator sim;
        QVERIFY(sim.listen());
        sim.setFaults(QStringLiteral("segment"), plan({{QStringLiteral("latencyMs"), 300}}));
        SimClient client;
        QElapsedTimer timer;
        timer.start();
        const SimResponse r = client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("a")));
        QCOMPARE(r.status, 200);
        QVERIFY(timer.elapsed() >= 300);
    }

    void timeoutHoldsTheRequestUntilTheClientGivesUp() {
        Simulator sim;
        QVERIFY(sim.listen());
        sim.setFaults(QStringLiteral("segment"), plan({{QStringLiteral("timeoutRate"), 1.0}}));
        SimClient client;
        const SimResponse r =
            client.send("POST", segmentTrack(sim), segmentAuth, track(QStringLiteral("a")), 300);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError);
        const QJsonArray recorded = sim.requests(QStringLiteral("segment"));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.at(0).toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("timeout"));
        QCOMPARE(
            sim.stats().value(QStringLiteral("segment")).toObject().value(QStringLiteral("accepted")).toInt(),
            0);
    }

    void timeoutWithHoldClosesTheConnectionAfterwards() {
        Simulator sim;
        QVERIFY(sim.listen());
        sim.setFaults(QStringLiteral("segment"),
                      plan({{QStringLiteral("timeoutRate"), 1.0}, {QStringLiteral("timeoutHoldMs"), 200}}));
        SimClient client;
        const SimResponse r = client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("a")));
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
    }

    void resetClosesTheConnectionWithoutAnAnswer() {
        Simulator sim;
        QVERIFY(sim.listen());
        sim.setFaults(QStringLiteral("segment"), plan({{QStringLiteral("resetRate"), 1.0}}));
        SimClient client;
        const SimResponse r = client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("a")));
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        const QJsonArray recorded = sim.requests(QStringLiteral("segment"));
        QVERIFY(!recorded.isEmpty());
        QCOMPARE(recorded.at(0).toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("reset"));
        QCOMPARE(
            sim.stats().value(QStringLiteral("segment")).toObject().value(QStringLiteral("accepted")).toInt(),
            0);
    }

    void oneScriptedResetReachesTheClientAsOneError() {
        // Qt's client resends once on a fresh connection; the simulator resets that resend as well.
        Simulator sim;
        QVERIFY(sim.listen());
        sim.setFaults(QStringLiteral("segment"),
                      plan({{QStringLiteral("script"), QStringLiteral("ok, reset, ok")}}));
        SimClient client;
        QCOMPARE(client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("a"))).status, 200);
        const SimResponse reset = client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("b")));
        QCOMPARE(reset.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(reset.status, 0);
        QCOMPARE(client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("b"))).status, 200);
        QCOMPARE(sim.keyCount(QStringLiteral("segment"), QStringLiteral("b")), 1);
    }

    void scriptedSequenceRunsInOrderThenAnswersNormally() {
        Simulator sim;
        QVERIFY(sim.listen());
        SimClient client;
        const SimResponse set = client.post(simUrl(sim.controlUrl(), QStringLiteral("/faults/segment")), {},
                                            R"({"script": "429 retry-after=2, 500, 500, ok"})");
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json()
                     .value(QStringLiteral("faults"))
                     .toObject()
                     .value(QStringLiteral("script"))
                     .toArray()
                     .size(),
                 4);
        const SimResponse first = client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("a")));
        QCOMPARE(first.status, 429);
        QCOMPARE(first.header("Retry-After"), QByteArray("2"));
        QCOMPARE(client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("a"))).status, 500);
        QCOMPARE(client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("a"))).status, 500);
        QCOMPARE(client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("a"))).status, 200);
        QCOMPARE(client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("b"))).status, 200);
        const QJsonObject stats = sim.stats().value(QStringLiteral("segment")).toObject();
        QCOMPARE(stats.value(QStringLiteral("faults")).toInt(), 3);
        QCOMPARE(stats.value(QStringLiteral("accepted")).toInt(), 2);
        QCOMPARE(stats.value(QStringLiteral("duplicates")).toInt(), 0);
    }

    void scriptWithTimeoutAndResetSteps() {
        Simulator sim;
        QVERIFY(sim.listen());
        sim.setFaults(QStringLiteral("segment"),
                      plan({{QStringLiteral("script"), QStringLiteral("reset, timeout, 503, ok")},
                            {QStringLiteral("repeatScript"), true}}));
        SimClient client;
        for (int round = 0; round < 2; ++round) {
            QCOMPARE(client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("a"))).error,
                     QNetworkReply::RemoteHostClosedError);
            QCOMPARE(
                client.send("POST", segmentTrack(sim), segmentAuth, track(QStringLiteral("a")), 300).error,
                QNetworkReply::OperationCanceledError);
            QCOMPARE(client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("a"))).status, 503);
            QCOMPARE(client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("a"))).status, 200);
        }
        QCOMPARE(
            sim.stats().value(QStringLiteral("segment")).toObject().value(QStringLiteral("accepted")).toInt(),
            2);
    }

    void faultPlansWithMistakesAreRefusedWithTheReason() {
        QVERIFY(FaultPlan::fromJson({{QStringLiteral("errorRate"), 2}})
                    .error()
                    .contains(QLatin1String("errorRate")));
        QVERIFY(FaultPlan::fromJson({{QStringLiteral("eror"), 1}})
                    .error()
                    .contains(QLatin1String("unknown field 'eror'")));
        const auto badStep = FaultPlan::fromJson({{QStringLiteral("script"), QStringLiteral("500, teapot")}});
        QVERIFY(badStep.error().contains(QLatin1String("step 2")));
        QVERIFY(badStep.error().contains(QLatin1String("teapot")));
        QVERIFY(!FaultStep::parse(QStringLiteral("429 retry-after=x")).ok());

        Simulator sim;
        QVERIFY(sim.listen());
        SimClient client;
        const SimResponse bad = client.post(simUrl(sim.controlUrl(), QStringLiteral("/faults/segment")), {},
                                            R"({"timeoutRate": "often"})");
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.json().value(QStringLiteral("error")).toString().contains(QLatin1String("timeoutRate")));
        QCOMPARE(client.post(simUrl(sim.controlUrl(), QStringLiteral("/faults/nosuch")), {}, "{}").status,
                 404);
        QVERIFY(!sim.configure(
                        {{QStringLiteral("faults"), QJsonObject{{QStringLiteral("nosuch"), QJsonObject()}}}})
                     .ok());
        QVERIFY(!sim.configure({{QStringLiteral("fault"), QJsonObject()}}).ok());
    }

    void credentialsAreConfigurableWithoutBeingEchoed() {
        Simulator sim;
        QVERIFY(sim.listen());
        SimClient client;
        const QUrl url = simUrl(sim.controlUrl(), QStringLiteral("/credentials/segment"));
        const SimResponse set = client.post(url, {}, R"({"writeKey": "custom-write-key"})");
        QCOMPARE(set.status, 200);
        QVERIFY(!set.body.contains("custom-write-key"));
        QCOMPARE(set.json().value(QStringLiteral("credentials")).toArray().first().toString(),
                 QStringLiteral("writeKey"));
        QCOMPARE(sim.credentials(QStringLiteral("segment")).value(QStringLiteral("writeKey")),
                 QStringLiteral("custom-write-key"));
        const SimClient::Headers custom = {
            {"Authorization", basicAuth(QStringLiteral("custom-write-key"), {})}};
        QCOMPARE(client.post(segmentTrack(sim), custom, track(QStringLiteral("a"))).header("X-Sim-Verdict"),
                 QByteArray("accepted"));
        QVERIFY(client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("b")))
                    .header("X-Sim-Verdict")
                    .contains("invalid write key"));
        const SimResponse bad = client.post(url, {}, R"({"writekey": "x"})");
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.json().value(QStringLiteral("error")).toString().contains(QLatin1String("'writekey'")));
    }

    void countsDuplicatesPerIdempotencyKey() {
        Simulator sim;
        QVERIFY(sim.listen());
        SimClient client;
        const QByteArray batch = R"({"batch":[
            {"type":"track","userId":"u1","event":"A","messageId":"m1"},
            {"type":"track","userId":"u1","event":"B","messageId":"m2"},
            {"type":"identify","userId":"u1","traits":{},"messageId":"m1"}]})";
        QCOMPARE(client
                     .post(simUrl(sim.baseUrl(QStringLiteral("segment")), QStringLiteral("/v1/batch")),
                           segmentAuth, batch)
                     .status,
                 200);
        QCOMPARE(client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("m2"))).status, 200);
        const QJsonObject stats = sim.stats().value(QStringLiteral("segment")).toObject();
        QCOMPARE(stats.value(QStringLiteral("requests")).toInt(), 2);
        QCOMPARE(stats.value(QStringLiteral("accepted")).toInt(), 4);
        QCOMPARE(stats.value(QStringLiteral("duplicates")).toInt(), 2);
        QCOMPARE(stats.value(QStringLiteral("distinctKeys")).toInt(), 2);
        QCOMPARE(sim.keyCount(QStringLiteral("segment"), QStringLiteral("m1")), 2);

        const SimResponse overHttp = client.get(simUrl(sim.controlUrl(), QStringLiteral("/stats?keys=1")));
        QCOMPARE(overHttp.status, 200);
        QCOMPARE(overHttp.json()
                     .value(QStringLiteral("segment"))
                     .toObject()
                     .value(QStringLiteral("keys"))
                     .toObject()
                     .value(QStringLiteral("m2"))
                     .toInt(),
                 2);
    }

    void resetForgetsStatisticsRequestsAndFaults() {
        Simulator sim;
        QVERIFY(sim.listen());
        SimClient client;
        sim.setFaults(QStringLiteral("segment"), plan({{QStringLiteral("script"), QStringLiteral("500")}}));
        QCOMPARE(client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("a"))).status, 500);
        QCOMPARE(client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("a"))).status, 200);
        QCOMPARE(sim.requests(QStringLiteral("segment")).size(), 2);

        QCOMPARE(client.post(simUrl(sim.controlUrl(), QStringLiteral("/reset")), {}, {}).status, 200);
        QCOMPARE(
            sim.stats().value(QStringLiteral("segment")).toObject().value(QStringLiteral("requests")).toInt(),
            0);
        QCOMPARE(sim.keyCount(QStringLiteral("segment"), QStringLiteral("a")), 0);
        QVERIFY(sim.requests().isEmpty());
        QVERIFY(sim.faults(QStringLiteral("segment")).isEmpty());
    }

    void requestsEndpointListsNewestFirstPerKind() {
        Simulator sim;
        QVERIFY(sim.listen());
        SimClient client;
        QSignalSpy handled(&sim, &Simulator::requestHandled);
        client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("first")));
        client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("second")));
        client.post(simUrl(sim.baseUrl(QStringLiteral("attentive")), QStringLiteral("/v1/events/custom")), {},
                    "{}");
        QCOMPARE(handled.size(), 3);
        const SimResponse r =
            client.get(simUrl(sim.controlUrl(), QStringLiteral("/requests?kind=segment&limit=1")));
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.jsonArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject entry = list.at(0).toObject();
        QVERIFY(entry.value(QStringLiteral("body")).toString().contains(QLatin1String("second")));
        QCOMPARE(entry.value(QStringLiteral("path")).toString(), QStringLiteral("/segment/v1/track"));
        QCOMPARE(entry.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(client.get(simUrl(sim.controlUrl(), QStringLiteral("/requests"))).jsonArray().size(), 3);
    }

    void recordsEveryRequestAsNdjsonWithSecretsMasked() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("requests.ndjson"));
        Simulator sim;
        QString error;
        QVERIFY2(sim.recordTo(path, &error), qPrintable(error));
        QVERIFY(sim.listen());
        SimClient client;
        client.post(segmentTrack(sim), segmentAuth, track(QStringLiteral("a")));
        client.post(segmentTrack(sim), {{"Content-Type", "application/json"}},
                    R"({"writeKey":"sim-segment-key","userId":"u","event":"E"})");
        client.post(simUrl(sim.baseUrl(QStringLiteral("klaviyo")), QStringLiteral("/api/events")),
                    {{"Authorization", "Klaviyo-API-Key sim-klaviyo-key"}, {"revision", "2026-07-15"}}, "{}");
        client.post(simUrl(sim.baseUrl(QStringLiteral("attentive")), QStringLiteral("/v1/events/custom")),
                    {{"Authorization", "Bearer sim-attentive-key"}}, "{}");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        const QList<QByteArray> lines = text.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        for (const QByteArray &line : lines) {
            QJsonParseError parseError;
            const QJsonObject entry = QJsonDocument::fromJson(line, &parseError).object();
            QCOMPARE(parseError.error, QJsonParseError::NoError);
            for (const char *field : {"time", "kind", "method", "path", "headers", "body", "status"})
                QVERIFY2(entry.contains(QLatin1String(field)), field);
        }
        QVERIFY(!text.contains("sim-segment-key"));
        QVERIFY(!text.contains(QByteArray("sim-segment-key:").toBase64()));
        QVERIFY(!text.contains("sim-klaviyo-key"));
        QVERIFY(!text.contains("sim-attentive-key"));
        QVERIFY(text.contains("Klaviyo-API-Key \\u2022") || text.contains("Klaviyo-API-Key ••••"));
        QVERIFY(QJsonDocument::fromJson(lines.at(2)).object().value(QStringLiteral("kind")).toString()
                == QLatin1String("klaviyo"));
    }

    void simulatorThreadAnswersWhileTheCallerBlocks() {
        SimulatorThread host;
        QVERIFY(host.start());
        host.setFaults(QStringLiteral("segment"), plan({{QStringLiteral("script"), QStringLiteral("503")}}));
        // A blocking socket on this thread, with no event loop running here: only a simulator on
        // its own thread can answer.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, host.port());
        QVERIFY(socket.waitForConnected(10'000));
        const QByteArray body = track(QStringLiteral("blocking"));
        socket.write(
            "POST /segment/v1/track HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: "
            + segmentAuth.first().second + "\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body);
        QVERIFY(socket.waitForBytesWritten(10'000));
        QVERIFY(socket.waitForReadyRead(10'000));
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 503"));
        QCOMPARE(
            host.stats().value(QStringLiteral("segment")).toObject().value(QStringLiteral("faults")).toInt(),
            1);
        host.reset();
        QCOMPARE(host.stats()
                     .value(QStringLiteral("segment"))
                     .toObject()
                     .value(QStringLiteral("requests"))
                     .toInt(),
                 0);
        QVERIFY(!host.configure(
                         {{QStringLiteral("quotas"), QJsonObject{{QStringLiteral("nosuch"), QJsonObject()}}}})
                     .ok());
    }

    void executablePrintsItsBaseUrlAndAppliesAFaultsFile() {
        QTemporaryDir dir;
        const QString faultsPath = dir.filePath(QStringLiteral("faults.json"));
        QFile faults(faultsPath);
        QVERIFY(faults.open(QIODevice::WriteOnly));
        faults.write(R"({"faults": {"segment": {"script": "502"}}})");
        faults.close();
        const QString recordPath = dir.filePath(QStringLiteral("rec.ndjson"));

        QProcess process;
        process.start(QStringLiteral(SWITCHBOARD_BINARY_DIR "/app/switchboard-sim"),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--faults"), faultsPath,
                       QStringLiteral("--record"), recordPath});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20'000);
        const QString first = QString::fromUtf8(process.readLine()).trimmed();
        QVERIFY2(first.startsWith(QLatin1String("switchboard-sim listening on http://127.0.0.1:")),
                 qPrintable(first));
        const QUrl base(first.section(QLatin1Char(' '), -1));
        QVERIFY(base.port() > 0);
        SimClient client;
        const QUrl track =
            simUrl(QUrl(base.toString() + QStringLiteral("/segment")), QStringLiteral("/v1/track"));
        QCOMPARE(client.post(track, segmentAuth, ::track(QStringLiteral("a"))).status, 502);
        QCOMPARE(client.post(track, segmentAuth, ::track(QStringLiteral("a"))).status, 200);
        const SimResponse stats = client.get(QUrl(base.toString() + QStringLiteral("/_sim/stats")));
        QCOMPARE(stats.json()
                     .value(QStringLiteral("segment"))
                     .toObject()
                     .value(QStringLiteral("accepted"))
                     .toInt(),
                 1);
        process.terminate();
        QVERIFY(process.waitForFinished(10'000));
        QFile record(recordPath);
        QVERIFY(record.open(QIODevice::ReadOnly));
        QCOMPARE(record.readAll().count('\n'), 2);

        QProcess bad;
        faults.open(QIODevice::WriteOnly | QIODevice::Truncate);
        faults.write(R"({"faults": {"segment": {"errorRate": 3}}})");
        faults.close();
        bad.start(QStringLiteral(SWITCHBOARD_BINARY_DIR "/app/switchboard-sim"),
                  {QStringLiteral("--faults"), faultsPath});
        QVERIFY(bad.waitForFinished(20'000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("errorRate"));
    }
};

QTEST_GUILESS_MAIN(TestSimCore)
#include "tst_sim_core.moc"
