#include "smartpushapi.h"

#include <QDateTime>
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

QString personId(const QJsonObject &person) {
    for (const char *field : {"email", "phone"}) {
        const QString value = person.value(QLatin1String(field)).toString();
        if (!value.isEmpty())
            return value.toLower();
    }
    return {};
}

QString requestId(const QJsonObject &item) {
    return item.value(QStringLiteral("request_id")).toString();
}

const QStringList &subscriptionStatuses() {
    static const QStringList statuses = {QStringLiteral("subscribed"), QStringLiteral("not_subscribed"),
                                         QStringLiteral("unsubscribed"), QStringLiteral("blacklisted")};
    return statuses;
}
} // namespace

QHash<QString, QString> SmartPushApi::defaultCredentials() const {
    return {{QStringLiteral("token"), QString::fromLatin1(sim::SmartPushToken)}};
}

SimReply SmartPushApi::errorReply(int status, const QString &message) const {
    return jsonReply(status,
                     QJsonObject{{QStringLiteral("code"), status}, {QStringLiteral("message"), message}});
}

void SmartPushApi::reset() {
    m_contacts.clear();
    m_segments.clear();
    m_events.clear();
}

SimReply SmartPushApi::rejected(int status, const QString &message, int items) const {
    SimReply reply = errorReply(status, message);
    reply.items = rejectedItems(items, message);
    return reply;
}

SimReply SmartPushApi::success(const QJsonObject &data, const QList<SimItem> &items) {
    SimReply reply = jsonReply(200, QJsonObject{{QStringLiteral("code"), 0},
                                                {QStringLiteral("message"), QStringLiteral("success")},
                                                {QStringLiteral("data"), data}});
    reply.items = items;
    return reply;
}

QString SmartPushApi::checkPerson(const QJsonObject &person) {
    const QJsonValue email = person.value(QStringLiteral("email"));
    const QJsonValue phone = person.value(QStringLiteral("phone"));
    if (!email.isUndefined() && !email.isString())
        return QStringLiteral("'email' must be a string");
    if (!phone.isUndefined() && !phone.isString())
        return QStringLiteral("'phone' must be a string");
    if (email.isString() && !isEmail(email.toString()))
        return QStringLiteral("email '%1' is not a valid address").arg(email.toString());
    if (phone.isString() && !isE164(phone.toString()))
        return QStringLiteral("phone '%1' is not in E.164 format").arg(phone.toString());
    if (!email.isString() && !phone.isString())
        return QStringLiteral("needs email or phone");
    return {};
}

