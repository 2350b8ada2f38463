// Identity resolution, merges, traits and the seeds' real-time rules, through IngestService on a real
// workspace (the HTTP side is tested in tst_ingest_http).
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "core/clock.h"
#include "identity/phonenumber.h"
#include "identity/profilestore.h"
#include "ingest/ingestjob.h"
#include "ingest/ingestservice.h"
#include "ingest/sourcestore.h"
#include "store/database.h"
#include "store/identitycache.h"
#include "store/sql.h"
#include "store/workspace.h"

using namespace sb;

namespace {

struct Fixture {
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2024, 3, 4), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<IngestService> service;
    QHash<QString, SourceInfo> sources;
    QStringList hookCalls; // "name@profileId"
    int counter = 0;

    Fixture() {
        workspace = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing, &clock).take();
        service = std::make_unique<IngestService>(workspace.get());
        SourceStore store(workspace.get());
        for (const char *kind : {"smrt", "ordergroove", "smile", "segment", "shopline"})
            sources.insert(QLatin1String(kind), store.add(QLatin1String(kind), QLatin1String(kind)).take());
        service->setEventStoredHook([this](WriteContext &c, const Event &e, const ProfileLoader &profile) {
            // Inside the job: the event row is already there.
            const bool present =
                sql::scalar(c.db, QStringLiteral("SELECT count(*) FROM events WHERE id = ?"), {e.id}).toInt()
                == 1;
            hookCalls << QStringLiteral("%1@%2%3")
                             .arg(e.name.isEmpty() ? e.type : e.name)
                             .arg(profile().id)
                             .arg(present ? "" : "!missing");
        });
    }
    ~Fixture() { service.reset(); }

    Event event(const QString &kind, const QString &type, const QString &name, const QJsonObject &fields,
                const QJsonObject &traits = {}, const QString &userId = {}, const QDateTime &at = {}) {
        Event e;
        e.sourceId = sources.value(kind).id;
        e.sourceKind = kind;
        e.type = type;
        e.name = name;
        e.messageId = QStringLiteral("m%1").arg(++counter);
        e.occurredAt = at.isValid() ? at : clock.now();
        e.receivedAt = clock.now();
        QJsonObject payload{{"type", type}, {"messageId", e.messageId}};
        if (!userId.isEmpty())
            payload.insert("userId", userId);
        if (type == QLatin1String("identify")) {
            payload.insert("traits", traits);
        } else {
            payload.insert("event", name);
            payload.insert("properties", fields);
            if (!traits.isEmpty())
                payload.insert("context", QJsonObject{{"traits", traits}});
        }
        e.payload = payload;
        return e;
    }
    IngestReceipt ingest(QList<Event> events) {
        auto r = service->ingest(std::move(events));
        if (!r)
            qFatal("ingest failed: %s", qPrintable(r.error()));
        return r.value();
    }
    QVariant scalar(const QString &sqlText, const QVariantList &binds = {}) {
        return sql::scalar(workspace->reader(), sqlText, binds);
    }
    int count(const QString &name) {
        return scalar("SELECT count(*) FROM events WHERE name = ?", {name}).toInt();
    }
    QString trait(qint64 profile, const QString &name) {
        // Stored as JSON text; compare the plain value.
        const QJsonValue v = ProfileStore::decode(
            scalar("SELECT value FROM profile_traits WHERE profile_id = ? AND name = ?", {profile, name})
                .toString());
        return v.isString() ? v.toString() : QString::number(v.toDouble());
    }
};

QJsonObject email(const QString &e) {
    return QJsonObject{{"email", e}};
}

} // namespace

