#include "livesnapshot.h"

#include <QDateTime>
#include <QJsonArray>

#include "ingest/acceptlog.h"
#include "metrics/metricsrecorder.h"
#include "metrics/stats.h"
#include "store/sql.h"
#include "store/workspace.h"

namespace sb {

namespace {

qint64 msFromIso(const QJsonValue &value) {
    const QString text = value.toString();
    if (text.isEmpty())
        return 0;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace

qint64 LiveSnapshot::rangeMs(ChartRange range) {
    switch (range) {
    case ChartRange::TenMinutes:
        return 10 * 60'000;
    case ChartRange::OneHour:
        return 3'600'000;
    case ChartRange::OneDay:
        return 86'400'000;
    }
    return 10 * 60'000;
}

int LiveSnapshot::resolutionFor(ChartRange range) {
    return range == ChartRange::TenMinutes ? MetricsRecorder::kFineResolutionS
                                           : MetricsRecorder::kCoarseResolutionS;
}

QList<DestinationFigures> LiveSnapshot::figuresFrom(const QJsonObject &stats) {
    QList<DestinationFigures> out;
    const QJsonArray destinations = stats.value(QStringLiteral("destinations")).toArray();
    for (const QJsonValue &v : destinations) {
        const QJsonObject d = v.toObject();
        DestinationFigures f;
        f.id = qint64(d.value(QStringLiteral("id")).toDouble());
        f.name = d.value(QStringLiteral("name")).toString();
        f.connector = d.value(QStringLiteral("connector")).toString();
        f.paused = d.value(QStringLiteral("paused")).toBool();
        const QJsonObject minute = d.value(QStringLiteral("lastMinute")).toObject();
        const QJsonObject hour = d.value(QStringLiteral("lastHour")).toObject();
        f.deliveredPerSecond = minute.value(QStringLiteral("delivered")).toDouble() / 60.0;
        const double delivered = hour.value(QStringLiteral("delivered")).toDouble();
        const double failed = hour.value(QStringLiteral("failed")).toDouble();
        if (delivered + failed > 0)
            f.successRate = delivered / (delivered + failed);
        const QJsonObject latency = hour.value(QStringLiteral("latencyMs")).toObject();
        if (latency.value(QStringLiteral("count")).toDouble() > 0)
            f.p95LatencyMs = latency.value(QStringLiteral("p95")).toDouble();
        f.backlog = qint64(d.value(QStringLiteral("backlog")).toDouble());
        const QJsonObject counts = d.value(QStringLiteral("counts")).toObject();
        f.retrying = qint64(counts.value(QStringLiteral("retrying")).toDouble());
        f.dead = qint64(counts.value(QStringLiteral("dead")).toDouble());
        f.breaker = d.value(QStringLiteral("breaker")).toString(QStringLiteral("closed"));
        f.breakerOpenUntil = msFromIso(d.value(QStringLiteral("breakerOpenUntil")));
        const QJsonObject rate = d.value(QStringLiteral("rateLimit")).toObject();
        f.throttled = rate.value(QStringLiteral("throttled")).toBool();
        f.currentRate = rate.value(QStringLiteral("currentRequestsPerSecond")).toDouble();
        f.baseRate = rate.value(QStringLiteral("baseRequestsPerSecond")).toDouble();
        f.holdUntil = msFromIso(d.value(QStringLiteral("holdUntil")));
        f.holdReason = d.value(QStringLiteral("holdReason")).toString();
        f.nextAttemptAt = msFromIso(d.value(QStringLiteral("nextAttemptAt")));
        out << f;
    }
    return out;
}

void LiveSnapshot::applyRuntimeState(const QJsonObject &runtime) {
    for (DestinationFigures &f : destinations) {
        const QJsonObject state = runtime.value(QString::number(f.id)).toObject();
        if (state.isEmpty())
            continue;
        const QString breaker = state.value(QStringLiteral("breaker")).toString();
        if (!breaker.isEmpty())
            f.breaker = breaker;
        const qint64 openUntil = qint64(state.value(QStringLiteral("breakerOpenUntil")).toDouble());
        f.breakerOpenUntil = openUntil > nowMs ? openUntil : 0;
        const qint64 hold = qint64(state.value(QStringLiteral("holdUntil")).toDouble());
        f.holdUntil = hold > nowMs ? hold : 0;
        f.holdReason = f.holdUntil ? state.value(QStringLiteral("holdReason")).toString() : QString();
        const QJsonObject rate = state.value(QStringLiteral("rateLimit")).toObject();
        if (!rate.isEmpty()) {
            f.throttled = rate.value(QStringLiteral("throttled")).toBool();
            f.currentRate = rate.value(QStringLiteral("currentRequestsPerSecond")).toDouble();
            f.baseRate = rate.value(QStringLiteral("baseRequestsPerSecond")).toDouble();
        }
    }
}

LiveSnapshot LiveSnapshot::load(Workspace *workspace, qint64 nowMs, bool withSeries, ChartRange range) {
    LiveSnapshot s;
    s.nowMs = nowMs;
    s.range = range;
    try {
        const QSqlDatabase db = workspace->reader();
        s.destinations =
            figuresFrom(DeliveryStats::snapshot(db, nowMs, DeliveryStats::StatusCounts::OpenAndDead));
        const AcceptLog::Backlog backlog = AcceptLog::backlog(db);
        s.acceptedWaiting = backlog.waitingEvents;
        s.acceptFailedRows = backlog.failedRows;
        if (!withSeries)
            return s;
        s.hasSeries = true;
        s.resolutionS = resolutionFor(range);
        s.fromMs = MetricsRecorder::bucketStart(nowMs - rangeMs(range), s.resolutionS);
        for (const DestinationFigures &f : std::as_const(s.destinations)) {
            QList<ChartPoint> points;
            const QJsonArray buckets = DeliveryStats::series(db, f.id, s.resolutionS, s.fromMs, nowMs);
            for (const QJsonValue &v : buckets) {
                const QJsonObject b = v.toObject();
                ChartPoint p;
                p.t = qint64(b.value(QStringLiteral("t")).toDouble());
                const double delivered = b.value(QStringLiteral("delivered")).toDouble();
                p.deliveredPerSecond = delivered / s.resolutionS;
                p.errors = b.value(QStringLiteral("failed")).toDouble();
                p.p95LatencyMs = delivered > 0 ? b.value(QStringLiteral("p95")).toDouble() : -1;
                points << p;
            }
            s.series.insert(f.id, points);
        }
    } catch (const sql::Error &e) {
        s.error = e.message();
    }
    return s;
}

} // namespace sb
