#include "clock.h"

namespace sb {

Clock *Clock::system() {
    static SystemClock clock;
    return &clock;
}

ManualClock::ManualClock(const QDateTime &start)
    : m_now(start.toUTC()) {}

QDateTime ManualClock::now() const {
    QMutexLocker lock(&m_mutex);
    return m_now;
}

void ManualClock::set(const QDateTime &time) {
    QMutexLocker lock(&m_mutex);
    m_now = time.toUTC();
}

void ManualClock::advance(qint64 milliseconds) {
    QMutexLocker lock(&m_mutex);
    m_now = m_now.addMSecs(milliseconds);
}

} // namespace sb
