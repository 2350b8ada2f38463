#include "consoleapp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include "consolecontext.h"
#include "consolepage.h"
#include "destinations/destinationspage.h"
#include "engine.h"
#include "events/eventspage.h"
#include "live/livepage.h"
#include "mainwindow.h"
#include "mappings/mappingspage.h"
#include "overview/overviewpage.h"
#include "profiles/profilespage.h"
#include "screenshot.h"
#include "store/workspace.h"
#include "tablecountsmodel.h"

namespace sb {

QString defaultWorkspaceDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
}

namespace {

struct ConsoleOptions
{
    QString workspaceDir;
    QString page;
    QString screenshot;
};

ConsoleOptions parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Switchboard operator console"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption workspace({QStringLiteral("w"), QStringLiteral("workspace")},
                                 QCoreApplication::translate("main", "Workspace folder (default: the demo workspace)."),
                                 QStringLiteral("DIR"));
    QCommandLineOption page(QStringLiteral("page"), QCoreApplication::translate("main", "Page to show first."),
                            QStringLiteral("NAME"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Render the window to a PNG and exit."),
                                  QStringLiteral("FILE"));
    parser.addOption(workspace);
    parser.addOption(page);
    parser.addOption(screenshot);
    parser.process(app);
    return {parser.isSet(workspace) ? parser.value(workspace) : defaultWorkspaceDir(), parser.value(page),
            parser.value(screenshot)};
}

} // namespace

int runConsole(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Switchboard"));
    QApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    const ConsoleOptions options = parseOptions(app);
    QTextStream err(stderr);

    Engine::Options engineOptions;
    engineOptions.workspaceDir = options.workspaceDir;
    auto engine = Engine::start(engineOptions);
    if (!engine) {
        err << "switchboard: " << engine.error() << Qt::endl;
        return 1;
    }
    Workspace *workspace = engine.value()->workspace();

    ConsoleNavigator navigator;
    ConsoleContext context{engine.value().get(), workspace, &navigator, false};

    MainWindow window(workspace->directory());
    window.addPage(QStringLiteral("live"), QApplication::translate("main", "Live"), new LivePage(&context));
    window.addPage(QStringLiteral("profiles"), QApplication::translate("main", "Profiles"),
                   new ProfilesPage(&context));
    window.addPage(QStringLiteral("events"), QApplication::translate("main", "Events"), new EventsPage(&context));
    window.addPage(QStringLiteral("mappings"), QApplication::translate("main", "Mappings"),
                   new MappingsPage(&context));
    window.addPage(QStringLiteral("destinations"), QApplication::translate("main", "Destinations"),
                   new DestinationsPage(&context));
    auto *overview = new OverviewPage(workspace);
    window.addPage(QStringLiteral("overview"), QApplication::translate("main", "Overview"), overview);
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
    window.setEngineState(engine.value()->ingestUrl().isEmpty()
                              ? QApplication::translate("main", "Engine running")
                              : QApplication::translate("main", "Engine running · ingest %1")
                                    .arg(engine.value()->ingestUrl()));

    if (!options.page.isEmpty() && !window.showPage(options.page)) {
        err << "switchboard: no page named '" << options.page << "'; pages: " << window.pageKeys().join(u", ")
            << Qt::endl;
        return 2;
    }

    if (!options.screenshot.isEmpty()) {
        window.show();
        // Let the shown page finish its first asynchronous load before the picture is taken.
        auto takeScreenshot = [&] {
            QTimer::singleShot(400, &window, [&] {
                const QString error = saveScreenshot(&window, options.screenshot);
                if (!error.isEmpty())
                    err << "switchboard: " << error << Qt::endl;
                app.exit(error.isEmpty() ? 0 : 1);
            });
        };
        QWidget *shown = window.page(options.page.isEmpty() ? window.pageKeys().first() : options.page);
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
