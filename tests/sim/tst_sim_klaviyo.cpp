// The simulated Klaviyo API: JSON:API bodies, the Klaviyo-API-Key / revision / content type headers,
// 202 for events, 201/200 for profile import matched by email, bulk jobs, and Klaviyo's error shape.
#include <QJsonArray>
#include <QTest>

#include "core/clock.h"
#include "simclient.h"
#include "simcredentials.h"
#include "simulator.h"

using namespace sb;

namespace {
const SimClient::Headers goodHeaders = {
    {"Authorization", QByteArray("Klaviyo-API-Key ") + sim::KlaviyoApiKey},
    {"revision", sim::KlaviyoRevision},
    {"Content-Type", "application/vnd.api+json"},
    {"Accept", "application/vnd.api+json"}};

QJsonObject eventAttributes(const QString &uniqueId,
                            const QString &email = QStringLiteral("sarah.mason@klaviyo-demo.com")) {
    return QJsonObject{
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("OrderId"), QStringLiteral("1234")}}},
        {QStringLiteral("time"), QStringLiteral("2022-11-08T00:00:00+00:00")},
        {QStringLiteral("value"), 9.99},
        {QStringLiteral("value_currency"), QStringLiteral("USD")},
        {QStringLiteral("unique_id"), uniqueId},
        {QStringLiteral("metric"),
         QJsonObject{{QStringLiteral("data"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("metric")},
                                  {QStringLiteral("attributes"),
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("Placed Order")}}}}}}},
        {QStringLiteral("profile"),
         QJsonObject{
             {QStringLiteral("data"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("profile")},
                          {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("email"), email}}}}}}}};
}

QByteArray document(const QString &type, const QJsonObject &attributes) {
    return QJsonDocument(
               QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("type"), type},
                                                                {QStringLiteral("attributes"), attributes}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray eventBody(const QString &uniqueId) {
    return document(QStringLiteral("event"), eventAttributes(uniqueId));
}

QByteArray profile(const QJsonObject &attributes) {
    return document(QStringLiteral("profile"), attributes);
}

QJsonObject firstError(const SimResponse &r) {
    return r.json().value(QStringLiteral("errors")).toArray().first().toObject();
}
} // namespace

class TestSimKlaviyo : public QObject {
    Q_OBJECT

    Simulator m_sim;
    SimClient m_client;

    SimResponse post(const QString &path, const QByteArray &body,
                     const SimClient::Headers &headers = goodHeaders) {
        return m_client.post(simUrl(m_sim.baseUrl(QStringLiteral("klaviyo")), path), headers, body);
    }
    SimClient::Headers without(const QByteArray &name, const QByteArray &replacement = {}) {
        SimClient::Headers out;
        for (const auto &h : goodHeaders) {
            if (h.first != name)
                out << h;
            else if (!replacement.isEmpty())
                out << qMakePair(name, replacement);
        }
        return out;
    }
    QJsonObject stats() const { return m_sim.stats().value(QStringLiteral("klaviyo")).toObject(); }

private slots:
    void initTestCase() { QVERIFY(m_sim.listen()); }
    void init() { m_sim.reset(); }

    void createEventAnswers202WithoutBody() {
        const SimResponse r = post(QStringLiteral("/api/events"), eventBody(QStringLiteral("order-1234")));
        QCOMPARE(r.status, 202);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(stats().value(QStringLiteral("accepted")).toInt(), 1);
        QCOMPARE(m_sim.keyCount(QStringLiteral("klaviyo"), QStringLiteral("order-1234")), 1);
    }

    void sameUniqueIdCountsAsDuplicate() {
        QCOMPARE(post(QStringLiteral("/api/events"), eventBody(QStringLiteral("order-1"))).status, 202);
        QCOMPARE(post(QStringLiteral("/api/events"), eventBody(QStringLiteral("order-1"))).status, 202);
        QCOMPARE(stats().value(QStringLiteral("duplicates")).toInt(), 1);
        QCOMPARE(stats().value(QStringLiteral("distinctKeys")).toInt(), 1);
    }

