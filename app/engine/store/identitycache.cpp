#include "identitycache.h"

namespace sb {

qint64 IdentityCache::find(const QString &kind, const QString &value) const {
    const qint64 *profileId = m_identities.find({kind, value});
    return profileId ? *profileId : 0;
}

void IdentityCache::note(const QString &kind, const QString &value, qint64 profileId) {
    if (profileId > 0)
        m_identities.note({kind, value}, profileId);
}

const IdentityCache::ProfileRow *IdentityCache::profile(qint64 profileId) const {
    return m_profiles.find(profileId);
}

void IdentityCache::noteProfile(qint64 profileId, const ProfileRow &row) {
    if (profileId > 0)
        m_profiles.note(profileId, row);
}

const IdentityCache::TraitRow *IdentityCache::trait(qint64 profileId, qint64 sourceId,
                                                    const QString &name) const {
    return m_traits.find({{profileId, sourceId}, name});
}

void IdentityCache::noteTrait(qint64 profileId, qint64 sourceId, const QString &name, const TraitRow &row) {
    if (profileId > 0)
        m_traits.note({{profileId, sourceId}, name}, row);
}

void IdentityCache::committed() {
    m_identities.committed();
    m_profiles.committed();
    m_traits.committed();
}

void IdentityCache::rolledBack() {
    m_identities.rolledBack();
    m_profiles.rolledBack();
    m_traits.rolledBack();
}

void IdentityCache::clear() {
    m_identities.clear();
    m_profiles.clear();
    m_traits.clear();
}

} // namespace sb
