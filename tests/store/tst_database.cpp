// Opening, creating and reopening workspaces; refusing files that are not ours, damaged or newer.
#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "store/database.h"
#include "store/migrations.h"
#include "store/sql.h"
#include "store/workspace.h"
#include "store/writer.h"

using namespace sb;

namespace {
QByteArray fileDigest(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestDatabase : public QObject {
    Q_OBJECT
private slots:
    void createsWorkspaceWithPragmas() {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path() + QStringLiteral("/ws"), Workspace::OpenMode::CreateIfMissing);
        QVERIFY2(ws.ok(), qPrintable(ws.error()));
        QVERIFY(QFile::exists(dir.path() + QStringLiteral("/ws/switchboard.db")));
        QSqlDatabase db = ws.value()->reader();
        QVERIFY(db.isOpen());
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), Database::kApplicationId);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT version FROM schema_version")).toInt(),
                 Migrations::latestVersion());
    }

    void reopenKeepsData() {
        QTemporaryDir dir;
        {
            auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
            QVERIFY(ws.ok());
            const WriteResult r = ws.value()->writer()->run([](WriteContext &c) {
                sql::exec(c.db,
                          QStringLiteral("INSERT INTO settings(key, value) VALUES ('greeting', 'hello')"));
                return QVariant();
            });
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        auto again = Workspace::open(dir.path(), Workspace::OpenMode::MustExist);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(sql::scalar(again.value()->reader(),
                             QStringLiteral("SELECT value FROM settings WHERE key='greeting'"))
                     .toString(),
                 QStringLiteral("hello"));
    }

    void mustExistNamesTheMissingWorkspace() {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path() + QStringLiteral("/nowhere"), Workspace::OpenMode::MustExist);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().contains(QStringLiteral("no Switchboard workspace")), qPrintable(ws.error()));
        QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/nowhere")));
    }

    void refusesFileThatIsNotSqlite() {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/switchboard.db");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,email\nAda,ada@example.com\n");
        file.close();
        const QByteArray before = fileDigest(path);
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::MustExist);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().contains(QStringLiteral("not an SQLite file")), qPrintable(ws.error()));
        QCOMPARE(fileDigest(path), before);
    }

    void refusesForeignSqliteDatabase() {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/switchboard.db");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = fileDigest(path);
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::MustExist);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().contains(QStringLiteral("not a Switchboard workspace")), qPrintable(ws.error()));
        QCOMPARE(fileDigest(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesCorruptDatabase() {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/switchboard.db");
        {
            auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
            QVERIFY(ws.ok());
        }
        // Keep the SQLite header, destroy the schema pages behind it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray content = file.readAll();
        QVERIFY(content.size() > 4096);
        for (qsizetype i = 100; i < content.size(); ++i)
            content[i] = char(0xA5 ^ (i & 0xff));
        file.seek(0);
        file.write(content);
        file.close();
        const QByteArray before = fileDigest(path);
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::MustExist);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().contains(QStringLiteral("damaged"))
                     || ws.error().contains(QStringLiteral("malformed"))
                     || ws.error().contains(QStringLiteral("not a database")),
                 qPrintable(ws.error()));
        QCOMPARE(fileDigest(path), before);
    }

    void refusesNewerSchema() {
        QTemporaryDir dir;
        {
            auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
            QVERIFY(ws.ok());
            const WriteResult r = ws.value()->writer()->run([](WriteContext &c) {
                sql::exec(c.db, QStringLiteral("UPDATE schema_version SET version = 999"));
                return QVariant();
            });
            QVERIFY(r.ok);
        }
        const QString path = dir.path() + QStringLiteral("/switchboard.db");
        const QByteArray before = fileDigest(path);
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::MustExist);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().contains(QStringLiteral("newer Switchboard")), qPrintable(ws.error()));
        QVERIFY2(ws.error().contains(QStringLiteral("999")), qPrintable(ws.error()));
        QCOMPARE(fileDigest(path), before);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
