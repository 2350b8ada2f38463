#pragma once

#include <optional>

#include <QHash>

#include "destinationapi.h"

namespace sb {

// Klaviyo JSON:API below /klaviyo: POST /api/events (202), /api/profile-import (201 created,
// 200 updated; profiles matched by email, phone_number, external_id), /api/event-bulk-create-jobs
// and /api/profile-bulk-import-jobs (202). Needs "Authorization: Klaviyo-API-Key <key>", a
// "revision: YYYY-MM-DD" header and Content-Type application/vnd.api+json; errors come as
// {"errors":[{id,status,code,title,detail,source}]}. Idempotency key: unique_id.
class KlaviyoApi : public DestinationApi {
public:
    static constexpr qint64 MaxPayloadBytes = 5 * 1024 * 1024;
    static constexpr qint64 MaxProfileBytes = 100 * 1024;
    static constexpr qint64 MaxStringBytes = 100 * 1024;
    static constexpr int MaxEventProperties = 400;
    static constexpr int MaxBulkEvents = 1000;
    static constexpr int MaxBulkProfiles = 10000;

    QString kind() const override { return QStringLiteral("klaviyo"); }
    QHash<QString, QString> defaultCredentials() const override;
    SimReply handle(const SimRequest &request) override;
    SimReply errorReply(int status, const QString &message) const override;
    SimReply rateLimitedReply(const QuotaState &quota) const override;
    void addRateLimitHeaders(SimReply &reply, const QuotaState &quota) const override;
    void reset() override;

    int profileCount() const { return m_profiles.size(); }

private:
    struct Error {
        int status = 400;
        QString code;
        QString title;
        QString detail;
        QString pointer;   // JSON pointer into the body
        QString parameter; // header or query parameter
    };
    static SimReply errors(const QList<Error> &list);
    // Klaviyo's 401 answers for a missing, malformed or wrong private key; nothing when it is right.
    std::optional<SimReply> authenticationFailure(const SimRequest &request) const;
    static SimReply methodNotAllowed(const SimRequest &request);
    // GET /api/accounts: the account of the key (what "test connection" asks).
    SimReply accounts(const SimRequest &request) const;
    // Problems of one event's attributes; pointer prefix locates it in the body.
    static QList<Error> checkEvent(const QJsonObject &attributes, const QString &pointer);
    static QList<Error> checkProfileAttributes(const QJsonObject &attributes, const QString &pointer);
    static QString eventKey(const QJsonObject &attributes);
    // Creates or updates a stored profile (matched by email, phone_number, external_id); true when new.
    bool upsertProfile(const QJsonObject &attributes, int *storedIndex);

    SimReply createEvent(const QJsonObject &body);
    SimReply importProfile(const QJsonObject &body);
    SimReply bulkEvents(const QJsonObject &body);
    SimReply bulkProfiles(const QJsonObject &body);

    struct StoredProfile {
        QString id;
        QJsonObject attributes;
    };
    QList<StoredProfile> m_profiles;
    QHash<QString, int> m_byIdentifier; // "email:x", "phone_number:x", "external_id:x" -> index
    int m_nextJob = 1;
};

} // namespace sb