class TestIdentity : public QObject {
    Q_OBJECT
private slots:
    void phoneNumbersNormalizeToE164() {
        QCOMPARE(PhoneNumber::toE164("(415) 601 5610"), QStringLiteral("+14156015610"));
        QCOMPARE(PhoneNumber::toE164("1-415-601-5610"), QStringLiteral("+14156015610"));
        QCOMPARE(PhoneNumber::toE164("+1 415 601 5610"), QStringLiteral("+14156015610"));
        QCOMPARE(PhoneNumber::toE164("0044 20 7946 0958"), QStringLiteral("+442079460958"));
        QCOMPARE(PhoneNumber::toE164("020 7946 0958", "GB"), QStringLiteral("+442079460958"));
        QCOMPARE(PhoneNumber::toE164("601 5610"), QString()); // too short for the US
        QCOMPARE(PhoneNumber::toE164("call me"), QString());
        QCOMPARE(PhoneNumber::toE164("415 601 5610", "ZZ"), QString());
    }

    void emailMatchesTrimmedAndCaseInsensitive() {
        Fixture f;
        f.ingest({f.event("segment", "identify", {}, {}, email("  Jane.Doe@Example.COM "), "u1")});
        f.ingest({f.event("segment", "track", "Viewed", {}, email("jane.doe@example.com"))});
        QCOMPARE(f.scalar("SELECT count(*) FROM profiles").toInt(), 1);
        QCOMPARE(f.scalar("SELECT email FROM profiles").toString(), QStringLiteral("jane.doe@example.com"));
        QCOMPARE(f.scalar("SELECT count(DISTINCT profile_id) FROM events").toInt(), 1);
    }

    void phoneAndUserIdMatchWhenThereIsNoEmail() {
        Fixture f;
        f.ingest({f.event("smrt", "identify", {}, {}, QJsonObject{{"phone", "(415) 601 5610"}}, "smrt-7")});
        f.ingest({f.event("segment", "identify", {}, {}, QJsonObject{{"phone", "+1 415-601-5610"}})});
        QCOMPARE(f.scalar("SELECT count(*) FROM profiles").toInt(), 1);
        QCOMPARE(f.scalar("SELECT phone FROM profiles").toString(), QStringLiteral("+14156015610"));
        // No email: kept, and flagged so email-matched destinations skip it visibly.
        QCOMPARE(f.scalar("SELECT flags & ? FROM profiles", {int(ProfileHasNoEmail)}).toInt(),
                 int(ProfileHasNoEmail));
        f.ingest({f.event("segment", "identify", {}, {}, email("p@example.com"), "smrt-7")});
        QCOMPARE(f.scalar("SELECT flags & ? FROM profiles", {int(ProfileHasNoEmail)}).toInt(), 0);
    }

    void oneEventLinkingTwoProfilesMergesThem() {
        Fixture f;
        f.ingest({f.event("segment", "track", "Opened App", {}, {}, "user-42")});
        f.ingest({f.event("smrt", "identify", {}, {},
                          QJsonObject{{"email", "sam@example.com"}, {"firstName", "Sam"}})});
        QCOMPARE(f.scalar("SELECT count(*) FROM profiles").toInt(), 2);
        const qint64 byUser = f.scalar("SELECT profile_id FROM identities WHERE kind='user_id'").toLongLong();
        const qint64 byEmail = f.scalar("SELECT profile_id FROM identities WHERE kind='email'").toLongLong();
        QVERIFY(byUser != byEmail);
        f.ingest({f.event("segment", "identify", {}, {}, email("SAM@example.com"), "user-42")});
        // Email matches first, so the email's profile is kept.
        QCOMPARE(
            f.scalar(
                 "SELECT count(*) FROM profile_merges WHERE kept_profile_id = ? AND merged_profile_id = ?",
                 {byEmail, byUser})
                .toInt(),
            1);
        QCOMPARE(f.scalar("SELECT merged_into FROM profiles WHERE id = ?", {byUser}).toLongLong(), byEmail);
        QCOMPARE(
            f.scalar("SELECT flags & ? FROM profiles WHERE id = ?", {int(ProfileMerged), byUser}).toInt(),
            int(ProfileMerged));
        QCOMPARE(f.scalar("SELECT count(*) FROM events WHERE profile_id = ?", {byEmail}).toInt(), 3);
        QCOMPARE(f.scalar("SELECT profile_id FROM identities WHERE kind='user_id'").toLongLong(), byEmail);
        QCOMPARE(f.scalar("SELECT user_id FROM profiles WHERE id = ?", {byEmail}).toString(),
                 QStringLiteral("user-42"));
        QCOMPARE(f.scalar("SELECT display_name FROM profiles WHERE id = ?", {byEmail}).toString(),
                 QStringLiteral("Sam"));
        // Later events with the old id land on the kept profile.
        f.ingest({f.event("segment", "track", "Opened App", {}, {}, "user-42")});
        QCOMPARE(f.scalar("SELECT profile_id FROM events ORDER BY id DESC LIMIT 1").toLongLong(), byEmail);
        QCOMPARE(Database::foreignKeyViolations(f.workspace->reader()), QStringList());
    }

