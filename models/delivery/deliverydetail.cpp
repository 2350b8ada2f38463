#include "deliverydetail.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include "connectors/connectorregistry.h"
#include "connectors/destinationstore.h"
#include "core/jsonutil.h"
#include "core/secrets.h"
#include "delivery/attemptlog.h"
#include "delivery/deliveryloader.h"
#include "mapping/mappingstore.h"
#include "mapping/renderer.h"
#include "store/sql.h"
#include "store/statementcache.h"
#include "store/workspace.h"

namespace sb {

namespace {

// The destination's secrets, with the encodings they travel in (Basic auth is base64 of "key:").
QStringList secretsOf(const Result<DestinationConfig> &config) {
    if (!config)
        return {};
    const DestinationConfig &destination = config.value();
    const Connector *connector = ConnectorRegistry::find(destination.connector);
    QStringList secrets = connector ? connector->secrets(destination) : QStringList();
    for (auto it = destination.credentials.begin(); it != destination.credentials.end(); ++it)
        if (it.value().size() >= 8 && !secrets.contains(it.value()))
            secrets << it.value();
    const QStringList plain = secrets;
    for (const QString &s : plain) {
        secrets << QString::fromLatin1(s.toUtf8().toBase64())
                << QString::fromLatin1(QByteArray(s.toUtf8() + ':').toBase64());
    }
    secrets.removeAll(QString());
    return secrets;
}

// What a delivered request carried for this delivery (its item in a batch, else the body), rendered
// again: a delivered request's records keep no bodies (AttemptLog::Bodies). The same renderer,
// mapping version, event and key as the delivery; the profile as it is now. Empty when the mapping
// version, the destination or the event is gone.
QByteArray renderAgain(Workspace *workspace, const QSqlDatabase &db, qint64 deliveryId,
                       const Result<DestinationConfig> &destination, int batchSize) {
    QSqlQuery q = sql::exec(db,
                            QStringLiteral("SELECT mapping_id, mapping_version, idempotency_key, event_id, "
                                           "coalesce(profile_id, 0) FROM deliveries WHERE id = ?"),
                            {deliveryId});
    if (!q.next())
        return {};
    const Result<MappingStore::Entry> mapping =
        MappingStore(workspace).load(q.value(0).toLongLong(), q.value(1).toInt());
    const Connector *connector =
        destination ? ConnectorRegistry::find(destination.value().connector) : nullptr;
    const qint64 eventId = q.value(3).toLongLong();
    const QHash<qint64, Event> events = DeliveryLoader::loadEvents(db, {eventId});
    if (!mapping || !connector || !events.contains(eventId))
        return {};
    const Event &event = events.find(eventId).value();
    const qint64 profileId = q.value(4).toLongLong() > 0 ? q.value(4).toLongLong() : event.profileId;
    StatementCache statements;
    const Profile profile = DeliveryLoader::loadProfile(statements, db, profileId);
    QByteArray compact;
    try {
        const RenderedItem item = Renderer::render(destination.value(), mapping.value().definition, event,
                                                   profile, q.value(2).toString(), &compact);
        if (compact.isEmpty())
            compact = json::compact(item.body);
        if (batchSize > 1)
            return compact;
        return connector->buildRequestFromJson(destination.value(), {item}, {compact}).body;
    } catch (const std::exception &) {
        return {};
    }
}

} // namespace

QString DeliveryDetail::maskHeaderValue(const QString &name, const QString &value,
                                        const QStringList &secrets) {
    if (AttemptLog::isSensitiveHeader(name.toUtf8()) && !value.contains(QStringLiteral("••••")))
        return maskSecret(value);
    return redact(value, secrets);
}

QString DeliveryDetail::prettyBody(const QString &body) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return body;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

DeliveryDetail DeliveryDetail::load(Workspace *workspace, qint64 deliveryId) {
    DeliveryDetail d;
    d.id = deliveryId;
    try {
        const QSqlDatabase db = workspace->reader();
        QSqlQuery q = sql::exec(
            db,
            QStringLiteral(
                "SELECT d.status, coalesce(t.name, ''), d.destination_id, coalesce(nullif(e.name, ''), "
                "e.type), d.event_id, coalesce(d.profile_id, 0), coalesce(p.email, ''), "
                "coalesce(d.last_error, ''), d.created_at, coalesce(d.delivered_at, 0), "
                "coalesce(d.next_attempt_at, 0), e.payload FROM deliveries d JOIN events e ON e.id = "
                "d.event_id LEFT JOIN destinations t ON t.id = d.destination_id LEFT JOIN profiles p "
                "ON p.id = d.profile_id WHERE d.id = ?"),
            {deliveryId});
        if (!q.next()) {
            d.error =
                QCoreApplication::translate("DeliveryDetail", "No delivery with id %1.").arg(deliveryId);
            return d;
        }
        d.found = true;
        d.status = q.value(0).toString();
        d.destination = q.value(1).toString();
        d.destinationId = q.value(2).toLongLong();
        d.event = q.value(3).toString();
        d.eventId = q.value(4).toLongLong();
        d.profileId = q.value(5).toLongLong();
        d.profileEmail = q.value(6).toString();
        d.lastError = q.value(7).toString();
        d.createdAt = q.value(8).toLongLong();
        d.deliveredAt = q.value(9).toLongLong();
        d.nextAttemptAt = q.value(10).toLongLong();
        const Result<DestinationConfig> destination = DestinationStore(workspace).load(d.destinationId);
        const QStringList secrets = secretsOf(destination);
        d.eventPayload = redact(prettyBody(q.value(11).toString()), secrets);
        d.lastError = redact(d.lastError, secrets);

        QSqlQuery a =
            sql::exec(db,
                      QStringLiteral("SELECT a.attempt, a.started_at, coalesce(a.response_status, 0), "
                                     "coalesce(a.latency_ms, 0), a.outcome, coalesce(a.error, ''), "
                                     "coalesce(a.request, x.request), coalesce(a.response_headers, "
                                     "x.response_headers), coalesce(a.response_body, x.response_body) "
                                     "FROM delivery_attempts a LEFT JOIN delivery_exchanges x ON x.id = "
                                     "a.exchange_id WHERE a.delivery_id = ? ORDER BY a.attempt, a.id"),
                      {deliveryId});
        QString request, responseHeaders, responseBody;
        bool answered = false;
        while (a.next()) {
            DeliveryAttemptInfo info;
            info.attempt = a.value(0).toInt();
            info.startedAt = a.value(1).toLongLong();
            info.httpStatus = a.value(2).toInt();
            info.latencyMs = a.value(3).toLongLong();
            info.outcome = a.value(4).toString();
            info.error = redact(a.value(5).toString(), secrets);
            d.attempts << info;
            request = a.value(6).toString();
            answered = !a.value(7).isNull() || !a.value(8).isNull() || info.httpStatus > 0;
            responseHeaders = a.value(7).toString();
            responseBody = a.value(8).toString();
            d.responseStatus = info.httpStatus;
        }
        if (!request.isEmpty()) {
            const QJsonObject r = QJsonDocument::fromJson(request.toUtf8()).object();
            d.hasRequest = true;
            if (r.isEmpty()) {
                d.requestBody = redact(request, secrets); // not the JSON AttemptLog writes: show it masked
            } else {
                d.requestMethod = r.value(QStringLiteral("method")).toString();
                d.requestUrl = redact(r.value(QStringLiteral("url")).toString(), secrets);
                const QJsonArray headers = r.value(QStringLiteral("headers")).toArray();
                for (const QJsonValue &h : headers) {
                    const QString name = h.toArray().at(0).toString();
                    d.requestHeaders.append(
                        {name, maskHeaderValue(name, h.toArray().at(1).toString(), secrets)});
                }
                d.requestBody = redact(prettyBody(r.value(QStringLiteral("body")).toString()), secrets);
                d.batchSize = qMax(1, r.value(QStringLiteral("batchSize")).toInt(1));
                d.requestItem = redact(prettyBody(r.value(QStringLiteral("item")).toString()), secrets);
                if (!r.contains(QStringLiteral("body")) && !r.contains(QStringLiteral("item"))
                    && !d.attempts.isEmpty()
                    && d.attempts.constLast().outcome == QLatin1String("delivered")) {
                    const QString sent = redact(prettyBody(QString::fromUtf8(renderAgain(
                                                    workspace, db, deliveryId, destination, d.batchSize))),
                                                secrets);
                    d.requestRenderedAgain = !sent.isEmpty();
                    (d.batchSize > 1 ? d.requestItem : d.requestBody) = sent;
                }
            }
        }
        if (answered) {
            d.hasResponse = true;
            // Response headers are stored as [[name, value], ...] (AttemptLog::describeHeaders).
            const QJsonArray headers = QJsonDocument::fromJson(responseHeaders.toUtf8()).array();
            QStringList lines;
            for (const QJsonValue &h : headers) {
                const QString name = h.toArray().at(0).toString();
                lines << name + QStringLiteral(": ")
                             + maskHeaderValue(name, h.toArray().at(1).toString(), secrets);
            }
            d.responseHeaders = headers.isEmpty() ? redact(responseHeaders, secrets) : lines.join(u'\n');
            d.responseBody = redact(prettyBody(responseBody), secrets);
        }
    } catch (const sql::Error &e) {
        d.error = e.message();
    }
    return d;
}

QString DeliveryDetail::requestText() const {
    if (!hasRequest)
        return {};
    QStringList lines;
    if (!requestMethod.isEmpty() || !requestUrl.isEmpty())
        lines << requestMethod + u' ' + requestUrl;
    for (const auto &h : requestHeaders)
        lines << h.first + QStringLiteral(": ") + h.second;
    const QString again = QCoreApplication::translate(
        "DeliveryDetail",
        "rendered again from the stored event: a delivered request's bodies are not kept, and "
        "the profile's traits are today's");
    if (!requestBody.isEmpty()) {
        lines << QString();
        if (requestRenderedAgain && batchSize <= 1)
            lines << QStringLiteral("# ") + again + u':';
        lines << requestBody;
    }
    if (batchSize > 1 && !requestItem.isEmpty())
        lines << QString()
              << (requestRenderedAgain
                      ? QCoreApplication::translate("DeliveryDetail",
                                                    "# this delivery's item, one of %1 in the batch (%2):")
                            .arg(batchSize)
                            .arg(again)
                      : QCoreApplication::translate("DeliveryDetail",
                                                    "# this delivery's item, one of %1 in the batch:")
                            .arg(batchSize))
              << requestItem;
    return lines.join(u'\n').trimmed();
}

QString DeliveryDetail::responseText() const {
    if (!hasResponse)
        return {};
    QStringList lines;
    if (responseStatus > 0)
        lines << QStringLiteral("HTTP %1").arg(responseStatus);
    if (!responseHeaders.isEmpty())
        lines << responseHeaders;
    lines << QString() << responseBody;
    return lines.join(u'\n').trimmed();
}

} // namespace sb
