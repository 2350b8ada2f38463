#include "profilestore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "preparedstatements.h"

namespace sb {

ProfileStore::ProfileStore(const QSqlDatabase &db, PreparedStatements &statements)
    : m_db(db)
    , m_statements(statements) {}

namespace {
// Plain printable ASCII without quote or backslash encodes as itself in quotes (most trait values).
bool needsNoEscaping(const QString &text) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x7f || u == u'"' || u == u'\\')
            return false;
    }
    return true;
}
} // namespace

QString ProfileStore::encode(const QJsonValue &value) {
    if (value.isString() && needsNoEscaping(value.toString()))
        return u'"' + value.toString() + u'"';
    if (value.isString())
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QJsonValue ProfileStore::decode(const QString &text) {
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray('[' + text.toUtf8() + ']'));
    if (!doc.isArray() || doc.array().isEmpty())
        return QJsonValue(text);
    return doc.array().first();
}

qint64 ProfileStore::findByIdentity(const QString &kind, const QString &value) {
    // The identity and its profile's merged_into in one statement: the common case (not merged) needs
    // no second look.
    QSqlQuery &q = m_statements.exec(
        m_db,
        QStringLiteral(
            "SELECT i.profile_id, coalesce(p.merged_into, 0) FROM identities i LEFT JOIN profiles p "
            "ON p.id = i.profile_id WHERE i.kind = ? AND i.value = ?"),
        {kind, value});
    qint64 id = 0;
    qint64 mergedInto = 0;
    if (q.next()) {
        id = q.value(0).toLongLong();
        mergedInto = q.value(1).toLongLong();
    }
    q.finish();
    if (id == 0 || mergedInto == 0)
        return id;
    id = mergedInto;
    // Identities move with merges, but follow merged_into anyway (older rows, several hops).
    for (int hops = 1; id != 0 && hops < 16; ++hops) {
        const QVariant next =
            m_statements.scalar(m_db, QStringLiteral("SELECT merged_into FROM profiles WHERE id = ?"), {id});
        if (next.isNull() || next.toLongLong() == 0)
            break;
        id = next.toLongLong();
    }
    return id;
}

