#include "connectorsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "mapping/phoneformat.h"

namespace sb::connectorsupport {

QUrl join(const QUrl &base, const QString &path) {
    QUrl url = base;
    // Encoded form on both sides: path parts arrive percent-encoded (customer ids with '/' or spaces).
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::TolerantMode);
    return url;
}

QByteArray basicAuth(const QString &user, const QString &password) {
    const QString pair = user + u':' + password;
    return "Basic " + pair.toUtf8().toBase64();
}

QByteArray jsonBody(const QJsonValue &value) {
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QJsonValue get(const QJsonObject &object, const QString &path) {
    if (!path.contains(u'.'))
        return object.value(path);
    QJsonValue current = object;
    const QStringList parts = path.split(u'.');
    for (const QString &part : parts) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(part);
    }
    return current;
}

void set(QJsonObject &object, const QStringList &path, const QJsonValue &value) {
    if (path.isEmpty())
        return;
    if (path.size() == 1) {
        object.insert(path.first(), value);
        return;
    }
    QJsonObject child = object.value(path.first()).toObject();
    set(child, path.mid(1), value);
    object.insert(path.first(), child);
}

bool isBlank(const QJsonValue &value) {
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())
           || (value.isObject() && value.toObject().isEmpty());
}

QJsonValue setting(const DestinationConfig &destination, const QString &key, const QJsonValue &fallback) {
    const QJsonValue v = destination.settings.value(key);
    return v.isUndefined() || v.isNull() ? fallback : v;
}

Finding error(const QString &field, const QString &code, const QString &message) {
    return Finding{Finding::Severity::Error, field, code, message};
}

Finding warning(const QString &field, const QString &code, const QString &message) {
    return Finding{Finding::Severity::Warning, field, code, message};
}

void requireField(QList<Finding> &findings, const QJsonObject &body, const QString &path,
                  const QString &why) {
    if (isBlank(get(body, path)))
        findings << error(path, QStringLiteral("missing_required"),
                          why.isEmpty() ? QStringLiteral("%1 is required").arg(path) : why);
}

void requireE164(QList<Finding> &findings, const QJsonObject &body, const QString &path) {
    const QJsonValue v = get(body, path);
    if (isBlank(v))
        return;
    if (!v.isString() || !PhoneFormat::isE164(v.toString()))
        findings << error(path, QStringLiteral("invalid_phone"),
                          QStringLiteral("%1 \"%2\" is not an E.164 phone number (+ and 8-15 digits); "
                                         "use e164(phone, region) in the mapping")
                              .arg(path, v.isString() ? v.toString() : QStringLiteral("(not text)")));
}

QString rfc3339(const QDateTime &time) {
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00");
}

} // namespace sb::connectorsupport
