#include "segmentconnector.h"

#include <QJsonArray>

#include "connectorsupport.h"
#include "responserules.h"

namespace sb {

using namespace connectorsupport;

QStringList SegmentConnector::actions() const {
    return {QStringLiteral("track"),  QStringLiteral("identify"), QStringLiteral("page"),
            QStringLiteral("screen"), QStringLiteral("group"),    QStringLiteral("alias")};
}

ConnectorLimits SegmentConnector::limits(const DestinationConfig &) const {
    ConnectorLimits l;
    l.maxItemsPerRequest = 2500;
    l.maxBytesPerRequest = 500 * 1024;
    l.maxBytesPerItem = 32 * 1024;
    l.requestsPerSecond = 1000; // per workspace, then 429
    l.burst = 1000;
    return l;
}

bool SegmentConnector::canBatch(const QString &) const {
    return true; // /v1/batch mixes types; each item carries its own "type"
}

RenderedItem SegmentConnector::assemble(const DestinationConfig &, const ItemDraft &draft) const {
    RenderedItem item;
    item.action = draft.action;
    item.idempotencyKey = draft.idempotencyKey;
    QJsonObject body = draft.fields;
    body.insert(QStringLiteral("type"), draft.action);
    if (draft.action == QLatin1String("track"))
        body.insert(QStringLiteral("event"), draft.eventName);
    else if ((draft.action == QLatin1String("page") || draft.action == QLatin1String("screen"))
             && !draft.eventName.isEmpty())
        body.insert(QStringLiteral("name"), draft.eventName);
    if (isBlank(body.value(QStringLiteral("timestamp"))) && draft.occurredAt.isValid())
        body.insert(QStringLiteral("timestamp"), draft.occurredAt.toUTC().toString(Qt::ISODateWithMs));
    body.insert(QStringLiteral("messageId"), draft.idempotencyKey);
    item.body = body;
    return item;
}

QString SegmentConnector::emailField(const QString &action) const {
    return action == QLatin1String("identify") ? QStringLiteral("traits.email")
                                               : QStringLiteral("context.traits.email");
}

namespace {

HttpRequestSpec batchRequest(const DestinationConfig &destination, const QUrl &defaultBase) {
    HttpRequestSpec request;
    request.method = "POST";
    request.url = join(destination.baseUrl.isValid() && !destination.baseUrl.isEmpty() ? destination.baseUrl
                                                                                       : defaultBase,
                       QStringLiteral("/v1/batch"));
    request.headers = {
        {"Content-Type", "application/json"},
        {"Authorization", basicAuth(destination.credentials.value(QStringLiteral("writeKey")), QString())}};
    return request;
}

} // namespace

HttpRequestSpec SegmentConnector::buildRequest(const DestinationConfig &destination,
                                               const QList<RenderedItem> &items) const {
    QJsonArray batch;
    for (const RenderedItem &item : items)
        batch.append(item.body);
    HttpRequestSpec request = batchRequest(destination, defaultBaseUrl());
    request.body = jsonBody(QJsonObject{{QStringLiteral("batch"), batch}});
    return request;
}

HttpRequestSpec SegmentConnector::buildRequestFromJson(const DestinationConfig &destination,
                                                       const QList<RenderedItem> &items,
                                                       const QList<QByteArray> &compactBodies) const {
    if (compactBodies.size() != items.size())
        return buildRequest(destination, items);
    HttpRequestSpec request = batchRequest(destination, defaultBaseUrl());
    qsizetype size = 12;
    for (const QByteArray &body : compactBodies)
        size += body.size() + 1;
    QByteArray &out = request.body;
    out.reserve(size);
    out += "{\"batch\":[";
    for (qsizetype i = 0; i < compactBodies.size(); ++i) {
        if (i > 0)
            out += ',';
        out += compactBodies.at(i);
    }
    out += "]}";
    return request;
}

ResponseVerdict SegmentConnector::readResponse(int httpStatus, const HttpHeaders &headers,
                                               const QByteArray &body) const {
    return ResponseRules::verdict(httpStatus, headers, body);
}

QList<Finding> SegmentConnector::validate(const RenderedItem &item) const {
    QList<Finding> findings;
    const QJsonObject &b = item.body;
    if (item.action != QLatin1String("alias") && isBlank(b.value(QStringLiteral("userId")))
        && isBlank(b.value(QStringLiteral("anonymousId"))))
        findings << error(
            QStringLiteral("userId"), QStringLiteral("missing_required"),
            QStringLiteral("Segment needs userId or anonymousId on every %1 call").arg(item.action));
    if (item.action == QLatin1String("track"))
        requireField(findings, b, QStringLiteral("event"),
                     QStringLiteral("a track call needs an event name"));
    if (item.action == QLatin1String("group"))
        requireField(findings, b, QStringLiteral("groupId"));
    if (item.action == QLatin1String("alias"))
        requireField(findings, b, QStringLiteral("previousId"));
    if (b.value(QStringLiteral("messageId")).toString().size() >= 100)
        findings << error(QStringLiteral("messageId"), QStringLiteral("too_large"),
                          QStringLiteral("Segment's messageId must be shorter than 100 characters"));
    return findings;
}

QStringList SegmentConnector::secrets(const DestinationConfig &destination) const {
    const QString key = destination.credentials.value(QStringLiteral("writeKey"));
    if (key.isEmpty())
        return {};
    return {key, QString::fromLatin1(QString(key + u':').toUtf8().toBase64())};
}

} // namespace sb
