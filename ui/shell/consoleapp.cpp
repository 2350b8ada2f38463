#include "consoleapp.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QIcon>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include "consolecontext.h"
#include "consolepage.h"
#include "destinations/destinationspage.h"
#include "engine.h"
#include "engine/enginestatusprobe.h"
#include "enginestatuswidget.h"
#include "events/eventspage.h"
#include "languageswitcher.h"
#include "live/livepage.h"
#include "mainwindow.h"
#include "mappings/mappingspage.h"
#include "overview/overviewpage.h"
#include "profiles/profilespage.h"
#include "screenshot.h"
#include "store/workspace.h"
#include "tablecountsmodel.h"

namespace sb {

QString defaultWorkspaceDir() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
}

namespace {

struct ConsoleOptions {
    QString workspaceDir;
    QString page;
    QString screenshot;
    int settleMs = 400;
    bool attach = false;
};

ConsoleOptions parseOptions(const QApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Switchboard operator console"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption workspace(
        {QStringLiteral("w"), QStringLiteral("workspace")},
        QCoreApplication::translate("main", "Workspace folder (default: the demo workspace)."),
        QStringLiteral("DIR"));
    QCommandLineOption page(QStringLiteral("page"),
                            QCoreApplication::translate("main", "Page to show first."),
                            QStringLiteral("NAME"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Render the window to a PNG and exit."),
                                  QStringLiteral("FILE"));
    QCommandLineOption settle(QStringLiteral("settle"),
                              QCoreApplication::translate("main",
                                                          "With --screenshot: milliseconds to wait after "
                                                          "the page has loaded (default 400)."),
                              QStringLiteral("MS"), QStringLiteral("400"));
    QCommandLineOption attach(QStringLiteral("attach"),
                              QCoreApplication::translate("main",
                                                          "Monitor and control only: do not ingest or "
                                                          "deliver (automatic when switchboard-engine "
                                                          "runs on the workspace)."));
    parser.addOption(workspace);
    parser.addOption(page);
    parser.addOption(screenshot);
    parser.addOption(settle);
    parser.addOption(attach);
    parser.process(app);
    return {parser.isSet(workspace) ? parser.value(workspace) : defaultWorkspaceDir(), parser.value(page),
            parser.value(screenshot), qMax(0, parser.value(settle).toInt()), parser.isSet(attach)};
}

} // namespace

