// The simulated SmartPush endpoint in the wire format of smartpushapi.h (the same as the connector's
// SmartPushWireFormat): bearer token, bulk contacts, custom events, segment membership changes; and
// requests the real SmartPushConnector builds from the recipe, sent over loopback and accepted.
#include <QJsonArray>
#include <QTest>

#include "connectors/connectorregistry.h"
#include "connectors/destinationstore.h"
#include "mapping/previewmatrix.h"
#include "mapping/recipebook.h"
#include "mapping/renderer.h"
#include "simclient.h"
#include "simcredentials.h"
#include "simulator.h"
#include "smartpushapi.h"

using namespace sb;

namespace {
const SimClient::Headers goodHeaders = {{"Authorization", QByteArray("Bearer ") + sim::SmartPushToken},
                                        {"Content-Type", "application/json"}};

QByteArray json(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject contact(const QString &email, const QString &requestId) {
    return QJsonObject{{QStringLiteral("email"), email},
                       {QStringLiteral("first_name"), QStringLiteral("Ann")},
                       {QStringLiteral("subscription_status"), QStringLiteral("subscribed")},
                       {QStringLiteral("request_id"), requestId},
                       {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("orders"), 3}}}};
}

QJsonObject customEventBody(const QString &name, const QString &email) {
    return QJsonObject{{QStringLiteral("event"), name},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("properties"), QJsonObject{{QStringLiteral("total"), 12.5}}},
                       {QStringLiteral("occurred_at"), QStringLiteral("2026-11-20T10:00:00+00:00")},
                       {QStringLiteral("request_id"), QString(QStringLiteral("e-") + email)}};
}

QJsonObject membership(const QString &action, const QStringList &emails, const QString &requestId = {}) {
    QJsonArray members;
    for (const QString &email : emails)
        members.append(QJsonObject{{QStringLiteral("email"), email}});
    QJsonObject body{{QStringLiteral("action"), action},
                     {QStringLiteral("segment_name"), QStringLiteral("VIP customers")},
                     {QStringLiteral("members"), members}};
    if (!requestId.isEmpty())
        body.insert(QStringLiteral("request_id"), requestId);
    return body;
}

int dataValue(const SimResponse &response, const char *name) {
    return response.json().value(QStringLiteral("data")).toObject().value(QLatin1String(name)).toInt(-1);
}
} // namespace

class TestSimSmartPush : public QObject {
    Q_OBJECT

    Simulator m_sim;
    SimClient m_client;

    SimResponse post(const QString &path, const QJsonObject &body,
                     const SimClient::Headers &headers = goodHeaders) {
        return m_client.post(simUrl(m_sim.baseUrl(QStringLiteral("smartpush")), path), headers, json(body));
    }
    QString message(const SimResponse &response) const {
        return response.json().value(QStringLiteral("message")).toString();
    }
    QJsonObject stats() const { return m_sim.stats().value(QStringLiteral("smartpush")).toObject(); }
    SmartPushApi *api() const { return static_cast<SmartPushApi *>(m_sim.api(QStringLiteral("smartpush"))); }

private slots:
    void initTestCase() { QVERIFY(m_sim.listen()); }
    void init() { m_sim.reset(); }

