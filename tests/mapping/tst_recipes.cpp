// Golden tests: for every recipe and every event type of its source, the rendered request (method,
// path, headers, body) against the documented format; the preview matrix of the recipes' own samples.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "catalog/catalog.h"
#include "connectors/connectorregistry.h"
#include "connectors/destinationstore.h"
#include "connectors/responserules.h"
#include "core/clock.h"
#include "mapping/conditionevaluator.h"
#include "mapping/mappingcontext.h"
#include "mapping/mappingstore.h"
#include "mapping/previewmatrix.h"
#include "mapping/recipebook.h"
#include "mapping/recipeinstaller.h"
#include "mapping/renderer.h"
#include "mapping/router.h"
#include "store/workspace.h"

using namespace sb;

namespace {

struct Sent {
    MappingDefinition mapping;
    RenderedItem item;
    HttpRequestSpec request;
    QJsonValue body;
};

DestinationConfig destinationFor(const Recipe &recipe) {
    DestinationConfig d;
    d.id = 1;
    d.name = recipe.destinationName;
    d.connector = recipe.connector;
    d.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/") + recipe.connector);
    d.settings = recipe.destinationSettings;
    d = DestinationStore::normalized(d).value();
    const QList<QPair<QString, QString>> credentials = {
        {QStringLiteral("writeKey"), QStringLiteral("WRITEKEY")},
        {QStringLiteral("apiKey"), QStringLiteral("APIKEY")},
        {QStringLiteral("token"), QStringLiteral("TOKEN")}};
    for (const auto &c : credentials)
        d.credentials.insert(c.first, c.second);
    return d;
}

// Every request the recipe makes for one event type, with the catalog's sample event and profile.
QList<Sent> render(const Recipe &recipe, const QString &eventType, const Profile &profile) {
    const DestinationConfig d = destinationFor(recipe);
    const Connector *connector = ConnectorRegistry::find(recipe.connector);
    const Event event = PreviewMatrix::sampleEvent(recipe.source, eventType);
    QList<Sent> out;
    for (const MappingDefinition &m : recipe.mappings) {
        if (!m.handles(event))
            continue;
        Sent s;
        s.mapping = m;
        s.item = Renderer::render(d, m, event, profile);
        s.request = connector->buildRequest(d, {s.item});
        const QJsonDocument doc = QJsonDocument::fromJson(s.request.body);
        s.body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        out << s;
    }
    return out;
}

QByteArray header(const HttpRequestSpec &r, const char *name) {
    return ResponseRules::header(r.headers, name);
}

QStringList catalogEvents(const QString &source) {
    QStringList names;
    for (const EventSpec &e : Catalog::builtin().source(source)->events)
        names << e.name;
    return names;
}

const Recipe &recipe(const char *name) {
    const Recipe *r = RecipeBook::find(QString::fromLatin1(name));
    Q_ASSERT(r);
    return *r;
}

} // namespace

class TestRecipes : public QObject {
    Q_OBJECT
private slots:
    void everyRecipeLoadsAndCoversItsSource() {
        QCOMPARE(RecipeBook::builtin().size(), 5);
        for (const Recipe &r : RecipeBook::builtin()) {
            QVERIFY2(ConnectorRegistry::find(r.connector), qPrintable(r.name));
            QVERIFY2(Catalog::builtin().source(r.source), qPrintable(r.name));
            for (const QString &type : catalogEvents(r.source)) {
                const Event e = PreviewMatrix::sampleEvent(r.source, type);
                const bool handled = std::any_of(r.mappings.begin(), r.mappings.end(),
                                                 [&e](const MappingDefinition &m) { return m.handles(e); });
                QVERIFY2(handled, qPrintable(r.name + QStringLiteral(": no mapping for ") + type));
            }
        }
    }

