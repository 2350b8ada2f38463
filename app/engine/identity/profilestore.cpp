#include "profilestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

#include "core/jsonutil.h"
#include "store/identitycache.h"
#include "store/statementcache.h"

namespace sb {

ProfileStore::ProfileStore(const QSqlDatabase &db, StatementCache &statements, IdentityCache *identities)
    : m_db(db)
    , m_sql(statements)
    , m_identities(identities) {}

QString ProfileStore::encode(const QJsonValue &value) {
    return QString::fromUtf8(json::valueText(value));
}

QJsonValue ProfileStore::decode(const QString &text) {
    return json::valueFromText(text.toUtf8());
}

qint64 ProfileStore::findByIdentity(const QString &kind, const QString &value) {
    if (m_identities)
        if (const qint64 known = m_identities->find(kind, value))
            return known;
    // The identity and its profile's merged_into in one statement: the common case (not merged) needs
    // no second look.
    Statement &q =
        m_sql.query(m_db,
                    "SELECT i.profile_id, coalesce(p.merged_into, 0) FROM identities i LEFT JOIN profiles p "
                    "ON p.id = i.profile_id WHERE i.kind = ? AND i.value = ?",
                    kind, value);
    qint64 id = 0;
    qint64 mergedInto = 0;
    if (q.next()) {
        id = q.int64(0);
        mergedInto = q.int64(1);
        q.reset();
    }
    if (id == 0 || mergedInto == 0) {
        if (m_identities)
            m_identities->note(kind, value, id);
        return id;
    }
    id = mergedInto;
    // Identities move with merges, but follow merged_into anyway (older rows, several hops).
    for (int hops = 1; id != 0 && hops < 16; ++hops) {
        bool found = false;
        const qint64 next =
            m_sql.scalarInt(m_db, "SELECT coalesce(merged_into, 0) FROM profiles WHERE id = ?", &found, id);
        if (!found || next == 0)
            break;
        id = next;
    }
    return id;
}

ProfileStore::Contact ProfileStore::Contact::updatedBy(const Contact &event) const {
    auto pick = [](const QString &now, const QString &before) {
        return now.isEmpty() ? before : now;
    };
    Contact after{pick(event.email, email), pick(event.phone, phone), pick(event.userId, userId),
                  pick(event.displayName, displayName), flags};
    after.flags = after.email.isEmpty() ? (flags | ProfileHasNoEmail) : (flags & ~int(ProfileHasNoEmail));
    return after;
}

namespace {
// NULL for an empty column, as the columns were always written.
QString orNull(const QString &text) {
    return text.isEmpty() ? QString() : text;
}
} // namespace

qint64 ProfileStore::create(const Contact &contact, qint64 nowMs) {
    const Contact row = Contact{}.updatedBy(contact);
    Statement &q = m_sql.prepare(m_db, "INSERT INTO profiles(email, phone, user_id, display_name, flags, "
                                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, orNull(row.email)).bind(2, orNull(row.phone)).bind(3, orNull(row.userId));
    q.bind(4, orNull(row.displayName)).bind(5, row.flags).bind(6, nowMs).bind(7, nowMs);
    q.run();
    const qint64 id = q.lastInsertId();
    remember(id, row, nowMs);
    return id;
}

bool ProfileStore::addIdentity(qint64 profileId, const Identity &identity, qint64 sourceId, qint64 nowMs) {
    if (identity.value.isEmpty())
        return false;
    Statement &q = m_sql.prepare(m_db, "INSERT OR IGNORE INTO identities(kind, value, profile_id, source_id, "
                                       "first_seen) VALUES (?, ?, ?, ?, ?)");
    q.bind(1, identity.kind).bind(2, identity.value).bind(3, profileId).bind(5, nowMs);
    if (sourceId > 0)
        q.bind(4, sourceId);
    q.run();
    if (q.changes() > 0) {
        if (m_identities)
            m_identities->note(identity.kind, identity.value, profileId);
        return true;
    }
    return findByIdentity(identity.kind, identity.value) == profileId;
}

void ProfileStore::setTraits(qint64 profileId, qint64 sourceId, const QJsonObject &traits, qint64 nowMs) {
    // An unchanged value is rewritten (its updated_at moved on) at most once a minute: a customer's
    // events come in bursts that repeat the same traits, and every rewrite dirties a page of its own.
    // Which source's value wins (the latest updated_at) is decided to the minute. A value the writer's
    // cache knows it wrote within the minute is not even offered to SQLite.
    constexpr qint64 kRewriteEveryMs = 60000;
    struct Write {
        QString name;
        QByteArray value;
    };
    QVarLengthArray<Write, 16> writes;
    for (auto it = traits.begin(); it != traits.end(); ++it) {
        QByteArray value = json::valueText(it.value());
        if (m_identities)
            if (const IdentityCache::TraitRow *known = m_identities->trait(profileId, sourceId, it.key());
                known && known->value == value && known->updatedAt >= nowMs - kRewriteEveryMs)
                continue;
        writes.append({it.key(), std::move(value)});
    }
    // Up to kRows traits per statement (one prepared statement per row count): an event's few traits
    // are one write. The rows it wrote come back, so the cache learns their updated_at exactly.
    constexpr qsizetype kRows = 16;
    auto statementFor = [](qsizetype rows) {
        std::string statement =
            "INSERT INTO profile_traits(profile_id, source_id, name, value, updated_at) VALUES ";
        for (qsizetype i = 0; i < rows; ++i)
            statement += i == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)";
        statement += " ON CONFLICT(profile_id, source_id, name) DO UPDATE "
                     "SET value = excluded.value, updated_at = excluded.updated_at "
                     "WHERE value IS NOT excluded.value OR updated_at < excluded.updated_at - 60000 "
                     "RETURNING name";
        return statement;
    };
    for (qsizetype from = 0; from < writes.size(); from += kRows) {
        const qsizetype rows = std::min(writes.size() - from, kRows);
        Statement &q = m_sql.prepare(m_db, statementFor(rows));
        for (qsizetype row = 0; row < rows; ++row) {
            const Write &w = writes[from + row];
            const int base = int(row) * 5;
            q.bind(base + 1, profileId).bind(base + 2, sourceId).bind(base + 3, w.name);
            q.bind(base + 4, w.value).bind(base + 5, nowMs);
        }
        while (q.next()) {
            if (!m_identities)
                continue;
            const QString name = q.text(0);
            for (qsizetype row = from; row < from + rows; ++row)
                if (writes[row].name == name)
                    m_identities->noteTrait(profileId, sourceId, name, {writes[row].value, nowMs});
        }
    }
}

