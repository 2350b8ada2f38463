#include "requestrecorder.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

#include "core/secrets.h"

namespace sb {

RequestRecorder::RequestRecorder() = default;

bool RequestRecorder::openFile(const QString &path, QString *error) {
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        *error = QStringLiteral("cannot write the request record %1: %2").arg(path, m_file.errorString());
        return false;
    }
    return true;
}

QString RequestRecorder::maskText(const QString &text) const {
    // Query parameters that carry keys (Segmentify's apiKey) are masked whatever their value.
    static const QRegularExpression queryKey(QStringLiteral("([?&](?:apiKey|api_key|token)=)([^&\\s\"]+)"),
                                             QRegularExpression::CaseInsensitiveOption);
    QString masked = text;
    QRegularExpressionMatchIterator it = queryKey.globalMatch(text);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.prepend(it.next());
    for (const auto &m : matches)
        masked.replace(m.capturedStart(2), m.capturedLength(2), maskSecret(m.captured(2)));
    return redact(masked, m_secrets);
}

QByteArray RequestRecorder::maskHeader(const QByteArray &name, const QByteArray &value) const {
    const QByteArray lower = name.toLower();
    if (lower == "authorization") {
        const qsizetype space = value.indexOf(' ');
        const QString scheme = space < 0 ? QString() : QString::fromUtf8(value.left(space));
        const QString secret = QString::fromUtf8(space < 0 ? value : value.mid(space + 1));
        return (scheme.isEmpty() ? maskSecret(secret) : scheme + QLatin1Char(' ') + maskSecret(secret))
            .toUtf8();
    }
    if (lower.contains("token") || lower.contains("api-key") || lower.contains("apikey")
        || lower.contains("secret"))
        return maskSecret(QString::fromUtf8(value)).toUtf8();
    return maskText(QString::fromUtf8(value)).toUtf8();
}

namespace {

// True when maskText could change the body: a known secret in it, or an '=' after something that may
// spell apiKey, api_key or token (any non-ASCII byte there counts: caseless matching may fold it).
bool mayNeedMasking(const QByteArray &body, const QStringList &secrets) {
    for (const QString &secret : secrets) {
        if (secret.size() >= 4 && body.contains(secret.toUtf8()))
            return true;
    }
    for (qsizetype eq = body.indexOf('='); eq >= 0; eq = body.indexOf('=', eq + 1)) {
        const qsizetype from = std::max<qsizetype>(0, eq - 16);
        const QByteArray before = body.mid(from, eq - from).toLower();
        if (std::any_of(before.cbegin(), before.cend(), [](char c) { return uchar(c) >= 0x80; })
            || before.endsWith("apikey") || before.endsWith("api_key") || before.endsWith("token"))
            return true;
    }
    return false;
}

// The body's text when memory keeps only its first `keep` characters: a prefix is decoded when it
// surely holds them (only the last few characters can come from a sequence the prefix cuts), the
// whole body otherwise. Mostly ASCII needs keep + 16 bytes; any text needs at most 4 per character.
QString keptText(const QByteArray &body, qsizetype keep) {
    for (const qsizetype prefix : {keep + 16, 4 * keep + 16}) {
        if (body.size() <= prefix)
            break;
        QString text = QString::fromUtf8(QByteArrayView(body).first(prefix));
        if (text.size() >= keep + 4)
            return text;
    }
    return QString::fromUtf8(body);
}

} // namespace

void RequestRecorder::record(const SimRequest &request, const QString &fullPath, int status,
                             const QString &outcome, const QString &verdict) {
    // Without a file only the first MaxBodyInMemory characters are kept: a body with nothing to mask
    // is not decoded whole and searched by the masking regex (a megabyte per batch request).
    const bool wholeBody = m_file.isOpen() || mayNeedMasking(request.body, m_secrets);
    QJsonObject headers;
    for (const auto &h : request.headers)
        headers.insert(QString::fromLatin1(h.first), QString::fromUtf8(maskHeader(h.first, h.second)));
    QJsonObject entry{{QStringLiteral("time"), request.receivedAt.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("kind"), request.kind},
                      {QStringLiteral("method"), QString::fromLatin1(request.method)},
                      {QStringLiteral("path"), maskText(fullPath)},
                      {QStringLiteral("headers"), headers},
                      {QStringLiteral("body"), wholeBody ? maskText(QString::fromUtf8(request.body))
                                                         : keptText(request.body, MaxBodyInMemory)},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("outcome"), outcome}};
    if (!verdict.isEmpty())
        entry.insert(QStringLiteral("verdict"), maskText(verdict));
    if (m_file.isOpen()) {
        m_file.write(QJsonDocument(entry).toJson(QJsonDocument::Compact));
        m_file.write("\n");
        m_file.flush();
    }
    // Memory keeps a bounded view; the NDJSON file has every body whole.
    const QString body = entry.value(QStringLiteral("body")).toString();
    if (body.size() > MaxBodyInMemory) {
        entry.insert(QStringLiteral("body"), body.left(MaxBodyInMemory));
        entry.insert(QStringLiteral("bodyTruncated"), true);
    }
    m_entries.append(entry);
    if (m_entries.size() > m_capacity)
        m_entries.removeFirst();
}

QJsonArray RequestRecorder::recent(const QString &kind, int limit) const {
    QJsonArray out;
    for (qsizetype i = m_entries.size() - 1; i >= 0 && out.size() < limit; --i) {
        if (kind.isEmpty() || m_entries.at(i).value(QStringLiteral("kind")).toString() == kind)
            out.append(m_entries.at(i));
    }
    return out;
}

} // namespace sb
