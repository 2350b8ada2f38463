#include "preparedstatements.h"

#include <QSqlError>

#include "store/sql.h"

namespace sb {

QSqlQuery &PreparedStatements::exec(const QSqlDatabase &db, const QString &statement,
                                    const QVariantList &binds) {
    if (db.connectionName() != m_connection) {
        m_queries.clear();
        m_connection = db.connectionName();
    }
    auto it = m_queries.find(statement);
    if (it == m_queries.end()) {
        auto query = std::make_unique<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(statement))
            throw sql::Error(QStringLiteral("SQL error: %1 (in: %2)")
                                 .arg(query->lastError().text(), statement.simplified().left(160)));
        it = m_queries.emplace(statement, std::move(query)).first;
    }
    QSqlQuery &query = *it->second;
    query.finish();
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(int(i), binds.at(i));
    if (!query.exec())
        throw sql::Error(QStringLiteral("SQL error: %1 (in: %2)")
                             .arg(query.lastError().text(), statement.simplified().left(160)));
    return query;
}

QVariant PreparedStatements::scalar(const QSqlDatabase &db, const QString &statement,
                                    const QVariantList &binds) {
    QSqlQuery &query = exec(db, statement, binds);
    QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}

void PreparedStatements::clear() {
    m_queries.clear();
    m_connection.clear();
}

} // namespace sb
