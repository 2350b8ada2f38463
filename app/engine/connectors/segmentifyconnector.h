#pragma once

#include "connector.h"

namespace sb {

// Segmentify REST API: POST <data center>/add/events/v1.json?apiKey=KEY with a JSON array of
// events, Origin header matching the account's domain. Batch size and rate are not published:
// settings maxItemsPerRequest, maxBytesPerRequest, requestsPerSecond.
// The draft fields are the Segmentify event itself (name, userId, sessionId, device, ...).
class SegmentifyConnector final : public Connector {
public:
    QString kind() const override { return QStringLiteral("segmentify"); }
    QString displayName() const override { return QStringLiteral("Segmentify"); }
    QStringList actions() const override { return {QStringLiteral("event")}; }
    ConnectorLimits limits(const DestinationConfig &destination) const override;
    bool canBatch(const QString &) const override { return true; }
    QString idempotencyField() const override { return {}; } // the API has none
    HttpRequestSpec buildRequest(const DestinationConfig &destination,
                                 const QList<RenderedItem> &items) const override;
    ResponseVerdict readResponse(int httpStatus, const HttpHeaders &headers,
                                 const QByteArray &body) const override;
    QList<Finding> validate(const RenderedItem &item) const override;
    QStringList secrets(const DestinationConfig &destination) const override;
    RenderedItem assemble(const DestinationConfig &destination, const ItemDraft &draft) const override;
    QStringList credentialKeys() const override { return {QStringLiteral("apiKey")}; }
    QUrl defaultBaseUrl() const override { return QUrl(QStringLiteral("https://dce1.segmentify.com")); }
    QJsonObject defaultSettings() const override;

    // Mandatory fields per event name, from the REST API guide.
    static QStringList requiredFields(const QString &eventName);
};

} // namespace sb
