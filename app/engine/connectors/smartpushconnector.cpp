#include "smartpushconnector.h"

#include <QJsonArray>

#include "connectorsupport.h"
#include "responserules.h"
#include "smartpushwireformat.h"

namespace sb {

using namespace connectorsupport;

QStringList SmartPushConnector::actions() const {
    return SmartPushWireFormat::actions();
}

QString SmartPushConnector::idempotencyField() const {
    return SmartPushWireFormat::idempotencyField();
}

QJsonObject SmartPushConnector::defaultSettings() const {
    return QJsonObject{
        {QStringLiteral("contactPath"), QStringLiteral("/v1/contacts")},
        {QStringLiteral("membershipPath"), QStringLiteral("/v1/segments/{segment_id}/members")},
        {QStringLiteral("eventPath"), QStringLiteral("/v1/events")},
        {QStringLiteral("authHeader"), QStringLiteral("Authorization")},
        {QStringLiteral("authScheme"), QStringLiteral("Bearer")},
        {QStringLiteral("requestsPerSecond"), 10}};
}

ConnectorLimits SmartPushConnector::limits(const DestinationConfig &destination) const {
    ConnectorLimits l;
    l.maxItemsPerRequest = 1;
    l.maxBytesPerRequest =
        setting(destination, QStringLiteral("maxBytesPerRequest"), 1024 * 1024).toInteger();
    l.maxBytesPerItem = l.maxBytesPerRequest;
    l.requestsPerSecond = setting(destination, QStringLiteral("requestsPerSecond"), 10).toDouble();
    l.burst = qMax(1, int(l.requestsPerSecond));
    return l;
}

RenderedItem SmartPushConnector::assemble(const DestinationConfig &, const ItemDraft &draft) const {
    RenderedItem item;
    item.action = draft.action;
    item.idempotencyKey = draft.idempotencyKey;
    item.body = SmartPushWireFormat::body(draft);
    item.pathKey = SmartPushWireFormat::pathKey(draft);
    return item;
}

HttpRequestSpec SmartPushConnector::buildRequest(const DestinationConfig &destination,
                                                 const QList<RenderedItem> &items) const {
    HttpRequestSpec request;
    request.method = "POST";
    const RenderedItem item = items.value(0);
    request.url = join(destination.baseUrl.isEmpty() ? defaultBaseUrl() : destination.baseUrl,
                       SmartPushWireFormat::path(destination, item.action, item.pathKey));
    request.headers = SmartPushWireFormat::headers(destination);
    request.body = jsonBody(item.body);
    return request;
}

ResponseVerdict SmartPushConnector::readResponse(int httpStatus, const HttpHeaders &headers,
                                                 const QByteArray &body) const {
    return ResponseRules::verdict(httpStatus, headers, body);
}

QList<Finding> SmartPushConnector::validate(const RenderedItem &item) const {
    QList<Finding> findings;
    const QJsonObject &b = item.body;
    if (item.action == QLatin1String("segment_membership")) {
        requireField(findings, b, QStringLiteral("segment_id"),
                     QStringLiteral("a segment membership needs the segment id"));
        const QString op = b.value(QStringLiteral("operation")).toString();
        static const QStringList operations = {QStringLiteral("add"), QStringLiteral("remove"),
                                               QStringLiteral("replace"), QStringLiteral("delete")};
        if (!operations.contains(op))
            findings << error(QStringLiteral("operation"), QStringLiteral("invalid_value"),
                              QStringLiteral("operation must be one of %1, not \"%2\"")
                                  .arg(operations.join(QStringLiteral(", ")), op));
        const QJsonArray contacts = b.value(QStringLiteral("contacts")).toArray();
        if (contacts.isEmpty() && (op == QLatin1String("add") || op == QLatin1String("remove")))
            findings << error(QStringLiteral("contacts"), QStringLiteral("missing_required"),
                              QStringLiteral("%1 needs at least one contact").arg(op));
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            const QJsonObject contact = contacts.at(i).toObject();
            if (isBlank(contact.value(QStringLiteral("email")))
                && isBlank(contact.value(QStringLiteral("phone"))))
                findings << error(QStringLiteral("contacts.%1.email").arg(i),
                                  QStringLiteral("missing_required"),
                                  QStringLiteral("a segment member needs an email or a phone"));
            QList<Finding> phone;
            requireE164(phone, contact, QStringLiteral("phone"));
            for (Finding &f : phone)
                f.field = QStringLiteral("contacts.%1.phone").arg(i);
            findings << phone;
        }
        return findings;
    }
    if (item.action == QLatin1String("event"))
        requireField(findings, b, QStringLiteral("event"), QStringLiteral("an event needs a name"));
    if (isBlank(b.value(QStringLiteral("email"))) && isBlank(b.value(QStringLiteral("phone"))))
        findings << error(QStringLiteral("email"), QStringLiteral("missing_required"),
                          QStringLiteral("SmartPush contacts are keyed by email or phone; neither is set"));
    requireE164(findings, b, QStringLiteral("phone"));
    return findings;
}

QStringList SmartPushConnector::secrets(const DestinationConfig &destination) const {
    const QString token = destination.credentials.value(QStringLiteral("token"));
    return token.isEmpty() ? QStringList() : QStringList{token};
}

} // namespace sb
