// The simulated Attentive API: custom events (type characters, user identifiers, E.164 phones,
// occurredAt, 200 keys per type, externalEventId) and custom attributes (no arrays, name length).
#include <QJsonArray>
#include <QTest>

#include "attentiveapi.h"
#include "core/clock.h"
#include "simclient.h"
#include "simcredentials.h"
#include "simulator.h"

using namespace sb;

namespace {
const SimClient::Headers goodHeaders = {{"Authorization", QByteArray("Bearer ") + sim::AttentiveApiKey},
                                        {"Content-Type", "application/json"}};

QJsonObject sampleEvent() {
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("ordergroove.order.success")},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("Order Id"), QStringLiteral("54321")}}},
        {QStringLiteral("externalEventId"), QStringLiteral("37fb97a9-1d4b-4a6e-9f55-6c0d9d1c0a11")},
        {QStringLiteral("occurredAt"), QStringLiteral("2021-03-30T14:38:29+00:00")},
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("phone"), QStringLiteral("+13115552368")},
                     {QStringLiteral("email"), QStringLiteral("test@example.com")},
                     {QStringLiteral("externalIdentifiers"),
                      QJsonObject{{QStringLiteral("clientUserId"), QStringLiteral("u1")}}}}}};
}

QJsonObject customAttributes() {
    return QJsonObject{
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("Ordergroove Subscriber Status"), QStringLiteral("active")}}},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("email"), QStringLiteral("test@example.com")}}}};
}

