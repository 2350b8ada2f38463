#include "database.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <mutex>
#include <sqlite3.h>

#include "migrations.h"
#include "sql.h"

namespace sb {

Status Database::checkFileHeader(const QString &path) {
    QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return Status::success();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        return Status::failure(
            QStringLiteral("%1 is not a Switchboard database (not an SQLite file); it was left untouched")
                .arg(path));
    return Status::success();
}

namespace {
// Paths this process already checked and opened through SQLite. Reading the file with QFile again
// while SQLite holds locks on it would drop those locks when QFile closes (POSIX fcntl semantics):
// another process could then delete the WAL and -shm under our feet and our connections would
// read stale pages or write to an unlinked WAL. So the raw header check runs once per path.
QSet<QString> &checkedPaths() {
    static QSet<QString> paths;
    return paths;
}
QMutex &checkedPathsMutex() {
    static QMutex mutex;
    return mutex;
}
// SQLite keeps memory statistics behind one process-wide mutex that every allocation takes: the
// writer, the delivery workers' readers and the console's queries then queue on it (measured: the
// writer's largest wait in bench_delivery). Nothing here reads those statistics. Must run before
// SQLite initialises, so before the first connection opens.
void configureSqliteOnce() {
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}
} // namespace

Result<QSqlDatabase> Database::open(const QString &path, const QString &connectionName, Access access) {
    configureSqliteOnce();
    const QString canonical = QFileInfo(path).absoluteFilePath();
    bool checked = false;
    {
        QMutexLocker lock(&checkedPathsMutex());
        checked = checkedPaths().contains(canonical);
    }
    if (!checked) {
        if (const Status header = checkFileHeader(path); !header)
            return Result<QSqlDatabase>::failure(header.error);
    }

    const bool existed = QFileInfo(path).exists() && QFileInfo(path).size() > 0;
    if (!existed && access == Access::ReadOnly)
        return Result<QSqlDatabase>::failure(QStringLiteral("no workspace database at %1").arg(path));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Result<QSqlDatabase>::failure(QStringLiteral("cannot open %1: %2").arg(path, error));
    }

    auto fail = [&](const QString &message) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Result<QSqlDatabase>::failure(message);
    };

    try {
        // Reading the header pragmas and the schema touches nothing; a corrupt file fails here.
        const int applicationId = sql::scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
        const int tableCount = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt();
        if (applicationId != kApplicationId && tableCount > 0)
            return fail(QStringLiteral("%1 is an SQLite database but not a Switchboard workspace; "
                                       "it was left untouched")
                            .arg(path));
        if (applicationId == kApplicationId) {
            const Result<int> version = Migrations::currentVersion(db);
            if (!version)
                return fail(QStringLiteral("%1 is damaged: %2").arg(path, version.error()));
            if (version.value() > Migrations::latestVersion())
                return fail(QStringLiteral("%1 was written by a newer Switchboard (schema version %2; "
                                           "this build knows up to %3); it was left untouched")
                                .arg(path)
                                .arg(version.value())
                                .arg(Migrations::latestVersion()));
        }
        sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        sql::exec(db, QStringLiteral("PRAGMA busy_timeout = 10000"));
        if (access == Access::ReadWrite) {
            if (applicationId != kApplicationId)
                sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
            const QString mode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL")).toString();
            if (mode.compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
                return fail(QStringLiteral("cannot switch %1 to WAL mode (got %2)").arg(path, mode));
            // WAL makes NORMAL durable across application crashes; only power loss may drop the last commit.
            sql::exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
            // After a burst the WAL is cut back to this size once a checkpoint has caught up.
            sql::exec(db, QStringLiteral("PRAGMA journal_size_limit = 67108864"));
        } else {
            sql::exec(db, QStringLiteral("PRAGMA query_only = 1"));
        }
        sql::exec(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
        sql::exec(db, QStringLiteral("PRAGMA cache_size = -16000"));
    } catch (const sql::Error &e) {
        return fail(
            QStringLiteral("%1 is damaged or unreadable: %2; it was left untouched").arg(path, e.message()));
    }
    {
        QMutexLocker lock(&checkedPathsMutex());
        checkedPaths().insert(canonical);
    }
    return db;
}

void Database::close(const QString &connectionName) {
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QStringList Database::foreignKeyViolations(const QSqlDatabase &db) {
    QStringList out;
    QSqlQuery q = sql::exec(db, QStringLiteral("PRAGMA foreign_key_check"));
    while (q.next())
        out << QStringLiteral("%1 row %2 -> %3")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return out;
}

} // namespace sb
