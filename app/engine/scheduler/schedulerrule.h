#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTime>

#include "core/model.h"
#include "store/writer.h"

namespace sb {

struct SchedulerSettings;

// What a rule sees for one local day: a read connection of the scheduler's thread, the day, the
// instant it became due, and the settings.
struct RuleRun {
    QSqlDatabase db;
    QDate day;
    QDateTime dueAt; // UTC
    QDateTime now;   // UTC, from the workspace clock
    const SchedulerSettings *settings = nullptr;
};

// What a rule produces: events stored through ingest (routing + outbox like any other event, with
// deterministic message ids so a rerun is a duplicate) and any bookkeeping writes.
struct RuleOutput {
    QList<Event> events;
    QList<WriteJob> writes;
};

// One time-driven rule of the seed integrations. Rules only read; the scheduler stores their output.
class SchedulerRule {
public:
    virtual ~SchedulerRule() = default;
    // Stable id: the scheduler_state key and the settings key (scheduler.<id>.at).
    virtual QString id() const = 0;
    // The local time of day the rule runs unless scheduler.<id>.at says otherwise.
    virtual QTime defaultTime() const = 0;
    // true: after downtime every missed day runs (birthdays of those days); false: only the latest
    // missed day runs (a state-based check such as "lost since" needs no replay).
    virtual bool replaysMissedDays() const = 0;
    virtual RuleOutput run(const RuleRun &run) = 0;
};

} // namespace sb
