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

const IdentityCache::ProfileRow *IdentityCache::profile(qint64 profileId) const {
    if (const auto it = m_tentativeProfiles.constFind(profileId); it != m_tentativeProfiles.cend())
        return &it.value();
    if (const auto it = m_knownProfiles.constFind(profileId); it != m_knownProfiles.cend())
        return &it.value();
    return nullptr;
}

void IdentityCache::noteProfile(qint64 profileId, const ProfileRow &row) {
    if (profileId > 0)
        m_tentativeProfiles.insert(profileId, row);
}

const IdentityCache::TraitRow *IdentityCache::trait(qint64 profileId, qint64 sourceId,
                                                    const QString &name) const {
    const TraitKey key({profileId, sourceId}, name);
    if (const auto it = m_tentativeTraits.constFind(key); it != m_tentativeTraits.cend())
        return &it.value();
    if (const auto it = m_knownTraits.constFind(key); it != m_knownTraits.cend())
        return &it.value();
    return nullptr;
}

void IdentityCache::noteTrait(qint64 profileId, qint64 sourceId, const QString &name, const TraitRow &row) {
    if (profileId > 0)
        m_tentativeTraits.insert(TraitKey({profileId, sourceId}, name), row);
}

void IdentityCache::committed() {
    if (!m_tentative.isEmpty()) {
        if (m_known.size() + m_tentative.size() > kMaxEntries)
            m_known.clear();
        for (auto it = m_tentative.cbegin(); it != m_tentative.cend(); ++it)
            m_known.insert(it.key(), it.value());
        m_tentative.clear();
    }
    if (!m_tentativeProfiles.isEmpty()) {
        if (m_knownProfiles.size() + m_tentativeProfiles.size() > kMaxEntries)
            m_knownProfiles.clear();
        for (auto it = m_tentativeProfiles.cbegin(); it != m_tentativeProfiles.cend(); ++it)
            m_knownProfiles.insert(it.key(), it.value());
        m_tentativeProfiles.clear();
    }
    if (!m_tentativeTraits.isEmpty()) {
        if (m_knownTraits.size() + m_tentativeTraits.size() > kMaxEntries)
            m_knownTraits.clear();
        for (auto it = m_tentativeTraits.cbegin(); it != m_tentativeTraits.cend(); ++it)
            m_knownTraits.insert(it.key(), it.value());
        m_tentativeTraits.clear();
    }
}

void IdentityCache::rolledBack() {
    m_tentative.clear();
    // Which part of the transaction wrote a row is not known: what the cache knew of it may be stale.
    for (auto it = m_tentativeProfiles.cbegin(); it != m_tentativeProfiles.cend(); ++it)
        m_knownProfiles.remove(it.key());
    m_tentativeProfiles.clear();
    for (auto it = m_tentativeTraits.cbegin(); it != m_tentativeTraits.cend(); ++it)
        m_knownTraits.remove(it.key());
    m_tentativeTraits.clear();
}

void IdentityCache::clear() {
    m_known.clear();
    m_tentative.clear();
    m_knownProfiles.clear();
    m_tentativeProfiles.clear();
    m_knownTraits.clear();
    m_tentativeTraits.clear();
}

} // namespace sb
