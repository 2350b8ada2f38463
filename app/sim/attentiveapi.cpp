#include "attentiveapi.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include "simcredentials.h"

namespace sb {

namespace {
bool isE164(const QString &phone) {
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    return pattern.match(phone).hasMatch();
}

bool isEmail(const QString &email) {
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

bool isRfc3339WithOffset(const QString &text) {
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
    return pattern.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

// The JSON path of the first array inside value; empty when there is none.
QString firstArray(const QJsonValue &value, const QString &path) {
    if (value.isArray())
        return path;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString found = firstArray(it.value(), path + QLatin1Char('.') + it.key());
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}
} // namespace

QHash<QString, QString> AttentiveApi::defaultCredentials() const {
    return {{QStringLiteral("apiKey"), QString::fromLatin1(sim::AttentiveApiKey)}};
}

SimReply AttentiveApi::errorReply(int status, const QString &message) const {
    return jsonReply(status,
                     QJsonObject{{QStringLiteral("status"), status}, {QStringLiteral("message"), message}});
}

SimReply AttentiveApi::rateLimitedReply(const QuotaState &quota) const {
    SimReply reply = errorReply(429, QStringLiteral("Too many requests"));
    reply.setHeader("Retry-After", QByteArray::number(quota.retryAfterSeconds));
    addRateLimitHeaders(reply, quota);
    return reply;
}

void AttentiveApi::addRateLimitHeaders(SimReply &reply, const QuotaState &quota) const {
    if (quota.requestsPerSecond <= 0)
        return;
    reply.setHeader("x-ratelimit-limit", QByteArray::number(qRound(quota.requestsPerSecond)));
    reply.setHeader("x-ratelimit-remaining", QByteArray::number(quota.remaining));
}

SimReply AttentiveApi::rejected(int status, const QString &message, const QString &key) const {
    SimReply reply = errorReply(status, message);
    reply.items = {{key, false, message}};
    return reply;
}

QString AttentiveApi::checkUser(const QJsonValue &userValue) {
    if (!userValue.isObject())
        return QStringLiteral("'user' is required: an object with phone, email or externalIdentifiers");
    const QJsonObject user = userValue.toObject();
    const QJsonValue phone = user.value(QStringLiteral("phone"));
    const QJsonValue email = user.value(QStringLiteral("email"));
    const QJsonValue external = user.value(QStringLiteral("externalIdentifiers"));
    if (!phone.isUndefined() && !phone.isNull() && !isE164(phone.toString()))
        return QStringLiteral("user.phone '%1' is not in E.164 format (e.g. +13115552368)")
            .arg(phone.isString() ? phone.toString() : QStringLiteral("(not a string)"));
    if (!email.isUndefined() && !email.isNull() && !isEmail(email.toString()))
        return QStringLiteral("user.email '%1' is not a valid email address").arg(email.toString());
    bool hasExternal = false;
    if (external.isObject()) {
        const QJsonObject ids = external.toObject();
        for (auto it = ids.begin(); it != ids.end(); ++it) {
            if ((it.value().isString() && !it.value().toString().isEmpty())
                || (it.value().isArray() && !it.value().toArray().isEmpty()))
                hasExternal = true;
        }
    } else if (!external.isUndefined() && !external.isNull()) {
        return QStringLiteral("user.externalIdentifiers must be an object");
    }
    if (!phone.isString() && !email.isString() && !hasExternal)
        return QStringLiteral("user needs one of phone, email or externalIdentifiers");
    return {};
}

SimReply AttentiveApi::handle(const SimRequest &request) {
    QString path = request.path;
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const bool isEvent = path == QLatin1String("/v1/events/custom");
    const bool isAttributes = path == QLatin1String("/v1/attributes/custom");
    const bool isMe = path == QLatin1String("/v1/me");
    if (!isEvent && !isAttributes && !isMe)
        return rejected(
            404,
            QStringLiteral("No endpoint at %1 (simulated: /v1/events/custom, /v1/attributes/custom, /v1/me)")
                .arg(request.path));
    if (request.method != (isMe ? "GET" : "POST"))
        return rejected(405,
                        QStringLiteral("Method %1 not allowed").arg(QString::fromLatin1(request.method)));
    if (!request.hasHeader("Authorization"))
        return rejected(401, QStringLiteral("Missing 'Authorization: Bearer <API key>' header"));
    const QString token = authToken(request, "Bearer");
    if (token.isEmpty())
        return rejected(401, QStringLiteral("The Authorization header must use the Bearer scheme"));
    if (token != credential(QStringLiteral("apiKey")))
        return rejected(401, QStringLiteral("Invalid API key"));
    if (isMe) {
        // "Make a call to this endpoint to test your unique token": who the token belongs to.
        SimReply reply = jsonReply(
            200, QJsonObject{{QStringLiteral("applicationName"), QStringLiteral("Switchboard")},
                             {QStringLiteral("companyName"), QStringLiteral("Switchboard simulator")},
                             {QStringLiteral("attentiveDomainName"), QStringLiteral("switchboard-sim")}});
        reply.verdict = QStringLiteral("credentials accepted");
        return reply;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject())
        return rejected(400, parseError.error != QJsonParseError::NoError
                                 ? QStringLiteral("Malformed JSON at offset %1: %2")
                                       .arg(parseError.offset)
                                       .arg(parseError.errorString())
                                 : QStringLiteral("The body must be a JSON object"));
    return isEvent ? customEvent(document.object()) : customAttributes(document.object());
}

SimReply AttentiveApi::customEvent(const QJsonObject &body) {
    const QJsonValue keyValue = body.value(QStringLiteral("externalEventId"));
    const QString key = keyValue.toString();
    if (!keyValue.isUndefined() && !keyValue.isNull() && (!keyValue.isString() || key.isEmpty()))
        return rejected(400, QStringLiteral("externalEventId must be a non-empty string"));
    const QJsonValue typeValue = body.value(QStringLiteral("type"));
    const QString type = typeValue.toString();
    if (!typeValue.isString() || type.trimmed().isEmpty())
        return rejected(400, QStringLiteral("'type' is required"), key);
    for (const QChar c : type) {
        if (ForbiddenTypeCharacters.contains(c))
            return rejected(
                400,
                QStringLiteral("'type' \"%1\" contains the forbidden character %2 (not allowed: %3)")
                    .arg(type, QString(c), ForbiddenTypeCharacters),
                key);
    }
    const QString userProblem = checkUser(body.value(QStringLiteral("user")));
    if (!userProblem.isEmpty())
        return rejected(400, userProblem, key);
    const QJsonValue properties = body.value(QStringLiteral("properties"));
    if (!properties.isUndefined() && !properties.isNull() && !properties.isObject())
        return rejected(400, QStringLiteral("'properties' must be an object"), key);
    const QJsonValue occurredAt = body.value(QStringLiteral("occurredAt"));
    if (!occurredAt.isUndefined() && !occurredAt.isNull() && !isRfc3339WithOffset(occurredAt.toString()))
        return rejected(
            400,
            QStringLiteral("occurredAt '%1' must be RFC 3339 with an offset, e.g. 2021-03-30T14:38:29+00:00")
                .arg(occurredAt.toString()),
            key);
    QSet<QString> keys = m_keysByType.value(type);
    const QJsonObject props = properties.toObject();
    for (auto it = props.begin(); it != props.end(); ++it)
        keys.insert(it.key());
    if (keys.size() > MaxKeysPerEventType)
        return rejected(
            400,
            QStringLiteral("custom event type '%1' would have %2 property keys (at most %3 per type)")
                .arg(type)
                .arg(keys.size())
                .arg(MaxKeysPerEventType),
            key);
    m_keysByType.insert(type, keys);
    SimReply reply = emptyReply(200);
    reply.items = {{key, true, {}}};
    return reply;
}

SimReply AttentiveApi::customAttributes(const QJsonObject &body) {
    const QJsonValue properties = body.value(QStringLiteral("properties"));
    if (!properties.isObject() || properties.toObject().isEmpty())
        return rejected(400,
                        QStringLiteral("'properties' is required: an object of attribute names and values"));
    const QJsonObject props = properties.toObject();
    for (auto it = props.begin(); it != props.end(); ++it) {
        if (it.key().size() > MaxAttributeNameLength)
            return rejected(400, QStringLiteral("attribute name '%1…' is %2 characters (at most %3)")
                                     .arg(it.key().left(40))
                                     .arg(it.key().size())
                                     .arg(MaxAttributeNameLength));
        const QString arrayPath = firstArray(it.value(), QStringLiteral("properties.") + it.key());
        if (!arrayPath.isEmpty())
            return rejected(
                400, QStringLiteral("%1 is an array; custom attributes do not accept arrays").arg(arrayPath));
    }
    const QString userProblem = checkUser(body.value(QStringLiteral("user")));
    if (!userProblem.isEmpty())
        return rejected(400, userProblem);
    SimReply reply = emptyReply(200);
    reply.items = {{QString(), true, {}}};
    return reply;
}

} // namespace sb
