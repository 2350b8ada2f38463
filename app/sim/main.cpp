// switchboard-sim: every destination API on one local port, for the demo and the tests.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include "simulator.h"

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulated destination APIs on 127.0.0.1. Control API: GET /_sim/stats, GET "
                       "/_sim/requests?kind=&limit=, "
                       "POST /_sim/faults/<kind>, POST /_sim/quotas/<kind>, POST /_sim/reset."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port (0: any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    QCommandLineOption recordOption(
        QStringLiteral("record"), QStringLiteral("Append every request to FILE as NDJSON (secrets masked)."),
        QStringLiteral("FILE"));
    QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        QStringLiteral(
            "JSON file: {\"faults\": {kind: plan}, \"quotas\": {kind: {requestsPerSecond, burst}}, "
            "\"credentials\": {kind: {...}}}."),
        QStringLiteral("FILE.json"));
    parser.addOption(portOption);
    parser.addOption(recordOption);
    parser.addOption(faultsOption);
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "switchboard-sim: --port must be a number from 0 to 65535, got '" << parser.value(portOption)
            << "'" << Qt::endl;
        return 2;
    }

    sb::Simulator simulator;
    if (parser.isSet(faultsOption)) {
        QFile file(parser.value(faultsOption));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "switchboard-sim: cannot read " << file.fileName() << ": " << file.errorString()
                << Qt::endl;
            return 2;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject()) {
            err << "switchboard-sim: " << file.fileName() << " is not a JSON object"
                << (parseError.error != QJsonParseError::NoError ? QStringLiteral(" (offset %1: %2)")
                                                                       .arg(parseError.offset)
                                                                       .arg(parseError.errorString())
                                                                 : QString())
                << Qt::endl;
            return 2;
        }
        const sb::Status status = simulator.configure(doc.object());
        if (!status) {
            err << "switchboard-sim: " << file.fileName() << ": " << status.error << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(recordOption)) {
        QString error;
        if (!simulator.recordTo(parser.value(recordOption), &error)) {
            err << "switchboard-sim: " << error << Qt::endl;
            return 1;
        }
    }
    if (!simulator.listen(QHostAddress::LocalHost, quint16(port))) {
        err << "switchboard-sim: cannot listen on 127.0.0.1:" << port << Qt::endl;
        return 1;
    }
    QUrl base = simulator.baseUrl(QString());
    base.setPath(QString());
    out << "switchboard-sim listening on " << base.toString() << Qt::endl;
    for (const QString &kind : simulator.kinds())
        out << "  " << kind << ": " << simulator.baseUrl(kind).toString() << Qt::endl;
    out << "  control: " << simulator.controlUrl().toString() << "/stats" << Qt::endl;
    return app.exec();
}
