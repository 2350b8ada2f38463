#include "segmentapi.h"

#include <QJsonDocument>

#include "core/jsonutil.h"
#include "rawjsonspans.h"
#include "simcredentials.h"

namespace sb {

namespace {
const QStringList messageTypes = {QStringLiteral("identify"), QStringLiteral("track"),
                                  QStringLiteral("page"),     QStringLiteral("screen"),
                                  QStringLiteral("group"),    QStringLiteral("alias")};

// The event's compact JSON size, as Segment counts its 32 KB (json::compact writes Qt's bytes, cheaper).
qint64 jsonSize(const QJsonObject &object) {
    return json::compact(object).size();
}

// A message's compact JSON is never more than 10 times its text as sent: strings, keys, literals and
// whole numbers come out no longer, whitespace and duplicate keys go, and the worst a number can do
// is grow from 3 characters (1e9) to at most 25. Messages sent in less than a tenth of the limit need
// no exact count, which re-serialised every message (a third of the simulator's work).
constexpr qint64 kMaxGrowth = 10;
} // namespace

QHash<QString, QString> SegmentApi::defaultCredentials() const {
    return {{QStringLiteral("writeKey"), QString::fromLatin1(sim::SegmentWriteKey)}};
}

SimReply SegmentApi::errorReply(int status, const QString &message) const {
    return jsonReply(status,
                     QJsonObject{{QStringLiteral("success"), false}, {QStringLiteral("message"), message}});
}

SimReply SegmentApi::rateLimitedReply(const QuotaState &quota) const {
    SimReply reply = errorReply(429, QStringLiteral("Too Many Requests"));
    reply.setHeader("Retry-After", QByteArray::number(quota.retryAfterSeconds));
    reply.setHeader("X-RateLimit-Reset",
                    QByteArray::number(std::max(quota.retryAfterSeconds, quota.resetSeconds)));
    return reply;
}

bool SegmentApi::isIsoTimestamp(const QString &text) {
    // YYYY-MM-DDTHH:MM:SS.mmmZ with every field in range is valid for Qt too; anything else (other
    // forms, 24:00, leap seconds, year 0) is Qt's to judge.
    const auto number = [&text](qsizetype at, qsizetype digits) {
        int value = 0;
        for (qsizetype i = at; i < at + digits; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const bool plainForm = text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-'
                           && text.at(10) == u'T' && text.at(13) == u':' && text.at(16) == u':'
                           && text.at(19) == u'.' && text.at(23) == u'Z';
    if (plainForm) {
        const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
        const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
        if (year >= 1 && month >= 0 && day >= 0 && QDate::isValid(year, month, day) && hour >= 0 && hour < 24
            && minute >= 0 && minute < 60 && second >= 0 && second < 60 && number(20, 3) >= 0)
            return true;
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

QString SegmentApi::checkMessage(const QJsonObject &message, const QString &type) {
    if (!messageTypes.contains(type))
        return type.isEmpty() ? QStringLiteral("message without 'type'")
                              : QStringLiteral("unknown message type '%1'").arg(type);
    const QString messageId = message.value(QStringLiteral("messageId")).toString();
    if (messageId.size() >= MaxMessageIdLength)
        return QStringLiteral("messageId is %1 characters (must be under %2)")
            .arg(messageId.size())
            .arg(MaxMessageIdLength);
    const auto hasText = [&](const char *field) {
        const QJsonValue v = message.value(QLatin1String(field));
        return (v.isString() && !v.toString().isEmpty()) || v.isDouble();
    };
    if (type == QLatin1String("alias")) {
        if (!hasText("previousId") || !hasText("userId"))
            return QStringLiteral("alias needs 'previousId' and 'userId'");
        return {};
    }
    if (!hasText("userId") && !hasText("anonymousId"))
        return QStringLiteral("%1 needs 'userId' or 'anonymousId'").arg(type);
    if (type == QLatin1String("track") && !hasText("event"))
        return QStringLiteral("track needs 'event'");
    if (type == QLatin1String("group") && !hasText("groupId"))
        return QStringLiteral("group needs 'groupId'");
    for (const char *objectField : {"properties", "traits", "context", "integrations"}) {
        const QJsonValue v = message.value(QLatin1String(objectField));
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            return QStringLiteral("'%1' must be an object").arg(QLatin1String(objectField));
    }
    const QJsonValue timestamp = message.value(QStringLiteral("timestamp"));
    if (!timestamp.isUndefined() && !isIsoTimestamp(timestamp.toString()))
        return QStringLiteral("'timestamp' must be an ISO 8601 date");
    return {};
}

SimReply SegmentApi::handle(const SimRequest &request) {
    const QString endpoint = request.path.startsWith(QLatin1String("/v1/")) ? request.path.mid(4) : QString();
    if (endpoint != QLatin1String("batch") && !messageTypes.contains(endpoint)) {
        SimReply reply = errorReply(404, QStringLiteral("Not found: %1").arg(request.path));
        reply.items = rejectedItems(1, QStringLiteral("unknown path %1").arg(request.path));
        return reply;
    }
    if (request.method != "POST") {
        SimReply reply = errorReply(405, QStringLiteral("Method not allowed"));
        reply.items =
            rejectedItems(1, QStringLiteral("%1 is not POST").arg(QString::fromLatin1(request.method)));
        return reply;
    }
    const bool isBatch = endpoint == QLatin1String("batch");
    const qint64 limit = isBatch ? MaxBatchBytes : MaxEventBytes;
    if (request.body.size() > limit) {
        SimReply reply = errorReply(
            400,
            QStringLiteral("Payload too large: %1 bytes (limit %2)").arg(request.body.size()).arg(limit));
        reply.items =
            rejectedItems(1, QStringLiteral("payload %1 bytes over %2").arg(request.body.size()).arg(limit));
        return reply;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError
                                ? QStringLiteral("Invalid JSON at offset %1: %2")
                                      .arg(parseError.offset)
                                      .arg(parseError.errorString())
                                : QStringLiteral("Invalid JSON: the body must be an object");
        SimReply reply = errorReply(400, why);
        reply.items = rejectedItems(1, why);
        return reply;
    }
    const QJsonObject body = document.object();

    // Auth: Basic base64(writeKey + ":"), or writeKey in the body.
    QString user, password;
    QString writeKey;
    if (basicAuth(request, &user, &password))
        writeKey = user;
    else if (body.value(QStringLiteral("writeKey")).isString())
        writeKey = body.value(QStringLiteral("writeKey")).toString();
    QString authProblem;
    if (writeKey.isEmpty())
        authProblem = request.hasHeader("Authorization")
                          ? QStringLiteral("Authorization is not Basic base64(writeKey + ':')")
                          : QStringLiteral("no write key (Authorization: Basic or 'writeKey' in the body)");
    else if (writeKey != credential(QStringLiteral("writeKey")))
        authProblem = QStringLiteral("invalid write key");

    QList<QJsonObject> messages;
    QList<QString> types;
    std::optional<QList<qsizetype>> sentSizes; // each message's bytes as sent, when known exactly
    if (isBatch) {
        const QJsonValue batch = body.value(QStringLiteral("batch"));
        if (!batch.isArray()) {
            SimReply reply = errorReply(400, QStringLiteral("'batch' must be an array of messages"));
            reply.items = rejectedItems(1, QStringLiteral("'batch' is not an array"));
            return reply;
        }
        const QJsonObject sharedContext = body.value(QStringLiteral("context")).toObject();
        const QJsonObject sharedIntegrations = body.value(QStringLiteral("integrations")).toObject();
        for (const QJsonValue &item : batch.toArray()) {
            QJsonObject message = item.toObject();
            // Top-level context and integrations merge into each item.
            for (auto [field, shared] : {std::pair{QStringLiteral("context"), sharedContext},
                                         std::pair{QStringLiteral("integrations"), sharedIntegrations}}) {
                if (shared.isEmpty())
                    continue;
                QJsonObject merged = shared;
                const QJsonObject own = message.value(field).toObject();
                for (auto it = own.begin(); it != own.end(); ++it)
                    merged.insert(it.key(), it.value());
                message.insert(field, merged);
            }
            messages << message;
            types << message.value(QStringLiteral("type")).toString();
        }
        if (sharedContext.isEmpty() && sharedIntegrations.isEmpty()) // else merged: not as sent
            sentSizes = RawJsonSpans::arrayElementSizes(request.body, "batch");
        if (sentSizes && sentSizes->size() != messages.size())
            sentSizes.reset();
    } else {
        sentSizes = QList<qsizetype>{request.body.size()};
        messages << body;
        const QString type = body.value(QStringLiteral("type")).toString();
        types << (type.isEmpty() ? endpoint : type);
    }

    SimReply reply = jsonReply(200, QJsonObject{{QStringLiteral("success"), true}});
    QStringList problems;
    const bool overCount = messages.size() > MaxBatchEvents;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject &message = messages.at(i);
        SimItem item;
        item.key = message.value(QStringLiteral("messageId")).toString();
        QString problem = authProblem;
        if (problem.isEmpty() && overCount)
            problem =
                QStringLiteral("batch has %1 messages (limit %2)").arg(messages.size()).arg(MaxBatchEvents);
        const bool surelySmall = sentSizes && sentSizes->at(i) * kMaxGrowth <= MaxEventBytes;
        if (problem.isEmpty() && !surelySmall && jsonSize(message) > MaxEventBytes) {
            // A single oversized event inside a batch fails the whole request, as on Segment.
            SimReply tooLarge = errorReply(
                400, QStringLiteral("Event %1 is %2 bytes (limit 32 KB)").arg(i).arg(jsonSize(message)));
            tooLarge.items =
                rejectedItems(int(messages.size()), QStringLiteral("event %1 over 32 KB").arg(i));
            return tooLarge;
        }
        if (problem.isEmpty())
            problem = checkMessage(message, types.at(i));
        if (!problem.isEmpty()) {
            item.accepted = false;
            item.reason = isBatch ? QStringLiteral("batch[%1]: %2").arg(i).arg(problem) : problem;
        }
        reply.items << item;
    }
    return reply;
}

} // namespace sb
