#include "consoleapp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include "engine.h"
#include "mainwindow.h"
#include "overview/overviewpage.h"
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

    MainWindow window(workspace->directory());
    auto *overview = new OverviewPage(workspace);
    window.addPage(QStringLiteral("overview"), QApplication::translate("main", "Overview"), overview);
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
        // Let pages finish their first asynchronous load before the picture is taken.
        QObject::connect(overview->model(), &TableCountsModel::refreshed, &window, [&] {
            QTimer::singleShot(150, &window, [&] {
                const QString error = saveScreenshot(&window, options.screenshot);
                if (!error.isEmpty())
                    err << "switchboard: " << error << Qt::endl;
                app.exit(error.isEmpty() ? 0 : 1);
            });
        });
        return app.exec();
    }
    window.show();
    return app.exec();
}

} // namespace sb
