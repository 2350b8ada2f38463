#include "storestatus.h"

#include <QSqlQuery>

#include "migrations.h"
#include "sql.h"

namespace sb {

Result<QJsonObject> StoreStatus::read(const QSqlDatabase &db) {
    try {
        QJsonObject counts;
        QSqlQuery tables = sql::exec(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' "
                                                        "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &name : std::as_const(names)) {
            if (name == QLatin1String("schema_version"))
                continue;
            counts.insert(
                name, sql::scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name)).toLongLong());
        }
        const Result<int> version = Migrations::currentVersion(db);
        if (!version)
            return Result<QJsonObject>::failure(version.error());
        return QJsonObject{{QStringLiteral("schemaVersion"), version.value()},
                           {QStringLiteral("latestSchemaVersion"), Migrations::latestVersion()},
                           {QStringLiteral("tables"), counts}};
    } catch (const sql::Error &e) {
        return Result<QJsonObject>::failure(e.message());
    }
}

} // namespace sb
