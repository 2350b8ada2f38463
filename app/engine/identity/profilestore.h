#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

#include "core/model.h"

namespace sb {

class StatementCache;

// Profile rows as identity resolution and ingest change them: inside a writer job, on the writer
// connection. Traits are stored per source in profile_traits (JSON values); Profile::traits merges them.
class ProfileStore {
public:
    ProfileStore(const QSqlDatabase &db, StatementCache &statements);

    // The profile an identity belongs to, following merges; 0 when unknown.
    qint64 findByIdentity(const QString &kind, const QString &value);
    qint64 create(qint64 nowMs);
    // Attaches an identity unless another profile already holds it; true when attached or already ours.
    bool addIdentity(qint64 profileId, const Identity &identity, qint64 sourceId, qint64 nowMs);
    void setTraits(qint64 profileId, qint64 sourceId, const QJsonObject &traits, qint64 nowMs);
    QJsonValue trait(qint64 profileId, qint64 sourceId, const QString &name);
    // Keeps profiles.email/phone/user_id/display_name current (empty arguments leave a column alone)
    // and the ProfileHasNoEmail flag true to the email column.
    void updateContact(qint64 profileId, const QString &email, const QString &phone, const QString &userId,
                       const QString &displayName, qint64 nowMs);
    QString email(qint64 profileId);
    // Moves everything of `merged` to `kept`, marks `merged` (merged_into, ProfileMerged) and records why.
    void merge(qint64 kept, qint64 merged, const QString &reason, qint64 nowMs);
    Profile load(qint64 profileId);

    // Trait values are stored as compact JSON text of the value.
    static QString encode(const QJsonValue &value);
    static QJsonValue decode(const QString &text);

private:
    QSqlDatabase m_db;
    StatementCache &m_sql;
};

} // namespace sb
