#pragma once

#include <QSqlDatabase>

#include "core/model.h"
#include "core/result.h"

namespace sb {

class Statement;

// Reads a stored event and its profile back into the shapes the renderer takes (for previews of
// real events and for delivery workers that render from the outbox).
class StoredEvents {
public:
    struct Loaded {
        Event event;
        Profile profile;
    };
    static Result<Loaded> load(const QSqlDatabase &reader, qint64 eventId);
    // The profile with its traits merged over every source, the newest value winning.
    static Profile loadProfile(const QSqlDatabase &reader, qint64 profileId);

    // The event columns every loader selects, in this order, from "events e LEFT JOIN sources s ON
    // s.id = e.source_id"; the payload comes last, as UTF-8 bytes (column kPayloadColumn).
    static const char *const kEventColumns;
    static constexpr int kPayloadColumn = 9;
    // An event from such a row, all but its payload (the callers parse it their own way).
    static Event readEvent(const Statement &row);
    // A profile's own columns from "profiles", in the order ProfileStore::fromRow reads them; traits and
    // identities are read apart.
    static const char *const kProfileColumns;
};

} // namespace sb
