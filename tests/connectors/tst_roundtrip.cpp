// Every connector round-trips through the destination simulator: the request a connector builds for each
// of its actions is sent over real loopback HTTP, the simulator (which checks auth, shape and limits like
// the vendor) accepts it, and the connector reads the answer as a success.
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include "connectors/connectorregistry.h"
#include "simcredentials.h"
#include "simulator.h"

using namespace sb;

namespace {

struct Exchange {
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
};

Exchange send(QNetworkAccessManager &network, const HttpRequestSpec &spec) {
    QNetworkRequest request(spec.url);
    for (const auto &[name, value] : spec.headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, spec.method, spec.body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Exchange out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.append(pair);
    out.body = reply->readAll();
    reply->deleteLater();
    return out;
}

ItemDraft draft(const QString &action, const QString &eventName, const QJsonObject &fields, int n) {
    ItemDraft d;
    d.action = action;
    d.eventName = eventName;
    d.fields = fields;
    // A distinct, valid UUID per item (the simulators count idempotency keys).
    d.idempotencyKey = QStringLiteral("4b1c2a9e-0d6f-5b1a-9c3e-7f2d1e0a8b%1").arg(n, 2, 10, QLatin1Char('0'));
    d.occurredAt = QDateTime(QDate(2026, 3, 5), QTime(14, 30, 15), Qt::UTC);
    return d;
}

QJsonObject object(const char *json) {
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestRoundTrip : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_sim.listen()); }

    void connectorRequestsAreAcceptedBySimulator_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("eventName");
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QJsonObject>("settings");

