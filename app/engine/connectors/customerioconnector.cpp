#include "customerioconnector.h"

#include "connectorsupport.h"
#include "responserules.h"

namespace sb {

using namespace connectorsupport;

ConnectorLimits CustomerIoConnector::limits(const DestinationConfig &) const {
    ConnectorLimits l;
    l.maxItemsPerRequest = 1;
    l.maxBytesPerRequest = 32 * 1024;
    l.maxBytesPerItem = 32 * 1024;
    l.requestsPerSecond = 100; // fair use (unconfirmed)
    l.burst = 100;
    return l;
}

RenderedItem CustomerIoConnector::assemble(const DestinationConfig &, const ItemDraft &draft) const {
    RenderedItem item;
    item.action = draft.action;
    item.idempotencyKey = draft.idempotencyKey;
    QJsonObject f = draft.fields;
    const QJsonValue id = f.take(QStringLiteral("id"));
    item.pathKey = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    if (draft.action == QLatin1String("identify")) {
        item.body = f; // attributes at the top level; the id travels in the path
        return item;
    }
    QJsonValue timestamp = f.value(QStringLiteral("timestamp"));
    if (isBlank(timestamp) && draft.occurredAt.isValid())
        timestamp = double(draft.occurredAt.toSecsSinceEpoch());
    item.body = QJsonObject{{QStringLiteral("name"), draft.eventName},
                            {QStringLiteral("data"), f.value(QStringLiteral("data")).toObject()},
                            {QStringLiteral("timestamp"), timestamp},
                            {QStringLiteral("id"), draft.idempotencyKey}};
    return item;
}

HttpRequestSpec CustomerIoConnector::buildRequest(const DestinationConfig &destination,
                                                  const QList<RenderedItem> &items) const {
    const RenderedItem item = items.value(0);
    const QString customer = QString::fromUtf8(QUrl::toPercentEncoding(item.pathKey));
    HttpRequestSpec request;
    const bool identify = item.action == QLatin1String("identify");
    request.method = identify ? "PUT" : "POST";
    request.url = join(baseUrlOf(destination), QStringLiteral("/api/v1/customers/") + customer
                                                   + (identify ? QString() : QStringLiteral("/events")));
    request.headers = {{"Content-Type", "application/json"},
                       {"Authorization", basicAuth(destination.credentials.value(QStringLiteral("siteId")),
                                                   destination.credentials.value(QStringLiteral("apiKey")))}};
    request.body = jsonBody(item.body);
    return request;
}

std::optional<HttpRequestSpec>
CustomerIoConnector::credentialCheck(const DestinationConfig &destination) const {
    // The account's region: answered only for a valid site id and API key.
    HttpRequestSpec request;
    request.method = "GET";
    request.url = join(baseUrlOf(destination), QStringLiteral("/api/v1/accounts/region"));
    request.headers = {{"Authorization", basicAuth(destination.credentials.value(QStringLiteral("siteId")),
                                                   destination.credentials.value(QStringLiteral("apiKey")))}};
    return request;
}

ResponseVerdict CustomerIoConnector::readResponse(int httpStatus, const HttpHeaders &headers,
                                                  const QByteArray &body) const {
    return ResponseRules::verdict(httpStatus, headers, body);
}

QList<Finding> CustomerIoConnector::validate(const RenderedItem &item) const {
    QList<Finding> findings;
    if (item.pathKey.isEmpty())
        findings << error(QStringLiteral("id"), QStringLiteral("missing_required"),
                          QStringLiteral("Customer.io needs the customer id (field \"id\") for the URL"));
    if (item.action == QLatin1String("event"))
        requireField(findings, item.body, QStringLiteral("name"),
                     QStringLiteral("a Customer.io event needs a name"));
    return findings;
}

QStringList CustomerIoConnector::secrets(const DestinationConfig &destination) const {
    const QString site = destination.credentials.value(QStringLiteral("siteId"));
    const QString key = destination.credentials.value(QStringLiteral("apiKey"));
    if (key.isEmpty())
        return {};
    return {key, QString::fromLatin1(QString(site + u':' + key).toUtf8().toBase64())};
}

} // namespace sb
