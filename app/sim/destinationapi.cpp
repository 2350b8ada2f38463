#include "destinationapi.h"

#include <QJsonDocument>

namespace sb {

SimReply DestinationApi::rateLimitedReply(const QuotaState &quota) const {
    SimReply reply = errorReply(429, QStringLiteral("Too many requests"));
    reply.setHeader("Retry-After", QByteArray::number(quota.retryAfterSeconds));
    return reply;
}

void DestinationApi::addRateLimitHeaders(SimReply &, const QuotaState &) const {}

QStringList DestinationApi::secrets() const {
    QStringList out;
    for (auto it = m_credentials.cbegin(); it != m_credentials.cend(); ++it) {
        // Names like projectId or origin are identifiers, not secrets.
        if (it.key() == QLatin1String("projectId") || it.key() == QLatin1String("origin")
            || it.key() == QLatin1String("siteId") || it.key() == QLatin1String("serviceUser"))
            continue;
        if (!it.value().isEmpty())
            out << it.value();
    }
    return out;
}

SimReply DestinationApi::jsonReply(int status, const QJsonObject &body) {
    SimReply reply;
    reply.status = status;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    reply.setHeader("Content-Type", "application/json");
    return reply;
}

SimReply DestinationApi::jsonReply(int status, const QJsonArray &body) {
    SimReply reply;
    reply.status = status;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    reply.setHeader("Content-Type", "application/json");
    return reply;
}

SimReply DestinationApi::emptyReply(int status) {
    SimReply reply;
    reply.status = status;
    return reply;
}

bool DestinationApi::basicAuth(const SimRequest &request, QString *user, QString *password) {
    const QByteArray value = request.header("Authorization").trimmed();
    if (!value.startsWith("Basic "))
        return false;
    const auto decoded =
        QByteArray::fromBase64Encoding(value.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QString text = QString::fromUtf8(*decoded);
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    *user = text.left(colon);
    *password = text.mid(colon + 1);
    return true;
}

QString DestinationApi::authToken(const SimRequest &request, const QByteArray &scheme) {
    const QByteArray value = request.header("Authorization").trimmed();
    const QByteArray prefix = scheme + ' ';
    if (!value.startsWith(prefix))
        return {};
    return QString::fromUtf8(value.mid(prefix.size()).trimmed());
}

bool DestinationApi::contentTypeIs(const SimRequest &request, const QByteArray &mimeType) {
    const QByteArray value = request.header("Content-Type");
    const qsizetype semicolon = value.indexOf(';');
    const QByteArray type = (semicolon < 0 ? value : value.left(semicolon)).trimmed().toLower();
    return type == mimeType;
}

QList<SimItem> DestinationApi::rejectedItems(int count, const QString &reason) {
    QList<SimItem> items;
    for (int i = 0; i < count; ++i)
        items.append({QString(), false, reason});
    return items;
}

} // namespace sb
