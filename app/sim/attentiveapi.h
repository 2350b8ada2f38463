#pragma once

#include <QHash>
#include <QSet>

#include "destinationapi.h"

namespace sb {

// Attentive below /attentive: POST /v1/events/custom and /v1/attributes/custom with
// "Authorization: Bearer <key>". Checks the custom event type's forbidden characters and its
// 200-key limit, the user (E.164 phone, email or externalIdentifiers), occurredAt (RFC 3339 with
// offset) and rejects arrays in custom attributes. Attentive does not document its error bodies;
// the simulator answers {"status":N,"message":"..."}. Idempotency key: externalEventId.
class AttentiveApi : public DestinationApi {
public:
    static constexpr int MaxKeysPerEventType = 200;
    static constexpr int MaxAttributeNameLength = 200;
    static inline const QString ForbiddenTypeCharacters = QStringLiteral("\"'(){}[]\\|,");

    QString kind() const override { return QStringLiteral("attentive"); }
    QHash<QString, QString> defaultCredentials() const override;
    SimReply handle(const SimRequest &request) override;
    SimReply errorReply(int status, const QString &message) const override;
    SimReply rateLimitedReply(const QuotaState &quota) const override;
    void addRateLimitHeaders(SimReply &reply, const QuotaState &quota) const override;
    void reset() override { m_keysByType.clear(); }

private:
    SimReply rejected(int status, const QString &message, const QString &key = QString()) const;
    // Why the user object is unusable; empty when fine.
    static QString checkUser(const QJsonValue &user);
    SimReply customEvent(const QJsonObject &body);
    SimReply customAttributes(const QJsonObject &body);

    QHash<QString, QSet<QString>> m_keysByType; // property keys seen per custom event type
};

} // namespace sb
