#pragma once

#include <QHash>
#include <QSet>

#include "destinationapi.h"

namespace sb {

// SmartPush below /smartpush. Its Open API is gated and unpublished (destination-apis.md), so this is
// the simulator's whole SmartPush wire format, kept in this one place until it can be matched to the
// real API:
//   header  X-SmartPush-Token: <token>            (401 when missing or wrong)
//   POST /v1/contacts                             {"contacts":[{"email","phone","firstName","lastName",
//                                                   "externalId","attributes":{...}}]}  at most 100;
//                                                   each needs email or phone (E.164)
//        -> 200 {"code":0,"message":"success","data":{"created":n,"updated":m}}
//   POST /v1/segments/{segmentId}/members         {"action":"add"|"remove","segmentName":"...",
//                                                   "members":[{"email","phone","externalId"}]}  at most 1000
//        -> 200 {"code":0,"message":"success","data":{"segmentId","added","removed","size"}}
//   errors  {"code":<HTTP status>,"message":"..."} with 400, 401, 404, 405, 429, 5xx
// Idempotency keys: contacts by externalId; memberships "<segmentId>:<action>:<email|phone|externalId>".
class SmartPushApi : public DestinationApi {
public:
    static constexpr char TokenHeader[] = "X-SmartPush-Token";
    static constexpr int MaxContacts = 100;
    static constexpr int MaxMembers = 1000;

    QString kind() const override { return QStringLiteral("smartpush"); }
    QHash<QString, QString> defaultCredentials() const override;
    SimReply handle(const SimRequest &request) override;
    SimReply errorReply(int status, const QString &message) const override;
    void reset() override;

    int segmentSize(const QString &segmentId) const { return int(m_segments.value(segmentId).size()); }

private:
    SimReply rejected(int status, const QString &message, int items = 1) const;
    SimReply contacts(const QJsonObject &body);
    SimReply members(const QString &segmentId, const QJsonObject &body);
    // Why this person reference is unusable; empty when fine.
    static QString checkPerson(const QJsonObject &person, bool allowExternalIdOnly);

    QSet<QString> m_contacts;                 // email or phone of every stored contact
    QHash<QString, QSet<QString>> m_segments; // segment id -> member identifiers
};

} // namespace sb