    void smrtToSegment() {
        const Recipe &r = recipe("smrt-segment");
        const Profile profile = PreviewMatrix::sampleProfile(r.source);
        for (const QString &type : catalogEvents(r.source)) {
            const QList<Sent> sent = render(r, type, profile);
            QCOMPARE(sent.size(), 1);
            const Sent &s = sent.first();
            QCOMPARE(s.request.method, QByteArray("POST"));
            QCOMPARE(s.request.url.path(), QStringLiteral("/segment/v1/batch"));
            QCOMPARE(header(s.request, "Authorization"), "Basic " + QByteArray("WRITEKEY:").toBase64());
            QCOMPARE(header(s.request, "Content-Type"), QByteArray("application/json"));
            const QJsonArray batch = s.body.toObject().value(QStringLiteral("batch")).toArray();
            QCOMPARE(batch.size(), 1);
            const QJsonObject track = batch.at(0).toObject();
            QCOMPARE(track.value(QStringLiteral("type")).toString(), QStringLiteral("track"));
            QCOMPARE(track.value(QStringLiteral("event")).toString(), type);
            QCOMPARE(track.value(QStringLiteral("properties")).toObject(),
                     PreviewMatrix::sampleEvent(r.source, type).properties());
            QVERIFY(!track.value(QStringLiteral("userId")).toString().isEmpty());
            QCOMPARE(track.value(QStringLiteral("messageId")).toString(), s.item.idempotencyKey);
            QCOMPARE(track.value(QStringLiteral("timestamp")).toString(),
                     QStringLiteral("2023-12-01T10:00:00.000Z"));
            QVERIFY2(s.item.findings.isEmpty(), qPrintable(type));
        }
        // identify: every customer data field as traits.
        const QList<Sent> identify = render(r, QStringLiteral("identify"), profile);
        QCOMPARE(identify.size(), 1);
        const QJsonObject call =
            identify.first().body.toObject().value(QStringLiteral("batch")).toArray().at(0).toObject();
        QCOMPARE(call.value(QStringLiteral("type")).toString(), QStringLiteral("identify"));
        const QJsonObject traits = call.value(QStringLiteral("traits")).toObject();
        for (const PropertySpec &field : Catalog::builtin().source(r.source)->profileFields)
            QVERIFY2(traits.contains(field.name), qPrintable(field.name));
        QVERIFY(identify.first().item.findings.isEmpty());
    }

    void ordergrooveToAttentive() {
        const Recipe &r = recipe("ordergroove-attentive");
        const Profile profile = PreviewMatrix::sampleProfile(r.source);
        const QStringList active = {QStringLiteral("ordergroove.subscriber.create"),
                                    QStringLiteral("ordergroove.subscriber.subscriptions_created"),
                                    QStringLiteral("ordergroove.subscription.create")};
        for (const QString &type : catalogEvents(r.source)) {
            const QList<Sent> sent = render(r, type, profile);
            const bool setsStatus =
                active.contains(type) || type == QLatin1String("ordergroove.subscriber.cancel");
            QCOMPARE(sent.size(), setsStatus ? 2 : 1);
            const Sent &event = sent.first();
            QCOMPARE(event.request.url.path(), QStringLiteral("/attentive/v1/events/custom"));
            QCOMPARE(header(event.request, "Authorization"), QByteArray("Bearer APIKEY"));
            const QJsonObject body = event.body.toObject();
            QCOMPARE(body.value(QStringLiteral("type")).toString(), type);
            QCOMPARE(body.value(QStringLiteral("properties")).toObject(),
                     PreviewMatrix::sampleEvent(r.source, type).properties());
            QCOMPARE(body.value(QStringLiteral("externalEventId")).toString(), event.item.idempotencyKey);
            QCOMPARE(body.value(QStringLiteral("occurredAt")).toString(),
                     QStringLiteral("2023-12-01T10:00:00+00:00"));
            QCOMPARE(body.value(QStringLiteral("user")).toObject().value(QStringLiteral("phone")).toString(),
                     QStringLiteral("+14156015610"));
            QVERIFY(!body.value(QStringLiteral("user"))
                         .toObject()
                         .value(QStringLiteral("email"))
                         .toString()
                         .isEmpty());
            QVERIFY2(event.item.findings.isEmpty(), qPrintable(type));
            if (setsStatus) {
                const Sent &attribute = sent.at(1);
                QCOMPARE(attribute.request.url.path(), QStringLiteral("/attentive/v1/attributes/custom"));
                QCOMPARE(attribute.body.toObject().value(QStringLiteral("properties")).toObject(),
                         (QJsonObject{{QStringLiteral("Ordergroove Subscriber Status"),
                                       active.contains(type) ? QStringLiteral("active")
                                                             : QStringLiteral("inactive")}}));
                QVERIFY(attribute.item.findings.isEmpty());
            }
        }
    }

