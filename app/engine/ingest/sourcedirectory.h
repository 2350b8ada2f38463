#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <optional>

#include "sourcestore.h"

namespace sb {

class Workspace;

// The ingest server's view of the sources: looked up by write key or webhook name, re-read from the
// workspace when a key is not known yet (a source added by `switchboard-ctl sources add` while the
// engine runs). Used on the server's thread only.
class SourceDirectory {
public:
    explicit SourceDirectory(Workspace *workspace);

    std::optional<SourceInfo> byWriteKey(const QString &writeKey);
    // /hooks/<name>: a source's name, or its kind when exactly one source has that kind.
    std::optional<SourceInfo> byHookName(const QString &name);
    void reload();

private:
    Workspace *m_workspace;
    QList<SourceInfo> m_sources;
    QHash<QString, qsizetype> m_byKey;
    QElapsedTimer
        m_loaded; // a cache age, not event time: re-read after kMaxAgeMs (disabled sources, new domains)
    static constexpr qint64 kMaxAgeMs = 3000;
    void reloadIfStale();
};

} // namespace sb
