#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include "core/model.h"

namespace sb {

class StatementCache;

// Reads what the renderer needs for claimed deliveries: events and their profiles, in bulk, from a
// worker thread's read connection.
class DeliveryLoader {
public:
    static QHash<qint64, Event> loadEvents(const QSqlDatabase &reader, const QList<qint64> &eventIds);
    // Profiles with their traits (every source's traits merged, the newest value winning). Identities
    // are left out: the mapping context (MappingContext::build) has no place for them, and reading
    // them was a third of the profile load.
    static QHash<qint64, Profile> loadProfiles(const QSqlDatabase &reader, const QList<qint64> &profileIds);
    // One profile, as loadProfiles reads it, through the caller's statements (a render loads the
    // profile only when its mapping reads it: ProfileRef). A missing profile comes back with id 0.
    static Profile loadProfile(StatementCache &statements, const QSqlDatabase &reader, qint64 profileId);
};

} // namespace sb
