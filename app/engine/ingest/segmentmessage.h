#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "core/model.h"
#include "core/result.h"
#include "sourcestore.h"

namespace sb {

// Turns one message of Segment's HTTP tracking API into an Event: checks the fields Segment requires
// (userId or anonymousId; event for track; groupId for group; previousId for alias), the 32 KB limit,
// catalog fields of known events of the source, and applies Segment's clock-skew correction:
// timestamp = receivedAt - (sentAt - timestamp).
class SegmentMessage {
public:
    static constexpr qsizetype kMaxMessageBytes = 32 * 1024;
    static constexpr qsizetype kMaxBatchBytes = 500 * 1024;

    // forcedType: the endpoint's type ("track" for /v1/track), empty inside /v1/batch. batchSentAt: the
    // batch's sentAt when the message has none. Errors read "field: why".
    static Result<Event> normalize(const QJsonObject &message, const QString &forcedType,
                                   const SourceInfo &source, const QDateTime &receivedAt,
                                   const QString &batchSentAt = {}, qsizetype messageBytes = -1);

    static QDateTime parseTime(const QString &text);
    static QString newMessageId();
};

} // namespace sb
