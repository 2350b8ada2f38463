#pragma once

#include <QJsonObject>
#include <QString>

#include "connector.h"

namespace sb {

// SmartPush's Open API is gated (whitelisted accounts only): its paths and payloads are not public.
// This is the one wire format Switchboard assumes; the simulator (app/sim/smartpushapi.h) serves the
// same one, so matching the real API later changes this file and that one.
//   auth     Authorization: Bearer <token>          (settings authHeader / authScheme override it)
//   contacts POST {endpoint}/v1/contacts             {"contacts":[{"email","phone","first_name","last_name",
//                                                     "subscription_status","attributes":{},"request_id"}]}
//            up to MaxItemsPerRequest contacts of several events per request; each needs email or phone
//            (E.164). Unsubscribed and blacklisted contacts are never sent (the recipe's conditions and
//            the connector skip them; the simulator refuses them).
//   events   POST {endpoint}/v1/events               {"events":[{"event","email","phone","properties":{},
//                                                     "occurred_at","request_id"}]}  batched like contacts
//   segment  POST {endpoint}/v1/segments/{segment_id}/members
//                                                    {"segment_id","segment_name","action",
//                                                     "members":[{"email"}|{"phone"}],"request_id"}
//            one segment change per request (segment_id, when given, matches the path), at most
//            MaxMembersPerRequest members
//            action add / remove: these members join / leave; replace: the members are the segment's whole
//            membership (SHOPLINE created/updated, the full first sync and the daily 00:00 refresh);
//            delete: the segment was deleted in the store Admin (no members).
//   answers  200 {"code":0,"message":"success","data":{...}}; errors {"code":<status>,"message":"..."}
// request_id is each item's idempotency key, stable across retries and replays.
class SmartPushWireFormat {
public:
    static constexpr int MaxItemsPerRequest = 100;
    static constexpr int MaxMembersPerRequest = 10000;

    static QStringList actions();
    static QStringList membershipActions();
    // Contacts with these subscription_status values are never sent.
    static QStringList excludedStatuses();
    // Whether several items of the action share one request (contacts and events; not memberships).
    static bool batches(const QString &action);
    static QString path(const DestinationConfig &destination, const QString &action, const QString &pathKey);
    static HttpHeaders headers(const DestinationConfig &destination);
    // Shapes draft fields (email, phone, first_name, last_name, subscription_status, attributes.*,
    // segment_id, segment_name, action (or operation), members[] of emails, phones or objects,
    // properties.*) into one item of an action.
    static QJsonObject body(const ItemDraft &draft);
    // The request body around items of one action: {"contacts":[...]}, {"events":[...]} or the
    // membership change itself.
    static QJsonObject envelope(const QString &action, const QList<RenderedItem> &items);
    static QString pathKey(const ItemDraft &draft); // the segment id for memberships
    static QString idempotencyField() { return QStringLiteral("request_id"); }
};

} // namespace sb
