// Source commands: sources add, sources list, segments list.
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include "core/secrets.h"
#include "ctlcommand.h"
#include "ingest/sourcestore.h"
#include "store/sql.h"
#include "store/workspace.h"

namespace sb::ctl {

namespace {

// "--name N" style options; returns false and reports when an option lacks its value or is unknown.
bool parseOptions(CtlContext &context, const QStringList &known, QHash<QString, QString> *values,
                  const QStringList &flags = {}) {
    const QStringList &args = context.arguments();
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (flags.contains(arg)) {
            values->insert(arg, QStringLiteral("1"));
            continue;
        }
        const qsizetype eq = arg.indexOf(u'=');
        const QString name = eq > 0 ? arg.left(eq) : arg;
        if (!known.contains(name)) {
            context.fail(QStringLiteral("unknown option '%1' (expected: %2)")
                             .arg(arg, (known + flags).join(QStringLiteral(", "))),
                         2);
            return false;
        }
        if (eq > 0) {
            values->insert(name, arg.mid(eq + 1));
        } else if (i + 1 < args.size()) {
            values->insert(name, args.at(++i));
        } else {
            context.fail(QStringLiteral("%1 needs a value").arg(name), 2);
            return false;
        }
    }
    return true;
}

int add(CtlContext &context) {
    QHash<QString, QString> options;
    if (!parseOptions(context,
                      {QStringLiteral("--name"), QStringLiteral("--kind"), QStringLiteral("--domain")},
                      &options))
        return 2;
    if (options.value(QStringLiteral("--name")).isEmpty()
        || options.value(QStringLiteral("--kind")).isEmpty())
        return context.fail(
            QStringLiteral("usage: sources add --name NAME --kind KIND [--domain DOMAIN]; kinds: ")
                + SourceStore::kinds().join(QStringLiteral(", ")),
            2);
    Workspace *workspace = context.workspace();
    if (!workspace)
        return 1;
    const auto added = SourceStore(workspace).add(options.value(QStringLiteral("--name")),
                                                  options.value(QStringLiteral("--kind")),
                                                  options.value(QStringLiteral("--domain")));
    if (!added)
        return context.fail(added.error());
    const SourceInfo &s = added.value();
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("id"), s.id},
                                      {QStringLiteral("name"), s.name},
                                      {QStringLiteral("kind"), s.kind},
                                      {QStringLiteral("domain"), s.domain()},
                                      {QStringLiteral("writeKey"), s.writeKey},
                                      {QStringLiteral("webhookSecret"), s.webhookSecret}});
        return 0;
    }
    context.out() << "Source " << s.id << " '" << s.name << "' (" << s.kind << ") added.\n"
                  << "Write key:      " << s.writeKey << '\n'
                  << "Webhook secret: " << s.webhookSecret << '\n'
                  << "These are shown once; `sources list` masks them.\n";
    context.out().flush();
    return 0;
}

int list(CtlContext &context) {
    Workspace *workspace = context.workspace();
    if (!workspace)
        return 1;
    const QList<SourceInfo> sources = SourceStore(workspace).list();
    if (context.json()) {
        QJsonArray array;
        for (const SourceInfo &s : sources)
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("name"), s.name},
                                     {QStringLiteral("kind"), s.kind},
                                     {QStringLiteral("domain"), s.domain()},
                                     {QStringLiteral("enabled"), s.enabled},
                                     {QStringLiteral("writeKey"), maskSecret(s.writeKey)},
                                     {QStringLiteral("webhookSecret"), maskSecret(s.webhookSecret)},
                                     {QStringLiteral("createdAt"), s.createdAt.toString(Qt::ISODate)}});
        context.printJson(QJsonObject{{QStringLiteral("sources"), array}});
        return 0;
    }
    if (sources.isEmpty()) {
        context.out() << "No sources yet; add one with `switchboard-ctl sources add --name NAME --kind KIND`."
                      << Qt::endl;
        return 0;
    }
    context.out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                         .arg(QStringLiteral("ID"), -4)
                         .arg(QStringLiteral("NAME"), -20)
                         .arg(QStringLiteral("KIND"), -12)
                         .arg(QStringLiteral("WRITE KEY"), -10)
                         .arg(QStringLiteral("ENABLED"), -8)
                         .arg(QStringLiteral("DOMAIN"));
    for (const SourceInfo &s : sources)
        context.out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                             .arg(QString::number(s.id), -4)
                             .arg(s.name, -20)
                             .arg(s.kind, -12)
                             .arg(maskSecret(s.writeKey), -10)
                             .arg(s.enabled ? QStringLiteral("yes") : QStringLiteral("no"), -8)
                             .arg(s.domain());
    context.out().flush();
    return 0;
}

