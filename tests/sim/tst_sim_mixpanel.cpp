// The simulated Mixpanel API: /import with Basic auth, JSON array or NDJSON, strict-mode
// failed_records and $insert_id rules; /engage profile updates.
#include <QJsonArray>
#include <QTest>

#include "simclient.h"
#include "simcredentials.h"
#include "simulator.h"

using namespace sb;

namespace {
const SimClient::Headers tokenAuth = {
    {"Authorization", basicAuth(QLatin1String(sim::MixpanelProjectToken), {})},
    {"Content-Type", "application/json"}};

QJsonObject record(const QString &insertId, const QString &event = QStringLiteral("Signup")) {
    return QJsonObject{
        {QStringLiteral("event"), event},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("time"), 1618716477000.0},
                                                   {QStringLiteral("distinct_id"), QStringLiteral("9130")},
                                                   {QStringLiteral("$insert_id"), insertId},
                                                   {QStringLiteral("plan"), QStringLiteral("pro")}}}};
}

QByteArray array(const QJsonArray &a) {
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}
} // namespace

class TestSimMixpanel : public QObject {
    Q_OBJECT

    Simulator m_sim;
    SimClient m_client;

    QUrl importUrl(const QString &query = QStringLiteral("?strict=1")) {
        return simUrl(m_sim.baseUrl(QStringLiteral("mixpanel")), QStringLiteral("/import") + query);
    }
    QJsonObject stats() const { return m_sim.stats().value(QStringLiteral("mixpanel")).toObject(); }

private slots:
    void initTestCase() { QVERIFY(m_sim.listen()); }
    void init() { m_sim.reset(); }

    void importsAJsonArrayWithTheProjectToken() {
        const SimResponse r = m_client.post(
            importUrl(), tokenAuth, array({record(QStringLiteral("29fc")), record(QStringLiteral("29fd"))}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("num_records_imported")).toInt(), 2);
        QCOMPARE(m_sim.keyCount(QStringLiteral("mixpanel"), QStringLiteral("29fc")), 1);
    }

    void importsNdjsonWithAServiceAccount() {
        const QByteArray ndjson =
            QJsonDocument(record(QStringLiteral("a-1"))).toJson(QJsonDocument::Compact) + '\n'
            + QJsonDocument(record(QStringLiteral("a-1"))).toJson(QJsonDocument::Compact) + '\n';
        const SimClient::Headers service = {
            {"Authorization",
             basicAuth(QLatin1String(sim::MixpanelServiceUser), QLatin1String(sim::MixpanelServiceSecret))},
            {"Content-Type", "application/x-ndjson"}};
        const SimResponse r = m_client.post(
            importUrl(QStringLiteral("?strict=1&project_id=") + QLatin1String(sim::MixpanelProjectId)),
            service, ndjson);
        QCOMPARE(r.status, 200);
        QCOMPARE(stats().value(QStringLiteral("duplicates")).toInt(), 1);
        const SimResponse noProject = m_client.post(importUrl(), service, ndjson);
        QCOMPARE(noProject.status, 400);
        QVERIFY(
            noProject.json().value(QStringLiteral("error")).toString().contains(QLatin1String("project_id")));
    }

    void authIsRequired() {
        QCOMPARE(m_client.post(importUrl(), {}, array({record(QStringLiteral("x"))})).status, 401);
        QCOMPARE(m_client
                     .post(importUrl(), {{"Authorization", basicAuth(QStringLiteral("other-token"), {})}},
                           array({record(QStringLiteral("x"))}))
                     .status,
                 401);
    }

