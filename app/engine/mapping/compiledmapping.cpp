#include "compiledmapping.h"

namespace sb {

CompiledMapping::CompiledMapping(MappingDefinition definition)
    : m_definition(std::move(definition)) {
    m_fields.reserve(m_definition.fields.size());
    for (const FieldMapping &field : std::as_const(m_definition.fields)) {
        // Definitions are validated on save; a broken expression renders without its field.
        Result<Expression> parsed = Expression::cached(field.expression);
        m_fields.append({field.target, parsed ? std::optional<Expression>(parsed.take()) : std::nullopt});
    }
    if (!m_definition.eventNameTemplate.isEmpty()) {
        Result<Template> parsed = Template::cached(m_definition.eventNameTemplate);
        if (parsed)
            m_eventName = parsed.take();
    }
}

QString CompiledMapping::eventName(const LazyMappingContext &context, const QString &eventOwnName) const {
    if (m_definition.eventNameTemplate.isEmpty())
        return eventOwnName;
    return m_eventName ? m_eventName->render(context) : QString();
}

} // namespace sb
