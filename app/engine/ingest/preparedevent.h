#pragma once

#include <QByteArray>
#include <QJsonObject>

#include "core/model.h"
#include "identity/identityresolver.h"

namespace sb {

// An event with what can be worked out before the write job: its payload as stored, its traits and
// identifiers. Done on the submitting thread (or the thread pool), so the single writer thread only
// does what needs the database.
struct PreparedEvent {
    Event event;
    QByteArray payloadJson;
    QJsonObject traits;
    IdentityKeys keys;

    static PreparedEvent from(Event event);
};

} // namespace sb
