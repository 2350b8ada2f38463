#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

namespace sb {

// Read side of the delivery metrics, for the live monitor and 'switchboard-ctl stats --json'.
class DeliveryStats {
public:
    // {"generatedAt", "destinations": [{id, name, connector, paused, counts{status: n}, backlog,
    //  oldestBacklogAgeMs, nextAttemptAt, lastMinute{delivered, failed, retried, dead, filtered,
    //  latencyMs{p50,p95,p99,avg,count}}, lastHour{...}, lastDay{...}, breaker, breakerOpenUntil,
    //  rateLimit{...}, holdUntil, holdReason}], "totals": {...}}
    // Which statuses `counts` covers. Counting delivered (and skipped, discarded) rows walks an index
    // entry for each of them, which grows with every delivery ever made: the live monitor, refreshing
    // every second, counts only the open statuses and dead letters (a seek each through
    // deliveries_due); `switchboard-ctl stats` counts all.
    enum class StatusCounts { All, OpenAndDead };
    static QJsonObject snapshot(const QSqlDatabase &reader, qint64 nowMs,
                                StatusCounts statusCounts = StatusCounts::All);
    // Buckets of one destination for charting: [{t, delivered, failed, retried, dead, filtered,
    // p50, p95, p99}] with resolution 10 or 60 seconds.
    static QJsonArray series(const QSqlDatabase &reader, qint64 destinationId, int resolutionS, qint64 fromMs,
                             qint64 toMs);
};

} // namespace sb
