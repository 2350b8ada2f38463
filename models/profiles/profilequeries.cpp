#include "profilequeries.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

#include "store/sql.h"

namespace sb {

namespace {

// Upper bound of a prefix range: every string starting with the prefix sorts below prefix + U+10FFFF.
QString prefixEnd(const QString &prefix) {
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

const char *const kProfileColumns =
    "id, coalesce(display_name, ''), coalesce(email, ''), coalesce(phone, ''), "
    "coalesce(user_id, ''), flags, coalesce(merged_into, 0)";

ProfileRow readProfile(const QSqlQuery &q) {
    ProfileRow row;
    row.id = q.value(0).toLongLong();
    row.displayName = q.value(1).toString();
    row.email = q.value(2).toString();
    row.phone = q.value(3).toString();
    row.userId = q.value(4).toString();
    row.flags = q.value(5).toInt();
    row.mergedInto = q.value(6).toLongLong();
    return row;
}

// A typed phone number as the E.164 prefixes it may start: "+44 20" -> "+4420"; "415 601" -> "+415601"
// and, for national US numbers, "+1415601". Empty when the text is not phone-like.
QStringList phonePrefixes(const QString &text) {
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (!(c == u'+' || c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'.'))
            return {};
    }
    if (digits.size() < 3)
        return {};
    if (text.startsWith(u'+'))
        return {u'+' + digits};
    return {u'+' + digits, QStringLiteral("+1") + digits};
}

} // namespace

QList<ProfileRow> ProfileQueries::browse(const QSqlDatabase &db, qint64 beforeId, int limit) {
    QSqlQuery q = sql::exec(db,
                            QStringLiteral("SELECT ") + QLatin1String(kProfileColumns)
                                + QStringLiteral(" FROM profiles WHERE id < ? AND merged_into IS NULL "
                                                 "ORDER BY id DESC LIMIT ?"),
                            {beforeId, limit});
    QList<ProfileRow> rows;
    while (q.next())
        rows.append(readProfile(q));
    return rows;
}

QList<ProfileRow> ProfileQueries::search(const QSqlDatabase &db, const QString &rawText, int limit) {
    const QString text = rawText.trimmed();
    if (text.isEmpty())
        return browse(db, std::numeric_limits<qint64>::max(), limit);

    QList<ProfileRow> rows;
    QSet<qint64> seen;
    const QString select =
        QStringLiteral("SELECT ") + QLatin1String(kProfileColumns) + QStringLiteral(" FROM profiles ");
    auto collect = [&](const QString &where, const QVariantList &binds) {
        if (rows.size() >= limit)
            return;
        QVariantList all = binds;
        all << limit;
        QSqlQuery q = sql::exec(db, select + where + QStringLiteral(" LIMIT ?"), all);
        while (q.next() && rows.size() < limit) {
            ProfileRow row = readProfile(q);
            if (!seen.contains(row.id)) {
                seen.insert(row.id);
                rows.append(row);
            }
        }
    };

    // Each branch is one range over an index (the name index is NOCASE, so the range uses NOCASE too).
    // Profiles merged into another are left out, except when asked for by id: the kept one has them.
    QString idText = text;
    if (idText.startsWith(u'#'))
        idText.remove(0, 1);
    bool isId = false;
    const qint64 id = idText.toLongLong(&isId);
    if (isId && id > 0)
        collect(QStringLiteral("WHERE id = ?"), {id});
    if (!text.contains(u' ')) {
        const QString email = text.toLower();
        collect(QStringLiteral("WHERE merged_into IS NULL AND email >= ? AND email < ? ORDER BY email"),
                {email, prefixEnd(email)});
    }
    collect(QStringLiteral("WHERE merged_into IS NULL AND display_name >= ? COLLATE NOCASE AND display_name "
                           "< ? COLLATE NOCASE "
                           "ORDER BY display_name COLLATE NOCASE"),
            {text, prefixEnd(text)});
    for (const QString &phone : phonePrefixes(text))
        collect(QStringLiteral("WHERE merged_into IS NULL AND phone >= ? AND phone < ? ORDER BY phone"),
                {phone, prefixEnd(phone)});
    collect(QStringLiteral("WHERE merged_into IS NULL AND user_id >= ? AND user_id < ? ORDER BY user_id"),
            {text, prefixEnd(text)});
    return rows;
}

ProfileDetail ProfileQueries::detail(const QSqlDatabase &db, qint64 profileId) {
    ProfileDetail detail;
    QSqlQuery p = sql::exec(db,
                            QStringLiteral("SELECT ") + QLatin1String(kProfileColumns)
                                + QStringLiteral(", created_at, updated_at FROM profiles WHERE id = ?"),
                            {profileId});
    if (!p.next())
        return detail;
    detail.found = true;
    detail.profile = readProfile(p);
    detail.createdAt = p.value(7).toLongLong();
    detail.updatedAt = p.value(8).toLongLong();

    QSqlQuery t =
        sql::exec(db,
                  QStringLiteral("SELECT t.source_id, coalesce(s.name, ''), t.name, coalesce(t.value, ''), "
                                 "t.updated_at FROM profile_traits t LEFT JOIN sources s ON s.id = "
                                 "t.source_id WHERE t.profile_id = ? ORDER BY t.source_id, t.name"),
                  {profileId});
    while (t.next())
        detail.traits.append({t.value(0).toLongLong(), t.value(1).toString(), t.value(2).toString(),
                              t.value(3).toString(), t.value(4).toLongLong()});

    QSqlQuery i = sql::exec(db,
                            QStringLiteral("SELECT i.kind, i.value, coalesce(s.name, ''), i.first_seen "
                                           "FROM identities i LEFT JOIN sources s ON s.id = i.source_id "
                                           "WHERE i.profile_id = ? ORDER BY i.kind, i.value"),
                            {profileId});
    while (i.next())
        detail.identities.append(
            {i.value(0).toString(), i.value(1).toString(), i.value(2).toString(), i.value(3).toLongLong()});

    QSqlQuery m = sql::exec(
        db,
        QStringLiteral("SELECT merged_profile_id FROM profile_merges WHERE kept_profile_id = ? ORDER BY id"),
        {profileId});
    while (m.next())
        detail.mergedFrom.append(m.value(0).toLongLong());

    QSqlQuery g = sql::exec(db,
                            QStringLiteral("SELECT s.name FROM segment_memberships m JOIN segments s ON "
                                           "s.id = m.segment_id AND s.deleted_at IS NULL "
                                           "WHERE m.profile_id = ? ORDER BY s.name"),
                            {profileId});
    while (g.next())
        detail.segments.append(g.value(0).toString());
    return detail;
}

TimelinePage ProfileQueries::timeline(const QSqlDatabase &db, qint64 profileId, const TimelineFilter &filter,
                                      const TimelineCursor &from, int limit) {
    TimelinePage page;
    page.next = from;
    if (!filter.events)
        page.next.eventsDone = true;
    if (!filter.deliveries)
        page.next.deliveriesDone = true;

    // The source and type filters narrow events directly, and deliveries through their event.
    QString eventWhere;
    QVariantList eventBinds;
    if (filter.sourceId != 0) {
        eventWhere += QStringLiteral(" AND e.source_id = ?");
        eventBinds << filter.sourceId;
    }
    if (!filter.eventType.isEmpty()) {
        eventWhere += QStringLiteral(" AND e.type = ?");
        eventBinds << filter.eventType;
    }

    QList<TimelineEntry> events;
    if (!page.next.eventsDone) {
        QVariantList binds{profileId, from.eventAt, from.eventId};
        binds << eventBinds << limit;
        QSqlQuery q = sql::exec(
            db,
            QStringLiteral("SELECT e.id, e.occurred_at, e.type, coalesce(e.name, ''), coalesce(s.name, ''), "
                           "e.message_id FROM events e LEFT JOIN sources s ON s.id = e.source_id "
                           "WHERE e.profile_id = ? AND (e.occurred_at, e.id) < (?, ?)")
                + eventWhere + QStringLiteral(" ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?"),
            binds);
        while (q.next()) {
            TimelineEntry e;
            e.kind = TimelineEntry::Event;
            e.id = q.value(0).toLongLong();
            e.eventId = e.id;
            e.at = q.value(1).toLongLong();
            e.type = q.value(2).toString();
            e.name = q.value(3).toString();
            e.source = q.value(4).toString();
            e.detail = q.value(5).toString();
            events.append(e);
        }
    }

    QList<TimelineEntry> deliveries;
    if (!page.next.deliveriesDone) {
        QVariantList binds{profileId, from.deliveryId};
        QString where;
        if (!eventWhere.isEmpty()) {
            where = QStringLiteral(" AND EXISTS (SELECT 1 FROM events e WHERE e.id = d.event_id") + eventWhere
                    + u')';
            binds << eventBinds;
        }
        binds << limit;
        QSqlQuery q =
            sql::exec(db,
                      QStringLiteral("SELECT d.id, d.created_at, d.event_id, coalesce(dest.connector, ''), "
                                     "coalesce(dest.name, ''), coalesce(m.name, ''), d.status, d.attempts, "
                                     "coalesce(d.last_error, '') FROM deliveries d "
                                     "LEFT JOIN destinations dest ON dest.id = d.destination_id "
                                     "LEFT JOIN mappings m ON m.id = d.mapping_id "
                                     "WHERE d.profile_id = ? AND d.id < ?")
                          + where + QStringLiteral(" ORDER BY d.id DESC LIMIT ?"),
                      binds);
        while (q.next()) {
            TimelineEntry d;
            d.kind = TimelineEntry::Delivery;
            d.id = q.value(0).toLongLong();
            d.at = q.value(1).toLongLong();
            d.eventId = q.value(2).toLongLong();
            d.type = q.value(3).toString();
            d.name = q.value(4).toString();
            d.source = q.value(5).toString();
            d.status = q.value(6).toString();
            const int attempts = q.value(7).toInt();
            const QString error = q.value(8).toString();
            d.detail = QStringLiteral("%1 attempt(s)").arg(attempts)
                       + (error.isEmpty() ? QString() : QStringLiteral("; ") + error);
            deliveries.append(d);
        }
    }

    // Merge both newest-first lists; a table is done when it returned less than asked and all of it
    // was taken. Rows fetched but not taken are read again by the next page.
    int ei = 0;
    int di = 0;
    while (page.entries.size() < limit && (ei < events.size() || di < deliveries.size())) {
        bool takeDelivery = ei >= events.size();
        if (!takeDelivery && di < deliveries.size()) {
            const TimelineEntry &e = events.at(ei);
            const TimelineEntry &d = deliveries.at(di);
            takeDelivery = d.at > e.at || (d.at == e.at && d.id > e.id);
        }
        if (takeDelivery) {
            const TimelineEntry &d = deliveries.at(di++);
            page.next.deliveryId = d.id;
            page.entries.append(d);
        } else {
            const TimelineEntry &e = events.at(ei++);
            page.next.eventAt = e.at;
            page.next.eventId = e.id;
            page.entries.append(e);
        }
    }
    if (!page.next.eventsDone && events.size() < limit && ei == events.size())
        page.next.eventsDone = true;
    if (!page.next.deliveriesDone && deliveries.size() < limit && di == deliveries.size())
        page.next.deliveriesDone = true;
    return page;
}

} // namespace sb