    void profilesWithDifferentEmailsAreNotMerged() {
        Fixture f;
        f.ingest({f.event("segment", "identify", {}, {},
                          QJsonObject{{"email", "a@example.com"}, {"phone", "4156015610"}})});
        f.ingest({f.event("segment", "identify", {}, {}, QJsonObject{{"email", "b@example.com"}})});
        f.ingest({f.event("segment", "identify", {}, {},
                          QJsonObject{{"email", "b@example.com"}, {"phone", "4156015610"}})});
        QCOMPARE(f.scalar("SELECT count(*) FROM profile_merges").toInt(), 0);
        QCOMPARE(f.scalar("SELECT count(*) FROM profiles WHERE merged_into IS NULL").toInt(), 2);
    }

    void traitsArePerSourceAndMergedNewestFirst() {
        Fixture f;
        f.ingest({f.event("smrt", "identify", {}, {},
                          QJsonObject{{"email", "t@example.com"}, {"name", "Tia Ray"}, {"demographic", 2}})});
        f.clock.advance(1000);
        f.ingest({f.event("smile", "identify", {}, {},
                          QJsonObject{{"email", "t@example.com"}, {"Smile Points Balance", 450}})});
        const qint64 id = f.scalar("SELECT id FROM profiles").toLongLong();
        QCOMPARE(f.scalar("SELECT count(DISTINCT source_id) FROM profile_traits WHERE profile_id = ?", {id})
                     .toInt(),
                 2);
        QCOMPARE(f.trait(id, "demographic"), QStringLiteral("2"));
        QCOMPARE(f.trait(id, "Smile Points Balance"), QStringLiteral("450"));
        QCOMPARE(f.scalar("SELECT display_name FROM profiles").toString(), QStringLiteral("Tia Ray"));
        QVERIFY(f.hookCalls.last().startsWith(QStringLiteral("identify@%1").arg(id)));
    }

    void duplicateMessageIdsAreStoredOnce() {
        Fixture f;
        Event e = f.event("segment", "track", "Clicked", {}, email("d@example.com"));
        const IngestReceipt first = f.ingest({e});
        const IngestReceipt again = f.ingest({e, e});
        QCOMPARE(first.stored, 1);
        QCOMPARE(again.stored, 0);
        QCOMPARE(again.duplicateCount, 2);
        QCOMPARE(again.eventIds.first(), first.eventIds.first());
        QCOMPARE(f.count("Clicked"), 1);
        QCOMPARE(f.hookCalls.size(), 1);
    }

