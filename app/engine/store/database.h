#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "core/result.h"

namespace sb {

// Opens one Qt SQL connection to a workspace database with the pragmas every connection needs
// (WAL, foreign keys, busy timeout), after checking that the file is a Switchboard database.
// Nothing is written to a file that fails the checks.
class Database {
public:
    enum class Access { ReadWrite, ReadOnly };

    // 'SWBD': stamped into the SQLite header so a foreign SQLite file is recognised and refused.
    static constexpr int kApplicationId = 0x53574244;

    static Result<QSqlDatabase> open(const QString &path, const QString &connectionName, Access access);
    // Closes and unregisters a connection; the caller must hold no other copy of it.
    static void close(const QString &connectionName);

    // Header check without opening SQLite: empty / missing files pass, anything else must be SQLite.
    static Status checkFileHeader(const QString &path);

    // Rows whose references point nowhere ("deliveries row 12 -> profiles"), by the schema's foreign
    // keys; empty when the store is whole. The writer keeps the references itself rather than having
    // SQLite check them on every insert (see Writer::run); the tests check them here.
    static QStringList foreignKeyViolations(const QSqlDatabase &db);
};

} // namespace sb
