#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

namespace sb {

// What happened to one event at every destination, and why, in words and in fields:
// no mapping, condition false, mapping disabled, skipped (e.g. no email), pending, in flight,
// retrying (attempt N, next at T, last error), waiting behind an earlier event, delivered at T after
// N attempts, dead-lettered with the reason, discarded.
class Explainer {
public:
    // {"eventId", "messageId", "name", "source", "receivedAt", "destinations": [{destinationId,
    //  destination, mappingId, outcome, summary, ...}]} or {"error": "..."} for an unknown event.
    static QJsonObject explain(const QSqlDatabase &reader, qint64 eventId);
};

} // namespace sb
