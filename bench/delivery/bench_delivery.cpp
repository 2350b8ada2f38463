// Delivery throughput, latency and isolation against the simulator over real loopback HTTP, with the
// real smrt-segment recipe installed (Segment /v1/batch connector, the simulator's base URL and key)
// and the real Dispatcher (one worker thread per destination, production render services).
//   throughput: N events pre-loaded into the outbox, then the dispatcher starts; delivered/s until
//               every delivery is delivered.
//   endtoend:   N events accepted through the engine API (as HTTP ingest does) while the dispatcher
//               runs; from the first event in to the last delivered.
//   latency:    the dispatcher runs while events arrive at a steady rate; event received -> delivered
//               p50/p99 from the rows (received_at, delivered_at).
//   isolation:  a healthy destination's throughput alone, then next to a destination whose simulator
//               answers 500s and timeouts; the ratio of the two.
//   sustained:  (only when named) events offered at a steady --rate for --seconds through the engine
//               API while the dispatcher runs: does delivery keep pace (delivered rate, backlog, lag)?
//
// Run: build/bench/delivery/bench_delivery [--events N] [--rate events/s] [--seconds S]
//                                          [--scenario throughput|latency|isolation|endtoend|sustained|all]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <ctime>
#include <deque>
#include <sys/resource.h>
#include <unistd.h>

#include "delivery/dispatcher.h"
#include "delivery/productionservices.h"
#include "engine.h"
#include "ingest/ingestservice.h"
#include "ingest/segmentmessage.h"
#include "ingest/sourcestore.h"
#include "mapping/recipebook.h"
#include "mapping/recipeinstaller.h"
#include "mapping/router.h"
#include "simcredentials.h"
#include "simulatorthread.h"
#include "store/sql.h"
#include "store/workspace.h"

using namespace sb;

namespace {

QTextStream &out() {
    static QTextStream stream(stdout);
    return stream;
}

long peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// CPU seconds of each thread of this process so far, by thread name (from /proc): which stage is the
// one that saturates a core.
QMap<QString, double> threadCpuSeconds() {
    QMap<QString, double> seconds;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        const QString name = QString::fromUtf8(comm.readAll()).trimmed();
        const QByteArray text = stat.readAll();
        // Fields after the parenthesised name: state is field 3; utime and stime are fields 14 and 15.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12)
            seconds[name] += (fields.at(11).toLongLong() + fields.at(12).toLongLong()) / ticks;
    }
    return seconds;
}

QString cpuReport(const QMap<QString, double> &before, const QMap<QString, double> &after, double wallS) {
    QStringList parts;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const double used = it.value() - before.value(it.key());
        if (used >= 0.05)
            parts << QStringLiteral("%1 %2 s (%3%)")
                         .arg(it.key())
                         .arg(used, 0, 'f', 2)
                         .arg(int(100 * used / wallS));
    }
    return QStringLiteral("CPU by thread: ") + parts.join(QStringLiteral(", "));
}

QString fixed(double v, int digits = 0) {
    return QString::number(v, 'f', digits);
}

