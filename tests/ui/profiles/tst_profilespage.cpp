// The Profiles page and its models on a real workspace: search as you type through the widgets,
// keyset paging, the profile view, and the timeline of events and deliveries newest first.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include "profiles/explaindialog.h"
#include "profiles/profilesearchmodel.h"
#include "profiles/profilespage.h"
#include "profiles/profiletimelinemodel.h"
#include "profiles/profileview.h"
#include "uitestsupport.h"

using namespace sb;
using sbtest::ConsoleFixture;

namespace {

QJsonObject traits(const QString &name, const QString &email, const QString &phone = {}) {
    QJsonObject t{{QStringLiteral("name"), name}};
    if (!email.isEmpty())
        t.insert(QStringLiteral("email"), email);
    if (!phone.isEmpty())
        t.insert(QStringLiteral("phone"), phone);
    return t;
}

// Rows of a profile's timeline: `events` events one minute apart and `deliveries` deliveries 30 s
// after every other event, written directly with known times.
void addTimeline(ConsoleFixture &f, qint64 profileId, int events, int deliveries) {
    const qint64 destination = f.write(QStringLiteral("INSERT INTO destinations(name, connector, base_url, "
                                                      "created_at) VALUES ('Klaviyo main', 'klaviyo', "
                                                      "'http://127.0.0.1:1', 0)"))
                                   .toLongLong();
    const qint64 mapping =
        f.write(QStringLiteral("INSERT INTO mappings(destination_id, name) VALUES (?, 'orders')"),
                {destination})
            .toLongLong();
    const qint64 base = 1'700'000'000'000;
    const qint64 source = f.sources.value(QStringLiteral("smrt")).id;
    QList<qint64> eventIds;
    for (int i = 0; i < events; ++i) {
        eventIds << f.write(QStringLiteral(
                                "INSERT INTO events(message_id, source_id, type, name, profile_id, "
                                "occurred_at, received_at, payload) VALUES (?, ?, 'track', ?, ?, ?, ?, "
                                "'{}')"),
                            {QStringLiteral("t%1").arg(i), source, QStringLiteral("Order %1").arg(i),
                             profileId, base + i * 60'000, base + i * 60'000})
                        .toLongLong();
    }
    for (int i = 0; i < deliveries; ++i) {
        f.write(QStringLiteral(
                    "INSERT INTO deliveries(event_id, mapping_id, mapping_version, destination_id, "
                    "profile_id, status, idempotency_key, created_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?)"),
                {eventIds.at(i * 2), mapping, destination, profileId,
                 i % 2 ? QStringLiteral("delivered") : QStringLiteral("dead"), QStringLiteral("k%1").arg(i),
                 base + i * 2 * 60'000 + 30'000});
    }
}

} // namespace

