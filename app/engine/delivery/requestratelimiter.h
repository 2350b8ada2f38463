#pragma once

#include <QtGlobal>

namespace sb {

// Requests per second for one destination: a token bucket refilled at the current rate. After a
// 429 the rate halves (never below a tenth of the base rate) and creeps back up with each success.
// Not thread-safe: each destination worker owns its own.
class RequestRateLimiter {
public:
    RequestRateLimiter(double ratePerSecond = 10, int burst = 10);

    void configure(double ratePerSecond, int burst);
    bool tryTake(qint64 nowMs);
    // 0 when a token is available now.
    qint64 msUntilToken(qint64 nowMs);
    void slowDown();
    void recover();

    double baseRate() const { return m_baseRate; }
    double currentRate() const { return m_rate; }
    int burst() const { return m_burst; }
    bool throttled() const { return m_rate < m_baseRate; }

private:
    void refill(qint64 nowMs);

    double m_baseRate;
    double m_rate;
    int m_burst;
    double m_tokens;
    qint64 m_lastRefillMs = -1;
};

} // namespace sb
