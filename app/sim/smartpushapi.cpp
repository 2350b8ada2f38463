#include "smartpushapi.h"

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
    for (const char *field : {"email", "phone", "externalId"}) {
        const QString value = person.value(QLatin1String(field)).toString();
        if (!value.isEmpty())
            return value.toLower();
    }
    return {};
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
}

SimReply SmartPushApi::rejected(int status, const QString &message, int items) const {
    SimReply reply = errorReply(status, message);
    reply.items = rejectedItems(items, message);
    return reply;
}

QString SmartPushApi::checkPerson(const QJsonObject &person, bool allowExternalIdOnly) {
    const QJsonValue email = person.value(QStringLiteral("email"));
    const QJsonValue phone = person.value(QStringLiteral("phone"));
    if (email.isString() && !isEmail(email.toString()))
        return QStringLiteral("email '%1' is not a valid address").arg(email.toString());
    if (phone.isString() && !isE164(phone.toString()))
        return QStringLiteral("phone '%1' is not in E.164 format").arg(phone.toString());
    const bool hasExternal = !person.value(QStringLiteral("externalId")).toString().isEmpty();
    if (!email.isString() && !phone.isString() && !(allowExternalIdOnly && hasExternal))
        return allowExternalIdOnly ? QStringLiteral("needs email, phone or externalId")
                                   : QStringLiteral("needs email or phone");
    return {};
}

SimReply SmartPushApi::handle(const SimRequest &request) {
    static const QRegularExpression membersPath(QStringLiteral("^/v1/segments/([^/]+)/members/?$"));
    const QRegularExpressionMatch membersMatch = membersPath.match(request.path);
    const bool isContacts = request.path == QLatin1String("/v1/contacts");
    if (!isContacts && !membersMatch.hasMatch())
        return rejected(
            404, QStringLiteral("no SmartPush endpoint at %1 (/v1/contacts, /v1/segments/{id}/members)")
                     .arg(request.path));
    if (request.method != "POST")
        return rejected(405, QStringLiteral("use POST"));
    const QByteArray token = request.header(TokenHeader);
    if (token.isEmpty())
        return rejected(401, QStringLiteral("missing %1 header").arg(QLatin1String(TokenHeader)));
    if (QString::fromUtf8(token) != credential(QStringLiteral("token")))
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
    return isContacts ? contacts(document.object()) : members(membersMatch.captured(1), document.object());
}

SimReply SmartPushApi::contacts(const QJsonObject &body) {
    const QJsonValue list = body.value(QStringLiteral("contacts"));
    if (!list.isArray() || list.toArray().isEmpty())
        return rejected(400, QStringLiteral("'contacts' must be a non-empty array"));
    const QJsonArray array = list.toArray();
    if (array.size() > MaxContacts)
        return rejected(
            400, QStringLiteral("at most %1 contacts per request, got %2").arg(MaxContacts).arg(array.size()),
            int(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString problem = checkPerson(array.at(i).toObject(), false);
        if (!problem.isEmpty())
            return rejected(400, QStringLiteral("contacts[%1]: %2").arg(i).arg(problem), int(array.size()));
        const QJsonValue attributes = array.at(i).toObject().value(QStringLiteral("attributes"));
        if (!attributes.isUndefined() && !attributes.isObject())
            return rejected(400, QStringLiteral("contacts[%1]: 'attributes' must be an object").arg(i),
                            int(array.size()));
    }
    int created = 0, updated = 0;
    SimReply reply;
    for (const QJsonValue &value : array) {
        const QJsonObject contact = value.toObject();
        const QString id = personId(contact);
        if (m_contacts.contains(id)) {
            ++updated;
        } else {
            ++created;
            m_contacts.insert(id);
        }
        reply.items.append({contact.value(QStringLiteral("externalId")).toString(), true, {}});
    }
    SimReply ok = jsonReply(
        200, QJsonObject{{QStringLiteral("code"), 0},
                         {QStringLiteral("message"), QStringLiteral("success")},
                         {QStringLiteral("data"), QJsonObject{{QStringLiteral("created"), created},
                                                              {QStringLiteral("updated"), updated}}}});
    ok.items = reply.items;
    return ok;
}

SimReply SmartPushApi::members(const QString &segmentId, const QJsonObject &body) {
    const QString action = body.value(QStringLiteral("action")).toString();
    if (action != QLatin1String("add") && action != QLatin1String("remove"))
        return rejected(400, QStringLiteral("'action' must be \"add\" or \"remove\""));
    const QJsonValue list = body.value(QStringLiteral("members"));
    if (!list.isArray() || list.toArray().isEmpty())
        return rejected(400, QStringLiteral("'members' must be a non-empty array"));
    const QJsonArray array = list.toArray();
    if (array.size() > MaxMembers)
        return rejected(
            400, QStringLiteral("at most %1 members per request, got %2").arg(MaxMembers).arg(array.size()),
            int(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString problem = checkPerson(array.at(i).toObject(), true);
        if (!problem.isEmpty())
            return rejected(400, QStringLiteral("members[%1]: %2").arg(i).arg(problem), int(array.size()));
    }
    QSet<QString> &segment = m_segments[segmentId];
    int added = 0, removed = 0;
    QList<SimItem> items;
    for (const QJsonValue &value : array) {
        const QString id = personId(value.toObject());
        if (action == QLatin1String("add") && !segment.contains(id)) {
            segment.insert(id);
            ++added;
        } else if (action == QLatin1String("remove") && segment.remove(id)) {
            ++removed;
        }
        items.append({segmentId + QLatin1Char(':') + action + QLatin1Char(':') + id, true, {}});
    }
    SimReply reply = jsonReply(
        200, QJsonObject{{QStringLiteral("code"), 0},
                         {QStringLiteral("message"), QStringLiteral("success")},
                         {QStringLiteral("data"), QJsonObject{{QStringLiteral("segmentId"), segmentId},
                                                              {QStringLiteral("added"), added},
                                                              {QStringLiteral("removed"), removed},
                                                              {QStringLiteral("size"), segment.size()}}}});
    reply.items = items;
    return reply;
}

} // namespace sb
