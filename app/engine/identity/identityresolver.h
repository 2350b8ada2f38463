#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/model.h"

namespace sb {

class ProfileStore;

// The identifiers one event carries, before normalisation.
struct IdentityKeys {
    QString email;
    QString phone;
    QString userId;
    QString anonymousId;
    QString previousId;       // alias: the id the user had before (matched as user id and anonymous id)
    QList<Identity> external; // kind "external:<system>"
    // Not an identifier: when set, resolve() stores it as the profile's display name in the same write
    // as the contact columns (ingest passes the name its traits carry).
    QString displayName;

    bool isEmpty() const;
    // From a normalized event payload: userId, anonymousId, traits / context.traits (email, phone),
    // context.externalIds ([{"type","id"}]).
    static IdentityKeys fromPayload(const QJsonObject &payload);
};

// Finds or creates the profile an event belongs to, as Klaviyo matching does: email (trimmed, lower
// case) first, then user id, external ids, phone (E.164), anonymous id. When one event links two known
// profiles they are merged into the one matched first, unless they carry different emails (two people
// sharing a phone stay two profiles; the event goes to the email's profile).
class IdentityResolver {
public:
    IdentityResolver(ProfileStore &store, QString defaultRegion);

    struct Resolution {
        qint64 profileId = 0; // 0 when the event carries no identifier at all
        bool created = false;
        QList<qint64> merged;      // profiles merged into profileId by this event
        QList<Identity> conflicts; // identifiers left on another profile (different email)
    };
    Resolution resolve(const IdentityKeys &keys, qint64 sourceId, qint64 nowMs);

    static QString normalizeEmail(const QString &email);
    // Normalized identities in matching order.
    QList<Identity> normalize(const IdentityKeys &keys) const;

private:
    ProfileStore &m_store;
    QString m_defaultRegion;
};

} // namespace sb
