#pragma once

#include <QByteArray>
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

// Parses an object; on failure returns false and fills error with position and reason.
bool parseObject(const QByteArray &text, QJsonObject *out, QString *error);

// Follows a dotted path ("properties.order.id", "items.0.sku") into a JSON value.
QJsonValue valueAt(const QJsonValue &root, QStringView path);

} // namespace sb::json
