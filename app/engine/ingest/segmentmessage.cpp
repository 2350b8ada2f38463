#include "segmentmessage.h"

#include <QJsonDocument>
#include <QUuid>

#include "catalog/catalog.h"
#include "catalog/eventvalidator.h"
#include "core/jsonutil.h"

namespace sb {

namespace {
const QStringList kTypes = {QStringLiteral("track"),  QStringLiteral("identify"), QStringLiteral("page"),
                            QStringLiteral("screen"), QStringLiteral("group"),    QStringLiteral("alias")};

QString joinErrors(const QList<FieldError> &errors) {
    QStringList parts;
    for (const FieldError &e : errors)
        parts << e.toString();
    return parts.join(QStringLiteral("; "));
}
} // namespace

QDateTime SegmentMessage::parseTime(const QString &text) {
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

QString SegmentMessage::newMessageId() {
    return QStringLiteral("sb-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<Event> SegmentMessage::normalize(const QJsonObject &message, const QString &forcedType,
                                        const SourceInfo &source, const QDateTime &receivedAt,
                                        const QString &batchSentAt, qsizetype messageBytes) {
    using R = Result<Event>;
    auto tooLarge = [](qsizetype bytes) {
        return R::failure(
            QStringLiteral("message: %1 bytes; Segment allows 32 KB (32768 bytes) per event").arg(bytes));
    };
    if (messageBytes > kMaxMessageBytes)
        return tooLarge(messageBytes);

    Event event;
    event.sourceId = source.id;
    event.sourceKind = source.kind;
    event.receivedAt = receivedAt;
    event.type = forcedType.isEmpty() ? message.value(QStringLiteral("type")).toString() : forcedType;
    if (!kTypes.contains(event.type))
        return R::failure(
            event.type.isEmpty()
                ? QStringLiteral(
                    "type: is required in a batch (track, identify, page, screen, group or alias)")
                : QStringLiteral("type: '%1' is not one of track, identify, page, screen, group, alias")
                      .arg(event.type));
    const QString userId = json::idText(message.value(QStringLiteral("userId")));
    const QString anonymousId = json::idText(message.value(QStringLiteral("anonymousId")));
    if (userId.isEmpty() && anonymousId.isEmpty())
        return R::failure(QStringLiteral("userId: userId or anonymousId is required"));
    if (event.type == QLatin1String("track")) {
        event.name = message.value(QStringLiteral("event")).toString();
        if (event.name.trimmed().isEmpty())
            return R::failure(QStringLiteral("event: a track call needs an event name"));
    } else if (event.type == QLatin1String("group")
               && json::idText(message.value(QStringLiteral("groupId"))).isEmpty()) {
        return R::failure(QStringLiteral("groupId: a group call needs a groupId"));
    } else if (event.type == QLatin1String("alias")
               && json::idText(message.value(QStringLiteral("previousId"))).isEmpty()) {
        return R::failure(QStringLiteral("previousId: an alias call needs a previousId"));
    }
    for (const char *objectField : {"properties", "traits", "context"}) {
        const QJsonValue v = message.value(QLatin1String(objectField));
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            return R::failure(QLatin1String(objectField) + QStringLiteral(": must be an object"));
    }

    // Catalog fields of the source's known events (unknown events pass: Segment sources send custom ones).
    const Catalog &catalog = Catalog::builtin();
    if (event.type == QLatin1String("track")) {
        if (const EventSpec *spec = catalog.event(source.kind, event.name)) {
            const QList<FieldError> errors =
                EventValidator::validate(*spec, message.value(QStringLiteral("properties")).toObject());
            if (!errors.isEmpty())
                return R::failure(QStringLiteral("properties.") + joinErrors(errors));
        }
    } else if (event.type == QLatin1String("identify")) {
        if (const SourceSpec *spec = catalog.source(source.kind)) {
            const QList<FieldError> errors = EventValidator::validate(
                spec->profileFields, message.value(QStringLiteral("traits")).toObject());
            if (!errors.isEmpty())
                return R::failure(QStringLiteral("traits.") + joinErrors(errors));
        }
    }

    // Times: Segment's clock-skew correction.
    const QString timestampText =
        message.value(QStringLiteral("timestamp"))
            .toString(message.value(QStringLiteral("originalTimestamp")).toString());
    const QString sentAtText = message.value(QStringLiteral("sentAt")).toString(batchSentAt);
    QDateTime timestamp;
    if (!timestampText.isEmpty()) {
        timestamp = parseTime(timestampText);
        if (!timestamp.isValid())
            return R::failure(QStringLiteral("timestamp: '%1' is not an ISO 8601 date").arg(timestampText));
    }
    QDateTime sentAt;
    if (!sentAtText.isEmpty()) {
        sentAt = parseTime(sentAtText);
        if (!sentAt.isValid())
            return R::failure(QStringLiteral("sentAt: '%1' is not an ISO 8601 date").arg(sentAtText));
    }
    if (timestamp.isValid() && sentAt.isValid())
        event.occurredAt = receivedAt.addMSecs(-(sentAt.toMSecsSinceEpoch() - timestamp.toMSecsSinceEpoch()));
    else if (timestamp.isValid())
        event.occurredAt = timestamp;
    else
        event.occurredAt = receivedAt;

    event.messageId = json::idText(message.value(QStringLiteral("messageId")));
    if (event.messageId.isEmpty())
        event.messageId = newMessageId();

    QJsonObject payload = message;
    payload.remove(QStringLiteral("writeKey"));
    payload.insert(QStringLiteral("type"), event.type);
    payload.insert(QStringLiteral("messageId"), event.messageId);
    payload.insert(QStringLiteral("timestamp"), json::timestamp(event.occurredAt));
    payload.insert(QStringLiteral("receivedAt"), json::timestamp(receivedAt));
    if (timestamp.isValid())
        payload.insert(QStringLiteral("originalTimestamp"), json::timestamp(timestamp));
    if (sentAt.isValid())
        payload.insert(QStringLiteral("sentAt"), json::timestamp(sentAt));
    event.payloadJson = json::compact(payload);
    event.payload = payload;
    // The stored text is the message without its writeKey plus a few fields: when it is well under the
    // limit so is the message, and the message need not be serialised again just to be measured.
    if (messageBytes < 0) {
        const qsizetype writeKeyBytes = message.value(QStringLiteral("writeKey")).toString().size() * 6 + 16;
        if (event.payloadJson.size() + writeKeyBytes > kMaxMessageBytes)
            messageBytes = QJsonDocument(message).toJson(QJsonDocument::Compact).size();
        if (messageBytes > kMaxMessageBytes)
            return tooLarge(messageBytes);
    }
    return event;
}

} // namespace sb
