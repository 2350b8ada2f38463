#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/model.h"
#include "identityresolver.h"

namespace sb {

class StatementCache;
class ProfileStore;

// An event the engine generates from another one (e.g. Customer Visit from Pickup Completed).
struct DerivedEvent {
    QString name;
    QString messageSuffix; // appended to the source event's message id: stable across retries
    QJsonObject properties;
};

struct RuleEffects {
    QJsonObject traits;                  // profile traits to set for the event's source
    QList<DerivedEvent> derived;         // stored and routed right after the event
    QString suppressed;                  // non-empty: the event is stored but not routed, and this says why
    QList<IdentityKeys> mentionedPeople; // others the event names, who get a profile (Smile referred friend)
};

// The real-time rules of the seed documents, applied inside the ingest write job:
// - SMRT: Customer Visit at most once a day per customer, derived from Pickup Completed, store drop-off
//   (Order Created), store pickup (Order Returned) and New Customer Signup; one Order Line Item Returned
//   per returned line item (Order Returned with line_items).
// - Ordergroove: Subscriber Status trait (active on subscriber.create / subscriber.subscriptions_created /
//   subscription.create, inactive on subscriber.cancel); Subscriber Created only for a customer's first
//   subscription; Subscriber Canceled when the last active subscription ends.
// - Smile: Referral Started creates a profile for the referred friend's email.
class RealtimeRules {
public:
    RealtimeRules(const QSqlDatabase &db, StatementCache &statements, ProfileStore &profiles);

    RuleEffects apply(const Event &event, qint64 profileId);

    static constexpr const char *kSubscriberStatus = "Ordergroove Subscriber Status";

private:
    void applySmrt(const Event &event, qint64 profileId, RuleEffects &effects);
    void applyOrdergroove(const Event &event, qint64 profileId, RuleEffects &effects);
    void applySmile(const Event &event, RuleEffects &effects);
    bool visitCountedOn(qint64 profileId, qint64 sourceId, const QDate &day);

    QSqlDatabase m_db;
    StatementCache &m_sql;
    ProfileStore &m_profiles;
};

} // namespace sb
