#include "responserules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb {

bool ResponseRules::isRetryableStatus(int s) {
    if (s >= 500 && s <= 599)
        return s != 501 && s != 505;
    return s == 408 || s == 410 || s == 429 || s == 460;
}

ResponseClass ResponseRules::classify(int s) {
    if (s >= 200 && s <= 299)
        return ResponseClass::Success;
    if (s <= 0) // no answer at all (connection refused, reset, timeout)
        return ResponseClass::Retryable;
    return isRetryableStatus(s) ? ResponseClass::Retryable : ResponseClass::Terminal;
}

QByteArray ResponseRules::header(const HttpHeaders &headers, const QByteArray &name) {
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second.trimmed();
    }
    return {};
}

std::optional<qint64> ResponseRules::waitMs(const HttpHeaders &headers,
                                            const QList<QByteArray> &resetHeaders) {
    auto seconds = [](const QByteArray &value) -> std::optional<qint64> {
        bool ok = false;
        const double s = value.toDouble(&ok);
        if (!ok || s < 0 || s > 86400.0 * 7) // larger values are epoch timestamps, not delays
            return std::nullopt;
        return qint64(s * 1000.0);
    };
    const QByteArray retryAfter = header(headers, "Retry-After");
    if (!retryAfter.isEmpty()) {
        if (const auto ms = seconds(retryAfter))
            return ms;
    }
    for (const QByteArray &name : resetHeaders) {
        const QByteArray value = header(headers, name);
        if (!value.isEmpty()) {
            if (const auto ms = seconds(value))
                return ms;
        }
    }
    return std::nullopt;
}

QString ResponseRules::reasonFromBody(const QByteArray &body) {
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        // JSON:API (Klaviyo): {"errors":[{"title","detail","source":{"pointer"}}]}
        const QJsonArray errors = o.value(QStringLiteral("errors")).toArray();
        if (!errors.isEmpty()) {
            QStringList parts;
            for (const QJsonValue &e : errors) {
                const QJsonObject eo = e.toObject();
                QString part = eo.value(QStringLiteral("detail")).toString();
                if (part.isEmpty())
                    part = eo.value(QStringLiteral("title")).toString();
                if (part.isEmpty())
                    part = eo.value(QStringLiteral("message")).toString();
                const QString pointer =
                    eo.value(QStringLiteral("source")).toObject().value(QStringLiteral("pointer")).toString();
                if (!pointer.isEmpty())
                    part += QStringLiteral(" (at %1)").arg(pointer);
                if (!part.isEmpty())
                    parts << part;
            }
            if (!parts.isEmpty())
                return parts.join(QStringLiteral("; "));
        }
        // Mixpanel strict mode: {"error": "...", "failed_records":[{"index","field","message"}]}
        QString reason = o.value(QStringLiteral("error")).isString()
                             ? o.value(QStringLiteral("error")).toString()
                             : o.value(QStringLiteral("message")).toString();
        const QJsonArray failed = o.value(QStringLiteral("failed_records")).toArray();
        if (!failed.isEmpty()) {
            QStringList parts;
            for (const QJsonValue &f : failed) {
                const QJsonObject fo = f.toObject();
                parts << QStringLiteral("record %1: %2 %3")
                             .arg(fo.value(QStringLiteral("index")).toInt())
                             .arg(fo.value(QStringLiteral("field")).toString(),
                                  fo.value(QStringLiteral("message")).toString())
                             .trimmed();
                if (parts.size() >= 5)
                    break;
            }
            reason +=
                (reason.isEmpty() ? QString() : QStringLiteral(": ")) + parts.join(QStringLiteral("; "));
        }
        if (reason.isEmpty() && o.value(QStringLiteral("statusCode")).isString())
            reason = o.value(QStringLiteral("statusCode")).toString(); // Segmentify
        if (!reason.isEmpty())
            return reason;
    }
    QString text = QString::fromUtf8(trimmed).section(u'\n', 0, 0).simplified();
    if (text.size() > 200)
        text = text.left(200) + QStringLiteral("…");
    return text;
}

QString ResponseRules::describe(int s, const QByteArray &body) {
    if (s <= 0)
        return QStringLiteral("no response from the destination");
    QString what;
    switch (s) {
    case 400:
        what = QStringLiteral("bad request");
        break;
    case 401:
        what = QStringLiteral("unauthorized (check the API key)");
        break;
    case 403:
        what = QStringLiteral("forbidden (the key lacks access)");
        break;
    case 404:
        what = QStringLiteral("not found (check the base URL)");
        break;
    case 408:
        what = QStringLiteral("request timeout");
        break;
    case 409:
        what = QStringLiteral("conflict");
        break;
    case 410:
        what = QStringLiteral("gone");
        break;
    case 413:
        what = QStringLiteral("payload too large");
        break;
    case 422:
        what = QStringLiteral("unprocessable");
        break;
    case 429:
        what = QStringLiteral("rate limited");
        break;
    default:
        what = s >= 500 ? QStringLiteral("server error") : QStringLiteral("client error");
        break;
    }
    const QString reason = reasonFromBody(body);
    return reason.isEmpty() ? QStringLiteral("HTTP %1 %2").arg(s).arg(what)
                            : QStringLiteral("HTTP %1 %2: %3").arg(s).arg(what, reason);
}

ResponseVerdict ResponseRules::verdict(int s, const HttpHeaders &headers, const QByteArray &body) {
    ResponseVerdict v;
    v.outcome = classify(s);
    if (v.outcome != ResponseClass::Success) {
        v.reason = describe(s, body);
        v.retryAfterMs = waitMs(headers);
    }
    return v;
}

} // namespace sb
