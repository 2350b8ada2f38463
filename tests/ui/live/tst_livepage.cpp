// The live monitor against a real workspace: its models under QAbstractItemModelTester, and the page
// with a real engine delivering over loopback HTTP to the simulator (offscreen widgets).
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cmath>

#include "connectors/destinationstore.h"
#include "delivery/attempthistorymodel.h"
#include "delivery/deliverytablemodel.h"
#include "delivery/dispatcher.h"
#include "deliverytestsupport.h"
#include "engine.h"
#include "ingest/acceptlog.h"
#include "ingest/ingestservice.h"
#include "ingest/sourcestore.h"
#include "live/deliverydetailview.h"
#include "live/destinationcard.h"
#include "live/livecharts.h"
#include "live/livecolors.h"
#include "live/livepage.h"
#include "mapping/recipebook.h"
#include "mapping/recipeinstaller.h"
#include "mapping/router.h"
#include "shell/consolecontext.h"
#include "simcredentials.h"
#include "simulatorthread.h"

using namespace sb;

namespace {

QVariant scalar(Workspace *ws, const QString &text, const QVariantList &binds = {}) {
    return sql::scalar(ws->reader(), text, binds);
}

// Answers the next modal confirmation with the given button, from inside its event loop.
void answerNextMessageBox(QMessageBox::StandardButton button) {
    QTimer::singleShot(50, qApp, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(button);
            return;
        }
        box->button(button)->click();
    });
}

// A workspace with an engine delivering to the simulator's Segment API (the smrt-segment recipe).
struct EngineFixture {
    QTemporaryDir dir;
    SimulatorThread sim;
    std::unique_ptr<Engine> engine;
    ConsoleNavigator navigator;
    ConsoleContext context;
    SourceInfo source;
    qint64 destinationId = 0;
    int counter = 0;

    EngineFixture() {
        if (!sim.start())
            qFatal("simulator did not start");
        Engine::Options options;
        options.workspaceDir = dir.path();
        options.ingest = false;
        engine = Engine::start(options).take();
        Workspace *ws = engine->workspace();
        source = SourceStore(ws).add(QStringLiteral("shop"), QStringLiteral("smrt")).take();
        RecipeInstaller::Options recipe;
        recipe.baseUrl = sim.baseUrl(QStringLiteral("segment"));
        recipe.credentials.insert(QStringLiteral("writeKey"), QString::fromLatin1(sim::SegmentWriteKey));
        const auto installed =
            RecipeInstaller::install(ws, *RecipeBook::find(QStringLiteral("smrt-segment")), recipe);
        if (!installed)
            qFatal("recipe: %s", qPrintable(installed.error()));
        destinationId = installed.value().destinationId;
        engine->router()->reload();
        engine->dispatcher()->reloadDestinations();
        context = ConsoleContext{engine.get(), ws, &navigator};
    }
    Workspace *ws() const { return engine->workspace(); }

    QList<qint64> ingest(int n, const QString &name = QStringLiteral("Order Created")) {
        QList<Event> events;
        for (int i = 0; i < n; ++i) {
            Event e;
            e.sourceId = source.id;
            e.sourceKind = QStringLiteral("smrt");
            e.type = QStringLiteral("track");
            e.name = name;
            e.messageId = QStringLiteral("live-%1").arg(++counter);
            e.occurredAt = QDateTime::currentDateTimeUtc();
            e.receivedAt = e.occurredAt;
            e.payload = QJsonObject{{"type", "track"},
                                    {"messageId", e.messageId},
                                    {"userId", QStringLiteral("c-%1").arg(counter)},
                                    {"event", name},
                                    {"properties", QJsonObject{{"orderId", counter}, {"total", 42.5}}}};
            events << e;
        }
        const auto receipt = engine->ingestService()->ingest(events);
        if (!receipt)
            qFatal("ingest: %s", qPrintable(receipt.error()));
        return receipt.value().eventIds;
    }
    QList<qint64> deliveriesOf(const QList<qint64> &eventIds) {
        QList<qint64> out;
        for (qint64 e : eventIds)
            out << scalar(ws(), "SELECT id FROM deliveries WHERE event_id = ?", {e}).toLongLong();
        return out;
    }
    QString status(qint64 deliveryId) {
        return scalar(ws(), "SELECT status FROM deliveries WHERE id = ?", {deliveryId}).toString();
    }
};

