#pragma once

#include "connectors/connector.h"
#include "core/model.h"
#include "core/profileref.h"
#include "mappingdefinition.h"

namespace sb {

class CompiledMapping;

// The ONE renderer: delivery and preview both call it, so a preview is exactly what is sent.
// Evaluates the mapping's fields and event name against the event and profile, lets the connector
// shape the item, then collects findings (connector checks, size, matchBy email -> skip).
class Renderer {
public:
    static RenderedItem render(const DestinationConfig &destination, const MappingDefinition &mapping,
                               const Event &event, const ProfileRef &profile);
    // Delivery's form: the item carries idempotencyKey (the one stored with the delivery; empty: the
    // computed one) wherever the connector places keys, and compactBody (when given) receives the
    // body as compact JSON, serialised once for the size check and reused for the request.
    static RenderedItem render(const DestinationConfig &destination, const MappingDefinition &mapping,
                               const Event &event, const ProfileRef &profile, const QString &idempotencyKey,
                               QByteArray *compactBody);
    // The same with the mapping's expressions parsed beforehand (delivery renders many items with one
    // mapping version; the forms above parse, or look up, each expression per call).
    static RenderedItem render(const DestinationConfig &destination, const CompiledMapping &mapping,
                               const Event &event, const ProfileRef &profile, const QString &idempotencyKey,
                               QByteArray *compactBody);
    // The draft before the connector shapes it (for editors that show the field values).
    static ItemDraft draft(const DestinationConfig &destination, const MappingDefinition &mapping,
                           const Event &event, const ProfileRef &profile);
    // Stable across retries, replays and mapping versions: a name-based UUID of destination,
    // mapping name and the event's message id (36 characters, fits every API's dedupe field).
    static QString idempotencyKey(const DestinationConfig &destination, const MappingDefinition &mapping,
                                  const Event &event);
};

} // namespace sb
