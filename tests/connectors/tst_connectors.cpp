// Connectors: request shape per documented API, limits, response reading, idempotency fields.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

#include "connectors/connectorregistry.h"
#include "connectors/responserules.h"
#include "connectors/smartpushwireformat.h"
#include "connectors/webhookconnector.h"

using namespace sb;

namespace {

DestinationConfig destination(const QString &kind, const QHash<QString, QString> &credentials,
                              const QJsonObject &settings = {}) {
    DestinationConfig d;
    d.id = 1;
    d.name = kind;
    d.connector = kind;
    d.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/") + kind);
    d.credentials = credentials;
    d.settings = settings;
    return d;
}

ItemDraft draft(const QString &action, const QString &eventName, const QJsonObject &fields) {
    ItemDraft d;
    d.action = action;
    d.eventName = eventName;
    d.fields = fields;
    d.idempotencyKey = QStringLiteral("4b1c2a9e-0d6f-5b1a-9c3e-7f2d1e0a8b6c");
    d.occurredAt = QDateTime(QDate(2024, 3, 5), QTime(14, 30, 15), Qt::UTC);
    return d;
}

QByteArray header(const HttpRequestSpec &r, const QByteArray &name) {
    return ResponseRules::header(r.headers, name);
}

QJsonValue bodyJson(const HttpRequestSpec &r) {
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace

class TestConnectors : public QObject {
    Q_OBJECT
private slots:
    void registryKnowsEveryConnector() {
        QStringList kinds;
        const QList<const Connector *> all = ConnectorRegistry::all();
        for (const Connector *c : all)
            kinds << c->kind();
        QCOMPARE(kinds, (QStringList{QStringLiteral("segment"), QStringLiteral("klaviyo"),
                                     QStringLiteral("attentive"), QStringLiteral("segmentify"),
                                     QStringLiteral("smartpush"), QStringLiteral("mixpanel"),
                                     QStringLiteral("customerio"), QStringLiteral("webhook")}));
        QVERIFY(!ConnectorRegistry::find(QStringLiteral("nope")));
    }

    void responseClassification_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expected");
        const int ok = int(ResponseClass::Success), retry = int(ResponseClass::Retryable),
                  terminal = int(ResponseClass::Terminal);
        QTest::newRow("200") << 200 << ok;
        QTest::newRow("202") << 202 << ok;
        QTest::newRow("400") << 400 << terminal;
        QTest::newRow("401") << 401 << terminal;
        QTest::newRow("404") << 404 << terminal;
        QTest::newRow("408") << 408 << retry;
        QTest::newRow("410") << 410 << retry;
        QTest::newRow("429") << 429 << retry;
        QTest::newRow("460") << 460 << retry;
        QTest::newRow("500") << 500 << retry;
        QTest::newRow("501") << 501 << terminal;
        QTest::newRow("503") << 503 << retry;
        QTest::newRow("505") << 505 << terminal;
        QTest::newRow("524") << 524 << retry;
        QTest::newRow("no answer") << 0 << retry;
    }
    void responseClassification() {
        QFETCH(int, status);
        QFETCH(int, expected);
        QCOMPARE(int(ResponseRules::classify(status)), expected);
    }

    void retryAfterAndRateLimitHeaders() {
        QCOMPARE(ResponseRules::waitMs({{"Retry-After", "7"}}).value_or(-1), 7000);
        QCOMPARE(ResponseRules::waitMs({{"x-ratelimit-reset", "3"}}).value_or(-1), 3000);
        QCOMPARE(ResponseRules::waitMs({{"RateLimit-Reset", "12"}}).value_or(-1), 12000);
        QVERIFY(!ResponseRules::waitMs({{"X-RateLimit-Reset", "1700000000"}})
                     .has_value()); // an epoch, not a delay
        QVERIFY(!ResponseRules::waitMs({}).has_value());
        const Connector *segment = ConnectorRegistry::find(QStringLiteral("segment"));
        const ResponseVerdict v =
            segment->readResponse(429, {{"Retry-After", "2"}}, "{\"message\":\"slow down\"}");
        QCOMPARE(int(v.outcome), int(ResponseClass::Retryable));
        QCOMPARE(v.retryAfterMs.value_or(-1), 2000);
        QCOMPARE(v.reason, QStringLiteral("HTTP 429 rate limited: slow down"));
        const ResponseVerdict klaviyo = ConnectorRegistry::find(QStringLiteral("klaviyo"))
                                            ->readResponse(429, {{"RateLimit-Reset", "5"}}, {});
        QCOMPARE(klaviyo.retryAfterMs.value_or(-1), 5000);
    }

    void errorBodiesBecomeReasons() {
        QCOMPARE(
            ResponseRules::describe(
                400,
                R"({"errors":[{"id":"x","code":"invalid","title":"Invalid input.","detail":"The email is invalid","source":{"pointer":"/data/attributes/email"}}]})"),
            QStringLiteral("HTTP 400 bad request: The email is invalid (at /data/attributes/email)"));
        QCOMPARE(
            ResponseRules::describe(
                400,
                R"({"code":400,"error":"some data points in the request failed validation","failed_records":[{"index":0,"$insert_id":"a","field":"properties.time","message":"'properties.time' is invalid"}],"num_records_imported":0})"),
            QStringLiteral("HTTP 400 bad request: some data points in the request failed validation: record "
                           "0: properties.time "
                           "'properties.time' is invalid"));
        QCOMPARE(ResponseRules::describe(401, {}),
                 QStringLiteral("HTTP 401 unauthorized (check the API key)"));
        QCOMPARE(ResponseRules::describe(502, "<html>\nBad gateway</html>"),
                 QStringLiteral("HTTP 502 server error: <html>"));
        const Connector *segmentify = ConnectorRegistry::find(QStringLiteral("segmentify"));
        const ResponseVerdict v = segmentify->readResponse(
            200, {}, R"({"timestamp":"","responses":[],"statusCode":"NO_DOMAIN_APIKEY_MATCH"})");
        QCOMPARE(int(v.outcome), int(ResponseClass::Terminal));
        QCOMPARE(
            v.reason,
            QStringLiteral(
                "Segmentify NO_DOMAIN_APIKEY_MATCH: the Origin header does not match the account's domain"));
        QCOMPARE(int(segmentify
                         ->readResponse(200, {},
                                        R"({"campaigns":[[]],"responses":[[]],"timestamp":1501142345512})")
                         .outcome),
                 int(ResponseClass::Success));
        const ResponseVerdict mixpanel =
            ConnectorRegistry::find(QStringLiteral("mixpanel"))
                ->readResponse(429, {}, R"({"code":429,"error":"Project exceeded rate limits"})");
        QCOMPARE(mixpanel.retryAfterMs.value_or(-1), 2000);
        QCOMPARE(mixpanel.reason, QStringLiteral("HTTP 429 rate limited: Project exceeded rate limits"));
    }

    void segmentBatch() {
        const Connector *c = ConnectorRegistry::find(QStringLiteral("segment"));
        const DestinationConfig d = destination(QStringLiteral("segment"),
                                                {{QStringLiteral("writeKey"), QStringLiteral("WK123456")}});
        QCOMPARE(c->limits(d).maxItemsPerRequest, 2500);
        QCOMPARE(c->limits(d).maxBytesPerRequest, 500 * 1024);
        QCOMPARE(c->limits(d).maxBytesPerItem, 32 * 1024);
        QCOMPARE(c->idempotencyField(), QStringLiteral("messageId"));
        const RenderedItem track = c->assemble(
            d, draft(QStringLiteral("track"), QStringLiteral("Order Created"),
                     {{QStringLiteral("userId"), QStringLiteral("c-1")},
                      {QStringLiteral("properties"), QJsonObject{{QStringLiteral("revenue"), 14.99}}}}));
        const RenderedItem identify = c->assemble(
            d, draft(QStringLiteral("identify"), {}, {{QStringLiteral("userId"), QStringLiteral("c-1")}}));
        const HttpRequestSpec r = c->buildRequest(d, {track, identify});
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.url.toString(), QStringLiteral("http://127.0.0.1:9/segment/v1/batch"));
        QCOMPARE(header(r, "Authorization"), "Basic " + QByteArray("WK123456:").toBase64());
        QCOMPARE(header(r, "Content-Type"), QByteArray("application/json"));
        const QJsonArray batch = bodyJson(r).toObject().value(QStringLiteral("batch")).toArray();
        QCOMPARE(batch.size(), 2);
        QCOMPARE(batch.at(0).toObject(),
                 (QJsonObject{
                     {QStringLiteral("type"), QStringLiteral("track")},
                     {QStringLiteral("event"), QStringLiteral("Order Created")},
                     {QStringLiteral("userId"), QStringLiteral("c-1")},
                     {QStringLiteral("properties"), QJsonObject{{QStringLiteral("revenue"), 14.99}}},
                     {QStringLiteral("timestamp"), QStringLiteral("2024-03-05T14:30:15.000Z")},
                     {QStringLiteral("messageId"), QStringLiteral("4b1c2a9e-0d6f-5b1a-9c3e-7f2d1e0a8b6c")}}));
        QCOMPARE(batch.at(1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("identify"));
        QVERIFY(c->validate(track).isEmpty());
        const RenderedItem anonymous =
            c->assemble(d, draft(QStringLiteral("track"), QStringLiteral("X"), {}));
        QCOMPARE(c->validate(anonymous).value(0).code, QStringLiteral("missing_required"));
        QVERIFY(c->secrets(d).contains(QString::fromLatin1(QByteArray("WK123456:").toBase64())));
    }

    // The delivery worker's form, joined from the items' compact JSON, sends the same bytes.
    void segmentBatchFromJsonIsTheSameRequest() {
        const Connector *c = ConnectorRegistry::find(QStringLiteral("segment"));
        const DestinationConfig d = destination(QStringLiteral("segment"),
                                                {{QStringLiteral("writeKey"), QStringLiteral("WK123456")}});
        QList<RenderedItem> items;
        QList<QByteArray> bodies;
        for (int i = 0; i < 3; ++i) {
            items << c->assemble(d,
                                 draft(QStringLiteral("track"), QStringLiteral("Order \"%1\" ✓").arg(i),
                                       {{QStringLiteral("userId"), QStringLiteral("c-%1").arg(i)},
                                        {QStringLiteral("properties"),
                                         QJsonObject{{QStringLiteral("note"), QStringLiteral("line\nbreak")},
                                                     {QStringLiteral("value"), 0.1 * i}}}}));
            bodies << QJsonDocument(items.last().body).toJson(QJsonDocument::Compact);
        }
        const HttpRequestSpec joined = c->buildRequestFromJson(d, items, bodies);
        const HttpRequestSpec built = c->buildRequest(d, items);
        QCOMPARE(joined.body, built.body);
        QCOMPARE(joined.url, built.url);
        QCOMPARE(joined.headers, built.headers);
        QCOMPARE(joined.method, built.method);
        // Bodies that do not match the items (count) fall back to serialising the items.
        QCOMPARE(c->buildRequestFromJson(d, items, bodies.mid(1)).body, built.body);
    }

    void klaviyoEventAndProfile() {
        const Connector *c = ConnectorRegistry::find(QStringLiteral("klaviyo"));
        const DestinationConfig d =
            destination(QStringLiteral("klaviyo"), {{QStringLiteral("apiKey"), QStringLiteral("pk_secret")}},
                        QJsonObject{{QStringLiteral("revision"), QStringLiteral("2026-07-15")}});
        const RenderedItem event = c->assemble(
            d,
            draft(QStringLiteral("event"), QStringLiteral("Placed Order"),
                  {{QStringLiteral("profile"),
                    QJsonObject{{QStringLiteral("email"), QStringLiteral("sarah.mason@klaviyo-demo.com")}}},
                   {QStringLiteral("properties"),
                    QJsonObject{{QStringLiteral("OrderId"), QStringLiteral("1234")}}},
                   {QStringLiteral("value"), 9.99},
                   {QStringLiteral("value_currency"), QStringLiteral("USD")}}));
        const HttpRequestSpec r = c->buildRequest(d, {event});
        QCOMPARE(r.url.toString(), QStringLiteral("http://127.0.0.1:9/klaviyo/api/events"));
        QCOMPARE(header(r, "Authorization"), QByteArray("Klaviyo-API-Key pk_secret"));
        QCOMPARE(header(r, "revision"), QByteArray("2026-07-15"));
        QCOMPARE(header(r, "Content-Type"), QByteArray("application/vnd.api+json"));
        QCOMPARE(header(r, "Accept"), QByteArray("application/vnd.api+json"));
        const QJsonObject expected = QJsonDocument::fromJson(R"({"data":{"type":"event","attributes":{
            "properties":{"OrderId":"1234"},"time":"2024-03-05T14:30:15+00:00","value":9.99,"value_currency":"USD",
            "unique_id":"4b1c2a9e-0d6f-5b1a-9c3e-7f2d1e0a8b6c",
            "metric":{"data":{"type":"metric","attributes":{"name":"Placed Order"}}},
            "profile":{"data":{"type":"profile","attributes":{"email":"sarah.mason@klaviyo-demo.com"}}}}}})")
                                         .object();
        QCOMPARE(bodyJson(r).toObject(), expected);
        QVERIFY(c->validate(event).isEmpty());
        QCOMPARE(c->limitsFor(d, QStringLiteral("event")).maxItemsPerRequest, 1);

        const RenderedItem profile =
            c->assemble(d, draft(QStringLiteral("profile"), {},
                                 {{QStringLiteral("email"), QStringLiteral("a@b.com")},
                                  {QStringLiteral("phone_number"), QStringLiteral("+15005550006")},
                                  {QStringLiteral("properties"),
                                   QJsonObject{{QStringLiteral("Smile Points Balance"), 120}}}}));
        const HttpRequestSpec p = c->buildRequest(d, {profile});
        QCOMPARE(p.url.path(), QStringLiteral("/klaviyo/api/profile-import"));
        QCOMPARE(bodyJson(p).toObject(), QJsonDocument::fromJson(R"({"data":{"type":"profile","attributes":{
            "email":"a@b.com","phone_number":"+15005550006","properties":{"Smile Points Balance":120}}}})")
                                             .object());
        QVERIFY(c->validate(profile).isEmpty());

        // Bulk endpoints only when the destination asks for them.
        DestinationConfig bulk = d;
        bulk.settings.insert(QStringLiteral("bulk"), true);
        QCOMPARE(c->limitsFor(bulk, QStringLiteral("event")).maxItemsPerRequest, 1000);
        QCOMPARE(c->limitsFor(bulk, QStringLiteral("profile")).maxItemsPerRequest, 10000);
        const HttpRequestSpec be = c->buildRequest(bulk, {event, event});
        QCOMPARE(be.url.path(), QStringLiteral("/klaviyo/api/event-bulk-create-jobs"));
        const QJsonObject job = bodyJson(be).toObject().value(QStringLiteral("data")).toObject();
        QCOMPARE(job.value(QStringLiteral("type")).toString(), QStringLiteral("event-bulk-create-job"));
        QCOMPARE(job.value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("events-bulk-create"))
                     .toObject()
                     .value(QStringLiteral("data"))
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(c->buildRequest(bulk, {profile, profile}).url.path(),
                 QStringLiteral("/klaviyo/api/profile-bulk-import-jobs"));
    }

    void attentiveCustomEventAndAttributes() {
        const Connector *c = ConnectorRegistry::find(QStringLiteral("attentive"));
        const DestinationConfig d = destination(QStringLiteral("attentive"),
                                                {{QStringLiteral("apiKey"), QStringLiteral("att_key_1")}});
        const QJsonObject user{{QStringLiteral("phone"), QStringLiteral("+13115552368")},
                               {QStringLiteral("email"), QStringLiteral("test@example.com")}};
        const RenderedItem event =
            c->assemble(d, draft(QStringLiteral("custom_event"), QStringLiteral("ordergroove.order.success"),
                                 {{QStringLiteral("user"), user},
                                  {QStringLiteral("properties"),
                                   QJsonObject{{QStringLiteral("Order Id"), QStringLiteral("54321")}}}}));
        const HttpRequestSpec r = c->buildRequest(d, {event});
        QCOMPARE(r.url.toString(), QStringLiteral("http://127.0.0.1:9/attentive/v1/events/custom"));
        QCOMPARE(header(r, "Authorization"), QByteArray("Bearer att_key_1"));
        QCOMPARE(bodyJson(r).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("ordergroove.order.success")},
                              {QStringLiteral("properties"),
                               QJsonObject{{QStringLiteral("Order Id"), QStringLiteral("54321")}}},
                              {QStringLiteral("externalEventId"),
                               QStringLiteral("4b1c2a9e-0d6f-5b1a-9c3e-7f2d1e0a8b6c")},
                              {QStringLiteral("occurredAt"), QStringLiteral("2024-03-05T14:30:15+00:00")},
                              {QStringLiteral("user"), user}}));
        QVERIFY(c->validate(event).isEmpty());
        const RenderedItem attrs =
            c->assemble(d, draft(QStringLiteral("custom_attributes"), {},
                                 {{QStringLiteral("user"), user},
                                  {QStringLiteral("properties"),
                                   QJsonObject{{QStringLiteral("Ordergroove Subscriber Status"),
                                                QStringLiteral("active")}}}}));
        const HttpRequestSpec a = c->buildRequest(d, {attrs});
        QCOMPARE(a.url.path(), QStringLiteral("/attentive/v1/attributes/custom"));
        QCOMPARE(bodyJson(a).toObject(),
                 (QJsonObject{{QStringLiteral("properties"),
                               QJsonObject{{QStringLiteral("Ordergroove Subscriber Status"),
                                            QStringLiteral("active")}}},
                              {QStringLiteral("user"), user}}));
        QVERIFY(!c->canBatch(QStringLiteral("custom_event")));
        QCOMPARE(c->limits(d).requestsPerSecond, 150.0);
    }

    void segmentifyArrayWithApiKeyAndOrigin() {
        const Connector *c = ConnectorRegistry::find(QStringLiteral("segmentify"));
        const DestinationConfig d = destination(
            QStringLiteral("segmentify"), {{QStringLiteral("apiKey"), QStringLiteral("XXXXXXXX-KEY")}},
            QJsonObject{{QStringLiteral("origin"), QStringLiteral("http://www.exampleshop.com")}});
        const QJsonObject view{{QStringLiteral("name"), QStringLiteral("PAGE_VIEW")},
                               {QStringLiteral("userId"), QStringLiteral("U1")},
                               {QStringLiteral("sessionId"), QStringLiteral("S1")},
                               {QStringLiteral("device"), QStringLiteral("IOS")},
                               {QStringLiteral("category"), QStringLiteral("Home Page")}};
        const RenderedItem item = c->assemble(d, draft(QStringLiteral("event"), {}, view));
        const HttpRequestSpec r = c->buildRequest(d, {item, item});
        QCOMPARE(r.url.path(), QStringLiteral("/segmentify/add/events/v1.json"));
        QCOMPARE(QUrlQuery(r.url).queryItemValue(QStringLiteral("apiKey")), QStringLiteral("XXXXXXXX-KEY"));
        QCOMPARE(header(r, "Origin"), QByteArray("http://www.exampleshop.com"));
        QCOMPARE(header(r, "Accept"), QByteArray("application/json"));
        QCOMPARE(bodyJson(r).toArray(), (QJsonArray{view, view}));
        QVERIFY(c->validate(item).isEmpty());
        QJsonObject product = view;
        product.insert(QStringLiteral("name"), QStringLiteral("PRODUCT_VIEW"));
        const QList<Finding> findings =
            c->validate(c->assemble(d, draft(QStringLiteral("event"), {}, product)));
        QStringList missing;
        for (const Finding &f : findings)
            missing << f.field;
        QCOMPARE(missing,
                 (QStringList{QStringLiteral("productId"), QStringLiteral("title"), QStringLiteral("url"),
                              QStringLiteral("image"), QStringLiteral("price")}));
    }

    void smartpushSegmentMembership() {
        const Connector *c = ConnectorRegistry::find(QStringLiteral("smartpush"));
        const DestinationConfig d = destination(QStringLiteral("smartpush"),
                                                {{QStringLiteral("token"), QStringLiteral("sp_token_9")}});
        QVERIFY(!c->canBatch(QStringLiteral("segment_membership")));
        // SHOPLINE's member list (emails, phones) becomes one request for the segment.
        const RenderedItem replace = c->assemble(
            d, draft(QStringLiteral("segment_membership"), {},
                     {{QStringLiteral("segment_id"), QStringLiteral("seg 7")},
                      {QStringLiteral("segment_name"), QStringLiteral("VIP")},
                      {QStringLiteral("action"), QStringLiteral("replace")},
                      {QStringLiteral("members"),
                       QJsonArray{QStringLiteral("a@b.com"), QStringLiteral("+14155550101"),
                                  QJsonObject{{QStringLiteral("email"), QStringLiteral("c@d.com")}}}}}));
        const HttpRequestSpec r = c->buildRequest(d, {replace});
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.url.toString(QUrl::FullyEncoded),
                 QStringLiteral("http://127.0.0.1:9/smartpush/v1/segments/seg%207/members"));
        QCOMPARE(header(r, "Authorization"), QByteArray("Bearer sp_token_9"));
        const QJsonObject body = bodyJson(r).toObject();
        QCOMPARE(body.value(QStringLiteral("action")).toString(), QStringLiteral("replace"));
        QCOMPARE(body.value(QStringLiteral("segment_name")).toString(), QStringLiteral("VIP"));
        QCOMPARE(body.value(QStringLiteral("members")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.com")}},
                             QJsonObject{{QStringLiteral("phone"), QStringLiteral("+14155550101")}},
                             QJsonObject{{QStringLiteral("email"), QStringLiteral("c@d.com")}}}));
        QCOMPARE(body.value(QStringLiteral("request_id")).toString(),
                 QStringLiteral("4b1c2a9e-0d6f-5b1a-9c3e-7f2d1e0a8b6c"));
        QVERIFY(c->validate(replace).isEmpty());

        // One person's event mapped to add, with the older "operation" field name.
        const RenderedItem add =
            c->assemble(d, draft(QStringLiteral("segment_membership"), {},
                                 {{QStringLiteral("segment_id"), 42},
                                  {QStringLiteral("operation"), QStringLiteral("add")},
                                  {QStringLiteral("email"), QStringLiteral("a@b.com")}}));
        QCOMPARE(c->buildRequest(d, {add}).url.path(), QStringLiteral("/smartpush/v1/segments/42/members"));
        QCOMPARE(add.body.value(QStringLiteral("action")).toString(), QStringLiteral("add"));
        QCOMPARE(add.body.value(QStringLiteral("members")).toArray().size(), 1);
        QVERIFY(c->validate(add).isEmpty());

        // A deleted segment carries no members; add without members, a bad member and a bad action are
        // caught.
        const RenderedItem deleted =
            c->assemble(d, draft(QStringLiteral("segment_membership"), {},
                                 {{QStringLiteral("segment_id"), QStringLiteral("s")},
                                  {QStringLiteral("action"), QStringLiteral("delete")}}));
        QVERIFY(!deleted.body.contains(QStringLiteral("members")));
        QVERIFY(c->validate(deleted).isEmpty());
        auto codes = [c, &d](const QJsonObject &fields) {
            QStringList out;
            for (const Finding &f :
                 c->validate(c->assemble(d, draft(QStringLiteral("segment_membership"), {}, fields))))
                out << f.field + u':' + f.code;
            return out;
        };
        QCOMPARE(codes({{QStringLiteral("segment_id"), QStringLiteral("s")},
                        {QStringLiteral("action"), QStringLiteral("add")}}),
                 QStringList{QStringLiteral("members:missing_required")});
        QCOMPARE(codes({{QStringLiteral("segment_id"), QStringLiteral("s")},
                        {QStringLiteral("action"), QStringLiteral("add")},
                        {QStringLiteral("members"),
                         QJsonArray{QStringLiteral("nobody"), QStringLiteral("+1 415")}}}),
                 (QStringList{QStringLiteral("members.0.email:invalid_value"),
                              QStringLiteral("members.1.phone:invalid_phone")}));
        QCOMPARE(codes({{QStringLiteral("segment_id"), QStringLiteral("s")},
                        {QStringLiteral("action"), QStringLiteral("upsert")},
                        {QStringLiteral("members"), QJsonArray{QStringLiteral("a@b.com")}}}),
                 QStringList{QStringLiteral("action:invalid_value")});
        QJsonArray many;
        for (int i = 0; i <= SmartPushWireFormat::MaxMembersPerRequest; ++i)
            many.append(QStringLiteral("p%1@x.com").arg(i));
        QCOMPARE(codes({{QStringLiteral("segment_id"), QStringLiteral("s")},
                        {QStringLiteral("action"), QStringLiteral("replace")},
                        {QStringLiteral("members"), many}}),
                 QStringList{QStringLiteral("members:too_large")});
    }

    void smartpushContactsAndEventsAreBatched() {
        const Connector *c = ConnectorRegistry::find(QStringLiteral("smartpush"));
        DestinationConfig d = destination(QStringLiteral("smartpush"),
                                          {{QStringLiteral("token"), QStringLiteral("sp_token_9")}});
        QVERIFY(c->canBatch(QStringLiteral("contact")));
        QVERIFY(c->canBatch(QStringLiteral("event")));
        QCOMPARE(c->limits(d).maxItemsPerRequest, SmartPushWireFormat::MaxItemsPerRequest);
        d.settings.insert(QStringLiteral("maxItemsPerRequest"), 20);
        QCOMPARE(c->limits(d).maxItemsPerRequest, 20);
        d.settings.insert(QStringLiteral("maxItemsPerRequest"), 5000); // more than the API takes
        QCOMPARE(c->limits(d).maxItemsPerRequest, SmartPushWireFormat::MaxItemsPerRequest);

        ItemDraft first = draft(QStringLiteral("contact"), {},
                                {{QStringLiteral("email"), QStringLiteral("a@b.com")},
                                 {QStringLiteral("first_name"), QStringLiteral("Ann")},
                                 {QStringLiteral("subscription_status"), QStringLiteral("subscribed")},
                                 {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("orders"), 3}}}});
        ItemDraft second =
            draft(QStringLiteral("contact"), {}, {{QStringLiteral("phone"), QStringLiteral("+14155550101")}});
        second.idempotencyKey = QStringLiteral("second-key");
        const HttpRequestSpec r = c->buildRequest(d, {c->assemble(d, first), c->assemble(d, second)});
        QCOMPARE(r.url.path(), QStringLiteral("/smartpush/v1/contacts"));
        const QJsonArray contacts = bodyJson(r).toObject().value(QStringLiteral("contacts")).toArray();
        QCOMPARE(contacts.size(), 2);
        QCOMPARE(contacts.at(0).toObject().value(QStringLiteral("first_name")).toString(),
                 QStringLiteral("Ann"));
        QCOMPARE(contacts.at(0)
                     .toObject()
                     .value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("orders"))
                     .toInt(),
                 3);
        QCOMPARE(contacts.at(0).toObject().value(QStringLiteral("request_id")).toString(),
                 first.idempotencyKey);
        QCOMPARE(contacts.at(1).toObject().value(QStringLiteral("request_id")).toString(),
                 QStringLiteral("second-key"));

        const RenderedItem badPhone = c->assemble(
            d, draft(QStringLiteral("contact"), {}, {{QStringLiteral("phone"), QStringLiteral("415 601")}}));
        QCOMPARE(c->validate(badPhone).value(0).code, QStringLiteral("invalid_phone"));
        const RenderedItem unsubscribed =
            c->assemble(d, draft(QStringLiteral("contact"), {},
                                 {{QStringLiteral("email"), QStringLiteral("a@b.com")},
                                  {QStringLiteral("subscription_status"), QStringLiteral("unsubscribed")}}));
        QVERIFY(unsubscribed.skip);
        QCOMPARE(unsubscribed.findings.value(0).code, QStringLiteral("excluded_contact"));

        const RenderedItem event = c->assemble(
            d, draft(QStringLiteral("event"), QStringLiteral("Order Placed"),
                     {{QStringLiteral("email"), QStringLiteral("a@b.com")},
                      {QStringLiteral("properties"), QJsonObject{{QStringLiteral("total"), 12.5}}}}));
        QVERIFY(c->validate(event).isEmpty());
        const HttpRequestSpec e = c->buildRequest(d, {event, event});
        QCOMPARE(e.url.path(), QStringLiteral("/smartpush/v1/events"));
        const QJsonArray events = bodyJson(e).toObject().value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 2);
        const QJsonObject one = events.at(0).toObject();
        QCOMPARE(one.value(QStringLiteral("event")).toString(), QStringLiteral("Order Placed"));
        QCOMPARE(one.value(QStringLiteral("properties")).toObject().value(QStringLiteral("total")).toDouble(),
                 12.5);
        QCOMPARE(one.value(QStringLiteral("occurred_at")).toString(),
                 QStringLiteral("2024-03-05T14:30:15+00:00"));
        const RenderedItem nameless = c->assemble(
            d, draft(QStringLiteral("event"), {}, {{QStringLiteral("email"), QStringLiteral("a@b.com")}}));
        QCOMPARE(c->validate(nameless).value(0).field, QStringLiteral("event"));
    }

    void mixpanelImportAndEngage() {
        const Connector *c = ConnectorRegistry::find(QStringLiteral("mixpanel"));
        const DestinationConfig d = destination(
            QStringLiteral("mixpanel"), {{QStringLiteral("projectToken"), QStringLiteral("tok_mixpanel")}},
            QJsonObject{{QStringLiteral("projectId"), QStringLiteral("3141")}});
        const RenderedItem event =
            c->assemble(d, draft(QStringLiteral("event"), QStringLiteral("Signup"),
                                 {{QStringLiteral("distinct_id"), QStringLiteral("9130")},
                                  {QStringLiteral("properties"),
                                   QJsonObject{{QStringLiteral("plan"), QStringLiteral("pro")}}}}));
        const HttpRequestSpec r = c->buildRequest(d, {event});
        QCOMPARE(r.url.toString(),
                 QStringLiteral("http://127.0.0.1:9/mixpanel/import?strict=1&project_id=3141"));
        QCOMPARE(header(r, "Authorization"), "Basic " + QByteArray("tok_mixpanel:").toBase64());
        QCOMPARE(bodyJson(r).toArray().at(0).toObject(),
                 QJsonDocument::fromJson(
                     R"({"event":"Signup","properties":{"time":1709649015000,"distinct_id":"9130",
                     "$insert_id":"4b1c2a9e-0d6f-5b1a-9c3e-7f2d1e0a8b6c","plan":"pro"}})")
                     .object());
        QVERIFY(c->validate(event).isEmpty());
        QCOMPARE(c->limits(d).maxItemsPerRequest, 2000);
        const RenderedItem profile =
            c->assemble(d, draft(QStringLiteral("profile"), {},
                                 {{QStringLiteral("distinct_id"), QStringLiteral("13793")},
                                  {QStringLiteral("set"),
                                   QJsonObject{{QStringLiteral("$email"), QStringLiteral("a@b.com")}}}}));
        const HttpRequestSpec e = c->buildRequest(d, {profile});
        QCOMPARE(e.url.toString(), QStringLiteral("http://127.0.0.1:9/mixpanel/engage"));
        QCOMPARE(bodyJson(e).toArray().at(0).toObject(),
                 QJsonDocument::fromJson(
                     R"({"$token":"tok_mixpanel","$distinct_id":"13793","$set":{"$email":"a@b.com"}})")
                     .object());
        ItemDraft longKey = draft(QStringLiteral("event"), QStringLiteral("X"),
                                  {{QStringLiteral("distinct_id"), QStringLiteral("1")}});
        longKey.idempotencyKey = QString(37, u'a');
        QCOMPARE(c->validate(c->assemble(d, longKey)).value(0).field,
                 QStringLiteral("properties.$insert_id"));
    }

    void customerIoTrackApi() {
        const Connector *c = ConnectorRegistry::find(QStringLiteral("customerio"));
        const DestinationConfig d = destination(QStringLiteral("customerio"),
                                                {{QStringLiteral("siteId"), QStringLiteral("site1")},
                                                 {QStringLiteral("apiKey"), QStringLiteral("cio_key")}});
        const RenderedItem identify =
            c->assemble(d, draft(QStringLiteral("identify"), {},
                                 {{QStringLiteral("id"), QStringLiteral("c 42")},
                                  {QStringLiteral("email"), QStringLiteral("a@b.com")}}));
        const HttpRequestSpec r = c->buildRequest(d, {identify});
        QCOMPARE(r.method, QByteArray("PUT"));
        QCOMPARE(r.url.toString(QUrl::FullyEncoded),
                 QStringLiteral("http://127.0.0.1:9/customerio/api/v1/customers/c%2042"));
        QCOMPARE(header(r, "Authorization"), "Basic " + QByteArray("site1:cio_key").toBase64());
        QCOMPARE(bodyJson(r).toObject(), (QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.com")}}));
        const RenderedItem event =
            c->assemble(d, draft(QStringLiteral("event"), QStringLiteral("purchase"),
                                 {{QStringLiteral("id"), QStringLiteral("42")},
                                  {QStringLiteral("data"), QJsonObject{{QStringLiteral("price"), 13.99}}}}));
        const HttpRequestSpec e = c->buildRequest(d, {event});
        QCOMPARE(e.method, QByteArray("POST"));
        QCOMPARE(e.url.path(), QStringLiteral("/customerio/api/v1/customers/42/events"));
        QCOMPARE(
            bodyJson(e).toObject(),
            (QJsonObject{{QStringLiteral("name"), QStringLiteral("purchase")},
                         {QStringLiteral("data"), QJsonObject{{QStringLiteral("price"), 13.99}}},
                         {QStringLiteral("timestamp"), 1709649015},
                         {QStringLiteral("id"), QStringLiteral("4b1c2a9e-0d6f-5b1a-9c3e-7f2d1e0a8b6c")}}));
        QCOMPARE(c->validate(c->assemble(d, draft(QStringLiteral("event"), QStringLiteral("x"), {})))
                     .value(0)
                     .field,
                 QStringLiteral("id"));
    }

    void webhookIsSigned() {
        const Connector *c = ConnectorRegistry::find(QStringLiteral("webhook"));
        DestinationConfig d =
            destination(QStringLiteral("webhook"), {{QStringLiteral("secret"), QStringLiteral("whsec_abc")}});
        const RenderedItem item = c->assemble(
            d, draft(QStringLiteral("event"), QStringLiteral("Order Created"), {{QStringLiteral("a"), 1}}));
        const HttpRequestSpec r = c->buildRequest(d, {item});
        QCOMPARE(r.url, d.baseUrl);
        QCOMPARE(header(r, "X-Switchboard-Signature"), WebhookConnector::signature("whsec_abc", r.body));
        QVERIFY(header(r, "X-Switchboard-Signature").startsWith("sha256="));
        // Known HMAC-SHA256 test vector (RFC 4231 case 2).
        QCOMPARE(WebhookConnector::signature("Jefe", "what do ya want for nothing?"),
                 QByteArray("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        QCOMPARE(header(r, "X-Switchboard-Id"), QByteArray("4b1c2a9e-0d6f-5b1a-9c3e-7f2d1e0a8b6c"));
    }
};

QTEST_APPLESS_MAIN(TestConnectors)
#include "tst_connectors.moc"
