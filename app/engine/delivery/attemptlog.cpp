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
// The request without the per-item part, as describeRequest builds it; withBody false leaves the body
// out.
QJsonObject requestPart(const HttpRequestSpec &request, const QStringList &secrets, int batchSize,
                        bool withBody = true) {
    QJsonObject out{
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("url"), redact(request.url.toString(), secrets)},
        {QStringLiteral("headers"),
         QJsonDocument::fromJson(AttemptLog::describeHeaders(request.headers, secrets).toUtf8()).array()},
    };
    if (withBody)
        out.insert(QStringLiteral("body"),
                   redact(AttemptLog::truncate(request.body, batchSize > 1 ? 2048 : AttemptLog::kBodyLimit),
                          secrets));
    if (batchSize > 1)
        out.insert(QStringLiteral("batchSize"), batchSize);
    return out;
}

bool isPlain(char16_t c) {
    return c >= 0x20 && c != u'"' && c != u'\\';
}

// Characters text takes as a JSON string literal: quotes, two-character escapes and \u00XX.
qsizetype jsonStringLength(QStringView text) {
    qsizetype length = text.size() + 2;
    for (const char16_t *p = text.utf16(), *end = p + text.size(); p != end; ++p) {
        if (!isPlain(*p))
            length += *p == u'"' || *p == u'\\' || *p == u'\n' || *p == u'\r' || *p == u'\t' ? 1 : 5;
    }
    return length;
}

// text as a JSON string literal (quotes included) at the end of out, written through a pointer into
// room taken once (appending run by run cost more than the rest of the attempt record).
void appendJsonString(QString &out, QStringView text) {
    const qsizetype length = jsonStringLength(text);
    const qsizetype at = out.size();
    out.resize(at + length);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data()) + at;
    *dst++ = u'"';
    for (const char16_t *p = text.utf16(), *end = p + text.size(); p != end; ++p) {
        const char16_t c = *p;
        if (isPlain(c)) {
            *dst++ = c;
            continue;
        }
        *dst++ = u'\\';
        switch (c) {
        case u'"':
            *dst++ = u'"';
            break;
        case u'\\':
            *dst++ = u'\\';
            break;
        case u'\n':
            *dst++ = u'n';
            break;
        case u'\r':
            *dst++ = u'r';
            break;
        case u'\t':
            *dst++ = u't';
            break;
        default: // a control character: \u00XX with lower-case hex digits
            *dst++ = u'u';
            *dst++ = u'0';
            *dst++ = u'0';
            *dst++ = char16_t(u'0' + (c >> 4));
            *dst++ = char16_t((c & 0xf) < 10 ? u'0' + (c & 0xf) : u'a' + (c & 0xf) - 10);
        }
    }
    *dst = u'"';
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
                                         const QList<QByteArray> &items, Bodies bodies) {
    const int batchSize = int(items.size());
    const bool kept = bodies == Bodies::Kept;
    const QJsonObject shared = requestPart(request, secrets, batchSize, kept);
    QStringList out;
    out.reserve(items.size());
    if (batchSize <= 1 || !kept) {
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
        const QString text = redact(truncate(item), secrets);
        QString one;
        one.reserve(prefix.size() + jsonStringLength(text) + 1); // one allocation per record
        one += prefix;
        appendJsonString(one, text);
        one += u'}';
        out << one;
    }
    return out;
}

} // namespace sb
