#pragma once

#include "connector.h"

namespace sb {

// Klaviyo JSON:API with the required `revision` header. Actions:
//   event   -> POST /api/events (unique_id dedupes), or /api/event-bulk-create-jobs for batches
//   profile -> POST /api/profile-import (create or update), or /api/profile-bulk-import-jobs
// Bulk endpoints are used only when the destination setting "bulk" is true: they pay off for
// backfills (1,000 events / 10,000 profiles per request) but have much lower request rates.
// Draft fields: event: profile.{email,phone_number,external_id,...}, properties.*, time, value,
// value_currency; profile: email, phone_number, external_id, first_name, last_name, properties.*.
class KlaviyoConnector final : public Connector {
public:
    QString kind() const override { return QStringLiteral("klaviyo"); }
    QString displayName() const override { return QStringLiteral("Klaviyo"); }
    QStringList actions() const override { return {QStringLiteral("event"), QStringLiteral("profile")}; }
    ConnectorLimits limits(const DestinationConfig &destination) const override;
    ConnectorLimits limitsFor(const DestinationConfig &destination, const QString &action) const override;
    bool canBatch(const QString &action) const override;
    QString idempotencyField() const override { return QStringLiteral("unique_id"); }
    HttpRequestSpec buildRequest(const DestinationConfig &destination,
                                 const QList<RenderedItem> &items) const override;
    ResponseVerdict readResponse(int httpStatus, const HttpHeaders &headers,
                                 const QByteArray &body) const override;
    QList<Finding> validate(const RenderedItem &item) const override;
    QStringList secrets(const DestinationConfig &destination) const override;
    std::optional<HttpRequestSpec> credentialCheck(const DestinationConfig &destination) const override;
    RenderedItem assemble(const DestinationConfig &destination, const ItemDraft &draft) const override;
    QString emailField(const QString &action) const override;
    QStringList credentialKeys() const override { return {QStringLiteral("apiKey")}; }
    QUrl defaultBaseUrl() const override { return QUrl(QStringLiteral("https://a.klaviyo.com")); }
    QJsonObject defaultSettings() const override;

    static constexpr const char *kDefaultRevision = "2026-07-15";

private:
    HttpHeaders headersFor(const DestinationConfig &destination) const;
};

} // namespace sb
