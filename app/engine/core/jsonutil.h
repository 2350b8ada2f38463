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

// Parses an object; on failure returns false and fills error with position and reason.
bool parseObject(const QByteArray &text, QJsonObject *out, QString *error);

// Follows a dotted path ("properties.order.id", "items.0.sku") into a JSON value.
QJsonValue valueAt(const QJsonValue &root, QStringView path);

} // namespace sb::json
