#include "customerlostrule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include "scheduledevent.h"
#include "schedulersettings.h"
#include "store/sql.h"

namespace sb {

namespace {

qint64 parseInstant(const QString &storedTrait) {
    // Stored as a JSON string: "\"2023-11-20T09:30:00Z\"".
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray('[' + storedTrait.toUtf8() + ']'));
    const QString text =
        doc.isArray() && !doc.array().isEmpty() ? doc.array().first().toString() : storedTrait;
    const QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace

RuleOutput CustomerLostRule::run(const RuleRun &run) {
    RuleOutput out;
    const qint64 threshold = qint64(run.settings->customerLostDays) * 24 * 3600 * 1000;
    const qint64 cutoff = run.dueAt.toMSecsSinceEpoch() - threshold;
    for (const ScheduledSource &source : ScheduledEvents::sourcesOfKind(run.db, QStringLiteral("smrt"))) {
        QHash<qint64, qint64> lastVisit;
        QSqlQuery visits = sql::exec(run.db,
                                     QStringLiteral("SELECT e.profile_id, max(e.occurred_at) FROM events e "
                                                    "JOIN profiles p ON p.id = e.profile_id "
                                                    "AND p.merged_into IS NULL "
                                                    "WHERE e.name = 'Customer Visit' AND e.source_id = ? "
                                                    "GROUP BY e.profile_id"),
                                     {source.id});
        while (visits.next())
            lastVisit.insert(visits.value(0).toLongLong(), visits.value(1).toLongLong());
        QSqlQuery traits = sql::exec(run.db,
                                     QStringLiteral("SELECT t.profile_id, t.value FROM profile_traits t "
                                                    "JOIN profiles p ON p.id = t.profile_id "
                                                    "AND p.merged_into IS NULL "
                                                    "WHERE t.source_id = ? AND t.name = 'lastVisit'"),
                                     {source.id});
        while (traits.next()) {
            const qint64 at = parseInstant(traits.value(1).toString());
            qint64 &known = lastVisit[traits.value(0).toLongLong()];
            known = std::max(known, at);
        }
        // Customer Lost already stored (by this rule or sent by SMRT), newest per customer: one query
        // instead of one per lapsed customer.
        QHash<qint64, qint64> lastLost;
        QSqlQuery lost = sql::exec(run.db,
                                   QStringLiteral("SELECT profile_id, max(occurred_at) FROM events "
                                                  "WHERE name = 'Customer Lost' AND source_id = ? "
                                                  "AND profile_id IS NOT NULL GROUP BY profile_id"),
                                   {source.id});
        while (lost.next())
            lastLost.insert(lost.value(0).toLongLong(), lost.value(1).toLongLong());
        QList<qint64> lapsed;
        for (auto it = lastVisit.cbegin(); it != lastVisit.cend(); ++it)
            if (it.value() > 0 && it.value() < cutoff && lastLost.value(it.key(), -1) < it.value())
                lapsed << it.key();
        std::sort(lapsed.begin(), lapsed.end());
        const QHash<qint64, ProfileKeys> keys = ScheduledEvents::keysOf(run.db, lapsed);
        for (qint64 profileId : std::as_const(lapsed)) {
            const ProfileKeys who = keys.value(profileId);
            if (who.isEmpty())
                continue;
            const qint64 visitAt = lastVisit.value(profileId);
            const QDateTime visit = QDateTime::fromMSecsSinceEpoch(visitAt, Qt::UTC);
            const QJsonObject context{
                {QStringLiteral("last_visit"), visit.toString(Qt::ISODate)},
                {QStringLiteral("days_without_visit"),
                 int((run.dueAt.toMSecsSinceEpoch() - visitAt) / (24LL * 3600 * 1000))}};
            Event e = ScheduledEvents::make(
                source, who, QStringLiteral("Customer Lost"),
                ScheduledEvents::messageId(id(), QStringLiteral("%1:%2").arg(profileId).arg(visitAt)),
                QJsonObject(), run.dueAt, run.now, id(), run.day);
            // Why the customer counts as lost, for the event's detail view (the catalog has no properties).
            QJsonObject ctx = e.payload.value(QStringLiteral("context")).toObject();
            QJsonObject sb = ctx.value(QStringLiteral("switchboard")).toObject();
            sb.insert(QStringLiteral("lost"), context);
            ctx.insert(QStringLiteral("switchboard"), sb);
            e.payload.insert(QStringLiteral("context"), ctx);
            out.events << e;
        }
    }
    return out;
}

} // namespace sb
