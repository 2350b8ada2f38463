#pragma once

#include "destinationapi.h"

namespace sb {

// Mixpanel below /mixpanel: POST /import?strict=1&project_id=... (Basic auth: service account user and
// secret with project_id, or the project token as user with an empty password; a JSON array or NDJSON;
// at most 2000 events and 10 MB) and POST /engage (a JSON array of profile updates carrying $token).
// strict=1 answers 400 {"code":400,"error","failed_records":[{index,$insert_id,field,message}],
// "num_records_imported":n} and imports the valid records; without strict, bad records are dropped
// silently. gzip bodies are not decoded (415). Idempotency key: $insert_id.
class MixpanelApi : public DestinationApi {
public:
    static constexpr int MaxRecords = 2000;
    static constexpr qint64 MaxBytes = 10 * 1024 * 1024;

    QString kind() const override { return QStringLiteral("mixpanel"); }
    QHash<QString, QString> defaultCredentials() const override;
    SimReply handle(const SimRequest &request) override;
    SimReply errorReply(int status, const QString &message) const override;

private:
    SimReply rejected(int status, const QString &message, int items = 1) const;
    SimReply import(const SimRequest &request);
    SimReply engage(const SimRequest &request);
};

} // namespace sb
