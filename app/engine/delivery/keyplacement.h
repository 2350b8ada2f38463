#pragma once

#include <QString>

#include "connectors/connector.h"

namespace sb {

// Puts a delivery's idempotency key where the destination reads it. The renderer may already have
// placed a key of its own: every occurrence of it in the body is swapped for the outbox's key, so
// the key on the wire is the delivery row's, the same across retries and replays. Otherwise the key
// goes to the connector's idempotency field (a dotted path such as "properties.$insert_id").
class KeyPlacement {
public:
    static void apply(RenderedItem &item, const QString &key, const QString &field);
};

} // namespace sb
