#include "klaviyoapi.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include "core/jsonutil.h"
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

// The first string value longer than the limit, as a JSON pointer; empty when none.
QString overlongString(const QJsonValue &value, const QString &pointer, qint64 limit) {
    if (value.isString())
        return value.toString().toUtf8().size() > limit ? pointer : QString();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString found = overlongString(it.value(), pointer + QLatin1Char('/') + it.key(), limit);
            if (!found.isEmpty())
                return found;
        }
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString found =
                overlongString(array.at(i), pointer + QLatin1Char('/') + QString::number(i), limit);
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

// Applies JSON:API update semantics: null clears a field, objects merge.
void mergeInto(QJsonObject &target, const QJsonObject &update) {
    for (auto it = update.begin(); it != update.end(); ++it) {
        if (it.value().isNull()) {
            target.remove(it.key());
        } else if (it.value().isObject() && target.value(it.key()).isObject()) {
            QJsonObject nested = target.value(it.key()).toObject();
            mergeInto(nested, it.value().toObject());
            target.insert(it.key(), nested);
        } else {
            target.insert(it.key(), it.value());
        }
    }
}

const QStringList profileIdentifiers = {QStringLiteral("email"), QStringLiteral("phone_number"),
                                        QStringLiteral("external_id")};

} // namespace

QHash<QString, QString> KlaviyoApi::defaultCredentials() const {
    return {{QStringLiteral("apiKey"), QString::fromLatin1(sim::KlaviyoApiKey)}};
}

SimReply KlaviyoApi::errors(const QList<Error> &list) {
    QJsonArray array;
    for (const Error &e : list) {
        QJsonObject source;
        if (!e.pointer.isEmpty())
            source.insert(QStringLiteral("pointer"), e.pointer);
        if (!e.parameter.isEmpty())
            source.insert(QStringLiteral("parameter"), e.parameter);
        array.append(QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("status"), e.status},
                                 {QStringLiteral("code"), e.code},
                                 {QStringLiteral("title"), e.title},
                                 {QStringLiteral("detail"), e.detail},
                                 {QStringLiteral("source"), source}});
    }
    SimReply reply =
        jsonReply(list.isEmpty() ? 400 : list.first().status, QJsonObject{{QStringLiteral("errors"), array}});
    reply.setHeader("Content-Type", "application/vnd.api+json");
    for (const Error &e : list)
        reply.items.append({QString(), false, e.detail});
    return reply;
}

SimReply KlaviyoApi::errorReply(int status, const QString &message) const {
    const QString code = status >= 500 ? QStringLiteral("error") : QStringLiteral("invalid");
    const QString title =
        status >= 500 ? QStringLiteral("A server error occurred.") : QStringLiteral("Invalid input.");
    SimReply reply = errors({{status, code, title, message, {}, {}}});
    reply.items.clear();
    return reply;
}

SimReply KlaviyoApi::rateLimitedReply(const QuotaState &quota) const {
    SimReply reply = errors({{429,
                              QStringLiteral("throttled"),
                              QStringLiteral("Request was throttled."),
                              QStringLiteral("Request was throttled. Expected available in %1 second%2.")
                                  .arg(quota.retryAfterSeconds)
                                  .arg(quota.retryAfterSeconds == 1 ? QString() : QStringLiteral("s")),
                              {},
                              {}}});
    reply.items.clear();
    reply.setHeader("Retry-After", QByteArray::number(quota.retryAfterSeconds));
    return reply;
}

void KlaviyoApi::addRateLimitHeaders(SimReply &reply, const QuotaState &quota) const {
    if (quota.requestsPerSecond <= 0)
        return;
    reply.setHeader("RateLimit-Limit", QByteArray::number(quota.burst));
    reply.setHeader("RateLimit-Remaining", QByteArray::number(quota.remaining));
    reply.setHeader("RateLimit-Reset", QByteArray::number(quota.resetSeconds));
}

void KlaviyoApi::reset() {
    m_profiles.clear();
    m_byIdentifier.clear();
    m_nextJob = 1;
}

