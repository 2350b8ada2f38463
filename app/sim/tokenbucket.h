#pragma once

#include <QtGlobal>

namespace sb {

class Clock;

// A requests-per-second quota: a bucket of `burst` tokens refilled at `rate` per second.
// Time comes from the injected clock, so tests move time instead of waiting.
class TokenBucket {
public:
    TokenBucket() = default;
    TokenBucket(double rate, int burst, const Clock *clock);

    bool isLimited() const { return m_rate > 0; }
    double rate() const { return m_rate; }
    int burst() const { return m_burst; }
    // Takes one token; false when the bucket is empty.
    bool tryTake();
    int remaining();
    // Seconds (rounded up, at least 1) until one token is back.
    int secondsUntilToken();
    // Seconds until the bucket is full.
    int secondsUntilFull();

private:
    void refill();

    double m_rate = 0;
    int m_burst = 0;
    double m_tokens = 0;
    qint64 m_lastMs = 0;
    const Clock *m_clock = nullptr;
};

} // namespace sb
