#include "segmentrefreshrule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include "core/clock.h"
#include "core/jsonutil.h"
#include "identity/segmentsync.h"
#include "scheduledevent.h"
#include "schedulersettings.h"
#include "store/sql.h"

namespace sb {

namespace {

bool equal(const QJsonValue &a, const QJsonValue &b) {
    if (a.isString() && b.isString())
        return a.toString().compare(b.toString(), Qt::CaseInsensitive) == 0;
    if (a.isDouble() || b.isDouble()) {
        bool okA = a.isDouble();
        bool okB = b.isDouble();
        const double x = okA ? a.toDouble() : a.toString().toDouble(&okA);
        const double y = okB ? b.toDouble() : b.toString().toDouble(&okB);
        return okA && okB && x == y;
    }
    return a == b;
}

// -1, 0, 1; nullopt when not comparable. Numbers numerically, ISO dates as text.
std::optional<int> compare(const QJsonValue &a, const QJsonValue &b) {
    bool okA = a.isDouble();
    bool okB = b.isDouble();
    const double x = okA ? a.toDouble() : a.toString().toDouble(&okA);
    const double y = okB ? b.toDouble() : b.toString().toDouble(&okB);
    if (okA && okB)
        return x < y ? -1 : (x > y ? 1 : 0);
    if (a.isString() && b.isString())
        return a.toString().compare(b.toString());
    return std::nullopt;
}

bool test(const QJsonObject &rule, const QJsonObject &traits) {
    const QString op = rule.value(QStringLiteral("op")).toString();
    const QJsonValue actual = traits.value(rule.value(QStringLiteral("trait")).toString());
    const QJsonValue wanted = rule.value(QStringLiteral("value"));
    const bool present =
        !actual.isUndefined() && !actual.isNull() && !(actual.isString() && actual.toString().isEmpty());
    if (op == QLatin1String("exists"))
        return present;
    if (op == QLatin1String("not_exists"))
        return !present;
    if (!present)
        return op == QLatin1String("not_equals");
    if (op == QLatin1String("equals"))
        return equal(actual, wanted);
    if (op == QLatin1String("not_equals"))
        return !equal(actual, wanted);
    if (op == QLatin1String("contains")) {
        if (actual.isArray()) {
            for (const QJsonValue &v : actual.toArray())
                if (equal(v, wanted))
                    return true;
            return false;
        }
        return actual.toString().contains(wanted.toString(), Qt::CaseInsensitive);
    }
    const std::optional<int> c = compare(actual, wanted);
    if (!c)
        return false;
    if (op == QLatin1String("greater_than"))
        return *c > 0;
    if (op == QLatin1String("at_least"))
        return *c >= 0;
    if (op == QLatin1String("less_than"))
        return *c < 0;
    if (op == QLatin1String("at_most"))
        return *c <= 0;
    return false;
}

// Members of a segment, following merges (memberships move with them), in id order.
QList<qint64> storedMembers(const QSqlDatabase &db, qint64 segmentId) {
    QList<qint64> members;
    QSqlQuery q = sql::exec(db,
                            QStringLiteral("SELECT m.profile_id FROM segment_memberships m JOIN profiles p "
                                           "ON p.id = m.profile_id AND p.merged_into IS NULL "
                                           "WHERE m.segment_id = ? ORDER BY m.profile_id"),
                            {segmentId});
    while (q.next())
        members << q.value(0).toLongLong();
    return members;
}

} // namespace

bool SegmentRefreshRule::matches(const QJsonObject &definition, const QJsonObject &traits) {
    const QJsonArray rules = definition.value(QStringLiteral("rules")).toArray();
    if (rules.isEmpty())
        return false;
    const bool any = definition.value(QStringLiteral("match")).toString() == QLatin1String("any");
    for (const QJsonValue &r : rules) {
        const bool ok = test(r.toObject(), traits);
        if (any && ok)
            return true;
        if (!any && !ok)
            return false;
    }
    return !any;
}

bool SegmentRefreshRule::excluded(const QJsonObject &traits) {
    const QString status = traits.value(QStringLiteral("subscription_status")).toString().toLower();
    return status == QLatin1String("unsubscribed") || status == QLatin1String("blacklisted");
}

RuleOutput SegmentRefreshRule::run(const RuleRun &run) {
    RuleOutput out;
    const QTimeZone zone = run.settings->timeZone;
    // The day that just ended: segments the source updated during it are already current.
    const qint64 endedDayStart = QDateTime(run.day.addDays(-1), QTime(0, 0), zone).toMSecsSinceEpoch();
    for (const ScheduledSource &source : ScheduledEvents::sourcesOfKind(run.db, QStringLiteral("shopline"))) {
        QSqlQuery segments =
            sql::exec(run.db,
                      QStringLiteral("SELECT id, external_id, name, definition FROM segments "
                                     "WHERE source_id = ? AND deleted_at IS NULL "
                                     "AND updated_at < ? ORDER BY id"),
                      {source.id, endedDayStart});
        struct Segment {
            qint64 id;
            QString externalId;
            QString name;
            QJsonObject definition;
        };
        QList<Segment> list;
        while (segments.next()) {
            const QJsonObject definition =
                QJsonDocument::fromJson(segments.value(3).toString().toUtf8()).object();
            list.append({segments.value(0).toLongLong(), segments.value(1).toString(),
                         segments.value(2).toString(), definition});
        }
        if (list.isEmpty())
            continue;
        // The source's customers and their traits (one pass for all segments).
        QHash<qint64, QJsonObject> traits;
        QSqlQuery t =
            sql::exec(run.db,
                      QStringLiteral("SELECT t.profile_id, t.name, t.value FROM profile_traits t "
                                     "JOIN profiles p ON p.id = t.profile_id AND p.merged_into IS NULL "
                                     "WHERE t.source_id = ?"),
                      {source.id});
        while (t.next())
            traits[t.value(0).toLongLong()].insert(t.value(1).toString(),
                                                   json::valueFromText(t.value(2).toByteArray()));
        QList<qint64> ids = traits.keys();
        std::sort(ids.begin(), ids.end());
        const QHash<qint64, ProfileKeys> keys = ScheduledEvents::keysOf(run.db, ids);

        for (const Segment &segment : std::as_const(list)) {
            const bool byRules = !segment.definition.value(QStringLiteral("rules")).toArray().isEmpty();
            QList<qint64> members;
            QJsonArray emails;
            if (byRules) {
                for (qint64 profileId : std::as_const(ids)) {
                    const QJsonObject &own = traits[profileId];
                    if (excluded(own) || !matches(segment.definition, own))
                        continue;
                    members << profileId;
                    const QString email = keys.value(profileId).email;
                    if (!email.isEmpty())
                        emails.append(email);
                }
            } else {
                // Known only from the source's member lists: the stored members, with their current
                // contact details, are sent again (still without unsubscribed and blacklisted ones).
                const QList<qint64> stored = storedMembers(run.db, segment.id);
                if (stored.isEmpty())
                    continue;
                const QHash<qint64, ProfileKeys> memberKeys = ScheduledEvents::keysOf(run.db, stored);
                for (qint64 profileId : stored) {
                    if (excluded(traits.value(profileId)))
                        continue;
                    const QString email = memberKeys.value(profileId).email;
                    if (!email.isEmpty())
                        emails.append(email);
                }
                members = stored;
            }
            const QString segmentId =
                segment.externalId.isEmpty() ? QString::number(segment.id) : segment.externalId;
            const ProfileKeys store{0, {}, {}, {}, QStringLiteral("shopline-store")};
            out.events << ScheduledEvents::make(
                source, store, QStringLiteral("shopline.segment.updated"),
                ScheduledEvents::messageId(
                    id(), QStringLiteral("%1:%2").arg(segment.id).arg(run.day.toString(Qt::ISODate))),
                QJsonObject{{QStringLiteral("segment_id"), segmentId},
                            {QStringLiteral("segment_name"), segment.name},
                            {QStringLiteral("members"), emails}},
                run.dueAt, run.now, id(), run.day);
            const qint64 segmentRow = segment.id;
            const qint64 refreshedAt = run.dueAt.toMSecsSinceEpoch();
            if (!byRules) {
                out.writes << [segmentRow, refreshedAt](WriteContext &c) {
                    sql::exec(c.db, QStringLiteral("UPDATE segments SET last_refreshed_at = ? WHERE id = ?"),
                              {refreshedAt, segmentRow});
                    return QVariant();
                };
                continue;
            }
            out.writes << [segmentRow, members, refreshedAt](WriteContext &c) {
                SegmentSync::setMembers(c.db, *c.sqlite, segmentRow,
                                        QSet<qint64>(members.begin(), members.end()), c.clock->nowMs());
                sql::exec(c.db, QStringLiteral("UPDATE segments SET last_refreshed_at = ? WHERE id = ?"),
                          {refreshedAt, segmentRow});
                return QVariant();
            };
        }
    }
    return out;
}

} // namespace sb
