// The scheduler's daily rules on a real SQLite workspace, driven by a ManualClock: birthdays once on
// the store's local day, catch-up after downtime, lost customers once per lapse, the SHOPLINE 00:00
// refresh exactly once per local day across DST changes, Ordergroove reminders, and routing into the
// outbox through the engine's own hook.
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "core/clock.h"
#include "engine.h"
#include "ingest/ingestservice.h"
#include "ingest/sourcestore.h"
#include "mapping/mappingstore.h"
#include "scheduler/customerbirthdayrule.h"
#include "scheduler/dailyschedule.h"
#include "scheduler/scheduler.h"
#include "scheduler/segmentrefreshrule.h"
#include "store/sql.h"
#include "store/workspace.h"
#include "store/writer.h"

using namespace sb;

namespace {

const QTimeZone kLosAngeles("America/Los_Angeles");
const QTimeZone kNewYork("America/New_York");

QDateTime la(int y, int m, int d, int h, int min = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min), kLosAngeles).toUTC();
}

// A started engine (no HTTP, no delivery workers) on a fresh workspace whose clock the test moves.
struct Fixture {
    QTemporaryDir dir;
    ManualClock clock{la(2026, 12, 2, 10)};
    std::unique_ptr<Engine> engine;

    Fixture() {
        Engine::Options options;
        options.workspaceDir = dir.path();
        options.ingest = false;
        options.delivery = false;
        options.clock = &clock;
        auto started = Engine::start(options);
        if (!started)
            qFatal("engine: %s", qUtf8Printable(started.error()));
        engine = started.take();
        setting(QStringLiteral("scheduler.timezone"), QStringLiteral("America/Los_Angeles"));
    }

    Workspace *ws() const { return engine->workspace(); }
    IngestService *ingest() const { return engine->ingestService(); }

    void setting(const QString &key, const QString &value) {
        ws()->writer()->run([=](WriteContext &c) {
            sql::exec(c.db,
                      QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                      {key, value});
            return QVariant();
        });
    }

    qint64 source(const QString &kind) {
        SourceStore store(ws());
        const Result<SourceInfo> added = store.add(kind + QStringLiteral(" store"), kind);
        if (!added)
            qFatal("source: %s", qUtf8Printable(added.error()));
        return added.value().id;
    }

    void store(const Event &e) {
        const Result<IngestReceipt> r = ingest()->ingest({e});
        if (!r)
            qFatal("ingest: %s", qUtf8Printable(r.error()));
    }

    Event message(qint64 sourceId, const QString &kind, const QString &type, const QString &name,
                  const QString &userId, const QDateTime &at, const QJsonObject &body) {
        static int sequence = 0;
        Event e;
        e.sourceId = sourceId;
        e.sourceKind = kind;
        e.type = type;
        e.name = name;
        e.messageId = QStringLiteral("test-%1").arg(++sequence);
        e.occurredAt = at;
        e.receivedAt = at;
        e.payload = body;
        e.payload.insert(QStringLiteral("type"), type);
        e.payload.insert(QStringLiteral("messageId"), e.messageId);
        if (!userId.isEmpty())
            e.payload.insert(QStringLiteral("userId"), userId);
        if (!name.isEmpty())
            e.payload.insert(QStringLiteral("event"), name);
        return e;
    }

    void identify(qint64 sourceId, const QString &kind, const QString &userId, const QJsonObject &traits,
                  const QDateTime &at) {
        store(message(sourceId, kind, QStringLiteral("identify"), {}, userId, at,
                      {{QStringLiteral("traits"), traits}}));
    }

    void track(qint64 sourceId, const QString &kind, const QString &userId, const QString &name,
               const QDateTime &at, const QJsonObject &properties = {}) {
        store(message(sourceId, kind, QStringLiteral("track"), name, userId, at,
                      {{QStringLiteral("properties"), properties}}));
    }

    int count(const QString &statement, const QVariantList &binds = {}) {
        return sql::scalar(ws()->reader(), statement, binds).toInt();
    }
    int events(const QString &name) {
        return count(QStringLiteral("SELECT count(*) FROM events WHERE name = ?"), {name});
    }
    QStringList messageIds(const QString &name) {
        QStringList ids;
        QSqlQuery q =
            sql::exec(ws()->reader(),
                      QStringLiteral("SELECT message_id FROM events WHERE name = ? ORDER BY id"), {name});
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    }
    qint64 profileOf(const QString &userId) {
        return sql::scalar(
                   ws()->reader(),
                   QStringLiteral("SELECT profile_id FROM identities WHERE kind = 'user_id' AND value = ?"),
                   {userId})
            .toLongLong();
    }
    void saveState(const QString &rule, const QDate &lastDay) {
        ws()->writer()->run([=](WriteContext &c) {
            sql::exec(c.db,
                      QStringLiteral("INSERT OR REPLACE INTO scheduler_state(job, last_run_at, state) "
                                     "VALUES (?, 0, ?)"),
                      {rule, QStringLiteral("{\"lastDay\":\"%1\"}").arg(lastDay.toString(Qt::ISODate))});
            return QVariant();
        });
    }
};

