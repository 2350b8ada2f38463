#include "storedevents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include "core/jsonutil.h"
#include "store/sql.h"

namespace sb {

namespace {} // namespace

Profile StoredEvents::loadProfile(const QSqlDatabase &reader, qint64 profileId) {
    Profile p;
    if (profileId <= 0)
        return p;
    QSqlQuery q = sql::exec(reader,
                            QStringLiteral("SELECT ") + QLatin1String(kProfileColumns)
                                + QStringLiteral(" FROM profiles WHERE id = ?"),
                            {profileId});
    if (!q.next())
        return p;
    p = readProfile(q);
    QSqlQuery traits = sql::exec(reader,
                                 QStringLiteral("SELECT name, value FROM profile_traits WHERE profile_id = ? "
                                                "ORDER BY updated_at, source_id"),
                                 {profileId});
    while (traits.next())
        p.traits.insert(traits.value(0).toString(), json::valueFromText(traits.value(1).toByteArray()));
    QSqlQuery identities = sql::exec(
        reader, QStringLiteral("SELECT kind, value FROM identities WHERE profile_id = ?"), {profileId});
    while (identities.next())
        p.identities.append({identities.value(0).toString(), identities.value(1).toString()});
    return p;
}

const char *const StoredEvents::kEventColumns =
    "e.id, e.message_id, e.source_id, coalesce(s.kind, ''), e.type, coalesce(e.name, ''), "
    "coalesce(e.profile_id, 0), e.occurred_at, e.received_at, CAST(e.payload AS BLOB)";

const char *const StoredEvents::kProfileColumns =
    "id, coalesce(email, ''), coalesce(phone, ''), coalesce(user_id, ''), coalesce(display_name, ''), flags, "
    "created_at, updated_at";

Profile StoredEvents::readProfile(const QSqlQuery &row) {
    Profile p;
    p.id = row.value(0).toLongLong();
    p.email = row.value(1).toString();
    p.phone = row.value(2).toString();
    p.userId = row.value(3).toString();
    p.displayName = row.value(4).toString();
    p.flags = row.value(5).toInt();
    p.createdAt = QDateTime::fromMSecsSinceEpoch(row.value(6).toLongLong(), Qt::UTC);
    p.updatedAt = QDateTime::fromMSecsSinceEpoch(row.value(7).toLongLong(), Qt::UTC);
    return p;
}

Event StoredEvents::readEvent(const QSqlQuery &row) {
    Event e;
    e.id = row.value(0).toLongLong();
    e.messageId = row.value(1).toString();
    e.sourceId = row.value(2).toLongLong();
    e.sourceKind = row.value(3).toString();
    e.type = row.value(4).toString();
    e.name = row.value(5).toString();
    e.profileId = row.value(6).toLongLong();
    e.occurredAt = QDateTime::fromMSecsSinceEpoch(row.value(7).toLongLong(), Qt::UTC);
    e.receivedAt = QDateTime::fromMSecsSinceEpoch(row.value(8).toLongLong(), Qt::UTC);
    return e;
}

Result<StoredEvents::Loaded> StoredEvents::load(const QSqlDatabase &reader, qint64 eventId) {
    try {
        QSqlQuery q = sql::exec(reader,
                                QStringLiteral("SELECT ") + QLatin1String(kEventColumns)
                                    + QStringLiteral(" FROM events e LEFT JOIN sources s ON s.id = "
                                                     "e.source_id WHERE e.id = ?"),
                                {eventId});
        if (!q.next())
            return Result<Loaded>::failure(QStringLiteral("no event with id %1").arg(eventId));
        Loaded l;
        Event &e = l.event;
        e = readEvent(q);
        QString error;
        if (!json::parseObject(q.value(kPayloadColumn).toByteArray(), &e.payload, &error))
            return Result<Loaded>::failure(
                QStringLiteral("event %1 has a damaged payload: %2").arg(eventId).arg(error));
        l.profile = loadProfile(reader, e.profileId);
        return l;
    } catch (const sql::Error &error) {
        return Result<Loaded>::failure(error.message());
    }
}

} // namespace sb
