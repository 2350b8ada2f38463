#include "preparedevent.h"

#include "core/jsonutil.h"

namespace sb {

namespace {

QString displayNameFrom(const QJsonObject &traits) {
    for (const char *key : {"name", "fullName", "full_name"}) {
        const QString v = traits.value(QLatin1String(key)).toString().trimmed();
        if (!v.isEmpty())
            return v;
    }
    const QString first = traits.value(QStringLiteral("firstName"))
                              .toString(traits.value(QStringLiteral("first_name")).toString());
    const QString last = traits.value(QStringLiteral("lastName"))
                             .toString(traits.value(QStringLiteral("last_name")).toString());
    const QString full = first.trimmed() + u' ' + last.trimmed();
    return full.trimmed();
}

// The traits an event carries for its profile: identify traits and context.traits.
QJsonObject traitsOf(const QJsonObject &payload) {
    QJsonObject traits =
        payload.value(QStringLiteral("context")).toObject().value(QStringLiteral("traits")).toObject();
    const QJsonObject own = payload.value(QStringLiteral("traits")).toObject();
    for (auto it = own.begin(); it != own.end(); ++it)
        traits.insert(it.key(), it.value());
    return traits;
}

} // namespace

PreparedEvent PreparedEvent::from(Event event) {
    PreparedEvent prepared;
    prepared.traits = traitsOf(event.payload);
    prepared.keys = IdentityKeys::fromPayload(event.payload);
    prepared.keys.displayName = displayNameFrom(prepared.traits);
    prepared.payloadJson = event.payloadJson.isEmpty() ? json::compact(event.payload) : event.payloadJson;
    event.payloadJson.clear(); // the rules may change the payload; PreparedEvent owns the text
    prepared.event = std::move(event);
    return prepared;
}

} // namespace sb
