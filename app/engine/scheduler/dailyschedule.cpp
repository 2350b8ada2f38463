#include "dailyschedule.h"

namespace sb {

QDateTime DailySchedule::dueAt(const QDate &day) const {
    QDateTime local(day, m_at, m_zone);
    if (!local.isValid()) {
        // In a DST gap: the first minute that exists on that day after the wanted time.
        QTime t = m_at;
        for (int i = 0; i < 180 && !local.isValid(); ++i) {
            t = t.addSecs(60);
            local = QDateTime(day, t, m_zone);
        }
    }
    return local.toUTC();
}

QDate DailySchedule::localDay(const QDateTime &instant) const {
    return instant.toTimeZone(m_zone).date();
}

QList<QDate> DailySchedule::dueDays(const QDate &lastDone, const QDateTime &now, int catchUpDays) const {
    const QDate today = localDay(now);
    QDate first = lastDone.isValid() ? lastDone.addDays(1) : today;
    const QDate oldestAllowed = today.addDays(-std::max(1, catchUpDays) + 1);
    if (first < oldestAllowed)
        first = oldestAllowed;
    QList<QDate> days;
    for (QDate d = first; d <= today; d = d.addDays(1))
        if (dueAt(d) <= now)
            days << d;
    return days;
}

QDateTime DailySchedule::nextDue(const QDate &lastDone, const QDateTime &now) const {
    QDate day = lastDone.isValid() ? lastDone.addDays(1) : localDay(now);
    const QDate today = localDay(now);
    if (day < today.addDays(-1))
        day = today.addDays(-1);
    return dueAt(day);
}

} // namespace sb
