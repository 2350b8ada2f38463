#include "deliveryloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include "store/sql.h"

namespace sb {

namespace {

// Forward-only: rows are read once, so the driver keeps no copy of them.
QSqlQuery select(const QSqlDatabase &reader, const QString &statement, const QString &ids) {
    QSqlQuery query(reader);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        throw sql::Error(QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), statement.left(160)));
    query.addBindValue(ids);
    if (!query.exec())
        throw sql::Error(QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), statement.left(160)));
    return query;
}

QDateTime fromMs(const QVariant &v) {
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// Trait values are stored as JSON text; plain text that is not JSON is kept as a string.
QJsonValue traitValue(const QByteArray &text) {
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text + QByteArray("]"));
    if (doc.isArray() && doc.array().size() == 1)
        return doc.array().at(0);
    return QString::fromUtf8(text);
}

} // namespace

QHash<qint64, Event> DeliveryLoader::loadEvents(const QSqlDatabase &reader, const QList<qint64> &eventIds) {
    QHash<qint64, Event> out;
    if (eventIds.isEmpty())
        return out;
    out.reserve(eventIds.size());
    // The payload as bytes (CAST ... AS BLOB): the JSON parser wants UTF-8, so no detour through UTF-16.
    QSqlQuery q =
        select(reader,
               QStringLiteral("SELECT e.id, e.message_id, e.source_id, coalesce(s.kind, ''), e.type, "
                              "coalesce(e.name, ''), coalesce(e.profile_id, 0), e.occurred_at, "
                              "e.received_at, CAST(e.payload AS BLOB) FROM events e LEFT JOIN sources "
                              "s ON s.id = e.source_id WHERE e.id IN (SELECT value FROM json_each(?))"),
               sql::idList(eventIds));
    while (q.next()) {
        Event e;
        e.id = q.value(0).toLongLong();
        e.messageId = q.value(1).toString();
        e.sourceId = q.value(2).toLongLong();
        e.sourceKind = q.value(3).toString();
        e.type = q.value(4).toString();
        e.name = q.value(5).toString();
        e.profileId = q.value(6).toLongLong();
        e.occurredAt = fromMs(q.value(7));
        e.receivedAt = fromMs(q.value(8));
        e.payload = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
        out.insert(e.id, e);
    }
    return out;
}

QHash<qint64, Profile> DeliveryLoader::loadProfiles(const QSqlDatabase &reader,
                                                    const QList<qint64> &profileIds) {
    QHash<qint64, Profile> out;
    if (profileIds.isEmpty())
        return out;
    out.reserve(profileIds.size());
    const QString ids = sql::idList(profileIds);
    QSqlQuery q =
        select(reader,
               QStringLiteral("SELECT id, coalesce(email, ''), coalesce(phone, ''), "
                              "coalesce(user_id, ''), coalesce(display_name, ''), flags, created_at, "
                              "updated_at FROM profiles WHERE id IN (SELECT value FROM json_each(?))"),
               ids);
    while (q.next()) {
        Profile p;
        p.id = q.value(0).toLongLong();
        p.email = q.value(1).toString();
        p.phone = q.value(2).toString();
        p.userId = q.value(3).toString();
        p.displayName = q.value(4).toString();
        p.flags = q.value(5).toInt();
        p.createdAt = fromMs(q.value(6));
        p.updatedAt = fromMs(q.value(7));
        out.insert(p.id, p);
    }
    QSqlQuery traits =
        select(reader,
               QStringLiteral("SELECT profile_id, name, CAST(value AS BLOB) FROM profile_traits "
                              "WHERE profile_id IN (SELECT value FROM json_each(?)) ORDER BY "
                              "updated_at, source_id"),
               ids);
    while (traits.next()) {
        auto it = out.find(traits.value(0).toLongLong());
        if (it != out.end())
            it->traits.insert(traits.value(1).toString(), traitValue(traits.value(2).toByteArray()));
    }
    return out;
}

} // namespace sb
