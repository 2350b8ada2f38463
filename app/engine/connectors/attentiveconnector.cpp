#include "attentiveconnector.h"

#include <QJsonArray>

#include "connectorsupport.h"
#include "responserules.h"

namespace sb {

using namespace connectorsupport;

namespace {

void findArrays(const QJsonObject &object, const QString &prefix, QStringList &out) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix + it.key();
        if (it.value().isArray())
            out << path;
        else if (it.value().isObject())
            findArrays(it.value().toObject(), path + u'.', out);
    }
}

} // namespace

const QString &AttentiveConnector::forbiddenTypeCharacters() {
    static const QString chars = QStringLiteral("\"'(){}[]\\|,");
    return chars;
}

ConnectorLimits AttentiveConnector::limits(const DestinationConfig &) const {
    ConnectorLimits l;
    l.maxItemsPerRequest = 1;
    l.maxBytesPerRequest = 1024 * 1024; // not documented; a generous guard
    l.maxBytesPerItem = 1024 * 1024;
    l.requestsPerSecond = 150;
    l.burst = 150;
    return l;
}

RenderedItem AttentiveConnector::assemble(const DestinationConfig &, const ItemDraft &draft) const {
    RenderedItem item;
    item.action = draft.action;
    item.idempotencyKey = draft.idempotencyKey;
    const QJsonObject &f = draft.fields;
    QJsonObject body;
    if (draft.action == QLatin1String("custom_event")) {
        body.insert(QStringLiteral("type"), draft.eventName);
        body.insert(QStringLiteral("properties"), f.value(QStringLiteral("properties")).toObject());
        body.insert(QStringLiteral("externalEventId"), draft.idempotencyKey);
        QJsonValue occurred = f.value(QStringLiteral("occurredAt"));
        if (isBlank(occurred) && draft.occurredAt.isValid())
            occurred = rfc3339(draft.occurredAt);
        if (!isBlank(occurred))
            body.insert(QStringLiteral("occurredAt"), occurred);
    } else {
        body.insert(QStringLiteral("properties"), f.value(QStringLiteral("properties")).toObject());
    }
    body.insert(QStringLiteral("user"), f.value(QStringLiteral("user")).toObject());
    item.body = body;
    return item;
}

HttpRequestSpec AttentiveConnector::buildRequest(const DestinationConfig &destination,
                                                 const QList<RenderedItem> &items) const {
    HttpRequestSpec request;
    request.method = "POST";
    const bool attributes = !items.isEmpty() && items.first().action == QLatin1String("custom_attributes");
    request.url = join(baseUrlOf(destination), attributes ? QStringLiteral("/v1/attributes/custom")
                                                          : QStringLiteral("/v1/events/custom"));
    request.headers = {
        {"Authorization", "Bearer " + destination.credentials.value(QStringLiteral("apiKey")).toUtf8()},
        {"Content-Type", "application/json"}};
    request.body = jsonBody(items.isEmpty() ? QJsonObject() : items.first().body);
    return request;
}

std::optional<HttpRequestSpec>
AttentiveConnector::credentialCheck(const DestinationConfig &destination) const {
    // GET /v1/me is Attentive's documented way to test an API token.
    HttpRequestSpec request;
    request.method = "GET";
    request.url = join(baseUrlOf(destination), QStringLiteral("/v1/me"));
    request.headers = {
        {"Authorization", "Bearer " + destination.credentials.value(QStringLiteral("apiKey")).toUtf8()},
        {"Accept", "application/json"}};
    return request;
}

ResponseVerdict AttentiveConnector::readResponse(int httpStatus, const HttpHeaders &headers,
                                                 const QByteArray &body) const {
    return ResponseRules::verdict(httpStatus, headers, body);
}

QList<Finding> AttentiveConnector::validate(const RenderedItem &item) const {
    QList<Finding> findings;
    const QJsonObject &b = item.body;
    const QJsonObject user = b.value(QStringLiteral("user")).toObject();
    if (isBlank(user.value(QStringLiteral("phone"))) && isBlank(user.value(QStringLiteral("email")))
        && isBlank(user.value(QStringLiteral("externalIdentifiers"))))
        findings << error(
            QStringLiteral("user"), QStringLiteral("missing_required"),
            QStringLiteral("Attentive needs the user's phone, email or an external identifier"));
    requireE164(findings, b, QStringLiteral("user.phone"));
    const QJsonObject properties = b.value(QStringLiteral("properties")).toObject();
    if (item.action == QLatin1String("custom_event")) {
        const QString type = b.value(QStringLiteral("type")).toString();
        if (type.isEmpty())
            findings << error(QStringLiteral("type"), QStringLiteral("missing_required"),
                              QStringLiteral("a custom event needs a type"));
        QString bad;
        for (const QChar c : type) {
            if (forbiddenTypeCharacters().contains(c) && !bad.contains(c))
                bad += c;
        }
        if (!bad.isEmpty())
            findings << error(
                QStringLiteral("type"), QStringLiteral("forbidden_characters"),
                QStringLiteral("Attentive event types may not contain %1 (found in \"%2\")").arg(bad, type));
        if (properties.size() > 200)
            findings << error(
                QStringLiteral("properties"), QStringLiteral("too_large"),
                QStringLiteral("Attentive allows at most 200 keys per custom event type, this has %1")
                    .arg(properties.size()));
    } else {
        if (properties.isEmpty())
            findings << error(QStringLiteral("properties"), QStringLiteral("missing_required"),
                              QStringLiteral("custom attributes need at least one property"));
        QStringList arrays;
        findArrays(properties, QStringLiteral("properties."), arrays);
        for (const QString &path : arrays)
            findings << error(
                path, QStringLiteral("array_forbidden"),
                QStringLiteral(
                    "Attentive rejects arrays in custom attributes (400); join the list into text"));
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (it.key().size() > 200)
                findings << error(QStringLiteral("properties.") + it.key().left(40),
                                  QStringLiteral("too_large"),
                                  QStringLiteral("attribute names are limited to 200 characters"));
        }
    }
    return findings;
}

QStringList AttentiveConnector::secrets(const DestinationConfig &destination) const {
    const QString key = destination.credentials.value(QStringLiteral("apiKey"));
    return key.isEmpty() ? QStringList() : QStringList{key};
}

} // namespace sb
