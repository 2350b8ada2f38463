// The Events page and its stream model on a real engine: new events ingested through IngestService
// appear on top, pause holds the view while counting, selection shows payload and routing outcome.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include "events/eventspage.h"
#include "mapping/mappingdefinition.h"
#include "mapping/mappingstore.h"
#include "profiles/eventstreamfiltermodel.h"
#include "profiles/eventstreammodel.h"
#include "uitestsupport.h"

using namespace sb;
using sbtest::ConsoleFixture;

namespace {

QJsonObject who(const QString &email) {
    return QJsonObject{{QStringLiteral("email"), email}};
}

qint64 topId(QAbstractItemModel *model) {
    return model->index(0, 0).data(EventStreamModel::EventIdRole).toLongLong();
}

} // namespace

class TestEventsPage : public QObject {
    Q_OBJECT
private slots:
    void streamModelAddsNewEventsOnTopAndHoldsThemWhilePaused() {
        ConsoleFixture f;
        for (int i = 0; i < 3; ++i)
            f.ingest({f.event(QStringLiteral("segment"), QStringLiteral("track"), QStringLiteral("Viewed"),
                              who(QStringLiteral("a@x.test")))});
        EventStreamModel model(f.workspace());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EventStreamFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy initial(&model, &EventStreamModel::initialLoaded);
        model.start(50);
        QVERIFY(initial.wait(10'000));
        QCOMPARE(model.rowCount(), 3);

        const IngestReceipt two = f.ingest({f.event(QStringLiteral("segment"), QStringLiteral("track"),
                                                    QStringLiteral("Added"), who(QStringLiteral("a@x.test"))),
                                            f.event(QStringLiteral("smrt"), QStringLiteral("identify"), {},
                                                    who(QStringLiteral("b@x.test")))});
        QTRY_COMPARE(model.rowCount(), 5);
        QCOMPARE(topId(&model), two.eventIds.at(1));
        QVERIFY(model.eventAt(0).id > model.eventAt(1).id);
        QCOMPARE(model.eventAt(0).source, QStringLiteral("smrt"));

        // Filters: type, source, text.
        filter.setEventType(QStringLiteral("identify"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setEventType({});
        filter.setSourceId(f.sources.value(QStringLiteral("segment")).id);
        QCOMPARE(filter.rowCount(), 4);
        filter.setText(QStringLiteral("added"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSourceId(0);
        filter.setText({});
        QCOMPARE(filter.rowCount(), 5);

        // Paused: rows stay, new ones are counted.
        model.setPaused(true);
        QSignalSpy pending(&model, &EventStreamModel::pendingChanged);
        const IngestReceipt held =
            f.ingest({f.event(QStringLiteral("segment"), QStringLiteral("track"), QStringLiteral("Held"),
                              who(QStringLiteral("a@x.test")))});
        QTRY_COMPARE(model.pendingCount(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(topId(&model), two.eventIds.at(1));
        model.setPaused(false);
        QCOMPARE(model.pendingCount(), 0);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(topId(&model), held.eventIds.at(0));

        // Bounded: the oldest rows fall off.
        model.setMaxRows(4);
        f.ingest({f.event(QStringLiteral("segment"), QStringLiteral("track"), QStringLiteral("Capped"),
                          who(QStringLiteral("a@x.test")))});
        QTRY_COMPARE(model.eventAt(0).name, QStringLiteral("Capped"));
        QCOMPARE(model.rowCount(), 4);
    }

    void pageShowsANewlyIngestedEventAndPauseHoldsTheView() {
        // A webhook destination whose one mapping takes segment's "Viewed": a Viewed event gets a delivery,
        // other segment events a no_mapping outcome.
        ConsoleFixture f([](Workspace *ws) {
            const qint64 hooks =
                ws->writer()
                    ->run([](WriteContext &c) {
                        return sql::exec(c.db,
                                         QStringLiteral("INSERT INTO destinations(name, connector, base_url, "
                                                        "created_at) VALUES ('Hooks', 'webhook', "
                                                        "'http://127.0.0.1:1', 0)"))
                            .lastInsertId();
                    })
                    .value.toLongLong();
            MappingDefinition d;
            d.name = QStringLiteral("Viewed to hook");
            d.sourceKind = QStringLiteral("segment");
            d.eventNames = {QStringLiteral("Viewed")};
            d.action = QStringLiteral("event");
            d.eventNameTemplate = QStringLiteral("{{event.name}}");
            d.fields = {{QStringLiteral("properties"), QStringLiteral("event.properties")}};
            const auto saved = MappingStore(ws).save(0, hooks, d, {});
            if (!saved)
                qFatal("mapping: %s", qPrintable(saved.error()));
        });
        const IngestReceipt first =
            f.ingest({f.event(QStringLiteral("segment"), QStringLiteral("track"), QStringLiteral("Viewed"),
                              who(QStringLiteral("a@x.test")))});
        EventsPage page(&f.context);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.isLoaded());
        QCOMPARE(topId(page.filterModel()), first.eventIds.at(0));

        const IngestReceipt second =
            f.ingest({f.event(QStringLiteral("smrt"), QStringLiteral("track"),
                              QStringLiteral("Order Completed"), who(QStringLiteral("b@x.test")))});
        QTRY_COMPARE(topId(page.filterModel()), second.eventIds.at(0));
        QCOMPARE(page.streamView()->model()->index(0, EventStreamModel::NameColumn).data().toString(),
                 QStringLiteral("Order Completed"));

        // Pause: the view does not move, the count of new events grows; resume shows them.
        QTest::mouseClick(page.pauseButton(), Qt::LeftButton);
        QVERIFY(page.streamModel()->isPaused());
        QCOMPARE(page.pauseButton()->text(), QStringLiteral("Resume"));
        const IngestReceipt third = f.ingest({f.event(QStringLiteral("segment"), QStringLiteral("track"),
                                                      QStringLiteral("A"), who(QStringLiteral("a@x.test"))),
                                              f.event(QStringLiteral("segment"), QStringLiteral("track"),
                                                      QStringLiteral("B"), who(QStringLiteral("a@x.test")))});
        QTRY_VERIFY2(page.statusLabel()->text().contains(QStringLiteral("2 new")),
                     qPrintable(page.statusLabel()->text()));
        QTest::qWait(700); // more polls go by; the view stays
        QCOMPARE(topId(page.filterModel()), second.eventIds.at(0));
        QCOMPARE(page.filterModel()->rowCount(), 2);
        QTest::mouseClick(page.pauseButton(), Qt::LeftButton);
        QCOMPARE(topId(page.filterModel()), third.eventIds.at(1));
        QCOMPARE(page.filterModel()->rowCount(), 4);

        // Selecting an event shows its payload and where it went.
        // (The page opened the newest event of its first load, which is this one, already.)
        QSignalSpy shown(&page, &EventsPage::eventShown);
        page.streamView()->selectRow(page.filterModel()->rowCount() - 1);
        QTRY_COMPARE_WITH_TIMEOUT(page.shownEventId(), first.eventIds.at(0), 10'000);
        QTRY_VERIFY(page.payloadView()->toPlainText().contains(QStringLiteral("\"Viewed\"")));
        auto outcomes = [&] {
            QStringList lines;
            for (int i = 0; i < page.outcomeTree()->topLevelItemCount(); ++i)
                lines << page.outcomeTree()->topLevelItem(i)->text(0) + u':'
                             + page.outcomeTree()->topLevelItem(i)->text(2);
            return lines.join(u',');
        };
        QVERIFY2(outcomes().startsWith(QStringLiteral("Hooks:delivery #"))
                     && outcomes().endsWith(QStringLiteral(": pending")),
                 qPrintable(outcomes()));
        // Activating the delivery opens it (on the Deliveries page, through the navigator).
        QSignalSpy deliveryRequested(&f.navigator, &ConsoleNavigator::deliveryRequested);
        emit page.outcomeTree()->itemActivated(page.outcomeTree()->topLevelItem(0), 0);
        QCOMPARE(deliveryRequested.size(), 1);
        QVERIFY(deliveryRequested.at(0).at(0).toLongLong() > 0);

        page.streamView()->selectRow(0); // "B": no mapping takes it
        QVERIFY(shown.wait(10'000));
        QCOMPARE(page.shownEventId(), third.eventIds.at(1));
        QVERIFY2(outcomes() == QStringLiteral("Hooks:no_mapping"), qPrintable(outcomes()));

        // Another page asks for an event: the page selects it and shows it.
        emit f.navigator.eventRequested(second.eventIds.at(0));
        QTRY_COMPARE(page.shownEventId(), second.eventIds.at(0));
        QVERIFY(shown.wait(10'000));
        QVERIFY(page.payloadView()->toPlainText().contains(QStringLiteral("Order Completed")));
        QCOMPARE(page.streamView()->currentIndex().data(EventStreamModel::EventIdRole).toLongLong(),
                 second.eventIds.at(0));

        // And the type filter narrows the view.
        page.typeFilter()->setCurrentIndex(page.typeFilter()->findData(QStringLiteral("identify")));
        QCOMPARE(page.filterModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestEventsPage)
#include "tst_eventspage.moc"
