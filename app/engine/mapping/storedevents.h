#pragma once

#include <QSqlDatabase>

#include "core/model.h"
#include "core/result.h"

namespace sb {

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
};

} // namespace sb