    void smileToKlaviyo() {
        const Recipe &r = recipe("smile-klaviyo");
        const Profile profile = PreviewMatrix::sampleProfile(r.source);
        const QStringList smileProperties = {
            QStringLiteral("Smile Points Balance"), QStringLiteral("Smile Referral URL"),
            QStringLiteral("Smile VIP Tier Name"), QStringLiteral("Smile VIP Tier ID"),
            QStringLiteral("Smile State")};
        QCOMPARE(catalogEvents(r.source).size(), 8);
        for (const QString &type : catalogEvents(r.source)) {
            const QList<Sent> sent = render(r, type, profile);
            QCOMPARE(sent.size(), 2);
            for (const Sent &s : sent) {
                QCOMPARE(header(s.request, "Authorization"), QByteArray("Klaviyo-API-Key APIKEY"));
                QCOMPARE(header(s.request, "revision"), QByteArray("2026-07-15"));
                QCOMPARE(header(s.request, "Content-Type"), QByteArray("application/vnd.api+json"));
                QVERIFY2(s.item.findings.isEmpty(), qPrintable(type));
            }
            const QJsonObject profileBody =
                sent.at(0).body.toObject().value(QStringLiteral("data")).toObject();
            QCOMPARE(sent.at(0).request.url.path(), QStringLiteral("/klaviyo/api/profile-import"));
            QCOMPARE(profileBody.value(QStringLiteral("type")).toString(), QStringLiteral("profile"));
            const QJsonObject attributes = profileBody.value(QStringLiteral("attributes")).toObject();
            QCOMPARE(attributes.value(QStringLiteral("email")).toString(), profile.email);
            QCOMPARE(attributes.value(QStringLiteral("properties")).toObject().keys().size(), 5);
            for (const QString &p : smileProperties)
                QCOMPARE(attributes.value(QStringLiteral("properties")).toObject().value(p),
                         profile.traits.value(p));

            const QJsonObject eventBody = sent.at(1).body.toObject().value(QStringLiteral("data")).toObject();
            QCOMPARE(sent.at(1).request.url.path(), QStringLiteral("/klaviyo/api/events"));
            const QJsonObject ea = eventBody.value(QStringLiteral("attributes")).toObject();
            QCOMPARE(ea.value(QStringLiteral("metric"))
                         .toObject()
                         .value(QStringLiteral("data"))
                         .toObject()
                         .value(QStringLiteral("attributes"))
                         .toObject()
                         .value(QStringLiteral("name"))
                         .toString(),
                     type);
            QCOMPARE(ea.value(QStringLiteral("properties")).toObject(),
                     PreviewMatrix::sampleEvent(r.source, type).properties());
            QCOMPARE(ea.value(QStringLiteral("unique_id")).toString(), sent.at(1).item.idempotencyKey);
            QCOMPARE(ea.value(QStringLiteral("profile"))
                         .toObject()
                         .value(QStringLiteral("data"))
                         .toObject()
                         .value(QStringLiteral("attributes"))
                         .toObject()
                         .value(QStringLiteral("email"))
                         .toString(),
                     profile.email);
        }
        // The seed rule: no email, not synced, with the reason recorded.
        Profile noEmail = profile;
        noEmail.email.clear();
        noEmail.traits.remove(QStringLiteral("email"));
        for (const Sent &s : render(r, QStringLiteral("Points Redeemed"), noEmail)) {
            QVERIFY(s.item.skip);
            QVERIFY(s.item.skipReason.startsWith(QLatin1String("no email:")));
        }
    }

