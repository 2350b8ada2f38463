#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/result.h"
#include "mappingdefinition.h"

namespace sb {

// A ready-made integration from a seed: one destination and its mappings, compiled in from
// resources/recipes/*.json (:/recipes/<name>.json).
struct Recipe {
    QString name;  // "smrt-segment"
    QString title; // "SMRT → Segment"
    QString source;
    QString description;
    QString destinationName;
    QString connector;
    QJsonObject destinationSettings;
    QList<MappingDefinition> mappings;
};

class RecipeBook {
public:
    static const QList<Recipe> &builtin();
    static const Recipe *find(const QString &name);
    // Parses one recipe file; errors name the file and the mapping.
    static Result<Recipe> parse(const QByteArray &json, const QString &origin);
};

} // namespace sb
