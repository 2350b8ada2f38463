// The renderer and the preview: one request for delivery and preview, every validation finding,
// secrets masked everywhere.
#include <QJsonDocument>
#include <QTest>

#include "connectors/connectorregistry.h"
#include "mapping/compiledmapping.h"
#include "mapping/preview.h"
#include "mapping/renderer.h"
#include "testsupport.h"

using namespace sb;

namespace {

DestinationConfig destination(const QString &kind, const QHash<QString, QString> &credentials) {
    DestinationConfig d;
    d.id = 3;
    d.name = QStringLiteral("My ") + kind;
    d.connector = kind;
    d.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/") + kind);
    d.credentials = credentials;
    return d;
}

Profile ann() {
    Profile p;
    p.id = 1;
    p.email = QStringLiteral("ann@example.com");
    p.phone = QStringLiteral("(415) 601 5610");
    p.userId = QStringLiteral("c-42");
    return p;
}

QStringList codes(const QList<Finding> &findings) {
    QStringList out;
    for (const Finding &f : findings)
        out << f.code + u':' + f.field;
    return out;
}

MappingDefinition attentive(const QString &action, const QList<FieldMapping> &fields,
                            const QString &eventName = QStringLiteral("{{event.name}}")) {
    MappingDefinition m =
        sbtest::mapping(QStringLiteral("OG"), QStringLiteral("ordergroove"), {QStringLiteral("*")}, action);
    m.eventNameTemplate = eventName;
    m.fields = fields;
    return m;
}

} // namespace

class TestPreview : public QObject {
    Q_OBJECT
private slots:
    void previewIsWhatDeliverySends() {
        const DestinationConfig d = destination(
            QStringLiteral("segment"), {{QStringLiteral("writeKey"), QStringLiteral("wk_live_SECRET_1234")}});
        MappingDefinition m = sbtest::mapping(QStringLiteral("Track"), QStringLiteral("smrt"),
                                              {QStringLiteral("*")}, QStringLiteral("track"));
        m.fields = {{QStringLiteral("userId"), QStringLiteral("event.userId")},
                    {QStringLiteral("properties"), QStringLiteral("event.properties")}};
        const Event e = sbtest::event(QStringLiteral("smrt"), QStringLiteral("Order Created"),
                                      {{QStringLiteral("order_id"), QStringLiteral("O-1")}});
        const RenderedItem item = Renderer::render(d, m, e, ann());
        const HttpRequestSpec sent =
            ConnectorRegistry::find(QStringLiteral("segment"))->buildRequest(d, {item});
        const Preview p = Previewer::preview(d, m, e, ann());
        QCOMPARE(p.method, QStringLiteral("POST"));
        QCOMPARE(p.url, sent.url.toString());
        QCOMPARE(QJsonDocument::fromJson(p.body.toUtf8()), QJsonDocument::fromJson(sent.body));
        QVERIFY(p.body.contains(u'\n')); // pretty
        QVERIFY(p.findings.isEmpty());
        QVERIFY(!p.skipped);
        // The idempotency key is stable across renders (retries, replays) and differs per event.
        QCOMPARE(Renderer::render(d, m, e, ann()).idempotencyKey, item.idempotencyKey);
        QCOMPARE(item.idempotencyKey.size(), 36);
        const Event other = sbtest::event(QStringLiteral("smrt"), QStringLiteral("Order Ready"), {});
        QVERIFY(Renderer::render(d, m, other, ann()).idempotencyKey != item.idempotencyKey);
        QCOMPARE(item.body.value(QStringLiteral("messageId")).toString(), item.idempotencyKey);
    }

