// Delivery commands: deliveries list/show, replay, retry, discard, pause, resume, explain, stats.
#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>

#include "core/clock.h"
#include "ctlcommand.h"
#include "delivery/deliverycontrol.h"
#include "delivery/deliveryfilter.h"
#include "delivery/explain.h"
#include "metrics/stats.h"
#include "store/sql.h"
#include "store/workspace.h"

namespace sb::ctl {

namespace {

QString iso(const QVariant &ms) {
    return ms.isNull() ? QString()
                       : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODate);
}

// Resolves a destination given by name or id; reports and returns 0 when unknown.
qint64 resolveDestination(CtlContext &context, Workspace *ws, const QString &nameOrId) {
    bool numeric = false;
    const qint64 id = nameOrId.toLongLong(&numeric);
    const QVariant found =
        sql::scalar(ws->reader(), QStringLiteral("SELECT id FROM destinations WHERE name = ? OR id = ?"),
                    {nameOrId, numeric ? id : qint64(-1)});
    if (!found.isValid() || found.isNull()) {
        QStringList names;
        QSqlQuery q = sql::exec(ws->reader(), QStringLiteral("SELECT name FROM destinations ORDER BY name"));
        while (q.next())
            names << q.value(0).toString();
        context.fail(
            QStringLiteral("no destination named '%1' (known: %2)")
                .arg(nameOrId, names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))));
        return 0;
    }
    return found.toLongLong();
}

// Collects delivery ids from "--delivery ID..." or bare numbers; false (after reporting) on bad input.
bool deliveryIds(CtlContext &context, const QStringList &args, QList<qint64> *ids) {
    for (const QString &arg : args) {
        if (arg == QLatin1String("--delivery"))
            continue;
        const QStringList parts = arg.split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            bool ok = false;
            const qint64 id = part.toLongLong(&ok);
            if (!ok || id <= 0) {
                context.fail(
                    QStringLiteral("'%1' is not a delivery id (expected a positive number)").arg(part), 2);
                return false;
            }
            *ids << id;
        }
    }
    if (ids->isEmpty()) {
        context.fail(QStringLiteral("no delivery given: pass --delivery ID [ID...]"), 2);
        return false;
    }
    return true;
}

int reportWrite(CtlContext &context, QFuture<WriteResult> future, const QString &verb) {
    future.waitForFinished();
    const WriteResult result = future.result();
    if (!result.ok)
        return context.fail(result.error);
    const int n = result.value.toInt();
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("changed"), n}, {QStringLiteral("action"), verb}});
    else
        context.out() << verb << ' ' << n << (n == 1 ? " delivery" : " deliveries") << Qt::endl;
    return 0;
}

