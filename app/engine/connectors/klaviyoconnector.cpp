#include "klaviyoconnector.h"

#include <QJsonArray>

#include "connectorsupport.h"
#include "responserules.h"

namespace sb {

using namespace connectorsupport;

namespace {

bool bulkEnabled(const DestinationConfig &d) {
    return setting(d, QStringLiteral("bulk"), false).toBool();
}

QJsonObject wrap(const QString &type, const QJsonObject &attributes) {
    return QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("type"), type},
                                                            {QStringLiteral("attributes"), attributes}}}};
}

} // namespace

QJsonObject KlaviyoConnector::defaultSettings() const {
    return QJsonObject{{QStringLiteral("revision"), QString::fromLatin1(kDefaultRevision)},
                       {QStringLiteral("bulk"), false}};
}

ConnectorLimits KlaviyoConnector::limits(const DestinationConfig &destination) const {
    return limitsFor(destination, QStringLiteral("event"));
}

ConnectorLimits KlaviyoConnector::limitsFor(const DestinationConfig &destination,
                                            const QString &action) const {
    ConnectorLimits l;
    const bool bulk = bulkEnabled(destination);
    if (action == QLatin1String("profile")) {
        l.maxItemsPerRequest = bulk ? 10000 : 1;
        l.maxBytesPerRequest = bulk ? 5 * 1024 * 1024 : 100 * 1024;
        l.maxBytesPerItem = 100 * 1024;
        l.requestsPerSecond = bulk ? 150.0 / 60 : 750.0 / 60; // steady; bursts of 75 per second
        l.burst = bulk ? 10 : 75;
    } else {
        l.maxItemsPerRequest = bulk ? 1000 : 1;
        l.maxBytesPerRequest = 5 * 1024 * 1024;
        l.maxBytesPerItem = 5 * 1024 * 1024;
        l.requestsPerSecond = bulk ? 150.0 / 60 : 3500.0 / 60; // steady; bursts of 350 per second
        l.burst = bulk ? 10 : 350;
    }
    return l;
}

bool KlaviyoConnector::canBatch(const QString &) const {
    return true; // only through the bulk endpoints, and only with the "bulk" setting (see limitsFor)
}

RenderedItem KlaviyoConnector::assemble(const DestinationConfig &, const ItemDraft &draft) const {
    RenderedItem item;
    item.action = draft.action;
    item.idempotencyKey = draft.idempotencyKey;
    const QJsonObject &f = draft.fields;
    if (draft.action == QLatin1String("profile")) {
        QJsonObject attributes = f;
        item.body = wrap(QStringLiteral("profile"), attributes);
        return item;
    }
    QJsonObject attributes;
    attributes.insert(QStringLiteral("properties"), f.value(QStringLiteral("properties")).toObject());
    QJsonValue time = f.value(QStringLiteral("time"));
    if (isBlank(time) && draft.occurredAt.isValid())
        time = rfc3339(draft.occurredAt);
    if (!isBlank(time))
        attributes.insert(QStringLiteral("time"), time);
    for (const char *key : {"value", "value_currency"}) {
        const QJsonValue v = f.value(QString::fromLatin1(key));
        if (!isBlank(v))
            attributes.insert(QString::fromLatin1(key), v);
    }
    attributes.insert(QStringLiteral("unique_id"), draft.idempotencyKey);
    attributes.insert(QStringLiteral("metric"),
                      wrap(QStringLiteral("metric"), QJsonObject{{QStringLiteral("name"), draft.eventName}}));
    attributes.insert(QStringLiteral("profile"),
                      wrap(QStringLiteral("profile"), f.value(QStringLiteral("profile")).toObject()));
    item.body = wrap(QStringLiteral("event"), attributes);
    return item;
}

QString KlaviyoConnector::emailField(const QString &action) const {
    return action == QLatin1String("profile") ? QStringLiteral("email") : QStringLiteral("profile.email");
}

HttpHeaders KlaviyoConnector::headersFor(const DestinationConfig &destination) const {
    return {
        {"Authorization",
         "Klaviyo-API-Key " + destination.credentials.value(QStringLiteral("apiKey")).toUtf8()},
        {"revision", setting(destination, QStringLiteral("revision"), QString::fromLatin1(kDefaultRevision))
                         .toString()
                         .toUtf8()},
        {"Content-Type", "application/vnd.api+json"},
        {"Accept", "application/vnd.api+json"},
    };
}