class TestProfilesPage : public QObject {
    Q_OBJECT
private slots:
    void searchModelPagesTheWholeListByKeyset() {
        ConsoleFixture f;
        f.workspace()->writer()->run([](WriteContext &c) {
            for (int i = 1; i <= 450; ++i)
                sql::exec(c.db,
                          QStringLiteral("INSERT INTO profiles(email, display_name, created_at, updated_at) "
                                         "VALUES (?, ?, 0, 0)"),
                          {QStringLiteral("p%1@example.com").arg(i), QStringLiteral("Person %1").arg(i)});
            return QVariant();
        });
        ProfileSearchModel model(f.workspace());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &ProfileSearchModel::searchFinished);
        model.setQuery(QString());
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.at(0).at(1).toInt(), ProfileSearchModel::kPageSize); // one page at first
        QCOMPARE(model.profileIdAt(0), qint64(450));                           // newest first
        // Scroll to the end (the tester may already have asked for a page itself).
        for (int guard = 0; guard < 10; ++guard) {
            QTRY_VERIFY(!model.isFetching() && !model.isLoading());
            if (!model.canFetchMore({}))
                break;
            model.fetchMore({});
        }
        QVERIFY(finished.size() >= 3);
        QCOMPARE(model.rowCount(), 450);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.profileIdAt(row), qint64(450 - row)); // no gaps, no repeats
        QVERIFY(!model.canFetchMore({}));

        // A search replaces the rows; results of the superseded query never show.
        model.setQuery(QStringLiteral("p12"));
        model.setQuery(QStringLiteral("p123@"));
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ProfileSearchModel::EmailColumn).data().toString(),
                 QStringLiteral("p123@example.com"));
        QVERIFY(!model.canFetchMore({}));
    }

    void searchFindsAProfileByEmailPhoneNameAndId() {
        ConsoleFixture f;
        const IngestReceipt r =
            f.ingest({f.event(QStringLiteral("segment"), QStringLiteral("identify"), {},
                              traits(QStringLiteral("Jane Doe"), QStringLiteral("Jane.Doe@Example.com"),
                                     QStringLiteral("(415) 601 5610")),
                              QStringLiteral("u-jane")),
                      f.event(QStringLiteral("segment"), QStringLiteral("identify"), {},
                              traits(QStringLiteral("John Smith"), QStringLiteral("john@shop.test")),
                              QStringLiteral("u-john")),
                      f.event(QStringLiteral("smrt"), QStringLiteral("identify"), {},
                              traits(QStringLiteral("Ann Lee"), {}, QStringLiteral("+44 20 7946 0958")))});
        const qint64 jane =
            sql::scalar(f.workspace()->reader(), QStringLiteral("SELECT profile_id FROM events WHERE id = ?"),
                        {r.eventIds.at(0)})
                .toLongLong();
        const qint64 ann =
            sql::scalar(f.workspace()->reader(), QStringLiteral("SELECT profile_id FROM events WHERE id = ?"),
                        {r.eventIds.at(2)})
                .toLongLong();
        QVERIFY(jane > 0 && ann > 0);

        ProfilesPage page(&f.context);
        QAbstractItemModelTester tester(page.searchModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.isLoaded());
        QCOMPARE(page.searchModel()->rowCount(), 3);

        auto search = [&](const QString &text) {
            page.searchField()->clear();
            QTest::keyClicks(page.searchField(), text);
            QTRY_VERIFY(page.searchModel()->query() == text.trimmed() && !page.searchModel()->isLoading());
        };
        auto email = [&](int row) {
            return page.searchModel()->index(row, ProfileSearchModel::EmailColumn).data().toString();
        };

        search(QStringLiteral("jane.d"));
        QCOMPARE(page.searchModel()->rowCount(), 1);
        QCOMPARE(email(0), QStringLiteral("jane.doe@example.com"));
        // One match opens it.
        QTRY_COMPARE(page.profileView()->profileId(), jane);

        search(QStringLiteral("415 601"));
        QCOMPARE(page.searchModel()->rowCount(), 1);
        QCOMPARE(page.searchModel()->profileIdAt(0), jane);

        search(QStringLiteral("+44 20 79"));
        QCOMPARE(page.searchModel()->rowCount(), 1);
        QCOMPARE(page.searchModel()->profileIdAt(0), ann);

        search(QStringLiteral("john sm"));
        QCOMPARE(page.searchModel()->rowCount(), 1);
        QCOMPARE(email(0), QStringLiteral("john@shop.test"));

        search(QStringLiteral("ANN"));
        QCOMPARE(page.searchModel()->rowCount(), 1);
        QCOMPARE(page.searchModel()->profileIdAt(0), ann);
        QVERIFY(page.searchModel()
                    ->index(0, ProfileSearchModel::FlagsColumn)
                    .data()
                    .toString()
                    .contains("no email"));

        search(QStringLiteral("#%1").arg(ann));
        QCOMPARE(page.searchModel()->rowCount(), 1);
        QCOMPARE(page.searchModel()->profileIdAt(0), ann);

        search(QStringLiteral("nobody@nowhere"));
        QCOMPARE(page.searchModel()->rowCount(), 0);

        // A visitor known only by an anonymous id is named as one, not left blank.
        Event visit =
            f.event(QStringLiteral("segment"), QStringLiteral("track"), QStringLiteral("Page Viewed"), {});
        visit.payload.insert(QStringLiteral("anonymousId"), QStringLiteral("anon-7"));
        const qint64 visitor =
            sql::scalar(f.workspace()->reader(), QStringLiteral("SELECT profile_id FROM events WHERE id = ?"),
                        {f.ingest({visit}).eventIds.at(0)})
                .toLongLong();
        QVERIFY(visitor > 0);
        search(QStringLiteral("#%1").arg(visitor));
        QCOMPARE(page.searchModel()->rowCount(), 1);
        const QModelIndex name = page.searchModel()->index(0, ProfileSearchModel::NameColumn);
        QCOMPARE(name.data().toString(), QStringLiteral("anonymous visitor"));
        QVERIFY(name.data(Qt::FontRole).value<QFont>().italic());
        // Merged profiles leave the list and name searches; asked for by id they are still found.
        const qint64 merged =
            f.write(QStringLiteral("INSERT INTO profiles(email, user_id, flags, merged_into, "
                                   "created_at, updated_at) VALUES ('jane.old@example.com', "
                                   "'u-old', 2, ?, 0, 0)"),
                    {jane})
                .toLongLong();
        search(QStringLiteral("jane"));
        QCOMPARE(page.searchModel()->rowCount(), 1);
        QCOMPARE(page.searchModel()->profileIdAt(0), jane);
        search(QStringLiteral("#%1").arg(merged));
        QCOMPARE(page.searchModel()->rowCount(), 1);
        QCOMPARE(page.searchModel()->profileIdAt(0), merged);
        // Known by a user id only: the Name column says so.
        const qint64 userOnly = f.write(QStringLiteral("INSERT INTO profiles(user_id, flags, created_at, "
                                                       "updated_at) VALUES ('u-only', 1, 0, 0)"))
                                    .toLongLong();
        search(QStringLiteral("#%1").arg(userOnly));
        QCOMPARE(page.searchModel()->index(0, ProfileSearchModel::NameColumn).data().toString(),
                 QStringLiteral("user u-only"));
        search(QStringLiteral("#%1").arg(jane));
        QCOMPARE(page.searchModel()->index(0, ProfileSearchModel::NameColumn).data().toString(),
                 QStringLiteral("Jane Doe"));
        QVERIFY(!page.searchModel()->index(0, ProfileSearchModel::NameColumn).data(Qt::FontRole).isValid());
    }

    void profileViewShowsTraitsIdentitiesAndFlags() {
        ConsoleFixture f;
        const IngestReceipt r =
            f.ingest({f.event(QStringLiteral("segment"), QStringLiteral("identify"), {},
                              traits(QStringLiteral("Jane Doe"), QStringLiteral("jane@example.com")),
                              QStringLiteral("u-1")),
                      f.event(QStringLiteral("smrt"), QStringLiteral("identify"), {},
                              QJsonObject{{QStringLiteral("email"), QStringLiteral("jane@example.com")},
                                          {QStringLiteral("tier"), QStringLiteral("gold")}})});
        const qint64 jane =
            sql::scalar(f.workspace()->reader(), QStringLiteral("SELECT profile_id FROM events WHERE id = ?"),
                        {r.eventIds.at(0)})
                .toLongLong();
        ProfilesPage page(&f.context);
        page.show();
        QSignalSpy loaded(page.profileView(), &ProfileView::detailLoaded);
        emit f.navigator.profileRequested(jane);
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(page.profileView()->profileId(), jane);
        QVERIFY(page.profileView()->headerLabel()->text().contains(QStringLiteral("jane@example.com")));
        QVERIFY(page.profileView()->flagsLabel()->text().contains(QStringLiteral("Flags: none")));
        QVERIFY(!page.profileView()->flagsLabel()->text().contains(QStringLiteral("segments:")));

        // Traits grouped by source: one group per source that sent traits.
        QTreeWidget *traitsTree = page.profileView()->traitsTree();
        QStringList groups;
        for (int i = 0; i < traitsTree->topLevelItemCount(); ++i)
            groups << traitsTree->topLevelItem(i)->text(0);
        QVERIFY2(groups.contains(QStringLiteral("segment")) && groups.contains(QStringLiteral("smrt")),
                 qPrintable(groups.join(',')));
        bool sawTier = false;
        for (int i = 0; i < traitsTree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *group = traitsTree->topLevelItem(i);
            for (int j = 0; j < group->childCount(); ++j)
                sawTier |= group->text(0) == QLatin1String("smrt")
                           && group->child(j)->text(0) == QLatin1String("tier")
                           && group->child(j)->text(1).contains(QStringLiteral("gold"));
        }
        QVERIFY(sawTier);

        QStringList identities;
        for (int i = 0; i < page.profileView()->identitiesTree()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = page.profileView()->identitiesTree()->topLevelItem(i);
            identities << item->text(0) + u'=' + item->text(1);
        }
        QVERIFY2(identities.contains(QStringLiteral("email=jane@example.com")),
                 qPrintable(identities.join(',')));
        QVERIFY(identities.contains(QStringLiteral("user_id=u-1")));

        // The live segments she belongs to, by name (a deleted one is not shown).
        f.write(QStringLiteral("INSERT INTO segments(id, external_id, name, created_at, updated_at) VALUES "
                               "(1, 's1', 'VIP', 0, 0)"));
        f.write(
            QStringLiteral("INSERT INTO segments(id, external_id, name, created_at, updated_at, deleted_at) "
                           "VALUES (2, 's2', 'Old list', 0, 0, 1)"));
        f.write(QStringLiteral("INSERT INTO segments(id, external_id, name, created_at, updated_at) VALUES "
                               "(3, 's3', 'Repeat buyers', 0, 0)"));
        for (int segment : {1, 2, 3})
            f.write(QStringLiteral("INSERT INTO segment_memberships VALUES (?, ?, 0)"), {segment, jane});
        page.openProfile(jane);
        QVERIFY(loaded.wait(10'000));
        QVERIFY2(
            page.profileView()->flagsLabel()->text().contains(QStringLiteral("segments: Repeat buyers, VIP")),
            qPrintable(page.profileView()->flagsLabel()->text()));
        QVERIFY(!page.profileView()->flagsLabel()->text().contains(QStringLiteral("Old list")));

        // A merged profile says so and links to the profile it went into.
        const qint64 other =
            f.write(QStringLiteral("INSERT INTO profiles(flags, merged_into, created_at, updated_at) "
                                   "VALUES (3, ?, 0, 0)"),
                    {jane})
                .toLongLong();
        page.openProfile(other);
        QVERIFY(loaded.wait(10'000));
        QVERIFY(
            page.profileView()->flagsLabel()->text().contains(QStringLiteral("merged into #%1").arg(jane)));
        QVERIFY(page.profileView()->flagsLabel()->text().contains(QStringLiteral("no email")));
    }

    void timelineIsNewestFirstAndFetchesMore() {
        ConsoleFixture f;
        const qint64 profile =
            f.write(QStringLiteral(
                        "INSERT INTO profiles(email, created_at, updated_at) VALUES ('t@x.test', 0, 0)"))
                .toLongLong();
        addTimeline(f, profile, 150, 60);

        ProfileTimelineModel model(f.workspace());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pages(&model, &ProfileTimelineModel::pageLoaded);
        model.setProfile(profile);
        QVERIFY(pages.wait(10'000));
        QCOMPARE(model.rowCount(), ProfileTimelineModel::kPageSize);
        int deliveries = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            deliveries += model.entryAt(row).kind == TimelineEntry::Delivery;
            if (row > 0)
                QVERIFY(model.entryAt(row - 1).at >= model.entryAt(row).at);
        }
        QVERIFY(deliveries > 0 && deliveries < model.rowCount());
        QCOMPARE(model.entryAt(0).name, QStringLiteral("Order 149"));

        for (int guard = 0; guard < 10 && !model.atEnd(); ++guard) {
            QTRY_VERIFY(!model.isLoading());
            if (model.canFetchMore({}))
                model.fetchMore({});
            QTRY_VERIFY(!model.isLoading());
        }
        QVERIFY(pages.size() >= 3);
        QCOMPARE(model.rowCount(), 210);
        QVERIFY(model.atEnd());
        QSet<QPair<int, qint64>> unique;
        for (int row = 0; row < model.rowCount(); ++row) {
            unique.insert({int(model.entryAt(row).kind), model.entryAt(row).id});
            if (row > 0)
                QVERIFY(model.entryAt(row - 1).at >= model.entryAt(row).at);
        }
        QCOMPARE(unique.size(), 210);
        QCOMPARE(model.entryAt(209).name, QStringLiteral("Order 0"));

        // Filters: deliveries only, and events of another source (none).
        TimelineFilter onlyDeliveries;
        onlyDeliveries.events = false;
        model.setFilter(onlyDeliveries);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 60);
        QCOMPARE(model.index(0, ProfileTimelineModel::StatusColumn).data().toString(),
                 QStringLiteral("delivered"));
        TimelineFilter otherSource;
        otherSource.sourceId = f.sources.value(QStringLiteral("segment")).id;
        model.setFilter(otherSource);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
    }

    void timelineRowsOpenDeliveryOrExplanation() {
        ConsoleFixture f;
        const qint64 profile =
            f.write(QStringLiteral(
                        "INSERT INTO profiles(email, created_at, updated_at) VALUES ('t@x.test', 0, 0)"))
                .toLongLong();
        addTimeline(f, profile, 4, 2);
        ProfilesPage page(&f.context);
        page.resize(1200, 700);
        page.show();
        ProfileTimelineModel *timeline = page.profileView()->timelineModel();
        QSignalSpy pages(timeline, &ProfileTimelineModel::pageLoaded);
        page.openProfile(profile);
        QVERIFY(pages.wait(10'000));
        QCOMPARE(timeline->rowCount(), 6);

        int deliveryRow = -1;
        int eventRow = -1;
        for (int row = 0; row < timeline->rowCount(); ++row) {
            if (timeline->entryAt(row).kind == TimelineEntry::Delivery)
                deliveryRow = row;
        }
        // The event that delivery carried.
        for (int row = 0; row < timeline->rowCount(); ++row) {
            if (timeline->entryAt(row).kind == TimelineEntry::Event
                && timeline->entryAt(row).id == timeline->entryAt(deliveryRow).eventId)
                eventRow = row;
        }
        QVERIFY(deliveryRow >= 0 && eventRow >= 0);
        QSignalSpy deliveryRequested(&f.navigator, &ConsoleNavigator::deliveryRequested);
        page.profileView()->activateTimelineRow(deliveryRow);
        QCOMPARE(deliveryRequested.size(), 1);
        QCOMPARE(deliveryRequested.at(0).at(0).toLongLong(), timeline->entryAt(deliveryRow).id);

        QSignalSpy opened(page.profileView(), &ProfileView::explainOpened);
        page.profileView()->activateTimelineRow(eventRow);
        QCOMPARE(opened.size(), 1);
        auto *dialog = qobject_cast<ExplainDialog *>(opened.at(0).at(0).value<QWidget *>());
        QVERIFY(dialog);
        QCOMPARE(dialog->eventId(), timeline->entryAt(eventRow).id);
        QTRY_VERIFY(dialog->text().startsWith(QStringLiteral("Event #%1").arg(dialog->eventId())));
        QVERIFY2(dialog->text().contains(QStringLiteral("Klaviyo main")), qPrintable(dialog->text()));
        QSignalSpy eventRequested(&f.navigator, &ConsoleNavigator::eventRequested);
        emit dialog->openEventRequested(dialog->eventId());
        QCOMPARE(eventRequested.size(), 1);
    }
};

QTEST_MAIN(TestProfilesPage)
#include "tst_profilespage.moc"
