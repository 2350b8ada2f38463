#include "identityresolver.h"

#include <QJsonArray>

#include "core/jsonutil.h"
#include "phonenumber.h"
#include "profilestore.h"

namespace sb {

bool IdentityKeys::isEmpty() const {
    return email.trimmed().isEmpty() && phone.trimmed().isEmpty() && userId.isEmpty() && anonymousId.isEmpty()
           && previousId.isEmpty() && external.isEmpty();
}

IdentityKeys IdentityKeys::fromPayload(const QJsonObject &payload) {
    IdentityKeys keys;
    const auto text = json::idText;
    keys.userId = text(payload.value(QStringLiteral("userId")));
    keys.anonymousId = text(payload.value(QStringLiteral("anonymousId")));
    if (payload.value(QStringLiteral("type")).toString() == QLatin1String("alias"))
        keys.previousId = text(payload.value(QStringLiteral("previousId")));
    const QJsonObject context = payload.value(QStringLiteral("context")).toObject();
    for (const QJsonObject &traits : {payload.value(QStringLiteral("traits")).toObject(),
                                      context.value(QStringLiteral("traits")).toObject()}) {
        if (keys.email.isEmpty())
            keys.email = traits.value(QStringLiteral("email")).toString();
        if (keys.phone.isEmpty())
            keys.phone = text(traits.value(QStringLiteral("phone")));
    }
    const QJsonArray externalIds = context.value(QStringLiteral("externalIds")).toArray();
    for (const QJsonValue &v : externalIds) {
        const QJsonObject o = v.toObject();
        const QString type = o.value(QStringLiteral("type")).toString();
        const QString id = text(o.value(QStringLiteral("id")));
        if (!type.isEmpty() && !id.isEmpty())
            keys.external.append({QStringLiteral("external:") + type, id});
    }
    return keys;
}

IdentityResolver::IdentityResolver(ProfileStore &store, QString defaultRegion)
    : m_store(store)
    , m_defaultRegion(std::move(defaultRegion)) {}

QString IdentityResolver::normalizeEmail(const QString &email) {
    const QString e = email.trimmed().toLower();
    // Something@something: anything else is not an address we can match or send to.
    const qsizetype at = e.indexOf(u'@');
    if (at <= 0 || at == e.size() - 1 || e.contains(u' '))
        return {};
    return e;
}

QList<Identity> IdentityResolver::normalize(const IdentityKeys &keys) const {
    QList<Identity> ids;
    const QString email = normalizeEmail(keys.email);
    if (!email.isEmpty())
        ids.append({QStringLiteral("email"), email});
    if (!keys.userId.trimmed().isEmpty())
        ids.append({QStringLiteral("user_id"), keys.userId.trimmed()});
    for (const Identity &e : keys.external)
        if (!e.value.trimmed().isEmpty())
            ids.append({e.kind, e.value.trimmed()});
    const QString phone = PhoneNumber::toE164(keys.phone, m_defaultRegion);
    if (!phone.isEmpty())
        ids.append({QStringLiteral("phone"), phone});
    if (!keys.anonymousId.trimmed().isEmpty())
        ids.append({QStringLiteral("anonymous_id"), keys.anonymousId.trimmed()});
    if (!keys.previousId.trimmed().isEmpty()) {
        ids.append({QStringLiteral("user_id"), keys.previousId.trimmed()});
        ids.append({QStringLiteral("anonymous_id"), keys.previousId.trimmed()});
    }
    return ids;
}

IdentityResolver::Resolution IdentityResolver::resolve(const IdentityKeys &keys, qint64 sourceId,
                                                       qint64 nowMs) {
    Resolution result;
    const QList<Identity> ids = normalize(keys);
    if (ids.isEmpty())
        return result;

    // The event's contact values: its email (when it has one), phone, first user id and name.
    const bool eventHasEmail = ids.first().kind == QLatin1String("email");
    ProfileStore::Contact said;
    said.email = eventHasEmail ? ids.first().value : QString();
    said.displayName = keys.displayName.trimmed();
    for (const Identity &id : ids) {
        if (id.kind == QLatin1String("phone"))
            said.phone = id.value;
        else if (id.kind == QLatin1String("user_id") && said.userId.isEmpty())
            said.userId = id.value;
    }

    QList<qint64> owners;
    owners.reserve(ids.size());
    for (const Identity &id : ids) {
        const qint64 owner = m_store.findByIdentity(id.kind, id.value);
        owners.append(owner);
        if (owner != 0 && result.profileId == 0)
            result.profileId = owner;
    }
    ProfileStore::Contact before;
    if (result.profileId == 0) {
        // A new profile gets its contact columns in the same write.
        result.profileId = m_store.create(said, nowMs);
        result.created = true;
        before = ProfileStore::Contact{}.updatedBy(said);
    } else {
        before = m_store.contact(result.profileId);
    }

    QString keptEmail = before.email;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const qint64 owner = owners.at(i);
        if (owner == 0 || owner == result.profileId || result.merged.contains(owner))
            continue;
        const QString otherEmail = m_store.email(owner);
        if (!keptEmail.isEmpty() && !otherEmail.isEmpty() && keptEmail != otherEmail) {
            result.conflicts.append(ids.at(i));
            continue;
        }
        m_store.merge(result.profileId, owner,
                      QStringLiteral("linked by %1 %2 and %3 %4")
                          .arg(ids.first().kind, ids.first().value, ids.at(i).kind, ids.at(i).value),
                      nowMs);
        result.merged.append(owner);
        if (keptEmail.isEmpty())
            keptEmail = otherEmail;
    }
    auto isConflict = [&](const Identity &id) {
        return std::any_of(result.conflicts.cbegin(), result.conflicts.cend(),
                           [&](const Identity &c) { return c.kind == id.kind && c.value == id.value; });
    };
    for (qsizetype i = 0; i < ids.size(); ++i) {
        // An identity found on this very profile is attached already.
        if (owners.at(i) == result.profileId)
            continue;
        if (!isConflict(ids.at(i)))
            m_store.addIdentity(result.profileId, ids.at(i), sourceId, nowMs);
    }

    if (!result.merged.isEmpty())
        before = m_store.contact(result.profileId); // a merge filled empty columns
    if (!result.created || !result.merged.isEmpty())
        m_store.updateContact(result.profileId, before, before.updatedBy(said), nowMs);
    return result;
}

} // namespace sb