// The segments sources keep (SHOPLINE customer segment groups), with their member counts.
int listSegments(CtlContext &context) {
    QHash<QString, QString> options;
    if (!parseOptions(context, {}, &options, {QStringLiteral("--deleted")}))
        return 2;
    Workspace *workspace = context.workspace();
    if (!workspace)
        return 1;
    const bool withDeleted = options.contains(QStringLiteral("--deleted"));
    QSqlQuery q = sql::exec(
        workspace->reader(),
        QStringLiteral("SELECT s.id, so.name, coalesce(s.external_id, ''), s.name, "
                       "(SELECT count(*) FROM segment_memberships m WHERE m.segment_id = s.id), "
                       "s.updated_at, s.deleted_at, s.last_refreshed_at, "
                       "json_array_length(s.definition, '$.rules') > 0 FROM segments s "
                       "LEFT JOIN sources so ON so.id = s.source_id %1 ORDER BY so.name, s.name, s.id")
            .arg(withDeleted ? QString() : QStringLiteral("WHERE s.deleted_at IS NULL")));
    auto time = [](const QVariant &ms) {
        return ms.isNull() ? QString()
                           : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODate);
    };
    QJsonArray array;
    QStringList lines;
    while (q.next()) {
        const QJsonObject o{{QStringLiteral("id"), q.value(0).toLongLong()},
                            {QStringLiteral("source"), q.value(1).toString()},
                            {QStringLiteral("segmentId"), q.value(2).toString()},
                            {QStringLiteral("name"), q.value(3).toString()},
                            {QStringLiteral("members"), q.value(4).toLongLong()},
                            {QStringLiteral("updatedAt"), time(q.value(5))},
                            {QStringLiteral("deletedAt"), time(q.value(6))},
                            {QStringLiteral("lastRefreshedAt"), time(q.value(7))},
                            {QStringLiteral("hasRules"), q.value(8).toBool()}};
        array.append(o);
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(q.value(1).toString(), -20)
                     .arg(q.value(2).toString(), -14)
                     .arg(q.value(3).toString(), -24)
                     .arg(q.value(4).toLongLong(), 8)
                     .arg(time(q.value(5)), -21)
                     .arg(q.value(6).isNull() ? QString() : QStringLiteral("deleted"));
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("segments"), array}});
        return 0;
    }
    if (lines.isEmpty()) {
        context.out() << "No segments yet: SHOPLINE sends them as shopline.segment.created events."
                      << Qt::endl;
        return 0;
    }
    context.out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                         .arg(QStringLiteral("SOURCE"), -20)
                         .arg(QStringLiteral("SEGMENT ID"), -14)
                         .arg(QStringLiteral("NAME"), -24)
                         .arg(QStringLiteral("MEMBERS"), 8)
                         .arg(QStringLiteral("UPDATED"));
    for (const QString &line : std::as_const(lines))
        context.out() << line.trimmed() << '\n';
    context.out().flush();
    return 0;
}

} // namespace

bool parseCtlOptions(CtlContext &context, const QStringList &known, QHash<QString, QString> *values,
                     const QStringList &flags) {
    return parseOptions(context, known, values, flags);
}

void registerSourceCommands(CommandRegistry &registry) {
    registry.add(
        {QStringLiteral("sources add"),
         QStringLiteral(
             "add a source: --name N --kind smrt|ordergroove|smile|segmentify|shopline|segment [--domain D]"),
         add});
    registry.add(
        {QStringLiteral("sources list"), QStringLiteral("list sources with masked keys (--json)"), list});
    registry.add(
        {QStringLiteral("segments list"),
         QStringLiteral("list the sources' customer segments and their member counts (--deleted, --json)"),
         listSegments});
}

} // namespace sb::ctl