    void smrtCustomerVisitAtMostOnceADay() {
        Fixture f;
        const QJsonObject order{{"order_id", "O-1"}};
        const QJsonObject who = email("v@example.com");
        f.ingest({f.event("smrt", "track", "Pickup Completed", {}, who),
                  f.event("smrt", "track", "Order Created", order, who),
                  f.event("smrt", "track", "Pickup Missed", {}, who)});
        QCOMPARE(f.count("Customer Visit"), 1);
        QCOMPARE(f.scalar("SELECT json_extract(payload, '$.properties.trigger') FROM events WHERE name = "
                          "'Customer Visit'")
                     .toString(),
                 QStringLiteral("Pickup Completed"));
        QVERIFY(f.hookCalls.contains(QStringLiteral("Customer Visit@1")));
        // A visit the source sends itself on the same day is stored but not routed.
        const IngestReceipt sent = f.ingest({f.event("smrt", "track", "Customer Visit", {}, who)});
        QCOMPARE(sent.suppressed, 1);
        QCOMPARE(f.hookCalls.count(QStringLiteral("Customer Visit@1")), 1);
        // Next day: store drop-off (Order Created) counts again; so does a signup for a new customer.
        f.clock.advance(24LL * 3600 * 1000);
        f.ingest(
            {f.event("smrt", "track", "Order Created", order, who),
             f.event("smrt", "track", "New Customer Signup", {{"source", "POS"}}, email("new@example.com"))});
        QCOMPARE(f.count("Customer Visit"), 4);
        QCOMPARE(f.scalar("SELECT count(*) FROM events WHERE name = 'Customer Visit' "
                          "AND json_extract(payload, '$.context.switchboard.derivedFrom') IS NOT NULL")
                     .toInt(),
                 3);
        QVERIFY(!f.trait(1, "lastVisit").isEmpty());
    }

    void smrtOneLineItemReturnedPerItem() {
        Fixture f;
        const QJsonObject returned{{"order_id", "O-9"},
                                   {"returned_by", "Sam"},
                                   {"line_items", QJsonArray{QJsonObject{{"department", "Laundry"}},
                                                             QJsonObject{{"department", "Alteration"}},
                                                             QJsonObject{{"department", "Dry Cleaning"}}}}};
        f.ingest({f.event("smrt", "track", "Order Returned", returned, email("r@example.com"))});
        QCOMPARE(f.count("Order Line Item Returned"), 3);
        QCOMPARE(f.scalar("SELECT group_concat(json_extract(payload, '$.properties.department'), '|') FROM "
                          "(SELECT payload FROM events WHERE name = 'Order Line Item Returned' ORDER BY id)")
                     .toString(),
                 QStringLiteral("Laundry|Alteration|Dry Cleaning"));
        QCOMPARE(f.scalar("SELECT json_extract(payload, '$.properties.order_id') FROM events WHERE name = "
                          "'Order Line Item Returned' LIMIT 1")
                     .toString(),
                 QStringLiteral("O-9"));
    }

