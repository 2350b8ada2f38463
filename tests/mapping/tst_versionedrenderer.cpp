// Delivery renders with the routed mapping version (the production render function, which keeps each
// version compiled); stored events load back into Event + Profile.
#include <QTemporaryDir>
#include <QTest>

#include "core/clock.h"
#include "delivery/productionservices.h"
#include "mapping/mappingstore.h"
#include "mapping/storedevents.h"
#include "testsupport.h"

using namespace sb;

class TestVersionedRenderer : public QObject {
    Q_OBJECT
private slots:
    void rendersTheRoutedVersion() {
        QTemporaryDir dir;
        ManualClock clock;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing, &clock);
        QVERIFY(ws.ok());
        const qint64 destinationId = sbtest::addDestinationRow(ws.value().get(), QStringLiteral("Hook"));
        MappingStore store(ws.value().get());
        MappingDefinition d =
            sbtest::mapping(QStringLiteral("A"), QStringLiteral("smrt"), {QStringLiteral("*")});
        d.eventNameTemplate = QStringLiteral("first {{event.name}}");
        const qint64 id = store.save(0, destinationId, d, {}).value().id;
        d.eventNameTemplate = QStringLiteral("second {{event.name}}");
        QVERIFY(store.save(id, destinationId, d, {}).ok());

        DestinationConfig config;
        config.id = destinationId;
        config.name = QStringLiteral("Hook");
        config.connector = QStringLiteral("webhook");
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/hook"));
        const DeliveryServices services = productionDeliveryServices(ws.value().get());
        const Event e = sbtest::event(QStringLiteral("smrt"), QStringLiteral("Order Created"), {});
        const Profile profile;
        auto render = [&](int version) {
            return services.render(config, id, version, QStringLiteral("key-1"), e, profile, nullptr);
        };
        for (int pass = 0; pass < 2; ++pass) { // the second pass renders from the compiled versions
            QCOMPARE(render(1).body.value(QStringLiteral("event")).toString(),
                     QStringLiteral("first Order Created"));
            QCOMPARE(render(2).body.value(QStringLiteral("event")).toString(),
                     QStringLiteral("second Order Created"));
        }
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, render(7));
    }

    void storedEventsLoadBack() {
        QTemporaryDir dir;
        ManualClock clock;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing, &clock);
        QVERIFY(ws.ok());
        const WriteResult r = ws.value()->writer()->run([](WriteContext &c) {
            sql::exec(c.db,
                      QStringLiteral(
                          "INSERT INTO sources(id, name, kind, created_at) VALUES (1, 'SMRT', 'smrt', 0)"));
            sql::exec(c.db, QStringLiteral(
                                "INSERT INTO profiles(id, email, phone, user_id, created_at, updated_at) "
                                "VALUES (5, 'ann@example.com', '+14156015610', 'c-42', 0, 0)"));
            sql::exec(c.db, QStringLiteral(
                                "INSERT INTO profile_traits(profile_id, source_id, name, value, updated_at) "
                                "VALUES (5, 1, 'points', '120', 1), (5, 1, 'tier', '\"Gold\"', 1)"));
            sql::exec(
                c.db,
                QStringLiteral(
                    "INSERT INTO events(id, message_id, source_id, type, name, profile_id, occurred_at, "
                    "received_at, payload) VALUES (9, 'm-9', 1, 'track', 'Order Created', 5, "
                    "1700000000000, 1700000001000, '{\"properties\":{\"order_id\":\"O-1\"}}')"));
            return QVariant();
        });
        QVERIFY2(r.ok, qPrintable(r.error));
        const Result<StoredEvents::Loaded> loaded = StoredEvents::load(ws.value()->reader(), 9);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded.value().event.sourceKind, QStringLiteral("smrt"));
        QCOMPARE(loaded.value().event.name, QStringLiteral("Order Created"));
        QCOMPARE(loaded.value().event.properties().value(QStringLiteral("order_id")).toString(),
                 QStringLiteral("O-1"));
        QCOMPARE(loaded.value().event.occurredAt.toMSecsSinceEpoch(), 1700000000000);
        QCOMPARE(loaded.value().profile.email, QStringLiteral("ann@example.com"));
        QCOMPARE(loaded.value().profile.traits.value(QStringLiteral("points")).toInt(), 120);
        QCOMPARE(loaded.value().profile.traits.value(QStringLiteral("tier")).toString(),
                 QStringLiteral("Gold"));
        QCOMPARE(StoredEvents::load(ws.value()->reader(), 10).error(), QStringLiteral("no event with id 10"));
    }
};

QTEST_GUILESS_MAIN(TestVersionedRenderer)
#include "tst_versionedrenderer.moc"
