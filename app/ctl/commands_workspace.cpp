// Workspace commands: init, status.
#include <QJsonObject>

#include "ctlcommand.h"
#include "ingest/acceptlog.h"
#include "store/migrations.h"
#include "store/storestatus.h"
#include "store/workspace.h"

namespace sb::ctl {

namespace {

int init(CtlContext &context) {
    if (context.workspaceDir().isEmpty())
        return context.fail(QStringLiteral("init needs --workspace DIR"));
    auto opened = Workspace::open(context.workspaceDir(), Workspace::OpenMode::CreateIfMissing);
    if (!opened)
        return context.fail(opened.error());
    const QString path = opened.value()->databasePath();
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("workspace"), opened.value()->directory()},
                                      {QStringLiteral("database"), path},
                                      {QStringLiteral("schemaVersion"), Migrations::latestVersion()}});
    else
        context.out() << "Workspace ready: " << path << " (schema version " << Migrations::latestVersion()
                      << ")" << Qt::endl;
    return 0;
}

int status(CtlContext &context) {
    Workspace *workspace = context.workspace();
    if (!workspace)
        return 1;
    const Result<QJsonObject> status = StoreStatus::read(workspace->reader());
    if (!status)
        return context.fail(status.error());
    QJsonObject report = status.value();
    report.insert(QStringLiteral("workspace"), workspace->directory());
    // Events a running (or stopped) engine accepted but has not stored yet, and rows it could not store.
    const AcceptLog::Backlog backlog = AcceptLog::backlog(workspace->reader());
    const qint64 waiting = backlog.waitingEvents;
    const qint64 failedRows = backlog.failedRows;
    report.insert(QStringLiteral("acceptLog"), QJsonObject{{QStringLiteral("waitingEvents"), waiting},
                                                           {QStringLiteral("failedRows"), failedRows}});
    if (context.json()) {
        context.printJson(report);
        return 0;
    }
    context.out() << "Workspace:      " << workspace->directory() << '\n'
                  << "Schema version: " << report.value(QStringLiteral("schemaVersion")).toInt() << '\n'
                  << "Accepted, not yet stored: " << waiting << " events";
    if (failedRows > 0)
        context.out() << " (" << failedRows
                      << " accepted requests could not be stored; their reason is in inbox.error)";
    context.out() << '\n';
    const QJsonObject tables = report.value(QStringLiteral("tables")).toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it)
        context.out() << "  " << it.key().leftJustified(22) << ' ' << it.value().toInteger() << '\n';
    context.out().flush();
    return 0;
}

} // namespace

void registerWorkspaceCommands(CommandRegistry &registry) {
    registry.add(
        {QStringLiteral("init"), QStringLiteral("create a workspace (or upgrade an existing one)"), init});
    registry.add(
        {QStringLiteral("status"), QStringLiteral("schema version and row counts (--json)"), status});
}

} // namespace sb::ctl
