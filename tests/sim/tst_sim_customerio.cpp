// The simulated Customer.io Track API: Basic site_id:api_key, identify with PUT, events with an id,
// Unix-second timestamps, and the v2 batch endpoint with its size limits.
#include <QJsonArray>
#include <QTest>

#include "simclient.h"
#include "simcredentials.h"
#include "simulator.h"

using namespace sb;

namespace {
const SimClient::Headers goodHeaders = {
    {"Authorization", basicAuth(QLatin1String(sim::CustomerIoSiteId), QLatin1String(sim::CustomerIoApiKey))},
    {"Content-Type", "application/json"}};

QByteArray json(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject purchase(const QString &id) {
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("purchase")},
                       {QStringLiteral("data"), QJsonObject{{QStringLiteral("price"), 13.99}}},
                       {QStringLiteral("timestamp"), 1700000000},
                       {QStringLiteral("id"), id}};
}
} // namespace

class TestSimCustomerIo : public QObject {
    Q_OBJECT

    Simulator m_sim;
    SimClient m_client;

    QUrl url(const QString &path) { return simUrl(m_sim.baseUrl(QStringLiteral("customerio")), path); }
    QJsonObject stats() const { return m_sim.stats().value(QStringLiteral("customerio")).toObject(); }
    static QString error(const SimResponse &r) {
        return r.json().value(QStringLiteral("meta")).toObject().value(QStringLiteral("error")).toString();
    }

private slots:
    void initTestCase() { QVERIFY(m_sim.listen()); }
    void init() { m_sim.reset(); }

    void identifyWithPutAndTrackEventsWithAnId() {
        const SimResponse identify =
            m_client.send("PUT", url(QStringLiteral("/api/v1/customers/cust%201")), goodHeaders,
                          json({{QStringLiteral("email"), QStringLiteral("a@b.com")},
                                {QStringLiteral("created_at"), 1700000000}}));
        QCOMPARE(identify.status, 200);
        const QUrl events = url(QStringLiteral("/api/v1/customers/cust1/events"));
        QCOMPARE(
            m_client.post(events, goodHeaders, json(purchase(QStringLiteral("01HV0000000000000000000001"))))
                .status,
            200);
        QCOMPARE(
            m_client.post(events, goodHeaders, json(purchase(QStringLiteral("01HV0000000000000000000001"))))
                .status,
            200);
        QCOMPARE(stats().value(QStringLiteral("accepted")).toInt(), 3);
        QCOMPARE(stats().value(QStringLiteral("duplicates")).toInt(), 1);
    }

    void authIsBasicSiteIdAndApiKey() {
        const QUrl events = url(QStringLiteral("/api/v1/customers/c/events"));
        const SimResponse none = m_client.post(events, {}, json(purchase(QStringLiteral("x"))));
        QCOMPARE(none.status, 401);
        QVERIFY(error(none).contains(QLatin1String("Unauthorized")));
        QCOMPARE(m_client
                     .post(events,
                           {{"Authorization",
                             basicAuth(QLatin1String(sim::CustomerIoSiteId), QStringLiteral("bad"))}},
                           json(purchase(QStringLiteral("x"))))
                     .status,
                 401);
    }

    void eventMistakes() {
        const QUrl events = url(QStringLiteral("/api/v1/customers/c/events"));
        QJsonObject noName = purchase(QStringLiteral("a"));
        noName.remove(QStringLiteral("name"));
        QVERIFY(error(m_client.post(events, goodHeaders, json(noName))).contains(QLatin1String("'name'")));
        QJsonObject millis = purchase(QStringLiteral("b"));
        millis.insert(QStringLiteral("timestamp"), 1700000000000.0);
        const SimResponse ms = m_client.post(events, goodHeaders, json(millis));
        QCOMPARE(ms.status, 400);
        QVERIFY(error(ms).contains(QLatin1String("milliseconds")));
        QJsonObject iso = purchase(QStringLiteral("c"));
        iso.insert(QStringLiteral("timestamp"), QStringLiteral("2023-11-14T22:13:20Z"));
        QCOMPARE(m_client.post(events, goodHeaders, json(iso)).status, 400);
        QJsonObject dataArray = purchase(QStringLiteral("d"));
        dataArray.insert(QStringLiteral("data"), QJsonArray{1});
        QCOMPARE(m_client.post(events, goodHeaders, json(dataArray)).status, 400);
        QCOMPARE(m_client.send("PUT", events, goodHeaders, json(purchase(QStringLiteral("e")))).status, 405);
        QCOMPARE(m_client.post(url(QStringLiteral("/api/v1/customers/c")), goodHeaders, "{}").status, 405);
        QCOMPARE(m_client
                     .send("PUT", url(QStringLiteral("/api/v1/customers/c")), goodHeaders,
                           "{\"created_at\":\"yesterday\"}")
                     .status,
                 400);
        QCOMPARE(stats().value(QStringLiteral("accepted")).toInt(), 0);
    }

    void v2BatchChecksEachItem() {
        const QJsonObject good{
            {QStringLiteral("type"), QStringLiteral("person")},
            {QStringLiteral("identifiers"), QJsonObject{{QStringLiteral("id"), QStringLiteral("42")}}},
            {QStringLiteral("action"), QStringLiteral("event")},
            {QStringLiteral("name"), QStringLiteral("purchase")},
            {QStringLiteral("id"), QStringLiteral("01HVBATCH1")},
            {QStringLiteral("timestamp"), 1700000000}};
        const SimResponse ok = m_client.post(url(QStringLiteral("/api/v2/batch")), goodHeaders,
                                             json({{QStringLiteral("batch"), QJsonArray{good}}}));
        QCOMPARE(ok.status, 200);
        QJsonObject noIdentifiers = good;
        noIdentifiers.remove(QStringLiteral("identifiers"));
        const SimResponse bad =
            m_client.post(url(QStringLiteral("/api/v2/batch")), goodHeaders,
                          json({{QStringLiteral("batch"), QJsonArray{good, noIdentifiers}}}));
        QCOMPARE(bad.status, 400);
        const QJsonObject firstError =
            bad.json().value(QStringLiteral("errors")).toArray().first().toObject();
        QCOMPARE(firstError.value(QStringLiteral("batch_index")).toInt(), 1);
        QVERIFY(firstError.value(QStringLiteral("reason")).toString().contains(QLatin1String("identifiers")));

        QJsonObject big = good;
        big.insert(QStringLiteral("attributes"),
                   QJsonObject{{QStringLiteral("blob"), QString(33 * 1024, QLatin1Char('b'))}});
        QCOMPARE(m_client
                     .post(url(QStringLiteral("/api/v2/batch")), goodHeaders,
                           json({{QStringLiteral("batch"), QJsonArray{big}}}))
                     .status,
                 400);
        QJsonArray many;
        for (int i = 0; i < 20; ++i) {
            QJsonObject item = good;
            item.insert(QStringLiteral("attributes"),
                        QJsonObject{{QStringLiteral("blob"), QString(30 * 1024, QLatin1Char('b'))}});
            many.append(item);
        }
        const SimResponse tooBig = m_client.post(url(QStringLiteral("/api/v2/batch")), goodHeaders,
                                                 json({{QStringLiteral("batch"), many}}));
        QCOMPARE(tooBig.status, 400);
        QVERIFY(error(tooBig).contains(QLatin1String("500 KB")));
    }
};

QTEST_GUILESS_MAIN(TestSimCustomerIo)
#include "tst_sim_customerio.moc"
