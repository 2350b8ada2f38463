#include "eventvalidator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace sb {

namespace {

QString describe(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("boolean true") : QStringLiteral("boolean false");
    case QJsonValue::Double:
        return QStringLiteral("number ") + QString::number(value.toDouble());
    case QJsonValue::String:
        return QStringLiteral("string \"") + value.toString().left(40) + u'"';
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("nothing");
    }
}

QString scalarText(const QJsonValue &value) {
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == std::floor(d) ? QString::number(qint64(d)) : QString::number(d);
    }
    return {};
}

bool isMissing(const QJsonValue &value) {
    return value.isUndefined() || value.isNull()
           || (value.isString() && value.toString().trimmed().isEmpty());
}

void check(const PropertySpec &spec, const QJsonValue &value, const QString &path,
           QList<FieldError> &errors) {
    const QString &type = spec.type;
    QString expected;
    if (type == QLatin1String("string")) {
        if (!value.isString() && !value.isDouble())
            expected = QStringLiteral("a string");
    } else if (type == QLatin1String("number")) {
        if (!value.isDouble())
            expected = QStringLiteral("a number");
    } else if (type == QLatin1String("integer")) {
        if (!value.isDouble() || value.toDouble() != std::floor(value.toDouble()))
            expected = QStringLiteral("a whole number");
    } else if (type == QLatin1String("boolean")) {
        const QString text = value.toString();
        if (!value.isBool() && text != QLatin1String("true") && text != QLatin1String("false"))
            expected = QStringLiteral("true or false");
    } else if (type == QLatin1String("datetime")) {
        if (!value.isString() || !QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid())
            expected = QStringLiteral("an ISO 8601 date and time");
    } else if (type == QLatin1String("object")) {
        if (!value.isObject())
            expected = QStringLiteral("an object");
    } else if (type == QLatin1String("array")) {
        if (!value.isArray())
            expected = QStringLiteral("an array");
    }
    if (!expected.isEmpty()) {
        errors.append({path, QStringLiteral("must be %1, got %2").arg(expected, describe(value))});
        return;
    }
    if (!spec.allowedValues.isEmpty() && !spec.openList && !value.isObject() && !value.isArray()) {
        const QString text = scalarText(value);
        if (!spec.allowedValues.contains(text))
            errors.append({path, QStringLiteral("'%1' is not one of: %2")
                                     .arg(text, spec.allowedValues.join(QStringLiteral(", ")))});
    }
    if (spec.children.isEmpty())
        return;
    if (value.isObject()) {
        errors.append(EventValidator::validate(spec.children, value.toObject(), path + u'.'));
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = path + u'[' + QString::number(i) + u']';
            if (!array.at(i).isObject())
                errors.append(
                    {itemPath, QStringLiteral("must be an object, got %1").arg(describe(array.at(i)))});
            else
                errors.append(
                    EventValidator::validate(spec.children, array.at(i).toObject(), itemPath + u'.'));
        }
    }
}

} // namespace

QList<FieldError> EventValidator::validate(const EventSpec &spec, const QJsonObject &fields) {
    return validate(spec.properties, fields);
}

QList<FieldError> EventValidator::validate(const QList<PropertySpec> &specs, const QJsonObject &fields,
                                           const QString &prefix) {
    QList<FieldError> errors;
    for (const PropertySpec &spec : specs) {
        const QJsonValue value = fields.value(spec.name);
        const QString path = prefix + spec.name;
        if (isMissing(value)) {
            if (spec.required)
                errors.append({path, QStringLiteral("is required")});
            continue;
        }
        check(spec, value, path, errors);
    }
    return errors;
}

} // namespace sb