QList<KlaviyoApi::Error> KlaviyoApi::checkProfileAttributes(const QJsonObject &attributes,
                                                            const QString &pointer) {
    QList<Error> out;
    const auto invalid = [&](const QString &field, const QString &detail) {
        out.append(
            {400, QStringLiteral("invalid"), QStringLiteral("Invalid input."), detail, pointer + field, {}});
    };
    bool identified = false;
    for (const QString &field : profileIdentifiers) {
        const QJsonValue v = attributes.value(field);
        if (v.isString() && !v.toString().isEmpty())
            identified = true;
    }
    if (attributes.value(QStringLiteral("anonymous_id")).isString())
        identified = true;
    if (!identified)
        invalid(QString(),
                QStringLiteral("A profile needs one of email, phone_number, external_id or anonymous_id."));
    const QJsonValue email = attributes.value(QStringLiteral("email"));
    if (email.isString() && !isEmail(email.toString()))
        invalid(QStringLiteral("/email"),
                QStringLiteral("Invalid email address: '%1'.").arg(email.toString()));
    const QJsonValue phone = attributes.value(QStringLiteral("phone_number"));
    if (phone.isString() && !isE164(phone.toString()))
        invalid(QStringLiteral("/phone_number"),
                QStringLiteral("Invalid phone number '%1': use E.164 format, e.g. +15005550006.")
                    .arg(phone.toString()));
    const QJsonValue properties = attributes.value(QStringLiteral("properties"));
    if (!properties.isUndefined() && !properties.isNull() && !properties.isObject())
        invalid(QStringLiteral("/properties"), QStringLiteral("'properties' must be an object."));
    return out;
}

QList<KlaviyoApi::Error> KlaviyoApi::checkEvent(const QJsonObject &attributes, const QString &pointer) {
    QList<Error> out;
    const auto invalid = [&](const QString &field, const QString &detail) {
        out.append(
            {400, QStringLiteral("invalid"), QStringLiteral("Invalid input."), detail, pointer + field, {}});
    };
    const QJsonValue properties = attributes.value(QStringLiteral("properties"));
    if (!properties.isObject()) {
        invalid(QStringLiteral("/properties"),
                QStringLiteral("'properties' is required and must be an object."));
    } else {
        if (properties.toObject().size() > MaxEventProperties)
            invalid(QStringLiteral("/properties"),
                    QStringLiteral("An event may have at most %1 properties, this one has %2.")
                        .arg(MaxEventProperties)
                        .arg(properties.toObject().size()));
        const QString overlong = overlongString(properties, QStringLiteral("/properties"), MaxStringBytes);
        if (!overlong.isEmpty())
            invalid(overlong, QStringLiteral("String values may be at most 100 KB."));
    }
    const QJsonObject metric =
        attributes.value(QStringLiteral("metric")).toObject().value(QStringLiteral("data")).toObject();
    if (metric.value(QStringLiteral("type")).toString() != QLatin1String("metric")
        || metric.value(QStringLiteral("attributes"))
               .toObject()
               .value(QStringLiteral("name"))
               .toString()
               .isEmpty())
        invalid(
            QStringLiteral("/metric"),
            QStringLiteral(
                "'metric' is required: {\"data\":{\"type\":\"metric\",\"attributes\":{\"name\":\"...\"}}}."));
    const QJsonObject profile =
        attributes.value(QStringLiteral("profile")).toObject().value(QStringLiteral("data")).toObject();
    if (profile.value(QStringLiteral("type")).toString() != QLatin1String("profile")) {
        invalid(QStringLiteral("/profile"),
                QStringLiteral("'profile' is required: "
                               "{\"data\":{\"type\":\"profile\",\"attributes\":{\"email\":\"...\"}}}."));
    } else if (!profile.value(QStringLiteral("id")).isString()) {
        out << checkProfileAttributes(profile.value(QStringLiteral("attributes")).toObject(),
                                      pointer + QStringLiteral("/profile/data/attributes"));
    }
    const QJsonValue time = attributes.value(QStringLiteral("time"));
    if (!time.isUndefined() && !QDateTime::fromString(time.toString(), Qt::ISODateWithMs).isValid())
        invalid(QStringLiteral("/time"),
                QStringLiteral("'time' must be an ISO 8601 datetime, got %1.")
                    .arg(QString::fromUtf8(QJsonDocument(QJsonArray{time}).toJson(QJsonDocument::Compact))));
    const QJsonValue value = attributes.value(QStringLiteral("value"));
    if (!value.isUndefined() && !value.isNull() && !value.isDouble())
        invalid(QStringLiteral("/value"), QStringLiteral("'value' must be a number."));
    const QJsonValue uniqueId = attributes.value(QStringLiteral("unique_id"));
    if (!uniqueId.isUndefined() && !uniqueId.isString())
        invalid(QStringLiteral("/unique_id"), QStringLiteral("'unique_id' must be a string."));
    return out;
}