// An SMRT "Order Ready" track event (not a Customer Visit trigger, so one event = one delivery per
// destination) of one of `users` customers.
QJsonObject trackMessage(int i, int users, const QString &tag) {
    const int user = int((qint64(i) * 7919) % users);
    return QJsonObject{
        {"type", "track"},
        {"event", "Order Ready"},
        {"userId", QStringLiteral("cust-%1").arg(user)},
        {"messageId", QStringLiteral("%1-%2").arg(tag).arg(i)},
        {"timestamp", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {"properties", QJsonObject{{"order_id", QStringLiteral("ORD-%1").arg(100000 + i)},
                                   {"agent", "Mission Street Store"},
                                   {"value", 42.5 + (i % 50)},
                                   {"items", QJsonArray{QJsonObject{{"sku", "SHIRT-1"}, {"quantity", 3}}}}}},
        {"context",
         QJsonObject{{"traits", QJsonObject{{"email", QStringLiteral("customer%1@example.com").arg(user)}}},
                     {"library", QJsonObject{{"name", "analytics-node"}, {"version", "6.2.0"}}}}}};
}

struct Bench {
    QTemporaryDir dir;
    std::unique_ptr<Engine> engine; // ingest only; the dispatcher below is started by the bench
    std::unique_ptr<Dispatcher> dispatcher;
    SourceInfo source;
    QList<qint64> destinations;
    int sequence = 0;

    Workspace *ws() const { return engine->workspace(); }

    bool open() {
        Engine::Options options;
        options.workspaceDir = dir.path();
        options.delivery = false;
        options.ingest = false;
        auto started = Engine::start(options);
        if (!started) {
            out() << "cannot start the engine: " << started.error() << Qt::endl;
            return false;
        }
        engine = started.take();
        source = SourceStore(ws()).add("bench smrt", "smrt").take();
        return true;
    }
    // The real smrt-segment recipe, pointed at a simulator.
    qint64 addSegment(const QString &name, const SimulatorThread &sim) {
        RecipeInstaller::Options o;
        o.destinationName = name;
        o.baseUrl = sim.baseUrl("segment");
        o.credentials.insert("writeKey", QString::fromLatin1(sim::SegmentWriteKey));
        const auto installed = RecipeInstaller::install(ws(), *RecipeBook::find("smrt-segment"), o);
        if (!installed) {
            out() << "cannot install smrt-segment: " << installed.error() << Qt::endl;
            return 0;
        }
        engine->router()->reload();
        destinations << installed.value().destinationId;
        return installed.value().destinationId;
    }
    bool ingest(int count, int users, int batch = 100) {
        const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
        QList<QFuture<WriteResult>> futures;
        for (int i = 0; i < count; i += batch) {
            QList<Event> events;
            for (int j = i; j < std::min(count, i + batch); ++j) {
                auto e = SegmentMessage::normalize(trackMessage(sequence++, users, "d"), {}, source,
                                                   QDateTime::currentDateTimeUtc());
                if (!e) {
                    out() << "bad bench event: " << e.error() << Qt::endl;
                    return false;
                }
                events << e.take();
            }
            futures << engine->ingestService()->submit(std::move(events));
        }
        Q_UNUSED(receivedAt);
        for (auto &f : futures) {
            f.waitForFinished();
            if (!f.result().ok) {
                out() << "ingest failed: " << f.result().error << Qt::endl;
                return false;
            }
        }
        return true;
    }
    void startDispatcher() {
        dispatcher = std::make_unique<Dispatcher>(ws(), productionDeliveryServices(ws()));
        dispatcher->start();
    }
    void stopDispatcher() {
        if (dispatcher)
            dispatcher->stop();
        dispatcher.reset();
    }
    qint64 count(const QString &where, qint64 destination = 0) {
        return sql::scalar(ws()->reader(),
                           QStringLiteral("SELECT count(*) FROM deliveries WHERE ") + where
                               + (destination ? QStringLiteral(" AND destination_id = %1").arg(destination)
                                              : QString()))
            .toLongLong();
    }
    // Spins the event loop (dispatcher wakes, reload timer) until `done` or the timeout.
    static constexpr int kPollMs = 100;
    bool waitFor(const std::function<bool()> &done, int timeoutMs) {
        QElapsedTimer t;
        t.start();
        while (!done()) {
            if (t.elapsed() > timeoutMs)
                return false;
            // Events are handled as they come (a dispatcher's wake-up is not held for a poll period).
            QEventLoop loop;
            QTimer::singleShot(kPollMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return true;
    }
    // received -> delivered of delivered rows, in ms, sorted.
    std::vector<double> latencies(qint64 destination) {
        std::vector<double> values;
        QSqlQuery q(ws()->reader());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT d.delivered_at - e.received_at FROM deliveries d JOIN events e ON "
                              "e.id = d.event_id WHERE d.status = 'delivered' AND d.destination_id = %1")
                   .arg(destination));
        while (q.next())
            values.push_back(q.value(0).toDouble());
        std::sort(values.begin(), values.end());
        return values;
    }
    qint64 maxDeliveredAt(qint64 destination) {
        return sql::scalar(
                   ws()->reader(),
                   QStringLiteral("SELECT max(delivered_at) FROM deliveries WHERE destination_id = ?"),
                   {destination})
            .toLongLong();
    }
    // Deliveries created (event stored and routed) and delivered per 100 ms since `startMs`.
    QString timeline(qint64 destination, qint64 startMs) {
        QMap<qint64, std::pair<int, int>> buckets;
        QSqlQuery q = sql::exec(ws()->reader(),
                                QStringLiteral("SELECT (created_at - ?) / 100, (delivered_at - ?) / 100 "
                                               "FROM deliveries WHERE destination_id = ?"),
                                {startMs, startMs, destination});
        while (q.next()) {
            ++buckets[q.value(0).toLongLong()].first;
            if (!q.value(1).isNull())
                ++buckets[q.value(1).toLongLong()].second;
        }
        QStringList parts;
        for (auto it = buckets.cbegin(); it != buckets.cend(); ++it)
            parts
                << QStringLiteral("%1:%2/%3").arg(it.key() / 10.0, 0, 'f', 1).arg(it->first).arg(it->second);
        return QStringLiteral("timeline (s:stored/delivered per 100 ms): ") + parts.join(u' ');
    }
    qint64 requests(const SimulatorThread &sim) {
        return sim.stats().value("segment").toObject().value("requests").toInteger();
    }
};

double percentile(const std::vector<double> &sorted, double p) {
    if (sorted.empty())
        return 0;
    return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5))];
}

