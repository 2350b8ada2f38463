#pragma once

#include <QSet>
#include <QSqlDatabase>

#include "core/model.h"

namespace sb {

class IdentityResolver;
class StatementCache;

// SHOPLINE's customer segment groups as they arrive (shopline.segment.created / updated / deleted),
// kept in the segments and segment_memberships tables inside the event's write job: the segment row by
// (source, segment_id) with its name and, when the source sends one, its definition; the members (a
// list of emails) as profiles, found or created by email. A deleted segment keeps its row, marked
// deleted, without members. The daily 00:00 refresh (SegmentRefreshRule) works from these tables.
class SegmentSync {
public:
    SegmentSync(const QSqlDatabase &db, StatementCache &statements, IdentityResolver &resolver);

    // Whether the event is one of the segment events this class keeps.
    static bool handles(const Event &event);
    // Applies a stored segment event. Returns how many members the segment has afterwards.
    int apply(const Event &event, qint64 nowMs);
    // Makes the segment's members exactly `wanted` (the daily refresh uses it too), inside a write job.
    static void setMembers(const QSqlDatabase &db, StatementCache &sql, qint64 segmentId,
                           const QSet<qint64> &wanted, qint64 nowMs);

private:
    qint64 upsertSegment(const Event &event, const QJsonObject &properties, bool deleted);
    int replaceMembers(qint64 segmentId, const QJsonArray &emails, qint64 sourceId, qint64 nowMs);

    QSqlDatabase m_db;
    StatementCache &m_sql;
    IdentityResolver &m_resolver;
};

} // namespace sb
