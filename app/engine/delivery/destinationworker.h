#pragma once

#include <QElapsedTimer>
#include <QFuture>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <deque>
#include <functional>
#include <memory>

#include "circuitbreaker.h"
#include "connectors/connector.h"
#include "core/model.h"
#include "core/profileref.h"
#include "deliverypolicy.h"
#include "handoff.h"
#include "outboxqueue.h"
#include "requestratelimiter.h"
#include "store/statementcache.h"
#include "store/writer.h"

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace sb {

class Workspace;

// Renders one delivery: production wires it to the mapping renderer with the mapping version the
// delivery was routed with; tests pass their own. idempotencyKey is the delivery's stored key (a render
// that places it itself saves the worker re-keying the body); when the render sets compactBody it must
// be the returned body as compact JSON. The item's findings include the connector's validate() of the
// returned body (the worker validates again only a body it re-keyed). May throw std::exception (e.g.
// unknown mapping).
using RenderFunction = std::function<RenderedItem(
    const DestinationConfig &, qint64 mappingId, int mappingVersion, const QString &idempotencyKey,
    const Event &, const ProfileRef &, QByteArray *compactBody)>;

// Delivers one destination's outbox rows, on its own thread with its own QNetworkAccessManager
// (keep-alive connections, per-request timeouts), so a slow or failing destination never holds up
// another. It claims due rows under a lease, renders and batches them within the connector's limits,
// sends within the rate limit and the circuit breaker, honours Retry-After, and records every attempt.
class DestinationWorker : public QObject {
    Q_OBJECT
public:
    DestinationWorker(Workspace *workspace, DestinationConfig config, const Connector *connector,
                      RenderFunction render, QString owner);
    ~DestinationWorker() override;

    qint64 destinationId() const { return m_config.id; }
    // Breaker, rate limit, hold and queue state; safe from any thread.
    QJsonObject runtimeState() const;

    // The settings key under which the runtime state is published for other processes (ctl stats).
    static QString stateKey(qint64 destinationId);

    // Slots below run on the worker's thread (invoke them queued).
    void start();
    void wake();
    void updateConfig(const DestinationConfig &config);
    // Aborts requests in flight, gives unsent leases back and waits for that to be durable.
    void stop();

private:
    struct PendingItem {
        ClaimedDelivery delivery;
        RenderedItem item;
        qint64 receivedAt = 0;
        qint64 bytes = 0;
        QByteArray compact; // the item's JSON, kept for its attempt record
    };
    struct OutgoingRequest {
        QString action;
        QList<PendingItem> items;
    };

    void applyConfig();
    void schedulePump(qint64 delayMs);
    void pump();
    void startClaim(int limit);
    int claimLimit(CircuitBreaker::State breaker) const;
    // Whether to claim more now, with `arriving` claimed rows about to be rendered.
    bool wantsMoreWork(qsizetype arriving) const;
    void onClaimed(const ClaimBatch &batch);
    // Loads (unless `events` has them), renders and batches claimed or handed-off deliveries.
    void prepare(const QList<ClaimedDelivery> &claimed, const QHash<qint64, Event> &events = {});
    // Deliveries the writer handed over (see HandoffInbox).
    void takeHandoff();
    // Gives the writer room for hand-offs, or none while something stands in the way.
    void grantHandoff(qint64 nowMs);
    // Back to the outbox (another claim takes them), then a pump.
    void giveBack(const QList<qint64> &deliveryIds);
    // Rows leased to this worker back to the outbox, as they were.
    QFuture<WriteResult> releaseToOutbox(const QList<qint64> &deliveryIds);
    bool sendNext(qint64 nowMs);
    void onFinished(QNetworkReply *reply, const OutgoingRequest &request, const HttpRequestSpec &spec,
                    qint64 startedAt, qint64 latencyMs);
    void submitOutcomes(const QList<DeliveryOutcome> &outcomes);
    void releaseReady();
    void publishState(bool force);
    void maintenance(qint64 nowMs);
    // Requests allowed in flight now: one while the destination is not proven (see m_proven), the
    // policy's number once it is.
    int inFlightLimit() const { return m_proven ? m_policy.maxInFlight : 1; }
    void noteFailedRequest();
    qint64 nowMs() const;

    Workspace *const m_workspace;
    DestinationConfig m_config;
    const Connector *const m_connector;
    RenderFunction m_render;
    const QString m_owner;
    DeliveryPolicy m_policy;
    ConnectorLimits m_limits;
    RequestRateLimiter m_bucket;
    CircuitBreaker m_breaker;

    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer = nullptr;
    // The pump's reads on this thread's connection, prepared once; cleared in stop(), before the
    // thread's connection closes.
    StatementCache m_reads;
    std::deque<OutgoingRequest> m_ready;
    QHash<QNetworkReply *, QList<qint64>> m_inFlight;
    std::shared_ptr<HandoffInbox> m_handoff;
    int m_failuresRecording = 0; // outcome jobs with retries not committed yet: no hand-offs meanwhile
    bool m_claiming = false;
    // Profiles whose rows left this worker's hands while a claim was out (a request failed and will be
    // retried, or ready rows went back to the outbox): the claim may have taken later rows of theirs as
    // following those, so they go back to the outbox too, to wait behind them.
    QSet<qint64> m_leftWhileClaiming;
    int m_claimLimit = 0;
    QFuture<WriteResult> m_claimFuture;
    std::shared_ptr<ClaimBatch> m_claimResult;
    bool m_stopping = false;
    bool m_paused = false;
    // The earliest lease expiry of the destination's in-flight rows, read at m_leaseCheckedAtMs: only
    // new rows (leased later than any existing one) and finished rows change it, so between reads it
    // may only be too early, which costs a read, never a missed expiry. Read again every
    // leaseRecheckMs(), which is shorter than a lease.
    std::optional<qint64> m_nextLeaseExpiryMs;
    qint64 m_leaseCheckedAtMs = -1;
    qint64 leaseRecheckMs() const { return std::clamp<qint64>(m_policy.leaseMs / 2, 100, 5000); }
    // Never read yet, or the earliest known lease is due.
    bool leaseMayHaveExpired(qint64 now) const {
        return m_leaseCheckedAtMs < 0 || (m_nextLeaseExpiryMs && *m_nextLeaseExpiryMs <= now);
    }
    qint64 m_holdUntilMs = 0;
    QString m_holdReason;
    // Whether the destination answered well since the start, and has not failed kFailuresBeforeProbing
    // requests in a row since. Until it has, the worker claims one small batch at a time with one
    // request in flight, so a failing destination costs little claiming, rendering and recording
    // before its breaker opens.
    bool m_proven = false;
    int m_failedInARow = 0;
    static constexpr int kFailuresBeforeProbing = 3;
    qint64 m_lastPublishMs = 0;
    qint64 m_lastMaintenanceMs = 0;
    QString m_lastStateText;
    quint64 m_exchangeKeys = 0; // the last exchange key given to a delivered request's records

    mutable QMutex m_stateMutex;
    QJsonObject m_state;
};

} // namespace sb
