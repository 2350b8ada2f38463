#include "ingestserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QUuid>

#include "core/clock.h"
#include "core/secrets.h"
#include "ingestservice.h"
#include "segmentifyevent.h"
#include "segmentmessage.h"
#include "store/whenfinished.h"
#include "store/workspace.h"
#include "webhookpayload.h"

namespace sb {

namespace {

using Status = QHttpServerResponder::StatusCode;

QByteArray header(const QHttpServerRequest &request, const QByteArray &name) {
    const auto headers = request.headers();
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

void send(QHttpServerResponder &responder, int status, const QJsonDocument &document, int retryAfter = 0) {
    const QByteArray body = document.toJson(QJsonDocument::Compact);
    const auto code = static_cast<Status>(status);
    if (retryAfter > 0)
        responder.write(
            body, {{"Content-Type", "application/json"}, {"Retry-After", QByteArray::number(retryAfter)}},
            code);
    else
        responder.write(body, {{"Content-Type", "application/json"}}, code);
}

void send(QHttpServerResponder &responder, int status, const QJsonObject &object, int retryAfter = 0) {
    send(responder, status, QJsonDocument(object), retryAfter);
}

// Answers once the write job has committed, on this object's thread; drops the answer if the client
// went away meanwhile.
void whenCommitted(QObject *context, QFuture<WriteResult> future, QHttpServerResponder &&responder,
                   std::function<void(QHttpServerResponder &, const WriteResult &)> reply) {
    auto holder = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = holder->socket();
    whenFinished(future, context, [holder, socket, reply = std::move(reply)](const WriteResult &result) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            reply(*holder, result);
    });
}

QString basicAuthUser(const QByteArray &authorization) {
    if (!authorization.startsWith("Basic "))
        return {};
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    return QString::fromUtf8(colon < 0 ? decoded : decoded.left(colon));
}

QJsonObject rejection(qsizetype index, const QString &messageId, const QString &error) {
    QJsonObject o{{QStringLiteral("index"), int(index)}, {QStringLiteral("error"), error}};
    const qsizetype colon = error.indexOf(QLatin1String(": "));
    if (colon > 0 && !error.left(colon).contains(u' '))
        o.insert(QStringLiteral("field"), error.left(colon));
    if (!messageId.isEmpty())
        o.insert(QStringLiteral("messageId"), messageId);
    return o;
}

QString parseError(const QByteArray &body, QJsonDocument *out) {
    QJsonParseError error;
    *out = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("invalid JSON at offset %1: %2").arg(error.offset).arg(error.errorString());
    return {};
}

} // namespace

IngestServer::IngestServer(IngestService *service, Options options, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_options(std::move(options))
    , m_sources(service->workspace()) {
    for (const char *type : {"track", "identify", "page", "screen", "group", "alias", "batch"}) {
        const QString name = QString::fromLatin1(type);
        m_http.route(QStringLiteral("/v1/") + name, QHttpServerRequest::Method::Post,
                     [this, name](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                         handleSegment(name, request, std::move(responder));
                     });
    }
    m_http.route(QStringLiteral("/add/events/v1.json"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     handleSegmentify(request, std::move(responder));
                 });
    // Segmentify answers 400 to anything but POST on its event endpoint.
    m_http.route(QStringLiteral("/add/events/v1.json"),
                 QHttpServerRequest::Method::Get | QHttpServerRequest::Method::Put
                     | QHttpServerRequest::Method::Delete | QHttpServerRequest::Method::Patch,
                 [](const QHttpServerRequest &, QHttpServerResponder &&responder) {
                     send(responder, 400,
                          QJsonObject{{QStringLiteral("error"), QStringLiteral("send events with POST")}});
                 });
    m_http.route(QStringLiteral("/get/key"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     handleKeys(request, std::move(responder));
                 });
    m_http.route(
        QStringLiteral("/hooks/<arg>"), QHttpServerRequest::Method::Post,
        [this](const QString &name, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handleWebhook(name, request, std::move(responder));
        });
    m_http.route(QStringLiteral("/health"), QHttpServerRequest::Method::Get, [](const QHttpServerRequest &) {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("ok"), true}});
    });
}

