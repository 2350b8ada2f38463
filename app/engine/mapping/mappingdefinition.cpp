#include "mappingdefinition.h"

#include <QJsonArray>

#include "expression.h"
#include "template.h"

namespace sb {

const QStringList &Condition::operators() {
    static const QStringList ops = {
        QStringLiteral("equals"),    QStringLiteral("not_equals"), QStringLiteral("contains"),
        QStringLiteral("exists"),    QStringLiteral("not_exists"), QStringLiteral("greater_than"),
        QStringLiteral("less_than"), QStringLiteral("in_list"),
    };
    return ops;
}

QJsonObject Condition::toJson() const {
    QJsonObject o{{QStringLiteral("path"), path}, {QStringLiteral("op"), op}};
    if (!value.isUndefined()
        && !(value.isNull() && (op == QLatin1String("exists") || op == QLatin1String("not_exists"))))
        o.insert(QStringLiteral("value"), value);
    return o;
}

QJsonObject MappingDefinition::toJson() const {
    QJsonArray conditionArray;
    for (const Condition &c : conditions)
        conditionArray.append(c.toJson());
    QJsonArray fieldArray;
    for (const FieldMapping &f : fields)
        fieldArray.append(
            QJsonObject{{QStringLiteral("target"), f.target}, {QStringLiteral("expression"), f.expression}});
    QJsonObject o{
        {QStringLiteral("name"), name},
        {QStringLiteral("sourceKind"), sourceKind},
        {QStringLiteral("eventNames"), QJsonArray::fromStringList(eventNames)},
        {QStringLiteral("match"), match},
        {QStringLiteral("conditions"), conditionArray},
        {QStringLiteral("action"), action},
        {QStringLiteral("eventNameTemplate"), eventNameTemplate},
        {QStringLiteral("fields"), fieldArray},
        {QStringLiteral("enabled"), enabled},
    };
    if (!matchBy.isEmpty())
        o.insert(QStringLiteral("matchBy"), matchBy);
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    return o;
}

Result<MappingDefinition> MappingDefinition::fromJson(const QJsonObject &o) {
    MappingDefinition d;
    d.name = o.value(QStringLiteral("name")).toString();
    const QString label =
        d.name.isEmpty() ? QStringLiteral("mapping") : QStringLiteral("mapping '%1'").arg(d.name);
    auto fail = [&label](const QString &message) {
        return Result<MappingDefinition>::failure(QStringLiteral("%1: %2").arg(label, message));
    };
    d.sourceKind = o.value(QStringLiteral("sourceKind")).toString();
    const QJsonValue names = o.value(QStringLiteral("eventNames"));
    if (names.isString()) {
        d.eventNames << names.toString();
    } else if (names.isArray()) {
        const QJsonArray array = names.toArray();
        for (const QJsonValue &n : array) {
            if (!n.isString())
                return fail(QStringLiteral("eventNames must be a list of strings"));
            d.eventNames << n.toString();
        }
    } else if (!names.isUndefined()) {
        return fail(QStringLiteral("eventNames must be a list of strings"));
    }
    d.match = o.value(QStringLiteral("match")).toString(QStringLiteral("all")).toLower();
    const QJsonValue conditionValue = o.value(QStringLiteral("conditions"));
    if (!conditionValue.isUndefined() && !conditionValue.isArray())
        return fail(QStringLiteral("conditions must be a list"));
    const QJsonArray conditionArray = conditionValue.toArray();
    for (qsizetype i = 0; i < conditionArray.size(); ++i) {
        if (!conditionArray.at(i).isObject())
            return fail(QStringLiteral("condition %1 is not an object").arg(i + 1));
        const QJsonObject c = conditionArray.at(i).toObject();
        d.conditions.append({c.value(QStringLiteral("path")).toString(),
                             c.value(QStringLiteral("op")).toString(), c.value(QStringLiteral("value"))});
    }
    d.action = o.value(QStringLiteral("action")).toString();
    d.eventNameTemplate = o.value(QStringLiteral("eventNameTemplate")).toString();
    const QJsonValue fieldValue = o.value(QStringLiteral("fields"));
    if (fieldValue.isObject()) {
        // Shorthand: {"target": "expression", ...}
        const QJsonObject fieldObject = fieldValue.toObject();
        for (auto it = fieldObject.begin(); it != fieldObject.end(); ++it)
            d.fields.append({it.key(), it.value().toString()});
    } else if (fieldValue.isArray()) {
        const QJsonArray fieldArray = fieldValue.toArray();
        for (qsizetype i = 0; i < fieldArray.size(); ++i) {
            const QJsonObject f = fieldArray.at(i).toObject();
            d.fields.append({f.value(QStringLiteral("target")).toString(),
                             f.value(QStringLiteral("expression")).toString()});
        }
    } else if (!fieldValue.isUndefined()) {
        return fail(QStringLiteral("fields must be a list of {target, expression}"));
    }
    d.enabled = o.value(QStringLiteral("enabled")).toBool(true);
    d.matchBy = o.value(QStringLiteral("matchBy")).toString();
    d.description = o.value(QStringLiteral("description")).toString();
    const Status valid = d.validate();
    if (!valid)
        return Result<MappingDefinition>::failure(valid.error);
    return d;
}

Status MappingDefinition::validate() const {
    const QString label =
        name.isEmpty() ? QStringLiteral("mapping") : QStringLiteral("mapping '%1'").arg(name);
    auto fail = [&label](const QString &message) {
        return Status::failure(QStringLiteral("%1: %2").arg(label, message));
    };
    if (name.trimmed().isEmpty())
        return fail(QStringLiteral("a name is required"));
    if (sourceKind.isEmpty())
        return fail(
            QStringLiteral("sourceKind is required (smrt, ordergroove, smile, segmentify, shopline, ...)"));
    if (eventNames.isEmpty())
        return fail(QStringLiteral("eventNames is empty: list event types, or \"*\" for all"));
    if (match != QLatin1String("all") && match != QLatin1String("any"))
        return fail(QStringLiteral("match must be \"all\" or \"any\", not \"%1\"").arg(match));
    if (action.isEmpty())
        return fail(QStringLiteral("an action is required"));
    if (!matchBy.isEmpty() && matchBy != QLatin1String("email"))
        return fail(QStringLiteral("matchBy must be \"email\" or empty, not \"%1\"").arg(matchBy));
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        const Condition &c = conditions.at(i);
        const QString where = QStringLiteral("condition %1 (%2 %3)").arg(i + 1).arg(c.path, c.op);
        if (!Condition::operators().contains(c.op))
            return fail(QStringLiteral("%1: unknown operator '%2'; use one of %3")
                            .arg(where, c.op, Condition::operators().join(QStringLiteral(", "))));
        const Result<Expression> e = Expression::cached(c.path);
        if (!e)
            return fail(QStringLiteral("%1: %2").arg(where, e.error()));
        if (c.op == QLatin1String("in_list") && !c.value.isArray())
            return fail(QStringLiteral("%1: in_list needs a list value").arg(where));
        if ((c.op == QLatin1String("greater_than") || c.op == QLatin1String("less_than"))
            && !c.value.isDouble() && !c.value.isString())
            return fail(QStringLiteral("%1: %2 needs a number or a date").arg(where, c.op));
        if ((c.op == QLatin1String("equals") || c.op == QLatin1String("not_equals")
             || c.op == QLatin1String("contains"))
            && c.value.isUndefined())
            return fail(QStringLiteral("%1: a value is required").arg(where));
    }
    if (!eventNameTemplate.isEmpty()) {
        const Result<Template> t = Template::cached(eventNameTemplate);
        if (!t)
            return fail(QStringLiteral("event name template: %1").arg(t.error()));
    }
    for (const FieldMapping &f : fields) {
        if (f.target.isEmpty())
            return fail(QStringLiteral("a field has no target"));
        const Result<Expression> e = Expression::cached(f.expression);
        if (!e)
            return fail(QStringLiteral("field '%1': %2").arg(f.target, e.error()));
    }
    return Status::success();
}

bool MappingDefinition::handles(const QString &kind, const QString &eventName,
                                const QString &eventType) const {
    if (kind != sourceKind)
        return false;
    for (const QString &n : eventNames) {
        if (n == QLatin1String("*") || (!eventName.isEmpty() && n == eventName)
            || (eventName.isEmpty() && n == eventType))
            return true;
    }
    return false;
}

bool MappingDefinition::handles(const Event &event) const {
    return handles(event.sourceKind, event.name, event.type);
}

} // namespace sb