int listDeliveries(CtlContext &context) {
    Workspace *ws = context.workspace();
    if (!ws)
        return 1;
    QString status = QStringLiteral("");
    qint64 destination = 0;
    int limit = 100;
    const QStringList &args = context.arguments();
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto next = [&]() -> QString {
            return i + 1 < args.size() ? args.at(++i) : QString();
        };
        if (arg == QLatin1String("--status")) {
            status = next();
            if (!DeliveryFilter::statuses().contains(status))
                return context.fail(QStringLiteral("unknown status '%1' (one of: %2)")
                                        .arg(status, DeliveryFilter::statuses().join(u' ')),
                                    2);
        } else if (arg == QLatin1String("--destination")) {
            destination = resolveDestination(context, ws, next());
            if (!destination)
                return 1;
        } else if (arg == QLatin1String("--limit")) {
            limit = next().toInt();
            if (limit <= 0)
                return context.fail(QStringLiteral("--limit needs a positive number"), 2);
        } else {
            return context.fail(QStringLiteral("unexpected argument '%1'").arg(arg), 2);
        }
    }
    // The newest `limit` ids first, then their rows (a status other than delivered is found through
    // deliveries_due, as the console does: DeliveryFilter).
    DeliveryFilter filter;
    filter.destinationId = destination;
    filter.status = status;
    QVariantList binds;
    const QString where = filter.sqlConditions(&binds, filter.prefersIndex());
    binds << limit;
    QSqlQuery q = sql::exec(
        ws->reader(),
        QStringLiteral("SELECT d.id, d.event_id, coalesce(e.name, e.type), t.name, d.status, d.attempts, "
                       "d.next_attempt_at, d.delivered_at, coalesce(d.last_error, ''), d.idempotency_key, "
                       "d.created_at FROM (SELECT d.id FROM deliveries d WHERE 1")
            + where
            + QStringLiteral(" ORDER BY d.id DESC LIMIT ?) picked JOIN deliveries d ON d.id = picked.id JOIN "
                             "destinations t ON t.id = d.destination_id JOIN events e ON e.id = d.event_id "
                             "ORDER BY d.id DESC"),
        binds);
    QJsonArray rows;
    while (q.next()) {
        QJsonObject row{{QStringLiteral("id"), double(q.value(0).toLongLong())},
                        {QStringLiteral("eventId"), double(q.value(1).toLongLong())},
                        {QStringLiteral("event"), q.value(2).toString()},
                        {QStringLiteral("destination"), q.value(3).toString()},
                        {QStringLiteral("status"), q.value(4).toString()},
                        {QStringLiteral("attempts"), q.value(5).toInt()},
                        {QStringLiteral("idempotencyKey"), q.value(9).toString()},
                        {QStringLiteral("createdAt"), iso(q.value(10))}};
        if (!q.value(6).isNull())
            row.insert(QStringLiteral("nextAttemptAt"), iso(q.value(6)));
        if (!q.value(7).isNull())
            row.insert(QStringLiteral("deliveredAt"), iso(q.value(7)));
        if (!q.value(8).toString().isEmpty())
            row.insert(QStringLiteral("lastError"), q.value(8).toString());
        rows.append(row);
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("deliveries"), rows}});
        return 0;
    }
    QTextStream &out = context.out();
    out << QStringLiteral("%1 %2 %3 %4 %5 %6")
               .arg(QStringLiteral("ID"), -8)
               .arg(QStringLiteral("EVENT"), -8)
               .arg(QStringLiteral("DESTINATION"), -16)
               .arg(QStringLiteral("STATUS"), -10)
               .arg(QStringLiteral("TRIES"), -5)
               .arg(QStringLiteral("WHEN / LAST ERROR"))
        << '\n';
    for (const QJsonValue &v : std::as_const(rows)) {
        const QJsonObject r = v.toObject();
        QString when = r.value(QStringLiteral("deliveredAt")).toString();
        if (when.isEmpty() && r.contains(QStringLiteral("nextAttemptAt")))
            when = QStringLiteral("next ") + r.value(QStringLiteral("nextAttemptAt")).toString();
        const QString error = r.value(QStringLiteral("lastError")).toString();
        if (!error.isEmpty())
            when += (when.isEmpty() ? QString() : QStringLiteral("  ")) + error.left(80);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(qint64(r.value(QStringLiteral("id")).toDouble()), -8)
                   .arg(qint64(r.value(QStringLiteral("eventId")).toDouble()), -8)
                   .arg(r.value(QStringLiteral("destination")).toString().left(16), -16)
                   .arg(r.value(QStringLiteral("status")).toString(), -10)
                   .arg(r.value(QStringLiteral("attempts")).toInt(), -5)
                   .arg(when)
            << '\n';
    }
    out << rows.size() << (rows.size() == 1 ? " delivery" : " deliveries") << Qt::endl;
    return 0;
}

