#include "simstats.h"

namespace sb {

void SimStats::countRequest(const QString &kind) {
    ++m_kinds[kind].requests;
}

void SimStats::countItems(const QString &kind, const QList<SimItem> &items) {
    Counters &c = m_kinds[kind];
    for (const SimItem &item : items) {
        if (!item.accepted) {
            ++c.rejected;
            continue;
        }
        ++c.accepted;
        if (item.key.isEmpty())
            continue;
        int &count = c.keyCounts[item.key];
        if (count > 0)
            ++c.duplicates;
        ++count;
    }
}

void SimStats::countRateLimited(const QString &kind) {
    ++m_kinds[kind].rateLimited;
}

void SimStats::countFault(const QString &kind) {
    ++m_kinds[kind].faults;
}

void SimStats::clear() {
    m_kinds.clear();
}

int SimStats::keyCount(const QString &kind, const QString &key) const {
    const auto it = m_kinds.constFind(kind);
    return it == m_kinds.cend() ? 0 : it->keyCounts.value(key);
}

QJsonObject SimStats::toJson(const QStringList &kinds, bool withKeys) const {
    QJsonObject out;
    for (const QString &kind : kinds) {
        const Counters c = m_kinds.value(kind);
        QJsonObject entry{{QStringLiteral("requests"), c.requests},
                          {QStringLiteral("accepted"), c.accepted},
                          {QStringLiteral("rejected"), c.rejected},
                          {QStringLiteral("duplicates"), c.duplicates},
                          {QStringLiteral("distinctKeys"), qint64(c.keyCounts.size())},
                          {QStringLiteral("rateLimited"), c.rateLimited},
                          {QStringLiteral("faults"), c.faults}};
        if (withKeys) {
            QJsonObject keys;
            for (auto it = c.keyCounts.cbegin(); it != c.keyCounts.cend(); ++it)
                keys.insert(it.key(), it.value());
            entry.insert(QStringLiteral("keys"), keys);
        }
        out.insert(kind, entry);
    }
    return out;
}

} // namespace sb
