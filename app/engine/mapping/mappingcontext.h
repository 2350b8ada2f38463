#pragma once

#include <QJsonObject>
#include <optional>

#include "core/model.h"
#include "core/profileref.h"

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

// The same values as MappingContext::build, looked up one path at a time. Rendering reads a few
// paths per delivery; building the whole object (a deep copy of the payload plus a dozen inserts)
// cost more than the rest of the render. tst_expression compares the two on every key.
class LazyMappingContext {
public:
    // The profile is read (loaded, when it is a loading reference) only if a path asks for it. A
    // given Profile must outlive the context; the reference itself is kept by value.
    LazyMappingContext(const Event &event, ProfileRef profile)
        : m_event(event)
        , m_profile(std::move(profile)) {}

    // context.<root>.<key>; Undefined where the built context has no such key.
    QJsonValue member(QStringView root, const QString &key) const;
    // context.<root> as a whole (the event or profile object): built on first use.
    QJsonValue root(QStringView root) const;

private:
    QJsonValue eventMember(const QString &key) const;
    QJsonValue profileMember(const QString &key) const;

    const Event &m_event;
    ProfileRef m_profile;
    mutable std::optional<QJsonObject> m_built;
};

} // namespace sb
