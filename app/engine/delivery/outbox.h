#pragma once

#include <QList>
#include <QString>

#include "core/model.h"
#include "core/routing.h"

namespace sb {

struct WriteContext;

// Turns an event's route decisions into outbox rows inside the transaction that stores the event:
// one 'pending' delivery per matched mapping, one event_outcomes row (and a 'filtered' metric) per
// destination that will not get it. Nothing can be lost between the event and its deliveries.
class Outbox {
public:
    // Throws sql::Error (the writer rolls back the job: event and deliveries together).
    static void enqueue(WriteContext &context, const Event &event, const QList<RouteDecision> &decisions);

    // Stable per (source, message id, mapping): a name-based UUID (RFC 4122 version 5), 36 characters
    // of [0-9a-f-]. It fits every connector's key field (Segment messageId < 100, Mixpanel $insert_id
    // <= 36 of [A-Za-z0-9-], Attentive externalEventId UUID, Klaviyo unique_id, Customer.io id) and is
    // the same across retries and replays.
    static QString idempotencyKey(qint64 sourceId, const QString &messageId, qint64 mappingId);
    static QString idempotencyKey(const Event &event, qint64 mappingId) {
        return idempotencyKey(event.sourceId, event.messageId, mappingId);
    }
};

} // namespace sb