QString KlaviyoApi::eventKey(const QJsonObject &attributes) {
    return attributes.value(QStringLiteral("unique_id")).toString();
}

bool KlaviyoApi::upsertProfile(const QJsonObject &attributes, int *storedIndex) {
    int index = -1;
    for (const QString &field : profileIdentifiers) {
        const QString value = attributes.value(field).toString();
        if (!value.isEmpty() && m_byIdentifier.contains(field + QLatin1Char(':') + value.toLower())) {
            index = m_byIdentifier.value(field + QLatin1Char(':') + value.toLower());
            break;
        }
    }
    const bool created = index < 0;
    if (created) {
        m_profiles.append(
            {QStringLiteral("01SIM%1").arg(m_profiles.size() + 1, 21, 10, QLatin1Char('0')), {}});
        index = int(m_profiles.size() - 1);
    }
    StoredProfile &profile = m_profiles[index];
    mergeInto(profile.attributes, attributes);
    for (const QString &field : profileIdentifiers) {
        const QString value = profile.attributes.value(field).toString();
        if (!value.isEmpty())
            m_byIdentifier.insert(field + QLatin1Char(':') + value.toLower(), index);
    }
    *storedIndex = index;
    return created;
}

std::optional<SimReply> KlaviyoApi::authenticationFailure(const SimRequest &request) const {
    if (!request.hasHeader("Authorization"))
        return errors({{401,
                        QStringLiteral("not_authenticated"),
                        QStringLiteral("Authentication credentials were not provided."),
                        QStringLiteral("Missing 'Authorization: Klaviyo-API-Key <private key>' header."),
                        {},
                        QStringLiteral("Authorization")}});
    const QString key = authToken(request, "Klaviyo-API-Key");
    if (key.isEmpty())
        return errors({{401,
                        QStringLiteral("not_authenticated"),
                        QStringLiteral("Authentication credentials were not provided."),
                        QStringLiteral("The Authorization header must use the 'Klaviyo-API-Key' scheme."),
                        {},
                        QStringLiteral("Authorization")}});
    if (key != credential(QStringLiteral("apiKey")))
        return errors({{401,
                        QStringLiteral("authentication_failed"),
                        QStringLiteral("Incorrect authentication credentials."),
                        QStringLiteral("The private API key is not valid."),
                        {},
                        QStringLiteral("Authorization")}});

    return std::nullopt;
}

SimReply KlaviyoApi::methodNotAllowed(const SimRequest &request) {
    return errors({{405,
                    QStringLiteral("method_not_allowed"),
                    QStringLiteral("Method not allowed."),
                    QStringLiteral("Method \"%1\" not allowed.").arg(QString::fromLatin1(request.method)),
                    {},
                    {}}});
}

SimReply KlaviyoApi::accounts(const SimRequest &request) const {
    if (request.method != "GET")
        return methodNotAllowed(request);
    if (const std::optional<SimReply> refused = authenticationFailure(request))
        return *refused;
    // The account the key belongs to, as Get Accounts answers (one account per private key).
    const QJsonObject account{
        {QStringLiteral("type"), QStringLiteral("account")},
        {QStringLiteral("id"), QStringLiteral("SimAcc")},
        {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("contact_information"),
                                                    QJsonObject{{QStringLiteral("organization_name"),
                                                                 QStringLiteral("Switchboard simulator")}}},
                                                   {QStringLiteral("timezone"), QStringLiteral("UTC")}}}};
    SimReply reply = jsonReply(200, QJsonObject{{QStringLiteral("data"), QJsonArray{account}}});
    reply.setHeader("Content-Type", "application/vnd.api+json");
    reply.verdict = QStringLiteral("credentials accepted");
    return reply;
}

