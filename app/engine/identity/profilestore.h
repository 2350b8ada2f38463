#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

#include "core/model.h"

namespace sb {

class IdentityCache;
class Statement;
class StatementCache;

// Profile rows as identity resolution and ingest change them: inside a writer job, on the writer
// connection. Traits are stored per source in profile_traits (JSON values); Profile::traits merges them.
class ProfileStore {
public:
    // `identities`, when given, remembers identity lookups between jobs (the writer's IdentityCache).
    ProfileStore(const QSqlDatabase &db, StatementCache &statements, IdentityCache *identities = nullptr);

    // The profile an identity belongs to, following merges; 0 when unknown.
    qint64 findByIdentity(const QString &kind, const QString &value);
    // The contact columns of a profile row, as identity resolution keeps them.
    struct Contact {
        QString email;
        QString phone;
        QString userId;
        QString displayName;
        int flags = 0;

        // This contact after an event's values (empty ones leave a column alone), with
        // ProfileHasNoEmail true to the email.
        Contact updatedBy(const Contact &event) const;
        bool operator==(const Contact &) const = default;
    };
    // A new profile with its contact columns.
    qint64 create(const Contact &contact, qint64 nowMs);
    // Attaches an identity unless another profile already holds it; true when attached or already ours.
    bool addIdentity(qint64 profileId, const Identity &identity, qint64 sourceId, qint64 nowMs);
    // Upserts per (profile, source, name); an unchanged value is rewritten at most once a minute.
    void setTraits(qint64 profileId, qint64 sourceId, const QJsonObject &traits, qint64 nowMs);
    QJsonValue trait(qint64 profileId, qint64 sourceId, const QString &name);
    Contact contact(qint64 profileId);
    // Writes the contact columns when they differ from `before` (SQLite rewrites every index of a
    // column named in an UPDATE, changed or not), and updated_at (to the minute when nothing changed).
    void updateContact(qint64 profileId, const Contact &before, const Contact &after, qint64 nowMs);
    QString email(qint64 profileId);
    // Moves everything of `merged` to `kept`, marks `merged` (merged_into, ProfileMerged) and records why.
    void merge(qint64 kept, qint64 merged, const QString &reason, qint64 nowMs);
    Profile load(qint64 profileId);
    // A profiles row's columns, in the order StoredEvents::kProfileColumns names them (id, email, phone,
    // user_id, display_name, flags, created_at, updated_at); traits and identities are not read.
    static Profile fromRow(const Statement &row);

    // Trait values are stored as compact JSON text of the value.
    static QString encode(const QJsonValue &value);
    static QJsonValue decode(const QString &text);

private:
    QSqlDatabase m_db;
    StatementCache &m_sql;
    // Tells the cache the profile row's contact columns and updated_at.
    void remember(qint64 profileId, const Contact &contact, qint64 updatedAt);

    IdentityCache *m_identities;
};

} // namespace sb
