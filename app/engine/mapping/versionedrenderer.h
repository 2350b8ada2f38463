#pragma once

#include <QHash>
#include <QMutex>

#include "connectors/connector.h"
#include "core/model.h"
#include "mappingdefinition.h"

namespace sb {

class Workspace;

// Renders a delivery with exactly the mapping version it was routed with (a later edit never changes
// what an already-routed event sends). Versions are immutable, so each is read once and cached;
// safe from several delivery threads. This is what the engine passes to the Dispatcher as its
// RenderFunction.
class VersionedRenderer {
public:
    explicit VersionedRenderer(Workspace *workspace);
    // Throws std::runtime_error when the mapping version does not exist.
    RenderedItem render(const DestinationConfig &destination, qint64 mappingId, int mappingVersion,
                        const Event &event, const Profile &profile) const;

private:
    Workspace *m_workspace;
    mutable QMutex m_mutex;
    mutable QHash<QPair<qint64, int>, MappingDefinition> m_definitions;
};

} // namespace sb
