#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include "core/model.h"

namespace sb {

class StatementCache;

// Reads what the renderer needs for claimed deliveries, from a worker thread's read connection:
// events in bulk, profiles one at a time as renders ask for them.
class DeliveryLoader {
public:
    static QHash<qint64, Event> loadEvents(const QSqlDatabase &reader, const QList<qint64> &eventIds);
    // One profile with its traits (every source's traits merged, the newest value winning), through
    // the caller's statements (a render loads the profile only when its mapping reads it: ProfileRef).
    // Identities are left out: the mapping context (MappingContext::build) has no place for them. A
    // missing profile comes back with id 0.
    static Profile loadProfile(StatementCache &statements, const QSqlDatabase &reader, qint64 profileId);
};

} // namespace sb
