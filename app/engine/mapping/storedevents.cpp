#include "storedevents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include "core/jsonutil.h"
#include "store/sql.h"

namespace sb {

namespace {

QJsonValue decodeTrait(const QString &text) {
    // Traits are stored as compact JSON of the value; anything else is taken as text.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]");
    if (doc.isArray() && doc.array().size() == 1)
        return doc.array().at(0);
    return text;
}

} // namespace

Profile StoredEvents::loadProfile(const QSqlDatabase &reader, qint64 profileId) {
    Profile p;
    if (profileId <= 0)
        return p;
    QSqlQuery q = sql::exec(
        reader,
        QStringLiteral("SELECT id, email, phone, user_id, display_name, flags, created_at, updated_at "
                       "FROM profiles WHERE id = ?"),
        {profileId});
    if (!q.next())
        return p;
    p.id = q.value(0).toLongLong();
    p.email = q.value(1).toString();
    p.phone = q.value(2).toString();
    p.userId = q.value(3).toString();
    p.displayName = q.value(4).toString();
    p.flags = q.value(5).toInt();
    p.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    p.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    QSqlQuery traits = sql::exec(reader,
                                 QStringLiteral("SELECT name, value FROM profile_traits WHERE profile_id = ? "
                                                "ORDER BY updated_at, source_id"),
                                 {profileId});
    while (traits.next())
        p.traits.insert(traits.value(0).toString(), decodeTrait(traits.value(1).toString()));
    QSqlQuery identities = sql::exec(
        reader, QStringLiteral("SELECT kind, value FROM identities WHERE profile_id = ?"), {profileId});
    while (identities.next())
        p.identities.append({identities.value(0).toString(), identities.value(1).toString()});
    return p;
}

Result<StoredEvents::Loaded> StoredEvents::load(const QSqlDatabase &reader, qint64 eventId) {
    try {
        QSqlQuery q = sql::exec(
            reader,
            QStringLiteral("SELECT e.id, e.message_id, e.source_id, s.kind, e.type, e.name, e.profile_id, "
                           "e.occurred_at, e.received_at, e.payload FROM events e "
                           "JOIN sources s ON s.id = e.source_id WHERE e.id = ?"),
            {eventId});
        if (!q.next())
            return Result<Loaded>::failure(QStringLiteral("no event with id %1").arg(eventId));
        Loaded l;
        Event &e = l.event;
        e.id = q.value(0).toLongLong();
        e.messageId = q.value(1).toString();
        e.sourceId = q.value(2).toLongLong();
        e.sourceKind = q.value(3).toString();
        e.type = q.value(4).toString();
        e.name = q.value(5).toString();
        e.profileId = q.value(6).toLongLong();
        e.occurredAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
        e.receivedAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
        QString error;
        if (!json::parseObject(q.value(9).toByteArray(), &e.payload, &error))
            return Result<Loaded>::failure(
                QStringLiteral("event %1 has a damaged payload: %2").arg(eventId).arg(error));
        l.profile = loadProfile(reader, e.profileId);
        return l;
    } catch (const sql::Error &error) {
        return Result<Loaded>::failure(error.message());
    }
}

} // namespace sb