    void webShopToSegmentify() {
        const Recipe &r = recipe("webshop-segmentify");
        const Profile profile = PreviewMatrix::sampleProfile(r.source);
        for (const QString &type : catalogEvents(r.source)) {
            const QList<Sent> sent = render(r, type, profile);
            QCOMPARE(sent.size(), 1);
            const Sent &s = sent.first();
            QCOMPARE(s.request.url.path(), QStringLiteral("/segmentify/add/events/v1.json"));
            QCOMPARE(QUrlQuery(s.request.url).queryItemValue(QStringLiteral("apiKey")),
                     QStringLiteral("APIKEY"));
            QCOMPARE(header(s.request, "Origin"), QByteArray("https://www.example-shop.com"));
            QCOMPARE(header(s.request, "Accept"), QByteArray("application/json"));
            QVERIFY(s.body.isArray());
            const QJsonObject event = s.body.toArray().at(0).toObject();
            QCOMPARE(event.value(QStringLiteral("name")).toString(), type);
            QJsonObject expected = PreviewMatrix::sampleEvent(r.source, type).properties();
            expected.insert(QStringLiteral("name"), type);
            QCOMPARE(event, expected);
            QVERIFY2(s.item.findings.isEmpty(),
                     qPrintable(type + QStringLiteral(": ") + s.item.findings.value(0).message));
        }
    }

    void shoplineToSmartPush() {
        const Recipe &r = recipe("shopline-smartpush");
        const Profile profile = PreviewMatrix::sampleProfile(r.source);
        for (const QString &type : catalogEvents(r.source)) {
            const QList<Sent> sent = render(r, type, profile);
            QCOMPARE(sent.size(), 1);
            const Sent &s = sent.first();
            QCOMPARE(header(s.request, "Authorization"), QByteArray("Bearer TOKEN"));
            const QJsonObject body = s.body.toObject();
            QVERIFY2(s.item.findings.isEmpty(),
                     qPrintable(type + QStringLiteral(": ") + s.item.findings.value(0).message));
            const QJsonObject props = PreviewMatrix::sampleEvent(r.source, type).properties();
            if (type.startsWith(QLatin1String("shopline.segment."))) {
                const QString id = props.value(QStringLiteral("segment_id")).toString();
                QCOMPARE(s.request.url.path(), QStringLiteral("/smartpush/v1/segments/%1/members").arg(id));
                QCOMPARE(body.value(QStringLiteral("segment_id")).toString(), id);
                QCOMPARE(body.value(QStringLiteral("request_id")).toString(), s.item.idempotencyKey);
                const bool deleted = type.endsWith(QLatin1String("deleted"));
                QCOMPARE(body.value(QStringLiteral("action")).toString(),
                         deleted ? QStringLiteral("delete") : QStringLiteral("replace"));
                // SHOPLINE lists members by email; each becomes {"email": ...}.
                const QJsonArray sample = props.value(QStringLiteral("members")).toArray();
                const QJsonArray members = body.value(QStringLiteral("members")).toArray();
                QCOMPARE(members.size(), deleted ? 0 : sample.size());
                for (qsizetype i = 0; i < members.size(); ++i)
                    QCOMPARE(members.at(i).toObject().value(QStringLiteral("email")), sample.at(i));
            } else {
                QCOMPARE(s.request.url.path(), QStringLiteral("/smartpush/v1/contacts"));
                const QJsonArray contacts = body.value(QStringLiteral("contacts")).toArray();
                QCOMPARE(contacts.size(), 1);
                const QJsonObject contact = contacts.at(0).toObject();
                QCOMPARE(contact.value(QStringLiteral("request_id")).toString(), s.item.idempotencyKey);
                QCOMPARE(contact.value(QStringLiteral("email")).toString(), profile.email);
                QCOMPARE(contact.value(QStringLiteral("phone")).toString(), QStringLiteral("+14156015610"));
                QCOMPARE(contact.value(QStringLiteral("subscription_status")).toString(),
                         profile.traits.value(QStringLiteral("subscription_status")).toString());
            }
        }
    }

