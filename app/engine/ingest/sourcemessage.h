#pragma once

#include <QDateTime>
#include <QJsonObject>

#include "core/model.h"
#include "core/result.h"
#include "sourcestore.h"

namespace sb {

// One message in its source's own shape turned into an Event by the same rules as the HTTP ingest:
// SMRT, Ordergroove and Smile as their webhooks, Segmentify as its REST API, SHOPLINE and Segment
// sources as Segment messages. Used by the demo generator and the importer. Errors read "field: why".
class SourceMessage {
public:
    static Result<Event> normalize(const QJsonObject &body, const SourceInfo &source,
                                   const QDateTime &receivedAt);
};

} // namespace sb
