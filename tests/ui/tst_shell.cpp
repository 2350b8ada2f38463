// The console shell: pages, shortcuts, the overview model, and --screenshot from the real binary.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QImage>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <QListWidget>
#include <QMenuBar>
#include <QStandardPaths>

#include "engine.h"
#include "overview/overviewpage.h"
#include "shell/languageswitcher.h"
#include "shell/mainwindow.h"
#include "store/workspace.h"
#include "tablecountsmodel.h"

using namespace sb;

class TestShell : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // Keep the language choice and window geometry out of the user's settings.
        QStandardPaths::setTestModeEnabled(true);
    }

    void languageSwitchRetranslatesTheWindow() {
        MainWindow window(QStringLiteral("/tmp/ws"));
        window.addPage(QStringLiteral("profiles"), QT_TRANSLATE_NOOP("sb::MainWindow", "Profiles"),
                       new QWidget);
        auto *pages = window.findChild<QListWidget *>();
        QVERIFY(pages);
        LanguageSwitcher switcher;
        QVERIFY(switcher.apply(QStringLiteral("en")));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QTRY_COMPARE(pages->item(0)->text(), QStringLiteral("Profiles"));

        // Installing a translator posts LanguageChange to every window: the UI follows asynchronously.
        QVERIFY(switcher.apply(QStringLiteral("de")));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        QTRY_COMPARE(pages->item(0)->text(), QStringLiteral("Profile"));
        QVERIFY(switcher.apply(QStringLiteral("fr")));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
        QVERIFY(switcher.apply(QStringLiteral("tr")));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Dosya"));

        QVERIFY(switcher.apply(QStringLiteral("en")));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QTRY_COMPARE(pages->item(0)->text(), QStringLiteral("Profiles"));
    }

    void languageMenuNamesTheSystemChoiceInTheLanguageShown() {
        LanguageSwitcher switcher;
        QVERIFY(switcher.apply(QStringLiteral("en")));
        QMenu menu;
        switcher.populateMenu(&menu);
        QCOMPARE(menu.actions().first()->text(), QStringLiteral("System language"));
        QVERIFY(switcher.apply(QStringLiteral("de")));
        QCOMPARE(menu.actions().first()->text(), QStringLiteral("Systemsprache"));
        QCOMPARE(menu.actions().at(1)->text(), QStringLiteral("English")); // each language's own name
        QVERIFY(switcher.apply(QStringLiteral("en")));
        QCOMPARE(menu.actions().first()->text(), QStringLiteral("System language"));
    }

    void oneDeliveringEnginePerWorkspace() {
        QTemporaryDir dir;
        Engine::Options options;
        options.workspaceDir = dir.filePath(QStringLiteral("ws"));
        options.exclusive = true;
        options.ingest = false;
        {
            auto first = Engine::start(options);
            QVERIFY2(first.ok(), qPrintable(first.error()));
            QVERIFY(Engine::runningEnginePid(options.workspaceDir) > 0);
            auto second = Engine::start(options);
            QVERIFY(!second.ok());
            QVERIFY2(second.error().contains(QStringLiteral("another Switchboard engine")),
                     qPrintable(second.error()));
        }
        // The first engine is gone, and with it the lock.
        QCOMPARE(Engine::runningEnginePid(options.workspaceDir), 0);
        auto third = Engine::start(options);
        QVERIFY2(third.ok(), qPrintable(third.error()));
    }

    void consoleAttachesToARunningEngine() {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("ws"));
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess engine;
        engine.start(QStringLiteral(SWITCHBOARD_BINARY_DIR "/app/switchboard-engine"),
                     {QStringLiteral("--workspace"), ws});
        QVERIFY(engine.waitForReadyRead(30'000));
        QVERIFY(engine.readAllStandardOutput().contains("ingest listening"));
        QVERIFY(Engine::runningEnginePid(ws) > 0);

        QProcess console;
        console.setProcessEnvironment(env);
        console.start(QStringLiteral(SWITCHBOARD_BINARY_DIR "/app/switchboard"),
                      {QStringLiteral("--workspace"), ws, QStringLiteral("--page"),
                       QStringLiteral("overview"), QStringLiteral("--screenshot"),
                       dir.filePath(QStringLiteral("attached.png"))});
        QVERIFY(console.waitForFinished(60'000));
        QVERIFY2(console.exitCode() == 0, console.readAllStandardError().constData());
        QVERIFY(!QImage(dir.filePath(QStringLiteral("attached.png"))).isNull());
        engine.terminate();
        QVERIFY(engine.waitForFinished(30'000));
    }

    void tableCountsModelLoadsOffTheGuiThread() {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        TableCountsModel model(ws.value().get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy refreshed(&model, &TableCountsModel::refreshed);
        model.refresh();
        QVERIFY(refreshed.wait(10'000));
        QVERIFY(model.rowCount() > 10);
        QVERIFY(model.schemaVersion() >= 2);
        bool sawEvents = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == QLatin1String("events")) {
                sawEvents = true;
                QCOMPARE(model.index(row, 1).data(Qt::UserRole).toLongLong(), 0);
            }
        }
        QVERIFY(sawEvents);
    }

    // Counting walks every table: the Overview page counts only while it is shown, and spaces the
    // counts by how long the last one took.
    void overviewCountsOnlyWhileShown() {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        OverviewPage page(ws.value().get());
        QSignalSpy refreshed(page.model(), &TableCountsModel::refreshed);
        QVERIFY(refreshed.wait(10'000)); // the first count, hidden
        QVERIFY(!page.refreshScheduled());
        page.show();
        QVERIFY(refreshed.wait(10'000)); // shown: counts again, then schedules the next
        QVERIFY(page.refreshScheduled());
        QCOMPARE(page.nextRefreshMs(),
                 int(std::max<qint64>(OverviewPage::kRefreshMs,
                                      page.model()->lastCountMs() * OverviewPage::kMaxCountShare)));
        page.hide();
        QVERIFY(!page.refreshScheduled());
    }

    void mainWindowSwitchesPagesByKeyAndShortcut() {
        MainWindow window(QStringLiteral("/tmp/ws"));
        auto *a = new QWidget;
        auto *b = new QWidget;
        window.addPage(QStringLiteral("one"), "One", a);
        window.addPage(QStringLiteral("two"), "Two", b);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(a->isVisible());
        QVERIFY(window.showPage(QStringLiteral("two")));
        QVERIFY(b->isVisible());
        QVERIFY(!window.showPage(QStringLiteral("three")));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(a->isVisible());
        QCOMPARE(window.pageKeys(), (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
    }

    void consoleWritesScreenshot() {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        QProcess process;
        process.setProcessEnvironment([] {
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            return env;
        }());
        process.start(QStringLiteral(SWITCHBOARD_BINARY_DIR "/app/switchboard"),
                      {QStringLiteral("--workspace"), dir.filePath(QStringLiteral("ws")),
                       QStringLiteral("--screenshot"), png});
        QVERIFY(process.waitForFinished(60'000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
    }

    void consoleRejectsUnknownPage() {
        QTemporaryDir dir;
        QProcess process;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SWITCHBOARD_BINARY_DIR "/app/switchboard"),
                      {QStringLiteral("--workspace"), dir.path(), QStringLiteral("--page"),
                       QStringLiteral("nope"), QStringLiteral("--screenshot"),
                       dir.filePath(QStringLiteral("x.png"))});
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("no page named 'nope'"));
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
