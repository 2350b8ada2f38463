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
// The request without the per-item part, as describeRequest builds it. withBody false leaves out a
// batch's body (each item is kept on its own).
QJsonObject requestPart(const HttpRequestSpec &request, const QStringList &secrets, int batchSize,
                        bool withBody = true) {
    QJsonObject out{
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("url"), redact(request.url.toString(), secrets)},
        {QStringLiteral("headers"),
         QJsonDocument::fromJson(AttemptLog::describeHeaders(request.headers, secrets).toUtf8()).array()},
    };
    if (withBody || batchSize <= 1)
        out.insert(QStringLiteral("body"),
                   redact(AttemptLog::truncate(request.body, batchSize > 1 ? 2048 : AttemptLog::kBodyLimit),
                          secrets));
    if (batchSize > 1)
        out.insert(QStringLiteral("batchSize"), batchSize);
    return out;
}

// text as a JSON string literal (quotes included), appended in runs between the characters that
// need escaping.
void appendJsonString(QString &out, QStringView text) {
    out.reserve(out.size() + text.size() + text.size() / 4 + 2);
    out += u'"';
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out += text.mid(from, i - from);
        from = i + 1;
        switch (c) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        }
    }
    out += text.mid(from);
    out += u'"';
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
                                         const QList<QByteArray> &items, bool withBatchBody) {
    const int batchSize = int(items.size());
    const QJsonObject shared = requestPart(request, secrets, batchSize, withBatchBody);
    QStringList out;
    out.reserve(items.size());
    if (batchSize <= 1) {
        const QString text = QString::fromUtf8(json::compact(shared));
        for (qsizetype i = 0; i < items.size(); ++i)
            out << text;
        return out;
    }
    // The shared part is serialised once; each record is it plus this item's "item" member.
    QString prefix = QString::fromUtf8(json::compact(shared));
    prefix.chop(1); // the closing brace
    prefix += QLatin1String(",\"item\":");
    for (const QByteArray &item : items) {
        QString one = prefix;
        appendJsonString(one, redact(truncate(item), secrets));
        one += u'}';
        out << one;
    }
    return out;
}

} // namespace sb
