#include "deliveryloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include "core/jsonutil.h"
#include "mapping/storedevents.h"
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

// Trait values are stored as JSON text; plain text that is not JSON is kept as a string.
} // namespace

QHash<qint64, Event> DeliveryLoader::loadEvents(const QSqlDatabase &reader, const QList<qint64> &eventIds) {
    QHash<qint64, Event> out;
    if (eventIds.isEmpty())
        return out;
    out.reserve(eventIds.size());
    // The payload as bytes (CAST ... AS BLOB): the JSON parser wants UTF-8, so no detour through UTF-16.
    QSqlQuery q = select(reader,
                         QStringLiteral("SELECT ") + QLatin1String(StoredEvents::kEventColumns)
                             + QStringLiteral(" FROM events e LEFT JOIN sources s ON s.id = e.source_id "
                                              "WHERE e.id IN (SELECT value FROM json_each(?))"),
                         sql::idList(eventIds));
    while (q.next()) {
        Event e = StoredEvents::readEvent(q);
        e.payload = QJsonDocument::fromJson(q.value(StoredEvents::kPayloadColumn).toByteArray()).object();
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
    QSqlQuery q = select(reader,
                         QStringLiteral("SELECT ") + QLatin1String(StoredEvents::kProfileColumns)
                             + QStringLiteral(" FROM profiles WHERE id IN (SELECT value FROM json_each(?))"),
                         ids);
    while (q.next()) {
        const Profile p = StoredEvents::readProfile(q);
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
            it->traits.insert(traits.value(1).toString(), json::valueFromText(traits.value(2).toByteArray()));
    }
    return out;
}

} // namespace sb
