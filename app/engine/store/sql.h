#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <stdexcept>

namespace sb::sql {

// Thrown by the helpers below inside writer jobs and migrations; the writer turns it into an error
// result and rolls back only the failing job.
class Error : public std::runtime_error {
public:
    explicit Error(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// Prepares, binds positionally and executes; throws sql::Error naming the statement on failure.
QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});
// Runs a statement and returns the first column of the first row (or an invalid QVariant).
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});
// A JSON array of ids ("[1,2,3]"), bound as one value and read with json_each(): any number of rows in
// one prepared statement, no chunking under SQLite's parameter limit.
QString idList(const QList<qint64> &ids);
// Executes several ';'-separated statements (schema scripts). No binds.
void script(const QSqlDatabase &db, const QString &statements);

} // namespace sb::sql
