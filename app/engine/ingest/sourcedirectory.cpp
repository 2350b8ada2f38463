#include "sourcedirectory.h"

namespace sb {

SourceDirectory::SourceDirectory(Workspace *workspace)
    : m_workspace(workspace) {}

void SourceDirectory::reloadIfStale() {
    if (!m_loaded.isValid() || m_loaded.elapsed() > kMaxAgeMs)
        reload();
}

void SourceDirectory::reload() {
    m_loaded.start();
    m_sources = SourceStore(m_workspace).list();
    m_byKey.clear();
    for (qsizetype i = 0; i < m_sources.size(); ++i)
        if (!m_sources.at(i).writeKey.isEmpty())
            m_byKey.insert(m_sources.at(i).writeKey, i);
}

std::optional<SourceInfo> SourceDirectory::byWriteKey(const QString &writeKey) {
    if (writeKey.isEmpty())
        return std::nullopt;
    reloadIfStale();
    auto it = m_byKey.constFind(writeKey);
    if (it == m_byKey.cend()) {
        reload();
        it = m_byKey.constFind(writeKey);
        if (it == m_byKey.cend())
            return std::nullopt;
    }
    return m_sources.at(it.value());
}

std::optional<SourceInfo> SourceDirectory::byHookName(const QString &name) {
    reloadIfStale();
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (attempt == 1)
            reload();
        const SourceInfo *byKind = nullptr;
        int kindCount = 0;
        for (const SourceInfo &s : std::as_const(m_sources)) {
            if (s.name == name)
                return s;
            if (s.kind == name) {
                byKind = &s;
                ++kindCount;
            }
        }
        if (kindCount == 1)
            return *byKind;
    }
    return std::nullopt;
}

} // namespace sb
