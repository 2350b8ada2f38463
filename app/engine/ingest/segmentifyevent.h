#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include "catalog/eventvalidator.h"
#include "core/model.h"
#include "sourcestore.h"

namespace sb {

// One event of Segmentify's REST API (seed 003) checked against the catalog (mandatory fields and
// allowed values, common parameters included) and turned into an Event: properties hold the event as
// sent; Segmentify's userId is an external id, username the user id, USER_OPERATIONS fields the traits.
class SegmentifyEvent {
public:
    struct Outcome {
        Event event;
        QList<FieldError> errors; // empty when the event is good
    };
    static Outcome normalize(const QJsonObject &object, const SourceInfo &source,
                             const QDateTime &receivedAt);
};

} // namespace sb