int showDelivery(CtlContext &context) {
    Workspace *ws = context.workspace();
    if (!ws)
        return 1;
    QList<qint64> ids;
    if (!deliveryIds(context, context.arguments(), &ids))
        return 2;
    QJsonArray out;
    for (qint64 id : std::as_const(ids)) {
        QSqlQuery d = sql::exec(
            ws->reader(),
            QStringLiteral("SELECT d.event_id, t.name, d.status, d.attempts, d.idempotency_key, "
                           "coalesce(d.last_error, ''), d.next_attempt_at, d.delivered_at FROM "
                           "deliveries d JOIN destinations t ON t.id = d.destination_id WHERE d.id = ?"),
            {id});
        if (!d.next())
            return context.fail(QStringLiteral("no delivery with id %1").arg(id));
        QJsonObject o{{QStringLiteral("id"), double(id)},
                      {QStringLiteral("eventId"), double(d.value(0).toLongLong())},
                      {QStringLiteral("destination"), d.value(1).toString()},
                      {QStringLiteral("status"), d.value(2).toString()},
                      {QStringLiteral("attempts"), d.value(3).toInt()},
                      {QStringLiteral("idempotencyKey"), d.value(4).toString()},
                      {QStringLiteral("lastError"), d.value(5).toString()},
                      {QStringLiteral("nextAttemptAt"), iso(d.value(6))},
                      {QStringLiteral("deliveredAt"), iso(d.value(7))}};
        QJsonArray attempts;
        QSqlQuery a = sql::exec(
            ws->reader(),
            QStringLiteral(
                "SELECT a.attempt, a.started_at, coalesce(a.request, x.request), a.response_status, "
                "coalesce(a.response_headers, x.response_headers), coalesce(a.response_body, "
                "x.response_body), a.latency_ms, a.outcome, coalesce(a.error, '') FROM "
                "delivery_attempts a LEFT JOIN delivery_exchanges x ON x.id = a.exchange_id "
                "WHERE a.delivery_id = ? ORDER BY a.id"),
            {id});
        while (a.next())
            attempts.append(QJsonObject{{QStringLiteral("attempt"), a.value(0).toInt()},
                                        {QStringLiteral("startedAt"), iso(a.value(1))},
                                        {QStringLiteral("request"), a.value(2).toString()},
                                        {QStringLiteral("responseStatus"), a.value(3).toInt()},
                                        {QStringLiteral("responseHeaders"), a.value(4).toString()},
                                        {QStringLiteral("responseBody"), a.value(5).toString()},
                                        {QStringLiteral("latencyMs"), a.value(6).toInt()},
                                        {QStringLiteral("outcome"), a.value(7).toString()},
                                        {QStringLiteral("error"), a.value(8).toString()}});
        o.insert(QStringLiteral("attemptLog"), attempts);
        out.append(o);
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("deliveries"), out}});
        return 0;
    }
    for (const QJsonValue &v : std::as_const(out)) {
        const QJsonObject o = v.toObject();
        context.out() << "Delivery " << qint64(o[QStringLiteral("id")].toDouble()) << " of event "
                      << qint64(o[QStringLiteral("eventId")].toDouble()) << " to "
                      << o[QStringLiteral("destination")].toString() << ": "
                      << o[QStringLiteral("status")].toString() << " after "
                      << o[QStringLiteral("attempts")].toInt() << " attempt(s)\n"
                      << "  key " << o[QStringLiteral("idempotencyKey")].toString() << '\n';
        if (!o[QStringLiteral("lastError")].toString().isEmpty())
            context.out() << "  last error: " << o[QStringLiteral("lastError")].toString() << '\n';
        for (const QJsonValue &a : o[QStringLiteral("attemptLog")].toArray()) {
            context.out() << "  #" << a[QStringLiteral("attempt")].toInt() << ' '
                          << a[QStringLiteral("startedAt")].toString() << ' '
                          << a[QStringLiteral("outcome")].toString() << " HTTP "
                          << a[QStringLiteral("responseStatus")].toInt() << " in "
                          << a[QStringLiteral("latencyMs")].toInt()
                          << " ms\n    request:  " << a[QStringLiteral("request")].toString().left(600)
                          << "\n    response: " << a[QStringLiteral("responseBody")].toString().left(600)
                          << '\n';
        }
    }
    context.out().flush();
    return 0;
}