        const QJsonObject none;
        QTest::newRow("segment track")
            << "segment"
            << "track"
            << "Order Created" << object(R"({"userId":"c-1","properties":{"revenue":14.99}})") << none;
        QTest::newRow("segment identify")
            << "segment"
            << "identify" << QString() << object(R"({"userId":"c-1","traits":{"email":"a@b.com"}})") << none;
        const QJsonObject klaviyo{{QStringLiteral("revision"), QString::fromLatin1(sim::KlaviyoRevision)}};
        QTest::newRow("klaviyo event")
            << "klaviyo"
            << "event"
            << "Points Earned"
            << object(R"({"profile":{"email":"sarah@example.com"},"properties":{"points":120},"value":1.5})")
            << klaviyo;
        QTest::newRow("klaviyo profile")
            << "klaviyo"
            << "profile" << QString()
            << object(R"({"email":"sarah@example.com","properties":{"Smile Points Balance":120}})")
            << klaviyo;
        QTest::newRow("attentive custom event")
            << "attentive"
            << "custom_event"
            << "ordergroove.order.success"
            << object(
                   R"({"user":{"phone":"+13115552368","email":"t@example.com"},"properties":{"Order Id":"5"}})")
            << none;
        QTest::newRow("attentive custom attributes")
            << "attentive"
            << "custom_attributes" << QString()
            << object(
                   R"({"user":{"email":"t@example.com"},"properties":{"Ordergroove Subscriber Status":"active"}})")
            << none;
        QTest::newRow("segmentify page view")
            << "segmentify"
            << "event" << QString()
            << object(
                   R"({"name":"PAGE_VIEW","userId":"U1","sessionId":"S1","device":"IOS","category":"Home Page"})")
            << QJsonObject{{QStringLiteral("origin"), QString::fromLatin1(sim::SegmentifyOrigin)}};
        QTest::newRow("smartpush contact")
            << "smartpush"
            << "contact" << QString()
            << object(R"({"email":"a@b.com","first_name":"Ada","subscription_status":"subscribed"})") << none;
        QTest::newRow("smartpush segment membership")
            << "smartpush"
            << "segment_membership" << QString()
            << object(R"({"segment_id":"7","segment_name":"VIP","operation":"add","email":"a@b.com"})")
            << none;
        const QJsonObject mixpanel{
            {QStringLiteral("projectId"), QString::fromLatin1(sim::MixpanelProjectId)}};
        QTest::newRow("mixpanel import")
            << "mixpanel"
            << "event"
            << "Signup" << object(R"({"distinct_id":"9130","properties":{"plan":"pro"}})") << mixpanel;
        QTest::newRow("mixpanel engage")
            << "mixpanel"
            << "profile" << QString() << object(R"({"distinct_id":"9130","set":{"$email":"a@b.com"}})")
            << mixpanel;
        QTest::newRow("customer.io identify")
            << "customerio"
            << "identify" << QString() << object(R"({"id":"c-1","email":"a@b.com","plan":"pro"})") << none;
        QTest::newRow("customer.io event")
            << "customerio"
            << "event"
            << "purchase" << object(R"({"id":"c-1","data":{"price":13.99}})") << none;
        QTest::newRow("webhook") << "webhook"
                                 << "event"
                                 << "Order Created" << object(R"({"order_id":"A-1","value":12})") << none;
    }

    void connectorRequestsAreAcceptedBySimulator() {
        QFETCH(QString, kind);
        QFETCH(QString, action);
        QFETCH(QString, eventName);
        QFETCH(QJsonObject, fields);
        QFETCH(QJsonObject, settings);

        const Connector *connector = ConnectorRegistry::find(kind);
        QVERIFY2(connector, qPrintable(kind));
        QVERIFY2(connector->actions().contains(action), qPrintable(connector->actions().join(u", ")));
        DestinationConfig destination;
        destination.id = 1;
        destination.name = kind;
        destination.connector = kind;
        destination.baseUrl = m_sim.baseUrl(kind);
        destination.credentials = m_sim.credentials(kind);
        destination.settings = settings;

        const RenderedItem item =
            connector->assemble(destination, draft(action, eventName, fields, ++m_items));
        QVERIFY2(!item.skip, qPrintable(item.skipReason));
        const QList<Finding> findings = connector->validate(item);
        QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).field + u": " + findings.value(0).message));

        const HttpRequestSpec request = connector->buildRequest(destination, {item});
        const Exchange answer = send(m_network, request);
        const ResponseVerdict verdict = connector->readResponse(answer.status, answer.headers, answer.body);
        QVERIFY2(verdict.outcome == ResponseClass::Success,
                 qPrintable(QStringLiteral("%1 %2 -> %3 %4 (%5)")
                                .arg(QString::fromLatin1(request.method), request.url.toString())
                                .arg(answer.status)
                                .arg(QString::fromUtf8(answer.body.left(300)), verdict.reason)));
        const QJsonObject stats = m_sim.stats().value(kind).toObject();
        QVERIFY(stats.value(QStringLiteral("accepted")).toInt() >= 1);
        QCOMPARE(stats.value(QStringLiteral("rejected")).toInt(), 0);
    }

    void wrongCredentialsAreATerminalFailureWithAReason() {
        const Connector *connector = ConnectorRegistry::find(QStringLiteral("klaviyo"));
        DestinationConfig destination;
        destination.connector = QStringLiteral("klaviyo");
        destination.baseUrl = m_sim.baseUrl(destination.connector);
        destination.credentials = {{QStringLiteral("apiKey"), QStringLiteral("not-the-key")}};
        const RenderedItem item = connector->assemble(
            destination, draft(QStringLiteral("profile"), {}, object(R"({"email":"a@b.com"})"), 99));
        const Exchange answer = send(m_network, connector->buildRequest(destination, {item}));
        QCOMPARE(answer.status, 401);
        const ResponseVerdict verdict = connector->readResponse(answer.status, answer.headers, answer.body);
        QVERIFY(verdict.outcome == ResponseClass::Terminal);
        QVERIFY(!verdict.reason.isEmpty());
    }

    void credentialChecksTellRightFromWrongKeys() {
        QStringList checked;
        for (const Connector *connector : ConnectorRegistry::all()) {
            const QString kind = connector->kind();
            DestinationConfig destination;
            destination.connector = kind;
            destination.baseUrl = m_sim.baseUrl(kind);
            destination.credentials = m_sim.credentials(kind);
            const std::optional<HttpRequestSpec> check = connector->credentialCheck(destination);
            if (!check)
                continue;
            checked << kind;
            const Exchange right = send(m_network, *check);
            QVERIFY2(
                right.status >= 200 && right.status < 300,
                qPrintable(
                    kind
                    + QStringLiteral(": HTTP %1 %2").arg(right.status).arg(QString::fromUtf8(right.body))));
            for (auto it = destination.credentials.begin(); it != destination.credentials.end(); ++it)
                it.value() = QStringLiteral("wrong-") + it.value();
            const Exchange wrong = send(m_network, *connector->credentialCheck(destination));
            QVERIFY2(wrong.status == 401, qPrintable(kind + QStringLiteral(": HTTP %1").arg(wrong.status)));
        }
        // The APIs with a side-effect-free authenticated endpoint; Segment and the others answer 200 to
        // any key or have none.
        checked.sort();
        QCOMPARE(checked, (QStringList{QStringLiteral("attentive"), QStringLiteral("customerio"),
                                       QStringLiteral("klaviyo")}));
    }

private:
    Simulator m_sim;
    QNetworkAccessManager m_network;
    int m_items = 0;
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