std::optional<SimReply> SmartPushApi::checkList(const QJsonObject &body, const QString &name, int max) const {
    const QJsonValue list = body.value(name);
    if (!list.isArray() || list.toArray().isEmpty())
        return rejected(400, QStringLiteral("'%1' must be a non-empty array").arg(name));
    const QJsonArray array = list.toArray();
    if (array.size() > max)
        return rejected(
            400, QStringLiteral("at most %1 %2 per request, got %3").arg(max).arg(name).arg(array.size()),
            int(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i)
        if (!array.at(i).isObject())
            return rejected(400, QStringLiteral("%1[%2] must be an object").arg(name).arg(i),
                            int(array.size()));
    return std::nullopt;
}

SimReply SmartPushApi::handle(const SimRequest &request) {
    static const QRegularExpression membersPath(QStringLiteral("^/v1/segments/([^/]+)/members/?$"));
    const QRegularExpressionMatch membersMatch = membersPath.match(request.path);
    const bool isContacts = request.path == QLatin1String("/v1/contacts");
    const bool isEvents = request.path == QLatin1String("/v1/events");
    if (!isContacts && !isEvents && !membersMatch.hasMatch())
        return rejected(404, QStringLiteral("no SmartPush endpoint at %1 (/v1/contacts, /v1/events, "
                                            "/v1/segments/{id}/members)")
                                 .arg(request.path));
    if (request.method != "POST")
        return rejected(405, QStringLiteral("use POST"));
    QString token = authToken(request, "Bearer");
    if (token.isEmpty())
        token = QString::fromUtf8(request.header(TokenHeader));
    if (token.isEmpty())
        return rejected(401, QStringLiteral("missing 'Authorization: Bearer <token>' header (or %1)")
                                 .arg(QLatin1String(TokenHeader)));
    if (token != credential(QStringLiteral("token")))
        return rejected(401, QStringLiteral("invalid token"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject())
        return rejected(400, QStringLiteral("the body must be a JSON object%1")
                                 .arg(parseError.error != QJsonParseError::NoError
                                          ? QStringLiteral(" (offset %1: %2)")
                                                .arg(parseError.offset)
                                                .arg(parseError.errorString())
                                          : QString()));
    if (isContacts)
        return contacts(document.object());
    if (isEvents)
        return events(document.object());
    return members(membersMatch.captured(1), document.object());
}

SimReply SmartPushApi::contacts(const QJsonObject &body) {
    if (const auto refused = checkList(body, QStringLiteral("contacts"), MaxContacts))
        return *refused;
    const QJsonArray array = body.value(QStringLiteral("contacts")).toArray();
    const int count = int(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject contact = array.at(i).toObject();
        QString problem = checkPerson(contact);
        const QJsonValue attributes = contact.value(QStringLiteral("attributes"));
        const QJsonValue status = contact.value(QStringLiteral("subscription_status"));
        if (problem.isEmpty() && !attributes.isUndefined() && !attributes.isObject())
            problem = QStringLiteral("'attributes' must be an object");
        if (problem.isEmpty() && !status.isUndefined() && !subscriptionStatuses().contains(status.toString()))
            problem = QStringLiteral("'subscription_status' must be one of %1")
                          .arg(subscriptionStatuses().join(QStringLiteral(", ")));
        if (problem.isEmpty()
            && (status.toString() == QLatin1String("unsubscribed")
                || status.toString() == QLatin1String("blacklisted")))
            problem = QStringLiteral("%1 contacts must not be sent").arg(status.toString());
        if (!problem.isEmpty())
            return rejected(400, QStringLiteral("contacts[%1]: %2").arg(i).arg(problem), count);
    }
    int created = 0, updated = 0;
    QList<SimItem> items;
    for (const QJsonValue &value : array) {
        const QJsonObject contact = value.toObject();
        const QString id = personId(contact);
        if (m_contacts.contains(id)) {
            ++updated;
        } else {
            ++created;
            m_contacts.insert(id);
        }
        items.append({requestId(contact), true, {}});
    }
    return success(QJsonObject{{QStringLiteral("created"), created}, {QStringLiteral("updated"), updated}},
                   items);
}

SimReply SmartPushApi::events(const QJsonObject &body) {
    if (const auto refused = checkList(body, QStringLiteral("events"), MaxEvents))
        return *refused;
    const QJsonArray array = body.value(QStringLiteral("events")).toArray();
    const int count = int(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject event = array.at(i).toObject();
        QString problem;
        const QJsonValue properties = event.value(QStringLiteral("properties"));
        const QJsonValue occurredAt = event.value(QStringLiteral("occurred_at"));
        if (event.value(QStringLiteral("event")).toString().trimmed().isEmpty())
            problem = QStringLiteral("'event' (the event name) is required");
        if (problem.isEmpty())
            problem = checkPerson(event);
        if (problem.isEmpty() && !properties.isUndefined() && !properties.isObject())
            problem = QStringLiteral("'properties' must be an object");
        if (problem.isEmpty() && !occurredAt.isUndefined()
            && !QDateTime::fromString(occurredAt.toString(), Qt::ISODateWithMs).isValid())
            problem = QStringLiteral("'occurred_at' must be an RFC 3339 time");
        if (!problem.isEmpty())
            return rejected(400, QStringLiteral("events[%1]: %2").arg(i).arg(problem), count);
    }
    QList<SimItem> items;
    for (const QJsonValue &value : array) {
        ++m_events[value.toObject().value(QStringLiteral("event")).toString()];
        items.append({requestId(value.toObject()), true, {}});
    }
    return success(QJsonObject{{QStringLiteral("accepted"), count}}, items);
}

SimReply SmartPushApi::members(const QString &segmentId, const QJsonObject &body) {
    static const QStringList actions = {QStringLiteral("add"), QStringLiteral("remove"),
                                        QStringLiteral("replace"), QStringLiteral("delete")};
    const QString action = body.value(QStringLiteral("action")).toString();
    if (!actions.contains(action))
        return rejected(400,
                        QStringLiteral("'action' must be one of %1").arg(actions.join(QStringLiteral(", "))));
    const QJsonValue bodyId = body.value(QStringLiteral("segment_id"));
    if (!bodyId.isUndefined() && bodyId.toVariant().toString() != segmentId)
        return rejected(400, QStringLiteral("'segment_id' %1 differs from the path's %2")
                                 .arg(bodyId.toVariant().toString(), segmentId));
    const QJsonValue list = body.value(QStringLiteral("members"));
    const QJsonArray array = list.toArray();
    if (action == QLatin1String("delete")) {
        if (!array.isEmpty())
            return rejected(400, QStringLiteral("deleting a segment takes no 'members'"));
    } else if (action == QLatin1String("replace") && list.isArray() && array.isEmpty()) {
        // An emptied segment.
    } else if (const auto refused = checkList(body, QStringLiteral("members"), MaxMembers)) {
        return *refused;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString problem = checkPerson(array.at(i).toObject());
        if (!problem.isEmpty())
            return rejected(400, QStringLiteral("members[%1]: %2").arg(i).arg(problem));
    }
    const QString key = requestId(body).isEmpty() ? segmentId + u':' + action : requestId(body);
    int added = 0, removed = 0;
    if (action == QLatin1String("delete")) {
        removed = int(m_segments.value(segmentId).size());
        m_segments.remove(segmentId);
    } else {
        QSet<QString> wanted;
        for (const QJsonValue &value : array)
            wanted.insert(personId(value.toObject()));
        QSet<QString> &segment = m_segments[segmentId];
        if (action == QLatin1String("replace")) {
            removed = int((segment - wanted).size());
            added = int((wanted - segment).size());
            segment = wanted;
        } else {
            for (const QString &id : std::as_const(wanted)) {
                if (action == QLatin1String("add") && !segment.contains(id)) {
                    segment.insert(id);
                    ++added;
                } else if (action == QLatin1String("remove") && segment.remove(id)) {
                    ++removed;
                }
            }
        }
    }
    return success(QJsonObject{{QStringLiteral("segmentId"), segmentId},
                               {QStringLiteral("added"), added},
                               {QStringLiteral("removed"), removed},
                               {QStringLiteral("size"), segmentSize(segmentId)}},
                   {{key, true, {}}});
}

} // namespace sb
