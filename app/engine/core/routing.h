#pragma once

#include <QList>
#include <QString>
#include <functional>

#include "model.h"

namespace sb {

struct WriteContext;

// What the mappings decide for one stored event: for each mapping of each destination that could
// take this source's events, whether it matched, and why not when it did not.
struct RouteDecision {
    qint64 destinationId = 0;
    qint64 mappingId = 0; // 0 when no mapping of this destination handles the event type
    int mappingVersion = 0;
    bool matched = false;
    QString outcome; // when not matched: no_mapping, condition_false, mapping_disabled
    QString detail;  // for people: which condition failed
};

// The event's profile, loaded on first call: most events route without looking at it (only mapping
// conditions do), and loading it costs three queries on the writer.
using ProfileLoader = std::function<Profile()>;

// Called inside the writer transaction right after an event row is stored (ingest fills Event.id and
// Event.profileId). The engine wires it to the mappings (route) and the outbox (delivery rows), so the
// event and its deliveries commit together.
using EventStoredHook = std::function<void(WriteContext &, const Event &, const ProfileLoader &)>;

} // namespace sb
