#pragma once

#include <QHash>
#include <QSet>
#include <optional>

#include "destinationapi.h"

namespace sb {

// SmartPush below /smartpush. Its Open API is gated and unpublished (destination-apis.md), so this serves
// the wire format Switchboard assumes, the same one as app/engine/connectors/smartpushwireformat.h:
//   auth    Authorization: Bearer <token>  (the older X-SmartPush-Token: <token> is accepted too; 401 when
//           missing or wrong)
//   POST /v1/contacts                      {"contacts":[{"email","phone","first_name","last_name",
//                                            "subscription_status","attributes":{...},"request_id"}]}
//                                            at most 100; each needs email or phone (E.164); unsubscribed
//                                            and blacklisted contacts are refused (they must not be sent)
//        -> 200 {"code":0,"message":"success","data":{"created":n,"updated":m}}
//   POST /v1/events                        {"events":[{"event","email","phone","properties":{...},
//                                            "occurred_at","request_id"}]}  at most 100
//        -> 200 {"code":0,"message":"success","data":{"accepted":n}}
//   POST /v1/segments/{segmentId}/members  {"segment_id","segment_name","action":"add"|"remove"|"replace"|
//                                            "delete","members":[{"email"}|{"phone"}],"request_id"}
//                                            at most 10000 members; replace sets the whole membership,
//                                            delete drops the segment
//        -> 200 {"code":0,"message":"success","data":{"segmentId","added","removed","size"}}
//   errors  {"code":<HTTP status>,"message":"..."} with 400, 401, 404, 405, 429, 5xx
// Idempotency keys: each contact's and event's request_id; a membership change's request_id.
class SmartPushApi : public DestinationApi {
public:
    static constexpr char TokenHeader[] = "X-SmartPush-Token"; // the older header, still accepted
    static constexpr int MaxContacts = 100;
    static constexpr int MaxEvents = 100;
    static constexpr int MaxMembers = 10000;

    QString kind() const override { return QStringLiteral("smartpush"); }
    QHash<QString, QString> defaultCredentials() const override;
    SimReply handle(const SimRequest &request) override;
    SimReply errorReply(int status, const QString &message) const override;
    void reset() override;

    int segmentSize(const QString &segmentId) const { return int(m_segments.value(segmentId).size()); }
    bool hasSegment(const QString &segmentId) const { return m_segments.contains(segmentId); }
    int contactCount() const { return int(m_contacts.size()); }
    int eventCount(const QString &name) const { return m_events.value(name); }

private:
    SimReply rejected(int status, const QString &message, int items = 1) const;
    static SimReply success(const QJsonObject &data, const QList<SimItem> &items);
    SimReply contacts(const QJsonObject &body);
    SimReply events(const QJsonObject &body);
    SimReply members(const QString &segmentId, const QJsonObject &body);
    // The array under `name` when it holds 1..max objects; otherwise the 400 explaining why.
    std::optional<SimReply> checkList(const QJsonObject &body, const QString &name, int max) const;
    // Why this person reference is unusable; empty when fine.
    static QString checkPerson(const QJsonObject &person);

    QSet<QString> m_contacts;                 // email or phone of every stored contact
    QHash<QString, QSet<QString>> m_segments; // segment id -> member identifiers
    QHash<QString, int> m_events;             // event name -> how many arrived
};

} // namespace sb
