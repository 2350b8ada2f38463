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

// Each branch mirrors one step of build(): a key set there wins over the payload's (or traits')
// own value; every other key reads straight through.
QJsonValue LazyMappingContext::eventMember(const QString &key) const {
    const QJsonObject &payload = m_event.payload;
    if (key == QLatin1String("name"))
        return m_event.name.isEmpty() ? payload.value(QLatin1String("event")).toString() : m_event.name;
    if (key == QLatin1String("type"))
        return m_event.type.isEmpty() ? payload.value(QLatin1String("type")).toString() : m_event.type;
    if (key == QLatin1String("messageId"))
        return m_event.messageId;
    if (key == QLatin1String("sourceKind"))
        return m_event.sourceKind;
    if (key == QLatin1String("timestamp") && m_event.occurredAt.isValid())
        return isoUtc(m_event.occurredAt);
    if (key == QLatin1String("receivedAt") && m_event.receivedAt.isValid())
        return isoUtc(m_event.receivedAt);
    const QJsonValue value = payload.value(key);
    if (!value.isObject()
        && (key == QLatin1String("properties") || key == QLatin1String("traits")
            || key == QLatin1String("context")))
        return QJsonObject();
    return value;
}

QJsonValue LazyMappingContext::profileMember(const QString &key) const {
    const Profile &profile = m_profile.get();
    const QJsonObject &traits = profile.traits;
    const auto either = [&](const QString &column) -> QJsonValue {
        return column.isEmpty() ? traits.value(key) : QJsonValue(column);
    };
    if (key == QLatin1String("email"))
        return either(profile.email);
    if (key == QLatin1String("phone"))
        return either(profile.phone);
    if (key == QLatin1String("userId"))
        return either(profile.userId);
    if (key == QLatin1String("displayName"))
        return either(profile.displayName);
    if (key == QLatin1String("id"))
        return profile.id ? QJsonValue(double(profile.id)) : traits.value(key);
    if (key == QLatin1String("hasEmail"))
        return !profile.email.isEmpty() || !traits.value(QLatin1String("email")).toString().isEmpty();
    if (key == QLatin1String("traits"))
        return traits;
    return traits.value(key);
}

QJsonValue LazyMappingContext::member(QStringView root, const QString &key) const {
    if (root == QLatin1String("event"))
        return eventMember(key);
    if (root == QLatin1String("profile"))
        return profileMember(key);
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue LazyMappingContext::root(QStringView root) const {
    if (!m_built)
        m_built = MappingContext::build(m_event, m_profile.get());
    return m_built->value(root);
}

} // namespace sb
