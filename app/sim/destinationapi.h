#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "simexchange.h"

namespace sb {

// Where a kind's token bucket stands, for the vendor's rate-limit headers.
struct QuotaState {
    double requestsPerSecond = 0; // 0: no quota
    int burst = 0;
    int remaining = 0;
    int resetSeconds = 0; // until the bucket is full again
    int retryAfterSeconds = 0;
};

// One simulated destination API: checks a request the way the vendor does and answers with the
// vendor's status codes and error bodies. Each kind lives below its own path prefix.
class DestinationApi {
public:
    virtual ~DestinationApi() = default;

    virtual QString kind() const = 0;
    // The credentials the destination accepts (names per kind: writeKey, apiKey, token, ...).
    virtual QHash<QString, QString> defaultCredentials() const = 0;
    virtual SimReply handle(const SimRequest &request) = 0;
    // An error in the vendor's own shape, used for injected faults and unknown paths.
    virtual SimReply errorReply(int status, const QString &message) const = 0;
    // The vendor's 429: Retry-After plus its own rate-limit headers and body.
    virtual SimReply rateLimitedReply(const QuotaState &quota) const;
    // Rate-limit headers the vendor sends on ordinary answers.
    virtual void addRateLimitHeaders(SimReply &reply, const QuotaState &quota) const;
    // Forget what the destination has stored (profiles, seen event types).
    virtual void reset() {}

    void setCredentials(const QHash<QString, QString> &credentials) { m_credentials = credentials; }
    QString credential(const QString &name) const { return m_credentials.value(name); }
    // Values to mask in recordings, including encodings that appear on the wire.
    QStringList secrets() const;

protected:
    static SimReply jsonReply(int status, const QJsonObject &body);
    static SimReply jsonReply(int status, const QJsonArray &body);
    static SimReply emptyReply(int status);
    // Splits "Authorization: Basic base64(user:password)"; false when absent or malformed.
    static bool basicAuth(const SimRequest &request, QString *user, QString *password);
    // The token of "Authorization: <scheme> <token>"; empty when the scheme differs.
    static QString authToken(const SimRequest &request, const QByteArray &scheme);
    static bool contentTypeIs(const SimRequest &request, const QByteArray &mimeType);
    // Items for the statistics when a whole request is refused before its items are read.
    static QList<SimItem> rejectedItems(int count, const QString &reason);

    QHash<QString, QString> m_credentials;
};

} // namespace sb
