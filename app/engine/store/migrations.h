#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/result.h"

namespace sb {

// The workspace schema, as a list of numbered steps. A step is applied in its own transaction and
// bumps schema_version; a database newer than the last step is refused and never touched.
struct Migration {
    int version;
    const char *description;
    QString sql;
};

class Migrations {
public:
    static const QList<Migration> &all();
    static int latestVersion();

    // Reads schema_version (0 for an empty database).
    static Result<int> currentVersion(const QSqlDatabase &db);
    // Brings the database up to targetVersion (default: latest). Refuses a newer database.
    static Status migrate(const QSqlDatabase &db, int targetVersion = -1);
};

} // namespace sb