// A workspace with many deliveries written straight to the outbox (no engine): two destinations.
struct SeededFixture {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    sbtest::Seeded seeded;
    ConsoleNavigator navigator;
    ConsoleContext context;
    qint64 profileId = 0;

    explicit SeededFixture(int events) {
        workspace = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing).take();
        seeded =
            sbtest::seed(workspace.get(), {{QStringLiteral("alpha"), QStringLiteral("http://127.0.0.1:9")},
                                           {QStringLiteral("beta"), QStringLiteral("http://127.0.0.1:9")}});
        profileId = sbtest::addProfile(workspace.get(), QStringLiteral("ada"));
        const qint64 other = sbtest::addProfile(workspace.get(), QStringLiteral("bob"));
        for (int i = 0; i < events; ++i)
            sbtest::ingest(workspace.get(), seeded, QStringLiteral("m%1").arg(i),
                           i % 3 == 0 ? profileId : other,
                           i % 2 ? QStringLiteral("Order Created") : QStringLiteral("Pickup Completed"));
        // Some finished rows in each state the filters look for.
        workspace->writer()->run([](WriteContext &c) {
            sql::exec(c.db,
                      "UPDATE deliveries SET status = 'dead', last_error = 'HTTP 400' WHERE id % 7 = 0");
            sql::exec(c.db, "UPDATE deliveries SET status = 'delivered' WHERE id % 7 = 1");
            return QVariant();
        });
        context = ConsoleContext{nullptr, workspace.get(), &navigator};
    }
    QVariant scalar(const QString &text, const QVariantList &binds = {}) {
        return ::scalar(workspace.get(), text, binds);
    }
};

bool waitLoaded(LivePage &page);

