#include "webhookapi.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include "simcredentials.h"

namespace sb {

QHash<QString, QString> WebhookApi::defaultCredentials() const {
    return {{QStringLiteral("secret"), QString::fromLatin1(sim::WebhookSecret)}};
}

SimReply WebhookApi::errorReply(int status, const QString &message) const {
    return jsonReply(status, QJsonObject{{QStringLiteral("error"), message}});
}

QByteArray WebhookApi::signature(const QByteArray &secret, const QByteArray &body) {
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

SimReply WebhookApi::handle(const SimRequest &request) {
    const auto rejected = [this](int status, const QString &message) {
        SimReply reply = errorReply(status, message);
        reply.items = rejectedItems(1, message);
        return reply;
    };
    if (request.method != "POST")
        return rejected(405, QStringLiteral("webhooks are delivered with POST"));
    const QByteArray secret = credential(QStringLiteral("secret")).toUtf8();
    if (!secret.isEmpty()) {
        const QByteArray sent = request.header(SignatureHeader).trimmed();
        if (sent.isEmpty())
            return rejected(401, QStringLiteral("missing %1 header (sha256=<hex HMAC of the body>)")
                                     .arg(QLatin1String(SignatureHeader)));
        if (!sent.startsWith("sha256="))
            return rejected(
                401, QStringLiteral("%1 must start with 'sha256='").arg(QLatin1String(SignatureHeader)));
        if (sent.toLower() != signature(secret, request.body))
            return rejected(401, QStringLiteral("signature does not match the body"));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (document.isNull())
        return rejected(400, QStringLiteral("the body is not JSON (offset %1: %2)")
                                 .arg(parseError.offset)
                                 .arg(parseError.errorString()));
    const QString headerKey = QString::fromUtf8(request.header("X-Idempotency-Key"));
    const auto keyOf = [&](const QJsonValue &value) {
        if (!headerKey.isEmpty())
            return headerKey;
        const QJsonValue id = value.toObject().value(QStringLiteral("id"));
        return id.isDouble() ? QString::number(id.toDouble(), 'g', 17) : id.toString();
    };
    SimReply reply;
    if (document.isArray()) {
        const QJsonArray array = document.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            // One header key for a whole array names the request, not each element.
            const QString key =
                headerKey.isEmpty() ? keyOf(array.at(i)) : headerKey + QLatin1Char('#') + QString::number(i);
            reply.items.append({key, true, {}});
        }
    } else {
        reply.items.append({keyOf(document.object()), true, {}});
    }
    SimReply ok = jsonReply(200, QJsonObject{{QStringLiteral("received"), qint64(reply.items.size())}});
    ok.items = reply.items;
    return ok;
}

} // namespace sb
