#pragma once

#include <QString>
#include <QStringList>

namespace sb {

// What an expression may name for one event type of a source: the event's fields and property
// paths from the catalog, the profile's fields, and the expression functions ("lower(").
class ExpressionCompletions {
public:
    static QStringList forEvent(const QString &sourceKind, const QString &eventName);
    static QStringList functions();
};

} // namespace sb
