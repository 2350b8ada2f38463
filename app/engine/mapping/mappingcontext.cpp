#include "mappingcontext.h"

#include "core/jsonutil.h"

namespace sb {

namespace {

QString isoUtc(const QDateTime &time) {
    if (!time.isValid())
        return QString();
    return json::timestamp(time.timeSpec() == Qt::UTC ? time : time.toUTC());
}

// Inserting into a QJsonObject costs several times a lookup, and the payload usually carries the
// same type, messageId and timestamp already: equal values are left as they are.
void setValue(QJsonObject &object, const QString &key, const QJsonValue &value) {
    const auto found = object.constFind(key);
    if (found != object.constEnd() && *found == value)
        return;
    object.insert(key, value);
}

} // namespace

QJsonObject MappingContext::build(const Event &event, const Profile &profile) {
    // The payload first, so the normalized columns below win over stale payload copies.
    QJsonObject e = event.payload;
    e.insert(QStringLiteral("name"),
             event.name.isEmpty() ? event.payload.value(QStringLiteral("event")).toString() : event.name);
    setValue(e, QStringLiteral("type"),
             event.type.isEmpty() ? event.payload.value(QStringLiteral("type")).toString() : event.type);
    setValue(e, QStringLiteral("messageId"), event.messageId);
    e.insert(QStringLiteral("sourceKind"), event.sourceKind);
    if (event.occurredAt.isValid())
        setValue(e, QStringLiteral("timestamp"), isoUtc(event.occurredAt));
    if (event.receivedAt.isValid())
        e.insert(QStringLiteral("receivedAt"), isoUtc(event.receivedAt));
    for (const char *key : {"properties", "traits", "context"}) {
        const QString k = QString::fromLatin1(key);
        if (!e.value(k).isObject())
            e.insert(k, QJsonObject());
    }

    QJsonObject p = profile.traits; // traits readable as profile.<trait> too
    auto setIfAny = [&p](const QString &key, const QString &value) {
        if (!value.isEmpty())
            setValue(p, key, value);
    };
    setIfAny(QStringLiteral("email"), profile.email);
    setIfAny(QStringLiteral("phone"), profile.phone);
    setIfAny(QStringLiteral("userId"), profile.userId);
    setIfAny(QStringLiteral("displayName"), profile.displayName);
    if (profile.id)
        p.insert(QStringLiteral("id"), double(profile.id));
    const bool hasEmail = !p.value(QStringLiteral("email")).toString().isEmpty();
    p.insert(QStringLiteral("hasEmail"), hasEmail);
    p.insert(QStringLiteral("traits"), profile.traits);
    return QJsonObject{{QStringLiteral("event"), e}, {QStringLiteral("profile"), p}};
}

} // namespace sb