// Opens the page on one delivery and waits until its detail is loaded.
bool showDelivery(LivePage &page, qint64 delivery) {
    page.show();
    if (!waitLoaded(page))
        return false;
    page.showDelivery(delivery);
    return QTest::qWaitFor(
        [&] { return page.detailView()->detail().id == delivery && page.detailView()->detail().found; },
        10'000);
}

bool waitLoaded(LivePage &page) {
    if (page.isLoaded())
        return true;
    QSignalSpy spy(&page, &ConsolePage::loaded);
    return spy.wait(20'000) || page.isLoaded();
}

} // namespace

class TestLivePage : public QObject {
    Q_OBJECT
private slots:
    void deliveryModelPagesByKeysetUnderTheTester() {
        SeededFixture f(260); // 520 deliveries: three pages
        DeliveryTableModel model(f.workspace.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pages(&model, &DeliveryTableModel::pageLoaded);
        model.setFilter({});
        QVERIFY(pages.wait(10'000));
        QCOMPARE(model.rowCount(), DeliveryTableModel::kPageSize);
        // The tester may ask for more itself; either way, wait until the last page arrived.
        QElapsedTimer waited;
        waited.start();
        while ((model.canFetchMore({}) || model.isLoading()) && waited.elapsed() < 20'000) {
            if (model.canFetchMore({}))
                model.fetchMore({});
            QTest::qWait(20);
        }
        const int total = f.scalar("SELECT count(*) FROM deliveries").toInt();
        QCOMPARE(total, 520);
        QCOMPARE(model.rowCount(), total);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.rowAt(row).id < model.rowAt(row - 1).id); // newest first, no row twice
        QCOMPARE(model.rowAt(0).id, f.scalar("SELECT max(id) FROM deliveries").toLongLong());

        // New rows come in on top; changed rows change in place.
        sbtest::ingest(f.workspace.get(), f.seeded, QStringLiteral("late"), f.profileId);
        const qint64 changed = model.rowAt(5).id;
        f.workspace->writer()->run([changed](WriteContext &c) {
            sql::exec(c.db, "UPDATE deliveries SET status = 'discarded' WHERE id = ?", {changed});
            return QVariant();
        });
        QSignalSpy refreshed(&model, &DeliveryTableModel::refreshed);
        model.refresh();
        QVERIFY(refreshed.wait(10'000));
        QCOMPARE(model.rowCount(), total + 2);
        QCOMPARE(model.rowAt(0).id, f.scalar("SELECT max(id) FROM deliveries").toLongLong());
        const QModelIndex statusIndex =
            model.index(model.rowOfDelivery(changed), DeliveryTableModel::StatusColumn);
        QCOMPARE(statusIndex.data().toString(), QStringLiteral("discarded"));

        // A filter starts again from the newest matching row.
        DeliveryFilter dead;
        dead.status = QStringLiteral("dead");
        model.setFilter(dead);
        QVERIFY(pages.wait(10'000));
        QCOMPARE(model.rowCount(), f.scalar("SELECT count(*) FROM deliveries WHERE status = 'dead'").toInt());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, DeliveryTableModel::StatusColumn).data().toString(),
                     QStringLiteral("dead"));
    }

    void attemptHistoryModelUnderTheTester() {
        AttemptHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DeliveryAttemptInfo first{1,   1'700'000'000'000,       503,
                                  120, QStringLiteral("retry"), QStringLiteral("HTTP 503")};
        DeliveryAttemptInfo second{2, 1'700'000'005'000, 200, 80, QStringLiteral("delivered"), QString()};
        model.setAttempts({first, second});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AttemptHistoryModel::HttpStatusColumn).data().toInt(), 503);
        QCOMPARE(model.index(1, AttemptHistoryModel::OutcomeColumn).data().toString(),
                 QStringLiteral("delivered"));
        model.setAttempts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void monitorReflectsNewDeliveries() {
        EngineFixture f;
        LivePage page(&f.context);
        page.resize(1400, 900);
        page.show();
        QVERIFY(waitLoaded(page));
        // The page's own models, checked while rows arrive on top and change state.
        QAbstractItemModelTester tableTester(page.deliveryModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester attemptsTester(page.detailView()->attemptsModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.deliveryModel()->rowCount(), 0);
        DestinationCard *card = page.card(f.destinationId);
        QVERIFY(card);
        QCOMPARE(card->figures().name, QStringLiteral("Segment"));
        QCOMPARE(card->figureText(QStringLiteral("deliveredPerSecond")), QLocale().toString(0.0, 'f', 1));
        QCOMPARE(card->figureText(QStringLiteral("successRate")), QStringLiteral("—"));
        QCOMPARE(card->stateText(), QStringLiteral("Running"));

        const QList<qint64> deliveries = f.deliveriesOf(f.ingest(6));
        QCOMPARE(deliveries.size(), 6);
        // Each new customer also gets a derived signup event: count what the outbox holds.
        const int total = scalar(f.ws(), "SELECT count(*) FROM deliveries").toInt();
        QVERIFY(total >= 6);
        const qint64 newest = scalar(f.ws(), "SELECT max(id) FROM deliveries").toLongLong();
        // Rows appear in the table and turn delivered; the card's figures follow.
        QTRY_COMPARE_WITH_TIMEOUT(page.deliveryModel()->rowCount(), total, 20'000);
        QCOMPARE(page.deliveryModel()->rowAt(0).id, newest);
        QVERIFY(page.deliveryModel()->rowOfDelivery(deliveries.last()) >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(f.ws(), "SELECT count(*) FROM deliveries WHERE status = 'delivered'").toInt(), total,
            20'000);
        QTRY_VERIFY_WITH_TIMEOUT(
            page.deliveryModel()->index(0, DeliveryTableModel::StatusColumn).data().toString()
                == QLatin1String("delivered"),
            10'000);
        QTRY_VERIFY_WITH_TIMEOUT(card->figures().deliveredPerSecond > 0, 10'000);
        QCOMPARE(card->figureText(QStringLiteral("successRate")), QLocale().toString(100.0, 'f', 0) + u'%');
        QVERIFY(card->figureText(QStringLiteral("p95")).endsWith(QStringLiteral(" ms")));
        QTRY_VERIFY_WITH_TIMEOUT(page.charts()->lastValue(LiveCharts::Kind::Throughput, f.destinationId) > 0
                                     || page.charts()->pointCount(LiveCharts::Kind::Latency, f.destinationId)
                                            > 0,
                                 10'000);
        // The 24 h range reads the coarse buckets.
        QSignalSpy applied(&page, &LivePage::snapshotApplied);
        page.charts()->setRange(ChartRange::OneDay);
        QVERIFY(applied.wait(10'000));
        QVERIFY(page.charts()->pointCount(LiveCharts::Kind::Throughput, f.destinationId) > 1000);
        QVERIFY(page.charts()->pointCount(LiveCharts::Kind::Latency, f.destinationId) >= 1);

        // A selected row shows what was sent and what came back.
        page.deliveryTable()->selectRow(page.deliveryModel()->rowOfDelivery(deliveries.last()));
        QTRY_VERIFY_WITH_TIMEOUT(
            page.detailView()->detail().id == deliveries.last() && page.detailView()->detail().found, 10'000);
        QVERIFY(page.detailView()->youSentText().contains(QStringLiteral("\"orderId\": 6")));
        QVERIFY(page.detailView()->requestText().startsWith(QStringLiteral("POST http://127.0.0.1:")));
        QVERIFY(page.detailView()->responseText().startsWith(QStringLiteral("HTTP 200")));
        QCOMPARE(page.detailView()->attemptsModel()->rowCount(), 1);
    }

    // Events answered and durable in ingest's accept log but not stored yet are not in any table: the
    // footer says how many there are, and names requests that could not be stored.
    void footerCountsAcceptedEventsNotYetStored() {
        EngineFixture f;
        LivePage page(&f.context);
        page.show();
        QVERIFY(waitLoaded(page));
        auto *hint = page.findChild<QLabel *>(QStringLiteral("liveHint"));
        QVERIFY(hint);
        QVERIFY(!hint->text().contains(QStringLiteral("waiting")));
        // Rows written behind the running engine's back stay until its next start.
        QVERIFY(f.ws()
                    ->writer()
                    ->run([](WriteContext &c) {
                        const qint64 failed = AcceptLog::append(c, QByteArray("x"), 2);
                        AcceptLog::markFailed(c, failed, QStringLiteral("bad row"));
                        AcceptLog::append(c, QByteArray("y"), 7);
                        return QVariant();
                    })
                    .ok);
        QTRY_VERIFY_WITH_TIMEOUT(
            hint->text().contains(QStringLiteral("7 accepted events waiting to be stored")), 10'000);
        QVERIFY2(hint->text().contains(QStringLiteral("1 accepted request could not be stored")),
                 qPrintable(hint->text()));
    }

    void replayRequeuesADeadLetter() {
        EngineFixture f;
        FaultPlan reject;
        reject.script = {FaultStep{FaultStep::Kind::Status, 400, -1, 0}};
        f.sim.setFaults(QStringLiteral("segment"), reject);
        const qint64 delivery = f.deliveriesOf(f.ingest(1)).constFirst();
        QTRY_COMPARE_WITH_TIMEOUT(f.status(delivery), QStringLiteral("dead"), 20'000);
        f.sim.setFaults(QStringLiteral("segment"), FaultPlan());

        LivePage page(&f.context);
        page.resize(1400, 900);
        page.show();
        QVERIFY(waitLoaded(page));
        // Segment batches: the derived signup event of the same customer may have died in the same request.
        const QList<qint64> dead = [&] {
            QList<qint64> ids;
            QSqlQuery q = sql::exec(f.ws()->reader(), "SELECT id FROM deliveries WHERE status = 'dead'");
            while (q.next())
                ids << q.value(0).toLongLong();
            return ids;
        }();
        QVERIFY(dead.contains(delivery));
        QTRY_VERIFY_WITH_TIMEOUT(page.card(f.destinationId)
                                     && page.card(f.destinationId)->figures().dead == qint64(dead.size()),
                                 10'000);
        QCOMPARE(page.deliveryModel()->rowCount(), scalar(f.ws(), "SELECT count(*) FROM deliveries").toInt());
        DeliveryFilter onlyDead;
        onlyDead.status = QStringLiteral("dead");
        QSignalSpy pages(page.deliveryModel(), &DeliveryTableModel::pageLoaded);
        page.setFilter(onlyDead);
        QVERIFY(pages.wait(10'000));
        QCOMPARE(page.deliveryModel()->rowCount(), int(dead.size()));
        page.deliveryTable()->selectAll();
        QVERIFY(page.replayAction()->isEnabled());
        QCOMPARE(page.replayAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));

        QSignalSpy finished(&page, &LivePage::actionFinished);
        answerNextMessageBox(QMessageBox::Yes);
        page.replayAction()->trigger();
        QVERIFY(finished.count() > 0 || finished.wait(10'000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY2(page.statusMessage().contains(QStringLiteral("%1 of %1").arg(dead.size())),
                 qPrintable(page.statusMessage()));
        // Queued again, then delivered by the engine; the table and the card follow.
        for (qint64 id : dead)
            QTRY_COMPARE_WITH_TIMEOUT(f.status(id), QStringLiteral("delivered"), 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(page.deliveryModel()->rowAt(0).status, QStringLiteral("delivered"), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(page.card(f.destinationId)->figures().dead, qint64(0), 10'000);
        QCOMPARE(scalar(f.ws(), "SELECT count(*) FROM delivery_attempts WHERE delivery_id = ?", {delivery})
                     .toInt(),
                 2);
        page.showDelivery(delivery);
        QTRY_COMPARE_WITH_TIMEOUT(page.detailView()->attemptsModel()->rowCount(), 2, 10'000);
        QCOMPARE(page.detailView()->detail().status, QStringLiteral("delivered"));
    }

    void discardAsksFirstAndCancelChangesNothing() {
        SeededFixture f(3);
        LivePage page(&f.context);
        page.show();
        QVERIFY(waitLoaded(page));
        const qint64 open = f.scalar("SELECT max(id) FROM deliveries WHERE status = 'pending'").toLongLong();
        page.showDelivery(open);
        QTRY_VERIFY_WITH_TIMEOUT(!page.deliveryTable()->selectionModel()->selectedRows().isEmpty(), 10'000);
        QSignalSpy finished(&page, &LivePage::actionFinished);
        answerNextMessageBox(QMessageBox::Cancel);
        page.discardAction()->trigger();
        QTest::qWait(200);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(f.scalar("SELECT status FROM deliveries WHERE id = ?", {open}).toString(),
                 QStringLiteral("pending"));
        answerNextMessageBox(QMessageBox::Yes);
        page.discardAction()->trigger();
        QVERIFY(finished.count() > 0 || finished.wait(10'000));
        QCOMPARE(f.scalar("SELECT status FROM deliveries WHERE id = ?", {open}).toString(),
                 QStringLiteral("discarded"));
        QTRY_COMPARE_WITH_TIMEOUT(
            page.deliveryModel()->rowAt(page.deliveryModel()->rowOfDelivery(open)).status,
            QStringLiteral("discarded"), 10'000);
    }

    void filtersByStatusDestinationEventAndProfile() {
        SeededFixture f(150);
        LivePage page(&f.context); // attached: no engine in this process
        page.show();
        QVERIFY(waitLoaded(page));
        QCOMPARE(page.deliveryModel()->rowCount(), DeliveryTableModel::kPageSize);
        auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        auto *destination = page.findChild<QComboBox *>(QStringLiteral("destinationFilter"));
        auto *event = page.findChild<QLineEdit *>(QStringLiteral("eventFilter"));
        auto *profile = page.findChild<QLineEdit *>(QStringLiteral("profileFilter"));
        QVERIFY(status && destination && event && profile);
        QSignalSpy pages(page.deliveryModel(), &DeliveryTableModel::pageLoaded);

        status->setCurrentIndex(status->findData(QStringLiteral("dead")));
        QVERIFY(pages.wait(10'000));
        const int dead = f.scalar("SELECT count(*) FROM deliveries WHERE status = 'dead'").toInt();
        QVERIFY(dead > 10);
        QCOMPARE(page.deliveryModel()->rowCount(), dead);

        const qint64 beta = f.seeded.destinationIds.at(1);
        QTRY_VERIFY_WITH_TIMEOUT(destination->findData(beta) > 0, 10'000);
        destination->setCurrentIndex(destination->findData(beta));
        QVERIFY(pages.wait(10'000));
        QCOMPARE(
            page.deliveryModel()->rowCount(),
            f.scalar("SELECT count(*) FROM deliveries WHERE status = 'dead' AND destination_id = ?", {beta})
                .toInt());
        for (int row = 0; row < page.deliveryModel()->rowCount(); ++row) {
            QCOMPARE(page.deliveryModel()->rowAt(row).destination, QStringLiteral("beta"));
            QCOMPARE(page.deliveryModel()->rowAt(row).status, QStringLiteral("dead"));
        }

        status->setCurrentIndex(0);
        QVERIFY(pages.wait(10'000));
        event->setText(QStringLiteral("Pickup Completed"));
        QTest::keyClick(event, Qt::Key_Return);
        QVERIFY(pages.wait(10'000));
        QCOMPARE(page.deliveryModel()->rowCount(), 75); // every other event, destination beta only
        for (int row = 0; row < page.deliveryModel()->rowCount(); ++row)
            QCOMPARE(page.deliveryModel()->rowAt(row).event, QStringLiteral("Pickup Completed"));

        profile->setText(QStringLiteral("ADA@example.com"));
        QTest::keyClick(profile, Qt::Key_Return);
        QVERIFY(pages.wait(10'000));
        const int expected =
            f.scalar("SELECT count(*) FROM deliveries d JOIN events e ON e.id = d.event_id WHERE "
                     "d.destination_id = ? AND e.name = 'Pickup Completed' AND d.profile_id = ?",
                     {beta, f.profileId})
                .toInt();
        QVERIFY(expected > 0);
        QCOMPARE(page.deliveryModel()->rowCount(), expected);
        profile->setText(QString::number(f.profileId));
        QTest::keyClick(profile, Qt::Key_Return);
        QVERIFY(pages.wait(10'000));
        QCOMPARE(page.deliveryModel()->rowCount(), expected);
    }

    void cardsPauseResumeAndReplayDeadLettersSince() {
        SeededFixture f(40);
        LivePage page(&f.context);
        page.show();
        QVERIFY(waitLoaded(page));
        const qint64 alpha = f.seeded.destinationIds.at(0);
        DestinationCard *card = page.card(alpha);
        QVERIFY(card);
        const qint64 dead =
            f.scalar("SELECT count(*) FROM deliveries WHERE status = 'dead' AND destination_id = ?", {alpha})
                .toLongLong();
        QVERIFY(dead > 0);
        QCOMPARE(card->figures().dead, dead);
        QSignalSpy finished(&page, &LivePage::actionFinished);

        auto *pause = card->findChild<QPushButton *>(QStringLiteral("pauseButton"));
        QVERIFY(pause);
        pause->click();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(f.scalar("SELECT paused FROM destinations WHERE id = ?", {alpha}).toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(card->stateText(), QStringLiteral("Paused"), 10'000);
        QCOMPARE(pause->text(), QStringLiteral("Resume"));
        pause->click();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(f.scalar("SELECT paused FROM destinations WHERE id = ?", {alpha}).toInt(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(card->stateText(), QStringLiteral("Running"), 10'000);

        // "Replay dead…" asks which destination and since when, then queues those dead letters again.
        QTimer::singleShot(100, &page, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("replayDeadDialog"));
            dialog->accept();
        });
        auto *replay = card->findChild<QPushButton *>(QStringLiteral("replayDeadButton"));
        QVERIFY(replay && replay->isEnabled());
        replay->click();
        QVERIFY(finished.count() > 2 || finished.wait(10'000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(
            f.scalar("SELECT count(*) FROM deliveries WHERE status = 'dead' AND destination_id = ?", {alpha})
                .toInt(),
            0);
        QVERIFY(f.scalar("SELECT count(*) FROM deliveries WHERE status = 'dead'").toInt() > 0); // beta's stay
        QTRY_COMPARE_WITH_TIMEOUT(card->figures().dead, qint64(0), 10'000);
        QVERIFY(!replay->isEnabled());
    }

    void stateColoursReadOnLightAndDarkPalettes() {
        // WCAG contrast of each state colour against the card background, in a light and a dark palette.
        auto luminance = [](const QColor &c) {
            auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        auto contrast = [&](const QColor &a, const QColor &b) {
            const double la = luminance(a), lb = luminance(b);
            return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
        };
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        for (const QPalette &palette : {light, dark}) {
            for (LiveColors::Tone tone : {LiveColors::Tone::Good, LiveColors::Tone::Warning,
                                          LiveColors::Tone::Bad, LiveColors::Tone::Info}) {
                const double ratio =
                    contrast(LiveColors::color(tone, palette), palette.color(QPalette::Base));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("tone %1 contrast %2 on %3")
                                                      .arg(int(tone))
                                                      .arg(ratio)
                                                      .arg(palette.color(QPalette::Base).name())));
            }
        }
        QVERIFY(LiveColors::color(LiveColors::Tone::Bad, light)
                != LiveColors::color(LiveColors::Tone::Bad, dark));

        // The page itself under a dark palette: loads and draws (a picture for the curious).
        SeededFixture f(30);
        LivePage page(&f.context);
        QPalette darkWindow = dark;
        darkWindow.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        darkWindow.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        darkWindow.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        darkWindow.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        darkWindow.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        darkWindow.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
        page.setPalette(darkWindow);
        page.resize(1400, 900);
        page.show();
        QVERIFY(waitLoaded(page));
        const QImage image = page.grab().toImage();
        QVERIFY(!image.isNull());
        if (qEnvironmentVariableIsSet("SB_LIVE_SHOT"))
            image.save(qEnvironmentVariable("SB_LIVE_SHOT"));
    }

    void navigatorRequestSelectsADeliveryOutsideTheFirstPage() {
        SeededFixture f(150);
        LivePage page(&f.context);
        page.show();
        QVERIFY(waitLoaded(page));
        const qint64 oldest = f.scalar("SELECT min(id) FROM deliveries").toLongLong();
        QCOMPARE(page.deliveryModel()->rowOfDelivery(oldest), -1);
        emit f.navigator.deliveryRequested(oldest);
        QTRY_COMPARE_WITH_TIMEOUT(page.deliveryModel()->rowCount(), 1, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(page.detailView()->detail().id, oldest, 10'000);
        QVERIFY(page.detailView()->detail().found);
        const QModelIndexList selected = page.deliveryTable()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(DeliveryTableModel::DeliveryIdRole).toLongLong(), oldest);
        auto *showAll = page.findChild<QPushButton *>(QStringLiteral("showAllButton"));
        QVERIFY(showAll && showAll->isVisible());
        QSignalSpy pages(page.deliveryModel(), &DeliveryTableModel::pageLoaded);
        showAll->click();
        QVERIFY(pages.wait(10'000));
        QCOMPARE(page.deliveryModel()->rowCount(), DeliveryTableModel::kPageSize);
        QVERIFY(!showAll->isVisible());
    }

    void aDeliveredRequestIsRenderedAgainWhenShown() {
        EngineFixture f;
        // Once the destination has answered well, events stored together go out in one request.
        const qint64 first = f.deliveriesOf(f.ingest(1)).constFirst();
        QTRY_COMPARE_WITH_TIMEOUT(f.status(first), QStringLiteral("delivered"), 20'000);
        const QList<qint64> batch = f.deliveriesOf(f.ingest(5));
        for (qint64 id : batch)
            QTRY_COMPARE_WITH_TIMEOUT(f.status(id), QStringLiteral("delivered"), 20'000);
        // The batch's record is kept once for its items (delivery_exchanges): where the request went and
        // how, not what it carried.
        const qint64 delivery = batch.constLast();
        QStringList ids;
        for (qint64 id : batch)
            ids << QString::number(id);
        const QString ofBatch =
            QStringLiteral(" FROM delivery_attempts WHERE delivery_id IN (%1)").arg(ids.join(u','));
        QCOMPARE(
            scalar(f.ws(), "SELECT count(*)" + ofBatch + " AND exchange_id IS NOT NULL AND request IS NULL")
                .toInt(),
            batch.size());
        QCOMPARE(scalar(f.ws(), "SELECT count(DISTINCT exchange_id)" + ofBatch).toInt(), 1);
        const QJsonObject stored =
            QJsonDocument::fromJson(
                scalar(f.ws(),
                       "SELECT x.request FROM delivery_attempts a JOIN delivery_exchanges x "
                       "ON x.id = a.exchange_id WHERE a.delivery_id = ?",
                       {delivery})
                    .toByteArray())
                .object();
        QCOMPARE(stored.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QVERIFY(!stored.contains(QStringLiteral("body")) && !stored.contains(QStringLiteral("item")));

        LivePage page(&f.context);
        QVERIFY(showDelivery(page, delivery));
        const DeliveryDetail &detail = page.detailView()->detail();
        QVERIFY(detail.requestRenderedAgain);
        QVERIFY2(page.detailView()->requestText().contains(QStringLiteral("rendered again")),
                 qPrintable(page.detailView()->requestText()));
        // What was rendered again is what the destination received.
        const QJsonObject shownItem =
            QJsonDocument::fromJson((detail.batchSize > 1 ? detail.requestItem : detail.requestBody).toUtf8())
                .object();
        const QJsonObject shown = detail.batchSize > 1
                                      ? shownItem
                                      : shownItem.value(QStringLiteral("batch")).toArray().first().toObject();
        QVERIFY2(!shown.isEmpty(), qPrintable(page.detailView()->requestText()));
        QJsonObject sent;
        for (const QJsonValue &request : f.sim.requests(QStringLiteral("segment")))
            for (const QJsonValue &item :
                 QJsonDocument::fromJson(request.toObject().value(QStringLiteral("body")).toString().toUtf8())
                     .object()
                     .value(QStringLiteral("batch"))
                     .toArray())
                if (item[QStringLiteral("messageId")] == shown.value(QStringLiteral("messageId")))
                    sent = item.toObject();
        QCOMPARE(shown, sent);
    }

    void secretsAreMaskedInTheRequestView() {
        EngineFixture f;
        const qint64 delivery = f.deliveriesOf(f.ingest(1)).constFirst();
        QTRY_COMPARE_WITH_TIMEOUT(f.status(delivery), QStringLiteral("delivered"), 20'000);
        const QString key = QString::fromLatin1(sim::SegmentWriteKey);
        const QString basic =
            QString::fromLatin1(QByteArray(QByteArray(sim::SegmentWriteKey) + ':').toBase64());

        LivePage page(&f.context);
        QVERIFY(showDelivery(page, delivery));
        const QString request = page.detailView()->requestText();
        QVERIFY2(request.contains(QStringLiteral("Authorization: ••••")), qPrintable(request));
        QVERIFY(!request.contains(key));
        QVERIFY(!request.contains(basic));

        // An attempt stored without masking (an older build, another tool) is masked when shown.
        const QString raw = QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{"method", "POST"},
                            {"url", QString(f.sim.baseUrl("segment").toString() + "/v1/batch?key=" + key)},
                            {"headers", QJsonArray{QJsonArray{"Authorization", QString("Basic " + basic)},
                                                   QJsonArray{"X-Api-Key", key},
                                                   QJsonArray{"X-Echo", QString("key is " + key)}}},
                            {"body", QStringLiteral("{\"writeKey\":\"%1\"}").arg(key)}})
                .toJson(QJsonDocument::Compact));
        f.ws()->writer()->run([&](WriteContext &c) {
            sql::exec(
                c.db,
                "INSERT INTO delivery_attempts(delivery_id, attempt, started_at, request, response_status, "
                "response_body, latency_ms, outcome) VALUES (?, 2, ?, ?, 401, ?, 5, 'failed')",
                {delivery, QDateTime::currentMSecsSinceEpoch(), raw,
                 QStringLiteral("{\"error\":\"bad key %1\"}").arg(key)});
            return QVariant();
        });
        page.detailView()->reload();
        QTRY_COMPARE_WITH_TIMEOUT(page.detailView()->attemptsModel()->rowCount(), 2, 10'000);
        const QString masked = page.detailView()->requestText() + page.detailView()->responseText();
        QVERIFY2(!masked.contains(key), qPrintable(masked));
        QVERIFY(!masked.contains(basic));
        QVERIFY(masked.contains(QStringLiteral("X-Api-Key: ••••")));
        QVERIFY(masked.contains(QStringLiteral("key is ••••-key")));
        QVERIFY(masked.contains(QStringLiteral("HTTP 401")));
    }
};

QTEST_MAIN(TestLivePage)
#include "tst_livepage.moc"
