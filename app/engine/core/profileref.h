#pragma once

#include <functional>
#include <optional>

#include "model.h"

namespace sb {

// A profile as rendering reads it: one already at hand, or one loaded the first time something reads
// it. Most mappings read the profile only as a fallback (coalesce(event.userId, profile.userId)), so
// delivery loads a profile only when a mapping's expression asks for it.
class ProfileRef {
public:
    // Refers to `profile`, which must outlive this reference (a call's argument does).
    ProfileRef(const Profile &profile) // NOLINT(google-explicit-constructor): any Profile will do
        : m_given(&profile) {}
    // Calls `load` at most once, when first read; it may throw (the read fails with it).
    explicit ProfileRef(std::function<Profile()> load)
        : m_load(std::move(load)) {}

    const Profile &get() const {
        if (m_given)
            return *m_given;
        if (!m_loaded)
            m_loaded = m_load ? m_load() : Profile();
        return *m_loaded;
    }
    // For code that takes a Profile: reading it this way loads it.
    operator const Profile &() const { return get(); } // NOLINT(google-explicit-constructor)

private:
    const Profile *m_given = nullptr;
    std::function<Profile()> m_load;
    mutable std::optional<Profile> m_loaded;
};

} // namespace sb
