// The Mappings page against a real workspace and the simulator: models, the editor driven through
// its widgets, the debounced preview from the engine's renderer, undo, versions, and test sends.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include "conditionsmodel.h"
#include "destinationlistmodel.h"
#include "destinationrequest.h"
#include "expressioncompletions.h"
#include "fieldmapmodel.h"
#include "ingest/ingestservice.h"
#include "ingest/sourcestore.h"
#include "mapping/mappingstore.h"
#include "mappinglistmodel.h"
#include "mappings/expressionedit.h"
#include "mappings/mappingeditor.h"
#include "mappings/mappingspage.h"
#include "mappings/previewpanel.h"
#include "mappingversionsmodel.h"
#include "previewmatrixmodel.h"
#include "uitestworkspace.h"

using namespace sb;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

// The page showing the recipe's "SMRT events" mapping (a track call named by a template).
struct EventsMapping {
    qint64 destinationId = 0;
    qint64 mappingId = 0;
};

EventsMapping openEventsMapping(test::PageFixture &f, MappingsPage &page) {
    const RecipeInstaller::Installed installed = f.installSegment();
    EventsMapping m{installed.destinationId, 0};
    for (const MappingStore::Entry &e : MappingStore(f.workspace.get()).list(installed.destinationId)) {
        if (e.definition.name == QLatin1String("SMRT events"))
            m.mappingId = e.id;
    }
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        qFatal("page not exposed");
    page.showMapping(m.destinationId, m.mappingId);
    return m;
}

int rowOfTarget(const FieldMapModel *model, const QString &target) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->fields().at(row).target == target)
            return row;
    }
    return -1;
}

} // namespace

