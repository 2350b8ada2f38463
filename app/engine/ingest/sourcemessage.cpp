#include "sourcemessage.h"

#include "segmentifyevent.h"
#include "segmentmessage.h"
#include "webhookpayload.h"

namespace sb {

Result<Event> SourceMessage::normalize(const QJsonObject &body, const SourceInfo &source,
                                       const QDateTime &receivedAt) {
    const QString &kind = source.kind;
    if (kind == QLatin1String("smrt") || kind == QLatin1String("ordergroove")
        || kind == QLatin1String("smile"))
        return WebhookPayload::normalize(body, source, receivedAt);
    if (kind == QLatin1String("segmentify")) {
        SegmentifyEvent::Outcome outcome = SegmentifyEvent::normalize(body, source, receivedAt);
        if (outcome.errors.isEmpty())
            return outcome.event;
        QStringList parts;
        for (const FieldError &e : std::as_const(outcome.errors))
            parts << e.toString();
        return Result<Event>::failure(parts.join(QStringLiteral("; ")));
    }
    return SegmentMessage::normalize(body, QString(), source, receivedAt);
}

} // namespace sb
