#pragma once

#include "destinationapi.h"

namespace sb {

// A generic webhook receiver below /webhook (any path under it, POST with a JSON body). When a secret
// is configured it requires "X-Switchboard-Signature: sha256=<hex HMAC-SHA256(secret, body)>" and
// answers 401 {"error": ...} otherwise. An empty secret turns the check off. Idempotency key: the
// X-Idempotency-Key header, else the body's "id" (for an array body, each element's "id").
class WebhookApi : public DestinationApi {
public:
    static constexpr char SignatureHeader[] = "X-Switchboard-Signature";

    QString kind() const override { return QStringLiteral("webhook"); }
    QHash<QString, QString> defaultCredentials() const override;
    SimReply handle(const SimRequest &request) override;
    SimReply errorReply(int status, const QString &message) const override;

    // "sha256=<hex>" for body under secret; what a correct sender puts in the header.
    static QByteArray signature(const QByteArray &secret, const QByteArray &body);
};

} // namespace sb
