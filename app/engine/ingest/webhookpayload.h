#pragma once

#include <QDateTime>
#include <QJsonObject>

#include "core/model.h"
#include "core/result.h"
#include "sourcestore.h"

namespace sb {

// The payloads of the source webhooks (POST /hooks/<source>), one event each, turned into Events after
// checking them against the catalog:
//   smrt:        a Segment message (type, event, userId, messageId, timestamp, properties, traits).
//   ordergroove: {"id", "event": "ordergroove.…", "timestamp", "customer": {id, email, phone_number,
//                 first_name, last_name}, "data": {event fields}}
//   smile:       {"id", "topic": "Points Redeemed", "created_at", "customer": {Customer Object},
//                 "payload": {event object}}; customer fields update the five Smile profile properties.
class WebhookPayload {
public:
    static Result<Event> normalize(const QJsonObject &item, const SourceInfo &source,
                                   const QDateTime &receivedAt);

private:
    static Result<Event> ordergroove(const QJsonObject &item, const SourceInfo &source,
                                     const QDateTime &receivedAt);
    static Result<Event> smile(const QJsonObject &item, const SourceInfo &source,
                               const QDateTime &receivedAt);
};

} // namespace sb