    void ordergrooveSubscriberRules() {
        Fixture f;
        const QJsonObject who = email("o@example.com");
        auto sub = [](const char *id) {
            return QJsonObject{
                {"id", id}, {"frequency_days", 30}, {"product", QJsonObject{{"sku", "CB-32OZ"}}}};
        };
        f.ingest({f.event("ordergroove", "track", "ordergroove.subscription.create", sub("S1"), who)});
        QCOMPARE(f.count("ordergroove.subscriber.create"),
                 1); // first subscription: Subscriber Created derived
        const qint64 id = f.scalar("SELECT id FROM profiles").toLongLong();
        QCOMPARE(f.trait(id, "Ordergroove Subscriber Status"), QStringLiteral("active"));
        f.ingest({f.event("ordergroove", "track", "ordergroove.subscription.create", sub("S2"), who)});
        QCOMPARE(f.count("ordergroove.subscriber.create"), 1); // not for the second one
        // Ordergroove's own Subscriber Created arriving late is a second one: stored, not routed.
        const IngestReceipt late = f.ingest({f.event("ordergroove", "track", "ordergroove.subscriber.create",
                                                     QJsonObject{{"email", "o@example.com"}}, who)});
        QCOMPARE(late.suppressed, 1);
        QCOMPARE(f.hookCalls.count(QStringLiteral("ordergroove.subscriber.create@%1").arg(id)), 1);

        f.ingest({f.event("ordergroove", "track", "ordergroove.subscription.cancel", sub("S1"), who)});
        QCOMPARE(f.count("ordergroove.subscriber.cancel"), 0); // S2 still active
        f.ingest({f.event("ordergroove", "track", "ordergroove.subscription.cancel", sub("S2"), who)});
        QCOMPARE(f.count("ordergroove.subscriber.cancel"), 1); // the last one ended
        QCOMPARE(f.trait(id, "Ordergroove Subscriber Status"), QStringLiteral("inactive"));
        const IngestReceipt echo = f.ingest({f.event("ordergroove", "track", "ordergroove.subscriber.cancel",
                                                     QJsonObject{{"email", "o@example.com"}}, who)});
        QCOMPARE(echo.suppressed, 1);
        // Subscribing again later: active again, but no second Subscriber Created.
        f.ingest({f.event(
            "ordergroove", "track", "ordergroove.subscriber.subscriptions_created",
            QJsonObject{{"email", "o@example.com"}, {"subscriptions_subset", QJsonArray{sub("S3")}}}, who)});
        QCOMPARE(f.trait(id, "Ordergroove Subscriber Status"), QStringLiteral("active"));
        QCOMPARE(f.count("ordergroove.subscriber.create"), 2); // the derived one + the suppressed late one
        QCOMPARE(f.hookCalls.count(QStringLiteral("ordergroove.subscriber.create@%1").arg(id)), 1);
    }

    void smileReferralStartedCreatesTheFriendsProfile() {
        Fixture f;
        f.ingest(
            {f.event("smile", "track", "Referral Started",
                     QJsonObject{{"referral",
                                  QJsonObject{{"id", 7}, {"referred_customer_email", "Friend@Example.com"}}}},
                     email("advocate@example.com"))});
        QCOMPARE(f.scalar("SELECT count(*) FROM profiles").toInt(), 2);
        QCOMPARE(f.scalar("SELECT count(*) FROM profiles WHERE email = 'friend@example.com'").toInt(), 1);
    }

    void shoplineSegmentsAreKeptWithTheirMembers() {
        Fixture f;
        auto segmentEvent = [&](const char *name, const QJsonObject &properties) {
            Event e = f.event("shopline", "track", QLatin1String(name), properties);
            e.payload.insert("anonymousId", "shopline-store");
            return e;
        };
        auto members = [&] {
            return f
                .scalar("SELECT group_concat(p.email, ',') FROM (SELECT p.email FROM segment_memberships m "
                        "JOIN profiles p ON p.id = m.profile_id JOIN segments s ON s.id = m.segment_id "
                        "WHERE s.external_id = 'seg_vip' ORDER BY p.email) p")
                .toString();
        };
        // The first sync: the segment with its members; a member we did not know gets a profile.
        f.ingest(
            {f.event("smrt", "identify", {}, {}, email("ann@example.com"), "u-ann"),
             segmentEvent("shopline.segment.created",
                          {{"segment_id", "seg_vip"},
                           {"segment_name", "VIP"},
                           {"members", QJsonArray{"Ann@Example.com", "bob@example.com", "not an email"}}})});
        QCOMPARE(f.scalar("SELECT name FROM segments WHERE external_id = 'seg_vip'").toString(),
                 QStringLiteral("VIP"));
        QCOMPARE(members(), QStringLiteral("ann@example.com,bob@example.com"));
        QCOMPARE(f.scalar("SELECT count(*) FROM profiles WHERE email = 'ann@example.com'").toInt(), 1);

        // An update replaces the members; one without a member list renames only.
        f.ingest({segmentEvent("shopline.segment.updated",
                               {{"segment_id", "seg_vip"},
                                {"segment_name", "VIP"},
                                {"members", QJsonArray{"bob@example.com", "cy@example.com"}}})});
        QCOMPARE(members(), QStringLiteral("bob@example.com,cy@example.com"));
        f.ingest({segmentEvent("shopline.segment.updated",
                               {{"segment_id", "seg_vip"}, {"segment_name", "VIPs"}})});
        QCOMPARE(f.scalar("SELECT name FROM segments WHERE external_id = 'seg_vip'").toString(),
                 QStringLiteral("VIPs"));
        QCOMPARE(members(), QStringLiteral("bob@example.com,cy@example.com"));

        // Deleted: the row stays, marked, without members; created again, it comes back.
        f.ingest({segmentEvent("shopline.segment.deleted",
                               {{"segment_id", "seg_vip"}, {"segment_name", "VIPs"}})});
        QVERIFY(!f.scalar("SELECT deleted_at FROM segments WHERE external_id = 'seg_vip'").isNull());
        QCOMPARE(members(), QString());
        f.ingest({segmentEvent("shopline.segment.created", {{"segment_id", "seg_vip"},
                                                            {"segment_name", "VIP"},
                                                            {"members", QJsonArray{"dee@example.com"}}})});
        QVERIFY(f.scalar("SELECT deleted_at FROM segments WHERE external_id = 'seg_vip'").isNull());
        QCOMPARE(f.scalar("SELECT count(*) FROM segments").toInt(), 1);
        QCOMPARE(members(), QStringLiteral("dee@example.com"));
        QCOMPARE(Database::foreignKeyViolations(f.workspace->reader()), QStringList());
    }

