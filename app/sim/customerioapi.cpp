#include "customerioapi.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include "core/jsonutil.h"
#include "simcredentials.h"

namespace sb {

QHash<QString, QString> CustomerIoApi::defaultCredentials() const {
    return {{QStringLiteral("siteId"), QString::fromLatin1(sim::CustomerIoSiteId)},
            {QStringLiteral("apiKey"), QString::fromLatin1(sim::CustomerIoApiKey)}};
}

SimReply CustomerIoApi::errorReply(int status, const QString &message) const {
    return jsonReply(status,
                     QJsonObject{{QStringLiteral("meta"), QJsonObject{{QStringLiteral("error"), message}}}});
}

SimReply CustomerIoApi::rejected(int status, const QString &message, const QString &key) const {
    SimReply reply = errorReply(status, message);
    reply.items = {{key, false, message}};
    return reply;
}

QString CustomerIoApi::checkSeconds(const QJsonValue &value, const QString &field) {
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())))
        return QStringLiteral("'%1' must be a Unix timestamp in whole seconds").arg(field);
    if (value.toDouble() > 1e11)
        return QStringLiteral("'%1' looks like milliseconds; send Unix seconds").arg(field);
    return {};
}

SimReply CustomerIoApi::region(const SimRequest &request) const {
    if (request.method != "GET")
        return rejected(405, QStringLiteral("%1 %2 is not supported; use GET")
                                 .arg(QString::fromLatin1(request.method), request.path));
    QString site, key;
    if (!basicAuth(request, &site, &key))
        return rejected(401, QStringLiteral("Unauthorized request: use Basic auth with site_id:api_key"));
    if (site != credential(QStringLiteral("siteId")) || key != credential(QStringLiteral("apiKey")))
        return rejected(401, QStringLiteral("Unauthorized request"));
    // Where the workspace's data lives: what Customer.io answers a valid site id and key.
    SimReply reply =
        jsonReply(200, QJsonObject{{QStringLiteral("url"), QStringLiteral("https://track.customer.io")},
                                   {QStringLiteral("data_center"), QStringLiteral("us")},
                                   {QStringLiteral("environment_id"), 1}});
    reply.verdict = QStringLiteral("credentials accepted");
    return reply;
}

