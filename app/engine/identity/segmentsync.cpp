#include "segmentsync.h"

#include <QJsonArray>
#include <QSet>

#include "core/jsonutil.h"
#include "identityresolver.h"
#include "store/statementcache.h"

namespace sb {

namespace {
const QString kPrefix = QStringLiteral("shopline.segment.");
} // namespace

SegmentSync::SegmentSync(const QSqlDatabase &db, StatementCache &statements, IdentityResolver &resolver)
    : m_db(db)
    , m_sql(statements)
    , m_resolver(resolver) {}

bool SegmentSync::handles(const Event &event) {
    if (event.sourceKind != QLatin1String("shopline") || event.type != QLatin1String("track")
        || !event.name.startsWith(kPrefix))
        return false;
    // The daily refresh's own updates: the scheduler wrote their memberships already, and taking them
    // as the source's would move the segment's "last updated by the source" time.
    const QJsonObject switchboard = event.payload.value(QStringLiteral("context"))
                                        .toObject()
                                        .value(QStringLiteral("switchboard"))
                                        .toObject();
    return !switchboard.contains(QStringLiteral("scheduler"));
}

int SegmentSync::apply(const Event &event, qint64 nowMs) {
    const QJsonObject properties = event.properties();
    const bool deleted = event.name == kPrefix + QLatin1String("deleted");
    const qint64 segmentId = upsertSegment(event, properties, deleted);
    if (segmentId == 0)
        return 0;
    if (deleted)
        return replaceMembers(segmentId, {}, event.sourceId, nowMs);
    // An update without a member list changes the name or definition only.
    if (!properties.value(QStringLiteral("members")).isArray()) {
        bool found = false;
        return int(m_sql.scalarInt(m_db, "SELECT count(*) FROM segment_memberships WHERE segment_id = ?",
                                   &found, segmentId));
    }
    return replaceMembers(segmentId, properties.value(QStringLiteral("members")).toArray(), event.sourceId,
                          nowMs);
}

qint64 SegmentSync::upsertSegment(const Event &event, const QJsonObject &properties, bool deleted) {
    const QString externalId = json::idText(properties.value(QStringLiteral("segment_id"))).trimmed();
    if (externalId.isEmpty())
        return 0; // the catalog requires segment_id; nothing to keep without it
    const QString name = properties.value(QStringLiteral("segment_name")).toString().trimmed();
    const qint64 at = event.occurredAt.toMSecsSinceEpoch();
    bool exists = false;
    const qint64 id = m_sql.scalarInt(
        m_db, "SELECT id FROM segments WHERE source_id = ? AND external_id = ? ORDER BY id DESC LIMIT 1",
        &exists, event.sourceId, externalId);
    const QJsonValue definition = properties.value(QStringLiteral("definition"));
    const QByteArray definitionText =
        definition.isObject() ? json::compact(definition.toObject()) : QByteArray();
    if (!exists) {
        Statement &insert =
            m_sql.prepare(m_db, "INSERT INTO segments(source_id, external_id, name, definition, created_at, "
                                "updated_at, deleted_at) VALUES (?, ?, ?, coalesce(?, '{}'), ?, ?, ?)");
        insert.bind(1, event.sourceId).bind(2, externalId).bind(3, name.isEmpty() ? externalId : name);
        insert.bind(4, definitionText).bind(5, at).bind(6, at);
        if (deleted)
            insert.bind(7, at);
        insert.run();
        return insert.lastInsertId();
    }
    // A segment deleted and created again under the same id comes back to life.
    Statement &update = m_sql.prepare(
        m_db,
        "UPDATE segments SET name = coalesce(nullif(?, ''), name), definition = coalesce(?, definition), "
        "updated_at = max(updated_at, ?), deleted_at = ? WHERE id = ?");
    update.bind(1, name).bind(2, definitionText).bind(3, at);
    if (deleted)
        update.bind(4, at);
    update.bind(5, id);
    update.run();
    return id;
}

int SegmentSync::replaceMembers(qint64 segmentId, const QJsonArray &emails, qint64 sourceId, qint64 nowMs) {
    QSet<qint64> wanted;
    for (const QJsonValue &value : emails) {
        IdentityKeys keys;
        keys.email = value.toString();
        if (IdentityResolver::normalizeEmail(keys.email).isEmpty())
            continue; // not an address: SmartPush lists members by email
        const qint64 profileId = m_resolver.resolve(keys, sourceId, nowMs).profileId;
        if (profileId != 0)
            wanted.insert(profileId);
    }
    setMembers(m_db, m_sql, segmentId, wanted, nowMs);
    return int(wanted.size());
}

void SegmentSync::setMembers(const QSqlDatabase &db, StatementCache &sql, qint64 segmentId,
                             const QSet<qint64> &wanted, qint64 nowMs) {
    QSet<qint64> current;
    Statement &members =
        sql.query(db, "SELECT profile_id FROM segment_memberships WHERE segment_id = ?", segmentId);
    while (members.next())
        current.insert(members.int64(0));
    for (const qint64 gone : current - wanted)
        sql.exec(db, "DELETE FROM segment_memberships WHERE segment_id = ? AND profile_id = ?", segmentId,
                 gone);
    for (const qint64 added : wanted - current)
        sql.exec(db, "INSERT INTO segment_memberships(segment_id, profile_id, added_at) VALUES (?, ?, ?)",
                 segmentId, added, nowMs);
}

} // namespace sb
