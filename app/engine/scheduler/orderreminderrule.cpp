#include "orderreminderrule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include "core/jsonutil.h"
#include "scheduledevent.h"
#include "schedulersettings.h"
#include "store/sql.h"

namespace sb {

namespace {

const QString kReminder = QStringLiteral("ordergroove.order.reminder");

bool stillToBePlaced(const QString &eventName) {
    static const QStringList pending = {QStringLiteral("ordergroove.order.reminder"),
                                        QStringLiteral("ordergroove.order.change_date"),
                                        QStringLiteral("ordergroove.order.send_now"),
                                        QStringLiteral("ordergroove.order.change_payment"),
                                        QStringLiteral("ordergroove.order.change_shipping_address"),
                                        QStringLiteral("ordergroove.order.credit_card_expiration_warning")};
    return pending.contains(eventName);
}

struct LatestOrder {
    qint64 profileId = 0;
    qint64 occurredAt = 0;
    QString name;
    QDateTime placeDate;
    int frequencyDays = 0;
    QJsonObject properties;
};

} // namespace

RuleOutput OrderReminderRule::run(const RuleRun &run) {
    RuleOutput out;
    const QTimeZone zone = run.settings->timeZone;
    const qint64 since = run.dueAt.toMSecsSinceEpoch() - qint64(kLookBackDays) * 24 * 3600 * 1000;
    for (const ScheduledSource &source :
         ScheduledEvents::sourcesOfKind(run.db, QStringLiteral("ordergroove"))) {
        // Active subscriptions per customer, as the real-time rules keep them.
        QHash<qint64, QSet<QString>> active;
        QSqlQuery t =
            sql::exec(run.db,
                      QStringLiteral("SELECT profile_id, value FROM profile_traits "
                                     "WHERE source_id = ? AND name = 'ordergroove_active_subscriptions'"),
                      {source.id});
        while (t.next()) {
            const QJsonArray ids = QJsonDocument::fromJson(t.value(1).toString().toUtf8()).array();
            for (const QJsonValue &v : ids)
                active[t.value(0).toLongLong()].insert(json::idText(v));
        }
        if (active.isEmpty())
            continue;
        QHash<QString, LatestOrder> latest; // by subscription id
        QSqlQuery q =
            sql::exec(run.db,
                      QStringLiteral("SELECT e.profile_id, e.name, e.occurred_at, e.payload FROM events e "
                                     "JOIN profiles p ON p.id = e.profile_id AND p.merged_into IS NULL "
                                     "WHERE e.source_id = ? AND e.name LIKE 'ordergroove.order.%' "
                                     "AND e.occurred_at >= ? ORDER BY e.occurred_at, e.id"),
                      {source.id, since});
        while (q.next()) {
            const QJsonObject payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
            const QJsonObject properties = payload.value(QStringLiteral("properties")).toObject();
            const QDateTime place = QDateTime::fromString(
                properties.value(QStringLiteral("place_date")).toString(), Qt::ISODateWithMs);
            if (!place.isValid())
                continue;
            for (const QJsonValue &item : properties.value(QStringLiteral("items_subset")).toArray()) {
                const QJsonObject subscription =
                    item.toObject().value(QStringLiteral("subscription")).toObject();
                const QString subscriptionId = json::idText(subscription.value(QStringLiteral("id")));
                if (subscriptionId.isEmpty())
                    continue;
                LatestOrder o;
                o.profileId = q.value(0).toLongLong();
                o.name = q.value(1).toString();
                o.occurredAt = q.value(2).toLongLong();
                o.placeDate = place.toUTC();
                o.frequencyDays = subscription.value(QStringLiteral("frequency_days")).toInt();
                o.properties = properties;
                latest.insert(subscriptionId, o); // rows come oldest first: the last one wins
            }
        }
        QList<QString> subscriptions = latest.keys();
        std::sort(subscriptions.begin(), subscriptions.end());
        QList<qint64> profileIds;
        for (const QString &s : std::as_const(subscriptions))
            profileIds << latest.value(s).profileId;
        const QHash<qint64, ProfileKeys> keys = ScheduledEvents::keysOf(run.db, profileIds);
        for (const QString &subscriptionId : std::as_const(subscriptions)) {
            const LatestOrder o = latest.value(subscriptionId);
            if (!active.value(o.profileId).contains(subscriptionId))
                continue;
            QDateTime next = o.placeDate;
            if (!stillToBePlaced(o.name)) {
                if (o.frequencyDays <= 0)
                    continue;
                next = next.addDays(o.frequencyDays);
            } else if (o.name == kReminder) {
                continue; // Ordergroove already reminded the customer of this order
            }
            const QDate placeDay = next.toTimeZone(zone).date();
            if (placeDay.addDays(-run.settings->orderReminderDays) != run.day || next <= run.now)
                continue;
            const ProfileKeys who = keys.value(o.profileId);
            if (who.isEmpty())
                continue;
            QJsonObject properties = o.properties;
            properties.remove(QStringLiteral("reject_reason"));
            properties.remove(QStringLiteral("reject_code"));
            properties.insert(QStringLiteral("place_date"), next.toString(Qt::ISODateWithMs));
            out.events << ScheduledEvents::make(
                source, who, kReminder,
                ScheduledEvents::messageId(
                    id(), QStringLiteral("%1:%2").arg(subscriptionId, placeDay.toString(Qt::ISODate))),
                properties, run.dueAt, run.now, id(), run.day);
        }
    }
    return out;
}

} // namespace sb
