// The simulated Segment Tracking API: a correct request is accepted; each documented mistake gets
// Segment's answer (400 for bad JSON and oversized payloads, 200 with the items dropped otherwise).
#include <QJsonArray>
#include <QTest>

#include "segmentapi.h"
#include "simclient.h"
#include "simcredentials.h"
#include "simulator.h"

using namespace sb;

class TestSimSegment : public QObject {
    Q_OBJECT

    Simulator m_sim;
    SimClient m_client;
    const SimClient::Headers m_auth = {
        {"Authorization", basicAuth(QLatin1String(sim::SegmentWriteKey), QString())},
        {"Content-Type", "application/json"}};

    SimResponse post(const QString &path, const QByteArray &body, const SimClient::Headers &headers) {
        return m_client.post(simUrl(m_sim.baseUrl(QStringLiteral("segment")), path), headers, body);
    }
    QJsonObject stats() const { return m_sim.stats().value(QStringLiteral("segment")).toObject(); }
    int rejected() const { return stats().value(QStringLiteral("rejected")).toInt(); }
    int accepted() const { return stats().value(QStringLiteral("accepted")).toInt(); }

private slots:
    void initTestCase() { QVERIFY(m_sim.listen()); }
    void init() { m_sim.reset(); }

    void acceptsEachCallWithBasicAuth() {
        const QList<QPair<QString, QByteArray>> calls = {
            {QStringLiteral("/v1/track"),
             R"({"userId":"019mr8mf4r","event":"Item Purchased","properties":{"revenue":14.99},"context":{"ip":"24.5.68.47"},"timestamp":"2012-12-02T00:30:12.984Z","messageId":"t1"})"},
            {QStringLiteral("/v1/identify"),
             R"({"userId":"u1","traits":{"email":"a@b.com","firstName":"Ann"},"timestamp":"2012-12-02T00:30:12Z","messageId":"i1"})"},
            {QStringLiteral("/v1/page"), R"({"anonymousId":"a1","name":"Home","messageId":"p1"})"},
            {QStringLiteral("/v1/screen"), R"({"userId":"u1","name":"Cart","messageId":"s1"})"},
            {QStringLiteral("/v1/group"), R"({"userId":"u1","groupId":"g1","traits":{},"messageId":"g1"})"},
            {QStringLiteral("/v1/alias"), R"({"previousId":"a1","userId":"u1","messageId":"a1"})"},
        };
        for (const auto &[path, body] : calls) {
            const SimResponse r = post(path, body, m_auth);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(QStringLiteral("success")).toBool(), true);
            QCOMPARE(r.header("X-Sim-Verdict"), QByteArray("accepted"));
        }
        QCOMPARE(accepted(), 6);
        QCOMPARE(rejected(), 0);
        QCOMPARE(stats().value(QStringLiteral("distinctKeys")).toInt(), 6);
    }

    void acceptsTheWriteKeyInTheBody() {
        const SimResponse r = post(QStringLiteral("/v1/track"),
                                   R"({"writeKey":"sim-segment-key","userId":"u1","event":"E"})", {});
        QCOMPARE(r.status, 200);
        QCOMPARE(accepted(), 1);
    }

    void dropsMessagesWithAMissingOrWrongWriteKey() {
        // Segment answers 200 and drops the data; the simulator counts it as rejected and says why.
        const QByteArray body = R"({"userId":"u1","event":"E","messageId":"m"})";
        const SimResponse none = post(QStringLiteral("/v1/track"), body, {});
        QCOMPARE(none.status, 200);
        QVERIFY(none.header("X-Sim-Verdict").contains("no write key"));
        const SimResponse noColon =
            post(QStringLiteral("/v1/track"), body,
                 {{"Authorization", "Basic " + QByteArray("sim-segment-key").toBase64()}});
        QVERIFY(noColon.header("X-Sim-Verdict").contains("Basic base64(writeKey + ':')"));
        const SimResponse wrong = post(QStringLiteral("/v1/track"), body,
                                       {{"Authorization", basicAuth(QStringLiteral("other"), {})}});
        QVERIFY(wrong.header("X-Sim-Verdict").contains("invalid write key"));
        QCOMPARE(rejected(), 3);
        QCOMPARE(accepted(), 0);
    }

    void badJsonIs400() {
        const SimResponse r = post(QStringLiteral("/v1/track"), R"({"userId": "u1", "event": )", m_auth);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("success")).toBool(true), false);
        QVERIFY(r.json().value(QStringLiteral("message")).toString().contains(QLatin1String("Invalid JSON")));
        QCOMPARE(rejected(), 1);
    }

    void eventOver32KbIs400() {
        const QByteArray big = QByteArray("{\"userId\":\"u1\",\"event\":\"E\",\"properties\":{\"x\":\"")
                               + QByteArray(33 * 1024, 'a') + "\"}}";
        const SimResponse r = post(QStringLiteral("/v1/track"), big, m_auth);
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().value(QStringLiteral("message")).toString().contains(QLatin1String("too large")));

        const QByteArray batch =
            "{\"batch\":[{\"type\":\"track\",\"userId\":\"u1\",\"event\":\"E\",\"properties\":{\"x\":\""
            + QByteArray(33 * 1024, 'a') + "\"}}]}";
        const SimResponse inBatch = post(QStringLiteral("/v1/batch"), batch, m_auth);
        QCOMPARE(inBatch.status, 400);
        QVERIFY(inBatch.json().value(QStringLiteral("message")).toString().contains(QLatin1String("32 KB")));
    }

    void batchOver500KbIs400() {
        QJsonArray items;
        for (int i = 0; i < 20; ++i)
            items.append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("track")},
                            {QStringLiteral("userId"), QStringLiteral("u1")},
                            {QStringLiteral("event"), QStringLiteral("E")},
                            {QStringLiteral("properties"),
                             QJsonObject{{QStringLiteral("x"), QString(30 * 1024, QLatin1Char('a'))}}}});
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("batch"), items}}).toJson(QJsonDocument::Compact);
        QVERIFY(body.size() > 500 * 1024);
        const SimResponse r = post(QStringLiteral("/v1/batch"), body, m_auth);
        QCOMPARE(r.status, 400);
        QCOMPARE(accepted(), 0);
    }

    void batchOver2500EventsIsAnswered200ButRejected() {
        QJsonArray items;
        for (int i = 0; i < 2501; ++i)
            items.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("track")},
                                     {QStringLiteral("userId"), QStringLiteral("u")},
                                     {QStringLiteral("event"), QStringLiteral("E")}});
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("batch"), items}}).toJson(QJsonDocument::Compact);
        const SimResponse r = post(QStringLiteral("/v1/batch"), body, m_auth);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("X-Sim-Verdict").contains("2501 messages"));
        QCOMPARE(rejected(), 2501);
        QCOMPARE(accepted(), 0);
    }

    void batchItemsNeedATypeAndMergeTheTopLevelContext() {
        const QByteArray body = R"({"batch":[
            {"type":"identify","userId":"u1","traits":{"email":"a@b.com"},"messageId":"b1"},
            {"userId":"u1","event":"No Type","messageId":"b2"},
            {"type":"track","userId":"u1","event":"Order","messageId":"b3"}],
            "context":{"library":{"name":"switchboard"}},"sentAt":"2026-01-01T00:00:00Z"})";
        const SimResponse r = post(QStringLiteral("/v1/batch"), body, m_auth);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("X-Sim-Verdict").contains("batch[1]: message without 'type'"));
        QCOMPARE(accepted(), 2);
        QCOMPARE(rejected(), 1);
    }

    void messagesMissingRequiredFieldsAreDropped() {
        const QList<QPair<QString, QByteArray>> mistakes = {
            {QStringLiteral("/v1/track"), R"({"userId":"u1"})"},                              // no event
            {QStringLiteral("/v1/identify"), R"({"traits":{"email":"a@b.com"}})"},            // no user
            {QStringLiteral("/v1/group"), R"({"userId":"u1"})"},                              // no groupId
            {QStringLiteral("/v1/alias"), R"({"userId":"u1"})"},                              // no previousId
            {QStringLiteral("/v1/track"), R"({"userId":"u1","event":"E","properties":[1]})"}, // not an object
            {QStringLiteral("/v1/track"), R"({"userId":"u1","event":"E","timestamp":"yesterday"})"},
        };
        for (const auto &[path, body] : mistakes)
            QCOMPARE(post(path, body, m_auth).status, 200);
        QCOMPARE(rejected(), mistakes.size());
        QCOMPARE(accepted(), 0);
    }

    void messageIdMustBeUnder100Characters() {
        const QByteArray body =
            "{\"userId\":\"u1\",\"event\":\"E\",\"messageId\":\"" + QByteArray(100, 'm') + "\"}";
        const SimResponse r = post(QStringLiteral("/v1/track"), body, m_auth);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("X-Sim-Verdict").contains("messageId"));
        QCOMPARE(rejected(), 1);
    }

    // The timestamp check reads the usual form itself; it must say what Qt's ISO parser says.
    void timestampCheckMatchesQt() {
        QStringList texts{"2024-03-05T14:30:15.250Z",
                          "2024-02-29T00:00:00.000Z",
                          "2023-02-29T00:00:00.000Z",
                          "2023-04-31T10:00:00.000Z",
                          "0000-01-01T00:00:00.000Z",
                          "0001-01-01T00:00:00.000Z",
                          "9999-12-31T23:59:59.999Z",
                          "2024-03-05T24:00:00.000Z",
                          "2024-03-05T23:59:60.000Z",
                          "2024-03-05T23:60:00.000Z",
                          "2024-13-05T10:00:00.000Z",
                          "2024-00-05T10:00:00.000Z",
                          "2024-03-00T10:00:00.000Z",
                          "2024-03-05T10:00:00.00xZ",
                          "2024-03-05 10:00:00.000Z",
                          "2024-03-05T10:00:00.000+02:00",
                          "2024-03-05T10:00:00Z",
                          "2024-03-05",
                          "",
                          "x",
                          "+024-03-05T10:00:00.000Z",
                          "2024-03-05T1:00:00.0000Z"};
        quint32 seed = 5;
        for (int i = 0; i < 3000; ++i) {
            QString text = QStringLiteral("2024-02-28T23:59:59.999Z");
            for (int j = 0; j < 2; ++j) {
                seed = seed * 1103515245 + 12345;
                const int at = int((seed >> 16) % 23);
                if (at != 4 && at != 7 && at != 10 && at != 13 && at != 16 && at != 19)
                    text[at] = QChar(u'0' + int((seed >> 8) % 10));
            }
            texts << text;
        }
        for (const QString &text : std::as_const(texts))
            QVERIFY2(SegmentApi::isIsoTimestamp(text)
                         == QDateTime::fromString(text, Qt::ISODateWithMs).isValid(),
                     qPrintable(text));
    }

    void unknownPathIs404AndRateLimitAnswerCarriesSegmentHeaders() {
        QCOMPARE(post(QStringLiteral("/v1/nothing"), "{}", m_auth).status, 404);
        QuotaState quota;
        quota.retryAfterSeconds = 3;
        quota.resetSeconds = 5;
        const SimReply reply = m_sim.api(QStringLiteral("segment"))->rateLimitedReply(quota);
        QCOMPARE(reply.status, 429);
        QVERIFY(reply.headers.contains(qMakePair(QByteArray("Retry-After"), QByteArray("3"))));
        QVERIFY(reply.headers.contains(qMakePair(QByteArray("X-RateLimit-Reset"), QByteArray("5"))));
    }
};

QTEST_GUILESS_MAIN(TestSimSegment)
#include "tst_sim_segment.moc"
