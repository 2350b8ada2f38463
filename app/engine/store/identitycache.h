#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <utility>

namespace sb {

// Which profile an identity (kind, value) belongs to, remembered by the writer's connection from one
// event to the next: most events come from customers seen before, and looking their email and user id
// up in the identities index was a tenth of the writer's time.
//
// It also remembers each profile's contact columns and updated_at as last read or written (ProfileRow),
// and the traits it wrote (TraitRow): an event of a known customer then needs no read of its profile
// row, and no write either when nothing changed and the row was touched within the minute.
//
// What a transaction learns stays tentative until the writer commits it and is dropped when any part
// of it rolls back, so the cache never holds a row that is not in the database (a profile row learned
// in a transaction that partly rolls back is forgotten altogether: the part that commits may have
// changed it). A merge moves identities between profiles and clears it; so does a commit by another
// connection (the writer checks SQLite's data_version when a transaction begins).
class IdentityCache {
public:
    struct ProfileRow {
        QString email;
        QString phone;
        QString userId;
        QString displayName;
        int flags = 0;
        qint64 updatedAt = 0;
    };
    struct TraitRow {
        QByteArray value; // as stored (JSON text)
        qint64 updatedAt = 0;
    };

    // The profile, or 0 when the cache does not know the identity.
    qint64 find(const QString &kind, const QString &value) const;
    // Learned inside the current transaction.
    void note(const QString &kind, const QString &value, qint64 profileId);
    // The profile row as this connection last saw it, or null.
    const ProfileRow *profile(qint64 profileId) const;
    // Read or written inside the current transaction.
    void noteProfile(qint64 profileId, const ProfileRow &row);
    // A trait row (profile, source, name) as this connection last wrote it, or null.
    const TraitRow *trait(qint64 profileId, qint64 sourceId, const QString &name) const;
    void noteTrait(qint64 profileId, qint64 sourceId, const QString &name, const TraitRow &row);
    void committed();
    void rolledBack();
    void clear();

    qsizetype size() const { return m_identities.size(); }
    qsizetype profileCount() const { return m_profiles.size(); }
    // Past this many identities the cache starts over (~100 bytes each).
    static constexpr qsizetype kMaxEntries = 200'000;

private:
    // What a transaction learned of one kind of row, kept once it commits. `forgetTouched`: a rollback
    // also forgets committed entries the transaction touched (rows it may have changed in a part that
    // commits); identities never change owner without a merge, so theirs stay.
    template<typename Key, typename Value, bool forgetTouched> class Memo {
    public:
        const Value *find(const Key &key) const {
            if (const auto it = m_tentative.constFind(key); it != m_tentative.cend())
                return &it.value();
            if (const auto it = m_known.constFind(key); it != m_known.cend())
                return &it.value();
            return nullptr;
        }
        void note(const Key &key, const Value &value) { m_tentative.insert(key, value); }
        void committed() {
            if (m_tentative.isEmpty())
                return;
            if (m_known.size() + m_tentative.size() > kMaxEntries)
                m_known.clear();
            for (auto it = m_tentative.cbegin(); it != m_tentative.cend(); ++it)
                m_known.insert(it.key(), it.value());
            m_tentative.clear();
        }
        void rolledBack() {
            if constexpr (forgetTouched)
                for (auto it = m_tentative.cbegin(); it != m_tentative.cend(); ++it)
                    m_known.remove(it.key());
            m_tentative.clear();
        }
        void clear() {
            m_known.clear();
            m_tentative.clear();
        }
        qsizetype size() const { return m_known.size() + m_tentative.size(); }

    private:
        QHash<Key, Value> m_known;
        QHash<Key, Value> m_tentative;
    };

    Memo<std::pair<QString, QString>, qint64, false> m_identities;
    Memo<qint64, ProfileRow, true> m_profiles;
    Memo<std::pair<std::pair<qint64, qint64>, QString>, TraitRow, true> m_traits;
};

} // namespace sb
