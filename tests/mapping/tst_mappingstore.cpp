// Versioned mappings: every save a version, restore as newest, export/import, validation errors.
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "connectors/destinationstore.h"
#include "core/clock.h"
#include "mapping/mappingstore.h"
#include "store/database.h"
#include "store/sql.h"
#include "testsupport.h"

using namespace sb;

class TestMappingStore : public QObject {
    Q_OBJECT
private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto ws = Workspace::open(m_dir->path(), Workspace::OpenMode::CreateIfMissing, &m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.error()));
        m_ws = ws.take();
        m_destination = sbtest::addDestinationRow(m_ws.get(), QStringLiteral("Hook"));
        QVERIFY(m_destination > 0);
    }
    void cleanup() {
        // The writer keeps references itself (no SQLite foreign-key checks on its connection).
        QCOMPARE(Database::foreignKeyViolations(m_ws->reader()), QStringList());
        m_ws.reset();
        m_dir.reset();
    }

    void everySaveIsANewVersion() {
        MappingStore store(m_ws.get());
        MappingDefinition d = sbtest::mapping(QStringLiteral("Orders"), QStringLiteral("smrt"),
                                              {QStringLiteral("Order Created")});
        const Result<MappingStore::Entry> first = store.save(0, m_destination, d, QStringLiteral("first"));
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first.value().version, 1);
        m_clock.advance(1000);
        d.eventNameTemplate = QStringLiteral("SMRT {{event.name}}");
        const Result<MappingStore::Entry> second =
            store.save(first.value().id, m_destination, d, QStringLiteral("renamed"));
        QVERIFY2(second, qPrintable(second.error()));
        QCOMPARE(second.value().id, first.value().id);
        QCOMPARE(second.value().version, 2);

        QCOMPARE(store.load(first.value().id).value().definition.eventNameTemplate,
                 QStringLiteral("SMRT {{event.name}}"));
        QCOMPARE(store.load(first.value().id, 1).value().definition.eventNameTemplate,
                 QStringLiteral("{{event.name}}"));
        const auto versions = store.versions(first.value().id);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(1).second.toMSecsSinceEpoch() - versions.at(0).second.toMSecsSinceEpoch(), 1000);
        QCOMPARE(store.history(first.value().id).at(1).note, QStringLiteral("renamed"));
        QCOMPARE(store.list(m_destination).size(), 1);
        QVERIFY(!store.load(first.value().id, 9).ok());
        QCOMPARE(store.load(first.value().id, 9).error(),
                 QStringLiteral("mapping %1 has no version 9").arg(first.value().id));
    }

    void restoreSavesTheOldVersionAsNewest() {
        MappingStore store(m_ws.get());
        MappingDefinition d =
            sbtest::mapping(QStringLiteral("Orders"), QStringLiteral("smrt"), {QStringLiteral("*")});
        const qint64 id = store.save(0, m_destination, d, {}).value().id;
        d.action = QStringLiteral("other");
        QVERIFY(store.save(id, m_destination, d, {}).ok());
        const Result<MappingStore::Entry> restored = store.restore(id, 1);
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(restored.value().version, 3);
        QCOMPARE(store.load(id).value().definition.action, QStringLiteral("event"));
        QCOMPARE(store.history(id).last().note, QStringLiteral("restored from version 1"));
        QCOMPARE(store.versions(id).size(), 3);
    }

    void invalidDefinitionsAreRefusedWithTheirReason() {
        MappingStore store(m_ws.get());
        MappingDefinition d =
            sbtest::mapping(QStringLiteral("Bad"), QStringLiteral("smrt"), {QStringLiteral("*")});
        d.fields.append({QStringLiteral("user.email"), QStringLiteral("lower(profile.email")});
        const Result<MappingStore::Entry> saved = store.save(0, m_destination, d, {});
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error(), QStringLiteral("mapping 'Bad': field 'user.email': col 20: expected ')'"));
        d = sbtest::mapping(QStringLiteral("Bad"), QStringLiteral("smrt"), {QStringLiteral("*")});
        d.conditions.append({QStringLiteral("event.properties.total"), QStringLiteral("bigger"), 5});
        QVERIFY(store.save(0, m_destination, d, {})
                    .error()
                    .contains(QStringLiteral("unknown operator 'bigger'")));
        QVERIFY(store.list(m_destination).isEmpty());
        // Same name twice for one destination.
        const MappingDefinition ok =
            sbtest::mapping(QStringLiteral("Orders"), QStringLiteral("smrt"), {QStringLiteral("*")});
        QVERIFY(store.save(0, m_destination, ok, {}).ok());
        QVERIFY(store.save(0, m_destination, ok, {})
                    .error()
                    .contains(QStringLiteral("already has a mapping named 'Orders'")));
        QVERIFY(store.save(0, 999, ok, {}).error().contains(QStringLiteral("no destination with id 999")));
    }

    void exportAndImportRoundTrip() {
        MappingStore store(m_ws.get());
        MappingDefinition a =
            sbtest::mapping(QStringLiteral("A"), QStringLiteral("smrt"), {QStringLiteral("Order Created")});
        a.conditions = {{QStringLiteral("event.properties.value"), QStringLiteral("greater_than"), 10},
                        {QStringLiteral("profile.email"), QStringLiteral("exists"), QJsonValue()}};
        a.match = QStringLiteral("any");
        a.matchBy = QStringLiteral("email");
        const MappingDefinition b =
            sbtest::mapping(QStringLiteral("B"), QStringLiteral("smile"), {QStringLiteral("*")});
        QVERIFY(store.save(0, m_destination, a, {}).ok());
        QVERIFY(store.save(0, m_destination, b, {}).ok());
        const QJsonObject exported = store.exportJson(m_destination);
        QCOMPARE(exported.value(QStringLiteral("mappings")).toArray().size(), 2);

        const qint64 other = sbtest::addDestinationRow(m_ws.get(), QStringLiteral("Other"));
        const Status imported = store.importJson(other, exported);
        QVERIFY2(imported, qPrintable(imported.error));
        QCOMPARE(store.exportJson(other), exported);
        // Importing again adds versions instead of duplicates.
        QVERIFY(store.importJson(other, exported).ok());
        const QList<MappingStore::Entry> entries = store.list(other);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).version, 2);
        QCOMPARE(entries.at(0).definition.conditions.size(), 2);
        QCOMPARE(entries.at(0).definition.matchBy, QStringLiteral("email"));

        // A bad document saves nothing.
        QJsonObject bad = exported;
        QJsonArray list = bad.value(QStringLiteral("mappings")).toArray();
        QJsonObject broken = list.at(1).toObject();
        broken.insert(QStringLiteral("match"), QStringLiteral("most"));
        list.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("C")}});
        list.replace(1, broken);
        bad.insert(QStringLiteral("mappings"), list);
        const qint64 third = sbtest::addDestinationRow(m_ws.get(), QStringLiteral("Third"));
        const Status refused = store.importJson(third, bad);
        QCOMPARE(refused.error,
                 QStringLiteral("mappings[1]: mapping 'B': match must be \"all\" or \"any\", not \"most\""));
        QVERIFY(store.list(third).isEmpty());
        QVERIFY(!store.importJson(third, QJsonObject{{QStringLiteral("mappings"), QJsonArray()}}).ok());
    }

    void removeRefusesMappingsWithDeliveries() {
        MappingStore store(m_ws.get());
        const qint64 id = saveMappingA(store, 0, QStringLiteral("*"));
        QVERIFY(store.remove(id).ok());
        QVERIFY(store.list(m_destination).isEmpty());
        QVERIFY(!store.remove(id).ok());
    }

    // Removing a destination removes its mappings and their versions with it, as nothing else would.
    void removingADestinationRemovesItsMappings() {
        MappingStore store(m_ws.get());
        const qint64 id = saveMappingA(store, 0, QStringLiteral("*"));
        QCOMPARE(saveMappingA(store, id, QStringLiteral("x")), id); // a second version
        const Status removed = DestinationStore(m_ws.get()).remove(m_destination);
        QVERIFY2(removed.ok(), qPrintable(removed.error));
        QCOMPARE(sql::scalar(m_ws->reader(), QStringLiteral("SELECT count(*) FROM mappings")).toInt(), 0);
        QCOMPARE(sql::scalar(m_ws->reader(), QStringLiteral("SELECT count(*) FROM mapping_versions")).toInt(),
                 0);
    }

private:
    // Mapping "A" of the test destination for SMRT events named `event`: a new one (id 0) or a new
    // version; its id, 0 when it could not be saved.
    qint64 saveMappingA(MappingStore &store, qint64 id, const QString &event) {
        const Result<MappingStore::Entry> saved = store.save(
            id, m_destination, sbtest::mapping(QStringLiteral("A"), QStringLiteral("smrt"), {event}), {});
        return saved ? saved.value().id : 0;
    }

    ManualClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_destination = 0;
};

QTEST_GUILESS_MAIN(TestMappingStore)
#include "tst_mappingstore.moc"
