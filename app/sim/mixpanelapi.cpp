#include "mixpanelapi.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include "simcredentials.h"

namespace sb {

QHash<QString, QString> MixpanelApi::defaultCredentials() const {
    return {{QStringLiteral("projectToken"), QString::fromLatin1(sim::MixpanelProjectToken)},
            {QStringLiteral("serviceUser"), QString::fromLatin1(sim::MixpanelServiceUser)},
            {QStringLiteral("serviceSecret"), QString::fromLatin1(sim::MixpanelServiceSecret)},
            {QStringLiteral("projectId"), QString::fromLatin1(sim::MixpanelProjectId)}};
}

SimReply MixpanelApi::errorReply(int status, const QString &message) const {
    return jsonReply(status, QJsonObject{{QStringLiteral("code"), status},
                                         {QStringLiteral("error"),
                                          status == 429 ? QStringLiteral("Project exceeded rate limits. "
                                                                         "Please retry the request with "
                                                                         "exponential backoff.")
                                                        : message},
                                         {QStringLiteral("status"), QStringLiteral("error")}});
}

SimReply MixpanelApi::rejected(int status, const QString &message, int items) const {
    SimReply reply = errorReply(status, message);
    reply.items = rejectedItems(items, message);
    return reply;
}

SimReply MixpanelApi::handle(const SimRequest &request) {
    const bool isImport = request.path == QLatin1String("/import");
    const bool isEngage = request.path == QLatin1String("/engage");
    if (!isImport && !isEngage)
        return rejected(404,
                        QStringLiteral("no Mixpanel endpoint at %1 (/import, /engage)").arg(request.path));
    if (request.method != "POST")
        return rejected(405, QStringLiteral("use POST"));
    if (request.header("Content-Encoding").toLower().contains("gzip"))
        return rejected(415,
                        QStringLiteral("the simulator does not decode gzip bodies; send them uncompressed"));
    if (request.body.size() > MaxBytes)
        return rejected(
            413, QStringLiteral("request body is %1 bytes; the limit is 10 MB").arg(request.body.size()));
    return isImport ? import(request) : engage(request);
}

SimReply MixpanelApi::import(const SimRequest &request) {
    QString user, password;
    if (!basicAuth(request, &user, &password))
        return rejected(
            401, QStringLiteral("missing Basic authentication (service account, or project token as user)"));
    const bool isServiceAccount = user == credential(QStringLiteral("serviceUser"));
    if (isServiceAccount) {
        if (password != credential(QStringLiteral("serviceSecret")))
            return rejected(401, QStringLiteral("Invalid service account credentials"));
        const QString projectId = request.query.queryItemValue(QStringLiteral("project_id"));
        if (projectId.isEmpty())
            return rejected(
                400, QStringLiteral("project_id is required when authenticating with a service account"));
        if (projectId != credential(QStringLiteral("projectId")))
            return rejected(401,
                            QStringLiteral("service account has no access to project %1").arg(projectId));
    } else if (user != credential(QStringLiteral("projectToken")) || !password.isEmpty()) {
        return rejected(
            401, QStringLiteral("Invalid credentials: use the project token as user with an empty password"));
    }

    // A JSON array, or one JSON object per line.
    QList<QJsonValue> records;
    const QByteArray body = request.body.trimmed();
    if (body.startsWith('[')) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (!document.isArray())
            return rejected(400, QStringLiteral("malformed JSON array at offset %1: %2")
                                     .arg(parseError.offset)
                                     .arg(parseError.errorString()));
        for (const QJsonValue &v : document.array())
            records << v;
    } else {
        const QList<QByteArray> lines = body.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).trimmed().isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(lines.at(i), &parseError);
            if (!document.isObject())
                return rejected(
                    400,
                    QStringLiteral("malformed NDJSON line %1: %2").arg(i + 1).arg(parseError.errorString()));
            records << document.object();
        }
    }
    if (records.isEmpty())
        return rejected(400, QStringLiteral("no records in the request"));
    if (records.size() > MaxRecords)
        return rejected(
            400, QStringLiteral("%1 records; at most %2 per request").arg(records.size()).arg(MaxRecords),
            int(records.size()));

    static const QRegularExpression insertIdPattern(QStringLiteral("^[A-Za-z0-9-]{1,36}$"));
    const bool strict = request.query.queryItemValue(QStringLiteral("strict")) == QLatin1String("1");
    QJsonArray failed;
    QList<SimItem> items;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonObject record = records.at(i).toObject();
        const QJsonObject properties = record.value(QStringLiteral("properties")).toObject();
        const QJsonValue insertId = properties.value(QStringLiteral("$insert_id"));
        QString field, message;
        if (!records.at(i).isObject()) {
            message = QStringLiteral("record is not an object");
        } else if (record.value(QStringLiteral("event")).toString().isEmpty()) {
            field = QStringLiteral("event");
            message = QStringLiteral("'event' must be a non-empty string");
        } else if (!record.value(QStringLiteral("properties")).isObject()) {
            field = QStringLiteral("properties");
            message = QStringLiteral("'properties' must be an object");
        } else if (!properties.value(QStringLiteral("time")).isDouble()) {
            field = QStringLiteral("properties.time");
            message = QStringLiteral("'properties.time' is required: Unix time in seconds or milliseconds");
        } else if (!properties.contains(QStringLiteral("distinct_id"))) {
            field = QStringLiteral("properties.distinct_id");
            message = QStringLiteral("'properties.distinct_id' is required");
        } else if (!insertId.isString()) {
            field = QStringLiteral("properties.$insert_id");
            message = QStringLiteral("'properties.$insert_id' is required");
        } else if (!insertIdPattern.match(insertId.toString()).hasMatch()) {
            field = QStringLiteral("properties.$insert_id");
            message = QStringLiteral("'$insert_id' must be at most 36 characters of A-Z, a-z, 0-9 and '-'");
        }
        if (message.isEmpty()) {
            items.append({insertId.toString(), true, {}});
            continue;
        }
        items.append({insertId.toString(), false, QStringLiteral("record %1: %2").arg(i).arg(message)});
        failed.append(QJsonObject{{QStringLiteral("index"), i},
                                  {QStringLiteral("$insert_id"), insertId.toString()},
                                  {QStringLiteral("field"), field},
                                  {QStringLiteral("message"), message}});
    }
    const qint64 imported = records.size() - failed.size();
    SimReply reply;
    if (strict && !failed.isEmpty()) {
        reply =
            jsonReply(400, QJsonObject{{QStringLiteral("code"), 400},
                                       {QStringLiteral("error"),
                                        QStringLiteral("some data points in the request failed validation")},
                                       {QStringLiteral("failed_records"), failed},
                                       {QStringLiteral("num_records_imported"), imported},
                                       {QStringLiteral("status"), QStringLiteral("Bad Request")}});
    } else {
        reply = jsonReply(200, QJsonObject{{QStringLiteral("code"), 200},
                                           {QStringLiteral("num_records_imported"), imported},
                                           {QStringLiteral("status"), QStringLiteral("OK")}});
    }
    reply.items = items;
    return reply;
}

