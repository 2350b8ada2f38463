// Demo commands: demo seed (a store history through the ingest path), demo stream (live events over HTTP).
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <atomic>
#include <csignal>

#include "ctlcommand.h"
#include "demosetup.h"
#include "demostream.h"
#include "engine.h"
#include "ingest/demogenerator.h"
#include "ingest/ingestservice.h"
#include "ingest/segmentmessage.h"
#include "ingest/sourcemessage.h"
#include "mapping/router.h"
#include "store/sql.h"
#include "store/workspace.h"

namespace sb::ctl {

namespace {

constexpr int kEventsPerJob = 1000;
const QString kDefaultSimUrl = QStringLiteral("http://127.0.0.1:8899");

// "--name N" as a whole number in [low, high]; reports and returns false when it is not.
bool wholeNumber(CtlContext &context, const QHash<QString, QString> &options, const QString &name, qint64 low,
                 qint64 high, qint64 *value) {
    if (!options.contains(name))
        return true;
    bool ok = false;
    const qint64 v = options.value(name).toLongLong(&ok);
    if (!ok || v < low || v > high) {
        context.fail(QStringLiteral("%1: '%2' is not a whole number from %3 to %4")
                         .arg(name, options.value(name))
                         .arg(low)
                         .arg(high),
                     2);
        return false;
    }
    *value = v;
    return true;
}

QJsonObject countsJson(const QHash<QString, qint64> &counts) {
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), double(it.value()));
    return o;
}

QString countsText(const QHash<QString, qint64> &counts) {
    QStringList parts;
    for (const QString &kind : DemoGenerator::sourceKinds())
        parts << QStringLiteral("%1 %2").arg(kind).arg(counts.value(kind));
    return parts.join(QStringLiteral(", "));
}

