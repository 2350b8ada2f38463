#include "webhookpayload.h"

#include <QJsonArray>

#include "catalog/catalog.h"
#include "catalog/eventvalidator.h"
#include "core/jsonutil.h"
#include "segmentmessage.h"

namespace sb {

namespace {

QString joinErrors(const QString &prefix, const QList<FieldError> &errors) {
    QStringList parts;
    for (const FieldError &e : errors)
        parts << prefix + e.toString();
    return parts.join(QStringLiteral("; "));
}

QString knownEvents(const QString &kind) {
    QStringList names;
    for (const EventSpec &e : Catalog::builtin().source(kind)->events)
        names << e.name;
    return names.join(QStringLiteral(", "));
}

Result<QDateTime> timeOf(const QJsonObject &item, const char *field, const QDateTime &fallback) {
    const QString text = item.value(QLatin1String(field)).toString();
    if (text.isEmpty())
        return fallback;
    const QDateTime t = SegmentMessage::parseTime(text);
    if (!t.isValid())
        return Result<QDateTime>::failure(QLatin1String(field)
                                          + QStringLiteral(": '%1' is not an ISO 8601 date").arg(text));
    return t;
}

} // namespace

Result<Event> WebhookPayload::normalize(const QJsonObject &item, const SourceInfo &source,
                                        const QDateTime &receivedAt) {
    if (source.kind == QLatin1String("ordergroove"))
        return ordergroove(item, source, receivedAt);
    if (source.kind == QLatin1String("smile"))
        return smile(item, source, receivedAt);
    if (source.kind == QLatin1String("smrt")) {
        // SMRT speaks Segment: unknown event names are refused here (the webhook is SMRT's own feed).
        const QString type = item.value(QStringLiteral("type")).toString(QStringLiteral("track"));
        if (type == QLatin1String("track")
            && !Catalog::builtin().event(source.kind, item.value(QStringLiteral("event")).toString()))
            return Result<Event>::failure(
                QStringLiteral("event: '%1' is not an SMRT event; known: %2")
                    .arg(item.value(QStringLiteral("event")).toString(), knownEvents(source.kind)));
        return SegmentMessage::normalize(item, type, source, receivedAt);
    }
    return Result<Event>::failure(
        QStringLiteral("source kind '%1' has no webhook; use the Segment or Segmentify endpoints")
            .arg(source.kind));
}

Result<Event> WebhookPayload::ordergroove(const QJsonObject &item, const SourceInfo &source,
                                          const QDateTime &receivedAt) {
    using R = Result<Event>;
    const QString name = item.value(QStringLiteral("event")).toString();
    const EventSpec *spec = Catalog::builtin().event(source.kind, name);
    if (!spec)
        return R::failure(QStringLiteral("event: '%1' is not an Ordergroove event; known: %2")
                              .arg(name, knownEvents(source.kind)));
    const QString id = json::idText(item.value(QStringLiteral("id")));
    if (id.isEmpty())
        return R::failure(
            QStringLiteral("id: is required (Ordergroove's event id; retries with the same id are dropped)"));
    QJsonObject data = item.value(QStringLiteral("data")).toObject();
    // The seed prints items_subset of order events as one object: take it as a one-item list.
    if (data.value(QStringLiteral("items_subset")).isObject())
        data.insert(QStringLiteral("items_subset"), QJsonArray{data.value(QStringLiteral("items_subset"))});
    const QJsonObject customer = item.value(QStringLiteral("customer")).toObject();
    // Subscriber events carry the email in their data; others in the customer block.
    if (!data.contains(QStringLiteral("email")) && spec->property(QStringLiteral("email"))
        && customer.contains(QStringLiteral("email")))
        data.insert(QStringLiteral("email"), customer.value(QStringLiteral("email")));
    const QList<FieldError> errors = EventValidator::validate(*spec, data);
    if (!errors.isEmpty())
        return R::failure(joinErrors(QStringLiteral("data."), errors));
    const auto occurred = timeOf(item, "timestamp", receivedAt);
    if (!occurred)
        return R::failure(occurred.error());

    QJsonObject traits;
    for (const char *field : {"email", "first_name", "last_name"})
        if (customer.value(QLatin1String(field)).isString())
            traits.insert(QLatin1String(field), customer.value(QLatin1String(field)));
    if (customer.value(QStringLiteral("phone_number")).isString())
        traits.insert(QStringLiteral("phone"), customer.value(QStringLiteral("phone_number")));
    if (!traits.contains(QStringLiteral("email")) && data.value(QStringLiteral("email")).isString())
        traits.insert(QStringLiteral("email"), data.value(QStringLiteral("email")));
    if (!traits.contains(QStringLiteral("phone")) && data.value(QStringLiteral("phone_number")).isString())
        traits.insert(QStringLiteral("phone"), data.value(QStringLiteral("phone_number")));
    QJsonObject context{{QStringLiteral("traits"), traits}};
    const QString customerId = json::idText(customer.value(QStringLiteral("id")));
    if (!customerId.isEmpty())
        context.insert(QStringLiteral("externalIds"),
                       QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("ordergroove")},
                                              {QStringLiteral("id"), customerId}}});
    if (traits.isEmpty() && customerId.isEmpty())
        return R::failure(
            QStringLiteral("customer: needs an email, phone_number or id to find the customer"));

    Event event;
    event.sourceId = source.id;
    event.sourceKind = source.kind;
    event.type = QStringLiteral("track");
    event.name = name;
    event.messageId = id;
    event.occurredAt = occurred.value();
    event.receivedAt = receivedAt;
    QJsonObject payload{{QStringLiteral("type"), event.type},
                        {QStringLiteral("event"), name},
                        {QStringLiteral("messageId"), id},
                        {QStringLiteral("timestamp"), event.occurredAt.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("properties"), data},
                        {QStringLiteral("context"), context}};
    event.payload = payload;
    return event;
}

