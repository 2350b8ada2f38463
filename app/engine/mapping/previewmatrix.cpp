#include "previewmatrix.h"

#include <QJsonArray>

#include "catalog/catalog.h"
#include "connectors/connectorregistry.h"
#include "connectors/destinationstore.h"
#include "mappingstore.h"
#include "recipebook.h"
#include "store/workspace.h"

namespace sb {

QStringList PreviewMatrix::eventTypes(const QString &sourceKind) {
    QStringList types;
    if (const SourceSpec *source = Catalog::builtin().source(sourceKind)) {
        for (const EventSpec &e : source->events)
            types << e.name;
    }
    if (!types.contains(QStringLiteral("identify")))
        types << QStringLiteral("identify");
    return types;
}

Profile PreviewMatrix::sampleProfile(const QString &sourceKind) {
    return Catalog::builtin().sampleProfile(sourceKind);
}

Event PreviewMatrix::sampleEvent(const QString &sourceKind, const QString &eventType) {
    const Catalog &catalog = Catalog::builtin();
    if (catalog.event(sourceKind, eventType) || eventType != QLatin1String("identify"))
        return catalog.sampleEvent(sourceKind, eventType);
    // An identify call carrying every profile field of the source as traits.
    Event e = catalog.sampleEvent(sourceKind, eventType);
    e.type = QStringLiteral("identify");
    e.name.clear();
    e.payload.insert(QStringLiteral("type"), e.type);
    e.payload.remove(QStringLiteral("event"));
    e.payload.remove(QStringLiteral("properties"));
    e.payload.insert(QStringLiteral("traits"), catalog.sampleProfile(sourceKind).traits);
    return e;
}

QList<PreviewMatrix::Row> PreviewMatrix::build(const QList<MappingRef> &mappings) {
    QList<Row> rows;
    QStringList sources;
    for (const MappingRef &m : mappings) {
        if (!sources.contains(m.definition.sourceKind))
            sources << m.definition.sourceKind;
    }
    for (const QString &source : sources) {
        const QStringList types = eventTypes(source);
        const Profile profile = sampleProfile(source);
        for (const QString &type : types) {
            const Event event = sampleEvent(source, type);
            bool handled = false;
            for (const MappingRef &m : mappings) {
                if (!m.definition.handles(event))
                    continue;
                handled = true;
                Row row;
                row.sourceKind = source;
                row.eventType = type;
                row.destination = m.destination.name;
                row.destinationId = m.destination.id;
                row.mapping = m.definition.name;
                row.mappingId = m.mappingId;
                row.preview = Previewer::preview(m.destination, m.definition, event, profile);
                row.status = row.preview.skipped              ? QStringLiteral("skipped")
                             : row.preview.findings.isEmpty() ? QStringLiteral("ok")
                                                              : QStringLiteral("findings");
                rows << row;
            }
            // identify is listed for every source; only report it when something handles it or the
            // catalog itself lists an identify event.
            if (!handled && (type != QLatin1String("identify") || Catalog::builtin().event(source, type))) {
                Row row;
                row.sourceKind = source;
                row.eventType = type;
                row.status = QStringLiteral("no_mapping");
                rows << row;
            }
        }
    }
    return rows;
}

QList<PreviewMatrix::Row> PreviewMatrix::build(Workspace *workspace) {
    QList<MappingRef> refs;
    QHash<qint64, DestinationConfig> destinations;
    const QList<DestinationConfig> list = DestinationStore(workspace).list();
    for (const DestinationConfig &d : list)
        destinations.insert(d.id, d);
    const QList<MappingStore::Entry> entries = MappingStore(workspace).list(0);
    for (const MappingStore::Entry &e : entries) {
        if (destinations.contains(e.destinationId))
            refs.append({destinations.value(e.destinationId), e.id, e.definition});
    }
    return build(refs);
}

QList<PreviewMatrix::Row> PreviewMatrix::forRecipe(const Recipe &recipe) {
    DestinationConfig d;
    d.id = 1;
    d.name = recipe.destinationName;
    d.connector = recipe.connector;
    d.settings = recipe.destinationSettings;
    if (const Result<DestinationConfig> normalized = DestinationStore::normalized(d))
        d = normalized.value();
    if (const Connector *connector = ConnectorRegistry::find(recipe.connector)) {
        const QStringList keys = connector->credentialKeys();
        for (const QString &key : keys)
            d.credentials.insert(key,
                                 QStringLiteral("your-") + key); // placeholders: previews mask them anyway
    }
    QList<MappingRef> refs;
    qint64 id = 0;
    for (const MappingDefinition &m : recipe.mappings)
        refs.append({d, ++id, m});
    return build(refs);
}

QJsonObject PreviewMatrix::toJson(const QList<Row> &rows) {
    QJsonArray array;
    for (const Row &r : rows) {
        QJsonArray findings;
        for (const Finding &f : r.preview.findings)
            findings.append(Previewer::findingJson(f));
        QJsonObject o{{QStringLiteral("source"), r.sourceKind},
                      {QStringLiteral("eventType"), r.eventType},
                      {QStringLiteral("status"), r.status}};
        if (r.status != QLatin1String("no_mapping")) {
            o.insert(QStringLiteral("destination"), r.destination);
            o.insert(QStringLiteral("destinationId"), double(r.destinationId));
            o.insert(QStringLiteral("mapping"), r.mapping);
            o.insert(QStringLiteral("mappingId"), double(r.mappingId));
            o.insert(QStringLiteral("action"), r.preview.action);
            o.insert(QStringLiteral("findings"), findings);
            if (r.preview.skipped)
                o.insert(QStringLiteral("skipReason"), r.preview.skipReason);
        }
        array.append(o);
    }
    return QJsonObject{{QStringLiteral("rows"), array}};
}

} // namespace sb
