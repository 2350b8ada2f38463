#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <vector>

class QThread;
class QTimer;

namespace sb {

class IngestService;
class SchedulerRule;
class Workspace;

// Runs the time-driven rules of the seed integrations (birthdays, lost customers, order reminders, the
// SHOPLINE 00:00 segment refresh) once per store-local day each. Time comes only from the workspace
// clock; the day boundaries from the scheduler.timezone setting. Each rule's last finished day is kept
// in scheduler_state, so a restart neither skips nor repeats a day, and days missed while the engine
// was off are caught up (scheduler.catch_up_days, default 7). Rules read on the scheduler's own thread
// (its own read connection); their events go through IngestService, so routing and the outbox treat
// them like any other event, and their deterministic message ids make every rerun a duplicate.
class Scheduler : public QObject {
    Q_OBJECT
public:
    struct RuleReport {
        QString rule;
        QList<QDate> days; // the local days run
        int produced = 0;  // events the rule produced
        int stored = 0;    // of those, newly stored (the rest were duplicates of an earlier run)
        QString error;     // non-empty: the run stopped here and the day will be retried
        qint64 elapsedMs = 0;
    };
    struct RunReport {
        QDateTime at;
        QList<RuleReport> rules;
        int stored() const;
        QStringList errors() const;
    };
    struct RuleStatus {
        QString rule;
        bool enabled = true;
        QString runsAt; // "HH:mm" local
        QDate lastDay;
        QDateTime lastRunAt;
        QDateTime nextDue;
    };

    // The built-in rules are installed; ingest must outlive the scheduler.
    Scheduler(Workspace *workspace, IngestService *ingest, QObject *parent = nullptr);
    ~Scheduler() override;

    void addRule(std::unique_ptr<SchedulerRule> rule);

    // Runs on its own thread: wakes at the next due time (and at least once a minute, so a changed
    // clock, zone or setting is noticed), runs what is due. stop() waits for a run in progress.
    void start();
    void stop();
    bool isRunning() const;

    // Runs every rule-day due now, on the calling thread. Serialized with the timer's runs.
    RunReport runDue();
    // The earliest time a rule becomes due (in the past when a run is owed). Invalid with no rules.
    QDateTime nextDue();
    QList<RuleStatus> status();

    // Longest sleep between checks (a ManualClock moved by a test is noticed at the next check).
    static constexpr int kMaxSleepMs = 60'000;
    void setMaxSleepMs(int milliseconds);
    // Checks right away instead of at the next wake-up (e.g. after the time zone setting changed).
    void wake();

signals:
    // Emitted from the thread that ran, after a run that stored or failed something.
    void ran(int storedEvents, const QStringList &errors);

private:
    RunReport runLocked();
    RuleReport runRule(SchedulerRule &rule, const struct SchedulerSettings &settings, const QDateTime &now);
    void scheduleNextWake();

    Workspace *m_workspace;
    IngestService *m_ingest;
    std::vector<std::unique_ptr<SchedulerRule>> m_rules;
    QMutex m_runMutex;
    QThread *m_thread = nullptr;
    QTimer *m_timer = nullptr; // lives in m_thread
    std::atomic<int> m_maxSleepMs{kMaxSleepMs};
};

} // namespace sb