QJsonObject birthdayField(const QString &value) {
    return {{QStringLiteral("customFields"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Referral Source")},
                                    {QStringLiteral("value"), QStringLiteral("Website")}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Birthday")},
                                    {QStringLiteral("value"), value}}}}};
}

} // namespace

class TestScheduler : public QObject {
    Q_OBJECT
private slots:
    void birthdayValuesAndLeapDays() {
        using R = CustomerBirthdayRule;
        for (const char *text : {"1990-05-17", "1990-05-17T00:00:00Z", "--05-17", "05-17", "05/17/1990",
                                 "05/17", "17.05.1990"}) {
            const auto md = R::parse(QJsonValue(QString::fromLatin1(text)));
            QVERIFY2(md.has_value(), text);
            QCOMPARE(md->month, 5);
            QCOMPARE(md->day, 17);
        }
        QVERIFY(!R::parse(QJsonValue(QStringLiteral("1990-02-30"))).has_value());
        QVERIFY(!R::parse(QJsonValue(QStringLiteral("someday"))).has_value());
        QVERIFY(!R::parse(QJsonValue(42)).has_value());
        const R::MonthDay leap{2, 29};
        QVERIFY(R::fallsOn(leap, QDate(2027, 2, 28))); // non-leap year: Feb 28
        QVERIFY(!R::fallsOn(leap, QDate(2027, 3, 1)));
        QVERIFY(R::fallsOn(leap, QDate(2028, 2, 29)));  // leap year: the day itself
        QVERIFY(!R::fallsOn(leap, QDate(2028, 2, 28))); // ... and not the day before
        QCOMPARE(R::fromCustomFields(
                     birthdayField(QStringLiteral("1980-01-02")).value(QStringLiteral("customFields")))
                     .toString(),
                 QStringLiteral("1980-01-02"));
    }