int seed(CtlContext &context) {
    QHash<QString, QString> options;
    if (!parseCtlOptions(context,
                         {QStringLiteral("--customers"), QStringLiteral("--days"), QStringLiteral("--seed"),
                          QStringLiteral("--sim-url"), QStringLiteral("--end")},
                         &options))
        return 2;
    qint64 customers = 200, days = 30, seedValue = 1;
    if (!wholeNumber(context, options, QStringLiteral("--customers"), 1, 100000, &customers)
        || !wholeNumber(context, options, QStringLiteral("--days"), 1, 3650, &days)
        || !wholeNumber(context, options, QStringLiteral("--seed"), 0, std::numeric_limits<qint64>::max(),
                        &seedValue))
        return 2;
    const QUrl simUrl(options.value(QStringLiteral("--sim-url"), kDefaultSimUrl));
    if (!simUrl.isValid()
        || (simUrl.scheme() != QLatin1String("http") && simUrl.scheme() != QLatin1String("https"))
        || simUrl.host().isEmpty())
        return context.fail(QStringLiteral("--sim-url: '%1' is not an http(s) URL like %2")
                                .arg(options.value(QStringLiteral("--sim-url")), kDefaultSimUrl),
                            2);
    QDateTime end;
    if (options.contains(QStringLiteral("--end"))) {
        end = SegmentMessage::parseTime(options.value(QStringLiteral("--end")));
        if (!end.isValid())
            return context.fail(QStringLiteral("--end: '%1' is not an ISO 8601 date (2026-11-30T18:00:00Z)")
                                    .arg(options.value(QStringLiteral("--end"))),
                                2);
        if (end > QDateTime::currentDateTimeUtc())
            return context.fail(
                QStringLiteral("--end: %1 is in the future; the demo history must lie in the past")
                    .arg(end.toString(Qt::ISODate)),
                2);
    }
    if (context.workspaceDir().isEmpty())
        return context.fail(QStringLiteral("no workspace given: pass --workspace DIR"));

    QElapsedTimer timer;
    timer.start();
    // The engine without its server and delivery workers: events go through IngestService with routing,
    // so they get profiles, rules and outbox rows; the destinations deliver once an engine runs.
    auto started = Engine::start(Engine::storingOnly(context.workspaceDir(), true));
    if (!started)
        return context.fail(started.error());
    std::unique_ptr<Engine> engine = started.take();
    Workspace *workspace = engine->workspace();

    const Result<DemoSources> sources = ensureDemoSources(workspace);
    if (!sources)
        return context.fail(sources.error());
    const Result<DemoDestinations> destinations = ensureDemoDestinations(workspace, simUrl);
    if (!destinations)
        return context.fail(destinations.error());
    engine->router()->reload();

    DemoGenerator::Options generatorOptions;
    generatorOptions.customers = int(customers);
    generatorOptions.days = int(days);
    generatorOptions.seed = quint64(seedValue);
    generatorOptions.end = end;
    const DemoGenerator generator(generatorOptions);
    const QList<DemoMessage> history = generator.history();

    QList<Event> events;
    events.reserve(history.size());
    QHash<QString, qint64> bySource;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const DemoMessage &m = history.at(i);
        // Received a moment after it happened (deterministic, so two runs store the same rows).
        const QDateTime receivedAt = m.at.addMSecs(150 + (i * 7919) % 2850);
        Result<Event> event =
            SourceMessage::normalize(m.body, sources.value().byKind.value(m.sourceKind), receivedAt);
        if (!event)
            return context.fail(
                QStringLiteral("the demo generator made a %1 event the ingest refuses (%2): %3")
                    .arg(m.sourceKind, m.messageId, event.error()));
        Event e = event.take();
        if (e.occurredAt != m.at) { // Segmentify events carry no time of their own
            e.occurredAt = m.at;
            e.payload.insert(QStringLiteral("timestamp"), m.at.toString(Qt::ISODateWithMs));
        }
        ++bySource[m.sourceKind];
        events.append(std::move(e));
    }

    IngestReceipt total;
    QList<QFuture<WriteResult>> jobs;
    for (qsizetype at = 0; at < events.size(); at += kEventsPerJob)
        jobs.append(engine->ingestService()->submit(events.mid(at, kEventsPerJob)));
    for (QFuture<WriteResult> &job : jobs) {
        job.waitForFinished();
        const WriteResult result = job.result();
        if (!result.ok)
            return context.fail(QStringLiteral("storing the demo events failed: ") + result.error);
        const IngestReceipt receipt = result.value.value<IngestReceipt>();
        total.stored += receipt.stored;
        total.duplicateCount += receipt.duplicateCount;
        total.derived += receipt.derived;
        total.suppressed += receipt.suppressed;
    }

    const QSqlDatabase reader = workspace->reader();
    const qint64 profiles =
        sql::scalar(reader, QStringLiteral("SELECT COUNT(*) FROM profiles WHERE merged_into IS NULL"))
            .toLongLong();
    const qint64 deliveries =
        sql::scalar(reader, QStringLiteral("SELECT COUNT(*) FROM deliveries")).toLongLong();
    const qint64 storedEvents =
        sql::scalar(reader, QStringLiteral("SELECT COUNT(*) FROM events")).toLongLong();
    const double seconds = timer.elapsed() / 1000.0;

    if (context.json()) {
        context.printJson(QJsonObject{
            {QStringLiteral("workspace"), workspace->directory()},
            {QStringLiteral("customers"), double(customers)},
            {QStringLiteral("days"), double(days)},
            {QStringLiteral("seed"), QString::number(seedValue)},
            {QStringLiteral("start"), generator.start().toString(Qt::ISODate)},
            {QStringLiteral("end"), generator.end().toString(Qt::ISODate)},
            {QStringLiteral("simUrl"), simUrl.toString()},
            {QStringLiteral("sources"),
             QJsonObject{{QStringLiteral("created"), QJsonArray::fromStringList(sources.value().created)}}},
            {QStringLiteral("destinations"),
             QJsonObject{
                 {QStringLiteral("created"), QJsonArray::fromStringList(destinations.value().created)},
                 {QStringLiteral("existing"), QJsonArray::fromStringList(destinations.value().existing)}}},
            {QStringLiteral("events"), QJsonObject{{QStringLiteral("generated"), double(history.size())},
                                                   {QStringLiteral("stored"), total.stored},
                                                   {QStringLiteral("duplicates"), total.duplicateCount},
                                                   {QStringLiteral("derived"), total.derived},
                                                   {QStringLiteral("suppressed"), total.suppressed},
                                                   {QStringLiteral("bySource"), countsJson(bySource)},
                                                   {QStringLiteral("inWorkspace"), double(storedEvents)}}},
            {QStringLiteral("profiles"), double(profiles)},
            {QStringLiteral("deliveries"), double(deliveries)},
            {QStringLiteral("seconds"), seconds}});
        return 0;
    }
    QTextStream &out = context.out();
    out << "Demo store seeded in " << workspace->directory() << " (seed " << seedValue << ", " << customers
        << " customers, " << days << " days to " << generator.end().toString(Qt::ISODate) << ")\n";
    out << "Sources:      "
        << (sources.value().created.isEmpty()
                ? QStringLiteral("all five existed")
                : QStringLiteral("created ") + sources.value().created.join(QStringLiteral(", ")))
        << '\n';
    out << "Destinations: "
        << (destinations.value().created.isEmpty()
                ? QStringLiteral("all five existed")
                : QStringLiteral("created ") + destinations.value().created.join(QStringLiteral(", "))
                      + QStringLiteral(" at ") + simUrl.toString())
        << '\n';
    out << "Events:       " << history.size() << " generated (" << countsText(bySource) << ")\n"
        << "              " << total.stored << " stored, " << total.duplicateCount << " already there, "
        << total.derived << " derived by the real-time rules, " << total.suppressed << " held back by them\n";
    out << "Profiles:     " << profiles << "\nDeliveries:   " << deliveries
        << " in the outbox (sent once switchboard-engine runs with switchboard-sim)\n";
    out << "Took " << QString::number(seconds, 'f', 1) << " s\n";
    out.flush();
    return 0;
}

