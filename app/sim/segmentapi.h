#pragma once

#include "destinationapi.h"

namespace sb {

// Segment HTTP Tracking API below /segment: /v1/{identify,track,page,screen,group,alias,batch}.
// Like Segment it answers 200 to everything except bad JSON and oversized payloads (400); items it
// would drop (bad write key, missing type or user, over 2,500 per batch) count as rejected and are
// named in the X-Sim-Verdict header. Idempotency key: messageId.
class SegmentApi : public DestinationApi {
public:
    static constexpr qint64 MaxEventBytes = 32 * 1024;
    static constexpr qint64 MaxBatchBytes = 500 * 1024;
    static constexpr int MaxBatchEvents = 2500;
    static constexpr int MaxMessageIdLength = 100;

    QString kind() const override { return QStringLiteral("segment"); }
    QHash<QString, QString> defaultCredentials() const override;
    SimReply handle(const SimRequest &request) override;
    SimReply errorReply(int status, const QString &message) const override;
    SimReply rateLimitedReply(const QuotaState &quota) const override;

    // What QDateTime::fromString(text, Qt::ISODateWithMs).isValid() says, with the form clients send
    // (2024-03-05T14:30:15.250Z) checked directly: Qt's parser cost a tenth of the simulator's work.
    static bool isIsoTimestamp(const QString &text);

private:
    // Why Segment would drop this message; empty when it is fine.
    static QString checkMessage(const QJsonObject &message, const QString &type);
};

} // namespace sb
