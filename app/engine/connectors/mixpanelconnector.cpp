#include "mixpanelconnector.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

#include "connectorsupport.h"
#include "responserules.h"

namespace sb {

using namespace connectorsupport;

ConnectorLimits MixpanelConnector::limits(const DestinationConfig &) const {
    ConnectorLimits l;
    l.maxItemsPerRequest = 2000;
    l.maxBytesPerRequest = 10 * 1024 * 1024;
    l.maxBytesPerItem = 1024 * 1024;
    l.requestsPerSecond = 10; // not in the reference; Mixpanel asks for backoff on 429 (2 s doubling)
    l.burst = 10;
    return l;
}

RenderedItem MixpanelConnector::assemble(const DestinationConfig &destination, const ItemDraft &draft) const {
    RenderedItem item;
    item.action = draft.action;
    item.idempotencyKey = draft.idempotencyKey;
    const QJsonObject &f = draft.fields;
    if (draft.action == QLatin1String("profile")) {
        item.body = QJsonObject{
            {QStringLiteral("$token"), destination.credentials.value(QStringLiteral("projectToken"))},
            {QStringLiteral("$distinct_id"), f.value(QStringLiteral("distinct_id"))},
            {QStringLiteral("$set"), f.value(QStringLiteral("set")).toObject()}};
        return item;
    }
    QJsonObject properties = f.value(QStringLiteral("properties")).toObject();
    QJsonValue time = f.value(QStringLiteral("time"));
    if (isBlank(time) && draft.occurredAt.isValid())
        time = double(draft.occurredAt.toMSecsSinceEpoch());
    properties.insert(QStringLiteral("time"), time);
    properties.insert(QStringLiteral("distinct_id"), f.value(QStringLiteral("distinct_id")));
    properties.insert(QStringLiteral("$insert_id"), draft.idempotencyKey);
    item.body =
        QJsonObject{{QStringLiteral("event"), draft.eventName}, {QStringLiteral("properties"), properties}};
    return item;
}

QString MixpanelConnector::emailField(const QString &action) const {
    return action == QLatin1String("profile") ? QStringLiteral("set.$email")
                                              : QStringLiteral("properties.$email");
}

HttpRequestSpec MixpanelConnector::buildRequest(const DestinationConfig &destination,
                                                const QList<RenderedItem> &items) const {
    QJsonArray records;
    for (const RenderedItem &item : items)
        records.append(item.body);
    const bool profile = !items.isEmpty() && items.first().action == QLatin1String("profile");
    HttpRequestSpec request;
    request.method = "POST";
    QUrl url = join(baseUrlOf(destination), profile ? QStringLiteral("/engage") : QStringLiteral("/import"));
    if (!profile) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("strict"), QStringLiteral("1"));
        const QString projectId = setting(destination, QStringLiteral("projectId"), QString()).toString();
        if (!projectId.isEmpty())
            query.addQueryItem(QStringLiteral("project_id"), projectId);
        url.setQuery(query);
    }
    request.url = url;
    const QString user = destination.credentials.value(QStringLiteral("serviceAccountUser"));
    const QByteArray auth =
        user.isEmpty()
            ? basicAuth(destination.credentials.value(QStringLiteral("projectToken")), QString())
            : basicAuth(user, destination.credentials.value(QStringLiteral("serviceAccountSecret")));
    request.headers = {
        {"Content-Type", "application/json"}, {"Accept", "application/json"}, {"Authorization", auth}};
    request.body = jsonBody(records);
    return request;
}

ResponseVerdict MixpanelConnector::readResponse(int httpStatus, const HttpHeaders &headers,
                                                const QByteArray &body) const {
    ResponseVerdict v = ResponseRules::verdict(httpStatus, headers, body);
    if (httpStatus == 429 && !v.retryAfterMs)
        v.retryAfterMs = 2000; // Mixpanel: back off 2 s, doubling up to 60 s (the engine doubles)
    return v;
}

QList<Finding> MixpanelConnector::validate(const RenderedItem &item) const {
    QList<Finding> findings;
    const QJsonObject &b = item.body;
    if (item.action == QLatin1String("profile")) {
        requireField(findings, b, QStringLiteral("$distinct_id"));
        requireField(findings, b, QStringLiteral("$token"),
                     QStringLiteral("/engage needs the project token (credential projectToken)"));
        return findings;
    }
    requireField(findings, b, QStringLiteral("event"), QStringLiteral("a Mixpanel event needs a name"));
    const QJsonObject properties = b.value(QStringLiteral("properties")).toObject();
    if (isBlank(properties.value(QStringLiteral("distinct_id"))))
        findings << error(QStringLiteral("properties.distinct_id"), QStringLiteral("missing_required"),
                          QStringLiteral("properties.distinct_id is required"));
    static const QRegularExpression insertId(QStringLiteral("^[A-Za-z0-9-]{1,36}$"));
    if (!insertId.match(properties.value(QStringLiteral("$insert_id")).toString()).hasMatch())
        findings << error(QStringLiteral("properties.$insert_id"), QStringLiteral("invalid_value"),
                          QStringLiteral("$insert_id must be 1-36 characters of A-Z, a-z, 0-9 and -"));
    return findings;
}

QStringList MixpanelConnector::secrets(const DestinationConfig &destination) const {
    QStringList out;
    const QString token = destination.credentials.value(QStringLiteral("projectToken"));
    const QString user = destination.credentials.value(QStringLiteral("serviceAccountUser"));
    const QString secret = destination.credentials.value(QStringLiteral("serviceAccountSecret"));
    if (!token.isEmpty())
        out << token << QString::fromLatin1(QString(token + u':').toUtf8().toBase64());
    if (!secret.isEmpty())
        out << secret << QString::fromLatin1(QString(user + u':' + secret).toUtf8().toBase64());
    return out;
}

} // namespace sb
