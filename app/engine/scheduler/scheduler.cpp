#include "scheduler.h"

#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include "core/clock.h"
#include "customerbirthdayrule.h"
#include "customerlostrule.h"
#include "dailyschedule.h"
#include "ingest/ingestservice.h"
#include "orderreminderrule.h"
#include "schedulerrule.h"
#include "schedulersettings.h"
#include "schedulerstate.h"
#include "segmentrefreshrule.h"
#include "store/sql.h"
#include "store/workspace.h"

namespace sb {

namespace {

constexpr qsizetype kEventsPerJob = 500;

} // namespace

int Scheduler::RunReport::stored() const {
    int n = 0;
    for (const RuleReport &r : rules)
        n += r.stored;
    return n;
}

QStringList Scheduler::RunReport::errors() const {
    QStringList list;
    for (const RuleReport &r : rules)
        if (!r.error.isEmpty())
            list << r.rule + QStringLiteral(": ") + r.error;
    return list;
}

Scheduler::Scheduler(Workspace *workspace, IngestService *ingest, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_ingest(ingest) {
    addRule(std::make_unique<CustomerBirthdayRule>());
    addRule(std::make_unique<CustomerLostRule>());
    addRule(std::make_unique<OrderReminderRule>());
    addRule(std::make_unique<SegmentRefreshRule>());
}

Scheduler::~Scheduler() {
    stop();
}

void Scheduler::addRule(std::unique_ptr<SchedulerRule> rule) {
    QMutexLocker lock(&m_runMutex);
    m_rules.push_back(std::move(rule));
}

void Scheduler::start() {
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("scheduler"));
    m_timer = new QTimer;
    m_timer->setSingleShot(true);
    m_timer->moveToThread(m_thread);
    connect(m_timer, &QTimer::timeout, m_timer, [this] {
        runDue();
        scheduleNextWake();
    });
    // The first check runs as soon as the thread starts (a run may be owed from downtime).
    connect(m_thread, &QThread::started, m_timer, [this] { m_timer->start(0); });
    connect(m_thread, &QThread::finished, m_timer, &QObject::deleteLater);
    m_thread->start();
}

void Scheduler::stop() {
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_timer = nullptr; // deleted on the thread's finished signal
}

void Scheduler::setMaxSleepMs(int milliseconds) {
    m_maxSleepMs = std::max(1, milliseconds);
    wake();
}

void Scheduler::wake() {
    if (!m_thread)
        return;
    QTimer *timer = m_timer;
    QMetaObject::invokeMethod(timer, [timer] { timer->start(0); });
}

bool Scheduler::isRunning() const {
    return m_thread != nullptr;
}

void Scheduler::scheduleNextWake() {
    const QDateTime next = nextDue();
    const qint64 now = m_workspace->clock()->nowMs();
    const int maxSleep = m_maxSleepMs;
    qint64 delay = maxSleep;
    if (next.isValid())
        delay = std::clamp<qint64>(next.toMSecsSinceEpoch() - now, 0, maxSleep);
    // A run that failed is owed again right away; wait a little so a persistent error does not spin.
    if (delay == 0)
        delay = std::min(1000, maxSleep);
    m_timer->start(int(delay));
}

Scheduler::RunReport Scheduler::runDue() {
    RunReport report = runLocked();
    const QStringList errors = report.errors();
    for (const QString &e : errors)
        qWarning("scheduler: %s", qUtf8Printable(e));
    // Outside the lock: a receiver may ask for status().
    if (report.stored() > 0 || !errors.isEmpty())
        emit ran(report.stored(), errors);
    return report;
}

Scheduler::RunReport Scheduler::runLocked() {
    QMutexLocker lock(&m_runMutex);
    RunReport report;
    report.at = m_workspace->clock()->now().toUTC();
    SchedulerSettings settings;
    try {
        settings = SchedulerSettings::load(m_workspace->reader());
    } catch (const sql::Error &e) {
        report.rules.append({QStringLiteral("settings"), {}, 0, 0, e.message(), 0});
        return report;
    }
    for (const auto &rule : m_rules) {
        if (!settings.enabled(rule->id()))
            continue;
        const RuleReport r = runRule(*rule, settings, report.at);
        if (!r.days.isEmpty() || !r.error.isEmpty())
            report.rules.append(r);
    }
    return report;
}

Scheduler::RuleReport Scheduler::runRule(SchedulerRule &rule, const SchedulerSettings &settings,
                                         const QDateTime &now) {
    RuleReport report;
    report.rule = rule.id();
    QElapsedTimer timer;
    timer.start();
    // Every return below reports how long the rule took.
    struct Stopwatch {
        RuleReport &r;
        QElapsedTimer &t;
        ~Stopwatch() { r.elapsedMs = t.elapsed(); }
    } stopwatch{report, timer};
    const DailySchedule schedule(settings.runTime(rule.id(), rule.defaultTime()), settings.timeZone);
    const QSqlDatabase db = m_workspace->reader();
    try {
        const RuleState state = RuleState::load(db, rule.id());
        QList<QDate> days = schedule.dueDays(state.lastDay, now, settings.catchUpDays);
        if (!rule.replaysMissedDays() && days.size() > 1)
            days = {days.constLast()};
        if (!state.lastDay.isValid() && days.isEmpty()) {
            // First check before today's run time: remember that nothing is owed before today, so
            // today is caught up even if the engine is off when it becomes due.
            const QString saved =
                RuleState::save(m_workspace->writer(), rule.id(), schedule.localDay(now).addDays(-1), now, 0);
            if (!saved.isEmpty())
                report.error = QStringLiteral("saving progress failed: %1").arg(saved);
            return report;
        }
        for (const QDate &day : std::as_const(days)) {
            RuleRun run{db, day, schedule.dueAt(day), now, &settings};
            const RuleOutput output = rule.run(run);
            report.produced += output.events.size();
            for (qsizetype i = 0; i < output.events.size(); i += kEventsPerJob) {
                const Result<IngestReceipt> receipt = m_ingest->ingest(output.events.mid(i, kEventsPerJob));
                if (!receipt) {
                    report.error = QStringLiteral("storing the events of %1 failed: %2")
                                       .arg(day.toString(Qt::ISODate), receipt.error());
                    return report;
                }
                report.stored += receipt.value().stored;
            }
            for (const WriteJob &job : output.writes) {
                const WriteResult r = m_workspace->writer()->run(job);
                if (!r.ok) {
                    report.error = QStringLiteral("bookkeeping of %1 failed: %2")
                                       .arg(day.toString(Qt::ISODate), r.error);
                    return report;
                }
            }
            const QString saved =
                RuleState::save(m_workspace->writer(), rule.id(), day, m_workspace->clock()->now().toUTC(),
                                int(output.events.size()));
            if (!saved.isEmpty()) {
                report.error = QStringLiteral("saving progress failed: %1").arg(saved);
                return report;
            }
            report.days << day;
        }
    } catch (const sql::Error &e) {
        report.error = e.message();
    }
    return report;
}

QDateTime Scheduler::nextDue() {
    QDateTime earliest;
    for (const RuleStatus &s : status())
        if (s.enabled && s.nextDue.isValid() && (!earliest.isValid() || s.nextDue < earliest))
            earliest = s.nextDue;
    return earliest;
}

QList<Scheduler::RuleStatus> Scheduler::status() {
    QMutexLocker lock(&m_runMutex);
    QList<RuleStatus> list;
    const QSqlDatabase db = m_workspace->reader();
    const QDateTime now = m_workspace->clock()->now().toUTC();
    try {
        const SchedulerSettings settings = SchedulerSettings::load(db);
        for (const auto &rule : m_rules) {
            const QTime at = settings.runTime(rule->id(), rule->defaultTime());
            const DailySchedule schedule(at, settings.timeZone);
            const RuleState state = RuleState::load(db, rule->id());
            list.append({rule->id(), settings.enabled(rule->id()), at.toString(QStringLiteral("HH:mm")),
                         state.lastDay, state.lastRunAt, schedule.nextDue(state.lastDay, now)});
        }
    } catch (const sql::Error &e) {
        qWarning("scheduler: %s", qUtf8Printable(e.message()));
    }
    return list;
}

} // namespace sb
