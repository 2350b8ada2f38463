#pragma once

#include "connector.h"

namespace sb {

// Segment HTTP Tracking API: every item goes through POST /v1/batch (up to 500 KB and 2,500 events,
// 32 KB per event), Basic auth with the write key and an empty password, dedupe by messageId.
class SegmentConnector final : public Connector {
public:
    QString kind() const override { return QStringLiteral("segment"); }
    QString displayName() const override { return QStringLiteral("Segment"); }
    QStringList actions() const override;
    ConnectorLimits limits(const DestinationConfig &destination) const override;
    bool canBatch(const QString &action) const override;
    QString idempotencyField() const override { return QStringLiteral("messageId"); }
    HttpRequestSpec buildRequest(const DestinationConfig &destination,
                                 const QList<RenderedItem> &items) const override;
    // {"batch":[...]} joined from the items' compact JSON (byte for byte what buildRequest sends).
    HttpRequestSpec buildRequestFromJson(const DestinationConfig &destination,
                                         const QList<RenderedItem> &items,
                                         const QList<QByteArray> &compactBodies) const override;
    ResponseVerdict readResponse(int httpStatus, const HttpHeaders &headers,
                                 const QByteArray &body) const override;
    QList<Finding> validate(const RenderedItem &item) const override;
    QStringList secrets(const DestinationConfig &destination) const override;
    RenderedItem assemble(const DestinationConfig &destination, const ItemDraft &draft) const override;
    QString emailField(const QString &action) const override;
    QStringList credentialKeys() const override { return {QStringLiteral("writeKey")}; }
    QUrl defaultBaseUrl() const override { return QUrl(QStringLiteral("https://api.segment.io")); }
};

} // namespace sb
