#include "productionservices.h"

#include <QHash>
#include <QMutex>
#include <memory>
#include <stdexcept>

#include "connectors/connectorregistry.h"
#include "connectors/destinationstore.h"
#include "mapping/compiledmapping.h"
#include "mapping/mappingstore.h"
#include "mapping/renderer.h"

namespace sb {

namespace {

// (mapping id, version) -> the definition, compiled; a version's definition never changes once saved.
class MappingVersionCache {
public:
    explicit MappingVersionCache(Workspace *workspace)
        : m_store(workspace) {}

    std::shared_ptr<const CompiledMapping> get(qint64 mappingId, int version) {
        const QPair<qint64, int> key{mappingId, version};
        {
            QMutexLocker lock(&m_mutex);
            const auto found = m_cache.constFind(key);
            if (found != m_cache.constEnd())
                return *found;
        }
        const Result<MappingStore::Entry> loaded = m_store.load(mappingId, version);
        if (!loaded)
            throw std::runtime_error(loaded.error().toStdString());
        auto compiled = std::make_shared<const CompiledMapping>(loaded.value().definition);
        QMutexLocker lock(&m_mutex);
        m_cache.insert(key, compiled);
        return compiled;
    }

private:
    MappingStore m_store;
    QMutex m_mutex;
    // Asked once per delivery: no text key.
    QHash<QPair<qint64, int>, std::shared_ptr<const CompiledMapping>> m_cache;
};

} // namespace

DeliveryServices productionDeliveryServices(Workspace *workspace) {
    DeliveryServices services;
    auto destinations = std::make_shared<DestinationStore>(workspace);
    services.destinations = [destinations] {
        return destinations->list();
    };
    services.connector = [](const QString &kind) {
        return ConnectorRegistry::find(kind);
    };
    auto mappings = std::make_shared<MappingVersionCache>(workspace);
    services.render = [mappings](const DestinationConfig &destination, qint64 mappingId, int mappingVersion,
                                 const QString &idempotencyKey, const Event &event, const ProfileRef &profile,
                                 QByteArray *compactBody) {
        return Renderer::render(destination, *mappings->get(mappingId, mappingVersion), event, profile,
                                idempotencyKey, compactBody);
    };
    return services;
}

} // namespace sb