    void strictModeListsFailedRecordsAndImportsTheRest() {
        QJsonObject noTime = record(QStringLiteral("b"));
        QJsonObject props = noTime.value(QStringLiteral("properties")).toObject();
        props.remove(QStringLiteral("time"));
        noTime.insert(QStringLiteral("properties"), props);
        const QJsonArray records{
            record(QStringLiteral("ok-1")), noTime, record(QStringLiteral("has_underscore")),
            record(QString(37, QLatin1Char('a'))), record(QStringLiteral("c"), QString())};
        const SimResponse r = m_client.post(importUrl(), tokenAuth, array(records));
        QCOMPARE(r.status, 400);
        const QJsonObject body = r.json();
        QCOMPARE(body.value(QStringLiteral("code")).toInt(), 400);
        QCOMPARE(body.value(QStringLiteral("num_records_imported")).toInt(), 1);
        const QJsonArray failed = body.value(QStringLiteral("failed_records")).toArray();
        QCOMPARE(failed.size(), 4);
        QCOMPARE(failed.at(0).toObject().value(QStringLiteral("index")).toInt(), 1);
        QCOMPARE(failed.at(0).toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("properties.time"));
        QCOMPARE(failed.at(1).toObject().value(QStringLiteral("$insert_id")).toString(),
                 QStringLiteral("has_underscore"));
        QCOMPARE(failed.at(3).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("event"));
        QCOMPARE(stats().value(QStringLiteral("accepted")).toInt(), 1);
        QCOMPARE(stats().value(QStringLiteral("rejected")).toInt(), 4);
    }

    void withoutStrictBadRecordsAreDroppedSilently() {
        QJsonObject noInsertId = record(QStringLiteral("x"));
        QJsonObject props = noInsertId.value(QStringLiteral("properties")).toObject();
        props.remove(QStringLiteral("$insert_id"));
        noInsertId.insert(QStringLiteral("properties"), props);
        const SimResponse r =
            m_client.post(importUrl(QString()), tokenAuth, array({record(QStringLiteral("y")), noInsertId}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("num_records_imported")).toInt(), 1);
    }

    void limitsAndEncodings() {
        QJsonArray many;
        for (int i = 0; i < 2001; ++i)
            many.append(record(QStringLiteral("r%1").arg(i)));
        QCOMPARE(m_client.post(importUrl(), tokenAuth, array(many)).status, 400);
        SimClient::Headers gzip = tokenAuth;
        gzip.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
        QCOMPARE(m_client.post(importUrl(), gzip, "\x1f\x8b").status, 415);
        QCOMPARE(m_client.post(importUrl(), tokenAuth, "[{").status, 400);
    }

    void engageSetsProfiles() {
        const QUrl engage =
            simUrl(m_sim.baseUrl(QStringLiteral("mixpanel")), QStringLiteral("/engage?verbose=1"));
        const QJsonObject update{
            {QStringLiteral("$token"), QLatin1String(sim::MixpanelProjectToken)},
            {QStringLiteral("$distinct_id"), QStringLiteral("13793")},
            {QStringLiteral("$set"), QJsonObject{{QStringLiteral("$email"), QStringLiteral("a@b.com")}}}};
        const SimResponse ok = m_client.post(engage, {{"Content-Type", "application/json"}}, array({update}));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(QStringLiteral("status")).toInt(), 1);

        QJsonObject badToken = update;
        badToken.insert(QStringLiteral("$token"), QStringLiteral("nope"));
        const SimResponse token = m_client.post(engage, {}, array({badToken}));
        QCOMPARE(token.status, 400);
        QVERIFY(token.json().value(QStringLiteral("error")).toString().contains(QLatin1String("$token")));
        QJsonObject twoOps = update;
        twoOps.insert(QStringLiteral("$unset"), QJsonArray{QStringLiteral("x")});
        QCOMPARE(m_client.post(engage, {}, array({twoOps})).status, 400);
        QJsonObject noId = update;
        noId.remove(QStringLiteral("$distinct_id"));
        QCOMPARE(m_client.post(engage, {}, array({noId})).status, 400);
    }

    void rateLimitAnswerUsesMixpanelsBody() {
        const SimReply reply =
            m_sim.api(QStringLiteral("mixpanel"))->rateLimitedReply(QuotaState{10, 10, 0, 1, 2});
        QCOMPARE(reply.status, 429);
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(body.value(QStringLiteral("code")).toInt(), 429);
        QVERIFY(body.value(QStringLiteral("error"))
                    .toString()
                    .startsWith(QLatin1String("Project exceeded rate limits")));
    }
};

QTEST_GUILESS_MAIN(TestSimMixpanel)
#include "tst_sim_mixpanel.moc"