QJsonValue ProfileStore::trait(qint64 profileId, qint64 sourceId, const QString &name) {
    Statement &q = m_sql.query(
        m_db, "SELECT value FROM profile_traits WHERE profile_id = ? AND source_id = ? AND name = ?",
        profileId, sourceId, name);
    if (!q.next())
        return QJsonValue(QJsonValue::Undefined);
    const bool null = q.isNull(0);
    const QString text = q.text(0);
    q.reset();
    if (null)
        return QJsonValue(QJsonValue::Undefined);
    return decode(text);
}

ProfileStore::Contact ProfileStore::contact(qint64 profileId) {
    if (m_identities)
        if (const IdentityCache::ProfileRow *known = m_identities->profile(profileId))
            return Contact{known->email, known->phone, known->userId, known->displayName, known->flags};
    Statement &q = m_sql.query(
        m_db, "SELECT email, phone, user_id, display_name, flags, updated_at FROM profiles WHERE id = ?",
        profileId);
    Contact c;
    if (!q.next())
        return c;
    c = Contact{q.text(0), q.text(1), q.text(2), q.text(3), int(q.int64(4))};
    const qint64 updatedAt = q.int64(5);
    q.reset();
    remember(profileId, c, updatedAt);
    return c;
}

void ProfileStore::updateContact(qint64 profileId, const Contact &before, const Contact &after,
                                 qint64 nowMs) {
    // Only activity is kept to the minute, for the same reason as unchanged traits (setTraits).
    constexpr qint64 kTouchEveryMs = 60000;
    if (after == before) {
        const IdentityCache::ProfileRow *known = m_identities ? m_identities->profile(profileId) : nullptr;
        if (known && known->updatedAt >= nowMs - kTouchEveryMs)
            return; // the statement below would change nothing
        m_sql.exec(m_db, "UPDATE profiles SET updated_at = ?1 WHERE id = ?2 AND updated_at < ?1 - 60000",
                   nowMs, profileId);
        if (known)
            remember(profileId, after, nowMs);
        return;
    }
    Statement &q =
        m_sql.prepare(m_db, "UPDATE profiles SET email = ?, phone = ?, user_id = ?, display_name = ?, "
                            "flags = ?, updated_at = ? WHERE id = ?");
    q.bind(1, orNull(after.email)).bind(2, orNull(after.phone)).bind(3, orNull(after.userId));
    q.bind(4, orNull(after.displayName)).bind(5, after.flags).bind(6, nowMs).bind(7, profileId);
    q.run();
    remember(profileId, after, nowMs);
}

void ProfileStore::remember(qint64 profileId, const Contact &contact, qint64 updatedAt) {
    if (m_identities)
        m_identities->noteProfile(profileId, {contact.email, contact.phone, contact.userId,
                                              contact.displayName, contact.flags, updatedAt});
}

QString ProfileStore::email(qint64 profileId) {
    Statement &q = m_sql.query(m_db, "SELECT email FROM profiles WHERE id = ?", profileId);
    if (!q.next())
        return {};
    const QString email = q.text(0);
    q.reset();
    return email;
}

