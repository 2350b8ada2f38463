#include "sql.h"

#include <QSqlError>

namespace sb::sql {

namespace {
QString describe(const QSqlQuery &query, const QString &statement) {
    return QStringLiteral("SQL error: %1 (in: %2)")
        .arg(query.lastError().text(), statement.simplified().left(160));
}
} // namespace

QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &binds) {
    QSqlQuery query(db);
    if (!query.prepare(statement))
        throw Error(describe(query, statement));
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        throw Error(describe(query, statement));
    return query;
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &binds) {
    QSqlQuery query = exec(db, statement, binds);
    return query.next() ? query.value(0) : QVariant();
}

void script(const QSqlDatabase &db, const QString &statements) {
    const QStringList parts = statements.split(u';', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        QSqlQuery query(db);
        if (!query.exec(part))
            throw Error(describe(query, part));
    }
}

QString idList(const QList<qint64> &ids) {
    QString text;
    text.reserve(ids.size() * 8 + 2);
    text += u'[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            text += u',';
        text += QString::number(ids.at(i));
    }
    text += u']';
    return text;
}

} // namespace sb::sql
