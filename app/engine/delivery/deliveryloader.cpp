#include "deliveryloader.h"

#include <QJsonDocument>
#include <string>

#include "core/jsonutil.h"
#include "identity/profilestore.h"
#include "mapping/storedevents.h"
#include "store/sql.h"
#include "store/statementcache.h"

namespace sb {

// Each call prepares its statements on the calling thread's reader and runs them through SQLite's C
// API: QSqlQuery turned every column of every row into a QVariant and re-parsed the SQL per call, a
// tenth of the thread pool's time while deliveries render. (A call reads a chunk of 128 deliveries, so
// preparing per call costs little; the statements end with the call, before any connection closes.)

QHash<qint64, Event> DeliveryLoader::loadEvents(const QSqlDatabase &reader, const QList<qint64> &eventIds) {
    QHash<qint64, Event> out;
    if (eventIds.isEmpty())
        return out;
    out.reserve(eventIds.size());
    static const std::string statement = std::string("SELECT ") + StoredEvents::kEventColumns
                                         + " FROM events e LEFT JOIN sources s ON s.id = e.source_id "
                                           "WHERE e.id IN (SELECT value FROM json_each(?))";
    StatementCache sqlite;
    Statement &q = sqlite.query(reader, statement.c_str(), sql::idList(eventIds));
    while (q.next()) {
        Event e = StoredEvents::readEvent(q);
        // The payload as bytes: the JSON parser wants UTF-8, so no detour through UTF-16.
        e.payload = QJsonDocument::fromJson(q.utf8(StoredEvents::kPayloadColumn)).object();
        out.insert(e.id, e);
    }
    return out;
}

Profile DeliveryLoader::loadProfile(StatementCache &statements, const QSqlDatabase &reader,
                                    qint64 profileId) {
    static const std::string profile =
        std::string("SELECT ") + StoredEvents::kProfileColumns + " FROM profiles WHERE id = ?";
    Statement &q = statements.query(reader, profile.c_str(), profileId);
    if (!q.next())
        return Profile();
    Profile p = ProfileStore::fromRow(q);
    q.reset();
    // Traits oldest first, so the newest value of a name wins.
    Statement &t = statements.query(reader,
                                    "SELECT name, CAST(value AS BLOB) FROM profile_traits WHERE "
                                    "profile_id = ? ORDER BY updated_at, source_id",
                                    profileId);
    while (t.next())
        p.traits.insert(t.text(0), json::valueFromText(t.utf8(1)));
    return p;
}

} // namespace sb
