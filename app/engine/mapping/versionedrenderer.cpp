#include "versionedrenderer.h"

#include <stdexcept>

#include "mappingstore.h"
#include "renderer.h"

namespace sb {

VersionedRenderer::VersionedRenderer(Workspace *workspace)
    : m_workspace(workspace) {}

RenderedItem VersionedRenderer::render(const DestinationConfig &destination, qint64 mappingId,
                                       int mappingVersion, const Event &event, const Profile &profile) const {
    const QPair<qint64, int> key{mappingId, mappingVersion};
    MappingDefinition definition;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_definitions.constFind(key);
        if (it != m_definitions.constEnd())
            definition = *it;
    }
    if (definition.name.isEmpty()) {
        const Result<MappingStore::Entry> entry = MappingStore(m_workspace).load(mappingId, mappingVersion);
        if (!entry)
            throw std::runtime_error(entry.error().toStdString());
        definition = entry.value().definition;
        QMutexLocker lock(&m_mutex);
        m_definitions.insert(key, definition);
    }
    return Renderer::render(destination, definition, event, profile);
}

} // namespace sb