qint64 ProfileStore::create(qint64 nowMs) {
    QSqlQuery &q = m_statements.exec(
        m_db, QStringLiteral("INSERT INTO profiles(flags, created_at, updated_at) VALUES (?, ?, ?)"),
        {int(ProfileHasNoEmail), nowMs, nowMs});
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

bool ProfileStore::addIdentity(qint64 profileId, const Identity &identity, qint64 sourceId, qint64 nowMs) {
    if (identity.value.isEmpty())
        return false;
    m_statements.exec(
        m_db,
        QStringLiteral("INSERT OR IGNORE INTO identities(kind, value, profile_id, source_id, first_seen) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {identity.kind, identity.value, profileId, sourceId > 0 ? QVariant(sourceId) : QVariant(), nowMs});
    return findByIdentity(identity.kind, identity.value) == profileId;
}

void ProfileStore::setTraits(qint64 profileId, qint64 sourceId, const QJsonObject &traits, qint64 nowMs) {
    // Up to kRows traits per statement (one prepared statement per row count): an event's few traits
    // are one write.
    constexpr qsizetype kRows = 16;
    QVariantList binds;
    qsizetype rows = 0;
    auto flush = [&] {
        if (rows == 0)
            return;
        QString statement = QStringLiteral(
            "INSERT INTO profile_traits(profile_id, source_id, name, value, updated_at) VALUES ");
        for (qsizetype i = 0; i < rows; ++i)
            statement += i == 0 ? QStringLiteral("(?, ?, ?, ?, ?)") : QStringLiteral(", (?, ?, ?, ?, ?)");
        statement += QStringLiteral(" ON CONFLICT(profile_id, source_id, name) DO UPDATE "
                                    "SET value = excluded.value, updated_at = excluded.updated_at");
        m_statements.exec(m_db, statement, binds);
        binds.clear();
        rows = 0;
    };
    for (auto it = traits.begin(); it != traits.end(); ++it) {
        binds << profileId << sourceId << it.key() << encode(it.value()) << nowMs;
        if (++rows == kRows)
            flush();
    }
    flush();
}

QJsonValue ProfileStore::trait(qint64 profileId, qint64 sourceId, const QString &name) {
    const QVariant value = m_statements.scalar(
        m_db,
        QStringLiteral(
            "SELECT value FROM profile_traits WHERE profile_id = ? AND source_id = ? AND name = ?"),
        {profileId, sourceId, name});
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Undefined);
    return decode(value.toString());
}

void ProfileStore::updateContact(qint64 profileId, const QString &email, const QString &phone,
                                 const QString &userId, const QString &displayName, qint64 nowMs) {
    m_statements.exec(
        m_db,
        QStringLiteral("UPDATE profiles SET email = coalesce(nullif(?, ''), email), "
                       "phone = coalesce(nullif(?, ''), phone), user_id = coalesce(nullif(?, ''), user_id), "
                       "display_name = coalesce(nullif(?, ''), display_name), updated_at = ?, "
                       "flags = CASE WHEN coalesce(nullif(?, ''), email, '') = '' THEN flags | ? "
                       "ELSE flags & ~? END WHERE id = ?"),
        {email, phone, userId, displayName, nowMs, email, int(ProfileHasNoEmail), int(ProfileHasNoEmail),
         profileId});
}

QString ProfileStore::email(qint64 profileId) {
    return m_statements.scalar(m_db, QStringLiteral("SELECT email FROM profiles WHERE id = ?"), {profileId})
        .toString();
}

void ProfileStore::merge(qint64 kept, qint64 merged, const QString &reason, qint64 nowMs) {
    if (kept == merged || kept == 0 || merged == 0)
        return;
    const QVariantList both{kept, merged};
    m_statements.exec(m_db, QStringLiteral("UPDATE identities SET profile_id = ? WHERE profile_id = ?"),
                      both);
    // Traits: the newer value of each (source, name) wins.
    m_statements.exec(
        m_db,
        QStringLiteral(
            "INSERT INTO profile_traits(profile_id, source_id, name, value, updated_at) "
            "SELECT ?, source_id, name, value, updated_at FROM profile_traits WHERE profile_id = ? "
            "AND true ON CONFLICT(profile_id, source_id, name) DO UPDATE SET value = excluded.value, "
            "updated_at = excluded.updated_at WHERE excluded.updated_at > profile_traits.updated_at"),
        both);
    m_statements.exec(m_db, QStringLiteral("DELETE FROM profile_traits WHERE profile_id = ?"), {merged});
    m_statements.exec(m_db, QStringLiteral("UPDATE events SET profile_id = ? WHERE profile_id = ?"), both);
    m_statements.exec(m_db, QStringLiteral("UPDATE deliveries SET profile_id = ? WHERE profile_id = ?"),
                      both);
    m_statements.exec(m_db, QStringLiteral("UPDATE scheduled_jobs SET profile_id = ? WHERE profile_id = ?"),
                      both);
    m_statements.exec(
        m_db,
        QStringLiteral("INSERT OR IGNORE INTO segment_memberships(segment_id, profile_id, added_at) "
                       "SELECT segment_id, ?, added_at FROM segment_memberships WHERE profile_id = ?"),
        both);
    m_statements.exec(m_db, QStringLiteral("DELETE FROM segment_memberships WHERE profile_id = ?"), {merged});
    m_statements.exec(m_db, QStringLiteral("UPDATE profiles SET merged_into = ? WHERE merged_into = ?"),
                      both);
    // The kept profile fills its empty contact columns from the merged one.
    m_statements.exec(
        m_db,
        QStringLiteral(
            "UPDATE profiles SET email = coalesce(email, (SELECT email FROM profiles WHERE id = ?)), "
            "phone = coalesce(phone, (SELECT phone FROM profiles WHERE id = ?)), "
            "user_id = coalesce(user_id, (SELECT user_id FROM profiles WHERE id = ?)), "
            "display_name = coalesce(display_name, (SELECT display_name FROM profiles WHERE id = ?)), "
            "created_at = min(created_at, (SELECT created_at FROM profiles WHERE id = ?)), "
            "updated_at = ? WHERE id = ?"),
        {merged, merged, merged, merged, merged, nowMs, kept});
    m_statements.exec(
        m_db,
        QStringLiteral("UPDATE profiles SET flags = CASE WHEN coalesce(email, '') = '' THEN flags | ? "
                       "ELSE flags & ~? END WHERE id = ?"),
        {int(ProfileHasNoEmail), int(ProfileHasNoEmail), kept});
    m_statements.exec(
        m_db,
        QStringLiteral("UPDATE profiles SET merged_into = ?, flags = flags | ?, updated_at = ? WHERE id = ?"),
        {kept, int(ProfileMerged), nowMs, merged});
    m_statements.exec(
        m_db,
        QStringLiteral("INSERT INTO profile_merges(kept_profile_id, merged_profile_id, reason, merged_at) "
                       "VALUES (?, ?, ?, ?)"),
        {kept, merged, reason, nowMs});
}

Profile ProfileStore::load(qint64 profileId) {
    Profile profile;
    QSqlQuery &row =
        m_statements.exec(m_db,
                          QStringLiteral("SELECT id, email, phone, user_id, display_name, flags, created_at, "
                                         "updated_at FROM profiles WHERE id = ?"),
                          {profileId});
    if (!row.next()) {
        row.finish();
        return profile;
    }
    profile.id = row.value(0).toLongLong();
    profile.email = row.value(1).toString();
    profile.phone = row.value(2).toString();
    profile.userId = row.value(3).toString();
    profile.displayName = row.value(4).toString();
    profile.flags = row.value(5).toInt();
    profile.createdAt = QDateTime::fromMSecsSinceEpoch(row.value(6).toLongLong(), Qt::UTC);
    profile.updatedAt = QDateTime::fromMSecsSinceEpoch(row.value(7).toLongLong(), Qt::UTC);
    row.finish();
    QSqlQuery &ids = m_statements.exec(
        m_db, QStringLiteral("SELECT kind, value FROM identities WHERE profile_id = ?"), {profileId});
    while (ids.next())
        profile.identities.append({ids.value(0).toString(), ids.value(1).toString()});
    ids.finish();
    QSqlQuery &traits = m_statements.exec(
        m_db,
        QStringLiteral(
            "SELECT name, value FROM profile_traits WHERE profile_id = ? ORDER BY updated_at, source_id"),
        {profileId});
    while (traits.next())
        profile.traits.insert(traits.value(0).toString(), decode(traits.value(1).toString()));
    traits.finish();
    return profile;
}

} // namespace sb
