#include "webhookconnector.h"

#include <QMessageAuthenticationCode>

#include "connectorsupport.h"
#include "responserules.h"

namespace sb {

using namespace connectorsupport;

QByteArray WebhookConnector::signature(const QByteArray &secret, const QByteArray &body) {
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

ConnectorLimits WebhookConnector::limits(const DestinationConfig &destination) const {
    ConnectorLimits l;
    l.maxItemsPerRequest = 1;
    l.maxBytesPerRequest =
        setting(destination, QStringLiteral("maxBytesPerRequest"), 1024 * 1024).toInteger();
    l.maxBytesPerItem = l.maxBytesPerRequest;
    l.requestsPerSecond = setting(destination, QStringLiteral("requestsPerSecond"), 10).toDouble();
    l.burst = qMax(1, int(l.requestsPerSecond));
    return l;
}

RenderedItem WebhookConnector::assemble(const DestinationConfig &, const ItemDraft &draft) const {
    RenderedItem item;
    item.action = draft.action;
    item.idempotencyKey = draft.idempotencyKey;
    item.body = QJsonObject{
        {QStringLiteral("id"), draft.idempotencyKey},
        {QStringLiteral("action"), draft.action},
        {QStringLiteral("event"), draft.eventName},
        {QStringLiteral("timestamp"), draft.occurredAt.isValid()
                                          ? QJsonValue(draft.occurredAt.toUTC().toString(Qt::ISODateWithMs))
                                          : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("data"), draft.fields}};
    return item;
}

HttpRequestSpec WebhookConnector::buildRequest(const DestinationConfig &destination,
                                               const QList<RenderedItem> &items) const {
    const RenderedItem item = items.value(0);
    HttpRequestSpec request;
    request.method = "POST";
    request.url = destination.baseUrl;
    request.body = jsonBody(item.body);
    request.headers = {{"Content-Type", "application/json"},
                       {"X-Switchboard-Id", item.idempotencyKey.toUtf8()}};
    const QString secret = destination.credentials.value(QStringLiteral("secret"));
    if (!secret.isEmpty())
        request.headers.append({"X-Switchboard-Signature", signature(secret.toUtf8(), request.body)});
    return request;
}

ResponseVerdict WebhookConnector::readResponse(int httpStatus, const HttpHeaders &headers,
                                               const QByteArray &body) const {
    return ResponseRules::verdict(httpStatus, headers, body);
}

QList<Finding> WebhookConnector::validate(const RenderedItem &item) const {
    QList<Finding> findings;
    if (item.body.value(QStringLiteral("data")).toObject().isEmpty())
        findings << warning(QStringLiteral("data"), QStringLiteral("missing_required"),
                            QStringLiteral("the mapping puts no fields into the webhook's data"));
    return findings;
}

QStringList WebhookConnector::secrets(const DestinationConfig &destination) const {
    const QString secret = destination.credentials.value(QStringLiteral("secret"));
    return secret.isEmpty() ? QStringList() : QStringList{secret};
}

} // namespace sb
