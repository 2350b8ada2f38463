#include "smartpushwireformat.h"

#include <QJsonArray>
#include <QUrl>

#include "connectorsupport.h"

namespace sb {

using namespace connectorsupport;

QStringList SmartPushWireFormat::actions() {
    return {QStringLiteral("contact"), QStringLiteral("segment_membership"), QStringLiteral("event")};
}

QString SmartPushWireFormat::path(const DestinationConfig &destination, const QString &action,
                                  const QString &pathKey) {
    if (action == QLatin1String("segment_membership")) {
        const QString pattern = setting(destination, QStringLiteral("membershipPath"),
                                        QStringLiteral("/v1/segments/{segment_id}/members"))
                                    .toString();
        return QString(pattern).replace(QStringLiteral("{segment_id}"),
                                        QString::fromUtf8(QUrl::toPercentEncoding(pathKey)));
    }
    if (action == QLatin1String("event"))
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
    if (draft.action != QLatin1String("segment_membership"))
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
    if (draft.action == QLatin1String("segment_membership")) {
        body.insert(QStringLiteral("segment_id"), f.value(QStringLiteral("segment_id")));
        copy("segment_name", body);
        body.insert(QStringLiteral("operation"),
                    f.value(QStringLiteral("operation")).toString(QStringLiteral("add")));
        QJsonObject contact;
        copy("email", contact);
        copy("phone", contact);
        body.insert(QStringLiteral("contacts"), QJsonArray{contact});
    } else if (draft.action == QLatin1String("event")) {
        body.insert(QStringLiteral("event"), draft.eventName);
        copy("email", body);
        copy("phone", body);
        body.insert(QStringLiteral("properties"), f.value(QStringLiteral("properties")).toObject());
        if (draft.occurredAt.isValid())
            body.insert(QStringLiteral("occurred_at"), rfc3339(draft.occurredAt));
    } else {
        for (const char *key : {"email", "phone", "first_name", "last_name", "subscribed"})
            copy(key, body);
        const QJsonObject attributes = f.value(QStringLiteral("attributes")).toObject();
        if (!attributes.isEmpty())
            body.insert(QStringLiteral("attributes"), attributes);
    }
    body.insert(idempotencyField(), draft.idempotencyKey);
    return body;
}

} // namespace sb