IngestServer::~IngestServer() = default;

Result<quint16> IngestServer::listen() {
    const quint16 port = m_http.listen(m_options.address, m_options.port);
    if (port == 0)
        return Result<quint16>::failure(QStringLiteral("cannot listen on %1 port %2 (in use, or not allowed)")
                                            .arg(m_options.address.toString())
                                            .arg(m_options.port));
    m_port = port;
    return port;
}

QString IngestServer::url() const {
    if (m_port == 0)
        return {};
    return QStringLiteral("http://%1:%2").arg(m_options.address.toString()).arg(m_port);
}

bool IngestServer::overBacklog() const {
    return m_service->workspace()->writer()->pendingJobs() >= m_options.maxBacklog
           || m_service->queuedEvents() >= m_options.maxQueuedEvents;
}

void IngestServer::handleSegment(const QString &type, const QHttpServerRequest &request,
                                 QHttpServerResponder &&responder) {
    auto fail = [&](int status, const QString &message, const QJsonArray &rejected = {}) {
        QJsonObject body{{QStringLiteral("success"), false}, {QStringLiteral("message"), message}};
        if (!rejected.isEmpty())
            body.insert(QStringLiteral("rejected"), rejected);
        send(responder, status, body, status == 429 ? m_options.retryAfterSeconds : 0);
    };
    if (overBacklog())
        return fail(429, QStringLiteral("the engine is behind (writer backlog full); retry after %1 s")
                             .arg(m_options.retryAfterSeconds));
    const bool batch = type == QLatin1String("batch");
    const QByteArray body = request.body();
    const qsizetype limit = batch ? SegmentMessage::kMaxBatchBytes : SegmentMessage::kMaxMessageBytes;
    if (body.size() > limit)
        return fail(400, QStringLiteral("request body is %1 bytes; Segment allows %2 per %3")
                             .arg(body.size())
                             .arg(batch ? QStringLiteral("500 KB (512000 bytes)")
                                        : QStringLiteral("32 KB (32768 bytes)"),
                                  batch ? QStringLiteral("batch") : QStringLiteral("event")));
    QJsonDocument document;
    const QString jsonError = parseError(body, &document);
    if (!jsonError.isEmpty())
        return fail(400, jsonError);
    if (!document.isObject())
        return fail(400, QStringLiteral("the body must be a JSON object"));
    const QJsonObject root = document.object();
    QString writeKey = basicAuthUser(header(request, "Authorization"));
    if (writeKey.isEmpty())
        writeKey = root.value(QStringLiteral("writeKey")).toString();
    if (writeKey.isEmpty())
        return fail(
            401,
            QStringLiteral(
                "no write key: send it as the HTTP Basic user name (key + ':') or as writeKey in the body"));
    const auto source = m_sources.byWriteKey(writeKey);
    if (!source)
        return fail(401, QStringLiteral("unknown write key %1").arg(maskSecret(writeKey)));
    if (!source->enabled)
        return fail(403, QStringLiteral("source '%1' is disabled").arg(source->name));

    QJsonArray messages;
    QString batchSentAt;
    if (batch) {
        if (!root.value(QStringLiteral("batch")).isArray())
            return fail(400, QStringLiteral("batch: must be an array of messages"));
        messages = root.value(QStringLiteral("batch")).toArray();
        batchSentAt = root.value(QStringLiteral("sentAt")).toString();
        if (messages.isEmpty())
            return fail(400, QStringLiteral("batch: is empty"));
    } else {
        messages.append(root);
    }

    const QDateTime receivedAt = m_service->workspace()->clock()->now();
    QList<Event> events;
    QJsonArray rejected;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject message = messages.at(i).toObject();
        const QString messageId = message.value(QStringLiteral("messageId")).toString();
        if (!messages.at(i).isObject()) {
            rejected.append(rejection(i, {}, QStringLiteral("message: must be a JSON object")));
            continue;
        }
        auto event = SegmentMessage::normalize(message, batch ? QString() : type, *source, receivedAt,
                                               batchSentAt, batch ? -1 : body.size());
        if (!event)
            rejected.append(rejection(i, messageId, event.error()));
        else
            events.append(event.take());
    }
    if (events.isEmpty()) {
        const QString first = rejected.first().toObject().value(QStringLiteral("error")).toString();
        return fail(400, batch ? QStringLiteral("no valid message in the batch; first: ") + first : first,
                    batch ? rejected : QJsonArray());
    }
    const int count = int(events.size());
    whenCommitted(
        this, m_service->accept(std::move(events)), std::move(responder),
        [rejected, count](QHttpServerResponder &r, const WriteResult &result) {
            if (!result.ok) {
                send(r, 500,
                     QJsonObject{{QStringLiteral("success"), false},
                                 {QStringLiteral("message"),
                                  QString(QStringLiteral("could not store the events: ") + result.error)}});
                return;
            }
            // Duplicates are known when the events were stored in the same commit; under load they
            // are durable in the accept log and de-duplicated when stored.
            const IngestReceipt receipt = result.value.value<IngestReceipt>();
            QJsonObject body{{QStringLiteral("success"), true}, {QStringLiteral("accepted"), count}};
            if (receipt.queued > 0)
                body.insert(QStringLiteral("queued"), receipt.queued);
            else
                body.insert(QStringLiteral("duplicates"), receipt.duplicateCount);
            if (!rejected.isEmpty())
                body.insert(QStringLiteral("rejected"), rejected);
            send(r, 200, body);
        });
}

