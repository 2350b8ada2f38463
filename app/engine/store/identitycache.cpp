#include "identitycache.h"

namespace sb {

qint64 IdentityCache::find(const QString &kind, const QString &value) const {
    const Key key(kind, value);
    if (const auto it = m_tentative.constFind(key); it != m_tentative.cend())
        return it.value();
    return m_known.value(key, 0);
}

void IdentityCache::note(const QString &kind, const QString &value, qint64 profileId) {
    if (profileId > 0)
        m_tentative.insert(Key(kind, value), profileId);
}

void IdentityCache::committed() {
    if (m_tentative.isEmpty())
        return;
    if (m_known.size() + m_tentative.size() > kMaxEntries)
        m_known.clear();
    for (auto it = m_tentative.cbegin(); it != m_tentative.cend(); ++it)
        m_known.insert(it.key(), it.value());
    m_tentative.clear();
}

void IdentityCache::rolledBack() {
    m_tentative.clear();
}

void IdentityCache::clear() {
    m_known.clear();
    m_tentative.clear();
}

} // namespace sb