SimReply KlaviyoApi::handle(const SimRequest &request) {
    static const QStringList endpoints = {
        QStringLiteral("/api/events"), QStringLiteral("/api/profile-import"),
        QStringLiteral("/api/event-bulk-create-jobs"), QStringLiteral("/api/profile-bulk-import-jobs")};
    QString path = request.path;
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path == QLatin1String("/api/accounts"))
        return accounts(request);
    if (!endpoints.contains(path))
        return errors({{404,
                        QStringLiteral("not_found"),
                        QStringLiteral("Not found."),
                        QStringLiteral("No endpoint at %1 in the simulator (events, profile-import, "
                                       "event-bulk-create-jobs, profile-bulk-import-jobs).")
                            .arg(request.path),
                        {},
                        {}}});
    if (request.method != "POST")
        return methodNotAllowed(request);

    if (const std::optional<SimReply> refused = authenticationFailure(request))
        return *refused;

    static const QRegularExpression revisionPattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(\\.[a-z]+)?$"));
    const QString revision = QString::fromUtf8(request.header("revision"));
    if (revision.isEmpty() || !revisionPattern.match(revision).hasMatch())
        return errors({{400,
                        QStringLiteral("invalid"),
                        QStringLiteral("Invalid input."),
                        revision.isEmpty()
                            ? QStringLiteral("The 'revision' header is required, e.g. revision: %1.")
                                  .arg(QLatin1String(sim::KlaviyoRevision))
                            : QStringLiteral("Invalid revision '%1': expected YYYY-MM-DD.").arg(revision),
                        {},
                        QStringLiteral("revision")}});
    if (!contentTypeIs(request, "application/vnd.api+json"))
        return errors(
            {{415,
              QStringLiteral("unsupported_media_type"),
              QStringLiteral("Unsupported media type."),
              QStringLiteral("Unsupported media type \"%1\" in request: use application/vnd.api+json.")
                  .arg(QString::fromUtf8(request.header("Content-Type"))),
              {},
              QStringLiteral("Content-Type")}});
    if (request.body.size() > MaxPayloadBytes)
        return errors(
            {{413,
              QStringLiteral("request_too_large"),
              QStringLiteral("Request too large."),
              QStringLiteral("The payload is %1 bytes; the limit is 5 MB.").arg(request.body.size()),
              {},
              {}}});

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject())
        return errors({{400,
                        QStringLiteral("parse_error"),
                        QStringLiteral("Malformed request."),
                        parseError.error != QJsonParseError::NoError
                            ? QStringLiteral("JSON parse error at offset %1: %2.")
                                  .arg(parseError.offset)
                                  .arg(parseError.errorString())
                            : QStringLiteral("The body must be a JSON:API document object."),
                        {},
                        {}}});
    const QJsonObject body = document.object();
    if (path == QLatin1String("/api/events"))
        return createEvent(body);
    if (path == QLatin1String("/api/profile-import"))
        return importProfile(body);
    if (path == QLatin1String("/api/event-bulk-create-jobs"))
        return bulkEvents(body);
    return bulkProfiles(body);
}

namespace {
// data.type must be the resource type the endpoint expects.
bool checkType(const QJsonObject &data, const QString &expected, QString *detail) {
    const QString type = data.value(QStringLiteral("type")).toString();
    if (type == expected && data.value(QStringLiteral("attributes")).isObject())
        return true;
    *detail = type == expected
                  ? QStringLiteral("'/data/attributes' must be an object.")
                  : QStringLiteral("'/data/type' must be \"%1\"%2.")
                        .arg(expected, type.isEmpty() ? QString() : QStringLiteral(", not \"%1\"").arg(type));
    return false;
}
} // namespace

SimReply KlaviyoApi::createEvent(const QJsonObject &body) {
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    QString detail;
    if (!checkType(data, QStringLiteral("event"), &detail))
        return errors({{400,
                        QStringLiteral("invalid"),
                        QStringLiteral("Invalid input."),
                        detail,
                        QStringLiteral("/data"),
                        {}}});
    const QJsonObject attributes = data.value(QStringLiteral("attributes")).toObject();
    const QList<Error> problems = checkEvent(attributes, QStringLiteral("/data/attributes"));
    if (!problems.isEmpty()) {
        SimReply reply = errors(problems);
        reply.items = {{eventKey(attributes), false, problems.first().detail}};
        return reply;
    }
    SimReply reply = emptyReply(202);
    reply.items = {{eventKey(attributes), true, {}}};
    return reply;
}