void ProfileStore::merge(qint64 kept, qint64 merged, const QString &reason, qint64 nowMs) {
    if (kept == merged || kept == 0 || merged == 0)
        return;
    if (m_identities)
        m_identities->clear(); // the merged profile's identities move to the kept one
    m_sql.exec(m_db, "UPDATE identities SET profile_id = ? WHERE profile_id = ?", kept, merged);
    // Traits: the newer value of each (source, name) wins.
    m_sql.exec(m_db,
               "INSERT INTO profile_traits(profile_id, source_id, name, value, updated_at) "
               "SELECT ?, source_id, name, value, updated_at FROM profile_traits WHERE profile_id = ? "
               "AND true ON CONFLICT(profile_id, source_id, name) DO UPDATE SET value = excluded.value, "
               "updated_at = excluded.updated_at WHERE excluded.updated_at > profile_traits.updated_at",
               kept, merged);
    m_sql.exec(m_db, "DELETE FROM profile_traits WHERE profile_id = ?", merged);
    m_sql.exec(m_db, "UPDATE events SET profile_id = ? WHERE profile_id = ?", kept, merged);
    m_sql.exec(m_db, "UPDATE deliveries SET profile_id = ? WHERE profile_id = ?", kept, merged);
    m_sql.exec(m_db, "UPDATE scheduled_jobs SET profile_id = ? WHERE profile_id = ?", kept, merged);
    m_sql.exec(m_db,
               "INSERT OR IGNORE INTO segment_memberships(segment_id, profile_id, added_at) "
               "SELECT segment_id, ?, added_at FROM segment_memberships WHERE profile_id = ?",
               kept, merged);
    m_sql.exec(m_db, "DELETE FROM segment_memberships WHERE profile_id = ?", merged);
    m_sql.exec(m_db, "UPDATE profiles SET merged_into = ? WHERE merged_into = ?", kept, merged);
    // The kept profile fills its empty contact columns from the merged one.
    m_sql.exec(m_db,
               "UPDATE profiles SET email = coalesce(email, (SELECT email FROM profiles WHERE id = ?1)), "
               "phone = coalesce(phone, (SELECT phone FROM profiles WHERE id = ?1)), "
               "user_id = coalesce(user_id, (SELECT user_id FROM profiles WHERE id = ?1)), "
               "display_name = coalesce(display_name, (SELECT display_name FROM profiles WHERE id = ?1)), "
               "created_at = min(created_at, (SELECT created_at FROM profiles WHERE id = ?1)), "
               "updated_at = ?2 WHERE id = ?3",
               merged, nowMs, kept);
    m_sql.exec(m_db,
               "UPDATE profiles SET flags = CASE WHEN coalesce(email, '') = '' THEN flags | ?1 "
               "ELSE flags & ~?1 END WHERE id = ?2",
               int(ProfileHasNoEmail), kept);
    m_sql.exec(m_db, "UPDATE profiles SET merged_into = ?, flags = flags | ?, updated_at = ? WHERE id = ?",
               kept, int(ProfileMerged), nowMs, merged);
    m_sql.exec(m_db,
               "INSERT INTO profile_merges(kept_profile_id, merged_profile_id, reason, merged_at) "
               "VALUES (?, ?, ?, ?)",
               kept, merged, reason, nowMs);
}

Profile ProfileStore::fromRow(const Statement &row) {
    Profile profile;
    profile.id = row.int64(0);
    profile.email = row.text(1);
    profile.phone = row.text(2);
    profile.userId = row.text(3);
    profile.displayName = row.text(4);
    profile.flags = int(row.int64(5));
    profile.createdAt = QDateTime::fromMSecsSinceEpoch(row.int64(6), Qt::UTC);
    profile.updatedAt = QDateTime::fromMSecsSinceEpoch(row.int64(7), Qt::UTC);
    return profile;
}

Profile ProfileStore::load(qint64 profileId) {
    Profile profile;
    Statement &row = m_sql.query(m_db,
                                 "SELECT id, email, phone, user_id, display_name, flags, created_at, "
                                 "updated_at FROM profiles WHERE id = ?",
                                 profileId);
    if (!row.next())
        return profile;
    profile = fromRow(row);
    row.reset();
    Statement &ids = m_sql.query(m_db, "SELECT kind, value FROM identities WHERE profile_id = ?", profileId);
    while (ids.next())
        profile.identities.append({ids.text(0), ids.text(1)});
    Statement &traits = m_sql.query(
        m_db, "SELECT name, value FROM profile_traits WHERE profile_id = ? ORDER BY updated_at, source_id",
        profileId);
    while (traits.next())
        profile.traits.insert(traits.text(0), decode(traits.text(1)));
    return profile;
}

} // namespace sb
