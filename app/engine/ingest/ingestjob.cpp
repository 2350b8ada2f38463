#include "ingestjob.h"

#include "core/clock.h"
#include "core/jsonutil.h"
#include "identity/identityresolver.h"
#include "identity/profilestore.h"
#include "identity/realtimerules.h"
#include "identity/segmentsync.h"
#include "store/statementcache.h"
#include "store/writer.h"

namespace sb {

namespace {

constexpr const char *kFindDuplicate = "SELECT id FROM events WHERE source_id = ? AND message_id = ?";

class IngestJob {
public:
    IngestJob(WriteContext &context, const QString &region, EventStoredHook hook)
        : m_context(context)
        , m_sql(*context.sqlite)
        , m_profiles(context.db, m_sql, context.identities)
        , m_resolver(m_profiles, region)
        , m_rules(context.db, m_sql, m_profiles)
        , m_segments(context.db, m_sql, m_resolver)
        , m_hook(std::move(hook)) {}

    void run(QList<PreparedEvent> &events, IngestReceipt &receipt) {
        receipt.eventIds.reserve(events.size());
        receipt.duplicates.reserve(events.size());
        for (PreparedEvent &prepared : events) {
            Event &event = prepared.event;
            bool duplicate = false;
            const qint64 existing =
                m_sql.scalarInt(m_context.db, kFindDuplicate, &duplicate, event.sourceId, event.messageId);
            if (duplicate) {
                receipt.eventIds << existing;
                receipt.duplicates << true;
                ++receipt.duplicateCount;
                continue;
            }
            store(prepared, receipt, true);
            receipt.eventIds << event.id;
            receipt.duplicates << false;
            ++receipt.stored;
        }
    }

private:
    void store(PreparedEvent &prepared, IngestReceipt &receipt, bool applyRules) {
        Event &event = prepared.event;
        const qint64 now = m_context.clock->nowMs();
        const QJsonObject &traits = prepared.traits;
        // The display name goes in with the contact columns: one profile write per event.
        const IdentityResolver::Resolution who = m_resolver.resolve(prepared.keys, event.sourceId, now);
        event.profileId = who.profileId;
        if (who.profileId != 0 && !traits.isEmpty())
            m_profiles.setTraits(who.profileId, event.sourceId, traits, now);
        RuleEffects effects;
        if (applyRules)
            effects = m_rules.apply(event, who.profileId);
        if (who.profileId != 0 && !effects.traits.isEmpty())
            m_profiles.setTraits(who.profileId, event.sourceId, effects.traits, now);
        if (!effects.suppressed.isEmpty()) {
            QJsonObject context = event.payload.value(QStringLiteral("context")).toObject();
            QJsonObject sb = context.value(QStringLiteral("switchboard")).toObject();
            sb.insert(QStringLiteral("suppressed"), effects.suppressed);
            context.insert(QStringLiteral("switchboard"), sb);
            event.payload.insert(QStringLiteral("context"), context);
            prepared.payloadJson = json::compact(event.payload);
            ++receipt.suppressed;
        }
        Statement &insert =
            m_sql.prepare(m_context.db, "INSERT INTO events(message_id, source_id, type, name, profile_id, "
                                        "occurred_at, received_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, event.messageId).bind(2, event.sourceId).bind(3, event.type);
        if (!event.name.isEmpty())
            insert.bind(4, event.name);
        if (event.profileId)
            insert.bind(5, event.profileId);
        insert.bind(6, event.occurredAt.toMSecsSinceEpoch()).bind(7, event.receivedAt.toMSecsSinceEpoch());
        insert.bind(8, prepared.payloadJson);
        insert.run();
        event.id = insert.lastInsertId();

        for (const IdentityKeys &person : std::as_const(effects.mentionedPeople))
            m_resolver.resolve(person, event.sourceId, now);
        if (SegmentSync::handles(event))
            m_segments.apply(event, now);

        if (m_hook && effects.suppressed.isEmpty()) {
            const qint64 profileId = event.profileId;
            m_hook(m_context, event,
                   [this, profileId] { return profileId ? m_profiles.load(profileId) : Profile(); });
        }

        for (const DerivedEvent &d : std::as_const(effects.derived)) {
            Event derived;
            derived.sourceId = event.sourceId;
            derived.sourceKind = event.sourceKind;
            derived.type = QStringLiteral("track");
            derived.name = d.name;
            derived.messageId = event.messageId + u':' + d.messageSuffix;
            derived.occurredAt = event.occurredAt;
            derived.receivedAt = event.receivedAt;
            QJsonObject payload{{QStringLiteral("type"), derived.type},
                                {QStringLiteral("event"), d.name},
                                {QStringLiteral("messageId"), derived.messageId},
                                {QStringLiteral("timestamp"), derived.occurredAt.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("properties"), d.properties}};
            for (const char *key : {"userId", "anonymousId"})
                if (event.payload.contains(QLatin1String(key)))
                    payload.insert(QLatin1String(key), event.payload.value(QLatin1String(key)));
            QJsonObject context = event.payload.value(QStringLiteral("context")).toObject();
            context.insert(
                QStringLiteral("switchboard"),
                QJsonObject{{QStringLiteral("derivedFrom"), event.id},
                            {QStringLiteral("rule"), QStringLiteral("%1 from %2").arg(d.name, event.name)}});
            payload.insert(QStringLiteral("context"), context);
            derived.payload = payload;
            bool duplicate = false;
            m_sql.scalarInt(m_context.db, kFindDuplicate, &duplicate, derived.sourceId, derived.messageId);
            if (duplicate)
                continue;
            PreparedEvent preparedDerived = PreparedEvent::from(std::move(derived));
            store(preparedDerived, receipt, false);
            ++receipt.derived;
        }
    }

    WriteContext &m_context;
    StatementCache &m_sql;
    ProfileStore m_profiles;
    IdentityResolver m_resolver;
    RealtimeRules m_rules;
    SegmentSync m_segments;
    EventStoredHook m_hook;
};

} // namespace

void storePreparedEvents(WriteContext &context, const QString &region, EventStoredHook hook,
                         QList<PreparedEvent> &events, IngestReceipt &receipt) {
    IngestJob job(context, region, std::move(hook));
    job.run(events, receipt);
}

} // namespace sb
