// switchboard-ctl: the command line. Every command lives in app/ctl.
#include <QCoreApplication>
#include <QTextStream>

#include "ctlcommand.h"

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-ctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return sb::ctl::runCommandLine(app.arguments().mid(1), out, err);
}
