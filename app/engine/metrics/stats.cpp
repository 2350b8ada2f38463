#include "stats.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

#include "delivery/outboxqueue.h"
#include "latencyhistogram.h"
#include "metricsrecorder.h"
#include "store/sql.h"

namespace sb {

namespace {

struct Window {
    qint64 delivered = 0, failed = 0, retried = 0, dead = 0, filtered = 0, latencyCount = 0, latencySum = 0;
    LatencyHistogram hist;

    QJsonObject toJson() const {
        return {{QStringLiteral("delivered"), double(delivered)},
                {QStringLiteral("failed"), double(failed)},
                {QStringLiteral("retried"), double(retried)},
                {QStringLiteral("dead"), double(dead)},
                {QStringLiteral("filtered"), double(filtered)},
                {QStringLiteral("latencyMs"),
                 QJsonObject{
                     {QStringLiteral("count"), double(latencyCount)},
                     {QStringLiteral("avg"), latencyCount ? double(latencySum) / double(latencyCount) : 0.0},
                     {QStringLiteral("p50"), double(hist.percentile(50))},
                     {QStringLiteral("p95"), double(hist.percentile(95))},
                     {QStringLiteral("p99"), double(hist.percentile(99))}}}};
    }
};

QHash<qint64, Window> readWindow(const QSqlDatabase &reader, int resolution, qint64 fromMs) {
    QHash<qint64, Window> out;
    QSqlQuery q =
        sql::exec(reader,
                  QStringLiteral("SELECT destination_id, delivered, failed, retried, dead, filtered, "
                                 "latency_count, latency_sum_ms, latency_hist FROM metrics_buckets WHERE "
                                 "resolution_s = ? AND bucket_start >= ?"),
                  {resolution, fromMs});
    while (q.next()) {
        Window &w = out[q.value(0).toLongLong()];
        w.delivered += q.value(1).toLongLong();
        w.failed += q.value(2).toLongLong();
        w.retried += q.value(3).toLongLong();
        w.dead += q.value(4).toLongLong();
        w.filtered += q.value(5).toLongLong();
        w.latencyCount += q.value(6).toLongLong();
        w.latencySum += q.value(7).toLongLong();
        w.hist.merge(LatencyHistogram::fromJson(QJsonDocument::fromJson(q.value(8).toByteArray()).array()));
    }
    return out;
}

QString iso(qint64 ms) {
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QJsonObject DeliveryStats::snapshot(const QSqlDatabase &reader, qint64 nowMs, StatusCounts statusCounts) {
    QHash<qint64, QJsonObject> counts;
    QHash<qint64, qint64> backlog;
    {
        QSqlQuery q = sql::exec(
            reader, statusCounts == StatusCounts::All
                        ? QStringLiteral("SELECT destination_id, status, count(*) FROM deliveries "
                                         "GROUP BY destination_id, status")
                        : QStringLiteral("SELECT destination_id, status, count(*) FROM deliveries WHERE "
                                         "destination_id IN (SELECT id FROM destinations) AND status IN "
                                         "(" SB_OPEN_STATUSES ",'dead') GROUP BY "
                                         "destination_id, status"));
        while (q.next()) {
            const qint64 d = q.value(0).toLongLong();
            const QString status = q.value(1).toString();
            const qint64 n = q.value(2).toLongLong();
            counts[d].insert(status, double(n));
            if (isOpenStatus(status))
                backlog[d] += n;
        }
    }
    const QHash<qint64, Window> minute = readWindow(reader, MetricsRecorder::kFineResolutionS,
                                                    MetricsRecorder::bucketStart(nowMs - 60'000, 10));
    const QHash<qint64, Window> hour = readWindow(reader, MetricsRecorder::kCoarseResolutionS,
                                                  MetricsRecorder::bucketStart(nowMs - 3'600'000, 60));
    const QHash<qint64, Window> day = readWindow(reader, MetricsRecorder::kCoarseResolutionS,
                                                 MetricsRecorder::bucketStart(nowMs - 86'400'000, 60));

    QJsonArray destinations;
    Window total;
    qint64 totalBacklog = 0;
    QSqlQuery dq =
        sql::exec(reader, QStringLiteral("SELECT id, name, connector, paused FROM destinations ORDER BY id"));
    while (dq.next()) {
        const qint64 id = dq.value(0).toLongLong();
        QJsonObject d{{QStringLiteral("id"), double(id)},
                      {QStringLiteral("name"), dq.value(1).toString()},
                      {QStringLiteral("connector"), dq.value(2).toString()},
                      {QStringLiteral("paused"), dq.value(3).toInt() != 0},
                      {QStringLiteral("counts"), counts.value(id)},
                      {QStringLiteral("backlog"), double(backlog.value(id))},
                      {QStringLiteral("lastMinute"), minute.value(id).toJson()},
                      {QStringLiteral("lastHour"), hour.value(id).toJson()},
                      {QStringLiteral("lastDay"), day.value(id).toJson()}};
        const QVariant next =
            sql::scalar(reader,
                        QStringLiteral("SELECT min(next_attempt_at) FROM deliveries WHERE "
                                       "destination_id = ? AND status IN ('pending','retrying')"),
                        {id});
        if (!next.isNull())
            d.insert(QStringLiteral("nextAttemptAt"), iso(std::max(nowMs, next.toLongLong())));
        const QVariant oldest = sql::scalar(reader,
                                            QStringLiteral("SELECT min(created_at) FROM deliveries WHERE "
                                                           "destination_id = ? AND status IN "
                                                           "(" SB_OPEN_STATUSES ")"),
                                            {id});
        if (!oldest.isNull())
            d.insert(QStringLiteral("oldestBacklogAgeMs"),
                     double(std::max<qint64>(0, nowMs - oldest.toLongLong())));
        // The running engine publishes its breaker and rate-limit state per destination.
        const QVariant runtime =
            sql::scalar(reader, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                        {QStringLiteral("delivery.runtime.%1").arg(id)});
        const QJsonObject state = QJsonDocument::fromJson(runtime.toByteArray()).object();
        const QString breaker = state.value(QStringLiteral("breaker")).toString(QStringLiteral("closed"));
        const qint64 openUntil = qint64(state.value(QStringLiteral("breakerOpenUntil")).toDouble());
        d.insert(QStringLiteral("breaker"),
                 breaker == QLatin1String("open") && openUntil > 0 && openUntil <= nowMs
                     ? QStringLiteral("half_open")
                     : breaker);
        if (openUntil > nowMs)
            d.insert(QStringLiteral("breakerOpenUntil"), iso(openUntil));
        d.insert(QStringLiteral("rateLimit"), state.value(QStringLiteral("rateLimit")).toObject());
        const qint64 holdUntil = qint64(state.value(QStringLiteral("holdUntil")).toDouble());
        if (holdUntil > nowMs) {
            d.insert(QStringLiteral("holdUntil"), iso(holdUntil));
            d.insert(QStringLiteral("holdReason"), state.value(QStringLiteral("holdReason")).toString());
        }
        if (state.contains(QStringLiteral("updatedAt")))
            d.insert(QStringLiteral("stateUpdatedAt"),
                     iso(qint64(state.value(QStringLiteral("updatedAt")).toDouble())));
        destinations.append(d);

        const Window &w = hour.value(id);
        total.delivered += w.delivered;
        total.failed += w.failed;
        total.retried += w.retried;
        total.dead += w.dead;
        total.filtered += w.filtered;
        total.latencyCount += w.latencyCount;
        total.latencySum += w.latencySum;
        total.hist.merge(w.hist);
        totalBacklog += backlog.value(id);
    }
    QJsonObject totals = total.toJson();
    totals.insert(QStringLiteral("backlog"), double(totalBacklog));
    return {{QStringLiteral("generatedAt"), iso(nowMs)},
            {QStringLiteral("destinations"), destinations},
            {QStringLiteral("lastHourTotals"), totals}};
}

QJsonArray DeliveryStats::series(const QSqlDatabase &reader, qint64 destinationId, int resolutionS,
                                 qint64 fromMs, qint64 toMs) {
    QJsonArray out;
    QSqlQuery q = sql::exec(reader,
                            QStringLiteral("SELECT bucket_start, delivered, failed, retried, dead, filtered, "
                                           "latency_hist FROM metrics_buckets WHERE destination_id = ? AND "
                                           "resolution_s = ? AND bucket_start >= ? AND bucket_start <= ? "
                                           "ORDER BY bucket_start"),
                            {destinationId, resolutionS, fromMs, toMs});
    while (q.next()) {
        const LatencyHistogram h =
            LatencyHistogram::fromJson(QJsonDocument::fromJson(q.value(6).toByteArray()).array());
        out.append(QJsonObject{{QStringLiteral("t"), double(q.value(0).toLongLong())},
                               {QStringLiteral("delivered"), double(q.value(1).toLongLong())},
                               {QStringLiteral("failed"), double(q.value(2).toLongLong())},
                               {QStringLiteral("retried"), double(q.value(3).toLongLong())},
                               {QStringLiteral("dead"), double(q.value(4).toLongLong())},
                               {QStringLiteral("filtered"), double(q.value(5).toLongLong())},
                               {QStringLiteral("p50"), double(h.percentile(50))},
                               {QStringLiteral("p95"), double(h.percentile(95))},
                               {QStringLiteral("p99"), double(h.percentile(99))}});
    }
    return out;
}

} // namespace sb
