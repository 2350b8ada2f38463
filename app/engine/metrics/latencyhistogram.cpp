#include "latencyhistogram.h"

#include <algorithm>
#include <cmath>

namespace sb {

const QList<qint64> &LatencyHistogram::bounds() {
    static const QList<qint64> b = {1,    2,    3,     5,     7,     10,     15,      20,      30,      50,
                                    75,   100,  150,   200,   300,   500,    750,     1000,    1500,    2000,
                                    3000, 5000, 10000, 30000, 60000, 300000, 1800000, 3600000, 14400000};
    return b;
}

LatencyHistogram::LatencyHistogram()
    : m_counts(bounds().size() + 1, 0) {}

LatencyHistogram LatencyHistogram::fromJson(const QJsonArray &counts) {
    LatencyHistogram h;
    for (qsizetype i = 0; i < counts.size() && i < h.m_counts.size(); ++i) {
        h.m_counts[i] = counts.at(i).toInteger();
        h.m_total += h.m_counts[i];
    }
    return h;
}

QJsonArray LatencyHistogram::toJson() const {
    // Trailing zero buckets are left out to keep rows small.
    qsizetype last = m_counts.size();
    while (last > 0 && m_counts.at(last - 1) == 0)
        --last;
    QJsonArray out;
    for (qsizetype i = 0; i < last; ++i)
        out.append(double(m_counts.at(i)));
    return out;
}

void LatencyHistogram::add(qint64 latencyMs, qint64 count) {
    const QList<qint64> &b = bounds();
    const auto it = std::lower_bound(b.begin(), b.end(), std::max<qint64>(0, latencyMs));
    m_counts[it - b.begin()] += count;
    m_total += count;
}

void LatencyHistogram::merge(const LatencyHistogram &other) {
    for (qsizetype i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts.at(i);
    m_total += other.m_total;
}

qint64 LatencyHistogram::percentile(double p) const {
    if (m_total == 0)
        return -1;
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(double(m_total) * p / 100.0)));
    qint64 seen = 0;
    for (qsizetype i = 0; i < m_counts.size(); ++i) {
        seen += m_counts.at(i);
        if (seen >= rank)
            return i < bounds().size() ? bounds().at(i) : bounds().constLast() * 2;
    }
    return bounds().constLast() * 2;
}

} // namespace sb
