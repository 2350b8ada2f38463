#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace sb {

// The scheduler's workspace settings (settings table), read once per run so an operator's change
// applies at the next wake-up:
//   scheduler.timezone            IANA zone of the store ("America/Los_Angeles"); default the system zone
//   scheduler.catch_up_days       how many missed days a rule still catches up after downtime (default 7)
//   scheduler.customer_lost.days  days without a visit before a customer is lost (default 30)
//   scheduler.order_reminder.days days before an upcoming Ordergroove order to remind (default 3)
//   scheduler.<rule>.at           local time of day the rule runs, "HH:mm" (default: the rule's own)
//   scheduler.<rule>.enabled      "false" turns a rule off
struct SchedulerSettings {
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    int catchUpDays = 7;
    int customerLostDays = 30;
    int orderReminderDays = 3;
    QHash<QString, QString> raw; // every scheduler.* key as stored

    static constexpr int kMaxCatchUpDays = 31;

    static SchedulerSettings load(const QSqlDatabase &db);
    QTime runTime(const QString &ruleId, const QTime &fallback) const;
    bool enabled(const QString &ruleId) const;
};

} // namespace sb