SimReply CustomerIoApi::handle(const SimRequest &request) {
    static const QRegularExpression customerPath(QStringLiteral("^/api/v1/customers/([^/]+)(/events)?/?$"));
    const QRegularExpressionMatch match = customerPath.match(request.path);
    const bool isBatch = request.path == QLatin1String("/api/v2/batch");
    if (request.path == QLatin1String("/api/v1/accounts/region"))
        return region(request);
    if (!match.hasMatch() && !isBatch)
        return rejected(404, QStringLiteral("no Track API endpoint at %1").arg(request.path));
    const bool isEvent = match.hasMatch() && !match.captured(2).isEmpty();
    const QByteArray expectedMethod = (match.hasMatch() && !isEvent) ? "PUT" : "POST";
    if (request.method != expectedMethod)
        return rejected(405, QStringLiteral("%1 %2 is not supported; use %3")
                                 .arg(QString::fromLatin1(request.method), request.path,
                                      QString::fromLatin1(expectedMethod)));
    QString site, key;
    if (!basicAuth(request, &site, &key))
        return rejected(401, QStringLiteral("Unauthorized request: use Basic auth with site_id:api_key"));
    if (site != credential(QStringLiteral("siteId")) || key != credential(QStringLiteral("apiKey")))
        return rejected(401, QStringLiteral("Unauthorized request"));
    if (isBatch && request.body.size() > MaxBatchBytes)
        return rejected(
            400, QStringLiteral("batch is %1 bytes; it must be under 500 KB").arg(request.body.size()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(
        request.body.isEmpty() && !isEvent && !isBatch ? QByteArray("{}") : request.body, &parseError);
    if (!document.isObject())
        return rejected(400, parseError.error != QJsonParseError::NoError
                                 ? QStringLiteral("malformed JSON at offset %1: %2")
                                       .arg(parseError.offset)
                                       .arg(parseError.errorString())
                                 : QStringLiteral("the body must be a JSON object"));
    if (isBatch)
        return batch(document.object(), request.body.size());
    const QString customerId = QUrl::fromPercentEncoding(match.captured(1).toUtf8());
    if (customerId.trimmed().isEmpty())
        return rejected(400, QStringLiteral("the customer id in the path is empty"));
    return isEvent ? trackEvent(customerId, document.object()) : identify(customerId, document.object());
}

SimReply CustomerIoApi::identify(const QString &, const QJsonObject &body) {
    for (const char *field : {"created_at", "timestamp"}) {
        const QString problem = checkSeconds(body.value(QLatin1String(field)), QLatin1String(field));
        if (!problem.isEmpty())
            return rejected(400, problem);
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key().size() > 150)
            return rejected(
                400,
                QStringLiteral("attribute name '%1…' is longer than 150 characters").arg(it.key().left(30)));
    }
    SimReply reply = jsonReply(200, QJsonObject());
    reply.items = {{QString(), true, {}}};
    return reply;
}

SimReply CustomerIoApi::trackEvent(const QString &, const QJsonObject &body) {
    const QString key = body.value(QStringLiteral("id")).toString();
    if (body.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        return rejected(400, QStringLiteral("'name' is required"), key);
    const QJsonValue data = body.value(QStringLiteral("data"));
    if (!data.isUndefined() && !data.isNull() && !data.isObject())
        return rejected(400, QStringLiteral("'data' must be an object"), key);
    const QString problem =
        checkSeconds(body.value(QStringLiteral("timestamp")), QStringLiteral("timestamp"));
    if (!problem.isEmpty())
        return rejected(400, problem, key);
    const QJsonValue id = body.value(QStringLiteral("id"));
    if (!id.isUndefined() && (!id.isString() || key.isEmpty()))
        return rejected(400, QStringLiteral("'id' must be a non-empty string (a ULID)"));
    SimReply reply = jsonReply(200, QJsonObject());
    reply.items = {{key, true, {}}};
    return reply;
}

SimReply CustomerIoApi::batch(const QJsonObject &body, qint64 bytes) {
    Q_UNUSED(bytes)
    const QJsonValue list = body.value(QStringLiteral("batch"));
    if (!list.isArray() || list.toArray().isEmpty())
        return rejected(400, QStringLiteral("'batch' must be a non-empty array"));
    static const QStringList types = {QStringLiteral("person"), QStringLiteral("object"),
                                      QStringLiteral("delivery")};
    QJsonArray errors;
    QList<SimItem> items;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject item = array.at(i).toObject();
        const QString key = item.value(QStringLiteral("id")).toString();
        QString reason;
        if (json::compact(item).size() > MaxItemBytes)
            reason = QStringLiteral("item is larger than 32 KB");
        else if (!types.contains(item.value(QStringLiteral("type")).toString()))
            reason = QStringLiteral("'type' must be person, object or delivery");
        else if (item.value(QStringLiteral("action")).toString().isEmpty())
            reason = QStringLiteral("'action' is required");
        else if (item.value(QStringLiteral("type")).toString() == QLatin1String("person")
                 && item.value(QStringLiteral("identifiers")).toObject().isEmpty())
            reason = QStringLiteral("'identifiers' (id, email or cio_id) is required");
        else if (item.value(QStringLiteral("action")).toString() == QLatin1String("event")
                 && item.value(QStringLiteral("name")).toString().isEmpty())
            reason = QStringLiteral("an event needs 'name'");
        else
            reason = checkSeconds(item.value(QStringLiteral("timestamp")), QStringLiteral("timestamp"));
        if (reason.isEmpty()) {
            items.append({key, true, {}});
        } else {
            items.append({key, false, QStringLiteral("batch[%1]: %2").arg(i).arg(reason)});
            errors.append(
                QJsonObject{{QStringLiteral("batch_index"), i}, {QStringLiteral("reason"), reason}});
        }
    }
    SimReply reply = errors.isEmpty() ? jsonReply(200, QJsonObject())
                                      : jsonReply(400, QJsonObject{{QStringLiteral("errors"), errors}});
    reply.items = items;
    return reply;
}

} // namespace sb
