#include "attemptlog.h"

#include <QJsonArray>

#include "core/jsonutil.h"
#include "core/secrets.h"

namespace sb {

bool AttemptLog::isSensitiveHeader(const QByteArray &name) {
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower.contains("api-key")
           || lower.contains("apikey") || lower.contains("token") || lower.contains("secret")
           || lower == "cookie";
}

QString AttemptLog::truncate(const QByteArray &body, qsizetype limit) {
    if (body.size() <= limit)
        return QString::fromUtf8(body);
    // Cut on a UTF-8 boundary.
    qsizetype cut = limit;
    while (cut > 0 && (quint8(body.at(cut)) & 0xC0) == 0x80)
        --cut;
    return QString::fromUtf8(body.left(cut)) + QStringLiteral("…[truncated %1 bytes]").arg(body.size() - cut);
}

QString AttemptLog::describeHeaders(const HttpHeaders &headers, const QStringList &secrets) {
    QJsonArray out;
    for (const auto &header : headers) {
        const QString value = isSensitiveHeader(header.first)
                                  ? maskSecret(QString::fromUtf8(header.second))
                                  : redact(QString::fromUtf8(header.second), secrets);
        out.append(QJsonArray{QString::fromUtf8(header.first), value});
    }
    return QString::fromUtf8(json::compact(out));
}

namespace {
// The request without the per-item part, as describeRequest builds it.
QJsonObject requestPart(const HttpRequestSpec &request, const QStringList &secrets, int batchSize) {
    QJsonObject out{
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("url"), redact(request.url.toString(), secrets)},
        {QStringLiteral("headers"),
         QJsonDocument::fromJson(AttemptLog::describeHeaders(request.headers, secrets).toUtf8()).array()},
        {QStringLiteral("body"),
         redact(AttemptLog::truncate(request.body, batchSize > 1 ? 2048 : AttemptLog::kBodyLimit), secrets)},
    };
    if (batchSize > 1)
        out.insert(QStringLiteral("batchSize"), batchSize);
    return out;
}
} // namespace

QString AttemptLog::describeRequest(const HttpRequestSpec &request, const QStringList &secrets,
                                    const QJsonObject &item, int batchSize) {
    QJsonObject out = requestPart(request, secrets, batchSize);
    if (batchSize > 1)
        out.insert(QStringLiteral("item"), redact(truncate(json::compact(item)), secrets));
    return QString::fromUtf8(json::compact(out));
}

QStringList AttemptLog::describeRequests(const HttpRequestSpec &request, const QStringList &secrets,
                                         const QList<QByteArray> &items) {
    const int batchSize = int(items.size());
    const QJsonObject shared = requestPart(request, secrets, batchSize);
    QStringList out;
    out.reserve(items.size());
    if (batchSize <= 1) {
        const QString text = QString::fromUtf8(json::compact(shared));
        for (qsizetype i = 0; i < items.size(); ++i)
            out << text;
        return out;
    }
    for (const QByteArray &item : items) {
        QJsonObject one = shared;
        one.insert(QStringLiteral("item"), redact(truncate(item), secrets));
        out << QString::fromUtf8(json::compact(one));
    }
    return out;
}

} // namespace sb
