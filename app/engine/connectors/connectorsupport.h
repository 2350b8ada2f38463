#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "connector.h"

// Small helpers the connectors share: URLs, auth headers, JSON paths, findings.
namespace sb::connectorsupport {

// base + path (percent-encoded), keeping the base's own path ("http://127.0.0.1:5000/segment" + "/v1/batch").
QUrl join(const QUrl &base, const QString &path);
QByteArray basicAuth(const QString &user, const QString &password);
QByteArray jsonBody(const QJsonValue &value); // compact UTF-8
// Dotted paths into nested objects ("user.phone").
QJsonValue get(const QJsonObject &object, const QString &path);
void set(QJsonObject &object, const QStringList &path, const QJsonValue &value);
inline void set(QJsonObject &object, const QString &path, const QJsonValue &value) {
    if (path.contains(u'.'))
        set(object, path.split(u'.'), value);
    else
        object.insert(path, value); // one part: no list to split into (the renderer sets every field)
}
bool isBlank(const QJsonValue &value);
// A setting with its default.
QJsonValue setting(const DestinationConfig &destination, const QString &key, const QJsonValue &fallback);

Finding error(const QString &field, const QString &code, const QString &message);
Finding warning(const QString &field, const QString &code, const QString &message);
// missing_required when the value at path is blank.
void requireField(QList<Finding> &findings, const QJsonObject &body, const QString &path,
                  const QString &why = {});
// invalid_phone when a value is present and not E.164.
void requireE164(QList<Finding> &findings, const QJsonObject &body, const QString &path);
// The RFC 3339 form with offset the Attentive and Klaviyo examples use: 2021-03-30T14:38:29+00:00.
QString rfc3339(const QDateTime &time);

} // namespace sb::connectorsupport
