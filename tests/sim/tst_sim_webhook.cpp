// The simulated webhook receiver: HMAC-SHA256 signature check, JSON body, idempotency by header or id.
#include <QJsonArray>
#include <QTest>

#include "simclient.h"
#include "simcredentials.h"
#include "simulator.h"
#include "webhookapi.h"

using namespace sb;

class TestSimWebhook : public QObject {
    Q_OBJECT

    Simulator m_sim;
    SimClient m_client;

    QUrl url() { return simUrl(m_sim.baseUrl(QStringLiteral("webhook")), QStringLiteral("/orders")); }
    SimClient::Headers signedHeaders(const QByteArray &body, const QByteArray &idempotencyKey = {}) {
        SimClient::Headers headers = {
            {WebhookApi::SignatureHeader, WebhookApi::signature(sim::WebhookSecret, body)},
            {"Content-Type", "application/json"}};
        if (!idempotencyKey.isEmpty())
            headers.append(qMakePair(QByteArray("X-Idempotency-Key"), idempotencyKey));
        return headers;
    }
    QJsonObject stats() const { return m_sim.stats().value(QStringLiteral("webhook")).toObject(); }

private slots:
    void initTestCase() { QVERIFY(m_sim.listen()); }
    void init() {
        m_sim.reset();
        m_sim.setCredentials(QStringLiteral("webhook"),
                             {{QStringLiteral("secret"), QLatin1String(sim::WebhookSecret)}});
    }

    void signatureIsTheHexHmacOfTheBody() {
        // Known vector: HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog").
        QCOMPARE(WebhookApi::signature("key", "The quick brown fox jumps over the lazy dog"),
                 QByteArray("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"));
    }

    void acceptsASignedBodyAndCountsIdsAndHeaderKeys() {
        const QByteArray body = R"({"id":"evt-1","type":"order.created"})";
        QCOMPARE(m_client.post(url(), signedHeaders(body), body).status, 200);
        QCOMPARE(m_client.post(url(), signedHeaders(body), body).status, 200);
        QCOMPARE(m_sim.keyCount(QStringLiteral("webhook"), QStringLiteral("evt-1")), 2);
        QCOMPARE(stats().value(QStringLiteral("duplicates")).toInt(), 1);
        const QByteArray other = R"({"type":"order.updated"})";
        QCOMPARE(m_client.post(url(), signedHeaders(other, "delivery-77"), other).status, 200);
        QCOMPARE(m_sim.keyCount(QStringLiteral("webhook"), QStringLiteral("delivery-77")), 1);
        const QByteArray array = R"([{"id":"a"},{"id":"b"}])";
        const SimResponse r = m_client.post(url(), signedHeaders(array), array);
        QCOMPARE(r.json().value(QStringLiteral("received")).toInt(), 2);
        QCOMPARE(stats().value(QStringLiteral("distinctKeys")).toInt(), 4);
    }

    void rejectsMissingOrWrongSignatures() {
        const QByteArray body = R"({"id":"evt-2"})";
        const SimResponse missing = m_client.post(url(), {{"Content-Type", "application/json"}}, body);
        QCOMPARE(missing.status, 401);
        QVERIFY(missing.json()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QLatin1String(WebhookApi::SignatureHeader)));
        const SimResponse tampered = m_client.post(url(), signedHeaders(body), R"({"id":"evt-3"})");
        QCOMPARE(tampered.status, 401);
        QVERIFY(tampered.json()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QLatin1String("does not match")));
        const SimResponse prefix = m_client.post(
            url(), {{WebhookApi::SignatureHeader, WebhookApi::signature(sim::WebhookSecret, body).mid(7)}},
            body);
        QCOMPARE(prefix.status, 401);
        QCOMPARE(stats().value(QStringLiteral("accepted")).toInt(), 0);
    }

    void withoutASecretNoSignatureIsNeededButJsonIs() {
        m_sim.setCredentials(QStringLiteral("webhook"), {{QStringLiteral("secret"), QString()}});
        QCOMPARE(m_client.post(url(), {}, R"({"id":"x"})").status, 200);
        QCOMPARE(m_client.post(url(), {}, "not json").status, 400);
        QCOMPARE(m_client.send("PUT", url(), {}, "{}").status, 405);
    }
};

QTEST_GUILESS_MAIN(TestSimWebhook)
#include "tst_sim_webhook.moc"