SimReply KlaviyoApi::importProfile(const QJsonObject &body) {
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    QString detail;
    if (!checkType(data, QStringLiteral("profile"), &detail))
        return errors({{400,
                        QStringLiteral("invalid"),
                        QStringLiteral("Invalid input."),
                        detail,
                        QStringLiteral("/data"),
                        {}}});
    const QJsonObject attributes = data.value(QStringLiteral("attributes")).toObject();
    if (json::compact(body).size() > MaxProfileBytes)
        return errors({{413,
                        QStringLiteral("request_too_large"),
                        QStringLiteral("Request too large."),
                        QStringLiteral("A profile may be at most 100 KB."),
                        {},
                        {}}});
    const QList<Error> problems = checkProfileAttributes(attributes, QStringLiteral("/data/attributes"));
    if (!problems.isEmpty()) {
        SimReply reply = errors(problems);
        reply.items = {{QString(), false, problems.first().detail}};
        return reply;
    }
    int index = -1;
    const bool created = upsertProfile(attributes, &index);
    const StoredProfile &stored = m_profiles.at(index);
    SimReply reply = jsonReply(created ? 201 : 200,
                               QJsonObject{{QStringLiteral("data"),
                                            QJsonObject{{QStringLiteral("type"), QStringLiteral("profile")},
                                                        {QStringLiteral("id"), stored.id},
                                                        {QStringLiteral("attributes"), stored.attributes}}}});
    reply.setHeader("Content-Type", "application/vnd.api+json");
    reply.items = {{QString(), true, {}}};
    reply.verdict = created ? QStringLiteral("profile created") : QStringLiteral("profile updated");
    return reply;
}

SimReply KlaviyoApi::bulkEvents(const QJsonObject &body) {
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    QString detail;
    if (!checkType(data, QStringLiteral("event-bulk-create-job"), &detail))
        return errors({{400,
                        QStringLiteral("invalid"),
                        QStringLiteral("Invalid input."),
                        detail,
                        QStringLiteral("/data"),
                        {}}});
    const QJsonValue groups = data.value(QStringLiteral("attributes"))
                                  .toObject()
                                  .value(QStringLiteral("events-bulk-create"))
                                  .toObject()
                                  .value(QStringLiteral("data"));
    if (!groups.isArray())
        return errors(
            {{400,
              QStringLiteral("invalid"),
              QStringLiteral("Invalid input."),
              QStringLiteral("'events-bulk-create.data' must be an array of event-bulk-create entries."),
              QStringLiteral("/data/attributes/events-bulk-create"),
              {}}});
    QList<Error> problems;
    QList<SimItem> items;
    const QJsonArray groupArray = groups.toArray();
    for (qsizetype g = 0; g < groupArray.size(); ++g) {
        const QString groupPointer = QStringLiteral("/data/attributes/events-bulk-create/data/%1").arg(g);
        const QJsonObject group = groupArray.at(g).toObject();
        if (group.value(QStringLiteral("type")).toString() != QLatin1String("event-bulk-create")) {
            problems.append({400,
                             QStringLiteral("invalid"),
                             QStringLiteral("Invalid input."),
                             QStringLiteral("Each entry must have type \"event-bulk-create\"."),
                             groupPointer + QStringLiteral("/type"),
                             {}});
            continue;
        }
        const QJsonObject attributes = group.value(QStringLiteral("attributes")).toObject();
        const QJsonObject profile =
            attributes.value(QStringLiteral("profile")).toObject().value(QStringLiteral("data")).toObject();
        if (profile.value(QStringLiteral("type")).toString() != QLatin1String("profile"))
            problems.append(
                {400,
                 QStringLiteral("invalid"),
                 QStringLiteral("Invalid input."),
                 QStringLiteral("Each entry needs a profile {\"data\":{\"type\":\"profile\",...}}."),
                 groupPointer + QStringLiteral("/attributes/profile"),
                 {}});
        else
            problems << checkProfileAttributes(profile.value(QStringLiteral("attributes")).toObject(),
                                               groupPointer
                                                   + QStringLiteral("/attributes/profile/data/attributes"));
        const QJsonArray events =
            attributes.value(QStringLiteral("events")).toObject().value(QStringLiteral("data")).toArray();
        if (events.isEmpty())
            problems.append({400,
                             QStringLiteral("invalid"),
                             QStringLiteral("Invalid input."),
                             QStringLiteral("Each entry needs at least one event in 'events.data'."),
                             groupPointer + QStringLiteral("/attributes/events"),
                             {}});
        for (qsizetype e = 0; e < events.size(); ++e) {
            const QJsonObject event = events.at(e).toObject();
            const QString pointer = groupPointer + QStringLiteral("/attributes/events/data/%1").arg(e);
            if (event.value(QStringLiteral("type")).toString() != QLatin1String("event")) {
                problems.append({400,
                                 QStringLiteral("invalid"),
                                 QStringLiteral("Invalid input."),
                                 QStringLiteral("Each event must have type \"event\"."),
                                 pointer + QStringLiteral("/type"),
                                 {}});
                continue;
            }
            QJsonObject eventAttributes = event.value(QStringLiteral("attributes")).toObject();
            // The profile comes from the entry, so check the event as if it carried it.
            eventAttributes.insert(QStringLiteral("profile"), attributes.value(QStringLiteral("profile")));
            for (const Error &e2 : checkEvent(eventAttributes, pointer + QStringLiteral("/attributes"))) {
                if (!e2.pointer.contains(QLatin1String("/profile")))
                    problems << e2;
            }
            items.append({eventKey(eventAttributes), true, {}});
        }
    }
    if (items.size() > MaxBulkEvents)
        problems.prepend({400,
                          QStringLiteral("invalid"),
                          QStringLiteral("Invalid input."),
                          QStringLiteral("A bulk job may hold at most %1 events, this one has %2.")
                              .arg(MaxBulkEvents)
                              .arg(items.size()),
                          QStringLiteral("/data/attributes/events-bulk-create"),
                          {}});
    if (!problems.isEmpty()) {
        SimReply reply = errors(problems);
        for (SimItem &item : items) {
            item.accepted = false;
            item.reason = problems.first().detail;
        }
        reply.items = items.isEmpty() ? reply.items.mid(0, 1) : items;
        return reply;
    }
    SimReply reply = emptyReply(202);
    reply.items = items;
    return reply;
}

