#pragma once

#include <QString>
#include <deque>

namespace sb {

// Stops hammering a failing destination: opens when the failure rate of the requests within the
// window crosses the threshold (with a minimum number of requests), stays open for a while, then
// lets a single probe through (half-open); the probe's success closes it, its failure reopens it.
// Not thread-safe: each destination worker owns its own.
class CircuitBreaker {
public:
    enum class State { Closed, Open, HalfOpen };

    struct Settings {
        double failureRate = 0.5;
        int minRequests = 10;
        qint64 windowMs = 60'000;
        qint64 openMs = 30'000;
    };

    CircuitBreaker();
    explicit CircuitBreaker(Settings settings);
    void configure(Settings settings) { m_settings = settings; }

    // Whether a request may start now; in half-open only one probe at a time.
    bool allowRequest(qint64 nowMs);
    void recordSuccess(qint64 nowMs);
    void recordFailure(qint64 nowMs);
    // A request that was allowed but never sent (e.g. nothing to send) gives its probe slot back.
    void releaseProbe();

    State state(qint64 nowMs);
    qint64 openUntilMs() const { return m_openUntilMs; }
    static QString name(State state);

private:
    void trim(qint64 nowMs);

    Settings m_settings;
    State m_state = State::Closed;
    qint64 m_openUntilMs = 0;
    bool m_probeInFlight = false;
    std::deque<std::pair<qint64, bool>> m_outcomes; // (time, failed)
};

} // namespace sb
