#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

// The contract between the renderer, the delivery engine and each destination API.
// Connectors are stateless and thread-safe: delivery workers on several threads share them.
namespace sb {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// A destination as the connector needs it (the destinations row, credentials decrypted).
struct DestinationConfig {
    qint64 id = 0;
    QString name;
    QString
        connector; // kind: segment, klaviyo, attentive, segmentify, smartpush, mixpanel, customerio, webhook
    QUrl baseUrl;
    QHash<QString, QString> credentials; // e.g. writeKey, apiKey, siteId, secret
    QJsonObject settings;                // connector-specific (revision, origin, region, ...)
    bool paused = false;                 // held: deliveries wait until resumed
};

// A validation finding shown in previews and recorded with failed deliveries.
struct Finding {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString field;   // JSON path in the body ("user.phone") or empty for the whole item
    QString code;    // stable: missing_required, too_large, invalid_phone, forbidden_characters,
                     // array_forbidden, no_email
    QString message; // for people
};

// What the mapping renderer makes of one event for one mapping: the item a connector will send.
struct RenderedItem {
    QString action; // connector action: track, identify, event, profile, custom_event, custom_attributes, ...
    QJsonObject body; // the item as it goes on the wire (one batch element, or the whole body)
    QString
        idempotencyKey; // stable across retries and replays; already placed in body where the API wants it
    QString pathKey;    // per-item URL part where the API needs one (Customer.io customer id); else empty
    QList<Finding> findings;
    bool skip = false;  // true: do not send (e.g. no email for an email-matched tool)
    QString skipReason; // why, for people and for 'explain'
};

// What the mapping produced for one event, before the connector shapes it into its wire format.
// fields holds the mapping's targets ("properties.Order Id", "user.phone", ...) as nested objects.
struct ItemDraft {
    QString action;
    QString eventName; // the rendered event name template (empty for profile-style actions)
    QJsonObject fields;
    QString idempotencyKey;
    QDateTime occurredAt;
};

struct HttpRequestSpec {
    QByteArray method;
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
};

struct ConnectorLimits {
    int maxItemsPerRequest = 1;
    qint64 maxBytesPerRequest = 1 << 20;
    qint64 maxBytesPerItem = 1 << 20;
    double requestsPerSecond = 10; // steady rate the connector documents
    int burst = 10;                // token bucket size
};

enum class ResponseClass { Success, Retryable, Terminal };

struct ResponseVerdict {
    ResponseClass outcome = ResponseClass::Terminal;
    std::optional<qint64> retryAfterMs; // from Retry-After / vendor rate-limit headers
    QString reason;                     // the error body turned into a sentence
};

class Connector {
public:
    virtual ~Connector() = default;

    virtual QString kind() const = 0;
    virtual QString displayName() const = 0;
    virtual QStringList actions() const = 0;
    virtual ConnectorLimits limits(const DestinationConfig &destination) const = 0;
    // Whether several items of this action may share one request.
    virtual bool canBatch(const QString &action) const = 0;
    // The name of the body field that carries the idempotency key (messageId, unique_id, ...).
    virtual QString idempotencyField() const = 0;

    // One HTTP request for items that all share one action (at most limits().maxItemsPerRequest).
    virtual HttpRequestSpec buildRequest(const DestinationConfig &destination,
                                         const QList<RenderedItem> &items) const = 0;
    // The same, given each item's body already serialised as compact JSON (the delivery worker has
    // it from the size check): a connector whose wire body is the items' JSON side by side can join
    // them instead of serialising every item again. Same request as buildRequest(destination, items).
    virtual HttpRequestSpec buildRequestFromJson(const DestinationConfig &destination,
                                                 const QList<RenderedItem> &items,
                                                 const QList<QByteArray> &compactBodies) const {
        Q_UNUSED(compactBodies);
        return buildRequest(destination, items);
    }
    // How to read the destination's answer.
    virtual ResponseVerdict readResponse(int httpStatus, const HttpHeaders &headers,
                                         const QByteArray &body) const = 0;
    // API-specific checks on a rendered item (phone format, forbidden characters, sizes, ...).
    virtual QList<Finding> validate(const RenderedItem &item) const = 0;
    // Secrets of this destination, to mask in previews, logs and exports.
    virtual QStringList secrets(const DestinationConfig &destination) const = 0;

    // --- Added by the mapping area (defaults keep simple connectors short) ---

    // Limits of one action where they differ per endpoint (Klaviyo events vs profile import).
    virtual ConnectorLimits limitsFor(const DestinationConfig &destination, const QString &action) const {
        Q_UNUSED(action);
        return limits(destination);
    }
    // Shapes a draft into the item sent on the wire (the only place that knows the body layout).
    // Default: the fields as they are, with the idempotency key in idempotencyField().
    virtual RenderedItem assemble(const DestinationConfig &destination, const ItemDraft &draft) const {
        Q_UNUSED(destination);
        RenderedItem item;
        item.action = draft.action;
        item.body = draft.fields;
        item.idempotencyKey = draft.idempotencyKey;
        if (!idempotencyField().isEmpty())
            item.body.insert(idempotencyField(), draft.idempotencyKey);
        return item;
    }
    // Where the email sits in a draft's fields for this action (mappings with matchBy "email").
    virtual QString emailField(const QString &action) const {
        Q_UNUSED(action);
        return QStringLiteral("email");
    }
    // Credential names this connector reads (for `destinations add` and the destination editor).
    virtual QStringList credentialKeys() const { return {}; }
    // Where the real API lives when a destination gives no base URL.
    virtual QUrl defaultBaseUrl() const { return {}; }
    // The destination's base URL, or the real API's when it gives none.
    QUrl baseUrlOf(const DestinationConfig &destination) const {
        return destination.baseUrl.isEmpty() ? defaultBaseUrl() : destination.baseUrl;
    }
    // Settings with their defaults (revision, origin, batch sizes, ...).
    virtual QJsonObject defaultSettings() const { return {}; }
    // A request that changes nothing and that the API answers 2xx only for valid credentials, for
    // "test connection"; none when the API has no such endpoint (Segment answers 200 to any key).
    virtual std::optional<HttpRequestSpec> credentialCheck(const DestinationConfig &destination) const {
        Q_UNUSED(destination);
        return std::nullopt;
    }
};

} // namespace sb
