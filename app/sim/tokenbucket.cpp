#include "tokenbucket.h"

#include "core/clock.h"

#include <algorithm>
#include <cmath>

namespace sb {

TokenBucket::TokenBucket(double rate, int burst, const Clock *clock)
    : m_rate(rate)
    , m_burst(std::max(1, burst))
    , m_tokens(std::max(1, burst))
    , m_lastMs(clock->nowMs())
    , m_clock(clock) {}

void TokenBucket::refill() {
    const qint64 now = m_clock->nowMs();
    if (now > m_lastMs)
        m_tokens = std::min<double>(m_burst, m_tokens + double(now - m_lastMs) * m_rate / 1000.0);
    m_lastMs = now;
}

bool TokenBucket::tryTake() {
    if (!isLimited())
        return true;
    refill();
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

int TokenBucket::remaining() {
    if (!isLimited())
        return 0;
    refill();
    return int(std::floor(m_tokens));
}

int TokenBucket::secondsUntilToken() {
    if (!isLimited())
        return 0;
    refill();
    if (m_tokens >= 1.0)
        return 0;
    return std::max(1, int(std::ceil((1.0 - m_tokens) / m_rate)));
}

int TokenBucket::secondsUntilFull() {
    if (!isLimited())
        return 0;
    refill();
    return int(std::ceil((m_burst - m_tokens) / m_rate));
}

} // namespace sb
