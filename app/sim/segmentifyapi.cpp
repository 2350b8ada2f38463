#include "segmentifyapi.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

#include "simcredentials.h"

namespace sb {

QHash<QString, QString> SegmentifyApi::defaultCredentials() const {
    return {{QStringLiteral("apiKey"), QString::fromLatin1(sim::SegmentifyApiKey)},
            {QStringLiteral("origin"), QString::fromLatin1(sim::SegmentifyOrigin)}};
}

SimReply SegmentifyApi::errorReply(int status, const QString &message) const {
    // Segmentify documents only the status for 429 and 5xx; the body names the simulated cause.
    SimReply reply = jsonReply(
        status, QJsonObject{{QStringLiteral("timestamp"), QDateTime::currentMSecsSinceEpoch()},
                            {QStringLiteral("responses"), QJsonArray()},
                            {QStringLiteral("statusCode"), status == 429 ? QStringLiteral("TOO_MANY_REQUESTS")
                                                                         : QStringLiteral("SERVER_ERROR")},
                            {QStringLiteral("message"), message}});
    return reply;
}

SimReply SegmentifyApi::statusCode(const QString &code, int items, const QString &why) const {
    SimReply reply = jsonReply(200, QJsonObject{{QStringLiteral("timestamp"), QString()},
                                                {QStringLiteral("responses"), QJsonArray()},
                                                {QStringLiteral("statusCode"), code}});
    reply.items = rejectedItems(std::max(1, items), code + QStringLiteral(": ") + why);
    return reply;
}

SimReply SegmentifyApi::keys(const SimRequest &request) const {
    bool ok = false;
    const int count = request.query.queryItemValue(QStringLiteral("count")).toInt(&ok);
    if (!ok || count < 1 || count > 100)
        return jsonReply(400,
                         QJsonObject{{QStringLiteral("statusCode"), QStringLiteral("BAD_INPUT")},
                                     {QStringLiteral("message"), QStringLiteral("count must be 1-100")}});
    QJsonArray ids;
    for (int i = 0; i < count; ++i)
        ids.append(QUuid::createUuid().toString(QUuid::Id128).left(23).toUpper());
    return jsonReply(200, ids);
}

QStringList SegmentifyApi::missingMandatory(const QJsonObject &event) {
    static const QHash<QString, QStringList> mandatory = {
        {QStringLiteral("PAGE_VIEW"), {QStringLiteral("category")}},
        {QStringLiteral("PRODUCT_VIEW"),
         {QStringLiteral("productId"), QStringLiteral("title"), QStringLiteral("url"),
          QStringLiteral("image"), QStringLiteral("category"), QStringLiteral("price")}},
        {QStringLiteral("BASKET_OPERATIONS"), {QStringLiteral("step"), QStringLiteral("productId")}},
        {QStringLiteral("CHECKOUT"),
         {QStringLiteral("step"), QStringLiteral("totalPrice"), QStringLiteral("productList")}},
        {QStringLiteral("USER_OPERATIONS"), {QStringLiteral("step"), QStringLiteral("username")}},
        {QStringLiteral("CUSTOM_EVENT"), {QStringLiteral("type")}},
    };
    static const QStringList devices = {QStringLiteral("PC"), QStringLiteral("TABLET"),
                                        QStringLiteral("MOBILE"), QStringLiteral("ANDROID"),
                                        QStringLiteral("IOS")};
    QStringList missing;
    if (!devices.contains(event.value(QStringLiteral("device")).toString()))
        missing << QStringLiteral("device (PC, TABLET, MOBILE, ANDROID or IOS)");
    for (const QString &field : mandatory.value(event.value(QStringLiteral("name")).toString())) {
        if (!event.contains(field))
            missing << field;
    }
    return missing;
}

SimReply SegmentifyApi::handle(const SimRequest &request) {
    if (request.path == QLatin1String("/get/key") && request.method == "GET")
        return keys(request);
    if (request.path != QLatin1String("/add/events/v1.json")) {
        SimReply reply = jsonReply(
            404,
            QJsonObject{{QStringLiteral("message"),
                         QStringLiteral("No resource at %1 (use /add/events/v1.json)").arg(request.path)}});
        reply.items = rejectedItems(1, QStringLiteral("unknown path %1").arg(request.path));
        return reply;
    }
    if (request.method != "POST") {
        SimReply reply =
            jsonReply(400, QJsonObject{{QStringLiteral("message"), QStringLiteral("Send events with POST")}});
        reply.items =
            rejectedItems(1, QStringLiteral("%1 instead of POST").arg(QString::fromLatin1(request.method)));
        return reply;
    }
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const int count = document.isArray() ? int(document.array().size()) : 1;
    if (!request.query.hasQueryItem(QStringLiteral("apiKey"))
        || request.query.queryItemValue(QStringLiteral("apiKey")).isEmpty())
        return statusCode(QStringLiteral("NO_API_KEY"), count, QStringLiteral("no apiKey query parameter"));
    if (request.query.queryItemValue(QStringLiteral("apiKey")) != credential(QStringLiteral("apiKey")))
        return statusCode(QStringLiteral("NO_ACCOUNT"), count, QStringLiteral("unknown apiKey"));
    const QString origin = QString::fromUtf8(request.header("Origin"));
    const auto normalized = [](QString text) {
        while (text.endsWith(QLatin1Char('/')))
            text.chop(1);
        return text.toLower();
    };
    if (origin.isEmpty() || normalized(origin) != normalized(credential(QStringLiteral("origin"))))
        return statusCode(QStringLiteral("NO_DOMAIN_APIKEY_MATCH"), count,
                          origin.isEmpty()
                              ? QStringLiteral("no Origin header")
                              : QStringLiteral("Origin %1 is not the account's domain").arg(origin));
    if (!document.isArray())
        return statusCode(QStringLiteral("BAD_INPUT"), 1,
                          QStringLiteral("the body must be a JSON array of events"));
    const QJsonArray events = document.array();
    if (events.isEmpty())
        return statusCode(QStringLiteral("NO_EVENT"), 1, QStringLiteral("the array holds no events"));
    QStringList warnings;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject event = events.at(i).toObject();
        if (!events.at(i).isObject() || event.value(QStringLiteral("name")).toString().isEmpty())
            return statusCode(QStringLiteral("BAD_INPUT"), count,
                              QStringLiteral("event %1 is not an object with a name").arg(i));
        if (event.value(QStringLiteral("userId")).toString().isEmpty())
            return statusCode(QStringLiteral("NO_USERID"), count,
                              QStringLiteral("event %1 has no userId").arg(i));
        if (event.value(QStringLiteral("sessionId")).toString().isEmpty())
            return statusCode(QStringLiteral("NO_SESSIONID"), count,
                              QStringLiteral("event %1 has no sessionId").arg(i));
        const QStringList missing = missingMandatory(event);
        if (!missing.isEmpty())
            warnings << QStringLiteral("event %1 (%2) lacks mandatory %3")
                            .arg(i)
                            .arg(event.value(QStringLiteral("name")).toString(),
                                 missing.join(QStringLiteral(", ")));
    }
    QJsonArray campaigns, responses;
    for (qsizetype i = 0; i < events.size(); ++i) {
        campaigns.append(QJsonArray());
        responses.append(QJsonArray());
    }
    SimReply reply =
        jsonReply(200, QJsonObject{{QStringLiteral("campaigns"), campaigns},
                                   {QStringLiteral("responses"), responses},
                                   {QStringLiteral("timestamp"), QDateTime::currentMSecsSinceEpoch()}});
    for (qsizetype i = 0; i < events.size(); ++i)
        reply.items.append({QString(), true, {}});
    if (!contentTypeIs(request, "application/json"))
        warnings << QStringLiteral("Content-Type should be application/json");
    if (!warnings.isEmpty())
        reply.verdict = QStringLiteral("accepted with warnings: ") + warnings.join(QStringLiteral("; "));
    return reply;
}

} // namespace sb