void IngestServer::handleSegmentify(const QHttpServerRequest &request, QHttpServerResponder &&responder) {
    const qint64 now = m_service->workspace()->clock()->nowMs();
    auto error = [&](const char *statusCode) {
        send(responder, 200,
             QJsonObject{{QStringLiteral("timestamp"), now},
                         {QStringLiteral("responses"), QJsonArray()},
                         {QStringLiteral("statusCode"), QLatin1String(statusCode)}});
    };
    if (overBacklog()) {
        send(responder, 429,
             QJsonObject{{QStringLiteral("timestamp"), now},
                         {QStringLiteral("responses"), QJsonArray()},
                         {QStringLiteral("statusCode"), QStringLiteral("TOO_MANY_REQUESTS")}},
             m_options.retryAfterSeconds);
        return;
    }
    const QString apiKey = request.query().queryItemValue(QStringLiteral("apiKey"), QUrl::FullyDecoded);
    if (apiKey.isEmpty())
        return error("NO_API_KEY");
    const auto source = m_sources.byWriteKey(apiKey);
    if (!source || source->kind != QLatin1String("segmentify"))
        return error("NO_ACCOUNT");
    if (source->settings.value(QStringLiteral("verified")).toBool(true) == false)
        return error("UNVERIFIED_ACCOUNT");
    if (!source->enabled)
        return error("FAILED_ACCOUNT");
    if (!source->domain().isEmpty()) {
        const QString origin = QString::fromUtf8(header(request, "Origin"));
        const QString host = QUrl(origin).host();
        const QString domain = source->domain();
        const bool matches = !host.isEmpty()
                             && (host.compare(domain, Qt::CaseInsensitive) == 0
                                 || host.endsWith(u'.' + domain, Qt::CaseInsensitive)
                                 || domain.endsWith(u'.' + host, Qt::CaseInsensitive));
        if (!matches)
            return error("NO_DOMAIN_APIKEY_MATCH");
    }
    QJsonDocument document;
    if (!parseError(request.body(), &document).isEmpty() || !document.isArray())
        return error("BAD_INPUT");
    const QJsonArray array = document.array();
    if (array.isEmpty())
        return error("NO_EVENT");
    for (const QJsonValue &v : array) {
        if (!v.isObject())
            return error("BAD_INPUT");
        const QJsonValue userId = v.toObject().value(QStringLiteral("userId"));
        if (userId.isUndefined() || userId.isNull() || userId.toString().trimmed().isEmpty())
            return error("NO_USERID");
    }
    for (const QJsonValue &v : array) {
        const QJsonValue sessionId = v.toObject().value(QStringLiteral("sessionId"));
        if (sessionId.isUndefined() || sessionId.isNull() || sessionId.toString().trimmed().isEmpty())
            return error("NO_SESSIONID");
    }

    const QDateTime receivedAt = m_service->workspace()->clock()->now();
    QList<Event> events;
    QJsonArray responses;
    QJsonArray campaigns;
    for (const QJsonValue &v : array) {
        SegmentifyEvent::Outcome outcome = SegmentifyEvent::normalize(v.toObject(), *source, receivedAt);
        campaigns.append(QJsonArray());
        if (outcome.errors.isEmpty()) {
            events.append(std::move(outcome.event));
            responses.append(QJsonArray());
        } else {
            QJsonArray problems;
            for (const FieldError &e : std::as_const(outcome.errors))
                problems.append(QJsonObject{{QStringLiteral("statusCode"), QStringLiteral("BAD_INPUT")},
                                            {QStringLiteral("field"), e.field},
                                            {QStringLiteral("message"), e.toString()}});
            responses.append(problems);
        }
    }
    QJsonObject answer{{QStringLiteral("campaigns"), campaigns},
                       {QStringLiteral("responses"), responses},
                       {QStringLiteral("timestamp"), now}};
    if (events.isEmpty()) {
        answer.insert(QStringLiteral("statusCode"), QStringLiteral("BAD_INPUT"));
        send(responder, 200, answer);
        return;
    }
    whenCommitted(this, m_service->accept(std::move(events)), std::move(responder),
                  [answer, now](QHttpServerResponder &r, const WriteResult &result) {
                      if (!result.ok) {
                          send(r, 500,
                               QJsonObject{{QStringLiteral("timestamp"), now},
                                           {QStringLiteral("responses"), QJsonArray()},
                                           {QStringLiteral("statusCode"), QStringLiteral("SERVER_ERROR")},
                                           {QStringLiteral("message"), result.error}});
                          return;
                      }
                      send(r, 200, answer);
                  });
}

