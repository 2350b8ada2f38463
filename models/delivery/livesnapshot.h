#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sb {

class Workspace;

// The figures of one destination card on the live monitor.
struct DestinationFigures {
    qint64 id = 0;
    QString name;
    QString connector;
    bool paused = false;
    double deliveredPerSecond = 0; // over the last minute
    double successRate = -1;       // delivered / (delivered + failed attempts), last hour; -1: no traffic
    double p95LatencyMs = -1;      // last hour; -1: nothing delivered
    qint64 backlog = 0;            // pending, retrying, blocked, in flight
    qint64 retrying = 0;
    qint64 dead = 0;
    QString breaker; // closed, open, half_open
    qint64 breakerOpenUntil = 0;
    bool throttled = false; // the rate limiter runs below its base rate after 429s
    double currentRate = 0;
    double baseRate = 0;
    qint64 holdUntil = 0; // Retry-After received: nothing is sent before this
    QString holdReason;
    qint64 nextAttemptAt = 0;
};

// One point per metrics bucket of one destination.
struct ChartPoint {
    qint64 t = 0;
    double deliveredPerSecond = 0;
    double errors = 0;        // failed attempts in the bucket
    double p95LatencyMs = -1; // -1: nothing delivered in the bucket
};

enum class ChartRange { TenMinutes, OneHour, OneDay };

// What the live monitor shows at one moment: DeliveryStats::snapshot() read into card figures, and
// the metrics buckets of the chosen range. load() runs on a pool thread.
struct LiveSnapshot {
    qint64 nowMs = 0;
    QList<DestinationFigures> destinations;
    bool hasSeries = false;
    ChartRange range = ChartRange::TenMinutes;
    int resolutionS = 10;
    qint64 fromMs = 0;
    QHash<qint64, QList<ChartPoint>> series; // by destination id
    // Ingest's accept log: events answered and durable, not yet stored; requests that could not be.
    qint64 acceptedWaiting = 0;
    qint64 acceptFailedRows = 0;
    QString error;

    static LiveSnapshot load(Workspace *workspace, qint64 nowMs, bool withSeries, ChartRange range);
    static QList<DestinationFigures> figuresFrom(const QJsonObject &stats);
    // Overlays the in-process dispatcher's live state (Dispatcher::runtimeState()) on the figures read
    // from the store, which the engine publishes at most once a second.
    void applyRuntimeState(const QJsonObject &runtime);
    static qint64 rangeMs(ChartRange range);
    static int resolutionFor(ChartRange range);
};

} // namespace sb
