#include "smartpushwireformat.h"

#include <QJsonArray>
#include <QUrl>

#include "connectorsupport.h"

namespace sb {

using namespace connectorsupport;

namespace {
const QString kMembership = QStringLiteral("segment_membership");
const QString kEvent = QStringLiteral("event");

// A segment member as SHOPLINE lists it (an email, a phone) or as an object with email / phone.
QJsonObject member(const QJsonValue &value) {
    if (value.isObject()) {
        QJsonObject m;
        for (const QString &key : {QStringLiteral("email"), QStringLiteral("phone")})
            if (!isBlank(value.toObject().value(key)))
                m.insert(key, value.toObject().value(key));
        return m;
    }
    const QString text = value.isDouble() ? QString::number(value.toInteger()) : value.toString().trimmed();
    if (text.isEmpty())
        return {};
    const bool phone = !text.contains(u'@') && (text.startsWith(u'+') || text.at(0).isDigit());
    return QJsonObject{{phone ? QStringLiteral("phone") : QStringLiteral("email"), text}};
}
} // namespace

QStringList SmartPushWireFormat::actions() {
    return {QStringLiteral("contact"), kMembership, kEvent};
}

QStringList SmartPushWireFormat::membershipActions() {
    return {QStringLiteral("add"), QStringLiteral("remove"), QStringLiteral("replace"),
            QStringLiteral("delete")};
}

QStringList SmartPushWireFormat::excludedStatuses() {
    return {QStringLiteral("unsubscribed"), QStringLiteral("blacklisted")};
}

bool SmartPushWireFormat::batches(const QString &action) {
    return action != kMembership;
}

QString SmartPushWireFormat::path(const DestinationConfig &destination, const QString &action,
                                  const QString &pathKey) {
    if (action == kMembership) {
        const QString pattern = setting(destination, QStringLiteral("membershipPath"),
                                        QStringLiteral("/v1/segments/{segment_id}/members"))
                                    .toString();
        return QString(pattern).replace(QStringLiteral("{segment_id}"),
                                        QString::fromUtf8(QUrl::toPercentEncoding(pathKey)));
    }
    if (action == kEvent)
        return setting(destination, QStringLiteral("eventPath"), QStringLiteral("/v1/events")).toString();
    return setting(destination, QStringLiteral("contactPath"), QStringLiteral("/v1/contacts")).toString();
}

HttpHeaders SmartPushWireFormat::headers(const DestinationConfig &destination) {
    const QByteArray header =
        setting(destination, QStringLiteral("authHeader"), QStringLiteral("Authorization"))
            .toString()
            .toUtf8();
    const QString scheme =
        setting(destination, QStringLiteral("authScheme"), QStringLiteral("Bearer")).toString();
    const QString token = destination.credentials.value(QStringLiteral("token"));
    return {{header, (scheme.isEmpty() ? token : scheme + u' ' + token).toUtf8()},
            {"Content-Type", "application/json"},
            {"Accept", "application/json"}};
}

QString SmartPushWireFormat::pathKey(const ItemDraft &draft) {
    if (draft.action != kMembership)
        return {};
    const QJsonValue id = draft.fields.value(QStringLiteral("segment_id"));
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}

QJsonObject SmartPushWireFormat::body(const ItemDraft &draft) {
    const QJsonObject &f = draft.fields;
    QJsonObject body;
    auto copy = [&](const char *from, QJsonObject &to, const char *as = nullptr) {
        const QJsonValue v = f.value(QString::fromLatin1(from));
        if (!isBlank(v))
            to.insert(QString::fromLatin1(as ? as : from), v);
    };
    if (draft.action == kMembership) {
        body.insert(QStringLiteral("segment_id"), f.value(QStringLiteral("segment_id")));
        copy("segment_name", body);
        // "operation" is the field's name in mappings made before the wire format settled.
        const QJsonValue action = f.value(QStringLiteral("action"));
        body.insert(QStringLiteral("action"),
                    !isBlank(action) ? action.toString()
                                     : f.value(QStringLiteral("operation")).toString(QStringLiteral("add")));
        QJsonArray members;
        for (const QJsonValue &value : f.value(QStringLiteral("members")).toArray())
            members.append(member(value));
        // A person event mapped to add / remove names its one member in email / phone.
        QJsonObject single;
        copy("email", single);
        copy("phone", single);
        if (!single.isEmpty())
            members.append(single);
        if (!members.isEmpty() || body.value(QStringLiteral("action")).toString() == QLatin1String("replace"))
            body.insert(QStringLiteral("members"), members);
    } else if (draft.action == kEvent) {
        body.insert(QStringLiteral("event"), draft.eventName);
        copy("email", body);
        copy("phone", body);
        body.insert(QStringLiteral("properties"), f.value(QStringLiteral("properties")).toObject());
        if (draft.occurredAt.isValid())
            body.insert(QStringLiteral("occurred_at"), rfc3339(draft.occurredAt));
    } else {
        for (const char *key : {"email", "phone", "first_name", "last_name", "subscription_status"})
            copy(key, body);
        if (!body.contains(QStringLiteral("subscription_status")))
            copy("subscribed", body, "subscription_status");
        const QJsonObject attributes = f.value(QStringLiteral("attributes")).toObject();
        if (!attributes.isEmpty())
            body.insert(QStringLiteral("attributes"), attributes);
    }
    body.insert(idempotencyField(), draft.idempotencyKey);
    return body;
}

QJsonObject SmartPushWireFormat::envelope(const QString &action, const QList<RenderedItem> &items) {
    if (action == kMembership) {
        return items.value(0).body; // one segment change per request
    }
    QJsonArray list;
    for (const RenderedItem &item : items)
        list.append(item.body);
    return QJsonObject{{action == kEvent ? QStringLiteral("events") : QStringLiteral("contacts"), list}};
}

} // namespace sb
