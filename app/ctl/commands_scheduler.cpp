// Scheduler commands: status (each daily rule's last day and next run), run (what is due now, or at
// --now for a catch-up or a rehearsal; reruns never duplicate: message ids are deterministic).
#include <QJsonArray>
#include <QJsonObject>

#include "core/clock.h"
#include "ctlcommand.h"
#include "engine.h"
#include "ingest/ingestservice.h"
#include "scheduler/scheduler.h"
#include "scheduler/schedulersettings.h"
#include "store/workspace.h"

namespace sb::ctl {

namespace {

QString localText(const QDateTime &t, const QTimeZone &zone) {
    return t.isValid() ? t.toTimeZone(zone).toString(Qt::ISODate) : QStringLiteral("-");
}

int status(CtlContext &context) {
    if (!context.arguments().isEmpty())
        return context.fail(QStringLiteral("usage: scheduler status [--json]"), 2);
    Workspace *workspace = context.workspace();
    if (!workspace)
        return 1;
    const SchedulerSettings settings = SchedulerSettings::load(workspace->reader());
    Scheduler scheduler(workspace, nullptr); // status only reads
    const QList<Scheduler::RuleStatus> rules = scheduler.status();
    if (context.json()) {
        QJsonArray list;
        for (const Scheduler::RuleStatus &r : rules)
            list.append(QJsonObject{{QStringLiteral("rule"), r.rule},
                                    {QStringLiteral("enabled"), r.enabled},
                                    {QStringLiteral("runsAt"), r.runsAt},
                                    {QStringLiteral("lastDay"), r.lastDay.toString(Qt::ISODate)},
                                    {QStringLiteral("lastRunAt"), r.lastRunAt.toString(Qt::ISODate)},
                                    {QStringLiteral("nextDue"), r.nextDue.toString(Qt::ISODate)}});
        context.printJson(QJsonObject{{QStringLiteral("timeZone"), QString::fromUtf8(settings.timeZone.id())},
                                      {QStringLiteral("catchUpDays"), settings.catchUpDays},
                                      {QStringLiteral("rules"), list}});
        return 0;
    }
    context.out() << "Time zone: " << settings.timeZone.id() << " (catch-up " << settings.catchUpDays
                  << " days)\n";
    context.out() << "  " << QStringLiteral("rule").leftJustified(18) << QStringLiteral("at").leftJustified(7)
                  << QStringLiteral("last day").leftJustified(12) << "next run (local)\n";
    for (const Scheduler::RuleStatus &r : rules)
        context.out() << "  " << r.rule.leftJustified(18) << r.runsAt.leftJustified(7)
                      << (r.lastDay.isValid() ? r.lastDay.toString(Qt::ISODate) : QStringLiteral("never"))
                             .leftJustified(12)
                      << (r.enabled ? localText(r.nextDue, settings.timeZone) : QStringLiteral("disabled"))
                      << '\n';
    context.out().flush();
    return 0;
}

int run(CtlContext &context) {
    QHash<QString, QString> options;
    if (!parseCtlOptions(context, {QStringLiteral("--now")}, &options))
        return 2;
    if (context.workspaceDir().isEmpty())
        return context.fail(QStringLiteral("no workspace given: pass --workspace DIR"));
    std::unique_ptr<ManualClock> pinned;
    if (options.contains(QStringLiteral("--now"))) {
        const QString text = options.value(QStringLiteral("--now"));
        QDateTime now = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!now.isValid())
            return context.fail(QStringLiteral("--now: '%1' is not an ISO 8601 date and time "
                                               "(e.g. 2026-12-03T09:00 in the store's time zone, or "
                                               "2026-12-03T17:00:00Z)")
                                    .arg(text),
                                2);
        if (now.timeSpec() == Qt::LocalTime) {
            // No offset given: the store's local time.
            Workspace *workspace = context.workspace();
            if (!workspace)
                return 1;
            now = QDateTime(now.date(), now.time(), SchedulerSettings::load(workspace->reader()).timeZone);
        }
        pinned = std::make_unique<ManualClock>(now.toUTC());
    }
    // Scheduled events are routed like live ones: the engine without its server or delivery workers.
    auto started = Engine::start(Engine::storingOnly(context.workspaceDir(), false, pinned.get()));
    if (!started)
        return context.fail(started.error());
    std::unique_ptr<Engine> engine = started.take();
    Scheduler scheduler(engine->workspace(), engine->ingestService());
    const Scheduler::RunReport report = scheduler.runDue();
    if (context.json()) {
        QJsonArray rules;
        for (const Scheduler::RuleReport &r : report.rules) {
            QJsonArray days;
            for (const QDate &d : r.days)
                days.append(d.toString(Qt::ISODate));
            rules.append(QJsonObject{{QStringLiteral("rule"), r.rule},
                                     {QStringLiteral("days"), days},
                                     {QStringLiteral("produced"), r.produced},
                                     {QStringLiteral("stored"), r.stored},
                                     {QStringLiteral("error"), r.error}});
        }
        context.printJson(QJsonObject{{QStringLiteral("at"), report.at.toString(Qt::ISODate)},
                                      {QStringLiteral("stored"), report.stored()},
                                      {QStringLiteral("rules"), rules}});
    } else {
        context.out() << "Scheduler run at " << report.at.toString(Qt::ISODate) << '\n';
        if (report.rules.isEmpty())
            context.out() << "  nothing was due\n";
        for (const Scheduler::RuleReport &r : report.rules) {
            QStringList days;
            for (const QDate &d : r.days)
                days << d.toString(Qt::ISODate);
            context.out() << "  " << r.rule.leftJustified(18) << ' ' << days.join(QStringLiteral(", "))
                          << ": " << r.stored << " stored";
            if (r.produced > r.stored)
                context.out() << " (" << (r.produced - r.stored) << " already stored)";
            if (!r.error.isEmpty())
                context.out() << " ERROR " << r.error;
            context.out() << '\n';
        }
        context.out().flush();
    }
    return report.errors().isEmpty() ? 0 : 1;
}

} // namespace

void registerSchedulerCommands(CommandRegistry &registry) {
    registry.add(
        {QStringLiteral("scheduler status"),
         QStringLiteral("each daily rule's last day and next run, in the store's time zone (--json)"),
         status});
    registry.add({QStringLiteral("scheduler run"),
                  QStringLiteral("run the daily rules that are due [--now ISO] (reruns store no duplicates)"),
                  run});
}

} // namespace sb::ctl
