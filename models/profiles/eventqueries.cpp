#include "eventqueries.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include "store/sql.h"

namespace sb {

namespace {

const char *const kStreamSelect =
    "SELECT e.id, e.received_at, e.occurred_at, e.source_id, coalesce(e.profile_id, 0), "
    "coalesce(s.name, ''), e.type, coalesce(e.name, ''), e.message_id "
    "FROM events e LEFT JOIN sources s ON s.id = e.source_id ";

StreamEvent readEvent(const QSqlQuery &q) {
    StreamEvent e;
    e.id = q.value(0).toLongLong();
    e.receivedAt = q.value(1).toLongLong();
    e.occurredAt = q.value(2).toLongLong();
    e.sourceId = q.value(3).toLongLong();
    e.profileId = q.value(4).toLongLong();
    e.source = q.value(5).toString();
    e.type = q.value(6).toString();
    e.name = q.value(7).toString();
    e.messageId = q.value(8).toString();
    return e;
}

QList<StreamEvent> readAll(QSqlQuery &q) {
    QList<StreamEvent> rows;
    while (q.next())
        rows.append(readEvent(q));
    return rows;
}

} // namespace

QList<StreamEvent> EventQueries::latest(const QSqlDatabase &db, int limit) {
    QSqlQuery q =
        sql::exec(db, QLatin1String(kStreamSelect) + QStringLiteral("ORDER BY e.id DESC LIMIT ?"), {limit});
    return readAll(q);
}

QList<StreamEvent> EventQueries::after(const QSqlDatabase &db, qint64 lastId, int limit) {
    QSqlQuery q =
        sql::exec(db, QLatin1String(kStreamSelect) + QStringLiteral("WHERE e.id > ? ORDER BY e.id LIMIT ?"),
                  {lastId, limit});
    return readAll(q);
}

EventDetail EventQueries::detail(const QSqlDatabase &db, qint64 eventId) {
    EventDetail detail;
    QSqlQuery e = sql::exec(db, QLatin1String(kStreamSelect) + QStringLiteral("WHERE e.id = ?"), {eventId});
    if (!e.next())
        return detail;
    detail.found = true;
    detail.event = readEvent(e);
    const QString payload =
        sql::scalar(db, QStringLiteral("SELECT payload FROM events WHERE id = ?"), {eventId}).toString();
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8());
    detail.payload = doc.isNull() ? payload : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));

    QSqlQuery d =
        sql::exec(db,
                  QStringLiteral("SELECT d.id, coalesce(dest.name, ''), coalesce(m.name, ''), d.status, "
                                 "d.attempts, coalesce(d.last_error, '') FROM deliveries d "
                                 "LEFT JOIN destinations dest ON dest.id = d.destination_id "
                                 "LEFT JOIN mappings m ON m.id = d.mapping_id "
                                 "WHERE d.event_id = ? ORDER BY d.id"),
                  {eventId});
    while (d.next())
        detail.deliveries.append({d.value(0).toLongLong(), d.value(1).toString(), d.value(2).toString(),
                                  d.value(3).toString(), d.value(4).toInt(), d.value(5).toString()});

    QSqlQuery o = sql::exec(db,
                            QStringLiteral("SELECT coalesce(dest.name, ''), coalesce(m.name, ''), o.outcome, "
                                           "coalesce(o.detail, ''), o.recorded_at FROM event_outcomes o "
                                           "LEFT JOIN destinations dest ON dest.id = o.destination_id "
                                           "LEFT JOIN mappings m ON m.id = o.mapping_id "
                                           "WHERE o.event_id = ? ORDER BY o.rowid"),
                            {eventId});
    while (o.next())
        detail.outcomes.append({o.value(0).toString(), o.value(1).toString(), o.value(2).toString(),
                                o.value(3).toString(), o.value(4).toLongLong()});
    return detail;
}

QList<QPair<qint64, QString>> EventQueries::sources(const QSqlDatabase &db) {
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id, name FROM sources ORDER BY name"));
    QList<QPair<qint64, QString>> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString()});
    return rows;
}

} // namespace sb
