#include "segmentifyevent.h"

#include <QJsonArray>

#include "catalog/catalog.h"
#include "segmentmessage.h"

namespace sb {

SegmentifyEvent::Outcome SegmentifyEvent::normalize(const QJsonObject &object, const SourceInfo &source,
                                                    const QDateTime &receivedAt) {
    Outcome out;
    const QString name = object.value(QStringLiteral("name")).toString();
    const EventSpec *spec = Catalog::builtin().event(QStringLiteral("segmentify"), name);
    if (name.isEmpty()) {
        out.errors.append({QStringLiteral("name"),
                           QStringLiteral("is required (PAGE_VIEW, PRODUCT_VIEW, BASKET_OPERATIONS, "
                                          "CHECKOUT, USER_OPERATIONS, CUSTOM_EVENT, ...)")});
        return out;
    }
    if (!spec) {
        QStringList known;
        for (const EventSpec &e : Catalog::builtin().source(QStringLiteral("segmentify"))->events)
            known << e.name;
        out.errors.append({QStringLiteral("name"), QStringLiteral("'%1' is not a Segmentify event; known: %2")
                                                       .arg(name, known.join(QStringLiteral(", ")))});
        return out;
    }
    QList<PropertySpec> specs = spec->properties;
    const QString step = object.value(QStringLiteral("step")).toString();
    if (name == QLatin1String("USER_OPERATIONS")
        && (step == QLatin1String("signin") || step == QLatin1String("signout"))) {
        // Login and logout take only the operation and the username besides the common parameters.
        specs.erase(std::remove_if(specs.begin(), specs.end(),
                                   [](const PropertySpec &p) {
                                       return !p.common && p.name != QLatin1String("step")
                                              && p.name != QLatin1String("username");
                                   }),
                    specs.end());
    }
    out.errors = EventValidator::validate(specs, object);
    if (!out.errors.isEmpty())
        return out;

    Event &event = out.event;
    event.sourceId = source.id;
    event.sourceKind = source.kind;
    event.type = QStringLiteral("track");
    event.name = name;
    event.receivedAt = receivedAt;
    event.occurredAt = receivedAt;
    event.messageId = object.value(QStringLiteral("messageId")).toString();
    if (event.messageId.isEmpty())
        event.messageId = SegmentMessage::newMessageId();

    QJsonObject context{
        {QStringLiteral("sessionId"), object.value(QStringLiteral("sessionId"))},
        {QStringLiteral("externalIds"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("segmentify")},
                                {QStringLiteral("id"), object.value(QStringLiteral("userId"))}}}},
        {QStringLiteral("device"),
         QJsonObject{{QStringLiteral("type"), object.value(QStringLiteral("device"))}}}};
    if (object.contains(QStringLiteral("userAgent")))
        context.insert(QStringLiteral("userAgent"), object.value(QStringLiteral("userAgent")));
    if (object.contains(QStringLiteral("lang")))
        context.insert(QStringLiteral("locale"), object.value(QStringLiteral("lang")));
    if (object.contains(QStringLiteral("pageUrl")) || object.contains(QStringLiteral("referrer")))
        context.insert(QStringLiteral("page"),
                       QJsonObject{{QStringLiteral("url"), object.value(QStringLiteral("pageUrl"))},
                                   {QStringLiteral("referrer"), object.value(QStringLiteral("referrer"))}});
    QJsonObject payload{{QStringLiteral("type"), event.type},
                        {QStringLiteral("event"), name},
                        {QStringLiteral("messageId"), event.messageId},
                        {QStringLiteral("anonymousId"), object.value(QStringLiteral("userId"))},
                        {QStringLiteral("timestamp"), event.occurredAt.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("properties"), object}};
    const QString username = object.value(QStringLiteral("username")).toString();
    if (!username.isEmpty())
        payload.insert(QStringLiteral("userId"), username);
    if (name == QLatin1String("USER_OPERATIONS")
        && (step == QLatin1String("signup") || step == QLatin1String("update"))) {
        QJsonObject traits;
        for (const char *field : {"username", "fullName", "email", "phone", "gender", "age", "birthdate",
                                  "memberSince", "location", "segments", "custom"})
            if (object.contains(QLatin1String(field)))
                traits.insert(QLatin1String(field), object.value(QLatin1String(field)));
        context.insert(QStringLiteral("traits"), traits);
    }
    payload.insert(QStringLiteral("context"), context);
    event.payload = payload;
    return out;
}

} // namespace sb
