#pragma once

#include <QJsonObject>
#include <QList>

#include "connectors/connector.h"
#include "mappingdefinition.h"
#include "preview.h"

namespace sb {

class Workspace;
struct Recipe;

// Every catalog event type x every mapping that handles it, previewed with the catalog's sample
// event and profile: the place to see, before anything is sent, which combinations have findings.
class PreviewMatrix {
public:
    struct Row {
        QString sourceKind;
        QString eventType;   // catalog event name ("identify" for identify calls)
        QString destination; // empty for "no_mapping" rows
        qint64 destinationId = 0;
        QString mapping;
        qint64 mappingId = 0;
        QString status; // ok, findings, skipped, no_mapping
        Preview preview;
    };
    struct MappingRef {
        DestinationConfig destination;
        qint64 mappingId = 0;
        MappingDefinition definition;
    };

    // The workspace's destinations and mappings against the catalog.
    static QList<Row> build(Workspace *workspace);
    // One set of mappings against the catalog (recipes, tests).
    static QList<Row> build(const QList<MappingRef> &mappings);
    // A recipe against its source's catalog, with placeholder credentials.
    static QList<Row> forRecipe(const Recipe &recipe);

    // The sample event of a type: the catalog's, or an identify call built from the source's profile
    // fields when the catalog lists no identify event for the source.
    static Event sampleEvent(const QString &sourceKind, const QString &eventType);
    static Profile sampleProfile(const QString &sourceKind);
    // The event types of a source a mapping may name: the catalog's, plus "identify".
    static QStringList eventTypes(const QString &sourceKind);

    static QJsonObject toJson(const QList<Row> &rows);
};

} // namespace sb
