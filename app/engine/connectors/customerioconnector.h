#pragma once

#include "connector.h"

namespace sb {

// Customer.io Track API, Basic site_id:api_key:
//   identify -> PUT  /api/v1/customers/{id}         attributes at the top level
//   event    -> POST /api/v1/customers/{id}/events  {"name","data","timestamp" (Unix s),"id"}
// Draft fields: id (the customer id, used in the path), attributes at the top level for identify;
// id, data.*, timestamp for events.
class CustomerIoConnector final : public Connector {
public:
    QString kind() const override { return QStringLiteral("customerio"); }
    QString displayName() const override { return QStringLiteral("Customer.io"); }
    QStringList actions() const override { return {QStringLiteral("identify"), QStringLiteral("event")}; }
    ConnectorLimits limits(const DestinationConfig &destination) const override;
    bool canBatch(const QString &) const override { return false; }
    QString idempotencyField() const override { return QStringLiteral("id"); }
    HttpRequestSpec buildRequest(const DestinationConfig &destination,
                                 const QList<RenderedItem> &items) const override;
    ResponseVerdict readResponse(int httpStatus, const HttpHeaders &headers,
                                 const QByteArray &body) const override;
    QList<Finding> validate(const RenderedItem &item) const override;
    QStringList secrets(const DestinationConfig &destination) const override;
    std::optional<HttpRequestSpec> credentialCheck(const DestinationConfig &destination) const override;
    RenderedItem assemble(const DestinationConfig &destination, const ItemDraft &draft) const override;
    QStringList credentialKeys() const override {
        return {QStringLiteral("siteId"), QStringLiteral("apiKey")};
    }
    QUrl defaultBaseUrl() const override { return QUrl(QStringLiteral("https://track.customer.io")); }
};

} // namespace sb
