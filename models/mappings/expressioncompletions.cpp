#include "expressioncompletions.h"

#include "catalog/catalog.h"
#include "mapping/expressionfunctions.h"

namespace sb {

namespace {

void addProperty(QStringList &out, const QString &prefix, const PropertySpec &p) {
    const QString path = prefix + p.name;
    out << path;
    // Array elements are read as a whole (join, first); only object children get their own paths.
    if (p.type == QLatin1String("object")) {
        for (const PropertySpec &child : p.children)
            addProperty(out, path + u'.', child);
    }
}

} // namespace

QStringList ExpressionCompletions::functions() {
    QStringList out;
    for (const expr::FunctionSpec &f : expr::allFunctions())
        out << f.name + u'(';
    return out;
}

QStringList ExpressionCompletions::forEvent(const QString &sourceKind, const QString &eventName) {
    // The context fields every event and profile has (see MappingContext).
    QStringList out = {
        QStringLiteral("event.name"),       QStringLiteral("event.type"),
        QStringLiteral("event.messageId"),  QStringLiteral("event.sourceKind"),
        QStringLiteral("event.timestamp"),  QStringLiteral("event.receivedAt"),
        QStringLiteral("event.userId"),     QStringLiteral("event.anonymousId"),
        QStringLiteral("event.properties"), QStringLiteral("event.traits"),
        QStringLiteral("event.context"),    QStringLiteral("profile.id"),
        QStringLiteral("profile.email"),    QStringLiteral("profile.phone"),
        QStringLiteral("profile.userId"),   QStringLiteral("profile.displayName"),
        QStringLiteral("profile.hasEmail"), QStringLiteral("profile.traits"),
    };
    const Catalog &catalog = Catalog::builtin();
    if (const EventSpec *event = catalog.event(sourceKind, eventName)) {
        const QString prefix = event->type == QLatin1String("identify") ? QStringLiteral("event.traits.")
                                                                        : QStringLiteral("event.properties.");
        for (const PropertySpec &p : event->properties)
            addProperty(out, prefix, p);
    }
    if (const SourceSpec *source = catalog.source(sourceKind)) {
        for (const PropertySpec &p : source->profileFields)
            addProperty(out, QStringLiteral("profile.traits."), p);
    }
    out << functions();
    out.removeDuplicates();
    return out;
}

} // namespace sb
