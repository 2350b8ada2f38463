#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QUrl>
#include <memory>
#include <vector>

#include "core/result.h"
#include "destinationapi.h"
#include "faultplan.h"
#include "requestrecorder.h"
#include "simstats.h"
#include "tokenbucket.h"

class QHttpServerRequest;
class QHttpServerResponder;

namespace sb {

class Clock;
class PendingAnswer;
class SimHttpServer;

// switchboard-sim: a local stand-in for every destination API on one port, each kind below its own
// prefix (http://127.0.0.1:PORT/segment/v1/batch). It checks requests like the vendor, enforces
// per-kind quotas, injects faults on request, records every request and counts idempotency keys.
// Lives on the thread that creates it; stats(), keyCount() and requests() may be called from any thread.
class Simulator : public QObject {
    Q_OBJECT
public:
    // clock drives the quotas; the default is the wall clock.
    explicit Simulator(QObject *parent = nullptr, const Clock *clock = nullptr);
    ~Simulator() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl(const QString &connectorKind) const; // http://127.0.0.1:PORT/<kind>
    QUrl controlUrl() const;                          // http://127.0.0.1:PORT/_sim
    QStringList kinds() const;
    DestinationApi *api(const QString &kind) const;

    void setFaults(const QString &connectorKind, const FaultPlan &plan);
    FaultPlan faults(const QString &connectorKind) const;
    // requests per second and bucket size; rate 0 removes the quota.
    void setQuota(const QString &connectorKind, double requestsPerSecond, int burst);
    void setCredentials(const QString &connectorKind, const QHash<QString, QString> &credentials);
    QHash<QString, QString> credentials(const QString &connectorKind) const;
    // Appends every request to an NDJSON file, secrets masked.
    bool recordTo(const QString &path, QString *error);
    // {"faults": {kind: FaultPlan}, "quotas": {kind: {requestsPerSecond, burst}}, "credentials": {kind:
    // {...}}}
    Status configure(const QJsonObject &config);

    // Per kind: requests, accepted, rejected, duplicates, distinctKeys, rateLimited, faults (+ keys).
    QJsonObject stats(bool withKeys = false) const;
    int keyCount(const QString &connectorKind, const QString &key) const;
    QJsonArray requests(const QString &connectorKind = QString(), int limit = 100) const;
    // Forgets statistics, recorded requests, stored profiles and fault plans; quotas refill.
    void reset();

signals:
    // After each destination request was answered (status 0 for timeouts and resets).
    void requestHandled(const QString &kind, int status, const QString &outcome);

private:
    struct Quota {
        double rate = 0;
        int burst = 0;
    };

    void onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleControl(const QString &path, const QHttpServerRequest &request,
                       QHttpServerResponder &&responder);
    void send(std::shared_ptr<PendingAnswer> responder, const SimReply &reply, int delayMs);
    void hold(std::shared_ptr<PendingAnswer> responder, int holdMs);
    void finish(const SimRequest &request, const QString &fullPath, int status, const QString &outcome,
                const QString &verdict);
    QuotaState quotaState(const QString &kind);
    void refreshSecrets();

    const Clock *m_clock;
    SimHttpServer *m_server = nullptr;
    quint16 m_port = 0;
    QHostAddress m_address;
    QMap<QString, std::shared_ptr<DestinationApi>> m_apis;
    QHash<QString, FaultInjector> m_faults;
    QHash<QString, Quota> m_quotas;
    QHash<QString, TokenBucket> m_buckets;
    std::vector<std::shared_ptr<PendingAnswer>> m_held;
    static constexpr qint64 ResendWindowMs = 1000;
    QByteArray m_resetFingerprint; // the last reset request, to recognise the client's resend
    QElapsedTimer m_sinceReset;

    mutable QMutex m_mutex; // guards m_stats and m_recorder
    SimStats m_stats;
    RequestRecorder m_recorder;
};

} // namespace sb