int replay(CtlContext &context) {
    Workspace *ws = context.workspace();
    if (!ws)
        return 1;
    const QStringList &args = context.arguments();
    const qsizetype destAt = args.indexOf(QStringLiteral("--destination"));
    if (destAt >= 0) {
        const qsizetype sinceAt = args.indexOf(QStringLiteral("--since"));
        if (destAt + 1 >= args.size() || sinceAt < 0 || sinceAt + 1 >= args.size())
            return context.fail(QStringLiteral("replay needs --destination NAME --since ISO-TIME "
                                               "(e.g. 2026-11-23T18:00:00Z)"),
                                2);
        const qint64 destination = resolveDestination(context, ws, args.at(destAt + 1));
        if (!destination)
            return 1;
        QDateTime since = QDateTime::fromString(args.at(sinceAt + 1), Qt::ISODateWithMs);
        if (!since.isValid())
            since = QDateTime::fromString(args.at(sinceAt + 1), Qt::ISODate);
        if (!since.isValid())
            return context.fail(
                QStringLiteral("--since '%1' is not an ISO 8601 time (e.g. 2026-11-23T18:00:00Z)")
                    .arg(args.at(sinceAt + 1)),
                2);
        if (since.timeSpec() == Qt::LocalTime)
            since.setTimeSpec(Qt::UTC);
        return reportWrite(context, DeliveryControl(ws).replayDeadSince(destination, since),
                           QStringLiteral("replayed"));
    }
    QList<qint64> ids;
    if (!deliveryIds(context, args, &ids))
        return 2;
    return reportWrite(context, DeliveryControl(ws).replay(ids), QStringLiteral("replayed"));
}

int retry(CtlContext &context) {
    Workspace *ws = context.workspace();
    if (!ws)
        return 1;
    QList<qint64> ids;
    if (!deliveryIds(context, context.arguments(), &ids))
        return 2;
    return reportWrite(context, DeliveryControl(ws).retryNow(ids), QStringLiteral("retrying now"));
}

int discard(CtlContext &context) {
    Workspace *ws = context.workspace();
    if (!ws)
        return 1;
    QList<qint64> ids;
    if (!deliveryIds(context, context.arguments(), &ids))
        return 2;
    return reportWrite(context, DeliveryControl(ws).discard(ids), QStringLiteral("discarded"));
}

int setPaused(CtlContext &context, bool paused) {
    Workspace *ws = context.workspace();
    if (!ws)
        return 1;
    if (context.arguments().size() != 1)
        return context.fail(QStringLiteral("%1 needs one DESTINATION (name or id)")
                                .arg(paused ? QStringLiteral("pause") : QStringLiteral("resume")),
                            2);
    const qint64 destination = resolveDestination(context, ws, context.arguments().first());
    if (!destination)
        return 1;
    auto future = DeliveryControl(ws).setPaused(destination, paused);
    future.waitForFinished();
    if (!future.result().ok)
        return context.fail(future.result().error);
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("destination"), context.arguments().first()},
                                      {QStringLiteral("paused"), paused}});
    else
        context.out() << (paused ? "Paused " : "Resumed ") << context.arguments().first() << Qt::endl;
    return 0;
}

int explain(CtlContext &context) {
    Workspace *ws = context.workspace();
    if (!ws)
        return 1;
    bool ok = false;
    const qint64 eventId = context.arguments().value(0).toLongLong(&ok);
    if (context.arguments().size() != 1 || !ok || eventId <= 0)
        return context.fail(QStringLiteral("explain needs one EVENT_ID (a positive number)"), 2);
    const QJsonObject report = Explainer::explain(ws->reader(), eventId);
    if (report.contains(QStringLiteral("error")))
        return context.fail(report.value(QStringLiteral("error")).toString());
    if (context.json()) {
        context.printJson(report);
        return 0;
    }
    QTextStream &out = context.out();
    out << "Event " << eventId << " (" << report[QStringLiteral("name")].toString() << ", message "
        << report[QStringLiteral("messageId")].toString() << ", from "
        << report[QStringLiteral("source")].toString() << ", received "
        << report[QStringLiteral("receivedAt")].toString() << ")\n";
    for (const QJsonValue &v : report[QStringLiteral("destinations")].toArray())
        out << "  " << v[QStringLiteral("destination")].toString() << ": "
            << v[QStringLiteral("summary")].toString() << '\n';
    out.flush();
    return 0;
}

