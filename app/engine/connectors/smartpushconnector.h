#pragma once

#include "connector.h"

namespace sb {

// SHOPLINE SmartPush: contacts, segment memberships and custom events on a configurable endpoint.
// The wire format is in SmartPushWireFormat (the real API is not public); limits are settings.
// Contacts and events of several deliveries share one bulk request; a segment change goes alone.
class SmartPushConnector final : public Connector {
public:
    QString kind() const override { return QStringLiteral("smartpush"); }
    QString displayName() const override { return QStringLiteral("SHOPLINE SmartPush"); }
    QStringList actions() const override;
    ConnectorLimits limits(const DestinationConfig &destination) const override;
    bool canBatch(const QString &action) const override;
    QString idempotencyField() const override;
    HttpRequestSpec buildRequest(const DestinationConfig &destination,
                                 const QList<RenderedItem> &items) const override;
    ResponseVerdict readResponse(int httpStatus, const HttpHeaders &headers,
                                 const QByteArray &body) const override;
    QList<Finding> validate(const RenderedItem &item) const override;
    QStringList secrets(const DestinationConfig &destination) const override;
    RenderedItem assemble(const DestinationConfig &destination, const ItemDraft &draft) const override;
    QStringList credentialKeys() const override { return {QStringLiteral("token")}; }
    QUrl defaultBaseUrl() const override { return QUrl(QStringLiteral("https://smartpush.example.invalid")); }
    QJsonObject defaultSettings() const override;
};

} // namespace sb
