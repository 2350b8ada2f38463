// StatementCache: the writer's hot statements through SQLite's C API, on a real workspace file.
#include <QTemporaryDir>
#include <QTest>

#include "store/sql.h"
#include "store/statementcache.h"
#include "store/workspace.h"
#include "store/writer.h"

using namespace sb;

class TestStatementCache : public QObject {
    Q_OBJECT
private slots:
    void bindsAndReadsEveryType() {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        const WriteResult result = ws.value()->writer()->run([](WriteContext &c) {
            StatementCache &sql = *c.sqlite;
            sql.exec(c.db, "CREATE TEMP TABLE t(i INTEGER, s TEXT, b TEXT, n TEXT)");
            const QString text = QStringLiteral("Zoë ☕ \"quoted\"");
            sql.exec(c.db, "INSERT INTO t VALUES (?, ?, ?, ?)", qint64(1) << 40, text, QByteArray("utf8 ✓"),
                     sqlNull);
            sql.exec(c.db, "INSERT INTO t VALUES (?, ?, ?, ?)", 7, QString(""), QByteArray(), QString());
            Statement &q = sql.query(c.db, "SELECT i, s, b, n FROM t ORDER BY i DESC");
            QStringList rows;
            while (q.next())
                rows << QStringLiteral("%1|%2|%3|%4|%5")
                            .arg(q.int64(0))
                            .arg(q.text(1), QString::fromUtf8(q.utf8(2)))
                            .arg(q.isNull(2) ? "null" : "set", q.isNull(3) ? "null" : "set");
            return QVariant(rows);
        });
        QVERIFY2(result.ok, qPrintable(result.error));
        // An empty QString is '' and a null one NULL, as QtSql binds them.
        QCOMPARE(result.value.toStringList(),
                 (QStringList{QStringLiteral("1099511627776|Zoë ☕ \"quoted\"|utf8 ✓|set|null"),
                              QStringLiteral("7|||null|null")}));
    }

    void reusesAStatementWithFreshBinds() {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        const WriteResult result = ws.value()->writer()->run([](WriteContext &c) {
            StatementCache &sql = *c.sqlite;
            sql.exec(c.db, "CREATE TEMP TABLE t(k TEXT PRIMARY KEY, v INTEGER)");
            for (int i = 0; i < 5; ++i)
                sql.exec(c.db, "INSERT INTO t VALUES (?, ?)", QStringLiteral("k%1").arg(i), i * 10);
            bool found = false;
            const qint64 three =
                sql.scalarInt(c.db, "SELECT v FROM t WHERE k = ?", &found, QStringLiteral("k3"));
            bool missingFound = true;
            sql.scalarInt(c.db, "SELECT v FROM t WHERE k = ?", &missingFound, QStringLiteral("nope"));
            Statement &insert = sql.prepare(c.db, "INSERT INTO t VALUES (?, ?)");
            insert.bind(1, QStringLiteral("k9")).bind(2, 90);
            insert.run();
            return QVariantList{three, found, missingFound, insert.changes(), insert.lastInsertId() > 0};
        });
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.value.toList(), (QVariantList{qint64(30), true, false, 1, true}));
    }

    void aFailingStatementNamesItselfAndRollsBackOnlyItsJob() {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        Writer *writer = ws.value()->writer();
        QVERIFY(writer
                    ->run([](WriteContext &c) {
                        c.sqlite->exec(c.db, "INSERT INTO settings(key, value) VALUES ('kept', 'v')");
                        return QVariant();
                    })
                    .ok);
        const WriteResult failed = writer->run([](WriteContext &c) {
            c.sqlite->exec(c.db, "INSERT INTO settings(key, value) VALUES ('lost', 'v')");
            // A read left open halfway, then a constraint failure: the job still rolls back cleanly.
            Statement &open = c.sqlite->query(c.db, "SELECT key FROM settings");
            open.next();
            c.sqlite->exec(c.db, "INSERT INTO settings(key, value) VALUES ('kept', 'again')");
            return QVariant();
        });
        QVERIFY(!failed.ok);
        QVERIFY2(failed.error.contains(QStringLiteral("UNIQUE constraint failed")), qPrintable(failed.error));
        QVERIFY2(failed.error.contains(QStringLiteral("INSERT INTO settings")), qPrintable(failed.error));
        const QVariant keys = sql::scalar(ws.value()->reader(),
                                          QStringLiteral("SELECT group_concat(key) FROM settings WHERE key "
                                                         "IN ('kept', 'lost')"));
        QCOMPARE(keys.toString(), QStringLiteral("kept"));
        // The cache still works after the failure.
        QVERIFY(writer
                    ->run([](WriteContext &c) {
                        c.sqlite->exec(c.db, "INSERT INTO settings(key, value) VALUES ('later', 'v')");
                        return QVariant();
                    })
                    .ok);
    }
};

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_statementcache.moc"
