#pragma once

#include <QList>
#include <QSqlDatabase>

namespace sb {

struct WriteContext;

// Counts to add to one destination's metrics buckets.
struct MetricsDelta {
    qint64 delivered = 0;
    qint64 failed = 0;  // attempts that failed (retryable or not)
    qint64 retried = 0; // deliveries scheduled for another attempt
    qint64 dead = 0;
    qint64 filtered = 0;       // no mapping / condition false / skipped (e.g. no email)
    QList<qint64> latenciesMs; // ingest -> delivered, one per delivered item

    bool isEmpty() const {
        return delivered == 0 && failed == 0 && retried == 0 && dead == 0 && filtered == 0
               && latenciesMs.isEmpty();
    }
};

// Writes metrics_buckets rows: 10 s buckets kept a day, 1 min buckets kept 30 days. Runs inside
// writer jobs (throws sql::Error), so metrics commit with the state change they describe.
class MetricsRecorder {
public:
    static constexpr int kFineResolutionS = 10;
    static constexpr int kCoarseResolutionS = 60;
    static constexpr qint64 kFineRetentionMs = 24LL * 3600 * 1000;
    static constexpr qint64 kCoarseRetentionMs = 30LL * 24 * 3600 * 1000;

    // Through the writer's prepared statements: every delivery result and filtered event records, and
    // parsing the upsert again each time cost as much as the delivered rows' own update.
    static void record(WriteContext &context, qint64 destinationId, qint64 nowMs, const MetricsDelta &delta);
    // Deletes buckets past their retention; returns the number of rows removed.
    static int prune(const QSqlDatabase &db, qint64 nowMs);
    static qint64 bucketStart(qint64 nowMs, int resolutionS);
};

} // namespace sb
