#include "requestratelimiter.h"

#include <algorithm>
#include <cmath>

namespace sb {

RequestRateLimiter::RequestRateLimiter(double ratePerSecond, int burst)
    : m_baseRate(std::max(0.001, ratePerSecond))
    , m_rate(m_baseRate)
    , m_burst(std::max(1, burst))
    , m_tokens(m_burst) {}

void RequestRateLimiter::configure(double ratePerSecond, int burst) {
    const double ratio = m_rate / m_baseRate;
    m_baseRate = std::max(0.001, ratePerSecond);
    m_rate = std::min(m_baseRate, m_baseRate * ratio);
    m_burst = std::max(1, burst);
    // A fresh bucket starts full; a used one keeps what it has left.
    m_tokens = m_lastRefillMs < 0 ? double(m_burst) : std::min(m_tokens, double(m_burst));
}

void RequestRateLimiter::refill(qint64 nowMs) {
    if (m_lastRefillMs < 0 || nowMs < m_lastRefillMs) {
        m_lastRefillMs = nowMs;
        return;
    }
    m_tokens = std::min(double(m_burst), m_tokens + double(nowMs - m_lastRefillMs) * m_rate / 1000.0);
    m_lastRefillMs = nowMs;
}

bool RequestRateLimiter::tryTake(qint64 nowMs) {
    refill(nowMs);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

qint64 RequestRateLimiter::msUntilToken(qint64 nowMs) {
    refill(nowMs);
    if (m_tokens >= 1.0)
        return 0;
    return std::max<qint64>(1, qint64(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate)));
}

void RequestRateLimiter::slowDown() {
    m_rate = std::max(m_baseRate / 10.0, m_rate / 2.0);
    // A 429 means the destination's budget is spent: start from an empty bucket.
    m_tokens = std::min(m_tokens, 0.0);
}

void RequestRateLimiter::recover() {
    m_rate = std::min(m_baseRate, m_rate + m_baseRate * 0.05);
}

} // namespace sb