int stats(CtlContext &context) {
    Workspace *ws = context.workspace();
    if (!ws)
        return 1;
    const QJsonObject snapshot = DeliveryStats::snapshot(ws->reader(), ws->clock()->nowMs());
    if (context.json()) {
        context.printJson(snapshot);
        return 0;
    }
    QTextStream &out = context.out();
    out << "Delivery at " << snapshot[QStringLiteral("generatedAt")].toString() << '\n';
    for (const QJsonValue &v : snapshot[QStringLiteral("destinations")].toArray()) {
        const QJsonObject d = v.toObject();
        const QJsonObject hour = d[QStringLiteral("lastHour")].toObject();
        const QJsonObject latency = hour[QStringLiteral("latencyMs")].toObject();
        out << "  " << d[QStringLiteral("name")].toString() << " ("
            << d[QStringLiteral("connector")].toString() << ")"
            << (d[QStringLiteral("paused")].toBool() ? " PAUSED" : "") << ": backlog "
            << qint64(d[QStringLiteral("backlog")].toDouble()) << ", last hour delivered "
            << qint64(hour[QStringLiteral("delivered")].toDouble()) << ", failed "
            << qint64(hour[QStringLiteral("failed")].toDouble()) << ", retried "
            << qint64(hour[QStringLiteral("retried")].toDouble()) << ", dead "
            << qint64(hour[QStringLiteral("dead")].toDouble()) << ", filtered "
            << qint64(hour[QStringLiteral("filtered")].toDouble()) << "; latency p50/p95/p99 "
            << qint64(latency[QStringLiteral("p50")].toDouble()) << '/'
            << qint64(latency[QStringLiteral("p95")].toDouble()) << '/'
            << qint64(latency[QStringLiteral("p99")].toDouble()) << " ms; breaker "
            << d[QStringLiteral("breaker")].toString();
        if (d.contains(QStringLiteral("nextAttemptAt")))
            out << "; next attempt " << d[QStringLiteral("nextAttemptAt")].toString();
        if (d.contains(QStringLiteral("holdUntil")))
            out << "; holding until " << d[QStringLiteral("holdUntil")].toString();
        out << '\n';
    }
    out.flush();
    return 0;
}

} // namespace

void registerDeliveryCommands(CommandRegistry &registry) {
    registry.add(
        {QStringLiteral("deliveries list"),
         QStringLiteral("deliveries, newest first [--status S] [--destination D] [--limit N] [--json]"),
         listDeliveries});
    registry.add({QStringLiteral("deliveries show"),
                  QStringLiteral("one delivery with its attempts, requests and responses: --delivery ID..."),
                  showDelivery});
    registry.add(
        {QStringLiteral("replay"),
         QStringLiteral("send again: --delivery ID... | --destination NAME --since ISO (dead letters)"),
         replay});
    registry.add(
        {QStringLiteral("retry"), QStringLiteral("retry waiting deliveries now: --delivery ID..."), retry});
    registry.add(
        {QStringLiteral("discard"), QStringLiteral("drop open deliveries: --delivery ID..."), discard});
    registry.add({QStringLiteral("pause"), QStringLiteral("stop sending to DESTINATION"), [](CtlContext &c) {
                      return setPaused(c, true);
                  }});
    registry.add(
        {QStringLiteral("resume"), QStringLiteral("resume sending to DESTINATION"), [](CtlContext &c) {
             return setPaused(c, false);
         }});
    registry.add({QStringLiteral("explain"),
                  QStringLiteral("what happened to EVENT_ID at every destination [--json]"), explain});
    registry.add(
        {QStringLiteral("stats"), QStringLiteral("delivery metrics per destination [--json]"), stats});
}

} // namespace sb::ctl