void IngestServer::handleKeys(const QHttpServerRequest &request, QHttpServerResponder &&responder) {
    const QString countText = request.query().queryItemValue(QStringLiteral("count"));
    bool ok = true;
    const int count = countText.isEmpty() ? 1 : countText.toInt(&ok);
    if (!ok || count < 1 || count > 100) {
        send(responder, 400,
             QJsonObject{
                 {QStringLiteral("error"), QStringLiteral("count must be a whole number from 1 to 100")}});
        return;
    }
    QJsonArray keys;
    for (int i = 0; i < count; ++i)
        keys.append(QUuid::createUuid().toString(QUuid::Id128).toUpper());
    send(responder, 200, QJsonDocument(keys));
}

void IngestServer::handleWebhook(const QString &name, const QHttpServerRequest &request,
                                 QHttpServerResponder &&responder) {
    auto fail = [&](int status, const QString &message, const QJsonArray &results = {}) {
        QJsonObject body{{QStringLiteral("error"), message}};
        if (!results.isEmpty())
            body.insert(QStringLiteral("results"), results);
        send(responder, status, body, status == 429 ? m_options.retryAfterSeconds : 0);
    };
    if (overBacklog())
        return fail(429, QStringLiteral("the engine is behind (writer backlog full); retry after %1 s")
                             .arg(m_options.retryAfterSeconds));
    const auto source = m_sources.byHookName(name);
    if (!source)
        return fail(404, QStringLiteral("no source named '%1' (or no single source of that kind)").arg(name));
    if (!source->enabled)
        return fail(403, QStringLiteral("source '%1' is disabled").arg(source->name));
    const QByteArray body = request.body();
    if (body.size() > SegmentMessage::kMaxBatchBytes)
        return fail(413,
                    QStringLiteral("request body is %1 bytes; webhooks take up to 512000").arg(body.size()));
    const QByteArray signature = header(request, kSignatureHeader).trimmed();
    if (signature.isEmpty())
        return fail(
            401,
            QStringLiteral(
                "missing %1 header (sha256=<hex HMAC-SHA256 of the body with the source's webhook secret>)")
                .arg(QLatin1String(kSignatureHeader)));
    if (!signature.startsWith("sha256="))
        return fail(401,
                    QStringLiteral("%1 must read sha256=<hex digest>").arg(QLatin1String(kSignatureHeader)));
    const QByteArray expected =
        QMessageAuthenticationCode::hash(body, source->webhookSecret.toUtf8(), QCryptographicHash::Sha256)
            .toHex();
    const QByteArray given = signature.mid(7).toLower();
    // Constant-time comparison: do not tell an attacker how many characters matched.
    int diff = int(expected.size() ^ given.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= expected.at(i) ^ (i < given.size() ? given.at(i) : 0);
    if (diff != 0)
        return fail(401,
                    QStringLiteral(
                        "signature does not match the body (HMAC-SHA256 with source '%1''s webhook secret)")
                        .arg(source->name));

    QJsonDocument document;
    const QString jsonError = parseError(body, &document);
    if (!jsonError.isEmpty())
        return fail(400, jsonError);
    QJsonArray items;
    const QJsonObject root = document.object();
    if (document.isArray())
        items = document.array();
    else if (root.value(QStringLiteral("events")).isArray())
        items = root.value(QStringLiteral("events")).toArray();
    else if (root.value(QStringLiteral("batch")).isArray())
        items = root.value(QStringLiteral("batch")).toArray();
    else if (document.isObject())
        items.append(root);
    if (items.isEmpty())
        return fail(400, QStringLiteral("no events in the body"));

    const QDateTime receivedAt = m_service->workspace()->clock()->now();
    QList<Event> events;
    QList<qsizetype> eventIndex;
    QJsonArray results;
    for (qsizetype i = 0; i < items.size(); ++i) {
        results.append(QJsonObject());
        auto event = items.at(i).isObject()
                         ? WebhookPayload::normalize(items.at(i).toObject(), *source, receivedAt)
                         : Result<Event>::failure(QStringLiteral("event: must be a JSON object"));
        if (!event) {
            QJsonObject r = rejection(i, {}, event.error());
            r.insert(QStringLiteral("status"), QStringLiteral("rejected"));
            results[i] = r;
        } else {
            eventIndex.append(i);
            events.append(event.take());
        }
    }
    if (events.isEmpty())
        return fail(400,
                    QStringLiteral("no valid event; first: ")
                        + results.first().toObject().value(QStringLiteral("error")).toString(),
                    results);
    whenCommitted(
        this, m_service->submit(std::move(events)), std::move(responder),
        [results, eventIndex](QHttpServerResponder &r, const WriteResult &result) mutable {
            if (!result.ok) {
                send(r, 500,
                     QJsonObject{{QStringLiteral("error"),
                                  QString(QStringLiteral("could not store the events: ") + result.error)}});
                return;
            }
            const IngestReceipt receipt = result.value.value<IngestReceipt>();
            int accepted = 0;
            for (qsizetype k = 0; k < eventIndex.size(); ++k) {
                const bool duplicate = receipt.duplicates.value(k);
                accepted += duplicate ? 0 : 1;
                results[eventIndex.at(k)] =
                    QJsonObject{{QStringLiteral("index"), int(eventIndex.at(k))},
                                {QStringLiteral("status"),
                                 duplicate ? QStringLiteral("duplicate") : QStringLiteral("accepted")},
                                {QStringLiteral("eventId"), receipt.eventIds.value(k)}};
            }
            send(r, 200,
                 QJsonObject{{QStringLiteral("accepted"), accepted},
                             {QStringLiteral("duplicates"), receipt.duplicateCount},
                             {QStringLiteral("rejected"), int(results.size() - eventIndex.size())},
                             {QStringLiteral("results"), results}});
        });
}

} // namespace sb
