#pragma once

#include <QList>
#include <QString>
#include <optional>

#include "expression.h"
#include "mappingdefinition.h"
#include "template.h"

namespace sb {

// A mapping definition with its field expressions and event-name template parsed, for rendering many
// items with one version: no item looks an expression up by its text (hashing and comparing the whole
// text under the cache's lock, which the delivery thread and the pool threads share).
class CompiledMapping {
public:
    struct Field {
        QString target;
        std::optional<Expression> expression; // none: the text did not parse; the field is left out
    };

    explicit CompiledMapping(MappingDefinition definition);

    const MappingDefinition &definition() const { return m_definition; }
    const QList<Field> &fields() const { return m_fields; }
    // The event name: the event's own without a template, empty when the template did not parse.
    QString eventName(const LazyMappingContext &context, const QString &eventOwnName) const;

private:
    MappingDefinition m_definition;
    QList<Field> m_fields;
    std::optional<Template> m_eventName; // set when the definition has a template that parses
};

} // namespace sb
