#include "storedevents.h"

#include <string>

#include "core/jsonutil.h"
#include "identity/profilestore.h"
#include "store/sql.h"
#include "store/statementcache.h"

namespace sb {

Profile StoredEvents::loadProfile(const QSqlDatabase &reader, qint64 profileId) {
    Profile p;
    if (profileId <= 0)
        return p;
    static const std::string profile =
        std::string("SELECT ") + kProfileColumns + " FROM profiles WHERE id = ?";
    StatementCache sqlite; // this call's statements, on the caller's reader
    Statement &q = sqlite.query(reader, profile.c_str(), profileId);
    if (!q.next())
        return p;
    p = ProfileStore::fromRow(q);
    q.reset();
    Statement &traits = sqlite.query(
        reader,
        "SELECT name, CAST(value AS BLOB) FROM profile_traits WHERE profile_id = ? ORDER BY updated_at, "
        "source_id",
        profileId);
    while (traits.next())
        p.traits.insert(traits.text(0), json::valueFromText(traits.utf8(1)));
    Statement &identities =
        sqlite.query(reader, "SELECT kind, value FROM identities WHERE profile_id = ?", profileId);
    while (identities.next())
        p.identities.append({identities.text(0), identities.text(1)});
    return p;
}

const char *const StoredEvents::kEventColumns =
    "e.id, e.message_id, e.source_id, coalesce(s.kind, ''), e.type, coalesce(e.name, ''), "
    "coalesce(e.profile_id, 0), e.occurred_at, e.received_at, CAST(e.payload AS BLOB)";

const char *const StoredEvents::kProfileColumns =
    "id, coalesce(email, ''), coalesce(phone, ''), coalesce(user_id, ''), coalesce(display_name, ''), flags, "
    "created_at, updated_at";

Event StoredEvents::readEvent(const Statement &row) {
    Event e;
    e.id = row.int64(0);
    e.messageId = row.text(1);
    e.sourceId = row.int64(2);
    e.sourceKind = row.text(3);
    e.type = row.text(4);
    e.name = row.text(5);
    e.profileId = row.int64(6);
    e.occurredAt = QDateTime::fromMSecsSinceEpoch(row.int64(7), Qt::UTC);
    e.receivedAt = QDateTime::fromMSecsSinceEpoch(row.int64(8), Qt::UTC);
    return e;
}

Result<StoredEvents::Loaded> StoredEvents::load(const QSqlDatabase &reader, qint64 eventId) {
    try {
        static const std::string event =
            std::string("SELECT ") + kEventColumns
            + " FROM events e LEFT JOIN sources s ON s.id = e.source_id WHERE e.id = ?";
        StatementCache sqlite;
        Statement &q = sqlite.query(reader, event.c_str(), eventId);
        if (!q.next())
            return Result<Loaded>::failure(QStringLiteral("no event with id %1").arg(eventId));
        Loaded l;
        Event &e = l.event;
        e = readEvent(q);
        QString error;
        const bool parsed = json::parseObject(q.utf8(kPayloadColumn), &e.payload, &error);
        q.reset();
        if (!parsed)
            return Result<Loaded>::failure(
                QStringLiteral("event %1 has a damaged payload: %2").arg(eventId).arg(error));
        l.profile = loadProfile(reader, e.profileId);
        return l;
    } catch (const sql::Error &error) {
        return Result<Loaded>::failure(error.message());
    }
}

} // namespace sb