    void missingOrWrongAuthorizationIs401() {
        const SimResponse missing =
            post(QStringLiteral("/api/events"), eventBody(QStringLiteral("a")), without("Authorization"));
        QCOMPARE(missing.status, 401);
        QCOMPARE(firstError(missing).value(QStringLiteral("code")).toString(),
                 QStringLiteral("not_authenticated"));
        const SimResponse bearer = post(QStringLiteral("/api/events"), eventBody(QStringLiteral("a")),
                                        without("Authorization", "Bearer sim-klaviyo-key"));
        QCOMPARE(bearer.status, 401);
        QVERIFY(firstError(bearer)
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QLatin1String("Klaviyo-API-Key")));
        const SimResponse wrong = post(QStringLiteral("/api/events"), eventBody(QStringLiteral("a")),
                                       without("Authorization", "Klaviyo-API-Key pk_other"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(firstError(wrong).value(QStringLiteral("code")).toString(),
                 QStringLiteral("authentication_failed"));
        QCOMPARE(stats().value(QStringLiteral("rejected")).toInt(), 3);
    }

    void revisionHeaderIsRequired() {
        const SimResponse r =
            post(QStringLiteral("/api/events"), eventBody(QStringLiteral("a")), without("revision"));
        QCOMPARE(r.status, 400);
        const QJsonObject error = firstError(r);
        QCOMPARE(
            error.value(QStringLiteral("source")).toObject().value(QStringLiteral("parameter")).toString(),
            QStringLiteral("revision"));
        for (const char *field : {"id", "code", "title", "detail", "source"})
            QVERIFY2(error.contains(QLatin1String(field)), field);
        QCOMPARE(
            post(QStringLiteral("/api/events"), eventBody(QStringLiteral("a")), without("revision", "latest"))
                .status,
            400);
    }

    void contentTypeMustBeJsonApi() {
        const SimResponse r = post(QStringLiteral("/api/events"), eventBody(QStringLiteral("a")),
                                   without("Content-Type", "application/json"));
        QCOMPARE(r.status, 415);
        QCOMPARE(firstError(r).value(QStringLiteral("code")).toString(),
                 QStringLiteral("unsupported_media_type"));
    }

    void malformedJsonIs400() {
        const SimResponse r = post(QStringLiteral("/api/events"), "{\"data\":");
        QCOMPARE(r.status, 400);
        QCOMPARE(firstError(r).value(QStringLiteral("code")).toString(), QStringLiteral("parse_error"));
    }

    void eventNeedsPropertiesMetricAndProfile_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("properties") << QStringLiteral("properties")
                                    << QStringLiteral("/data/attributes/properties");
        QTest::newRow("metric") << QStringLiteral("metric") << QStringLiteral("/data/attributes/metric");
        QTest::newRow("profile") << QStringLiteral("profile") << QStringLiteral("/data/attributes/profile");
    }
    void eventNeedsPropertiesMetricAndProfile() {
        QFETCH(QString, field);
        QFETCH(QString, pointer);
        QJsonObject attributes = eventAttributes(QStringLiteral("x"));
        attributes.remove(field);
        const SimResponse r =
            post(QStringLiteral("/api/events"), document(QStringLiteral("event"), attributes));
        QCOMPARE(r.status, 400);
        QCOMPARE(firstError(r)
                     .value(QStringLiteral("source"))
                     .toObject()
                     .value(QStringLiteral("pointer"))
                     .toString(),
                 pointer);
        QCOMPARE(stats().value(QStringLiteral("accepted")).toInt(), 0);
    }

