#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <memory>

#include "core/model.h"
#include "core/routing.h"
#include "mappingstore.h"

namespace sb {

class Workspace;

// Decides, for a stored event, which mappings take it. Holds an in-memory snapshot of every mapping
// (read once, replaced whole on reload), so route() runs no SQL unless mappings changed since the
// snapshot (MappingChanges); it is safe to call from several threads.
class Router {
public:
    explicit Router(Workspace *workspace);

    // One decision per mapping of each destination that has mappings for the event's source:
    // matched, or mapping_disabled / condition_false (detail names the failed condition); a
    // destination none of whose mappings handles the event type gets one no_mapping decision.
    QList<RouteDecision> route(const Event &event, const Profile &profile) const;
    // The same, loading the profile only when a mapping's conditions need it (ingest's path).
    QList<RouteDecision> route(const Event &event, const ProfileLoader &profile) const;
    // Reads the mappings again (called after saves; route() also notices changes by itself).
    void reload();
    // How many mappings the snapshot holds (for status pages and tests).
    int mappingCount() const;

private:
    struct Snapshot {
        quint64 generation = 0;
        QList<qint64> destinationOrder;
        QHash<qint64, QList<MappingStore::Entry>> byDestination;
    };
    std::shared_ptr<const Snapshot> snapshot() const;
    std::shared_ptr<const Snapshot> load() const;

    Workspace *m_workspace;
    mutable QMutex m_mutex;
    mutable std::shared_ptr<const Snapshot> m_snapshot;
};

} // namespace sb
