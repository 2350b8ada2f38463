#include "simstats.h"

#include <optional>

namespace sb {

namespace {

// The key as a UUID when it is one in the form QUuid prints (lower-case hex, hyphens, no braces), so
// that it prints back as it arrived.
std::optional<QUuid> asUuid(const QString &key) {
    if (key.size() != 36)
        return std::nullopt;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = key.at(i).unicode();
        const bool hyphen = i == 8 || i == 13 || i == 18 || i == 23;
        if (hyphen ? c != u'-' : !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return std::nullopt;
    }
    return QUuid::fromString(key);
}

} // namespace

int KeyCounts::add(const QString &key) {
    if (const std::optional<QUuid> uuid = asUuid(key))
        return m_uuids[*uuid]++;
    return m_texts[key]++;
}

int KeyCounts::value(const QString &key) const {
    if (const std::optional<QUuid> uuid = asUuid(key))
        return m_uuids.value(*uuid);
    return m_texts.value(key);
}

QJsonObject KeyCounts::toJson() const {
    QJsonObject out;
    for (auto it = m_uuids.cbegin(); it != m_uuids.cend(); ++it)
        out.insert(it.key().toString(QUuid::WithoutBraces), it.value());
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

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
        if (c.keyCounts.add(item.key) > 0)
            ++c.duplicates;
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
        if (withKeys)
            entry.insert(QStringLiteral("keys"), c.keyCounts.toJson());
        out.insert(kind, entry);
    }
    return out;
}

} // namespace sb