    // Delivery renders from the compiled mapping (expressions parsed once per version): the same item as
    // the definition, a field whose expression does not parse left out, and a template that does not
    // parse giving an empty name.
    void aCompiledMappingRendersWhatTheDefinitionDoes() {
        const DestinationConfig d = destination(QStringLiteral("attentive"),
                                                {{QStringLiteral("apiKey"), QStringLiteral("ak_SECRET")}});
        const MappingDefinition m =
            attentive(QStringLiteral("custom_event"),
                      {{QStringLiteral("user.email"), QStringLiteral("profile.email")},
                       {QStringLiteral("properties.order"), QStringLiteral("event.properties.order_id")},
                       {QStringLiteral("properties.broken"), QStringLiteral("lower(event.name")}},
                      QStringLiteral("ordergroove.{{lower(event.name)}}"));
        const Event e = sbtest::event(QStringLiteral("ordergroove"), QStringLiteral("Order Placed"),
                                      {{QStringLiteral("order_id"), QStringLiteral("O-7")}});
        const CompiledMapping compiled(m);
        const RenderedItem fromDefinition = Renderer::render(d, m, e, ann());
        const RenderedItem fromCompiled = Renderer::render(d, compiled, e, ann(), {}, nullptr);
        QCOMPARE(fromCompiled.body, fromDefinition.body);
        QCOMPARE(fromCompiled.idempotencyKey, fromDefinition.idempotencyKey);
        QCOMPARE(Renderer::render(d, compiled, e, ann(), {}, nullptr).body, fromCompiled.body);
        const QJsonObject properties = fromCompiled.body.value(QStringLiteral("properties")).toObject();
        QCOMPARE(properties.value(QStringLiteral("order")).toString(), QStringLiteral("O-7"));
        QVERIFY(!properties.contains(QStringLiteral("broken")));
        QCOMPARE(fromCompiled.body.value(QStringLiteral("type")).toString(),
                 QStringLiteral("ordergroove.order placed"));

        MappingDefinition badName = m;
        badName.eventNameTemplate = QStringLiteral("ordergroove.{{event.name");
        const CompiledMapping badNameCompiled(badName);
        QCOMPARE(Renderer::draft(d, badName, e, ann()).eventName, QString());
        QCOMPARE(Renderer::render(d, badNameCompiled, e, ann(), {}, nullptr).body,
                 Renderer::render(d, badName, e, ann()).body);
    }

    void secretsAreMasked() {
        const QString key = QStringLiteral("wk_live_SECRET_1234");
        const DestinationConfig d =
            destination(QStringLiteral("segment"), {{QStringLiteral("writeKey"), key}});
        MappingDefinition m = sbtest::mapping(QStringLiteral("Track"), QStringLiteral("smrt"),
                                              {QStringLiteral("*")}, QStringLiteral("track"));
        m.fields = {{QStringLiteral("userId"), QStringLiteral("event.userId")}};
        const Preview p =
            Previewer::preview(d, m, sbtest::event(QStringLiteral("smrt"), QStringLiteral("X"), {}), ann());
        const QString base64 = QString::fromLatin1(QString(key + u':').toUtf8().toBase64());
        const QString all = QString::fromUtf8(QJsonDocument(p.toJson()).toJson());
        QVERIFY(!all.contains(key));
        QVERIFY(!all.contains(base64));
        QCOMPARE(p.headers.value(1).first, QStringLiteral("Authorization"));
        QVERIFY(p.headers.value(1).second.startsWith(QStringLiteral("Basic ••••")));
        QVERIFY(p.curl.startsWith(QLatin1String("curl -X POST 'http://127.0.0.1:9/segment/v1/batch'")));
        QVERIFY(p.curl.contains(QStringLiteral("-H 'Authorization: Basic ••••")));

        // API key in the query string (Segmentify) and webhook signatures.
        const DestinationConfig s =
            destination(QStringLiteral("segmentify"),
                        {{QStringLiteral("apiKey"), QStringLiteral("SEGMENTIFY-KEY-0001")}});
        MappingDefinition sm =
            sbtest::mapping(QStringLiteral("Web"), QStringLiteral("segmentify"), {QStringLiteral("*")});
        const Preview sp = Previewer::preview(
            s, sm, sbtest::event(QStringLiteral("segmentify"), QStringLiteral("PAGE_VIEW"), {}), ann());
        QVERIFY(!sp.url.contains(QLatin1String("SEGMENTIFY-KEY")));
        QVERIFY(sp.url.endsWith(QStringLiteral("apiKey=••••0001")));
        const DestinationConfig w = destination(
            QStringLiteral("webhook"), {{QStringLiteral("secret"), QStringLiteral("whsec_0123456789")}});
        const Preview wp = Previewer::preview(
            w, sbtest::mapping(QStringLiteral("W"), QStringLiteral("smrt"), {QStringLiteral("*")}),
            sbtest::event(QStringLiteral("smrt"), QStringLiteral("X"), {}), ann());
        bool signatureMasked = false;
        for (const auto &h : wp.headers)
            signatureMasked |= h.first == QLatin1String("X-Switchboard-Signature")
                               && h.second.startsWith(QStringLiteral("••••"));
        QVERIFY(signatureMasked);
    }