QByteArray json(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class TestSimAttentive : public QObject {
    Q_OBJECT

    Simulator m_sim;
    SimClient m_client;

    SimResponse post(const QString &path, const QJsonObject &body,
                     const SimClient::Headers &headers = goodHeaders) {
        return m_client.post(simUrl(m_sim.baseUrl(QStringLiteral("attentive")), path), headers, json(body));
    }
    SimResponse postEvent(const QJsonObject &body) { return post(QStringLiteral("/v1/events/custom"), body); }
    SimResponse postAttributes(const QJsonObject &body) {
        return post(QStringLiteral("/v1/attributes/custom"), body);
    }
    QJsonObject stats() const { return m_sim.stats().value(QStringLiteral("attentive")).toObject(); }
    static QString message(const SimResponse &r) {
        return r.json().value(QStringLiteral("message")).toString();
    }

private slots:
    void initTestCase() { QVERIFY(m_sim.listen()); }
    void init() { m_sim.reset(); }

    void acceptsACustomEventAndCountsItsExternalEventId() {
        QCOMPARE(postEvent(sampleEvent()).status, 200);
        QCOMPARE(postEvent(sampleEvent()).status, 200);
        QCOMPARE(stats().value(QStringLiteral("accepted")).toInt(), 2);
        QCOMPARE(stats().value(QStringLiteral("duplicates")).toInt(), 1);
        QCOMPARE(m_sim.keyCount(QStringLiteral("attentive"),
                                QStringLiteral("37fb97a9-1d4b-4a6e-9f55-6c0d9d1c0a11")),
                 2);
    }

    void acceptsCustomAttributes() {
        QCOMPARE(postAttributes(customAttributes()).status, 200);
        QCOMPARE(stats().value(QStringLiteral("accepted")).toInt(), 1);
    }

    void bearerAuthIsRequired() {
        QCOMPARE(post(QStringLiteral("/v1/events/custom"), sampleEvent(), {}).status, 401);
        const SimResponse basic =
            post(QStringLiteral("/v1/events/custom"), sampleEvent(),
                 {{"Authorization", basicAuth(QLatin1String(sim::AttentiveApiKey), {})}});
        QCOMPARE(basic.status, 401);
        QVERIFY(message(basic).contains(QLatin1String("Bearer")));
        QCOMPARE(post(QStringLiteral("/v1/events/custom"), sampleEvent(), {{"Authorization", "Bearer nope"}})
                     .status,
                 401);
        QCOMPARE(stats().value(QStringLiteral("rejected")).toInt(), 3);
    }

    void typeIsRequiredAndMayNotContainForbiddenCharacters_data() {
        QTest::addColumn<QString>("type");
        QTest::newRow("empty") << QString();
        const QString forbidden = AttentiveApi::ForbiddenTypeCharacters;
        for (const QChar c : forbidden)
            QTest::newRow(qPrintable(QStringLiteral("char %1").arg(c)))
                << QStringLiteral("order%1placed").arg(c);
    }
    void typeIsRequiredAndMayNotContainForbiddenCharacters() {
        QFETCH(QString, type);
        QJsonObject body = sampleEvent();
        body.insert(QStringLiteral("type"), type);
        const SimResponse r = postEvent(body);
        QCOMPARE(r.status, 400);
        QVERIFY(message(r).contains(QLatin1String("'type'")));
        QCOMPARE(stats().value(QStringLiteral("accepted")).toInt(), 0);
    }

    void userNeedsAnIdentifierAndAnE164Phone() {
        QJsonObject noUser = sampleEvent();
        noUser.remove(QStringLiteral("user"));
        QVERIFY(message(postEvent(noUser)).contains(QLatin1String("'user' is required")));

        QJsonObject empty = sampleEvent();
        empty.insert(QStringLiteral("user"),
                     QJsonObject{{QStringLiteral("externalIdentifiers"), QJsonObject()}});
        const SimResponse none = postEvent(empty);
        QCOMPARE(none.status, 400);
        QVERIFY(message(none).contains(QLatin1String("phone, email or externalIdentifiers")));

        QJsonObject badPhone = sampleEvent();
        badPhone.insert(QStringLiteral("user"),
                        QJsonObject{{QStringLiteral("phone"), QStringLiteral("(311) 555-2368")}});
        const SimResponse phone = postEvent(badPhone);
        QCOMPARE(phone.status, 400);
        QVERIFY(message(phone).contains(QLatin1String("E.164")));

        for (const QJsonObject &user :
             {QJsonObject{{QStringLiteral("phone"), QStringLiteral("+13115552368")}},
              QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.com")}},
              QJsonObject{{QStringLiteral("externalIdentifiers"),
                           QJsonObject{{QStringLiteral("clientUserId"), QStringLiteral("u")}}}}}) {
            QJsonObject body = sampleEvent();
            body.insert(QStringLiteral("user"), user);
            QCOMPARE(postEvent(body).status, 200);
        }
    }

    void occurredAtMustBeRfc3339WithOffset() {
        QJsonObject body = sampleEvent();
        body.insert(QStringLiteral("occurredAt"), QStringLiteral("2021-03-30 14:38:29"));
        QCOMPARE(postEvent(body).status, 400);
        body.insert(QStringLiteral("occurredAt"), QStringLiteral("2021-03-30T14:38:29"));
        QCOMPARE(postEvent(body).status, 400);
        body.insert(QStringLiteral("occurredAt"), QStringLiteral("2021-03-30T14:38:29.120Z"));
        QCOMPARE(postEvent(body).status, 200);
    }

    void atMost200PropertyKeysPerEventType() {
        QJsonObject body = sampleEvent();
        QJsonObject properties;
        for (int i = 0; i < 150; ++i)
            properties.insert(QStringLiteral("a%1").arg(i), i);
        body.insert(QStringLiteral("properties"), properties);
        QCOMPARE(postEvent(body).status, 200);
        properties = {};
        for (int i = 0; i < 60; ++i)
            properties.insert(QStringLiteral("b%1").arg(i), i);
        body.insert(QStringLiteral("properties"), properties);
        const SimResponse r = postEvent(body);
        QCOMPARE(r.status, 400);
        QVERIFY(message(r).contains(QLatin1String("210")));
    }

    void customAttributesRejectArraysAndLongNames() {
        QJsonObject arrays = customAttributes();
        arrays.insert(QStringLiteral("properties"),
                      QJsonObject{{QStringLiteral("Favourite Products"),
                                   QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}});
        const SimResponse r = postAttributes(arrays);
        QCOMPARE(r.status, 400);
        QVERIFY(message(r).contains(QLatin1String("properties.Favourite Products is an array")));

        QJsonObject longName = customAttributes();
        longName.insert(QStringLiteral("properties"),
                        QJsonObject{{QString(201, QLatin1Char('n')), QStringLiteral("x")}});
        QCOMPARE(postAttributes(longName).status, 400);

        QJsonObject noProperties = customAttributes();
        noProperties.remove(QStringLiteral("properties"));
        QCOMPARE(postAttributes(noProperties).status, 400);

        QJsonObject noUser = customAttributes();
        noUser.remove(QStringLiteral("user"));
        QCOMPARE(postAttributes(noUser).status, 400);
        QCOMPARE(stats().value(QStringLiteral("rejected")).toInt(), 4);
    }

    void malformedJsonAndUnknownPaths() {
        QCOMPARE(
            m_client
                .post(simUrl(m_sim.baseUrl(QStringLiteral("attentive")), QStringLiteral("/v1/events/custom")),
                      goodHeaders, "{\"type\":")
                .status,
            400);
        QCOMPARE(post(QStringLiteral("/v1/events"), sampleEvent()).status, 404);
    }

    void quotaAnswers429WithAttentiveRateLimitHeaders() {
        ManualClock clock;
        Simulator sim(nullptr, &clock);
        QVERIFY(sim.listen());
        sim.setQuota(QStringLiteral("attentive"), 2, 2);
        const QUrl url =
            simUrl(sim.baseUrl(QStringLiteral("attentive")), QStringLiteral("/v1/events/custom"));
        const SimResponse first = m_client.post(url, goodHeaders, json(sampleEvent()));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.header("x-ratelimit-limit"), QByteArray("2"));
        QCOMPARE(first.header("x-ratelimit-remaining"), QByteArray("1"));
        QCOMPARE(m_client.post(url, goodHeaders, json(sampleEvent())).status, 200);
        const SimResponse limited = m_client.post(url, goodHeaders, json(sampleEvent()));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
        QCOMPARE(limited.header("x-ratelimit-remaining"), QByteArray("0"));
    }
};

QTEST_GUILESS_MAIN(TestSimAttentive)
#include "tst_sim_attentive.moc"
