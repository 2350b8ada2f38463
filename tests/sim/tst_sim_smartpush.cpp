// The simulated SmartPush endpoint: the token header, contacts upsert and segment membership changes
// in the wire format documented in smartpushapi.h.
#include <QJsonArray>
#include <QTest>

#include "simclient.h"
#include "simcredentials.h"
#include "simulator.h"
#include "smartpushapi.h"

using namespace sb;

namespace {
const SimClient::Headers goodHeaders = {{SmartPushApi::TokenHeader, sim::SmartPushToken},
                                        {"Content-Type", "application/json"}};

QByteArray json(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject contact(const QString &email, const QString &externalId) {
    return QJsonObject{{QStringLiteral("email"), email},
                       {QStringLiteral("firstName"), QStringLiteral("Ann")},
                       {QStringLiteral("externalId"), externalId},
                       {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("orders"), 3}}}};
}

QJsonObject membership(const QString &action, const QStringList &emails) {
    QJsonArray members;
    for (const QString &email : emails)
        members.append(QJsonObject{{QStringLiteral("email"), email}});
    return QJsonObject{{QStringLiteral("action"), action},
                       {QStringLiteral("segmentName"), QStringLiteral("VIP customers")},
                       {QStringLiteral("members"), members}};
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
        QCOMPARE(
            first.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("created")).toInt(),
            2);
        const SimResponse again = post(QStringLiteral("/v1/contacts"), body);
        QCOMPARE(
            again.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("updated")).toInt(),
            2);
        QCOMPARE(stats().value(QStringLiteral("duplicates")).toInt(), 2);
    }

    void segmentMembershipAddAndRemove() {
        const QString path = QStringLiteral("/v1/segments/seg-42/members");
        const SimResponse add = post(
            path, membership(QStringLiteral("add"), {QStringLiteral("a@x.com"), QStringLiteral("b@x.com")}));
        QCOMPARE(add.status, 200);
        QCOMPARE(add.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("size")).toInt(),
                 2);
        const SimResponse remove =
            post(path, membership(QStringLiteral("remove"), {QStringLiteral("a@x.com")}));
        QCOMPARE(
            remove.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("removed")).toInt(),
            1);
        QCOMPARE(api()->segmentSize(QStringLiteral("seg-42")), 1);
        QCOMPARE(m_sim.keyCount(QStringLiteral("smartpush"), QStringLiteral("seg-42:add:a@x.com")), 1);
    }

    void tokenIsRequired() {
        const QJsonObject body{
            {QStringLiteral("contacts"), QJsonArray{contact(QStringLiteral("a@x.com"), {})}}};
        const SimResponse missing = post(QStringLiteral("/v1/contacts"), body, {});
        QCOMPARE(missing.status, 401);
        QVERIFY(missing.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String(SmartPushApi::TokenHeader)));
        QCOMPARE(post(QStringLiteral("/v1/contacts"), body, {{SmartPushApi::TokenHeader, "wrong"}}).status,
                 401);
    }

    void badBodiesAre400WithTheReason() {
        QCOMPARE(post(QStringLiteral("/v1/contacts"), {}).status, 400);
        const SimResponse noId =
            post(QStringLiteral("/v1/contacts"),
                 {{QStringLiteral("contacts"),
                   QJsonArray{QJsonObject{{QStringLiteral("firstName"), QStringLiteral("A")}}}}});
        QCOMPARE(noId.status, 400);
        QVERIFY(
            noId.json().value(QStringLiteral("message")).toString().contains(QLatin1String("contacts[0]")));
        const SimResponse phone =
            post(QStringLiteral("/v1/contacts"),
                 {{QStringLiteral("contacts"),
                   QJsonArray{QJsonObject{{QStringLiteral("phone"), QStringLiteral("0123")}}}}});
        QVERIFY(phone.json().value(QStringLiteral("message")).toString().contains(QLatin1String("E.164")));
        QJsonArray many;
        for (int i = 0; i < SmartPushApi::MaxContacts + 1; ++i)
            many.append(contact(QStringLiteral("p%1@x.com").arg(i), {}));
        QCOMPARE(post(QStringLiteral("/v1/contacts"), {{QStringLiteral("contacts"), many}}).status, 400);
        QCOMPARE(post(QStringLiteral("/v1/segments/s/members"),
                      membership(QStringLiteral("replace"), {QStringLiteral("a@x.com")}))
                     .status,
                 400);
        QCOMPARE(post(QStringLiteral("/v1/segments"),
                      membership(QStringLiteral("add"), {QStringLiteral("a@x.com")}))
                     .status,
                 404);
        QCOMPARE(stats().value(QStringLiteral("accepted")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimSmartPush)
#include "tst_sim_smartpush.moc"
