#include "demogenerator.h"

#include <algorithm>

#include "demostories.h"

namespace sb {

quint64 DemoRandom::next() {
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int DemoRandom::range(int low, int high) {
    if (high <= low)
        return low;
    return low + int(next() % quint64(high - low + 1));
}

double DemoRandom::uniform() {
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

DemoGenerator::DemoGenerator(Options options)
    : m_options(std::move(options)) {
    m_end = m_options.end.isValid() ? m_options.end.toUTC() : QDateTime::currentDateTimeUtc();
    if (!m_options.end.isValid())
        m_end = QDateTime(m_end.date(), QTime(m_end.time().hour(), 0), Qt::UTC);
    m_customers.reserve(m_options.customers);
    for (int i = 0; i < m_options.customers; ++i)
        m_customers.append(demo::makeCustomer(i, m_options.seed, start(), m_end));
}

QStringList DemoGenerator::sourceKinds() {
    return {"smrt", "shopline", "ordergroove", "segmentify", "smile"};
}

QList<DemoMessage> DemoGenerator::history() const {
    QList<DemoMessage> out;
    QList<demo::ShoplineFigures> figures;
    figures.reserve(m_customers.size());
    for (const DemoCustomer &c : m_customers)
        figures << demo::customerHistory(c, m_options.seed, start(), m_end, out);
    demo::shoplineSegments(m_customers, figures, m_options.seed, start(), m_end, out);
    std::stable_sort(out.begin(), out.end(),
                     [](const DemoMessage &a, const DemoMessage &b) { return a.at < b.at; });
    return out;
}

DemoMessage DemoGenerator::liveMessage(DemoRandom &random, const QDateTime &at) const {
    const DemoCustomer &c = m_customers.at(random.range(0, int(m_customers.size()) - 1));
    return demo::liveEvent(c, m_options.seed, random, at);
}

} // namespace sb
