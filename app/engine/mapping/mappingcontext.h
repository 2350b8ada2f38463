#pragma once

#include <QJsonObject>

#include "core/model.h"

namespace sb {

// The object expressions and conditions read: {"event": {...}, "profile": {...}}.
//   event:   name, type, messageId, sourceKind, timestamp (ISO 8601, UTC), receivedAt, userId,
//            anonymousId, properties, traits, context (the payload's fields, normalized)
//   profile: id, email, phone, userId, displayName, hasEmail, traits (also readable at the top
//            level: profile.email falls back to profile.traits.email)
class MappingContext {
public:
    static QJsonObject build(const Event &event, const Profile &profile);
};

} // namespace sb
