#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "mappingdefinition.h"

namespace sb {

// Tests a mapping's trigger conditions against a context (MappingContext). Operators are typed:
// numbers compare as numbers (a numeric string counts), dates as dates, lists by element.
class ConditionEvaluator {
public:
    // One condition; on false, *why says what the value was ("event.properties.total = 12, not greater than
    // 50").
    static bool test(const Condition &condition, const QJsonObject &context, QString *why = nullptr);
    // All (match "all") or any (match "any") of the conditions; no conditions = true.
    // On false, *why names the failed condition(s).
    static bool testAll(const QList<Condition> &conditions, const QString &match, const QJsonObject &context,
                        QString *why = nullptr);
};

} // namespace sb
