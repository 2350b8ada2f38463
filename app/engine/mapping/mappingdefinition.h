#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/model.h"
#include "core/result.h"

namespace sb {

// One trigger test: `path` is an expression (usually a path such as event.properties.total or
// profile.traits.email); op is one of Condition::operators(); value is the typed operand (a list for
// in_list, nothing for exists / not_exists).
struct Condition {
    QString path;
    QString op;
    QJsonValue value;

    static const QStringList &operators();
    QJsonObject toJson() const;
};

// Destination field <- expression. target is a dotted path in the item the connector assembles
// ("traits.email", "properties.Order Id", "user.phone"); target "*" merges an object expression
// into the item (e.g. all event properties at the top level).
struct FieldMapping {
    QString target;
    QString expression;
};

// A rule that turns events of one source into items of one destination action.
struct MappingDefinition {
    QString name;
    QString sourceKind;
    QStringList eventNames; // "*" = all; an entry matches the event name, or the type when the name is empty
    QString match = QStringLiteral("all"); // "all" | "any"
    QList<Condition> conditions;
    QString action;            // connector action: track, identify, event, profile, custom_event, ...
    QString eventNameTemplate; // destination event name, with {{ expression }} parts
    QList<FieldMapping> fields;
    bool enabled = true;
    QString matchBy; // "email": the tool matches profiles by email; items without one are skipped
    QString description;

    QJsonObject toJson() const;
    // Reads and validates (operators, match, every expression and template parses); the error names
    // the mapping and the field.
    static Result<MappingDefinition> fromJson(const QJsonObject &object);
    Status validate() const;
    // Whether this mapping listens to the event's type at all (conditions aside).
    bool handles(const Event &event) const;
    bool handles(const QString &sourceKind, const QString &eventName, const QString &eventType) const;
};

} // namespace sb