// Pre-loads `events` deliveries for the healthy destination (and as many for a failing one when
// `withFailing`), starts the dispatcher and times the healthy destination until it has delivered all.
struct DrainResult {
    double perSecond = 0;
    double seconds = 0;
    qint64 requests = 0;
    bool complete = false;
};

DrainResult drain(int events, int users, bool withFailing, const QString &label) {
    DrainResult r;
    Bench b;
    SimulatorThread healthy;
    SimulatorThread failing;
    healthy.start();
    failing.start();
    healthy.setQuota("segment", 0, 0); // measure the engine, not the simulated vendor quota
    if (!b.open())
        return r;
    const qint64 good = b.addSegment("Segment healthy", healthy);
    qint64 bad = 0;
    if (withFailing) {
        FaultPlan plan;
        plan.errorRate = 0.7;
        plan.errorStatus = 500;
        plan.timeoutRate = 0.3;
        plan.timeoutHoldMs = 0; // held until the worker's timeout
        failing.setFaults("segment", plan);
        failing.setQuota("segment", 0, 0);
        bad = b.addSegment("Segment failing", failing);
        // The failing destination keeps the product's delivery policy (10 s timeout, backoff from 1 s,
        // breaker): what an operator would run.
    }
    if (!b.ingest(events, users))
        return r;
    const qint64 loaded = b.count(QStringLiteral("status = 'pending'"), good);
    QElapsedTimer timer;
    timer.start();
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    b.startDispatcher();
    r.complete =
        b.waitFor([&] { return b.count(QStringLiteral("status = 'delivered'"), good) >= loaded; }, 600'000);
    const qint64 endMs = b.maxDeliveredAt(good);
    r.seconds = std::max<qint64>(1, endMs - startMs) / 1000.0;
    r.perSecond = loaded / r.seconds;
    r.requests = b.requests(healthy);
    QString failingText;
    if (withFailing)
        failingText =
            QStringLiteral("; failing destination: %1 requests, %2 delivered, %3 retrying/in flight")
                .arg(b.requests(failing))
                .arg(b.count(QStringLiteral("status = 'delivered'"), bad))
                .arg(b.count(QStringLiteral("status IN ('retrying','in_flight','blocked')"), bad));
    b.stopDispatcher();
    out() << label << ": " << loaded << " deliveries in " << fixed(r.seconds, 2)
          << " s = " << fixed(r.perSecond) << " delivered/s (" << r.requests << " requests to the simulator"
          << (r.complete ? "" : ", TIMED OUT before all were delivered") << ")" << failingText << Qt::endl;
    return r;
}

// A fresh workspace with one Segment destination on a simulator without a vendor quota (the bench
// measures the engine); 0 if it could not be set up.
qint64 openWithUnlimitedSegment(Bench &b, SimulatorThread &sim) {
    sim.start();
    sim.setQuota("segment", 0, 0);
    if (!b.open())
        return 0;
    return b.addSegment("Segment", sim);
}

// Up to 8 accepts in flight, as 8 HTTP connections would keep: a ninth batch waits for the oldest.
class AcceptWindow {
public:
    explicit AcceptWindow(IngestService *ingest)
        : m_ingest(ingest) {}
    void accept(QList<Event> batch) {
        if (m_inFlight.size() >= 8) {
            m_inFlight.front().waitForFinished();
            m_inFlight.pop_front();
        }
        m_inFlight.push_back(m_ingest->accept(std::move(batch)));
    }
    void waitAll() {
        for (QFuture<WriteResult> &f : m_inFlight)
            f.waitForFinished();
        m_inFlight.clear();
    }

private:
    IngestService *m_ingest;
    std::deque<QFuture<WriteResult>> m_inFlight;
};

// Runs `clients` on a thread of its own (bench-clients), as HTTP clients would be: this thread's event
// loop stays free for the dispatcher's wake-ups (the engine's HTTP server answers from futures and never
// blocks that loop either). `onPoll` runs on each poll until the clients are done.
// Runs the clients on a thread of their own and returns the CPU seconds it used (it has ended when the
// report reads the engine's threads, and its parsing is the engine's HTTP ingest work).
double runClients(Bench &b, std::function<void()> clients, const std::function<void()> &onPoll = {}) {
    double cpuS = 0;
    QThread *thread = QThread::create([&cpuS, clients = std::move(clients)] {
        clients();
        timespec used{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &used);
        cpuS = double(used.tv_sec) + used.tv_nsec / 1e9;
    });
    thread->setObjectName(QStringLiteral("bench-clients"));
    thread->start();
    b.waitFor(
        [&] {
            if (onPoll)
                onPoll();
            return thread->isFinished();
        },
        600'000);
    thread->wait();
    delete thread;
    return cpuS;
}

// What the workspace keeps for each event (event, delivery, attempt records and their indexes), as the
// database's pages in use.
void reportStored(Bench &b, qint64 events) {
    const double usedBytes =
        sql::scalar(b.ws()->reader(), QStringLiteral("SELECT (page_count - freelist_count) * page_size FROM "
                                                     "pragma_page_count, pragma_freelist_count, "
                                                     "pragma_page_size"))
            .toDouble();
    out() << "  stored: " << fixed(usedBytes / std::max<qint64>(1, events)) << " bytes an event ("
          << fixed(usedBytes / 1048576.0, 1) << " MB in use)" << Qt::endl;
}

// End to end: events go in through the engine API as HTTP ingest takes them (IngestService::accept,
// batches of 100, 8 in flight) while the dispatcher delivers; from the first event in to the last
// delivered. Both stages share the two cores, as they do in production.
int runEndToEnd(int events, int users) {
    Bench b;
    SimulatorThread sim;
    const qint64 dest = openWithUnlimitedSegment(b, sim);
    if (!dest)
        return 1;
    QList<QList<Event>> batches;
    for (int i = 0; i < events; i += 100) {
        QList<Event> batch;
        for (int j = i; j < std::min(events, i + 100); ++j)
            batch << SegmentMessage::normalize(trackMessage(b.sequence++, users, "e"), {}, b.source,
                                               QDateTime::currentDateTimeUtc())
                         .take();
        batches << batch;
    }
    b.startDispatcher();
    const QMap<QString, double> cpuBefore = threadCpuSeconds();
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    std::atomic<qint64> acceptedNs{0};
    const double clientsCpuS = runClients(b, [&] {
        AcceptWindow window(b.engine->ingestService());
        for (QList<Event> &batch : batches)
            window.accept(std::move(batch));
        window.waitAll();
        acceptedNs = timer.nsecsElapsed();
    });
    const double acceptedS = acceptedNs / 1e9;
    const bool complete =
        b.waitFor([&] { return b.count(QStringLiteral("status = 'delivered'"), dest) >= events; }, 600'000);
    const double seconds = std::max<qint64>(1, b.maxDeliveredAt(dest) - startMs) / 1000.0;
    QMap<QString, double> cpuAfter = threadCpuSeconds();
    cpuAfter[QStringLiteral("bench-clients")] = clientsCpuS;
    const QString cpu = cpuReport(cpuBefore, cpuAfter, timer.nsecsElapsed() / 1e9);
    b.stopDispatcher();
    const auto lat = b.latencies(dest);
    out() << "end to end: " << events << " events accepted in " << fixed(acceptedS, 2)
          << " s, all delivered after " << fixed(seconds, 2) << " s = " << fixed(events / seconds)
          << " events/s ingest -> delivered" << (complete ? "" : " (TIMED OUT before all were delivered)")
          << "; received -> delivered p50 " << fixed(percentile(lat, 0.5)) << " ms, p99 "
          << fixed(percentile(lat, 0.99)) << " ms (" << b.requests(sim) << " requests)" << Qt::endl;
    out() << "  " << cpu << Qt::endl;
    reportStored(b, events);
    if (qEnvironmentVariableIsSet("SB_BENCH_TIMELINE"))
        out() << "  " << b.timeline(dest, startMs) << Qt::endl;
    return complete ? 0 : 1;
}

// Sustained: clients offer `rate` events/s for `seconds` through the engine API (batches of 100, each
// parsed from its JSON body and normalized on the clients' thread as HTTP ingest does on its own),
// while the dispatcher delivers.
// Sustained means delivery keeps pace: the delivered rate over the run matches the offered one, the
// backlog stays bounded and the last event is delivered shortly after the last one is offered.
int runSustained(int rate, int offerSeconds, int users) {
    Bench b;
    SimulatorThread sim;
    const qint64 dest = openWithUnlimitedSegment(b, sim);
    if (!dest)
        return 1;
    const int total = rate * offerSeconds;
    constexpr int kBatch = 100;
    // The requests' bodies are made before the clock starts (the clients are other machines); parsing
    // and normalizing them is the engine's work and happens during the run, as HTTP ingest does it.
    QList<QByteArray> bodies;
    for (int sent = 0; sent < total; sent += kBatch) {
        QJsonArray batch;
        for (int i = sent; i < std::min(total, sent + kBatch); ++i)
            batch.append(trackMessage(b.sequence + i, users, "s"));
        bodies << QJsonDocument(QJsonObject{{"batch", batch}}).toJson(QJsonDocument::Compact);
    }
    b.sequence += total;
    b.startDispatcher();
    const QMap<QString, double> cpuBefore = threadCpuSeconds();
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    IngestService *ingest = b.engine->ingestService();
    std::atomic<qint64> offeredNs{0};
    std::atomic<int> offered{0};
    // Backlog: accepted events not yet stored plus deliveries not yet delivered (both cheap to count,
    // unlike the delivered rows, whose count would cost the bench a core as they grow).
    qint64 maxBacklog = 0;
    const auto backlog = [&] {
        return ingest->queuedEvents()
               + b.count(QStringLiteral("status IN ('pending','in_flight','retrying','blocked')"), dest);
    };
    const auto sampleBacklog = [&] {
        maxBacklog = std::max(maxBacklog, backlog());
    };
    const double clientsCpuS = runClients(
        b,
        [&] {
            AcceptWindow window(ingest);
            for (int sent = 0, request = 0; sent < total; sent += kBatch, ++request) {
                const qint64 dueNs = qint64(sent) * 1'000'000'000 / rate;
                while (timer.nsecsElapsed() < dueNs)
                    QThread::usleep(200);
                const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
                QList<Event> batch;
                const QJsonArray messages = QJsonDocument::fromJson(std::exchange(bodies[request], {}))
                                                .object()
                                                .value("batch")
                                                .toArray();
                for (const QJsonValue &message : messages)
                    batch << SegmentMessage::normalize(message.toObject(), {}, b.source, receivedAt).take();
                offered += int(batch.size());
                window.accept(std::move(batch));
            }
            window.waitAll();
            offeredNs = timer.nsecsElapsed();
        },
        sampleBacklog);
    b.waitFor([&] { return backlog() == 0; }, 600'000);
    const bool complete = b.count(QStringLiteral("status = 'delivered'"), dest) >= total;
    const double offeredS = offeredNs / 1e9;
    const double seconds = std::max<qint64>(1, b.maxDeliveredAt(dest) - startMs) / 1000.0;
    QMap<QString, double> cpuAfter = threadCpuSeconds();
    cpuAfter[QStringLiteral("bench-clients")] = clientsCpuS;
    const QString cpu = cpuReport(cpuBefore, cpuAfter, timer.nsecsElapsed() / 1e9);
    b.stopDispatcher();
    const auto lat = b.latencies(dest);
    out() << "sustained: " << total << " events offered at " << rate << "/s, taken in " << fixed(offeredS, 2)
          << " s (" << fixed(total / offeredS) << "/s); all delivered after " << fixed(seconds, 2)
          << " s = " << fixed(total / seconds) << " events/s ingest -> delivered, "
          << fixed(std::max(0.0, seconds - offeredS), 2) << " s after the last was offered"
          << (complete ? "" : " (TIMED OUT before all were delivered)") << "; backlog at most " << maxBacklog
          << "; received -> delivered p50 " << fixed(percentile(lat, 0.5)) << " ms, p99 "
          << fixed(percentile(lat, 0.99)) << " ms (" << b.requests(sim) << " requests)" << Qt::endl;
    out() << "  " << cpu << Qt::endl;
    reportStored(b, total);
    if (qEnvironmentVariableIsSet("SB_BENCH_TIMELINE"))
        out() << "  " << b.timeline(dest, startMs) << Qt::endl;
    return complete ? 0 : 1;
}

int runLatency(int rate, int seconds, int users) {
    Bench b;
    SimulatorThread sim;
    const qint64 dest = openWithUnlimitedSegment(b, sim);
    if (!dest)
        return 1;
    b.startDispatcher();
    // Events arrive in small batches every 10 ms, as a busy store's traffic would.
    const int ticks = seconds * 100;
    const double perTick = rate / 100.0;
    double owed = 0;
    QElapsedTimer timer;
    timer.start();
    int sent = 0;
    for (int t = 0; t < ticks; ++t) {
        owed += perTick;
        const int n = int(owed);
        owed -= n;
        if (n > 0) {
            QList<Event> events;
            for (int k = 0; k < n; ++k)
                events << SegmentMessage::normalize(trackMessage(b.sequence++, users, "l"), {}, b.source,
                                                    QDateTime::currentDateTimeUtc())
                              .take();
            b.engine->ingestService()->submit(std::move(events)); // answered once durable; not awaited here
            sent += n;
        }
        const qint64 next = qint64(t + 1) * 10;
        while (timer.elapsed() < next) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
            QThread::usleep(500);
        }
    }
    b.waitFor([&] { return b.count(QStringLiteral("status = 'delivered'"), dest) >= sent; }, 120'000);
    b.stopDispatcher();
    const auto lat = b.latencies(dest);
    out() << "latency at " << rate << " events/s offered for " << seconds << " s: " << lat.size() << "/"
          << sent << " delivered; received -> delivered p50 " << fixed(percentile(lat, 0.5)) << " ms, p99 "
          << fixed(percentile(lat, 0.99)) << " ms, max " << fixed(lat.empty() ? 0 : lat.back()) << " ms ("
          << b.requests(sim) << " requests)" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription("Switchboard delivery benchmark");
    parser.addHelpOption();
    parser.addOption(
        {"events", "pre-loaded deliveries for throughput/isolation (default 20000)", "n", "20000"});
    parser.addOption({"users", "distinct users (default 10000)", "n", "10000"});
    parser.addOption(
        {"rate", "offered events/s for the latency and sustained runs (default 1000)", "n", "1000"});
    parser.addOption({"seconds", "length of the latency and sustained runs (default 10)", "n", "10"});
    parser.addOption({"scenario",
                      "throughput, latency, isolation, endtoend, sustained or all (default all; sustained "
                      "runs only when named)",
                      "name", "all"});
    parser.process(app);
    const int events = parser.value("events").toInt();
    const int users = std::max(1, parser.value("users").toInt());
    const QString scenario = parser.value("scenario");
    const bool all = scenario == "all";
    int rc = 0;
    if (all || scenario == "throughput")
        rc |= drain(events, users, false, "throughput (one Segment destination)").complete ? 0 : 1;
    if (all || scenario == "latency")
        rc |= runLatency(parser.value("rate").toInt(), parser.value("seconds").toInt(), users);
    if (all || scenario == "endtoend")
        rc |= runEndToEnd(events, users);
    if (scenario == "sustained")
        rc |= runSustained(parser.value("rate").toInt(), parser.value("seconds").toInt(), users);
    if (all || scenario == "isolation") {
        const DrainResult solo = drain(events, users, false, "isolation: healthy destination alone");
        const DrainResult shared = drain(events, users, true, "isolation: healthy next to a failing one");
        out() << "isolation ratio (healthy next to failing / alone): "
              << fixed(solo.perSecond > 0 ? shared.perSecond / solo.perSecond : 0, 2) << Qt::endl;
        rc |= (solo.complete && shared.complete) ? 0 : 1;
    }
    out() << "peak RSS " << peakRssMb() << " MB" << Qt::endl;
    return rc;
}
