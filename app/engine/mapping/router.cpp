#include "router.h"

#include "conditionevaluator.h"
#include "mappingchanges.h"
#include "mappingcontext.h"

namespace sb {

Router::Router(Workspace *workspace)
    : m_workspace(workspace) {
    reload();
}

std::shared_ptr<const Router::Snapshot> Router::load() const {
    auto next = std::make_shared<Snapshot>();
    next->generation = MappingChanges::generation(); // before reading: a change during the read reloads again
    const QList<MappingStore::Entry> entries = MappingStore(m_workspace).list(0);
    for (const MappingStore::Entry &entry : entries) {
        if (!next->byDestination.contains(entry.destinationId))
            next->destinationOrder << entry.destinationId;
        next->byDestination[entry.destinationId].append(entry);
    }
    return next;
}

void Router::reload() {
    std::shared_ptr<const Snapshot> next = load();
    QMutexLocker lock(&m_mutex);
    m_snapshot = std::move(next);
}

std::shared_ptr<const Router::Snapshot> Router::snapshot() const {
    QMutexLocker lock(&m_mutex);
    if (!m_snapshot || m_snapshot->generation != MappingChanges::generation())
        m_snapshot = load();
    return m_snapshot;
}

int Router::mappingCount() const {
    int count = 0;
    const std::shared_ptr<const Snapshot> s = snapshot();
    for (const QList<MappingStore::Entry> &list : s->byDestination)
        count += int(list.size());
    return count;
}

QList<RouteDecision> Router::route(const Event &event, const Profile &profile) const {
    return route(event, ProfileLoader([&profile] { return profile; }));
}

QList<RouteDecision> Router::route(const Event &event, const ProfileLoader &profile) const {
    const std::shared_ptr<const Snapshot> s = snapshot();
    QList<RouteDecision> decisions;
    QJsonObject context; // built only when a mapping has conditions to test
    bool contextBuilt = false;
    const QString eventLabel = event.name.isEmpty() ? event.type : event.name;
    for (const qint64 destinationId : s->destinationOrder) {
        const QList<MappingStore::Entry> &entries = s->byDestination.value(destinationId);
        bool sourceSeen = false;
        bool handled = false;
        for (const MappingStore::Entry &entry : entries) {
            const MappingDefinition &d = entry.definition;
            if (d.sourceKind != event.sourceKind)
                continue;
            sourceSeen = true;
            if (!d.handles(event))
                continue;
            handled = true;
            RouteDecision decision;
            decision.destinationId = destinationId;
            decision.mappingId = entry.id;
            decision.mappingVersion = entry.version;
            if (!d.enabled) {
                decision.outcome = QStringLiteral("mapping_disabled");
                decision.detail = QStringLiteral("mapping '%1' is disabled").arg(d.name);
            } else {
                if (!d.conditions.isEmpty() && !contextBuilt) {
                    context = MappingContext::build(event, profile());
                    contextBuilt = true;
                }
                QString why;
                decision.matched = ConditionEvaluator::testAll(d.conditions, d.match, context, &why);
                if (!decision.matched) {
                    decision.outcome = QStringLiteral("condition_false");
                    decision.detail = QStringLiteral("mapping '%1': %2").arg(d.name, why);
                }
            }
            decisions << decision;
        }
        if (sourceSeen && !handled) {
            RouteDecision decision;
            decision.destinationId = destinationId;
            decision.outcome = QStringLiteral("no_mapping");
            decision.detail = QStringLiteral("no mapping of this destination handles %1 event '%2'")
                                  .arg(event.sourceKind, eventLabel);
            decisions << decision;
        }
    }
    return decisions;
}

} // namespace sb
