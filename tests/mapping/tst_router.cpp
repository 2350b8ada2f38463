// Conditions (typed operators, ALL / ANY) and the router's decisions for every destination.
#include <QTemporaryDir>
#include <QTest>

#include "core/clock.h"
#include "mapping/conditionevaluator.h"
#include "mapping/mappingcontext.h"
#include "mapping/mappingstore.h"
#include "mapping/router.h"
#include "testsupport.h"

using namespace sb;

namespace {

QJsonObject context() {
    Event e = sbtest::event(
        QStringLiteral("smrt"), QStringLiteral("Order Created"),
        QJsonObject{{QStringLiteral("value"), 42.5},
                    {QStringLiteral("value_text"), QStringLiteral("7")},
                    {QStringLiteral("agent"), QStringLiteral("Main Street Store")},
                    {QStringLiteral("tags"), QJsonArray{QStringLiteral("vip"), QStringLiteral("new")}},
                    {QStringLiteral("created"), QStringLiteral("2024-03-01T10:00:00Z")},
                    {QStringLiteral("paid"), true}});
    Profile p;
    p.email = QStringLiteral("ann@example.com");
    p.traits = QJsonObject{{QStringLiteral("demographic"), 2}};
    return MappingContext::build(e, p);
}

bool test(const QString &path, const QString &op, const QJsonValue &value = QJsonValue()) {
    return ConditionEvaluator::test({path, op, value}, context());
}

} // namespace

class TestRouter : public QObject {
    Q_OBJECT
private slots:
    void typedOperators() {
        QVERIFY(test(QStringLiteral("event.properties.value"), QStringLiteral("equals"), 42.5));
        QVERIFY(test(QStringLiteral("event.properties.value_text"), QStringLiteral("equals"), 7));
        QVERIFY(
            !test(QStringLiteral("event.properties.value"), QStringLiteral("equals"), QStringLiteral("42")));
        QVERIFY(test(QStringLiteral("event.properties.paid"), QStringLiteral("equals"), true));
        QVERIFY(
            test(QStringLiteral("event.name"), QStringLiteral("equals"), QStringLiteral("Order Created")));
        QVERIFY(
            test(QStringLiteral("event.name"), QStringLiteral("not_equals"), QStringLiteral("Order Ready")));
        QVERIFY(!test(QStringLiteral("event.name"), QStringLiteral("not_equals"),
                      QStringLiteral("Order Created")));
        QVERIFY(test(QStringLiteral("event.properties.agent"), QStringLiteral("contains"),
                     QStringLiteral("street")));
        QVERIFY(
            test(QStringLiteral("event.properties.tags"), QStringLiteral("contains"), QStringLiteral("vip")));
        QVERIFY(!test(QStringLiteral("event.properties.tags"), QStringLiteral("contains"),
                      QStringLiteral("old")));
        QVERIFY(test(QStringLiteral("profile.email"), QStringLiteral("exists")));
        QVERIFY(!test(QStringLiteral("profile.phone"), QStringLiteral("exists")));
        QVERIFY(test(QStringLiteral("profile.phone"), QStringLiteral("not_exists")));
        QVERIFY(test(QStringLiteral("event.properties.value"), QStringLiteral("greater_than"), 40));
        QVERIFY(!test(QStringLiteral("event.properties.value"), QStringLiteral("greater_than"), 42.5));
        QVERIFY(test(QStringLiteral("event.properties.value_text"), QStringLiteral("less_than"), 10));
        QVERIFY(!test(QStringLiteral("event.properties.agent"), QStringLiteral("less_than"), 10));
        QVERIFY(test(QStringLiteral("event.properties.created"), QStringLiteral("greater_than"),
                     QStringLiteral("2024-02-01T00:00:00Z")));
        QVERIFY(
            test(QStringLiteral("profile.traits.demographic"), QStringLiteral("in_list"), QJsonArray{1, 2}));
        QVERIFY(
            !test(QStringLiteral("profile.traits.demographic"), QStringLiteral("in_list"), QJsonArray{4, 5}));
        QVERIFY(test(QStringLiteral("lower(event.properties.agent)"), QStringLiteral("equals"),
                     QStringLiteral("main street store")));
    }

    void allAndAnyNameTheFailedCondition() {
        const QList<Condition> conditions = {
            {QStringLiteral("event.properties.value"), QStringLiteral("greater_than"), 100},
            {QStringLiteral("profile.email"), QStringLiteral("exists"), QJsonValue()},
        };
        QString why;
        QVERIFY(!ConditionEvaluator::testAll(conditions, QStringLiteral("all"), context(), &why));
        QCOMPARE(why, QStringLiteral("event.properties.value greater_than 100 failed (value: 42.5)"));
        QVERIFY(ConditionEvaluator::testAll(conditions, QStringLiteral("any"), context(), &why));
        const QList<Condition> none = {
            {QStringLiteral("event.properties.value"), QStringLiteral("greater_than"), 100},
            {QStringLiteral("profile.phone"), QStringLiteral("exists"), QJsonValue()},
        };
        QVERIFY(!ConditionEvaluator::testAll(none, QStringLiteral("any"), context(), &why));
        QCOMPARE(
            why,
            QStringLiteral(
                "none of the conditions held: event.properties.value greater_than 100 failed (value: 42.5); "
                "profile.phone exists failed (value: missing)"));
        QVERIFY(ConditionEvaluator::testAll({}, QStringLiteral("all"), context(), &why));
    }