class TestMappingsPage : public QObject {
    Q_OBJECT
private slots:
    void modelsPassTheModelTester() {
        test::PageFixture f;
        QVERIFY(f.open());
        const RecipeInstaller::Installed installed = f.installSegment();

        DestinationListModel destinations(f.workspace.get());
        Tester t1(&destinations, kQtTest);
        QSignalSpy destinationsLoaded(&destinations, &DestinationListModel::refreshed);
        destinations.refresh();
        QVERIFY(destinationsLoaded.wait(10'000));
        QCOMPARE(destinations.rowCount(), 1);
        QCOMPARE(destinations.index(0).data(DestinationListModel::IdRole).toLongLong(),
                 installed.destinationId);
        QVERIFY(!destinations.index(0).data().toString().contains(QLatin1String(sim::SegmentWriteKey)));

        MappingListModel mappings(f.workspace.get());
        Tester t2(&mappings, kQtTest);
        QSignalSpy mappingsLoaded(&mappings, &MappingListModel::refreshed);
        mappings.load(installed.destinationId);
        QVERIFY(mappingsLoaded.wait(10'000));
        QCOMPARE(mappings.rowCount(), installed.mappingIds.size());
        QVERIFY(mappings.index(0).data().toString().contains(QLatin1String("(v1)")));

        MappingVersionsModel versions(f.workspace.get());
        Tester t3(&versions, kQtTest);
        QSignalSpy versionsLoaded(&versions, &MappingVersionsModel::refreshed);
        versions.load(installed.mappingIds.first());
        QVERIFY(versionsLoaded.wait(10'000));
        QCOMPARE(versions.rowCount(), 1);
        QCOMPARE(versions.versionAt(0), 1);

        FieldMapModel fields;
        Tester t4(&fields, kQtTest);
        fields.setFields({{QStringLiteral("traits.email"), QStringLiteral("lower(profile.email)")}});
        QVERIFY(fields.insertRows(1, 1));
        QVERIFY(fields.setData(fields.index(1, FieldMapModel::TargetColumn), QStringLiteral("total")));
        QVERIFY(fields.setData(fields.index(1, FieldMapModel::ExpressionColumn), QStringLiteral("number(")));
        QVERIFY(fields.index(1, FieldMapModel::ProblemColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("'total'")));
        QVERIFY(fields.index(0, FieldMapModel::ProblemColumn).data().toString().isEmpty());
        QCOMPARE(fields.problems().size(), 1);
        QVERIFY(fields.removeRows(0, 1));
        QCOMPARE(fields.rowCount(), 1);

        ConditionsModel conditions;
        Tester t5(&conditions, kQtTest);
        QVERIFY(conditions.insertRows(0, 2));
        QVERIFY(conditions.setData(conditions.index(0, ConditionsModel::PathColumn),
                                   QStringLiteral("event.properties.total")));
        QVERIFY(conditions.setData(conditions.index(0, ConditionsModel::OperatorColumn),
                                   QStringLiteral("greater_than")));
        QVERIFY(conditions.setData(conditions.index(0, ConditionsModel::ValueColumn), QStringLiteral("100")));
        QCOMPARE(conditions.conditions().at(0).value, QJsonValue(100));
        QVERIFY(conditions.setData(conditions.index(1, ConditionsModel::OperatorColumn),
                                   QStringLiteral("in_list")));
        QVERIFY(conditions.index(1, ConditionsModel::ProblemColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("Condition 2")));
        QVERIFY(conditions.removeRows(1, 1));
        QVERIFY(conditions.problems().isEmpty());

        PreviewMatrixModel matrix(f.workspace.get());
        Tester t6(&matrix, kQtTest);
        QSignalSpy computed(&matrix, &PreviewMatrixModel::computed);
        matrix.compute();
        QVERIFY(computed.wait(30'000));
        QVERIFY(matrix.rowCount() > 10);
        bool sawMapping = false;
        for (int row = 0; row < matrix.rowCount(); ++row)
            sawMapping |= matrix.index(row, PreviewMatrixModel::MappingColumn).data().toString()
                          == QLatin1String("SMRT events");
        QVERIFY(sawMapping);
    }

    void completionsOfferThePropertiesOfTheEvent() {
        const QStringList words =
            ExpressionCompletions::forEvent(QStringLiteral("smrt"), QStringLiteral("Order Created"));
        QVERIFY(words.contains(QStringLiteral("event.name")));
        QVERIFY(words.contains(QStringLiteral("lower(")));
        QVERIFY(std::any_of(words.begin(), words.end(), [](const QString &w) {
            return w.startsWith(QLatin1String("event.properties."));
        }));
    }

    void editingTheEventNameChangesThePreviewAndUndoRestoresIt() {
        test::PageFixture f;
        QVERIFY(f.open());
        MappingsPage page(&f.context);
        const EventsMapping m = openEventsMapping(f, page);
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(page.currentMappingId(), m.mappingId, 10'000);
        PreviewPanel *preview = page.previewPanel();
        QTRY_VERIFY(preview->requestText().contains(QLatin1String("\"event\": \"")));
        const QString before = preview->requestText();
        QVERIFY(!before.contains(QLatin1String("Console Test Event")));
        QVERIFY(!before.contains(QLatin1String(sim::SegmentWriteKey))); // the key is masked in the preview

        auto *eventName = page.findChild<QLineEdit *>(QStringLiteral("mappingEventName"));
        QVERIFY(eventName);
        QCOMPARE(eventName->text(), QStringLiteral("{{event.name}}"));
        eventName->setFocus();
        eventName->selectAll();
        QTest::keyClicks(eventName, QStringLiteral("Console Test Event"));
        QCOMPARE(eventName->text(), QStringLiteral("Console Test Event"));
        // The preview follows after the debounce, from the engine's renderer.
        QTRY_VERIFY_WITH_TIMEOUT(
            preview->requestText().contains(QLatin1String("\"event\": \"Console Test Event\"")), 5'000);
        QVERIFY(page.editor()->undoStack()->canUndo());
        QCOMPARE(page.editor()->undoStack()->count(), 1); // typing into one field is one step

        page.editor()->undoStack()->undo();
        QCOMPARE(eventName->text(), QStringLiteral("{{event.name}}"));
        QTRY_COMPARE_WITH_TIMEOUT(preview->requestText(), before, 5'000);
        page.editor()->undoStack()->redo();
        QCOMPARE(eventName->text(), QStringLiteral("Console Test Event"));
        QTRY_VERIFY_WITH_TIMEOUT(preview->requestText().contains(QLatin1String("Console Test Event")), 5'000);
    }

    void editingAFieldExpressionChangesThePreview() {
        test::PageFixture f;
        QVERIFY(f.open());
        MappingsPage page(&f.context);
        const EventsMapping m = openEventsMapping(f, page);
        QTRY_COMPARE_WITH_TIMEOUT(page.currentMappingId(), m.mappingId, 10'000);
        auto *view = page.findChild<QTableView *>(QStringLiteral("mappingFields"));
        QVERIFY(view);
        auto *fields = qobject_cast<FieldMapModel *>(view->model());
        const int row = rowOfTarget(fields, QStringLiteral("userId"));
        QVERIFY(row >= 0);
        const QModelIndex cell = fields->index(row, FieldMapModel::ExpressionColumn);
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto *editor = qobject_cast<ExpressionEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("upper(\"abc-user\")"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on the next pass of the event loop.
        QTRY_COMPARE(fields->fields().at(row).expression, QStringLiteral("upper(\"abc-user\")"));
        QTRY_VERIFY_WITH_TIMEOUT(
            page.previewPanel()->requestText().contains(QLatin1String("\"userId\": \"ABC-USER\"")), 5'000);
        page.editor()->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(!page.previewPanel()->requestText().contains(QLatin1String("ABC-USER")),
                                 5'000);
    }

    void invalidExpressionShowsAnErrorNamingTheField() {
        test::PageFixture f;
        QVERIFY(f.open());
        MappingsPage page(&f.context);
        const EventsMapping m = openEventsMapping(f, page);
        QTRY_COMPARE_WITH_TIMEOUT(page.currentMappingId(), m.mappingId, 10'000);
        auto *view = page.findChild<QTableView *>(QStringLiteral("mappingFields"));
        auto *fields = qobject_cast<FieldMapModel *>(view->model());
        const int row = rowOfTarget(fields, QStringLiteral("properties"));
        QVERIFY(row >= 0);
        const QModelIndex cell = fields->index(row, FieldMapModel::ExpressionColumn);
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto *editor = qobject_cast<ExpressionEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("lower(event.properties"));
        // While typing: the live message names the field and the problem.
        auto *live = page.findChild<QLabel *>(QStringLiteral("mappingFieldLiveProblem"));
        QVERIFY(live);
        QVERIFY(!live->isHidden());
        QVERIFY2(live->text().contains(QLatin1String("Field 'properties'")), qPrintable(live->text()));
        QVERIFY2(live->text().contains(QLatin1String("col")), qPrintable(live->text()));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(fields->fields().at(row).expression, QStringLiteral("lower(event.properties"));
        // Committed: the row's Problem column and the summary say it; saving is refused.
        QVERIFY(fields->index(row, FieldMapModel::ProblemColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("'properties'")));
        auto *problems = page.findChild<QLabel *>(QStringLiteral("mappingProblems"));
        QVERIFY(problems->text().contains(QLatin1String("Field 'properties'")));
        const int versionsBefore = int(MappingStore(f.workspace.get()).history(m.mappingId).size());
        QVERIFY(!page.save());
        QVERIFY(page.statusText().contains(QLatin1String("Field 'properties'")));
        QCOMPARE(int(MappingStore(f.workspace.get()).history(m.mappingId).size()), versionsBefore);

        // A broken event name template is shown beside its field as well.
        auto *eventName = page.findChild<QLineEdit *>(QStringLiteral("mappingEventName"));
        eventName->selectAll();
        QTest::keyClicks(eventName, QStringLiteral("Order {{ event.name"));
        auto *nameProblem = page.findChild<QLabel *>(QStringLiteral("mappingEventNameProblem"));
        QVERIFY(!nameProblem->isHidden());
        QVERIFY2(nameProblem->text().startsWith(QLatin1String("Event name:")),
                 qPrintable(nameProblem->text()));
    }

    void saveMakesAVersionAndRestoreBringsAnOldOneBack() {
        test::PageFixture f;
        QVERIFY(f.open());
        MappingsPage page(&f.context);
        const EventsMapping m = openEventsMapping(f, page);
        QTRY_COMPARE_WITH_TIMEOUT(page.currentMappingId(), m.mappingId, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(page.versionsModel()->rowCount(), 1, 10'000);

        auto *eventName = page.findChild<QLineEdit *>(QStringLiteral("mappingEventName"));
        eventName->selectAll();
        QTest::keyClicks(eventName, QStringLiteral("Saved {{event.name}}"));
        page.findChild<QLineEdit *>(QStringLiteral("mappingVersionNote"))
            ->setText(QStringLiteral("rename events"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveMapping")), Qt::LeftButton);
        QVERIFY2(page.statusText().contains(QLatin1String("version 2")), qPrintable(page.statusText()));
        QTRY_COMPARE_WITH_TIMEOUT(page.versionsModel()->rowCount(), 2, 10'000);
        QCOMPARE(page.versionsModel()->index(0, MappingVersionsModel::NoteColumn).data().toString(),
                 QStringLiteral("rename events"));
        const Result<MappingStore::Entry> saved = MappingStore(f.workspace.get()).load(m.mappingId);
        QCOMPARE(saved.value().version, 2);
        QCOMPARE(saved.value().definition.eventNameTemplate, QStringLiteral("Saved {{event.name}}"));
        QVERIFY(page.editor()->undoStack()->isClean());

        QVERIFY(page.restoreVersion(1));
        QCOMPARE(eventName->text(), QStringLiteral("{{event.name}}"));
        const Result<MappingStore::Entry> restored = MappingStore(f.workspace.get()).load(m.mappingId);
        QCOMPARE(restored.value().version, 3);
        QCOMPARE(restored.value().definition.eventNameTemplate, QStringLiteral("{{event.name}}"));
        QTRY_COMPARE_WITH_TIMEOUT(page.versionsModel()->rowCount(), 3, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!page.previewPanel()->requestText().contains(QLatin1String("Saved ")),
                                 5'000);
    }

    void newMappingIsSavedAsVersionOne() {
        test::PageFixture f;
        QVERIFY(f.open());
        MappingsPage page(&f.context);
        const EventsMapping m = openEventsMapping(f, page);
        QTRY_COMPARE_WITH_TIMEOUT(page.currentMappingId(), m.mappingId, 10'000);
        const int before = page.mappingModel()->rowCount();
        page.newMapping();
        QCOMPARE(page.currentMappingId(), 0);
        auto *name = page.findChild<QLineEdit *>(QStringLiteral("mappingName"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Console mapping"));
        QVERIFY2(page.save(), qPrintable(page.statusText()));
        QVERIFY(page.currentMappingId() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(page.mappingModel()->rowCount(), before + 1, 10'000);
        QCOMPARE(MappingStore(f.workspace.get()).load(page.currentMappingId()).value().definition.name,
                 QStringLiteral("Console mapping"));
    }

    void copyAsCurlIsMasked() {
        test::PageFixture f;
        QVERIFY(f.open());
        MappingsPage page(&f.context);
        const EventsMapping m = openEventsMapping(f, page);
        QTRY_COMPARE_WITH_TIMEOUT(page.currentMappingId(), m.mappingId, 10'000);
        QTRY_VERIFY(!page.previewPanel()->preview().curl.isEmpty());
        const QString curl = page.previewPanel()->preview().curl;
        QVERIFY(curl.startsWith(QLatin1String("curl -X POST")));
        QVERIFY(!curl.contains(QLatin1String(sim::SegmentWriteKey)));
    }

    void sendTestEventReachesTheSimulator() {
        test::PageFixture f;
        QVERIFY(f.open());
        MappingsPage page(&f.context);
        const EventsMapping m = openEventsMapping(f, page);
        QTRY_COMPARE_WITH_TIMEOUT(page.currentMappingId(), m.mappingId, 10'000);
        QTRY_VERIFY(!page.previewPanel()->requestText().isEmpty());
        const int before = int(f.simulator.requests(QStringLiteral("segment")).size());
        QSignalSpy finished(page.previewPanel(), &PreviewPanel::testEventFinished);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("sendTestEvent")), Qt::LeftButton);
        QVERIFY(finished.wait(15'000));
        const auto response = finished.at(0).at(0).value<DestinationResponse>();
        QVERIFY2(response.reached, qPrintable(response.error));
        QCOMPARE(response.status, 200);
        QVERIFY2(response.accepted, qPrintable(response.verdict));
        QCOMPARE(int(f.simulator.requests(QStringLiteral("segment")).size()), before + 1);
        auto *status = page.findChild<QLabel *>(QStringLiteral("testResponseStatus"));
        QVERIFY(status->text().contains(QLatin1String("HTTP 200")));
    }

    void previewOfAStoredEventUsesItsPayloadAndProfile() {
        test::PageFixture f;
        QVERIFY(f.open());
        MappingsPage page(&f.context);
        const EventsMapping m = openEventsMapping(f, page);
        QTRY_COMPARE_WITH_TIMEOUT(page.currentMappingId(), m.mappingId, 10'000);

        // A real event in the workspace, through the ingest path.
        const auto source =
            SourceStore(f.workspace.get()).add(QStringLiteral("smrt"), QStringLiteral("smrt"));
        QVERIFY2(source, qPrintable(source.error()));
        IngestService ingest(f.workspace.get());
        Event e;
        e.sourceId = source.value().id;
        e.sourceKind = QStringLiteral("smrt");
        e.type = QStringLiteral("track");
        e.name = QStringLiteral("Order Created");
        e.messageId = QStringLiteral("stored-1");
        e.occurredAt = e.receivedAt = QDateTime::currentDateTimeUtc();
        e.payload = QJsonObject{
            {QStringLiteral("type"), e.type},
            {QStringLiteral("messageId"), e.messageId},
            {QStringLiteral("userId"), QStringLiteral("cust-777")},
            {QStringLiteral("event"), e.name},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("orderId"), QStringLiteral("ORD-STORED-42")}}},
            {QStringLiteral("context"),
             QJsonObject{{QStringLiteral("traits"),
                          QJsonObject{{QStringLiteral("email"), QStringLiteral("stored@example.com")}}}}}};
        const Result<IngestReceipt> receipt = ingest.ingest({e});
        QVERIFY2(receipt, qPrintable(receipt.error()));
        const qint64 eventId = receipt.value().eventIds.first();

        PreviewPanel *preview = page.previewPanel();
        QSignalSpy loaded(preview, &PreviewPanel::eventLoaded);
        preview->useStoredEvent(eventId);
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(loaded.at(0).at(0).toBool(), true);
        QVERIFY2(preview->requestText().contains(QLatin1String("ORD-STORED-42")),
                 qPrintable(preview->requestText()));
        QVERIFY(preview->requestText().contains(QLatin1String("cust-777")));

        preview->useStoredEvent(eventId + 1000);
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(loaded.at(1).at(0).toBool(), false);
        preview->useSample();
        QVERIFY(!preview->requestText().contains(QLatin1String("ORD-STORED-42")));
    }

    void pagesRetranslate() {
        test::PageFixture f;
        QVERIFY(f.open());
        MappingsPage page(&f.context);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&page, &change);
        QCOMPARE(page.findChild<QPushButton *>(QStringLiteral("saveMapping"))->text(),
                 QStringLiteral("Save version"));
    }

    void unsavedChangesAreNotDroppedSilently() {
        test::PageFixture f;
        QVERIFY(f.open());
        MappingsPage page(&f.context);
        const EventsMapping m = openEventsMapping(f, page);
        QTRY_COMPARE_WITH_TIMEOUT(page.currentMappingId(), m.mappingId, 10'000);
        auto *eventName = page.findChild<QLineEdit *>(QStringLiteral("mappingEventName"));
        eventName->selectAll();
        QTest::keyClicks(eventName, QStringLiteral("Draft"));
        QVERIFY(page.hasUnsavedChanges());
        auto *list = page.findChild<QListView *>(QStringLiteral("mappingList"));
        const int otherRow = page.mappingModel()->rowOf(m.mappingId) == 0 ? 1 : 0;

        // The operator cancels: the draft stays.
        auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (box)
                    box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        list->setCurrentIndex(page.mappingModel()->index(otherRow));
        QCOMPARE(page.currentMappingId(), m.mappingId);
        QCOMPARE(eventName->text(), QStringLiteral("Draft"));

        // The operator discards: the other mapping opens.
        answer(QMessageBox::Discard);
        list->setCurrentIndex(page.mappingModel()->index(otherRow));
        QVERIFY(page.currentMappingId() != m.mappingId);
        QVERIFY(!page.hasUnsavedChanges());
    }

    void mappingRequestedSelectsTheMapping() {
        test::PageFixture f;
        QVERIFY(f.open());
        const RecipeInstaller::Installed installed = f.installSegment();
        MappingsPage page(&f.context);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(page.currentMappingId(), installed.mappingIds.first(), 10'000);
        emit f.navigator.mappingRequested(installed.destinationId, installed.mappingIds.last());
        QTRY_COMPARE_WITH_TIMEOUT(page.currentMappingId(), installed.mappingIds.last(), 10'000);
    }
};

QTEST_MAIN(TestMappingsPage)
#include "tst_mappingspage.moc"
