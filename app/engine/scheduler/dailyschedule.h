#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>
#include <QTimeZone>

namespace sb {

// Calendar arithmetic for rules that run once per local day at a local time of day. Everything works
// in whole local days, never in 24-hour steps, so a 23- or 25-hour day (DST) still runs exactly once.
class DailySchedule {
public:
    DailySchedule(QTime at, QTimeZone zone)
        : m_at(at)
        , m_zone(std::move(zone)) {}

    // The UTC instant the rule is due on a local day. A time skipped by a DST jump runs at the first
    // valid instant after it.
    QDateTime dueAt(const QDate &day) const;
    // The local calendar day of an instant.
    QDate localDay(const QDateTime &instant) const;
    // The days to run now, oldest first: those after lastDone whose due time has passed, at most
    // catchUpDays of them (older misses are dropped). An invalid lastDone means never ran: only today
    // (if due) runs, nothing from before the scheduler existed.
    QList<QDate> dueDays(const QDate &lastDone, const QDateTime &now, int catchUpDays) const;
    // When the next day after lastDone becomes due (may be in the past when a run is owed).
    QDateTime nextDue(const QDate &lastDone, const QDateTime &now) const;

private:
    QTime m_at;
    QTimeZone m_zone;
};

} // namespace sb
