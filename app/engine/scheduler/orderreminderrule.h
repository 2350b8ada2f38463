#pragma once

#include "schedulerrule.h"

namespace sb {

// Ordergroove -> Attentive "Order Reminder: sent a predefined number of days before an order is placed".
// The stored Ordergroove data carries no next-order date of its own; it is derived per subscription
// from the newest order event naming it (items_subset[].subscription.id):
// - an order still to be placed (reminder, change_date, send_now, change_payment,
//   change_shipping_address, credit_card_expiration_warning): its place_date;
// - an order already handled (success, skip_order, reject, cancel): place_date + frequency_days.
// scheduler.order_reminder.days (default 3) before that local day, while the subscription is active
// (the Ordergroove active-subscriptions trait), one ordergroove.order.reminder is stored with the
// newest order's fields and the upcoming place_date. Skipped when Ordergroove already sent the reminder
// for that order, or when the order date has passed (a late catch-up).
class OrderReminderRule final : public SchedulerRule {
public:
    QString id() const override { return QStringLiteral("order_reminder"); }
    QTime defaultTime() const override { return QTime(9, 0); }
    bool replaysMissedDays() const override { return true; }
    RuleOutput run(const RuleRun &run) override;

    // Orders older than this are not looked at (longest Ordergroove frequency plus slack).
    static constexpr int kLookBackDays = 200;
};

} // namespace sb
