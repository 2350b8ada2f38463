#pragma once

#include <QHash>
#include <QString>
#include <utility>

namespace sb {

// Which profile an identity (kind, value) belongs to, remembered by the writer's connection from one
// event to the next: most events come from customers seen before, and looking their email and user id
// up in the identities index was a tenth of the writer's time.
//
// What a transaction learns stays tentative until the writer commits it and is dropped when any part
// of it rolls back, so the cache never holds a row that is not in the database. A merge moves
// identities between profiles and clears it; so does a commit by another connection (the writer
// checks SQLite's data_version when a transaction begins).
class IdentityCache {
public:
    // The profile, or 0 when the cache does not know the identity.
    qint64 find(const QString &kind, const QString &value) const;
    // Learned inside the current transaction.
    void note(const QString &kind, const QString &value, qint64 profileId);
    void committed();
    void rolledBack();
    void clear();

    qsizetype size() const { return m_known.size() + m_tentative.size(); }
    // Past this many identities the cache starts over (~100 bytes each).
    static constexpr qsizetype kMaxEntries = 200'000;

private:
    using Key = std::pair<QString, QString>;
    QHash<Key, qint64> m_known;
    QHash<Key, qint64> m_tentative;
};

} // namespace sb