std::atomic<bool> g_stopStreaming{false};

extern "C" void stopStreaming(int) {
    g_stopStreaming.store(true);
}

int stream(CtlContext &context) {
    QHash<QString, QString> options;
    if (!parseCtlOptions(context,
                         {QStringLiteral("--rate"), QStringLiteral("--duration"), QStringLiteral("--url"),
                          QStringLiteral("--customers"), QStringLiteral("--seed")},
                         &options))
        return 2;
    bool ok = true;
    const double rate = options.value(QStringLiteral("--rate"), QStringLiteral("5")).toDouble(&ok);
    if (!ok || rate <= 0 || rate > 10000)
        return context.fail(
            QStringLiteral("--rate: '%1' is not a number of events per second from 0.1 to 10000")
                .arg(options.value(QStringLiteral("--rate"))),
            2);
    const double duration = options.value(QStringLiteral("--duration"), QStringLiteral("0")).toDouble(&ok);
    if (!ok || duration < 0)
        return context.fail(QStringLiteral("--duration: '%1' is not a number of seconds (0: until Ctrl-C)")
                                .arg(options.value(QStringLiteral("--duration"))),
                            2);
    qint64 customers = 200, seedValue = 1;
    if (!wholeNumber(context, options, QStringLiteral("--customers"), 1, 100000, &customers)
        || !wholeNumber(context, options, QStringLiteral("--seed"), 0, std::numeric_limits<qint64>::max(),
                        &seedValue))
        return 2;
    Workspace *workspace = context.workspace();
    if (!workspace)
        return 1;

    QUrl url(options.value(QStringLiteral("--url")));
    if (!options.contains(QStringLiteral("--url"))) {
        // A running engine records where it listens; a configured port is the fallback.
        const QString running =
            sql::scalar(workspace->reader(),
                        QStringLiteral("SELECT value FROM settings WHERE key = 'ingest.url'"))
                .toString();
        const int port = sql::scalar(workspace->reader(),
                                     QStringLiteral("SELECT value FROM settings WHERE key = 'ingest.port'"))
                             .toInt();
        if (running.isEmpty() && port <= 0)
            return context.fail(QStringLiteral(
                "the workspace has no 'ingest.url' or 'ingest.port' setting, so the engine's ingest "
                "URL is unknown; start switchboard-engine (or the console) on it, or pass --url "
                "http://127.0.0.1:PORT"));
        url = running.isEmpty() ? QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)) : QUrl(running);
    }
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty())
        return context.fail(
            QStringLiteral("--url: '%1' is not an http URL like http://127.0.0.1:8080").arg(url.toString()),
            2);
    const Status reachable = DemoStreamer::probe(url);
    if (!reachable)
        return context.fail(reachable.error);
    const Result<DemoSources> sources = ensureDemoSources(workspace);
    if (!sources)
        return context.fail(sources.error());

    DemoGenerator::Options generatorOptions;
    generatorOptions.customers = int(customers);
    generatorOptions.days = 1;
    generatorOptions.seed = quint64(seedValue);
    const DemoGenerator generator(generatorOptions);
    DemoStreamer::Options streamOptions;
    streamOptions.ingestUrl = url;
    streamOptions.rate = rate;
    streamOptions.durationSeconds = duration;
    streamOptions.sources = sources.value().byKind;
    streamOptions.seed = quint64(seedValue);
    DemoStreamer streamer(&generator, streamOptions);

    g_stopStreaming.store(false);
    std::signal(SIGINT, stopStreaming);
    std::signal(SIGTERM, stopStreaming);
    if (!context.json())
        context.err() << "Streaming " << rate << " events/s to " << url.toString()
                      << (duration > 0 ? QStringLiteral(" for %1 s").arg(duration)
                                       : QStringLiteral("; Ctrl-C stops"))
                      << Qt::endl;
    const DemoStreamer::Totals totals = streamer.run(g_stopStreaming, [&](const DemoStreamer::Totals &t) {
        if (!context.json() && qint64(t.seconds) % 5 == 0)
            context.err() << "  " << qint64(t.seconds) << " s: " << t.sent << " sent, " << t.accepted
                          << " accepted, " << t.rejected << " refused" << Qt::endl;
    });
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    if (context.json()) {
        context.printJson(
            QJsonObject{{QStringLiteral("url"), url.toString()},
                        {QStringLiteral("rate"), rate},
                        {QStringLiteral("seconds"), totals.seconds},
                        {QStringLiteral("sent"), double(totals.sent)},
                        {QStringLiteral("accepted"), double(totals.accepted)},
                        {QStringLiteral("refused"), double(totals.rejected)},
                        {QStringLiteral("acceptedBySource"), countsJson(totals.acceptedBySource)},
                        {QStringLiteral("firstError"), totals.firstError}});
    } else {
        context.out() << "Sent " << totals.sent << " events in " << QString::number(totals.seconds, 'f', 1)
                      << " s: " << totals.accepted << " accepted (" << countsText(totals.acceptedBySource)
                      << "), " << totals.rejected << " refused" << Qt::endl;
        if (!totals.firstError.isEmpty())
            context.err() << "First refusal: " << totals.firstError << Qt::endl;
    }
    if (totals.sent > 0 && totals.accepted == 0)
        return context.fail(QStringLiteral("the engine accepted none of the events"));
    return 0;
}

} // namespace

void registerDemoCommands(CommandRegistry &registry) {
    registry.add({QStringLiteral("demo seed"),
                  QStringLiteral(
                      "a demo store history across the five sources, with recipes pointed at "
                      "switchboard-sim: [--customers N] [--days D] [--seed S] [--sim-url URL] [--end TIME]"),
                  seed});
    registry.add(
        {QStringLiteral("demo stream"),
         QStringLiteral("live demo events to a running engine's HTTP ingest: --rate R [--duration SECONDS] "
                        "[--url INGEST_URL] [--customers N] [--seed S]"),
         stream});
}

} // namespace sb::ctl
