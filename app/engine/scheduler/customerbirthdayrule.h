#pragma once

#include <QJsonValue>
#include <optional>

#include "schedulerrule.h"

namespace sb {

// SMRT "Customer Birthday: triggered yearly on the customer's birthday; a custom birthday field must be
// set up". For every SMRT source, each customer SMRT knows whose birthday falls on the store's local day
// gets one Customer Birthday (message id carries the profile and the day). The birthday is read from,
// in order: the SMRT custom field named Birthday / Date of Birth (customFields), a SMRT "birthday"
// trait, then any source's birthday / date_of_birth / birthdate trait (SHOPLINE birthday, Smile
// customer date_of_birth). Feb 29 birthdays are celebrated on Feb 28 in other years.
class CustomerBirthdayRule final : public SchedulerRule {
public:
    QString id() const override { return QStringLiteral("customer_birthday"); }
    QTime defaultTime() const override { return QTime(9, 0); }
    bool replaysMissedDays() const override { return true; }
    RuleOutput run(const RuleRun &run) override;

    struct MonthDay {
        int month = 0;
        int day = 0;
    };
    // "1990-05-17", "1990-05-17T00:00:00Z", "--05-17", "05-17", "05/17/1990", "05/17", "17.05.1990".
    static std::optional<MonthDay> parse(const QJsonValue &value);
    static bool fallsOn(const MonthDay &birthday, const QDate &day);
    // The value of a SMRT customFields entry named like a birthday.
    static QJsonValue fromCustomFields(const QJsonValue &customFields);
};

} // namespace sb
