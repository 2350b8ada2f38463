#include "smartpushconnector.h"

#include <QJsonArray>
#include <algorithm>

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
        {QStringLiteral("maxItemsPerRequest"), SmartPushWireFormat::MaxItemsPerRequest},
        {QStringLiteral("requestsPerSecond"), 10}};
}

bool SmartPushConnector::canBatch(const QString &action) const {
    return SmartPushWireFormat::batches(action);
}

ConnectorLimits SmartPushConnector::limits(const DestinationConfig &destination) const {
    ConnectorLimits l;
    // Clamped: the API refuses bigger bulk requests whatever the setting says.
    l.maxItemsPerRequest = std::clamp(int(setting(destination, QStringLiteral("maxItemsPerRequest"),
                                                  SmartPushWireFormat::MaxItemsPerRequest)
                                              .toInteger()),
                                      1, SmartPushWireFormat::MaxItemsPerRequest);
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
    const QString status = item.body.value(QStringLiteral("subscription_status")).toString();
    if (item.action == QLatin1String("contact") && SmartPushWireFormat::excludedStatuses().contains(status)) {
        // SmartPush leaves these contacts out of every campaign; they are never sent.
        item.skip = true;
        item.skipReason = QStringLiteral("%1 contacts are not sent to SmartPush").arg(status);
        item.findings << warning(QStringLiteral("subscription_status"), QStringLiteral("excluded_contact"),
                                 item.skipReason);
    }
    return item;
}

HttpRequestSpec SmartPushConnector::buildRequest(const DestinationConfig &destination,
                                                 const QList<RenderedItem> &items) const {
    HttpRequestSpec request;
    request.method = "POST";
    const RenderedItem first = items.value(0);
    request.url =
        join(baseUrlOf(destination), SmartPushWireFormat::path(destination, first.action, first.pathKey));
    request.headers = SmartPushWireFormat::headers(destination);
    request.body = jsonBody(SmartPushWireFormat::envelope(first.action, items));
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
        const QString action = b.value(QStringLiteral("action")).toString();
        const QStringList actions = SmartPushWireFormat::membershipActions();
        if (!actions.contains(action))
            findings << error(QStringLiteral("action"), QStringLiteral("invalid_value"),
                              QStringLiteral("action must be one of %1, not \"%2\"")
                                  .arg(actions.join(QStringLiteral(", ")), action));
        const QJsonArray members = b.value(QStringLiteral("members")).toArray();
        if (members.isEmpty() && (action == QLatin1String("add") || action == QLatin1String("remove")))
            findings << error(QStringLiteral("members"), QStringLiteral("missing_required"),
                              QStringLiteral("%1 needs at least one segment member").arg(action));
        if (!members.isEmpty() && action == QLatin1String("delete"))
            findings << error(QStringLiteral("members"), QStringLiteral("invalid_value"),
                              QStringLiteral("deleting a segment takes no members"));
        if (members.size() > SmartPushWireFormat::MaxMembersPerRequest)
            findings << error(QStringLiteral("members"), QStringLiteral("too_large"),
                              QStringLiteral("SmartPush takes at most %1 segment members per request, not %2")
                                  .arg(SmartPushWireFormat::MaxMembersPerRequest)
                                  .arg(members.size()));
        for (qsizetype i = 0; i < members.size(); ++i) {
            const QJsonObject member = members.at(i).toObject();
            const QJsonValue email = member.value(QStringLiteral("email"));
            if (isBlank(email) && isBlank(member.value(QStringLiteral("phone"))))
                findings << error(QStringLiteral("members.%1.email").arg(i),
                                  QStringLiteral("missing_required"),
                                  QStringLiteral("a segment member needs an email or a phone"));
            else if (!isBlank(email) && !email.toString().contains(u'@'))
                findings << error(QStringLiteral("members.%1.email").arg(i), QStringLiteral("invalid_value"),
                                  QStringLiteral("segment member \"%1\" is neither an email nor a phone")
                                      .arg(email.toString()));
            QList<Finding> phone;
            requireE164(phone, member, QStringLiteral("phone"));
            for (Finding &f : phone)
                f.field = QStringLiteral("members.%1.phone").arg(i);
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