SimReply KlaviyoApi::bulkProfiles(const QJsonObject &body) {
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    QString detail;
    if (!checkType(data, QStringLiteral("profile-bulk-import-job"), &detail))
        return errors({{400,
                        QStringLiteral("invalid"),
                        QStringLiteral("Invalid input."),
                        detail,
                        QStringLiteral("/data"),
                        {}}});
    const QJsonValue profiles = data.value(QStringLiteral("attributes"))
                                    .toObject()
                                    .value(QStringLiteral("profiles"))
                                    .toObject()
                                    .value(QStringLiteral("data"));
    if (!profiles.isArray() || profiles.toArray().isEmpty())
        return errors({{400,
                        QStringLiteral("invalid"),
                        QStringLiteral("Invalid input."),
                        QStringLiteral("'profiles.data' must be a non-empty array of profiles."),
                        QStringLiteral("/data/attributes/profiles"),
                        {}}});
    const QJsonArray array = profiles.toArray();
    if (array.size() > MaxBulkProfiles)
        return errors({{400,
                        QStringLiteral("invalid"),
                        QStringLiteral("Invalid input."),
                        QStringLiteral("A bulk import may hold at most %1 profiles, this one has %2.")
                            .arg(MaxBulkProfiles)
                            .arg(array.size()),
                        QStringLiteral("/data/attributes/profiles"),
                        {}}});
    QList<Error> problems;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject profile = array.at(i).toObject();
        const QString pointer = QStringLiteral("/data/attributes/profiles/data/%1").arg(i);
        if (profile.value(QStringLiteral("type")).toString() != QLatin1String("profile"))
            problems.append({400,
                             QStringLiteral("invalid"),
                             QStringLiteral("Invalid input."),
                             QStringLiteral("Each profile must have type \"profile\"."),
                             pointer + QStringLiteral("/type"),
                             {}});
        else
            problems << checkProfileAttributes(profile.value(QStringLiteral("attributes")).toObject(),
                                               pointer + QStringLiteral("/attributes"));
    }
    if (!problems.isEmpty()) {
        SimReply reply = errors(problems);
        reply.items = rejectedItems(int(array.size()), problems.first().detail);
        return reply;
    }
    QList<SimItem> items;
    for (const QJsonValue &profile : array) {
        int index = -1;
        upsertProfile(profile.toObject().value(QStringLiteral("attributes")).toObject(), &index);
        items.append({QString(), true, {}});
    }
    const QString jobId = QStringLiteral("sim-job-%1").arg(m_nextJob++);
    SimReply reply = jsonReply(
        202, QJsonObject{{QStringLiteral("data"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("profile-bulk-import-job")},
                                      {QStringLiteral("id"), jobId},
                                      {QStringLiteral("attributes"),
                                       QJsonObject{{QStringLiteral("status"), QStringLiteral("complete")},
                                                   {QStringLiteral("total_count"), array.size()},
                                                   {QStringLiteral("completed_count"), array.size()},
                                                   {QStringLiteral("failed_count"), 0}}}}}});
    reply.setHeader("Content-Type", "application/vnd.api+json");
    reply.items = items;
    return reply;
}

} // namespace sb
