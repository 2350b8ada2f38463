#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include "core/model.h"

namespace sb {

// Reads what the renderer needs for claimed deliveries: events and their profiles, in bulk, from a
// worker thread's read connection.
class DeliveryLoader {
public:
    static QHash<qint64, Event> loadEvents(const QSqlDatabase &reader, const QList<qint64> &eventIds);
    // Profiles with identities and traits (every source's traits merged, the newest value winning).
    static QHash<qint64, Profile> loadProfiles(const QSqlDatabase &reader, const QList<qint64> &profileIds);
};

} // namespace sb
