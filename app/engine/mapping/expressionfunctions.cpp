#include "expressionfunctions.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <cmath>
#include <optional>

#include "phoneformat.h"

namespace sb::expr {

QString toText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

bool isBlank(const QJsonValue &value) {
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty());
}

namespace {

QJsonValue nullValue() {
    return QJsonValue(QJsonValue::Null);
}

// Strings only: lower(42) is null rather than "42", so type mistakes show up in previews.
template<typename F> QJsonValue mapString(const QJsonValue &value, F f) {
    if (!value.isString())
        return nullValue();
    return f(value.toString());
}

std::optional<double> toNumber(const QJsonValue &value) {
    if (value.isDouble())
        return value.toDouble();
    if (value.isBool())
        return value.toBool() ? 1.0 : 0.0;
    if (value.isString()) {
        QString text = value.toString().trimmed();
        text.remove(u','); // "1,299.00"
        if (text.startsWith(u'$') || text.startsWith(u'€') || text.startsWith(u'£'))
            text.remove(0, 1);
        bool ok = false;
        const double d = text.toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

// Accepts ISO 8601 text, "YYYY-MM-DD", "DD.MM.YYYY", and numbers (Unix seconds, or milliseconds
// when the value is too large to be seconds).
QDateTime toDateTime(const QJsonValue &value) {
    auto fromNumber = [](double d) {
        const qint64 ms = std::fabs(d) >= 1e11 ? qint64(d) : qint64(d * 1000.0);
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    };
    if (value.isDouble())
        return fromNumber(value.toDouble());
    if (!value.isString())
        return {};
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    bool numeric = false;
    const double d = text.toDouble(&numeric);
    if (numeric)
        return fromNumber(d);
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid()) {
        const QDate date = QDate::fromString(text, QStringLiteral("dd.MM.yyyy"));
        if (date.isValid())
            dt = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC); // no offset given: read it as UTC, never as this machine's zone
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QJsonValue fnLower(const QList<QJsonValue> &a) {
    return mapString(a.at(0), [](const QString &s) { return QJsonValue(s.toLower()); });
}
QJsonValue fnUpper(const QList<QJsonValue> &a) {
    return mapString(a.at(0), [](const QString &s) { return QJsonValue(s.toUpper()); });
}
QJsonValue fnTrim(const QList<QJsonValue> &a) {
    return mapString(a.at(0), [](const QString &s) { return QJsonValue(s.trimmed()); });
}

QJsonValue fnE164(const QList<QJsonValue> &a) {
    const QJsonValue &phone = a.at(0);
    if (!phone.isString() && !phone.isDouble())
        return nullValue();
    const QString region = a.size() > 1 && a.at(1).isString() ? a.at(1).toString() : QStringLiteral("US");
    const QString e164 = PhoneFormat::toE164(toText(phone), region);
    return e164.isEmpty() ? nullValue() : QJsonValue(e164);
}

QJsonValue fnIso8601(const QList<QJsonValue> &a) {
    const QDateTime dt = toDateTime(a.at(0));
    return dt.isValid() ? QJsonValue(dt.toString(Qt::ISODateWithMs)) : nullValue();
}
QJsonValue fnUnixSeconds(const QList<QJsonValue> &a) {
    const QDateTime dt = toDateTime(a.at(0));
    return dt.isValid() ? QJsonValue(double(dt.toSecsSinceEpoch())) : nullValue();
}
QJsonValue fnUnixMs(const QList<QJsonValue> &a) {
    const QDateTime dt = toDateTime(a.at(0));
    return dt.isValid() ? QJsonValue(double(dt.toMSecsSinceEpoch())) : nullValue();
}
QJsonValue fnDdmmyyyy(const QList<QJsonValue> &a) {
    const QDateTime dt = toDateTime(a.at(0));
    return dt.isValid() ? QJsonValue(dt.date().toString(QStringLiteral("dd.MM.yyyy"))) : nullValue();
}

QJsonValue fnNumber(const QList<QJsonValue> &a) {
    const auto d = toNumber(a.at(0));
    return d ? QJsonValue(*d) : nullValue();
}
QJsonValue fnCents(const QList<QJsonValue> &a) {
    const auto d = toNumber(a.at(0));
    return d ? QJsonValue(double(std::llround(*d * 100.0))) : nullValue();
}

QJsonValue fnCoalesce(const QList<QJsonValue> &a) {
    for (const QJsonValue &v : a) {
        if (!isBlank(v))
            return v;
    }
    return nullValue();
}

QJsonValue fnConcat(const QList<QJsonValue> &a) {
    QString out;
    for (const QJsonValue &v : a)
        out += toText(v);
    return out;
}

QJsonValue fnJoin(const QList<QJsonValue> &a) {
    const QString separator = a.size() > 1 ? toText(a.at(1)) : QStringLiteral(",");
    if (!a.at(0).isArray())
        return isBlank(a.at(0)) ? nullValue() : QJsonValue(toText(a.at(0)));
    QStringList parts;
    const QJsonArray array = a.at(0).toArray();
    for (const QJsonValue &v : array) {
        if (!isBlank(v))
            parts << toText(v);
    }
    return parts.join(separator);
}

QJsonValue fnString(const QList<QJsonValue> &a) {
    return a.at(0).isNull() || a.at(0).isUndefined() ? nullValue() : QJsonValue(toText(a.at(0)));
}

} // namespace

const QList<FunctionSpec> &allFunctions() {
    static const QList<FunctionSpec> functions = {
        {QStringLiteral("lower"), 1, 1, QStringLiteral("lower(text)"), fnLower},
        {QStringLiteral("upper"), 1, 1, QStringLiteral("upper(text)"), fnUpper},
        {QStringLiteral("trim"), 1, 1, QStringLiteral("trim(text)"), fnTrim},
        {QStringLiteral("e164"), 1, 2, QStringLiteral("e164(phone, region)"), fnE164},
        {QStringLiteral("iso8601"), 1, 1, QStringLiteral("iso8601(date)"), fnIso8601},
        {QStringLiteral("unix_seconds"), 1, 1, QStringLiteral("unix_seconds(date)"), fnUnixSeconds},
        {QStringLiteral("unix_ms"), 1, 1, QStringLiteral("unix_ms(date)"), fnUnixMs},
        {QStringLiteral("ddmmyyyy"), 1, 1, QStringLiteral("ddmmyyyy(date)"), fnDdmmyyyy},
        {QStringLiteral("number"), 1, 1, QStringLiteral("number(value)"), fnNumber},
        {QStringLiteral("cents"), 1, 1, QStringLiteral("cents(amount)"), fnCents},
        {QStringLiteral("string"), 1, 1, QStringLiteral("string(value)"), fnString},
        {QStringLiteral("coalesce"), 1, -1, QStringLiteral("coalesce(a, b, ...)"), fnCoalesce, true},
        {QStringLiteral("default"), 2, 2, QStringLiteral("default(value, fallback)"), fnCoalesce, true},
        {QStringLiteral("concat"), 1, -1, QStringLiteral("concat(a, b, ...)"), fnConcat},
        {QStringLiteral("join"), 1, 2, QStringLiteral("join(list, separator)"), fnJoin},
    };
    return functions;
}

const FunctionSpec *findFunction(const QString &name) {
    for (const FunctionSpec &spec : allFunctions()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

} // namespace sb::expr
