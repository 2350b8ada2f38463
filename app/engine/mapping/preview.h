#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include "connectors/connector.h"
#include "core/model.h"
#include "mappingdefinition.h"

namespace sb {

// What an operator sees before anything is sent: the exact request the renderer and connector
// build for delivery, with every secret masked.
struct Preview {
    QString method;
    QString url;                            // masked
    QList<QPair<QString, QString>> headers; // masked
    QString body;                           // pretty-printed, masked
    QList<Finding> findings;
    bool skipped = false;
    QString skipReason;
    QString curl; // masked
    QString action;
    QString idempotencyKey;

    bool hasErrors() const;
    QJsonObject toJson() const;
};

class Previewer {
public:
    static Preview preview(const DestinationConfig &destination, const MappingDefinition &mapping,
                           const Event &event, const Profile &profile);
    static QJsonObject findingJson(const Finding &finding);
};

} // namespace sb
