#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <memory>
#include <unordered_map>

namespace sb {

// Prepared statements of the writer connection, prepared once and reused for every event: ingest runs
// the same few statements many thousand times a second. Use only on the writer thread; clear() there too.
class PreparedStatements {
public:
    // Executes a cached statement; throws sql::Error naming the statement on failure.
    QSqlQuery &exec(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});
    // First column of the first row, or an invalid QVariant.
    QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});
    void clear();

private:
    QString m_connection;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

} // namespace sb