    void decisionsForEveryDestination() {
        QTemporaryDir dir;
        ManualClock clock;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing, &clock);
        QVERIFY(ws.ok());
        const qint64 segment = sbtest::addDestinationRow(ws.value().get(), QStringLiteral("Segment"));
        const qint64 klaviyo = sbtest::addDestinationRow(ws.value().get(), QStringLiteral("Klaviyo"));
        const qint64 attentive = sbtest::addDestinationRow(ws.value().get(), QStringLiteral("Attentive"));
        MappingStore store(ws.value().get());
        MappingDefinition big = sbtest::mapping(QStringLiteral("Big orders"), QStringLiteral("smrt"),
                                                {QStringLiteral("Order Created")});
        big.conditions = {{QStringLiteral("event.properties.value"), QStringLiteral("greater_than"), 100}};
        QVERIFY(store.save(0, segment, big, {}).ok());
        const qint64 all =
            store
                .save(0, segment,
                      sbtest::mapping(QStringLiteral("All"), QStringLiteral("smrt"), {QStringLiteral("*")}),
                      {})
                .value()
                .id;
        QVERIFY(store
                    .save(0, klaviyo,
                          sbtest::mapping(QStringLiteral("Ready"), QStringLiteral("smrt"),
                                          {QStringLiteral("Order Ready")}),
                          {})
                    .ok());
        QVERIFY(store
                    .save(0, attentive,
                          sbtest::mapping(QStringLiteral("OG"), QStringLiteral("ordergroove"),
                                          {QStringLiteral("*")}),
                          {})
                    .ok());

        Router router(ws.value().get());
        QCOMPARE(router.mappingCount(), 4);
        const Event order = sbtest::event(QStringLiteral("smrt"), QStringLiteral("Order Created"),
                                          {{QStringLiteral("value"), 42}});
        QList<RouteDecision> decisions = router.route(order, Profile());
        QCOMPARE(decisions.size(),
                 3); // two Segment mappings, one no_mapping for Klaviyo; Attentive takes no SMRT
        QCOMPARE(decisions.at(0).destinationId, segment);
        QVERIFY(!decisions.at(0).matched);
        QCOMPARE(decisions.at(0).outcome, QStringLiteral("condition_false"));
        QCOMPARE(decisions.at(0).detail,
                 QStringLiteral(
                     "mapping 'Big orders': event.properties.value greater_than 100 failed (value: 42)"));
        QVERIFY(decisions.at(1).matched);
        QCOMPARE(decisions.at(1).mappingId, all);
        QCOMPARE(decisions.at(1).mappingVersion, 1);
        QCOMPARE(decisions.at(2).destinationId, klaviyo);
        QCOMPARE(decisions.at(2).outcome, QStringLiteral("no_mapping"));
        QCOMPARE(decisions.at(2).mappingId, 0);

        // A save is seen without an explicit reload; disabled mappings say so.
        MappingDefinition disabled = store.load(all).value().definition;
        disabled.enabled = false;
        QVERIFY(store.save(all, segment, disabled, {}).ok());
        decisions = router.route(order, Profile());
        QCOMPARE(decisions.at(1).outcome, QStringLiteral("mapping_disabled"));
        QCOMPARE(decisions.at(1).mappingVersion, 2);

        const Event identify =
            sbtest::event(QStringLiteral("smrt"), QString(), {}, QStringLiteral("identify"));
        QCOMPARE(router.route(identify, Profile()).size(), 2); // "All" (Segment) + no_mapping (Klaviyo)
        const Event other = sbtest::event(QStringLiteral("smile"), QStringLiteral("Points Redeemed"), {});
        QVERIFY(router.route(other, Profile()).isEmpty());
    }

    void routesFromSeveralThreads() {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        const qint64 d = sbtest::addDestinationRow(ws.value().get(), QStringLiteral("D"));
        QVERIFY(MappingStore(ws.value().get())
                    .save(0, d,
                          sbtest::mapping(QStringLiteral("A"), QStringLiteral("smrt"), {QStringLiteral("*")}),
                          {})
                    .ok());
        Router router(ws.value().get());
        std::atomic<int> matched{0};
        QList<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads << QThread::create([&] {
                const Event e = sbtest::event(QStringLiteral("smrt"), QStringLiteral("X"), {});
                for (int i = 0; i < 500; ++i)
                    matched += router.route(e, Profile()).value(0).matched ? 1 : 0;
            });
            threads.last()->start();
        }
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        QCOMPARE(matched.load(), 2000);
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
