#pragma once

#include "schedulerrule.h"

namespace sb {

// SMRT "Customer Lost: a customer is considered lost when she hasn't had a visit for over a month".
// A customer's last visit is the newest of her Customer Visit events and SMRT's lastVisit trait. Once
// it is older than scheduler.customer_lost.days (default 30), one Customer Lost is stored; its message
// id carries the last visit, so the same lapse never fires twice and a new visit followed by a new
// lapse fires again. A Customer Lost already stored after the last visit (SMRT sent one) counts too.
class CustomerLostRule final : public SchedulerRule {
public:
    QString id() const override { return QStringLiteral("customer_lost"); }
    QTime defaultTime() const override { return QTime(9, 0); }
    bool replaysMissedDays() const override { return false; }
    RuleOutput run(const RuleRun &run) override;
};

} // namespace sb
