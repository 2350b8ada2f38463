#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace sb::json {

// Compact UTF-8 text for storage.
QByteArray compact(const QJsonObject &object);
QByteArray compact(const QJsonArray &array);
QString compactString(const QJsonObject &object);
// Indented text for people (previews, details panes).
QByteArray pretty(const QJsonObject &object);
QByteArray pretty(const QJsonValue &value);

// A time as events carry it: what QDateTime::toString(Qt::ISODateWithMs) gives, built directly for
// UTC times (ingest writes several per event; Qt's formatter costs ~13 k instructions a call).
QString timestamp(const QDateTime &time);

// One value as profile traits store it: its compact JSON text ("gold", 12, {"a":1}).
QByteArray valueText(const QJsonValue &value);
// The value back from that text; text that is not one JSON value is taken as a string.
QJsonValue valueFromText(const QByteArray &utf8);

// An identifier as sources send it, a string or a number ("123" and 123 alike); empty otherwise.
QString idText(const QJsonValue &value);

// Parses an object; on failure returns false and fills error with position and reason.
bool parseObject(const QByteArray &text, QJsonObject *out, QString *error);

// Follows a dotted path ("properties.order.id", "items.0.sku") into a JSON value.
QJsonValue valueAt(const QJsonValue &root, QStringView path);

} // namespace sb::json
