// The simulated Segmentify REST API (seed 003): apiKey and Origin checks, the JSON array body, and
// the statusCode answers the seed documents.
#include <QJsonArray>
#include <QTest>

#include "simclient.h"
#include "simcredentials.h"
#include "simulator.h"

using namespace sb;

namespace {
const SimClient::Headers goodHeaders = {
    {"Origin", sim::SegmentifyOrigin}, {"Content-Type", "application/json"}, {"Accept", "application/json"}};

QJsonObject pageView() {
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("PAGE_VIEW")},
                       {QStringLiteral("userId"), QStringLiteral("XXXXXXXXXXXXXXXXX")},
                       {QStringLiteral("sessionId"), QStringLiteral("YYYYYYYYYYYYYYYY")},
                       {QStringLiteral("device"), QStringLiteral("IOS")},
                       {QStringLiteral("pageUrl"), QStringLiteral("http://www.exampleshop.com/")},
                       {QStringLiteral("category"), QStringLiteral("Home Page")}};
}

QByteArray array(const QJsonArray &events) {
    return QJsonDocument(events).toJson(QJsonDocument::Compact);
}
} // namespace

class TestSimSegmentify : public QObject {
    Q_OBJECT

    Simulator m_sim;
    SimClient m_client;

    QUrl url(const QString &query = QStringLiteral("?apiKey=") + QLatin1String(sim::SegmentifyApiKey)) {
        return simUrl(m_sim.baseUrl(QStringLiteral("segmentify")),
                      QStringLiteral("/add/events/v1.json") + query);
    }
    QString statusCode(const SimResponse &r) {
        return r.json().value(QStringLiteral("statusCode")).toString();
    }
    QJsonObject stats() const { return m_sim.stats().value(QStringLiteral("segmentify")).toObject(); }

private slots:
    void initTestCase() { QVERIFY(m_sim.listen()); }
    void init() { m_sim.reset(); }

    void acceptsAnArrayOfEvents() {
        const SimResponse r = m_client.post(url(), goodHeaders, array({pageView(), pageView()}));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().contains(QStringLiteral("statusCode")));
        QCOMPARE(r.json().value(QStringLiteral("responses")).toArray().size(), 2);
        QVERIFY(r.json().contains(QStringLiteral("campaigns")));
        QVERIFY(r.json().value(QStringLiteral("timestamp")).toDouble() > 0);
        QCOMPARE(stats().value(QStringLiteral("accepted")).toInt(), 2);
    }

    void requestMistakesAnswerTheirStatusCode_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        const QString key = QStringLiteral("?apiKey=") + QLatin1String(sim::SegmentifyApiKey);
        const QByteArray origin = sim::SegmentifyOrigin;
        QJsonObject noUser = pageView();
        noUser.remove(QStringLiteral("userId"));
        QJsonObject noSession = pageView();
        noSession.remove(QStringLiteral("sessionId"));
        QTest::newRow("no apiKey") << QString() << origin << array({pageView()})
                                   << QStringLiteral("NO_API_KEY");
        QTest::newRow("unknown apiKey") << QStringLiteral("?apiKey=nope") << origin << array({pageView()})
                                        << QStringLiteral("NO_ACCOUNT");
        QTest::newRow("no Origin") << key << QByteArray() << array({pageView()})
                                   << QStringLiteral("NO_DOMAIN_APIKEY_MATCH");
        QTest::newRow("other Origin") << key << QByteArray("https://other.example") << array({pageView()})
                                      << QStringLiteral("NO_DOMAIN_APIKEY_MATCH");
        QTest::newRow("object body") << key << origin << QJsonDocument(pageView()).toJson()
                                     << QStringLiteral("BAD_INPUT");
        QTest::newRow("bad json") << key << origin << QByteArray("[{") << QStringLiteral("BAD_INPUT");
        QTest::newRow("empty") << key << origin << QByteArray("[]") << QStringLiteral("NO_EVENT");
        QTest::newRow("no userId") << key << origin << array({pageView(), noUser})
                                   << QStringLiteral("NO_USERID");
        QTest::newRow("no sessionId")
            << key << origin << array({noSession}) << QStringLiteral("NO_SESSIONID");
    }
    void requestMistakesAnswerTheirStatusCode() {
        QFETCH(QString, query);
        QFETCH(QByteArray, origin);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        SimClient::Headers headers = {{"Content-Type", "application/json"}};
        if (!origin.isEmpty())
            headers.append({"Origin", origin});
        const SimResponse r = m_client.post(url(query), headers, body);
        QCOMPARE(r.status, 200); // as documented: taken, but with an error in statusCode
        QCOMPARE(statusCode(r), code);
        QCOMPARE(stats().value(QStringLiteral("accepted")).toInt(), 0);
        QVERIFY(stats().value(QStringLiteral("rejected")).toInt() >= 1);
    }

    void missingMandatoryFieldsAreNamedInTheVerdict() {
        QJsonObject noDevice = pageView();
        noDevice.remove(QStringLiteral("device"));
        noDevice.remove(QStringLiteral("category"));
        const SimResponse r = m_client.post(url(), goodHeaders, array({noDevice}));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("X-Sim-Verdict").contains("lacks mandatory device"));
        QVERIFY(r.header("X-Sim-Verdict").contains("category"));
    }

    void getIsRejectedAndKeysAreGenerated() {
        QCOMPARE(m_client.get(url()).status, 400);
        const SimResponse keys = m_client.get(
            simUrl(m_sim.baseUrl(QStringLiteral("segmentify")), QStringLiteral("/get/key?count=2")));
        QCOMPARE(keys.status, 200);
        QCOMPARE(keys.jsonArray().size(), 2);
        QVERIFY(keys.jsonArray().at(0).toString() != keys.jsonArray().at(1).toString());
    }

    void apiKeyIsMaskedInRecordedRequests() {
        m_client.post(url(), goodHeaders, array({pageView()}));
        const QString path = m_sim.requests(QStringLiteral("segmentify"), 1)
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("path"))
                                 .toString();
        QVERIFY(path.startsWith(QLatin1String("/segmentify/add/events/v1.json?apiKey=")));
        QVERIFY2(!path.contains(QLatin1String(sim::SegmentifyApiKey)), qPrintable(path));
    }
};

QTEST_GUILESS_MAIN(TestSimSegmentify)
#include "tst_sim_segmentify.moc"