    void contactsAreCreatedThenUpdated() {
        const QJsonObject body{{QStringLiteral("contacts"),
                                QJsonArray{contact(QStringLiteral("a@x.com"), QStringLiteral("c1")),
                                           contact(QStringLiteral("b@x.com"), QStringLiteral("c2"))}}};
        const SimResponse first = post(QStringLiteral("/v1/contacts"), body);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QStringLiteral("code")).toInt(-1), 0);
        QCOMPARE(dataValue(first, "created"), 2);
        const SimResponse again = post(QStringLiteral("/v1/contacts"), body);
        QCOMPARE(dataValue(again, "updated"), 2);
        QCOMPARE(api()->contactCount(), 2);
        // The same request_ids again: the statistics see duplicates.
        QCOMPARE(stats().value(QStringLiteral("duplicates")).toInt(), 2);
        QCOMPARE(m_sim.keyCount(QStringLiteral("smartpush"), QStringLiteral("c1")), 2);
    }

    void excludedContactsAreRefused() {
        for (const char *status : {"unsubscribed", "blacklisted"}) {
            QJsonObject c = contact(QStringLiteral("a@x.com"), QStringLiteral("c1"));
            c.insert(QStringLiteral("subscription_status"), QLatin1String(status));
            const SimResponse refused =
                post(QStringLiteral("/v1/contacts"), {{QStringLiteral("contacts"), QJsonArray{c}}});
            QCOMPARE(refused.status, 400);
            QVERIFY2(message(refused).contains(QLatin1String(status)), qPrintable(message(refused)));
        }
        QCOMPARE(api()->contactCount(), 0);
    }

    void eventsAreAccepted() {
        const SimResponse ok =
            post(QStringLiteral("/v1/events"),
                 {{QStringLiteral("events"),
                   QJsonArray{customEventBody(QStringLiteral("Order Placed"), QStringLiteral("a@x.com")),
                              customEventBody(QStringLiteral("Order Placed"), QStringLiteral("b@x.com"))}}});
        QCOMPARE(ok.status, 200);
        QCOMPARE(dataValue(ok, "accepted"), 2);
        QCOMPARE(api()->eventCount(QStringLiteral("Order Placed")), 2);
        QCOMPARE(m_sim.keyCount(QStringLiteral("smartpush"), QStringLiteral("e-a@x.com")), 1);
    }

    void badEventsAre400WithTheReason() {
        QJsonObject nameless = customEventBody(QStringLiteral("X"), QStringLiteral("a@x.com"));
        nameless.remove(QStringLiteral("event"));
        QJsonObject nobody = customEventBody(QStringLiteral("X"), QStringLiteral("a@x.com"));
        nobody.remove(QStringLiteral("email"));
        QJsonObject badProperties = customEventBody(QStringLiteral("X"), QStringLiteral("a@x.com"));
        badProperties.insert(QStringLiteral("properties"), QJsonArray{1});
        const QList<QPair<QJsonObject, QString>> cases = {
            {nameless, QStringLiteral("events[0]: 'event'")},
            {nobody, QStringLiteral("events[0]: needs email or phone")},
            {badProperties, QStringLiteral("'properties' must be an object")}};
        for (const auto &c : cases) {
            const SimResponse r =
                post(QStringLiteral("/v1/events"), {{QStringLiteral("events"), QJsonArray{c.first}}});
            QCOMPARE(r.status, 400);
            QVERIFY2(message(r).contains(c.second), qPrintable(message(r)));
        }
        QJsonArray many;
        for (int i = 0; i <= SmartPushApi::MaxEvents; ++i)
            many.append(customEventBody(QStringLiteral("X"), QStringLiteral("p%1@x.com").arg(i)));
        QCOMPARE(post(QStringLiteral("/v1/events"), {{QStringLiteral("events"), many}}).status, 400);
        QCOMPARE(api()->eventCount(QStringLiteral("X")), 0);
    }

    void segmentMembershipAddRemoveReplaceDelete() {
        const QString path = QStringLiteral("/v1/segments/seg-42/members");
        const SimResponse add = post(path, membership(QStringLiteral("add"),
                                                      {QStringLiteral("a@x.com"), QStringLiteral("b@x.com")},
                                                      QStringLiteral("r1")));
        QCOMPARE(add.status, 200);
        QCOMPARE(dataValue(add, "size"), 2);
        const SimResponse remove =
            post(path, membership(QStringLiteral("remove"), {QStringLiteral("a@x.com")}));
        QCOMPARE(dataValue(remove, "removed"), 1);
        QCOMPARE(api()->segmentSize(QStringLiteral("seg-42")), 1);
        QCOMPARE(m_sim.keyCount(QStringLiteral("smartpush"), QStringLiteral("r1")), 1);
        // replace: the members are the whole segment.
        const SimResponse replace =
            post(path, membership(QStringLiteral("replace"),
                                  {QStringLiteral("c@x.com"), QStringLiteral("d@x.com")}));
        QCOMPARE(replace.status, 200);
        QCOMPARE(dataValue(replace, "added"), 2);
        QCOMPARE(dataValue(replace, "removed"), 1);
        QCOMPARE(api()->segmentSize(QStringLiteral("seg-42")), 2);
        const SimResponse deleted = post(path, {{QStringLiteral("action"), QStringLiteral("delete")}});
        QCOMPARE(deleted.status, 200);
        QVERIFY(!api()->hasSegment(QStringLiteral("seg-42")));
    }

    void bearerTokenOrTheOlderHeader() {
        const QJsonObject body{{QStringLiteral("contacts"),
                                QJsonArray{contact(QStringLiteral("a@x.com"), QStringLiteral("c1"))}}};
        const SimResponse missing = post(QStringLiteral("/v1/contacts"), body, {});
        QCOMPARE(missing.status, 401);
        QVERIFY(message(missing).contains(QLatin1String("Authorization: Bearer")));
        QCOMPARE(post(QStringLiteral("/v1/contacts"), body, {{"Authorization", "Bearer wrong"}}).status, 401);
        QCOMPARE(post(QStringLiteral("/v1/contacts"), body, {{SmartPushApi::TokenHeader, "wrong"}}).status,
                 401);
        QCOMPARE(
            post(QStringLiteral("/v1/contacts"), body, {{SmartPushApi::TokenHeader, sim::SmartPushToken}})
                .status,
            200);
        QCOMPARE(post(QStringLiteral("/v1/contacts"), body).status, 200);
    }

    void badBodiesAre400WithTheReason() {
        QCOMPARE(post(QStringLiteral("/v1/contacts"), {}).status, 400);
        const SimResponse noId =
            post(QStringLiteral("/v1/contacts"),
                 {{QStringLiteral("contacts"),
                   QJsonArray{QJsonObject{{QStringLiteral("first_name"), QStringLiteral("A")}}}}});
        QCOMPARE(noId.status, 400);
        QVERIFY(message(noId).contains(QLatin1String("contacts[0]")));
        const SimResponse phone =
            post(QStringLiteral("/v1/contacts"),
                 {{QStringLiteral("contacts"),
                   QJsonArray{QJsonObject{{QStringLiteral("phone"), QStringLiteral("0123")}}}}});
        QVERIFY(message(phone).contains(QLatin1String("E.164")));
        QJsonArray many;
        for (int i = 0; i < SmartPushApi::MaxContacts + 1; ++i)
            many.append(contact(QStringLiteral("p%1@x.com").arg(i), {}));
        QCOMPARE(post(QStringLiteral("/v1/contacts"), {{QStringLiteral("contacts"), many}}).status, 400);
        QCOMPARE(post(QStringLiteral("/v1/segments/s/members"),
                      membership(QStringLiteral("upsert"), {QStringLiteral("a@x.com")}))
                     .status,
                 400);
        QCOMPARE(post(QStringLiteral("/v1/segments/s/members"), membership(QStringLiteral("add"), {})).status,
                 400);
        QCOMPARE(post(QStringLiteral("/v1/segments/s/members"),
                      membership(QStringLiteral("delete"), {QStringLiteral("a@x.com")}))
                     .status,
                 400);
        QJsonObject otherId = membership(QStringLiteral("add"), {QStringLiteral("a@x.com")});
        otherId.insert(QStringLiteral("segment_id"), QStringLiteral("t"));
        QCOMPARE(post(QStringLiteral("/v1/segments/s/members"), otherId).status, 400);
        QCOMPARE(post(QStringLiteral("/v1/segments"),
                      membership(QStringLiteral("add"), {QStringLiteral("a@x.com")}))
                     .status,
                 404);
        QCOMPARE(stats().value(QStringLiteral("accepted")).toInt(), 0);
    }

    // The connector and the simulator agree: what SmartPushConnector builds from the recipe's mappings
    // for every SHOPLINE event type is accepted, several contacts in one bulk request.
    void connectorRequestsAreAccepted() {
        const Recipe *recipe = RecipeBook::find(QStringLiteral("shopline-smartpush"));
        QVERIFY(recipe);
        const Connector *connector = ConnectorRegistry::find(QStringLiteral("smartpush"));
        DestinationConfig d;
        d.id = 1;
        d.name = recipe->destinationName;
        d.connector = recipe->connector;
        d.baseUrl = m_sim.baseUrl(QStringLiteral("smartpush"));
        d.settings = recipe->destinationSettings;
        d = DestinationStore::normalized(d).value();
        d.credentials.insert(QStringLiteral("token"), QString::fromLatin1(sim::SmartPushToken));
        const Profile profile = PreviewMatrix::sampleProfile(recipe->source);
        QHash<QString, QList<RenderedItem>> byAction;
        for (const QString &type :
             {QStringLiteral("shopline.segment.created"), QStringLiteral("shopline.segment.updated"),
              QStringLiteral("shopline.segment.deleted"), QStringLiteral("Customer Updated")}) {
            const Event e = PreviewMatrix::sampleEvent(recipe->source, type);
            for (const MappingDefinition &m : recipe->mappings) {
                if (!m.handles(e))
                    continue;
                RenderedItem item = Renderer::render(d, m, e, profile);
                QVERIFY2(item.findings.isEmpty(), qPrintable(item.findings.value(0).message));
                if (!connector->canBatch(item.action)) {
                    const HttpRequestSpec r = connector->buildRequest(d, {item});
                    const SimResponse answer = m_client.send(r.method, r.url, r.headers, r.body);
                    QVERIFY2(answer.status == 200, qPrintable(type + u' ' + QString::fromUtf8(answer.body)));
                    continue;
                }
                for (int i = 0; i < 3; ++i) { // three people's updates share one request
                    RenderedItem person = item;
                    person.body.insert(QStringLiteral("email"), QStringLiteral("p%1@x.com").arg(i));
                    person.body.insert(QStringLiteral("request_id"), QStringLiteral("k%1").arg(i));
                    byAction[item.action] << person;
                }
            }
        }
        // The deleted sample segment is the created one: it is gone again.
        QVERIFY(!api()->hasSegment(QStringLiteral("seg_42")));
        QCOMPARE(byAction.value(QStringLiteral("contact")).size(), 3);
        const QList<RenderedItem> contacts = byAction.value(QStringLiteral("contact"));
        const HttpRequestSpec r = connector->buildRequest(d, contacts);
        const SimResponse answer = m_client.send(r.method, r.url, r.headers, r.body);
        QVERIFY2(answer.status == 200, answer.body.constData());
        QCOMPARE(dataValue(answer, "created"), 3);
        QCOMPARE(api()->contactCount(), 3);
        QCOMPARE(m_sim.keyCount(QStringLiteral("smartpush"), QStringLiteral("k2")), 1);

        // A custom event as the connector builds it.
        ItemDraft draft;
        draft.action = QStringLiteral("event");
        draft.eventName = QStringLiteral("Order Placed");
        draft.fields = {{QStringLiteral("phone"), QStringLiteral("+14155550101")},
                        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("total"), 9}}}};
        draft.idempotencyKey = QStringLiteral("ev-1");
        draft.occurredAt = QDateTime::currentDateTimeUtc();
        const RenderedItem e = connector->assemble(d, draft);
        const HttpRequestSpec er = connector->buildRequest(d, {e});
        const SimResponse eventAnswer = m_client.send(er.method, er.url, er.headers, er.body);
        QVERIFY2(eventAnswer.status == 200, eventAnswer.body.constData());
        QCOMPARE(api()->eventCount(QStringLiteral("Order Placed")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSimSmartPush)
#include "tst_sim_smartpush.moc"
