#pragma once

#include <QList>
#include <QString>

#include "core/routing.h"
#include "ingestservice.h"
#include "preparedevent.h"

namespace sb {

struct WriteContext;

// Stores prepared events inside the caller's write job, as IngestService does for submit() and for
// accepted events: de-duplicate by (source, messageId), resolve the profile, apply traits and the
// real-time rules, insert the row, call the EventStoredHook (routing + outbox); derived events follow
// the same path. Throws sql::Error.
void storePreparedEvents(WriteContext &context, const QString &region, EventStoredHook hook,
                         QList<PreparedEvent> &events, IngestReceipt &receipt);

} // namespace sb