    // A customer's events come in bursts: a trait or profile row that did not change is rewritten at
    // most once a minute (each rewrite dirties a page of its own); a changed value is written at once.
    void unchangedTraitsAreRewrittenAtMostOnceAMinute() {
        Fixture f;
        const QJsonObject gold{{"email", "ann@example.com"}, {"tier", "gold"}};
        f.ingest({f.event("smrt", "identify", {}, {}, gold, "u-ann")});
        const qint64 ann = f.scalar("SELECT id FROM profiles").toLongLong();
        auto tierWrittenAt = [&] {
            return f
                .scalar("SELECT updated_at FROM profile_traits WHERE profile_id = ? AND name = 'tier'", {ann})
                .toLongLong();
        };
        auto profileUpdatedAt = [&] {
            return f.scalar("SELECT updated_at FROM profiles WHERE id = ?", {ann}).toLongLong();
        };
        const qint64 first = f.clock.nowMs();
        QCOMPARE(tierWrittenAt(), first);
        QCOMPARE(profileUpdatedAt(), first);

        f.clock.advance(30'000);
        f.ingest({f.event("smrt", "identify", {}, {}, gold, "u-ann")});
        QCOMPARE(tierWrittenAt(), first);
        QCOMPARE(profileUpdatedAt(), first);

        f.clock.advance(1'000);
        f.ingest({f.event("smrt", "identify", {}, {}, {{"email", "ann@example.com"}, {"tier", "silver"}},
                          "u-ann")});
        QCOMPARE(f.trait(ann, "tier"), QStringLiteral("silver"));
        QCOMPARE(tierWrittenAt(), f.clock.nowMs());

        f.clock.advance(61'000);
        f.ingest({f.event("smrt", "identify", {}, {}, {{"email", "ann@example.com"}, {"tier", "silver"}},
                          "u-ann")});
        QCOMPARE(tierWrittenAt(), f.clock.nowMs());
        QCOMPARE(profileUpdatedAt(), f.clock.nowMs());
        // A changed contact column is written at once, whatever the minute.
        f.clock.advance(1'000);
        f.ingest({f.event("smrt", "identify", {}, {},
                          {{"email", "ann@example.com"}, {"phone", "+14155550100"}}, "u-ann")});
        QCOMPARE(f.scalar("SELECT phone FROM profiles WHERE id = ?", {ann}).toString(),
                 QStringLiteral("+14155550100"));
        QCOMPARE(profileUpdatedAt(), f.clock.nowMs());
    }

    // The writer's identity cache keeps what a transaction learned only once it commits.
    void identityCacheKeepsOnlyCommittedLearning() {
        IdentityCache cache;
        cache.note("email", "a@example.com", 7);
        QCOMPARE(cache.find("email", "a@example.com"), 7);
        cache.rolledBack();
        QCOMPARE(cache.find("email", "a@example.com"), 0);
        cache.note("email", "a@example.com", 8);
        cache.committed();
        cache.rolledBack(); // a later transaction's rollback leaves committed learning alone
        QCOMPARE(cache.find("email", "a@example.com"), 8);
        QCOMPARE(cache.find("user_id", "a@example.com"), 0);
        cache.clear();
        QCOMPARE(cache.find("email", "a@example.com"), 0);
    }

    // Profile rows too; and a rollback anywhere in a transaction forgets the rows it touched, even
    // ones known before: the part of the transaction that commits may have changed them.
    void identityCacheForgetsProfileRowsARollbackTouched() {
        IdentityCache cache;
        cache.noteProfile(7, {"a@example.com", {}, "u-a", "Ann", 0, 1000});
        QCOMPARE(cache.profile(7)->displayName, QStringLiteral("Ann"));
        cache.committed();
        cache.noteProfile(8, {"b@example.com", {}, {}, {}, 0, 1000});
        cache.committed();
        cache.noteProfile(7, {"a@example.com", {}, "u-a", "Anna", 0, 2000});
        QCOMPARE(cache.profile(7)->displayName, QStringLiteral("Anna"));
        cache.rolledBack();
        QVERIFY(!cache.profile(7));
        QCOMPARE(cache.profile(8)->email, QStringLiteral("b@example.com"));
        cache.noteTrait(8, 1, "tier", {"\"gold\"", 1000});
        cache.committed();
        QCOMPARE(cache.trait(8, 1, "tier")->value, QByteArray("\"gold\""));
        QVERIFY(!cache.trait(8, 2, "tier"));
        cache.noteTrait(8, 1, "tier", {"\"silver\"", 2000});
        cache.rolledBack();
        QVERIFY(!cache.trait(8, 1, "tier"));
        cache.clear();
        QVERIFY(!cache.profile(8));
    }

    // Another connection changes a profile's contact columns: the writer's next write of that profile
    // starts from them, not from what it remembered.
    void anotherConnectionsContactChangesAreKept() {
        Fixture f;
        f.ingest(
            {f.event("smrt", "identify", {}, {}, {{"email", "ann@example.com"}, {"name", "Ann"}}, "u-ann")});
        const qint64 ann =
            f.scalar("SELECT profile_id FROM identities WHERE value = 'ann@example.com'").toLongLong();
        {
            QSqlDatabase db = Database::open(f.workspace->databasePath(), QStringLiteral("tst-other-writer"),
                                             Database::Access::ReadWrite)
                                  .take();
            sql::exec(db, QStringLiteral("UPDATE profiles SET display_name = 'Annie' WHERE id = ?"), {ann});
            db = QSqlDatabase();
            Database::close(QStringLiteral("tst-other-writer"));
        }
        f.ingest({f.event("smrt", "identify", {}, {},
                          {{"email", "ann@example.com"}, {"phone", "+14155550100"}}, "u-ann")});
        QCOMPARE(f.scalar("SELECT display_name FROM profiles WHERE id = ?", {ann}).toString(),
                 QStringLiteral("Annie"));
        QCOMPARE(f.scalar("SELECT phone FROM profiles WHERE id = ?", {ann}).toString(),
                 QStringLiteral("+14155550100"));

        // A trait the writer wrote a moment ago and another connection changed since is written again.
        f.ingest(
            {f.event("smrt", "identify", {}, {}, {{"email", "ann@example.com"}, {"tier", "gold"}}, "u-ann")});
        {
            QSqlDatabase db = Database::open(f.workspace->databasePath(), QStringLiteral("tst-other-writer"),
                                             Database::Access::ReadWrite)
                                  .take();
            sql::exec(db,
                      QStringLiteral("UPDATE profile_traits SET value = '\"platinum\"' WHERE name = 'tier'"));
            db = QSqlDatabase();
            Database::close(QStringLiteral("tst-other-writer"));
        }
        f.clock.advance(1'000);
        f.ingest(
            {f.event("smrt", "identify", {}, {}, {{"email", "ann@example.com"}, {"tier", "gold"}}, "u-ann")});
        QCOMPARE(f.trait(ann, "tier"), QStringLiteral("gold"));
    }

    // A job that resolved a new customer and then failed leaves no remembered profile behind: the
    // next event of that customer gets a profile that exists.
    void aRolledBackProfileIsNotRemembered() {
        Fixture f;
        const Event first = f.event("smrt", "identify", {}, {}, email("new@example.com"), "u-new");
        bool hadCache = false;
        const WriteResult failed = f.workspace->writer()->run([&](WriteContext &context) -> QVariant {
            QList<PreparedEvent> events{PreparedEvent::from(first)};
            IngestReceipt receipt;
            storePreparedEvents(context, QStringLiteral("US"), {}, events, receipt);
            hadCache = context.identities && context.identities->size() > 0;
            throw sql::Error(QStringLiteral("failing on purpose after the profile was created"));
        });
        QVERIFY(!failed.ok);
        QVERIFY2(hadCache, "the job learned the new customer's identities in the writer's cache");
        QCOMPARE(f.scalar("SELECT count(*) FROM profiles").toInt(), 0);

        f.ingest({f.event("smrt", "track", "Order Ready", {}, email("new@example.com"), "u-new")});
        QCOMPARE(f.scalar("SELECT count(*) FROM events e JOIN profiles p ON p.id = e.profile_id").toInt(), 1);
        QCOMPARE(f.scalar("SELECT count(*) FROM profiles WHERE email = 'new@example.com'").toInt(), 1);
        QCOMPARE(Database::foreignKeyViolations(f.workspace->reader()), QStringList());
    }

    // Another connection (switchboard-ctl, a second engine) moves an identity: the writer's next event
    // follows it instead of what it remembered.
    void anotherConnectionsChangesAreFollowed() {
        Fixture f;
        f.ingest({f.event("smrt", "identify", {}, {}, email("ann@example.com"), "u-ann")});
        const qint64 ann =
            f.scalar("SELECT profile_id FROM identities WHERE value = 'ann@example.com'").toLongLong();
        QVERIFY(ann > 0);
        qint64 other = 0;
        {
            QSqlDatabase db = Database::open(f.workspace->databasePath(), QStringLiteral("tst-other-writer"),
                                             Database::Access::ReadWrite)
                                  .take();
            sql::exec(db, QStringLiteral("INSERT INTO profiles(email, created_at, updated_at) "
                                         "VALUES ('ann@example.com', 0, 0)"));
            other = sql::scalar(db, QStringLiteral("SELECT max(id) FROM profiles")).toLongLong();
            sql::exec(db, QStringLiteral("UPDATE identities SET profile_id = ? WHERE profile_id = ?"),
                      {other, ann});
            db = QSqlDatabase();
            Database::close(QStringLiteral("tst-other-writer"));
        }
        QVERIFY(other != ann);
        f.ingest({f.event("smrt", "track", "Order Ready", {}, email("ann@example.com"), "u-ann")});
        QCOMPARE(f.scalar("SELECT profile_id FROM events WHERE name = 'Order Ready'").toLongLong(), other);
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
