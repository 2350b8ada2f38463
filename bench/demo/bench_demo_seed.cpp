// Demo seed speed: generating the five-source history, then storing it through IngestService with
// identity resolution, real-time rules, routing and outbox rows (as `switchboard-ctl demo seed` does).
// Run: build/bench/demo/bench_demo_seed [customers] [days]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include "demosetup.h"
#include "engine.h"
#include "ingest/demogenerator.h"
#include "ingest/ingestservice.h"
#include "ingest/sourcemessage.h"
#include "mapping/router.h"
#include "store/sql.h"
#include "store/workspace.h"

using namespace sb;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int customers = argc > 1 ? QByteArray(argv[1]).toInt() : 500;
    const int days = argc > 2 ? QByteArray(argv[2]).toInt() : 30;
    QTextStream out(stdout);
    QTemporaryDir dir;
    Engine::Options options;
    options.workspaceDir = dir.path();
    options.ingest = false;
    options.delivery = false;
    auto engine = Engine::start(options);
    if (!engine) {
        QTextStream(stderr) << engine.error() << Qt::endl;
        return 1;
    }
    Workspace *workspace = engine.value()->workspace();
    const auto sources = ctl::ensureDemoSources(workspace);
    const auto destinations =
        ctl::ensureDemoDestinations(workspace, QUrl(QStringLiteral("http://127.0.0.1:8899")));
    if (!sources || !destinations)
        return 1;
    engine.value()->router()->reload();

    QElapsedTimer timer;
    timer.start();
    DemoGenerator::Options generatorOptions;
    generatorOptions.customers = customers;
    generatorOptions.days = days;
    generatorOptions.seed = 1;
    const DemoGenerator generator(generatorOptions);
    const QList<DemoMessage> history = generator.history();
    QList<Event> events;
    for (const DemoMessage &m : history)
        events << SourceMessage::normalize(m.body, sources.value().byKind.value(m.sourceKind), m.at).value();
    const double generated = timer.nsecsElapsed() / 1e9;

    timer.restart();
    QList<QFuture<WriteResult>> jobs;
    for (qsizetype at = 0; at < events.size(); at += 1000)
        jobs << engine.value()->ingestService()->submit(events.mid(at, 1000));
    for (auto &job : jobs)
        job.waitForFinished();
    const double stored = timer.nsecsElapsed() / 1e9;
    const qint64 rows =
        sql::scalar(workspace->reader(), QStringLiteral("SELECT COUNT(*) FROM events")).toLongLong();
    const qint64 deliveries =
        sql::scalar(workspace->reader(), QStringLiteral("SELECT COUNT(*) FROM deliveries")).toLongLong();
    out << "demo seed: " << customers << " customers, " << days << " days: " << events.size()
        << " events generated in " << QString::number(generated, 'f', 2) << " s; stored " << rows
        << " events (with derived) and " << deliveries << " deliveries in " << QString::number(stored, 'f', 2)
        << " s = " << QString::number(events.size() / stored, 'f', 0) << " events/s" << Qt::endl;
    return 0;
}
