#pragma once

#include <QJsonObject>
#include <QString>

#include "connector.h"

namespace sb {

// SmartPush's Open API is gated (whitelisted accounts only): its paths and payloads are not public.
// Everything that depends on them lives here, so matching the real API later changes one file.
// Current assumption (configurable base URL; paths overridable by settings):
//   contact            POST {endpoint}/v1/contacts
//                      {"email","phone","first_name","last_name","attributes":{},"subscribed","request_id"}
//   segment_membership POST {endpoint}/v1/segments/{segment_id}/members
//                      {"segment_id","segment_name","operation":"add"|"remove"|"replace"|"delete",
//                       "contacts":[{"email","phone"}],"request_id"}
//                      replace: the contacts are the segment's whole membership (SHOPLINE created/updated
//                      and the daily refresh); delete: the segment was deleted in the store Admin.
//   event              POST {endpoint}/v1/events
//   {"event","email","phone","properties":{},"occurred_at","request_id"}
// Auth: header "Authorization: Bearer <token>" (settings authHeader / authScheme).
class SmartPushWireFormat {
public:
    static QStringList actions();
    static QString path(const DestinationConfig &destination, const QString &action, const QString &pathKey);
    static HttpHeaders headers(const DestinationConfig &destination);
    // Shapes draft fields (email, phone, first_name, last_name, attributes.*, segment_id,
    // segment_name, operation, members[], properties.*) into the body for an action.
    static QJsonObject body(const ItemDraft &draft);
    static QString pathKey(const ItemDraft &draft); // the segment id for memberships
    static QString idempotencyField() { return QStringLiteral("request_id"); }
};

} // namespace sb