    void findingMissingRequired() {
        const DestinationConfig d =
            destination(QStringLiteral("segment"), {{QStringLiteral("writeKey"), QStringLiteral("k")}});
        MappingDefinition m = sbtest::mapping(QStringLiteral("Track"), QStringLiteral("smrt"),
                                              {QStringLiteral("*")}, QStringLiteral("track"));
        m.fields = {{QStringLiteral("userId"), QStringLiteral("event.properties.nobody")}};
        const Preview p = Previewer::preview(
            d, m, sbtest::event(QStringLiteral("smrt"), QStringLiteral("X"), {}), Profile());
        QCOMPARE(codes(p.findings), QStringList{QStringLiteral("missing_required:userId")});
        QVERIFY(p.hasErrors());
    }

    void findingTooLarge() {
        const DestinationConfig d =
            destination(QStringLiteral("segment"), {{QStringLiteral("writeKey"), QStringLiteral("k")}});
        MappingDefinition m = sbtest::mapping(QStringLiteral("Track"), QStringLiteral("smrt"),
                                              {QStringLiteral("*")}, QStringLiteral("track"));
        m.fields = {{QStringLiteral("userId"), QStringLiteral("event.userId")},
                    {QStringLiteral("properties"), QStringLiteral("event.properties")}};
        const Event big = sbtest::event(QStringLiteral("smrt"), QStringLiteral("X"),
                                        {{QStringLiteral("blob"), QString(40 * 1024, u'x')}});
        const Preview p = Previewer::preview(d, m, big, ann());
        QCOMPARE(codes(p.findings), QStringList{QStringLiteral("too_large:")});
        QVERIFY(p.findings.first().message.contains(QLatin1String("at most 32768 bytes")));
    }

    void findingInvalidPhone() {
        const DestinationConfig d =
            destination(QStringLiteral("attentive"), {{QStringLiteral("apiKey"), QStringLiteral("k")}});
        const MappingDefinition raw =
            attentive(QStringLiteral("custom_event"),
                      {{QStringLiteral("user.phone"), QStringLiteral("profile.phone")},
                       {QStringLiteral("properties"), QStringLiteral("event.properties")}});
        const Event e =
            sbtest::event(QStringLiteral("ordergroove"), QStringLiteral("ordergroove.order.success"), {});
        QCOMPARE(codes(Previewer::preview(d, raw, e, ann()).findings),
                 QStringList{QStringLiteral("invalid_phone:user.phone")});
        const MappingDefinition fixed =
            attentive(QStringLiteral("custom_event"),
                      {{QStringLiteral("user.phone"), QStringLiteral("e164(profile.phone, 'US')")}});
        QVERIFY(Previewer::preview(d, fixed, e, ann()).findings.isEmpty());
    }

