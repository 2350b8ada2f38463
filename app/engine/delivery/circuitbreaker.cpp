#include "circuitbreaker.h"

namespace sb {

CircuitBreaker::CircuitBreaker()
    : m_settings(Settings()) {}

CircuitBreaker::CircuitBreaker(Settings settings)
    : m_settings(settings) {}

void CircuitBreaker::trim(qint64 nowMs) {
    while (!m_outcomes.empty() && m_outcomes.front().first < nowMs - m_settings.windowMs)
        m_outcomes.pop_front();
}

CircuitBreaker::State CircuitBreaker::state(qint64 nowMs) {
    if (m_state == State::Open && nowMs >= m_openUntilMs) {
        m_state = State::HalfOpen;
        m_probeInFlight = false;
    }
    return m_state;
}

bool CircuitBreaker::allowRequest(qint64 nowMs) {
    switch (state(nowMs)) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        if (m_probeInFlight)
            return false;
        m_probeInFlight = true;
        return true;
    }
    return false;
}

void CircuitBreaker::releaseProbe() {
    m_probeInFlight = false;
}

void CircuitBreaker::recordSuccess(qint64 nowMs) {
    if (m_state == State::HalfOpen) {
        m_state = State::Closed;
        m_probeInFlight = false;
        m_outcomes.clear();
    }
    m_outcomes.emplace_back(nowMs, false);
    trim(nowMs);
}

void CircuitBreaker::recordFailure(qint64 nowMs) {
    if (m_state == State::HalfOpen) {
        m_state = State::Open;
        m_openUntilMs = nowMs + m_settings.openMs;
        m_probeInFlight = false;
        return;
    }
    m_outcomes.emplace_back(nowMs, true);
    trim(nowMs);
    if (m_state != State::Closed)
        return;
    int failures = 0;
    for (const auto &outcome : m_outcomes)
        failures += outcome.second ? 1 : 0;
    const int total = int(m_outcomes.size());
    if (total >= m_settings.minRequests && double(failures) >= m_settings.failureRate * double(total)) {
        m_state = State::Open;
        m_openUntilMs = nowMs + m_settings.openMs;
        m_outcomes.clear();
    }
}

QString CircuitBreaker::name(State state) {
    switch (state) {
    case State::Closed:
        return QStringLiteral("closed");
    case State::Open:
        return QStringLiteral("open");
    case State::HalfOpen:
        return QStringLiteral("half_open");
    }
    return {};
}

} // namespace sb
