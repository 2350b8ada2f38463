#include "metricsrecorder.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include "latencyhistogram.h"
#include "store/sql.h"
#include "store/statementcache.h"
#include "store/writer.h"

namespace sb {

qint64 MetricsRecorder::bucketStart(qint64 nowMs, int resolutionS) {
    const qint64 width = qint64(resolutionS) * 1000;
    return nowMs - ((nowMs % width) + width) % width;
}

void MetricsRecorder::record(WriteContext &context, qint64 destinationId, qint64 nowMs,
                             const MetricsDelta &delta) {
    if (delta.isEmpty())
        return;
    StatementCache &sqlite = *context.sqlite;
    LatencyHistogram added;
    qint64 latencySum = 0;
    for (qint64 ms : delta.latenciesMs) {
        added.add(ms);
        latencySum += ms;
    }
    for (int resolution : {kFineResolutionS, kCoarseResolutionS}) {
        const qint64 start = bucketStart(nowMs, resolution);
        QByteArray histText = QByteArrayLiteral("[]");
        if (!delta.latenciesMs.isEmpty()) {
            LatencyHistogram merged = added;
            Statement &existing = sqlite.query(context.db,
                                               "SELECT latency_hist FROM metrics_buckets WHERE "
                                               "destination_id = ? AND resolution_s = ? AND bucket_start = ?",
                                               destinationId, resolution, start);
            if (existing.next()) {
                merged.merge(LatencyHistogram::fromJson(QJsonDocument::fromJson(existing.utf8(0)).array()));
                existing.reset();
            }
            histText = QJsonDocument(merged.toJson()).toJson(QJsonDocument::Compact);
        }
        sqlite.exec(
            context.db,
            "INSERT INTO metrics_buckets(destination_id, resolution_s, bucket_start, delivered, failed, "
            "retried, dead, filtered, latency_count, latency_sum_ms, latency_hist) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(destination_id, resolution_s, bucket_start) DO UPDATE SET "
            "delivered = delivered + excluded.delivered, failed = failed + excluded.failed, "
            "retried = retried + excluded.retried, dead = dead + excluded.dead, "
            "filtered = filtered + excluded.filtered, "
            "latency_count = latency_count + excluded.latency_count, "
            "latency_sum_ms = latency_sum_ms + excluded.latency_sum_ms, "
            "latency_hist = CASE WHEN excluded.latency_count > 0 THEN excluded.latency_hist "
            "ELSE latency_hist END",
            destinationId, resolution, start, delta.delivered, delta.failed, delta.retried, delta.dead,
            delta.filtered, qint64(delta.latenciesMs.size()), latencySum, histText);
    }
}

int MetricsRecorder::prune(const QSqlDatabase &db, qint64 nowMs) {
    QSqlQuery fine = sql::exec(
        db, QStringLiteral("DELETE FROM metrics_buckets WHERE resolution_s = ? AND bucket_start < ?"),
        {kFineResolutionS, nowMs - kFineRetentionMs});
    const int removed = fine.numRowsAffected();
    QSqlQuery coarse = sql::exec(
        db, QStringLiteral("DELETE FROM metrics_buckets WHERE resolution_s = ? AND bucket_start < ?"),
        {kCoarseResolutionS, nowMs - kCoarseRetentionMs});
    return removed + coarse.numRowsAffected();
}

} // namespace sb