int runConsole(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Switchboard"));
    QApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/switchboard.svg")));
    LanguageSwitcher languages;
    languages.applySaved();
    const ConsoleOptions options = parseOptions(app);
    QTextStream err(stderr);

    // One delivering engine per workspace: when switchboard-engine already runs on it, this console
    // attaches (monitors and controls through the shared store) instead of starting a second one.
    const qint64 runningPid = Engine::runningEnginePid(options.workspaceDir);
    const bool attached = runningPid != 0 || options.attach;
    Engine::Options engineOptions;
    engineOptions.workspaceDir = options.workspaceDir;
    engineOptions.exclusive = !attached;
    engineOptions.ingest = !attached;
    engineOptions.delivery = !attached;
    auto engine = Engine::start(engineOptions);
    if (!engine) {
        err << "switchboard: " << engine.error() << Qt::endl;
        return 1;
    }
    Workspace *workspace = engine.value()->workspace();

    ConsoleNavigator navigator;
    ConsoleContext context{engine.value().get(), workspace, &navigator};

    MainWindow window(workspace->directory());
    QAction *openWorkspace =
        window.fileMenu()->addAction(QIcon(QStringLiteral(":/icons/open.svg")), QString());
    openWorkspace->setShortcut(QKeySequence::Open);
    QObject::connect(openWorkspace, &QAction::triggered, &window, [&window, workspace] {
        const QString dir = QFileDialog::getExistingDirectory(
            &window, QApplication::translate("main", "Open workspace"), workspace->directory());
        if (dir.isEmpty())
            return;
        // A workspace is a whole engine: open it in a fresh console process, then close this one.
        if (QProcess::startDetached(QApplication::applicationFilePath(),
                                    {QStringLiteral("--workspace"), dir}))
            window.close();
    });
    QMenu *languageMenu = window.settingsMenu()->addMenu(QString());
    languages.populateMenu(languageMenu);

    auto icon = [](const char *name) {
        return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
    };
    window.addPage(QStringLiteral("live"), QT_TRANSLATE_NOOP("sb::MainWindow", "Live"),
                   new LivePage(&context), icon("live"));
    window.addPage(QStringLiteral("profiles"), QT_TRANSLATE_NOOP("sb::MainWindow", "Profiles"),
                   new ProfilesPage(&context), icon("profiles"));
    window.addPage(QStringLiteral("events"), QT_TRANSLATE_NOOP("sb::MainWindow", "Events"),
                   new EventsPage(&context), icon("events"));
    window.addPage(QStringLiteral("mappings"), QT_TRANSLATE_NOOP("sb::MainWindow", "Mappings"),
                   new MappingsPage(&context), icon("mappings"));
    window.addPage(QStringLiteral("destinations"), QT_TRANSLATE_NOOP("sb::MainWindow", "Destinations"),
                   new DestinationsPage(&context), icon("destinations"));
    auto *overview = new OverviewPage(workspace);
    window.addPage(QStringLiteral("overview"), QT_TRANSLATE_NOOP("sb::MainWindow", "Overview"), overview,
                   icon("overview"));
    // Navigation requests switch to the owning page; that page selects the item itself.
    QObject::connect(&navigator, &ConsoleNavigator::profileRequested, &window,
                     [&window] { window.showPage(QStringLiteral("profiles")); });
    QObject::connect(&navigator, &ConsoleNavigator::deliveryRequested, &window,
                     [&window] { window.showPage(QStringLiteral("live")); });
    QObject::connect(&navigator, &ConsoleNavigator::eventRequested, &window,
                     [&window] { window.showPage(QStringLiteral("events")); });
    QObject::connect(&navigator, &ConsoleNavigator::mappingRequested, &window,
                     [&window] { window.showPage(QStringLiteral("mappings")); });
    QObject::connect(&navigator, &ConsoleNavigator::destinationRequested, &window,
                     [&window] { window.showPage(QStringLiteral("destinations")); });

    EngineStatusProbe probe(workspace);
    window.addStatusWidget(new EngineStatusWidget(&probe));
    probe.start();
    const QString ingestUrl = engine.value()->ingestUrl();
    auto retranslate = [&] {
        openWorkspace->setText(QApplication::translate("main", "&Open Workspace…"));
        languageMenu->setTitle(QApplication::translate("main", "&Language"));
        if (attached)
            window.setEngineState(
                QApplication::translate("main", "Attached to engine (process %1)").arg(runningPid));
        else if (ingestUrl.isEmpty())
            window.setEngineState(QApplication::translate("main", "Engine running"));
        else
            window.setEngineState(
                QApplication::translate("main", "Engine running · ingest %1").arg(ingestUrl));
    };
    retranslate();
    QObject::connect(&languages, &LanguageSwitcher::languageChanged, &window, retranslate);

    QString firstPage = options.page;
    if (firstPage.isEmpty() && options.screenshot.isEmpty())
        firstPage = QSettings().value(QStringLiteral("window/page")).toString();
    if (!options.page.isEmpty() && !window.showPage(options.page)) {
        err << "switchboard: no page named '" << options.page << "'; pages: " << window.pageKeys().join(u", ")
            << Qt::endl;
        return 2;
    }
    if (options.page.isEmpty() && !firstPage.isEmpty())
        window.showPage(firstPage);

    if (!options.screenshot.isEmpty()) {
        window.show();
        // Let the shown page finish its first asynchronous load before the picture is taken.
        auto takeScreenshot = [&] {
            QTimer::singleShot(options.settleMs, &window, [&] {
                const QString error = saveScreenshot(&window, options.screenshot);
                if (!error.isEmpty())
                    err << "switchboard: " << error << Qt::endl;
                app.exit(error.isEmpty() ? 0 : 1);
            });
        };
        QWidget *shown = window.page(window.currentPageKey());
        if (auto *page = qobject_cast<ConsolePage *>(shown); page && !page->isLoaded())
            QObject::connect(page, &ConsolePage::loaded, &window, takeScreenshot, Qt::SingleShotConnection);
        else if (shown == overview)
            QObject::connect(overview->model(), &TableCountsModel::refreshed, &window, takeScreenshot,
                             Qt::SingleShotConnection);
        else
            takeScreenshot();
        return app.exec();
    }
    window.show();
    return app.exec();
}

} // namespace sb
