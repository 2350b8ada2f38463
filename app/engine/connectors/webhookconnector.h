#pragma once

#include "connector.h"

namespace sb {

// A generic JSON webhook: POST to the base URL, body {"id","action","event","timestamp","data"},
// signed with HMAC-SHA256 of the exact body bytes under the destination's secret:
//   X-Switchboard-Signature: sha256=<hex>    X-Switchboard-Id: <idempotency key>
class WebhookConnector final : public Connector {
public:
    QString kind() const override { return QStringLiteral("webhook"); }
    QString displayName() const override { return QStringLiteral("Webhook"); }
    QStringList actions() const override { return {QStringLiteral("event")}; }
    ConnectorLimits limits(const DestinationConfig &destination) const override;
    bool canBatch(const QString &) const override { return false; }
    QString idempotencyField() const override { return QStringLiteral("id"); }
    HttpRequestSpec buildRequest(const DestinationConfig &destination,
                                 const QList<RenderedItem> &items) const override;
    ResponseVerdict readResponse(int httpStatus, const HttpHeaders &headers,
                                 const QByteArray &body) const override;
    QList<Finding> validate(const RenderedItem &item) const override;
    QStringList secrets(const DestinationConfig &destination) const override;
    RenderedItem assemble(const DestinationConfig &destination, const ItemDraft &draft) const override;
    QString emailField(const QString &) const override { return QStringLiteral("email"); }
    QStringList credentialKeys() const override { return {QStringLiteral("secret")}; }
    QJsonObject defaultSettings() const override {
        return QJsonObject{{QStringLiteral("requestsPerSecond"), 10}};
    }

    // "sha256=" + hex HMAC-SHA256(secret, body): receivers recompute it to verify the sender.
    static QByteArray signature(const QByteArray &secret, const QByteArray &body);
};

} // namespace sb
