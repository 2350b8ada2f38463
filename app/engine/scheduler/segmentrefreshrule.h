#pragma once

#include <QJsonObject>

#include "schedulerrule.h"

namespace sb {

// SHOPLINE -> SmartPush: "If the group is not updated on the current day, the system will regularly
// update all contact details under the related group at 00:00 every day." At local 00:00, every live
// segment of a SHOPLINE source (segments table) whose definition has rules and that was not updated
// during the day just ended gets its members recomputed from the source's profile traits (unsubscribed
// and blacklisted contacts excluded), segment_memberships replaced, and one shopline.segment.updated
// (segment_id, segment_name, members: emails) stored for the mappings to send. Segments without rules
// (known only from the source's own member lists, kept by SegmentSync at ingest) cannot be recomputed:
// their stored members are sent again with their current emails, unsubscribed and blacklisted ones
// left out; a segment without rules and without members is left alone.
//
// Definition: {"match": "all"|"any", "rules": [{"trait": "tags", "op": "contains", "value": "vip"}, ...]}
// ops: equals, not_equals, contains, greater_than, at_least, less_than, at_most, exists, not_exists.
class SegmentRefreshRule final : public SchedulerRule {
public:
    QString id() const override { return QStringLiteral("segment_refresh"); }
    QTime defaultTime() const override { return QTime(0, 0); }
    bool replaysMissedDays() const override { return false; }
    RuleOutput run(const RuleRun &run) override;

    // Whether a profile's traits satisfy a segment definition. Invalid definitions match nobody.
    static bool matches(const QJsonObject &definition, const QJsonObject &traits);
    // Contacts a campaign must never reach, whatever the segment says.
    static bool excluded(const QJsonObject &traits);
};

} // namespace sb