Result<Event> WebhookPayload::smile(const QJsonObject &item, const SourceInfo &source,
                                    const QDateTime &receivedAt) {
    using R = Result<Event>;
    const QString name = item.value(QStringLiteral("topic")).toString();
    const EventSpec *spec = Catalog::builtin().event(source.kind, name);
    if (!spec)
        return R::failure(QStringLiteral("topic: '%1' is not a Smile event; known: %2")
                              .arg(name, knownEvents(source.kind)));
    const QString id = json::idText(item.value(QStringLiteral("id")));
    if (id.isEmpty())
        return R::failure(
            QStringLiteral("id: is required (Smile's event id; retries with the same id are dropped)"));
    const QJsonObject payloadObject = item.value(QStringLiteral("payload")).toObject();
    const QList<FieldError> errors = EventValidator::validate(*spec, payloadObject);
    if (!errors.isEmpty())
        return R::failure(joinErrors(QStringLiteral("payload."), errors));
    const QJsonObject customer = item.value(QStringLiteral("customer")).toObject();
    const QString customerId = json::idText(customer.value(QStringLiteral("id")));
    const QString email = customer.value(QStringLiteral("email")).toString();
    if (customerId.isEmpty() && email.isEmpty())
        return R::failure(
            QStringLiteral("customer: needs an email or id (Smile matches customers by email)"));
    const auto occurred = timeOf(item, "created_at", receivedAt);
    if (!occurred)
        return R::failure(occurred.error());

    // Customer Object -> the five Smile profile properties of seed 004.
    QJsonObject traits;
    if (!email.isEmpty())
        traits.insert(QStringLiteral("email"), email);
    for (const char *field : {"first_name", "last_name"})
        if (customer.value(QLatin1String(field)).isString())
            traits.insert(QLatin1String(field), customer.value(QLatin1String(field)));
    if (customer.contains(QStringLiteral("points_balance")))
        traits.insert(QStringLiteral("Smile Points Balance"),
                      customer.value(QStringLiteral("points_balance")));
    if (customer.contains(QStringLiteral("referral_url")))
        traits.insert(QStringLiteral("Smile Referral URL"), customer.value(QStringLiteral("referral_url")));
    const QJsonObject tier = customer.value(QStringLiteral("vip_tier")).toObject();
    if (tier.contains(QStringLiteral("name")))
        traits.insert(QStringLiteral("Smile VIP Tier Name"), tier.value(QStringLiteral("name")));
    if (customer.contains(QStringLiteral("vip_tier_id")) || tier.contains(QStringLiteral("id")))
        traits.insert(QStringLiteral("Smile VIP Tier ID"),
                      customer.value(QStringLiteral("vip_tier_id")).isUndefined()
                          ? tier.value(QStringLiteral("id"))
                          : customer.value(QStringLiteral("vip_tier_id")));
    if (customer.contains(QStringLiteral("state")))
        traits.insert(QStringLiteral("Smile State"), customer.value(QStringLiteral("state")));
    // VIP Tier Achieved carries the new tier.
    const QJsonObject achieved = payloadObject.value(QStringLiteral("vip_tier_change"))
                                     .toObject()
                                     .value(QStringLiteral("vip_tier"))
                                     .toObject();
    if (!achieved.isEmpty()) {
        traits.insert(QStringLiteral("Smile VIP Tier Name"), achieved.value(QStringLiteral("name")));
        traits.insert(QStringLiteral("Smile VIP Tier ID"), achieved.value(QStringLiteral("id")));
    }
    QJsonObject context{{QStringLiteral("traits"), traits}};
    if (!customerId.isEmpty())
        context.insert(QStringLiteral("externalIds"),
                       QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("smile")},
                                              {QStringLiteral("id"), customerId}}});
    Event event;
    event.sourceId = source.id;
    event.sourceKind = source.kind;
    event.type = QStringLiteral("track");
    event.name = name;
    event.messageId = id;
    event.occurredAt = occurred.value();
    event.receivedAt = receivedAt;
    QJsonObject payload{{QStringLiteral("type"), event.type},
                        {QStringLiteral("event"), name},
                        {QStringLiteral("messageId"), id},
                        {QStringLiteral("timestamp"), event.occurredAt.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("properties"), payloadObject},
                        {QStringLiteral("context"), context}};
    event.payload = payload;
    return event;
}

} // namespace sb
