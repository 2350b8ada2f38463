#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "catalog.h"

namespace sb {

// One reason a field of an event is not what the catalog says.
struct FieldError {
    QString field;   // dotted path: "productList[1].productId"
    QString message; // "is required", "must be a number, got string \"12\""
    QString toString() const { return field + QStringLiteral(": ") + message; }
};

// Checks an event's fields against its catalog entry: required fields present, types, allowed values
// (unless the list is open), and the same for nested objects and array elements.
class EventValidator {
public:
    static QList<FieldError> validate(const EventSpec &spec, const QJsonObject &fields);
    static QList<FieldError> validate(const QList<PropertySpec> &specs, const QJsonObject &fields,
                                      const QString &prefix = {});
};

} // namespace sb
