// switchboard-engine: the sync engine without a window, for servers and for attaching a console.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "engine.h"
#include "store/workspace.h"

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-engine"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Switchboard sync engine (headless)"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption workspaceOption({QStringLiteral("w"), QStringLiteral("workspace")},
                                       QStringLiteral("Workspace folder."), QStringLiteral("DIR"));
    QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Ingest port (0: any free port)."),
                                  QStringLiteral("PORT"), QStringLiteral("0"));
    parser.addOption(workspaceOption);
    parser.addOption(portOption);
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.isSet(workspaceOption)) {
        err << "switchboard-engine: pass --workspace DIR" << Qt::endl;
        return 2;
    }
    sb::Engine::Options options;
    options.workspaceDir = parser.value(workspaceOption);
    options.port = quint16(parser.value(portOption).toUInt());
    options.exclusive = true; // one delivering engine per workspace
    auto engine = sb::Engine::start(options);
    if (!engine) {
        err << "switchboard-engine: " << engine.error() << Qt::endl;
        return 1;
    }
    out << "Switchboard engine running on " << engine.value()->workspace()->directory();
    if (!engine.value()->ingestUrl().isEmpty())
        out << "; ingest listening on " << engine.value()->ingestUrl();
    out << Qt::endl;
    return app.exec();
}
