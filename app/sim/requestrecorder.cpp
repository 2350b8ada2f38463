#include "requestrecorder.h"

#include <QJsonDocument>
#include <QRegularExpression>

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

void RequestRecorder::record(const SimRequest &request, const QString &fullPath, int status,
                             const QString &outcome, const QString &verdict) {
    QJsonObject headers;
    for (const auto &h : request.headers)
        headers.insert(QString::fromLatin1(h.first), QString::fromUtf8(maskHeader(h.first, h.second)));
    QJsonObject entry{{QStringLiteral("time"), request.receivedAt.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("kind"), request.kind},
                      {QStringLiteral("method"), QString::fromLatin1(request.method)},
                      {QStringLiteral("path"), maskText(fullPath)},
                      {QStringLiteral("headers"), headers},
                      {QStringLiteral("body"), maskText(QString::fromUtf8(request.body))},
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
