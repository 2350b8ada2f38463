#include "segmentifyconnector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include "connectorsupport.h"
#include "responserules.h"

namespace sb {

using namespace connectorsupport;

QJsonObject SegmentifyConnector::defaultSettings() const {
    return QJsonObject{{QStringLiteral("origin"), QStringLiteral("https://www.example-shop.com")},
                       {QStringLiteral("maxItemsPerRequest"), 100},
                       {QStringLiteral("maxBytesPerRequest"), 1024 * 1024},
                       {QStringLiteral("requestsPerSecond"), 10}};
}

ConnectorLimits SegmentifyConnector::limits(const DestinationConfig &destination) const {
    ConnectorLimits l;
    l.maxItemsPerRequest = setting(destination, QStringLiteral("maxItemsPerRequest"), 100).toInt();
    l.maxBytesPerRequest =
        setting(destination, QStringLiteral("maxBytesPerRequest"), 1024 * 1024).toInteger();
    l.maxBytesPerItem = l.maxBytesPerRequest;
    l.requestsPerSecond = setting(destination, QStringLiteral("requestsPerSecond"), 10).toDouble();
    l.burst = qMax(1, int(l.requestsPerSecond));
    return l;
}

RenderedItem SegmentifyConnector::assemble(const DestinationConfig &, const ItemDraft &draft) const {
    RenderedItem item;
    item.action = draft.action;
    item.idempotencyKey = draft.idempotencyKey;
    item.body = draft.fields;
    if (isBlank(item.body.value(QStringLiteral("name"))) && !draft.eventName.isEmpty())
        item.body.insert(QStringLiteral("name"), draft.eventName);
    return item;
}

HttpRequestSpec SegmentifyConnector::buildRequest(const DestinationConfig &destination,
                                                  const QList<RenderedItem> &items) const {
    QJsonArray events;
    for (const RenderedItem &item : items)
        events.append(item.body);
    HttpRequestSpec request;
    request.method = "POST";
    QUrl url = join(baseUrlOf(destination), QStringLiteral("/add/events/v1.json"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("apiKey"), destination.credentials.value(QStringLiteral("apiKey")));
    url.setQuery(query);
    request.url = url;
    request.headers = {
        {"Content-Type", "application/json"},
        {"Accept", "application/json"},
        {"Origin", setting(destination, QStringLiteral("origin"), QString()).toString().toUtf8()}};
    request.body = jsonBody(events);
    return request;
}

ResponseVerdict SegmentifyConnector::readResponse(int httpStatus, const HttpHeaders &headers,
                                                  const QByteArray &body) const {
    ResponseVerdict v = ResponseRules::verdict(httpStatus, headers, body);
    if (v.outcome == ResponseClass::Success) {
        // 200 with {"statusCode": "NO_API_KEY" | ...} is an account or request error, not a success.
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        const QString code = o.value(QStringLiteral("statusCode")).toString();
        if (!code.isEmpty()) {
            static const QHash<QString, QString> meanings = {
                {QStringLiteral("NO_API_KEY"), QStringLiteral("the request has no apiKey")},
                {QStringLiteral("NO_ACCOUNT"), QStringLiteral("the apiKey belongs to no Segmentify account")},
                {QStringLiteral("UNVERIFIED_ACCOUNT"),
                 QStringLiteral("the Segmentify account is not verified")},
                {QStringLiteral("FAILED_ACCOUNT"), QStringLiteral("the Segmentify account is not active")},
                {QStringLiteral("NO_DOMAIN_APIKEY_MATCH"),
                 QStringLiteral("the Origin header does not match the account's domain")},
                {QStringLiteral("NO_EVENT"), QStringLiteral("the request holds no events")},
                {QStringLiteral("NO_USERID"), QStringLiteral("an event lacks userId")},
                {QStringLiteral("NO_SESSIONID"), QStringLiteral("an event lacks sessionId")},
                {QStringLiteral("BAD_INPUT"), QStringLiteral("the body is not a JSON array of events")},
            };
            v.outcome = ResponseClass::Terminal;
            v.reason = QStringLiteral("Segmentify %1: %2")
                           .arg(code, meanings.value(code, QStringLiteral("request refused")));
        }
    }
    return v;
}

QStringList SegmentifyConnector::requiredFields(const QString &name) {
    if (name == QLatin1String("PAGE_VIEW"))
        return {QStringLiteral("category")};
    if (name == QLatin1String("PRODUCT_VIEW"))
        return {QStringLiteral("productId"), QStringLiteral("title"),    QStringLiteral("url"),
                QStringLiteral("image"),     QStringLiteral("category"), QStringLiteral("price")};
    if (name == QLatin1String("BASKET_OPERATIONS"))
        return {QStringLiteral("step"), QStringLiteral("productId")};
    if (name == QLatin1String("CHECKOUT"))
        return {QStringLiteral("step"), QStringLiteral("totalPrice"), QStringLiteral("productList")};
    if (name == QLatin1String("USER_OPERATIONS"))
        return {QStringLiteral("step"), QStringLiteral("username")};
    if (name == QLatin1String("CUSTOM_EVENT"))
        return {QStringLiteral("type")};
    return {};
}

QList<Finding> SegmentifyConnector::validate(const RenderedItem &item) const {
    QList<Finding> findings;
    const QJsonObject &b = item.body;
    for (const char *key : {"name", "userId", "sessionId", "device"})
        requireField(findings, b, QString::fromLatin1(key));
    const QString name = b.value(QStringLiteral("name")).toString();
    static const QStringList names = {
        QStringLiteral("PAGE_VIEW"),         QStringLiteral("PRODUCT_VIEW"),
        QStringLiteral("BASKET_OPERATIONS"), QStringLiteral("CHECKOUT"),
        QStringLiteral("USER_OPERATIONS"),   QStringLiteral("CUSTOM_EVENT"),
        QStringLiteral("INTERACTION"),       QStringLiteral("USER_FORM"),
        QStringLiteral("BANNER_VIEW"),       QStringLiteral("BANNER_OPERATIONS")};
    if (!name.isEmpty() && !names.contains(name))
        findings << error(QStringLiteral("name"), QStringLiteral("invalid_value"),
                          QStringLiteral("\"%1\" is not a Segmentify event name (%2)")
                              .arg(name, names.join(QStringLiteral(", "))));
    const QStringList required = requiredFields(name);
    for (const QString &field : required)
        requireField(findings, b, field, QStringLiteral("%1 is mandatory for %2").arg(field, name));
    static const QStringList devices = {QStringLiteral("PC"), QStringLiteral("TABLET"),
                                        QStringLiteral("MOBILE"), QStringLiteral("ANDROID"),
                                        QStringLiteral("IOS")};
    const QString device = b.value(QStringLiteral("device")).toString();
    if (!device.isEmpty() && !devices.contains(device))
        findings << error(QStringLiteral("device"), QStringLiteral("invalid_value"),
                          QStringLiteral("device must be one of %1, not \"%2\"")
                              .arg(devices.join(QStringLiteral(", ")), device));
    return findings;
}

QStringList SegmentifyConnector::secrets(const DestinationConfig &destination) const {
    const QString key = destination.credentials.value(QStringLiteral("apiKey"));
    return key.isEmpty() ? QStringList() : QStringList{key};
}

} // namespace sb
