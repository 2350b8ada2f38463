#pragma once

#include "destinationapi.h"

namespace sb {

// Customer.io Track API below /customerio with Basic site_id:api_key: PUT /api/v1/customers/{id}
// (attributes at the top level), POST /api/v1/customers/{id}/events ({"name","data","timestamp","id"}),
// POST /api/v2/batch ({"batch":[...]}, under 500 KB, items at most 32 KB). Timestamps must be Unix
// seconds. Errors come as {"meta":{"error":"..."}}; a v2 batch with bad items answers 400
// {"errors":[{"batch_index","reason"}]} (shape unconfirmed). Idempotency key: the event's id.
class CustomerIoApi : public DestinationApi {
public:
    static constexpr qint64 MaxBatchBytes = 500 * 1024;
    static constexpr qint64 MaxItemBytes = 32 * 1024;

    QString kind() const override { return QStringLiteral("customerio"); }
    QHash<QString, QString> defaultCredentials() const override;
    SimReply handle(const SimRequest &request) override;
    SimReply errorReply(int status, const QString &message) const override;

private:
    SimReply rejected(int status, const QString &message, const QString &key = QString()) const;
    // GET /api/v1/accounts/region: the account's region for a valid site id and key.
    SimReply region(const SimRequest &request) const;
    SimReply identify(const QString &customerId, const QJsonObject &body);
    SimReply trackEvent(const QString &customerId, const QJsonObject &body);
    SimReply batch(const QJsonObject &body, qint64 bytes);
    // Why a timestamp is not Unix seconds; empty when it is (or absent).
    static QString checkSeconds(const QJsonValue &value, const QString &field);
};

} // namespace sb