    // Seed 001: unsubscribed and blacklisted customers are left out of SmartPush. The recipe's
    // conditions keep them from routing; the connector skips them should a mapping lack the conditions.
    void shoplineToSmartPushLeavesOutExcludedContacts() {
        const Recipe &r = recipe("shopline-smartpush");
        const Event event = PreviewMatrix::sampleEvent(r.source, QStringLiteral("Customer Updated"));
        const auto contacts =
            std::find_if(r.mappings.begin(), r.mappings.end(),
                         [](const MappingDefinition &m) { return m.action == QLatin1String("contact"); });
        QVERIFY(contacts != r.mappings.end());
        const DestinationConfig d = destinationFor(r);
        for (const QString &status : {QStringLiteral("subscribed"), QStringLiteral("not_subscribed"),
                                      QStringLiteral("unsubscribed"), QStringLiteral("blacklisted")}) {
            Profile profile = PreviewMatrix::sampleProfile(r.source);
            profile.traits.insert(QStringLiteral("subscription_status"), status);
            const bool excluded =
                status == QLatin1String("unsubscribed") || status == QLatin1String("blacklisted");
            QString why;
            QCOMPARE(ConditionEvaluator::testAll(contacts->conditions, contacts->match,
                                                 MappingContext::build(event, profile), &why),
                     !excluded);
            MappingDefinition unconditional = *contacts;
            unconditional.conditions.clear();
            const RenderedItem item = Renderer::render(d, unconditional, event, profile);
            QCOMPARE(item.skip, excluded);
            if (excluded)
                QVERIFY2(item.skipReason.contains(status), qPrintable(item.skipReason));
        }
    }

    void matrixOfRecipeSamplesHasNoFindings() {
        for (const Recipe &r : RecipeBook::builtin()) {
            const QList<PreviewMatrix::Row> rows = PreviewMatrix::forRecipe(r);
            QVERIFY(!rows.isEmpty());
            for (const PreviewMatrix::Row &row : rows) {
                QVERIFY2(row.status == QLatin1String("ok"),
                         qPrintable(QStringLiteral("%1 %2 / %3: %4 %5")
                                        .arg(r.name, row.eventType, row.mapping, row.status,
                                             row.preview.findings.value(0).message)));
            }
        }
    }

    void installedRecipesRoute() {
        QTemporaryDir dir;
        ManualClock clock;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing, &clock);
        QVERIFY(ws.ok());
        for (const Recipe &r : RecipeBook::builtin()) {
            const auto installed = RecipeInstaller::install(ws.value().get(), r, {});
            QVERIFY2(installed, qPrintable(installed.error()));
            QCOMPARE(installed.value().mappingIds.size(), r.mappings.size());
        }
        QVERIFY(
            !RecipeInstaller::install(ws.value().get(), recipe("smrt-segment"), {}).ok()); // same name twice
        Router router(ws.value().get());
        const Event order =
            PreviewMatrix::sampleEvent(QStringLiteral("smrt"), QStringLiteral("Order Created"));
        const QList<RouteDecision> decisions =
            router.route(order, PreviewMatrix::sampleProfile(QStringLiteral("smrt")));
        QCOMPARE(decisions.size(), 1);
        QVERIFY(decisions.first().matched);
        const QList<PreviewMatrix::Row> rows = PreviewMatrix::build(ws.value().get());
        QVERIFY(std::all_of(rows.begin(), rows.end(),
                            [](const PreviewMatrix::Row &row) { return row.status == QLatin1String("ok"); }));
    }
};

QTEST_GUILESS_MAIN(TestRecipes)
#include "tst_recipes.moc"