HttpRequestSpec KlaviyoConnector::buildRequest(const DestinationConfig &destination,
                                               const QList<RenderedItem> &items) const {
    HttpRequestSpec request;
    request.method = "POST";
    const QUrl base = baseUrlOf(destination);
    const bool profile = !items.isEmpty() && items.first().action == QLatin1String("profile");
    if (items.size() <= 1) {
        request.url =
            join(base, profile ? QStringLiteral("/api/profile-import") : QStringLiteral("/api/events"));
        request.body = jsonBody(items.isEmpty() ? QJsonObject() : items.first().body);
    } else if (profile) {
        QJsonArray profiles;
        for (const RenderedItem &item : items)
            profiles.append(item.body.value(QStringLiteral("data")));
        request.url = join(base, QStringLiteral("/api/profile-bulk-import-jobs"));
        request.body = jsonBody(
            wrap(QStringLiteral("profile-bulk-import-job"),
                 QJsonObject{{QStringLiteral("profiles"), QJsonObject{{QStringLiteral("data"), profiles}}}}));
    } else {
        // One entry per event, each with its own profile, as the bulk create job expects.
        QJsonArray entries;
        for (const RenderedItem &item : items) {
            QJsonObject attributes = item.body.value(QStringLiteral("data"))
                                         .toObject()
                                         .value(QStringLiteral("attributes"))
                                         .toObject();
            const QJsonObject profileRef = attributes.take(QStringLiteral("profile")).toObject();
            const QJsonObject event{{QStringLiteral("type"), QStringLiteral("event")},
                                    {QStringLiteral("attributes"), attributes}};
            entries.append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("event-bulk-create")},
                            {QStringLiteral("attributes"),
                             QJsonObject{{QStringLiteral("profile"), profileRef},
                                         {QStringLiteral("events"),
                                          QJsonObject{{QStringLiteral("data"), QJsonArray{event}}}}}}});
        }
        request.url = join(base, QStringLiteral("/api/event-bulk-create-jobs"));
        request.body = jsonBody(wrap(QStringLiteral("event-bulk-create-job"),
                                     QJsonObject{{QStringLiteral("events-bulk-create"),
                                                  QJsonObject{{QStringLiteral("data"), entries}}}}));
    }
    request.headers = headersFor(destination);
    return request;
}

std::optional<HttpRequestSpec> KlaviyoConnector::credentialCheck(const DestinationConfig &destination) const {
    // Get Accounts: the account a private key belongs to; 401 for a wrong key.
    HttpRequestSpec request;
    request.method = "GET";
    request.url = join(baseUrlOf(destination), QStringLiteral("/api/accounts/"));
    request.headers = headersFor(destination);
    return request;
}

ResponseVerdict KlaviyoConnector::readResponse(int httpStatus, const HttpHeaders &headers,
                                               const QByteArray &body) const {
    ResponseVerdict v = ResponseRules::verdict(httpStatus, headers, body);
    if (v.outcome != ResponseClass::Success && !v.retryAfterMs)
        v.retryAfterMs = ResponseRules::waitMs(headers, {"RateLimit-Reset"});
    return v;
}

QList<Finding> KlaviyoConnector::validate(const RenderedItem &item) const {
    QList<Finding> findings;
    const QJsonObject attributes =
        item.body.value(QStringLiteral("data")).toObject().value(QStringLiteral("attributes")).toObject();
    QJsonObject profile;
    QString prefix;
    if (item.action == QLatin1String("event")) {
        requireField(findings, attributes, QStringLiteral("metric.data.attributes.name"),
                     QStringLiteral("a Klaviyo event needs a metric name"));
        profile = get(attributes, QStringLiteral("profile.data.attributes")).toObject();
        prefix = QStringLiteral("profile.");
        const QJsonObject properties = attributes.value(QStringLiteral("properties")).toObject();
        if (properties.size() > 400)
            findings << error(QStringLiteral("properties"), QStringLiteral("too_large"),
                              QStringLiteral("Klaviyo accepts at most 400 event properties, this has %1")
                                  .arg(properties.size()));
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (it.value().isString() && it.value().toString().toUtf8().size() > 100 * 1024)
                findings << error(QStringLiteral("properties.") + it.key(), QStringLiteral("too_large"),
                                  QStringLiteral("Klaviyo strings are limited to 100 KB"));
        }
    } else {
        profile = attributes;
    }
    if (isBlank(profile.value(QStringLiteral("email")))
        && isBlank(profile.value(QStringLiteral("phone_number")))
        && isBlank(profile.value(QStringLiteral("external_id"))))
        findings << error(
            prefix + QStringLiteral("email"), QStringLiteral("missing_required"),
            QStringLiteral("Klaviyo matches profiles by email, phone_number or external_id; none is set"));
    QList<Finding> phone;
    requireE164(phone, profile, QStringLiteral("phone_number"));
    for (Finding &f : phone)
        f.field = prefix + f.field;
    findings << phone;
    return findings;
}

QStringList KlaviyoConnector::secrets(const DestinationConfig &destination) const {
    const QString key = destination.credentials.value(QStringLiteral("apiKey"));
    return key.isEmpty() ? QStringList() : QStringList{key};
}

} // namespace sb