    void birthdayFiresOnceOnItsLocalDay() {
        Fixture f;
        const qint64 smrt = f.source(QStringLiteral("smrt"));
        QJsonObject janeTraits = birthdayField(QStringLiteral("1990-12-03"));
        janeTraits.insert(QStringLiteral("email"), QStringLiteral("jane@example.com"));
        f.identify(smrt, QStringLiteral("smrt"), QStringLiteral("c-1"), janeTraits, la(2026, 11, 1, 12));
        // Another customer with another birthday, and one SMRT does not know (SHOPLINE only).
        f.identify(smrt, QStringLiteral("smrt"), QStringLiteral("c-2"),
                   birthdayField(QStringLiteral("1985-12-04")), la(2026, 11, 1, 12));
        const qint64 shopline = f.source(QStringLiteral("shopline"));
        f.identify(shopline, QStringLiteral("shopline"), QStringLiteral("s-9"),
                   {{QStringLiteral("birthday"), QStringLiteral("1970-12-03")}}, la(2026, 11, 1, 12));

        auto scheduler = std::make_unique<Scheduler>(f.ws(), f.ingest());
        // Dec 2, 10:00 local: the first run covers today only; nobody's birthday.
        scheduler->runDue();
        QCOMPARE(f.events(QStringLiteral("Customer Birthday")), 0);
        // Dec 3, 08:59 local: the 09:00 run is not due yet.
        f.clock.set(la(2026, 12, 3, 8, 59));
        scheduler->runDue();
        QCOMPARE(f.events(QStringLiteral("Customer Birthday")), 0);
        QCOMPARE(scheduler->nextDue(), la(2026, 12, 3, 9));
        // 09:00 local (17:00 UTC): Jane's birthday, once.
        f.clock.set(la(2026, 12, 3, 9));
        const Scheduler::RunReport report = scheduler->runDue();
        QVERIFY2(report.errors().isEmpty(), qPrintable(report.errors().join(u'\n')));
        QCOMPARE(f.events(QStringLiteral("Customer Birthday")), 1);
        const qint64 jane = f.profileOf(QStringLiteral("c-1"));
        QCOMPARE(f.count(QStringLiteral("SELECT profile_id FROM events WHERE name = 'Customer Birthday'")),
                 int(jane));
        QCOMPARE(f.messageIds(QStringLiteral("Customer Birthday")),
                 QStringList{QStringLiteral("sb-scheduler:customer_birthday:%1:2026-12-03").arg(jane)});
        // The event is stored under the SMRT source at the local due time.
        QCOMPARE(f.count(QStringLiteral("SELECT source_id FROM events WHERE name = 'Customer Birthday'")),
                 int(smrt));
        QCOMPARE(
            sql::scalar(f.ws()->reader(),
                        QStringLiteral("SELECT occurred_at FROM events WHERE name = 'Customer Birthday'"))
                .toLongLong(),
            la(2026, 12, 3, 9).toMSecsSinceEpoch());
        // Running again, or after a restart, stores nothing new.
        f.clock.set(la(2026, 12, 3, 15));
        scheduler->runDue();
        scheduler = std::make_unique<Scheduler>(f.ws(), f.ingest());
        scheduler->runDue();
        QCOMPARE(f.events(QStringLiteral("Customer Birthday")), 1);
        // Even with the progress lost, the message id makes the rerun a duplicate.
        f.saveState(QStringLiteral("customer_birthday"), QDate(2026, 12, 2));
        const Scheduler::RunReport rerun = scheduler->runDue();
        QCOMPARE(rerun.stored(), 0);
        QCOMPARE(f.events(QStringLiteral("Customer Birthday")), 1);
        // Dec 4: the second customer, not Jane again.
        f.clock.set(la(2026, 12, 4, 9, 30));
        scheduler->runDue();
        QCOMPARE(f.events(QStringLiteral("Customer Birthday")), 2);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM events WHERE name = 'Customer Birthday' "
                                        "AND profile_id = ?"),
                         {jane}),
                 1);
        // State persisted: the last finished local day.
        QCOMPARE(sql::scalar(f.ws()->reader(),
                             QStringLiteral("SELECT json_extract(state, '$.lastDay') FROM scheduler_state "
                                            "WHERE job = 'customer_birthday'"))
                     .toString(),
                 QStringLiteral("2026-12-04"));
    }

    void catchUpAfterDowntimeSendsEachMissedDayOnce() {
        Fixture f;
        const qint64 smrt = f.source(QStringLiteral("smrt"));
        const QStringList birthdays = {QStringLiteral("1990-11-22"), QStringLiteral("1990-11-29"),
                                       QStringLiteral("1990-12-01"), QStringLiteral("1990-12-02"),
                                       QStringLiteral("1990-12-03"), QStringLiteral("1990-12-06")};
        for (int i = 0; i < birthdays.size(); ++i)
            f.identify(smrt, QStringLiteral("smrt"), QStringLiteral("c-%1").arg(i),
                       birthdayField(birthdays.at(i)), la(2026, 11, 1, 12));
        // Last ran for Nov 20; the engine was off until Dec 5 10:00. The catch-up window is 7 days
        // (Nov 29 .. Dec 5): Nov 22 is too old, Dec 6 not yet due.
        f.saveState(QStringLiteral("customer_birthday"), QDate(2026, 11, 20));
        f.clock.set(la(2026, 12, 5, 10));
        Scheduler scheduler(f.ws(), f.ingest());
        const Scheduler::RunReport report = scheduler.runDue();
        QVERIFY(report.errors().isEmpty());
        const QStringList ids = f.messageIds(QStringLiteral("Customer Birthday"));
        QCOMPARE(ids.size(), 4);
        for (const char *day : {"2026-11-29", "2026-12-01", "2026-12-02", "2026-12-03"})
            QCOMPARE(ids.filter(QLatin1String(day)).size(), 1);
        // Each catch-up event happened on its own day.
        QCOMPARE(sql::scalar(
                     f.ws()->reader(),
                     QStringLiteral("SELECT min(occurred_at) FROM events WHERE name = 'Customer Birthday'"))
                     .toLongLong(),
                 la(2026, 11, 29, 9).toMSecsSinceEpoch());
        scheduler.runDue();
        QCOMPARE(f.events(QStringLiteral("Customer Birthday")), 4);
        // A shorter window from the setting.
        f.setting(QStringLiteral("scheduler.catch_up_days"), QStringLiteral("2"));
        f.saveState(QStringLiteral("customer_birthday"), QDate(2026, 11, 20));
        f.clock.set(la(2026, 12, 7, 10));
        scheduler.runDue(); // Dec 6 and 7 only
        QCOMPARE(f.events(QStringLiteral("Customer Birthday")), 5);
        QCOMPARE(
            f.messageIds(QStringLiteral("Customer Birthday")).filter(QStringLiteral("2026-12-06")).size(), 1);
    }

    void firstCheckBeforeTheRunTimeStillOwesToday() {
        Fixture f;
        const qint64 smrt = f.source(QStringLiteral("smrt"));
        f.identify(smrt, QStringLiteral("smrt"), QStringLiteral("c-1"),
                   birthdayField(QStringLiteral("1990-12-02")), la(2026, 11, 1, 12));
        f.identify(smrt, QStringLiteral("smrt"), QStringLiteral("c-2"),
                   birthdayField(QStringLiteral("1990-12-01")), la(2026, 11, 1, 12));
        // First ever check at 08:00 local, before the 09:00 run; then the engine is off until the next day.
        f.clock.set(la(2026, 12, 2, 8));
        {
            Scheduler first(f.ws(), f.ingest());
            QCOMPARE(first.runDue().stored(), 0);
        }
        f.clock.set(la(2026, 12, 3, 10));
        Scheduler later(f.ws(), f.ingest());
        later.runDue();
        // Dec 2 is still sent; Dec 1 (before the scheduler existed) is not.
        QCOMPARE(f.messageIds(QStringLiteral("Customer Birthday")),
                 QStringList{QStringLiteral("sb-scheduler:customer_birthday:%1:2026-12-02")
                                 .arg(f.profileOf(QStringLiteral("c-1")))});
    }

    void lostOncePerLapseAndAgainAfterANewVisit() {
        Fixture f;
        const qint64 smrt = f.source(QStringLiteral("smrt"));
        f.clock.set(la(2026, 11, 1, 8));
        // A visit on Nov 1 10:00 local (derived Customer Visit from Pickup Completed).
        f.track(smrt, QStringLiteral("smrt"), QStringLiteral("c-7"), QStringLiteral("Pickup Completed"),
                la(2026, 11, 1, 10));
        QCOMPARE(f.events(QStringLiteral("Customer Visit")), 1);
        // A customer who visits every week is never lost.
        for (QDate d(2026, 11, 1); d <= QDate(2027, 1, 31); d = d.addDays(7))
            f.track(smrt, QStringLiteral("smrt"), QStringLiteral("c-8"), QStringLiteral("Order Created"),
                    QDateTime(d, QTime(11, 0), kLosAngeles).toUTC());
        const qint64 lost = f.profileOf(QStringLiteral("c-7"));

        Scheduler scheduler(f.ws(), f.ingest());
        auto runDaily = [&](const QDate &from, const QDate &to) {
            for (QDate d = from; d <= to; d = d.addDays(1)) {
                f.clock.set(QDateTime(d, QTime(9, 30), kLosAngeles).toUTC());
                const Scheduler::RunReport r = scheduler.runDue();
                if (!r.errors().isEmpty())
                    qFatal("%s", qPrintable(r.errors().join(u'\n')));
            }
        };
        // Dec 1 09:00 is 30 days minus one hour after the visit: not yet lost.
        runDaily(QDate(2026, 11, 2), QDate(2026, 12, 1));
        QCOMPARE(f.events(QStringLiteral("Customer Lost")), 0);
        runDaily(QDate(2026, 12, 2), QDate(2026, 12, 2));
        QCOMPARE(f.events(QStringLiteral("Customer Lost")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT profile_id FROM events WHERE name = 'Customer Lost'")),
                 int(lost));
        // Not again while the lapse lasts.
        runDaily(QDate(2026, 12, 3), QDate(2026, 12, 10));
        QCOMPARE(f.events(QStringLiteral("Customer Lost")), 1);
        // A new visit (store drop-off) on Dec 11, then 30 more days: lost again, once.
        f.track(smrt, QStringLiteral("smrt"), QStringLiteral("c-7"), QStringLiteral("Order Created"),
                la(2026, 12, 11, 12));
        runDaily(QDate(2026, 12, 11), QDate(2027, 1, 10));
        QCOMPARE(f.events(QStringLiteral("Customer Lost")), 1);
        runDaily(QDate(2027, 1, 11), QDate(2027, 1, 20));
        QCOMPARE(f.events(QStringLiteral("Customer Lost")), 2);
        QCOMPARE(f.count(QStringLiteral(
                             "SELECT count(*) FROM events WHERE name = 'Customer Lost' AND profile_id = ?"),
                         {lost}),
                 2);

        // The threshold comes from the settings; SMRT's lastVisit trait counts as a visit too.
        f.setting(QStringLiteral("scheduler.customer_lost.days"), QStringLiteral("10"));
        f.identify(smrt, QStringLiteral("smrt"), QStringLiteral("c-9"),
                   {{QStringLiteral("lastVisit"), la(2027, 1, 12, 9).toString(Qt::ISODate)}},
                   la(2027, 1, 12, 9));
        runDaily(QDate(2027, 1, 21), QDate(2027, 1, 22)); // exactly 10 days on Jan 22 09:00: not yet
        QCOMPARE(f.count(QStringLiteral(
                             "SELECT count(*) FROM events WHERE name = 'Customer Lost' AND profile_id = ?"),
                         {f.profileOf(QStringLiteral("c-9"))}),
                 0);
        runDaily(QDate(2027, 1, 23), QDate(2027, 1, 24));
        QCOMPARE(f.count(QStringLiteral(
                             "SELECT count(*) FROM events WHERE name = 'Customer Lost' AND profile_id = ?"),
                         {f.profileOf(QStringLiteral("c-9"))}),
                 1);
        QCOMPARE(f.count(QStringLiteral(
                             "SELECT count(*) FROM events WHERE name = 'Customer Lost' AND profile_id = ?"),
                         {f.profileOf(QStringLiteral("c-8"))}),
                 0);
    }

    void lostSentBySmrtItselfIsNotRepeated() {
        Fixture f;
        const qint64 smrt = f.source(QStringLiteral("smrt"));
        f.track(smrt, QStringLiteral("smrt"), QStringLiteral("c-1"), QStringLiteral("Pickup Completed"),
                la(2026, 10, 1, 10));
        f.track(smrt, QStringLiteral("smrt"), QStringLiteral("c-1"), QStringLiteral("Customer Lost"),
                la(2026, 11, 5, 2));
        Scheduler scheduler(f.ws(), f.ingest());
        scheduler.runDue();
        QCOMPARE(f.events(QStringLiteral("Customer Lost")), 1);
    }

    void dailySchedulePlacesDueTimesOnLocalDays() {
        const DailySchedule midnight(QTime(0, 0), kNewYork);
        // 2026-03-08: 23-hour day (spring forward); 2026-11-01: 25-hour day (fall back).
        QCOMPARE(midnight.dueAt(QDate(2026, 3, 8)), QDateTime(QDate(2026, 3, 8), QTime(5, 0), Qt::UTC));
        QCOMPARE(midnight.dueAt(QDate(2026, 3, 9)), QDateTime(QDate(2026, 3, 9), QTime(4, 0), Qt::UTC));
        QCOMPARE(midnight.dueAt(QDate(2026, 11, 1)), QDateTime(QDate(2026, 11, 1), QTime(4, 0), Qt::UTC));
        QCOMPARE(midnight.dueAt(QDate(2026, 11, 2)), QDateTime(QDate(2026, 11, 2), QTime(5, 0), Qt::UTC));
        // 02:30 does not exist on Mar 8: the rule runs at the first minute after the gap (03:00 EDT).
        const DailySchedule inGap(QTime(2, 30), kNewYork);
        QCOMPARE(inGap.dueAt(QDate(2026, 3, 8)), QDateTime(QDate(2026, 3, 8), QTime(7, 0), Qt::UTC));
        // Never ran: nothing from before today.
        QCOMPARE(midnight.dueDays(QDate(), QDateTime(QDate(2026, 3, 9), QTime(12, 0), Qt::UTC), 7),
                 QList<QDate>{QDate(2026, 3, 9)});
    }

    void shoplineRefreshRunsOncePerLocalDayAcrossDst_data() {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<int>("days");
        QTest::newRow("fall back (25-hour day)")
            << QDateTime(QDate(2026, 10, 30), QTime(12, 0), kNewYork).toUTC()
            << QDateTime(QDate(2026, 11, 3), QTime(12, 0), kNewYork).toUTC() << 5;
        QTest::newRow("spring forward (23-hour day)")
            << QDateTime(QDate(2026, 3, 6), QTime(12, 0), kNewYork).toUTC()
            << QDateTime(QDate(2026, 3, 10), QTime(12, 0), kNewYork).toUTC() << 5;
    }

    void shoplineRefreshRunsOncePerLocalDayAcrossDst() {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(int, days);
        Fixture f;
        f.clock.set(from.addDays(-10));
        f.setting(QStringLiteral("scheduler.timezone"), QStringLiteral("America/New_York"));
        const qint64 shopline = f.source(QStringLiteral("shopline"));
        auto customer = [&](const QString &id, const QString &email, const QJsonArray &tags,
                            const QString &status) {
            f.identify(shopline, QStringLiteral("shopline"), id,
                       {{QStringLiteral("email"), email},
                        {QStringLiteral("tags"), tags},
                        {QStringLiteral("subscription_status"), status}},
                       f.clock.now());
        };
        customer(QStringLiteral("s-1"), QStringLiteral("ann@example.com"), {QStringLiteral("vip")},
                 QStringLiteral("subscribed"));
        customer(QStringLiteral("s-2"), QStringLiteral("bob@example.com"), {QStringLiteral("vip")},
                 QStringLiteral("unsubscribed"));
        customer(QStringLiteral("s-3"), QStringLiteral("cy@example.com"),
                 {QStringLiteral("vip"), QStringLiteral("x")}, QStringLiteral("blacklisted"));
        customer(QStringLiteral("s-4"), QStringLiteral("dee@example.com"), {QStringLiteral("repeat")},
                 QStringLiteral("subscribed"));
        const qint64 ann = f.profileOf(QStringLiteral("s-1"));
        const qint64 dee = f.profileOf(QStringLiteral("s-4"));
        const QJsonObject definition{
            {QStringLiteral("match"), QStringLiteral("all")},
            {QStringLiteral("rules"),
             QJsonArray{QJsonObject{{QStringLiteral("trait"), QStringLiteral("tags")},
                                    {QStringLiteral("op"), QStringLiteral("contains")},
                                    {QStringLiteral("value"), QStringLiteral("vip")}}}}};
        qint64 segment = 0;
        f.ws()->writer()->run([&](WriteContext &c) {
            const qint64 old = from.addDays(-5).toMSecsSinceEpoch();
            segment =
                sql::exec(c.db,
                          QStringLiteral("INSERT INTO segments(source_id, external_id, name, definition, "
                                         "created_at, updated_at) VALUES (?, 'seg_vip', 'VIP', ?, ?, ?)"),
                          {shopline,
                           QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact)), old,
                           old})
                    .lastInsertId()
                    .toLongLong();
            // A stale member the refresh removes; and a segment without rules it leaves alone.
            sql::exec(c.db, QStringLiteral("INSERT INTO segment_memberships VALUES (?, ?, 0)"),
                      {segment, dee});
            sql::exec(
                c.db,
                QStringLiteral("INSERT INTO segments(source_id, external_id, name, created_at, updated_at) "
                               "VALUES (?, 'seg_admin', 'From the Admin', ?, ?)"),
                {shopline, old, old});
            return QVariant();
        });

        Scheduler scheduler(f.ws(), f.ingest());
        // Every 20 minutes, wall-clock, for the whole span.
        for (QDateTime t = from; t <= to; t = t.addSecs(20 * 60)) {
            f.clock.set(t);
            const Scheduler::RunReport r = scheduler.runDue();
            QVERIFY2(r.errors().isEmpty(), qPrintable(r.errors().join(u'\n')));
        }
        const QStringList ids = f.messageIds(QStringLiteral("shopline.segment.updated"));
        QCOMPARE(ids.size(), days);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), days);
        // Each refresh happened at local 00:00 (the first one, from the first run, at start).
        QSqlQuery q = sql::exec(f.ws()->reader(),
                                QStringLiteral("SELECT occurred_at, payload FROM events "
                                               "WHERE name = 'shopline.segment.updated' ORDER BY id"));
        QDate previous;
        while (q.next()) {
            const QDateTime local =
                QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC).toTimeZone(kNewYork);
            QCOMPARE(local.time(), QTime(0, 0));
            if (previous.isValid())
                QCOMPARE(local.date(), previous.addDays(1));
            previous = local.date();
            const QJsonObject properties = QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                                               .object()
                                               .value(QStringLiteral("properties"))
                                               .toObject();
            QCOMPARE(properties.value(QStringLiteral("segment_id")).toString(), QStringLiteral("seg_vip"));
            QCOMPARE(properties.value(QStringLiteral("members")).toArray(),
                     QJsonArray{QStringLiteral("ann@example.com")});
        }
        // Memberships replaced: only Ann (unsubscribed and blacklisted VIPs excluded, Dee no longer).
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM segment_memberships WHERE segment_id = ?"),
                         {segment}),
                 1);
        QCOMPARE(f.count(QStringLiteral("SELECT profile_id FROM segment_memberships WHERE segment_id = ?"),
                         {segment}),
                 int(ann));
        QVERIFY(f.count(QStringLiteral("SELECT last_refreshed_at FROM segments WHERE id = ?"), {segment})
                != 0);
    }

    void shoplineRefreshSendsTheStoredMembersOfSegmentsWithoutRules() {
        Fixture f;
        const QDateTime from = QDateTime(QDate(2026, 5, 4), QTime(12, 0), kNewYork).toUTC();
        f.clock.set(from.addDays(-3));
        f.setting(QStringLiteral("scheduler.timezone"), QStringLiteral("America/New_York"));
        const qint64 shopline = f.source(QStringLiteral("shopline"));
        f.identify(shopline, QStringLiteral("shopline"), QStringLiteral("s-1"),
                   {{QStringLiteral("email"), QStringLiteral("ann@example.com")},
                    {QStringLiteral("subscription_status"), QStringLiteral("subscribed")}},
                   f.clock.now());
        f.identify(shopline, QStringLiteral("shopline"), QStringLiteral("s-2"),
                   {{QStringLiteral("email"), QStringLiteral("bob@example.com")},
                    {QStringLiteral("subscription_status"), QStringLiteral("unsubscribed")}},
                   f.clock.now());
        // As SHOPLINE sends a segment: a member list, no rules (stored by ingest, not by this test).
        f.track(shopline, QStringLiteral("shopline"), QStringLiteral("shopline-store"),
                QStringLiteral("shopline.segment.created"), f.clock.now(),
                {{QStringLiteral("segment_id"), QStringLiteral("seg_admin")},
                 {QStringLiteral("segment_name"), QStringLiteral("From the Admin")},
                 {QStringLiteral("members"),
                  QJsonArray{QStringLiteral("ann@example.com"), QStringLiteral("bob@example.com"),
                             QStringLiteral("cy@example.com")}}});
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM segment_memberships")), 3);

        Scheduler scheduler(f.ws(), f.ingest());
        for (QDateTime t = from; t <= from.addDays(1); t = t.addSecs(3600)) {
            f.clock.set(t);
            const Scheduler::RunReport r = scheduler.runDue();
            QVERIFY2(r.errors().isEmpty(), qPrintable(r.errors().join(u'\n')));
        }
        // The first run (today's refresh, late) and the next local midnight.
        QCOMPARE(f.messageIds(QStringLiteral("shopline.segment.updated")).size(), 2);
        QSqlQuery q =
            sql::exec(f.ws()->reader(),
                      QStringLiteral("SELECT payload FROM events WHERE name = 'shopline.segment.updated' "
                                     "ORDER BY id"));
        while (q.next()) {
            const QJsonObject properties = QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                                               .object()
                                               .value(QStringLiteral("properties"))
                                               .toObject();
            QCOMPARE(properties.value(QStringLiteral("segment_id")).toString(), QStringLiteral("seg_admin"));
            // Bob unsubscribed: never sent, but still a member as the source said.
            QCOMPARE(properties.value(QStringLiteral("members")).toArray(),
                     (QJsonArray{QStringLiteral("ann@example.com"), QStringLiteral("cy@example.com")}));
        }
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM segment_memberships")), 3);
    }

    void segmentDefinitions() {
        const QJsonObject traits{{QStringLiteral("orders_count"), 5},
                                 {QStringLiteral("country"), QStringLiteral("US")},
                                 {QStringLiteral("last_order_at"), QStringLiteral("2026-11-20T12:00:00Z")}};
        auto rule = [](const char *trait, const char *op, const QJsonValue &value) {
            return QJsonObject{{QStringLiteral("trait"), QLatin1String(trait)},
                               {QStringLiteral("op"), QLatin1String(op)},
                               {QStringLiteral("value"), value}};
        };
        auto def = [](const QString &match, const QJsonArray &rules) {
            return QJsonObject{{QStringLiteral("match"), match}, {QStringLiteral("rules"), rules}};
        };
        QVERIFY(SegmentRefreshRule::matches(
            def(QStringLiteral("all"),
                {rule("orders_count", "at_least", 3), rule("country", "equals", QStringLiteral("us"))}),
            traits));
        QVERIFY(!SegmentRefreshRule::matches(
            def(QStringLiteral("all"),
                {rule("orders_count", "greater_than", 5), rule("country", "equals", QStringLiteral("US"))}),
            traits));
        QVERIFY(SegmentRefreshRule::matches(
            def(QStringLiteral("any"),
                {rule("orders_count", "greater_than", 5), rule("country", "equals", QStringLiteral("US"))}),
            traits));
        QVERIFY(SegmentRefreshRule::matches(
            def(QStringLiteral("all"), {rule("last_order_at", "greater_than", QStringLiteral("2026-11-01"))}),
            traits));
        QVERIFY(SegmentRefreshRule::matches(def(QStringLiteral("all"), {rule("gender", "not_exists", {})}),
                                            traits));
        QVERIFY(!SegmentRefreshRule::matches(def(QStringLiteral("all"), {}), traits)); // no rules: nobody
        QVERIFY(SegmentRefreshRule::excluded(
            {{QStringLiteral("subscription_status"), QStringLiteral("blacklisted")}}));
        QVERIFY(!SegmentRefreshRule::excluded(
            {{QStringLiteral("subscription_status"), QStringLiteral("subscribed")}}));
    }

    void orderReminderDaysBeforeTheNextOrder() {
        Fixture f;
        f.clock.set(la(2026, 11, 1, 8));
        const qint64 og = f.source(QStringLiteral("ordergroove"));
        auto ogEvent = [&](const QString &name, const QDateTime &at, const QJsonObject &properties) {
            Event e = f.message(
                og, QStringLiteral("ordergroove"), QStringLiteral("track"), name, {}, at,
                {{QStringLiteral("properties"), properties},
                 {QStringLiteral("context"),
                  QJsonObject{{QStringLiteral("traits"),
                               QJsonObject{{QStringLiteral("email"), QStringLiteral("liv@example.com")}}}}}});
            f.store(e);
        };
        ogEvent(QStringLiteral("ordergroove.subscription.create"), la(2026, 11, 1, 9),
                {{QStringLiteral("id"), QStringLiteral("S-1")}, {QStringLiteral("frequency_days"), 30}});
        const QJsonObject order{
            {QStringLiteral("total"), 24.99},
            {QStringLiteral("place_date"), la(2026, 11, 20, 5).toString(Qt::ISODateWithMs)},
            {QStringLiteral("items_subset"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("subscription"), QJsonObject{{QStringLiteral("id"), QStringLiteral("S-1")},
                                                              {QStringLiteral("frequency_days"), 30}}},
                 {QStringLiteral("quantity"), 1}}}}};
        ogEvent(QStringLiteral("ordergroove.order.success"), la(2026, 11, 20, 5), order);
        // Next order: Nov 20 + 30 days = Dec 20; reminder 3 days before: Dec 17.
        Scheduler scheduler(f.ws(), f.ingest());
        for (QDate d(2026, 11, 21); d <= QDate(2026, 12, 16); d = d.addDays(1)) {
            f.clock.set(QDateTime(d, QTime(12, 0), kLosAngeles).toUTC());
            scheduler.runDue();
        }
        QCOMPARE(f.events(QStringLiteral("ordergroove.order.reminder")), 0);
        for (QDate d(2026, 12, 17); d <= QDate(2026, 12, 19); d = d.addDays(1)) {
            f.clock.set(QDateTime(d, QTime(12, 0), kLosAngeles).toUTC());
            scheduler.runDue();
        }
        QCOMPARE(f.messageIds(QStringLiteral("ordergroove.order.reminder")),
                 QStringList{QStringLiteral("sb-scheduler:order_reminder:S-1:2026-12-20")});
        const QJsonObject stored =
            QJsonDocument::fromJson(
                sql::scalar(f.ws()->reader(), QStringLiteral("SELECT payload FROM events WHERE name = "
                                                             "'ordergroove.order.reminder'"))
                    .toString()
                    .toUtf8())
                .object()
                .value(QStringLiteral("properties"))
                .toObject();
        QCOMPARE(
            QDateTime::fromString(stored.value(QStringLiteral("place_date")).toString(), Qt::ISODateWithMs),
            la(2026, 11, 20, 5).addDays(30));
        QCOMPARE(stored.value(QStringLiteral("total")).toDouble(), 24.99);
        // A canceled subscription gets no reminder for its next order.
        QJsonObject december = order;
        december.insert(QStringLiteral("place_date"), la(2026, 12, 20, 5).toString(Qt::ISODateWithMs));
        ogEvent(QStringLiteral("ordergroove.order.success"), la(2026, 12, 20, 5), december);
        ogEvent(QStringLiteral("ordergroove.subscription.cancel"), la(2026, 12, 21, 9),
                {{QStringLiteral("id"), QStringLiteral("S-1")}});
        for (QDate d(2026, 12, 20); d <= QDate(2027, 1, 20); d = d.addDays(1)) {
            f.clock.set(QDateTime(d, QTime(12, 0), kLosAngeles).toUTC());
            scheduler.runDue();
        }
        QCOMPARE(f.events(QStringLiteral("ordergroove.order.reminder")), 1);
    }

    void scheduledEventsAreRoutedToTheOutbox() {
        Fixture f;
        const qint64 smrt = f.source(QStringLiteral("smrt"));
        f.identify(smrt, QStringLiteral("smrt"), QStringLiteral("c-1"),
                   birthdayField(QStringLiteral("1990-12-02")), la(2026, 11, 1, 12));
        qint64 destination = 0;
        f.ws()->writer()->run([&](WriteContext &c) {
            destination =
                sql::exec(c.db,
                          QStringLiteral("INSERT INTO destinations(name, connector, base_url, created_at) "
                                         "VALUES ('Segment', 'segment', 'http://127.0.0.1:1', 0)"))
                    .lastInsertId()
                    .toLongLong();
            return QVariant();
        });
        MappingDefinition d;
        d.name = QStringLiteral("Birthdays");
        d.sourceKind = QStringLiteral("smrt");
        d.eventNames = {QStringLiteral("Customer Birthday")};
        d.action = QStringLiteral("track");
        d.eventNameTemplate = QStringLiteral("{{event.name}}");
        d.fields = {{QStringLiteral("properties"), QStringLiteral("event.properties")}};
        const Result<MappingStore::Entry> saved = MappingStore(f.ws()).save(0, destination, d, QString());
        QVERIFY2(saved.ok(), qPrintable(saved.error()));

        Scheduler scheduler(f.ws(), f.ingest());
        scheduler.runDue(); // Dec 2, 10:00 local
        QCOMPARE(f.events(QStringLiteral("Customer Birthday")), 1);
        QCOMPARE(
            f.count(QStringLiteral("SELECT count(*) FROM deliveries d JOIN events e ON e.id = d.event_id "
                                   "WHERE e.name = 'Customer Birthday' AND d.destination_id = ? "
                                   "AND d.mapping_id = ?"),
                    {destination, saved.value().id}),
            1);
        scheduler.runDue();
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM deliveries")), 1);
    }

    void timerThreadRunsWhatIsDue() {
        Fixture f;
        const qint64 smrt = f.source(QStringLiteral("smrt"));
        f.identify(smrt, QStringLiteral("smrt"), QStringLiteral("c-1"),
                   birthdayField(QStringLiteral("1990-12-02")), la(2026, 11, 1, 12));
        Scheduler scheduler(f.ws(), f.ingest());
        scheduler.start();
        QVERIFY(scheduler.isRunning());
        QTRY_COMPARE(f.events(QStringLiteral("Customer Birthday")), 1);
        QTRY_COMPARE(f.count(QStringLiteral("SELECT count(*) FROM scheduler_state")), 4);
        // The thread notices the clock reaching the next run time on its own.
        QSignalSpy ran(&scheduler, &Scheduler::ran);
        f.identify(smrt, QStringLiteral("smrt"), QStringLiteral("c-2"),
                   birthdayField(QStringLiteral("1990-12-03")), la(2026, 11, 1, 12));
        scheduler.setMaxSleepMs(20);
        f.clock.set(la(2026, 12, 3, 9, 0));
        QTRY_COMPARE(f.events(QStringLiteral("Customer Birthday")), 2);
        QTRY_VERIFY(!ran.isEmpty());
        QCOMPARE(ran.constFirst().at(0).toInt(), 1);
        scheduler.stop();
        QVERIFY(!scheduler.isRunning());
        const QList<Scheduler::RuleStatus> status = scheduler.status();
        QCOMPARE(status.size(), 4);
        for (const Scheduler::RuleStatus &s : status) {
            QCOMPARE(s.lastDay, QDate(2026, 12, 3));
            QVERIFY(s.nextDue > f.clock.now());
        }
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
