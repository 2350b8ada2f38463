#pragma once

#include <QJsonObject>
#include <QList>

namespace sb {

struct ConnectorLimits;

// How one destination is retried, ordered, timed out and protected. The defaults are the documented
// behaviour; each can be changed per destination in destinations.settings under "delivery", e.g.
//   {"delivery": {"ordering": false, "maxRetryWindowMs": 3600000, "retryStatuses": [409]}}
//
// Defaults:
// - retry 5xx except 501/505, and 408, 410, 429, 460, timeouts and connection errors;
//   any other 4xx (or a 2xx the connector reads as an error) is a dead letter at once;
// - back-off 1 s doubling to 5 min, each delay shortened by up to 25% at random (jitter), for up to
//   4 hours from the first attempt, then dead letter; Retry-After / vendor reset headers win when longer;
// - per profile ordering on; request timeout 10 s; lease 60 s; up to 4 requests in flight;
// - the connector's documented rate (token bucket), halved after each 429 and recovering on success;
// - circuit breaker: opens when >= 50% of at least 10 requests within 60 s failed, stays open 30 s,
//   then lets one probe through (half-open).
struct DeliveryPolicy {
    qint64 initialBackoffMs = 1000;
    qint64 maxBackoffMs = 5 * 60 * 1000;
    double jitter = 0.25;
    qint64 maxRetryWindowMs = 4LL * 60 * 60 * 1000;
    bool retryServerErrors = true;
    QList<int> nonRetryableStatuses = {501, 505};
    QList<int> retryStatuses = {408, 410, 429, 460};

    bool ordering = true;
    qint64 timeoutMs = 10'000;
    qint64 leaseMs = 60'000;
    int maxInFlight = 4;

    double requestsPerSecond = 0; // 0: the connector's limits
    int burst = 0;                // 0: the connector's limits

    double breakerFailureRate = 0.5;
    int breakerMinRequests = 10;
    qint64 breakerWindowMs = 60'000;
    qint64 breakerOpenMs = 30'000;

    // Reads settings["delivery"]; unknown keys are ignored, missing keys keep the defaults.
    static DeliveryPolicy fromSettings(const QJsonObject &destinationSettings);
    QJsonObject toJson() const;

    bool isRetryableStatus(int httpStatus) const;
    // Delay before the next attempt after failedAttempts failures (1 = the first failure).
    // random01 in [0, 1) picks the jitter.
    qint64 backoffMs(int failedAttempts, double random01) const;
    double effectiveRate(const ConnectorLimits &limits) const;
    int effectiveBurst(const ConnectorLimits &limits) const;
};

} // namespace sb
