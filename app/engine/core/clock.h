#pragma once

#include <QDateTime>
#include <QMutex>

namespace sb {

// Every time-based decision (retries, birthdays, expiries, reminders, metrics buckets) asks a Clock,
// so tests can move time instead of waiting for it.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

    // The process-wide wall clock.
    static Clock *system();
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to. Thread-safe: the writer and workers may read it.
class ManualClock final : public Clock {
public:
    explicit ManualClock(const QDateTime &start = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC));
    QDateTime now() const override;
    void set(const QDateTime &time);
    void advance(qint64 milliseconds);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace sb