    void eventChecksTypeLimitsAndValues() {
        QCOMPARE(post(QStringLiteral("/api/events"),
                      document(QStringLiteral("events"), eventAttributes(QStringLiteral("x"))))
                     .status,
                 400);
        QJsonObject many = eventAttributes(QStringLiteral("x"));
        QJsonObject properties;
        for (int i = 0; i < 401; ++i)
            properties.insert(QStringLiteral("p%1").arg(i), i);
        many.insert(QStringLiteral("properties"), properties);
        const SimResponse tooMany =
            post(QStringLiteral("/api/events"), document(QStringLiteral("event"), many));
        QCOMPARE(tooMany.status, 400);
        QVERIFY(
            firstError(tooMany).value(QStringLiteral("detail")).toString().contains(QLatin1String("400")));

        QJsonObject longString = eventAttributes(QStringLiteral("x"));
        longString.insert(QStringLiteral("properties"),
                          QJsonObject{{QStringLiteral("note"), QString(101 * 1024, QLatin1Char('n'))}});
        QCOMPARE(post(QStringLiteral("/api/events"), document(QStringLiteral("event"), longString)).status,
                 400);

        QJsonObject badTime = eventAttributes(QStringLiteral("x"));
        badTime.insert(QStringLiteral("time"), QStringLiteral("08.11.2022"));
        const SimResponse time =
            post(QStringLiteral("/api/events"), document(QStringLiteral("event"), badTime));
        QCOMPARE(time.status, 400);
        QCOMPARE(firstError(time)
                     .value(QStringLiteral("source"))
                     .toObject()
                     .value(QStringLiteral("pointer"))
                     .toString(),
                 QStringLiteral("/data/attributes/time"));

        QJsonObject badValue = eventAttributes(QStringLiteral("x"));
        badValue.insert(QStringLiteral("value"), QStringLiteral("9.99"));
        QCOMPARE(post(QStringLiteral("/api/events"), document(QStringLiteral("event"), badValue)).status,
                 400);

        const SimResponse noIdentifier =
            post(QStringLiteral("/api/events"),
                 document(QStringLiteral("event"), eventAttributes(QStringLiteral("x"), QString())));
        QCOMPARE(noIdentifier.status, 400);
    }

