#include "realtimerules.h"

#include <QJsonArray>

#include "core/jsonutil.h"
#include "profilestore.h"
#include "store/statementcache.h"

namespace sb {

namespace {

const QString kVisit = QStringLiteral("Customer Visit");
const QString kActiveSubscriptions = QStringLiteral("ordergroove_active_subscriptions");
const QString kEverSubscribed = QStringLiteral("ordergroove_ever_subscribed");

QStringList subsetIds(const QJsonObject &properties) {
    QStringList ids;
    const QJsonArray subset = properties.value(QStringLiteral("subscriptions_subset")).toArray();
    for (const QJsonValue &s : subset) {
        const QString id = json::idText(s.toObject().value(QStringLiteral("id")));
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

QJsonArray toArray(const QStringList &list) {
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

} // namespace

RealtimeRules::RealtimeRules(const QSqlDatabase &db, StatementCache &statements, ProfileStore &profiles)
    : m_db(db)
    , m_sql(statements)
    , m_profiles(profiles) {}

RuleEffects RealtimeRules::apply(const Event &event, qint64 profileId) {
    RuleEffects effects;
    if (event.type != QLatin1String("track"))
        return effects;
    if (event.sourceKind == QLatin1String("smrt"))
        applySmrt(event, profileId, effects);
    else if (event.sourceKind == QLatin1String("ordergroove"))
        applyOrdergroove(event, profileId, effects);
    else if (event.sourceKind == QLatin1String("smile"))
        applySmile(event, effects);
    return effects;
}

bool RealtimeRules::visitCountedOn(qint64 profileId, qint64 sourceId, const QDate &day) {
    const qint64 start = QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 end = start + 24LL * 3600 * 1000;
    bool found = false;
    m_sql.scalarInt(m_db,
                    "SELECT 1 FROM events WHERE profile_id = ? AND occurred_at >= ? AND occurred_at < ? "
                    "AND name = ? AND source_id = ? LIMIT 1",
                    &found, profileId, start, end, kVisit, sourceId);
    return found;
}

void RealtimeRules::applySmrt(const Event &event, qint64 profileId, RuleEffects &effects) {
    static const QStringList visitTriggers = {
        QStringLiteral("Pickup Completed"), QStringLiteral("Order Created"), QStringLiteral("Order Returned"),
        QStringLiteral("New Customer Signup")};
    const QDate day = event.occurredAt.toUTC().date();
    if (profileId != 0 && event.name == kVisit) {
        if (visitCountedOn(profileId, event.sourceId, day))
            effects.suppressed =
                QStringLiteral("Customer Visit is sent at most once a day; one was already counted on ")
                + day.toString(Qt::ISODate);
        else
            effects.traits.insert(QStringLiteral("lastVisit"),
                                  event.occurredAt.toUTC().toString(Qt::ISODate));
    } else if (profileId != 0 && visitTriggers.contains(event.name)
               && !visitCountedOn(profileId, event.sourceId, day)) {
        effects.derived.append(
            {kVisit, QStringLiteral("visit"), QJsonObject{{QStringLiteral("trigger"), event.name}}});
        effects.traits.insert(QStringLiteral("lastVisit"), event.occurredAt.toUTC().toString(Qt::ISODate));
    }

    if (event.name == QLatin1String("Order Returned")) {
        const QJsonObject properties = event.properties();
        const QJsonArray items = properties.value(QStringLiteral("line_items")).toArray();
        QJsonObject order = properties;
        order.remove(QStringLiteral("line_items"));
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject line = order;
            const QJsonObject item = items.at(i).toObject();
            for (auto it = item.begin(); it != item.end(); ++it)
                line.insert(it.key(), it.value());
            line.insert(QStringLiteral("line_item_index"), int(i));
            effects.derived.append(
                {QStringLiteral("Order Line Item Returned"), QStringLiteral("line-item-%1").arg(i), line});
        }
    }
}

void RealtimeRules::applyOrdergroove(const Event &event, qint64 profileId, RuleEffects &effects) {
    if (profileId == 0)
        return;
    const QJsonObject p = event.properties();
    QStringList active;
    const QJsonArray stored = m_profiles.trait(profileId, event.sourceId, kActiveSubscriptions).toArray();
    for (const QJsonValue &v : stored)
        active << v.toString();
    const bool everSubscribed = m_profiles.trait(profileId, event.sourceId, kEverSubscribed).toBool();
    const QString status =
        m_profiles.trait(profileId, event.sourceId, QString::fromLatin1(kSubscriberStatus)).toString();
    const QStringList before = active;

    auto subscriberFields = [&](const QJsonArray &subset) {
        QJsonObject o;
        for (const char *field : {"first_name", "last_name", "email", "phone_number"})
            if (p.contains(QLatin1String(field)))
                o.insert(QLatin1String(field), p.value(QLatin1String(field)));
        if (!o.contains(QStringLiteral("email")))
            o.insert(QStringLiteral("email"), m_profiles.email(profileId));
        o.insert(QStringLiteral("subscriptions_subset"), subset);
        return o;
    };
    auto asSubsetItem = [&] {
        QJsonObject item;
        for (const char *field : {"frequency_days", "frequency_description", "id", "quantity", "product"})
            if (p.contains(QLatin1String(field)))
                item.insert(QLatin1String(field), p.value(QLatin1String(field)));
        return item;
    };
    auto activate = [&](const QStringList &ids) {
        for (const QString &id : ids)
            if (!active.contains(id))
                active << id;
        effects.traits.insert(QString::fromLatin1(kSubscriberStatus), QStringLiteral("active"));
    };

    const QString &name = event.name;
    if (name == QLatin1String("ordergroove.subscriber.create")) {
        if (everSubscribed)
            effects.suppressed =
                QStringLiteral("Subscriber Created is sent only for a customer's first subscription");
        activate(subsetIds(p));
        effects.traits.insert(kEverSubscribed, true);
    } else if (name == QLatin1String("ordergroove.subscriber.subscriptions_created")
               || name == QLatin1String("ordergroove.subscription.create")) {
        const bool single = name == QLatin1String("ordergroove.subscription.create");
        const QStringList ids =
            single ? QStringList{json::idText(p.value(QStringLiteral("id")))} : subsetIds(p);
        activate(ids);
        if (!everSubscribed) {
            const QJsonArray subset = single ? QJsonArray{asSubsetItem()}
                                             : p.value(QStringLiteral("subscriptions_subset")).toArray();
            effects.derived.append({QStringLiteral("ordergroove.subscriber.create"),
                                    QStringLiteral("subscriber-create"), subscriberFields(subset)});
            effects.traits.insert(kEverSubscribed, true);
        }
    } else if (name == QLatin1String("ordergroove.subscription.cancel")) {
        active.removeAll(json::idText(p.value(QStringLiteral("id"))));
        if (!before.isEmpty() && active.isEmpty() && status != QLatin1String("inactive")) {
            effects.derived.append({QStringLiteral("ordergroove.subscriber.cancel"),
                                    QStringLiteral("subscriber-cancel"),
                                    subscriberFields(QJsonArray{asSubsetItem()})});
            effects.traits.insert(QString::fromLatin1(kSubscriberStatus), QStringLiteral("inactive"));
        }
    } else if (name == QLatin1String("ordergroove.subscriber.cancel")) {
        if (status == QLatin1String("inactive"))
            effects.suppressed = QStringLiteral(
                "Subscriber Canceled was already sent when the last active subscription ended");
        active.clear();
        effects.traits.insert(QString::fromLatin1(kSubscriberStatus), QStringLiteral("inactive"));
    }
    if (active != before)
        effects.traits.insert(kActiveSubscriptions, toArray(active));
    // Subscriber events carry the customer's contact data.
    if (name.startsWith(QLatin1String("ordergroove.subscriber."))) {
        for (const char *field : {"first_name", "last_name", "phone_number"})
            if (p.value(QLatin1String(field)).isString())
                effects.traits.insert(QLatin1String(field), p.value(QLatin1String(field)));
    }
}

void RealtimeRules::applySmile(const Event &event, RuleEffects &effects) {
    if (event.name != QLatin1String("Referral Started"))
        return;
    const QJsonObject referral = event.properties().value(QStringLiteral("referral")).toObject();
    IdentityKeys friendKeys;
    friendKeys.email = referral.value(QStringLiteral("referred_customer_email")).toString();
    if (!friendKeys.email.trimmed().isEmpty())
        effects.mentionedPeople.append(friendKeys);
}

} // namespace sb
