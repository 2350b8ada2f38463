#pragma once

#include <QJsonArray>
#include <QList>

namespace sb {

// A small fixed-bucket histogram of latencies in milliseconds, stored as a JSON array of counts in
// each metrics bucket so percentiles can be computed over any range by adding histograms.
class LatencyHistogram {
public:
    LatencyHistogram();
    static LatencyHistogram fromJson(const QJsonArray &counts);
    QJsonArray toJson() const;

    void add(qint64 latencyMs, qint64 count = 1);
    void merge(const LatencyHistogram &other);
    qint64 count() const { return m_total; }
    // Upper bound (ms) of the bucket holding the p-th percentile (p in (0, 100]); -1 when empty.
    qint64 percentile(double p) const;

    // Upper bounds of the buckets, ascending; the last bucket holds everything above the last bound.
    static const QList<qint64> &bounds();

private:
    QList<qint64> m_counts;
    qint64 m_total = 0;
};

} // namespace sb
