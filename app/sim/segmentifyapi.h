#pragma once

#include "destinationapi.h"

namespace sb {

// Segmentify REST API below /segmentify (seed 003): POST /add/events/v1.json?apiKey=<key> with a JSON
// array of events and an Origin header matching the account's domain; GET /get/key?count=N. As the seed
// documents, request problems come back as HTTP 200 with {"statusCode": NO_API_KEY | NO_ACCOUNT |
// NO_DOMAIN_APIKEY_MATCH | NO_EVENT | NO_USERID | NO_SESSIONID | BAD_INPUT}; a non-POST is 400. Fields the
// seed calls mandatory but gives no error code for (device, per-type fields) are named in X-Sim-Verdict.
// Segmentify events carry no idempotency key.
class SegmentifyApi : public DestinationApi {
public:
    QString kind() const override { return QStringLiteral("segmentify"); }
    QHash<QString, QString> defaultCredentials() const override;
    SimReply handle(const SimRequest &request) override;
    SimReply errorReply(int status, const QString &message) const override;

private:
    SimReply statusCode(const QString &code, int items, const QString &why) const;
    SimReply keys(const SimRequest &request) const;
    // Mandatory fields of the seed's event types that are missing; empty when complete.
    static QStringList missingMandatory(const QJsonObject &event);
};

} // namespace sb
