// Every migration step, from every older version, keeps existing data; a failed step changes nothing.
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include "store/database.h"
#include "store/migrations.h"
#include "store/sql.h"
#include "store/workspace.h"

using namespace sb;

class TestMigrations : public QObject {
    Q_OBJECT

    // A database migrated by hand to 'version', holding one source row.
    static void makeDatabaseAt(const QString &path, int version) {
        const QString name = QStringLiteral("make-%1").arg(version);
        {
            auto db = Database::open(path, name, Database::Access::ReadWrite);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            const Status migrated = Migrations::migrate(db.value(), version);
            QVERIFY2(migrated.ok(), qPrintable(migrated.error));
            sql::exec(db.value(), QStringLiteral("INSERT INTO sources(name, kind, write_key, created_at) "
                                                 "VALUES ('pos', 'smrt', 'wk_1234567890', 1)"));
        }
        Database::close(name);
    }

private slots:
    void versionsAreConsecutive() {
        int expected = 1;
        for (const Migration &step : Migrations::all())
            QCOMPARE(step.version, expected++);
        QCOMPARE(Migrations::latestVersion(), int(Migrations::all().size()));
    }

    void upgradesFromEveryOlderVersion_data() {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Migrations::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void upgradesFromEveryOlderVersion() {
        QFETCH(int, from);
        QTemporaryDir dir;
        makeDatabaseAt(dir.filePath(QStringLiteral("switchboard.db")), from);
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::MustExist);
        QVERIFY2(ws.ok(), qPrintable(ws.error()));
        QSqlDatabase db = ws.value()->reader();
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT version FROM schema_version")).toInt(),
                 Migrations::latestVersion());
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), 1);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT write_key FROM sources WHERE name='pos'")).toString(),
                 QStringLiteral("wk_1234567890"));
        // Tables of the later steps exist, and the indexes v6 dropped are gone.
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                                "('event_outcomes', 'metrics_buckets', 'inbox', "
                                                "'delivery_exchanges')"))
                     .toInt(),
                 4);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                                "('deliveries_status_time', 'deliveries_profile_time')"))
                     .toInt(),
                 0);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT group_concat(name) FROM pragma_index_info("
                                                "'deliveries_profile')"))
                     .toString(),
                 QStringLiteral("profile_id,id"));
    }

    void freshDatabaseEqualsUpgradedDatabase() {
        QTemporaryDir fresh, upgraded;
        auto a = Workspace::open(fresh.path(), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(a.ok());
        makeDatabaseAt(upgraded.filePath(QStringLiteral("switchboard.db")), 1);
        auto b = Workspace::open(upgraded.path(), Workspace::OpenMode::MustExist);
        QVERIFY(b.ok());
        const QString schemaQuery =
            QStringLiteral("SELECT group_concat(name || ':' || sql, '\n') FROM "
                           "(SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name)");
        QCOMPARE(sql::scalar(b.value()->reader(), schemaQuery).toString(),
                 sql::scalar(a.value()->reader(), schemaQuery).toString());
    }

    void failedStepLeavesVersionUnchanged() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("switchboard.db"));
        makeDatabaseAt(path, 1);
        {
            auto db = Database::open(path, QStringLiteral("sabotage"), Database::Access::ReadWrite);
            QVERIFY(db.ok());
            // A table in the way of step 2 makes that step fail half-way.
            sql::exec(db.value(), QStringLiteral("CREATE TABLE metrics_buckets(x INTEGER)"));
        }
        Database::close(QStringLiteral("sabotage"));
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::MustExist);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().contains(QStringLiteral("migration to version 2 failed")),
                 qPrintable(ws.error()));
        {
            auto db = Database::open(path, QStringLiteral("inspect"), Database::Access::ReadOnly);
            QVERIFY(db.ok());
            QCOMPARE(sql::scalar(db.value(), QStringLiteral("SELECT version FROM schema_version")).toInt(),
                     1);
            // The step's first table was rolled back with it.
            QCOMPARE(
                sql::scalar(db.value(),
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name='event_outcomes'"))
                    .toInt(),
                0);
        }
        Database::close(QStringLiteral("inspect"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