    void profileImportCreatesThenUpdatesByEmail() {
        const QJsonObject attributes{
            {QStringLiteral("email"), QStringLiteral("Ann@Example.com")},
            {QStringLiteral("phone_number"), QStringLiteral("+15005550006")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("Smile Points Balance"), 120},
                         {QStringLiteral("Smile VIP Tier"), QStringLiteral("Gold")}}}};
        const SimResponse created = post(QStringLiteral("/api/profile-import"), profile(attributes));
        QCOMPARE(created.status, 201);
        const QString id =
            created.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());

        const QJsonObject update{{QStringLiteral("email"), QStringLiteral("ann@example.com")},
                                 {QStringLiteral("properties"),
                                  QJsonObject{{QStringLiteral("Smile Points Balance"), 150},
                                              {QStringLiteral("Smile VIP Tier"), QJsonValue::Null}}}};
        const SimResponse updated = post(QStringLiteral("/api/profile-import"), profile(update));
        QCOMPARE(updated.status, 200);
        const QJsonObject data = updated.json().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("id")).toString(), id);
        const QJsonObject properties = data.value(QStringLiteral("attributes"))
                                           .toObject()
                                           .value(QStringLiteral("properties"))
                                           .toObject();
        QCOMPARE(properties.value(QStringLiteral("Smile Points Balance")).toInt(), 150);
        QVERIFY(!properties.contains(QStringLiteral("Smile VIP Tier"))); // null clears a field
        QCOMPARE(post(QStringLiteral("/api/profile-import"),
                      profile({{QStringLiteral("email"), QStringLiteral("other@example.com")}}))
                     .status,
                 201);
    }

    void profileImportRejectsBadIdentifiers() {
        const SimResponse noId =
            post(QStringLiteral("/api/profile-import"),
                 profile({{QStringLiteral("properties"), QJsonObject{{QStringLiteral("a"), 1}}}}));
        QCOMPARE(noId.status, 400);
        const SimResponse phone =
            post(QStringLiteral("/api/profile-import"),
                 profile({{QStringLiteral("email"), QStringLiteral("a@b.com")},
                          {QStringLiteral("phone_number"), QStringLiteral("0171 1234567")}}));
        QCOMPARE(phone.status, 400);
        QCOMPARE(firstError(phone)
                     .value(QStringLiteral("source"))
                     .toObject()
                     .value(QStringLiteral("pointer"))
                     .toString(),
                 QStringLiteral("/data/attributes/phone_number"));
        QCOMPARE(post(QStringLiteral("/api/profile-import"),
                      profile({{QStringLiteral("email"), QStringLiteral("not-an-email")}}))
                     .status,
                 400);
        QCOMPARE(post(QStringLiteral("/api/profile-import"), eventBody(QStringLiteral("x"))).status,
                 400); // wrong type
    }

    void bulkEventJobAccepts202AndCountsEachEvent() {
        QJsonObject e1 = eventAttributes(QStringLiteral("b1"));
        QJsonObject e2 = eventAttributes(QStringLiteral("b2"));
        const QJsonObject profileData = e1.take(QStringLiteral("profile")).toObject();
        e2.remove(QStringLiteral("profile"));
        const auto bulk = [&](const QJsonArray &events) {
            const QJsonObject entry{
                {QStringLiteral("type"), QStringLiteral("event-bulk-create")},
                {QStringLiteral("attributes"),
                 QJsonObject{{QStringLiteral("profile"), profileData},
                             {QStringLiteral("events"), QJsonObject{{QStringLiteral("data"), events}}}}}};
            return document(QStringLiteral("event-bulk-create-job"),
                            {{QStringLiteral("events-bulk-create"),
                              QJsonObject{{QStringLiteral("data"), QJsonArray{entry}}}}});
        };
        const QJsonArray events{QJsonObject{{QStringLiteral("type"), QStringLiteral("event")},
                                            {QStringLiteral("attributes"), e1}},
                                QJsonObject{{QStringLiteral("type"), QStringLiteral("event")},
                                            {QStringLiteral("attributes"), e2}}};
        QCOMPARE(post(QStringLiteral("/api/event-bulk-create-jobs"), bulk(events)).status, 202);
        QCOMPARE(stats().value(QStringLiteral("accepted")).toInt(), 2);
        QCOMPARE(m_sim.keyCount(QStringLiteral("klaviyo"), QStringLiteral("b2")), 1);

        QJsonArray tooMany;
        for (int i = 0; i < 1001; ++i)
            tooMany.append(events.at(1));
        const SimResponse over = post(QStringLiteral("/api/event-bulk-create-jobs"), bulk(tooMany));
        QCOMPARE(over.status, 400);
        QVERIFY(firstError(over).value(QStringLiteral("detail")).toString().contains(QLatin1String("1000")));
    }

    void bulkProfileImportAnswers202WithAJob() {
        QJsonArray profiles;
        for (int i = 0; i < 3; ++i)
            profiles.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("profile")},
                {QStringLiteral("attributes"),
                 QJsonObject{{QStringLiteral("email"), QStringLiteral("p%1@example.com").arg(i)}}}});
        const QByteArray body =
            document(QStringLiteral("profile-bulk-import-job"),
                     {{QStringLiteral("profiles"), QJsonObject{{QStringLiteral("data"), profiles}}}});
        const SimResponse r = post(QStringLiteral("/api/profile-bulk-import-jobs"), body);
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("profile-bulk-import-job"));
        // The imported profiles exist now: importing one again updates it.
        QCOMPARE(post(QStringLiteral("/api/profile-import"),
                      profile({{QStringLiteral("email"), QStringLiteral("p1@example.com")}}))
                     .status,
                 200);
    }

    void quotaAnswers429ThrottledWithRetryAfterAndRateLimitHeaders() {
        ManualClock clock;
        Simulator sim(nullptr, &clock);
        QVERIFY(sim.listen());
        sim.setQuota(QStringLiteral("klaviyo"), 1, 1);
        const QUrl url = simUrl(sim.baseUrl(QStringLiteral("klaviyo")), QStringLiteral("/api/events"));
        const SimResponse ok = m_client.post(url, goodHeaders, eventBody(QStringLiteral("q1")));
        QCOMPARE(ok.status, 202);
        QCOMPARE(ok.header("RateLimit-Limit"), QByteArray("1"));
        QCOMPARE(ok.header("RateLimit-Remaining"), QByteArray("0"));
        QVERIFY(!ok.header("RateLimit-Reset").isEmpty());
        const SimResponse limited = m_client.post(url, goodHeaders, eventBody(QStringLiteral("q2")));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
        QCOMPARE(firstError(limited).value(QStringLiteral("code")).toString(), QStringLiteral("throttled"));
    }

    void injectedErrorsUseKlaviyosErrorShape() {
        SimClient::Headers none;
        QCOMPARE(m_client
                     .post(simUrl(m_sim.controlUrl(), QStringLiteral("/faults/klaviyo")), none,
                           "{\"errorRate\":1,\"errorStatus\":503}")
                     .status,
                 200);
        const SimResponse r = post(QStringLiteral("/api/events"), eventBody(QStringLiteral("f")));
        QCOMPARE(r.status, 503);
        QCOMPARE(firstError(r).value(QStringLiteral("status")).toInt(), 503);
    }
};

QTEST_GUILESS_MAIN(TestSimKlaviyo)
#include "tst_sim_klaviyo.moc"