SimReply MixpanelApi::engage(const SimRequest &request) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isArray())
        return rejected(400, parseError.error != QJsonParseError::NoError
                                 ? QStringLiteral("malformed JSON at offset %1: %2")
                                       .arg(parseError.offset)
                                       .arg(parseError.errorString())
                                 : QStringLiteral("the body must be a JSON array of profile updates"));
    const QJsonArray updates = document.array();
    if (updates.isEmpty() || updates.size() > MaxRecords)
        return rejected(
            400, QStringLiteral("send 1 to %1 profile updates, got %2").arg(MaxRecords).arg(updates.size()),
            int(std::max<qsizetype>(1, updates.size())));
    static const QStringList operations = {QStringLiteral("$set"),    QStringLiteral("$set_once"),
                                           QStringLiteral("$add"),    QStringLiteral("$union"),
                                           QStringLiteral("$append"), QStringLiteral("$remove"),
                                           QStringLiteral("$unset"),  QStringLiteral("$delete")};
    for (qsizetype i = 0; i < updates.size(); ++i) {
        const QJsonObject update = updates.at(i).toObject();
        QString problem;
        if (update.value(QStringLiteral("$token")).toString() != credential(QStringLiteral("projectToken")))
            problem = QStringLiteral("'$token' is missing or not the project token");
        else if (update.value(QStringLiteral("$distinct_id")).toString().isEmpty())
            problem = QStringLiteral("'$distinct_id' is required");
        else {
            int count = 0;
            for (const QString &op : operations)
                count += update.contains(op) ? 1 : 0;
            if (count != 1)
                problem = QStringLiteral("each update needs exactly one of %1")
                              .arg(operations.join(QStringLiteral(", ")));
        }
        if (!problem.isEmpty()) {
            SimReply reply = jsonReply(400, QJsonObject{{QStringLiteral("error"),
                                                         QStringLiteral("update %1: %2").arg(i).arg(problem)},
                                                        {QStringLiteral("status"), 0}});
            reply.items =
                rejectedItems(int(updates.size()), QStringLiteral("update %1: %2").arg(i).arg(problem));
            return reply;
        }
    }
    SimReply reply;
    if (request.query.queryItemValue(QStringLiteral("verbose")) == QLatin1String("1")) {
        reply = jsonReply(
            200, QJsonObject{{QStringLiteral("error"), QJsonValue::Null}, {QStringLiteral("status"), 1}});
    } else {
        reply.status = 200;
        reply.body = "1";
        reply.setHeader("Content-Type", "text/plain");
    }
    for (qsizetype i = 0; i < updates.size(); ++i)
        reply.items.append({QString(), true, {}});
    return reply;
}

} // namespace sb
