#pragma once

#include "connector.h"

namespace sb {

// Mixpanel: events through POST /import?strict=1&project_id=... ($insert_id dedupes, at most 36
// characters of [A-Za-z0-9-]); profiles through POST /engage with $set. Up to 2,000 records and
// 10 MB per request. Basic auth: service account (serviceAccountUser / serviceAccountSecret), or
// the project token as user with an empty password.
// Draft fields: event: distinct_id, time, properties.*; profile: distinct_id, set.*.
class MixpanelConnector final : public Connector {
public:
    QString kind() const override { return QStringLiteral("mixpanel"); }
    QString displayName() const override { return QStringLiteral("Mixpanel"); }
    QStringList actions() const override { return {QStringLiteral("event"), QStringLiteral("profile")}; }
    ConnectorLimits limits(const DestinationConfig &destination) const override;
    bool canBatch(const QString &) const override { return true; }
    QString idempotencyField() const override { return QStringLiteral("$insert_id"); }
    HttpRequestSpec buildRequest(const DestinationConfig &destination,
                                 const QList<RenderedItem> &items) const override;
    ResponseVerdict readResponse(int httpStatus, const HttpHeaders &headers,
                                 const QByteArray &body) const override;
    QList<Finding> validate(const RenderedItem &item) const override;
    QStringList secrets(const DestinationConfig &destination) const override;
    RenderedItem assemble(const DestinationConfig &destination, const ItemDraft &draft) const override;
    QString emailField(const QString &action) const override;
    QStringList credentialKeys() const override {
        return {QStringLiteral("projectToken"), QStringLiteral("serviceAccountUser"),
                QStringLiteral("serviceAccountSecret")};
    }
    QUrl defaultBaseUrl() const override { return QUrl(QStringLiteral("https://api.mixpanel.com")); }
    QJsonObject defaultSettings() const override {
        return QJsonObject{{QStringLiteral("projectId"), QString()}};
    }
};

} // namespace sb
