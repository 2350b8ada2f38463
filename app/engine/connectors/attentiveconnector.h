#pragma once

#include "connector.h"

namespace sb {

// Attentive: custom events (POST /v1/events/custom, externalEventId dedupes) and custom attributes
// (POST /v1/attributes/custom), Bearer API key, one item per request (no batch endpoint).
// Draft fields: user.{phone,email,externalIdentifiers.clientUserId}, properties.*, occurredAt.
class AttentiveConnector final : public Connector {
public:
    QString kind() const override { return QStringLiteral("attentive"); }
    QString displayName() const override { return QStringLiteral("Attentive"); }
    QStringList actions() const override {
        return {QStringLiteral("custom_event"), QStringLiteral("custom_attributes")};
    }
    ConnectorLimits limits(const DestinationConfig &destination) const override;
    bool canBatch(const QString &) const override { return false; }
    QString idempotencyField() const override { return QStringLiteral("externalEventId"); }
    HttpRequestSpec buildRequest(const DestinationConfig &destination,
                                 const QList<RenderedItem> &items) const override;
    ResponseVerdict readResponse(int httpStatus, const HttpHeaders &headers,
                                 const QByteArray &body) const override;
    QList<Finding> validate(const RenderedItem &item) const override;
    QStringList secrets(const DestinationConfig &destination) const override;
    std::optional<HttpRequestSpec> credentialCheck(const DestinationConfig &destination) const override;
    RenderedItem assemble(const DestinationConfig &destination, const ItemDraft &draft) const override;
    QString emailField(const QString &) const override { return QStringLiteral("user.email"); }
    QStringList credentialKeys() const override { return {QStringLiteral("apiKey")}; }
    QUrl defaultBaseUrl() const override { return QUrl(QStringLiteral("https://api.attentivemobile.com")); }

    // The characters a custom event type may not contain.
    static const QString &forbiddenTypeCharacters();
};

} // namespace sb