    void findingArrayForbidden() {
        const DestinationConfig d =
            destination(QStringLiteral("attentive"), {{QStringLiteral("apiKey"), QStringLiteral("k")}});
        const MappingDefinition m =
            attentive(QStringLiteral("custom_attributes"),
                      {{QStringLiteral("user.email"), QStringLiteral("profile.email")},
                       {QStringLiteral("properties.Products"), QStringLiteral("event.properties.skus")}});
        const Event e =
            sbtest::event(QStringLiteral("ordergroove"), QStringLiteral("x"),
                          {{QStringLiteral("skus"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}});
        QCOMPARE(codes(Previewer::preview(d, m, e, ann()).findings),
                 QStringList{QStringLiteral("array_forbidden:properties.Products")});
        const MappingDefinition joined = attentive(
            QStringLiteral("custom_attributes"),
            {{QStringLiteral("user.email"), QStringLiteral("profile.email")},
             {QStringLiteral("properties.Products"), QStringLiteral("join(event.properties.skus, ', ')")}});
        QVERIFY(Previewer::preview(d, joined, e, ann()).findings.isEmpty());
    }

    void findingForbiddenCharacters() {
        const DestinationConfig d =
            destination(QStringLiteral("attentive"), {{QStringLiteral("apiKey"), QStringLiteral("k")}});
        const MappingDefinition m = attentive(
            QStringLiteral("custom_event"), {{QStringLiteral("user.email"), QStringLiteral("profile.email")}},
            QStringLiteral("Order (new), {{event.name}}"));
        const Preview p = Previewer::preview(
            d, m, sbtest::event(QStringLiteral("ordergroove"), QStringLiteral("x"), {}), ann());
        QCOMPARE(codes(p.findings), QStringList{QStringLiteral("forbidden_characters:type")});
        QVERIFY(p.findings.first().message.contains(QLatin1String("(),")));
    }

    void findingNoEmailSkips() {
        const DestinationConfig d =
            destination(QStringLiteral("klaviyo"), {{QStringLiteral("apiKey"), QStringLiteral("k")}});
        MappingDefinition m = sbtest::mapping(QStringLiteral("Smile profile"), QStringLiteral("smile"),
                                              {QStringLiteral("*")}, QStringLiteral("profile"));
        m.matchBy = QStringLiteral("email");
        m.fields = {{QStringLiteral("email"), QStringLiteral("profile.email")},
                    {QStringLiteral("properties.Smile Points Balance"),
                     QStringLiteral("event.properties.points_balance")}};
        const Event e = sbtest::event(QStringLiteral("smile"), QStringLiteral("Points Earned on Order"),
                                      {{QStringLiteral("points_balance"), 120}});
        Profile noEmail;
        noEmail.phone = QStringLiteral("+14156015610");
        const Preview p = Previewer::preview(d, m, e, noEmail);
        QVERIFY(p.skipped);
        QCOMPARE(p.skipReason,
                 QStringLiteral("no email: My klaviyo matches profiles by email and this profile has none"));
        QVERIFY(codes(p.findings).contains(QStringLiteral("no_email:email")));
        QVERIFY(Renderer::render(d, m, e, noEmail).skip);
        const Preview withEmail = Previewer::preview(d, m, e, ann());
        QVERIFY(!withEmail.skipped);
        QVERIFY(withEmail.findings.isEmpty());
    }

    void unknownActionIsAFinding() {
        const DestinationConfig d =
            destination(QStringLiteral("klaviyo"), {{QStringLiteral("apiKey"), QStringLiteral("k")}});
        MappingDefinition m = sbtest::mapping(QStringLiteral("X"), QStringLiteral("smile"),
                                              {QStringLiteral("*")}, QStringLiteral("track"));
        m.fields = {{QStringLiteral("email"), QStringLiteral("profile.email")}};
        QVERIFY(codes(Previewer::preview(
                          d, m, sbtest::event(QStringLiteral("smile"), QStringLiteral("x"), {}), ann())
                          .findings)
                    .contains(QStringLiteral("invalid_action:")));
    }
};

QTEST_APPLESS_MAIN(TestPreview)
#include "tst_preview.moc"
