// Ingest throughput: durable events per second (a) through the engine API (IngestService::accept, as
// the HTTP server calls it, or IngestService::submit with --intake submit: batches of 100, answered
// once committed) and (b) through HTTP POST /v1/batch of the real IngestServer over loopback, 100
// events a request, 8 keep-alive connections. Both also report when the last event was stored and
// routed (accepted events are stored by a second stage; see IngestService).
// Realistic SMRT track events (Segment format) spread over distinct users, identity resolution and
// routing (smrt-segment recipe installed, so each event also writes its outbox row) included.
//
// Run: build/bench/ingest/bench_ingest [--events N] [--users N] [--mode api|http|both] [--connections N]
//                                      [--batch N] [--no-route] [--intake accept|submit]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSemaphore>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <sys/resource.h>

#include "engine.h"
#include "ingest/ingestserver.h"
#include "ingest/ingestservice.h"
#include "ingest/segmentmessage.h"
#include "ingest/sourcestore.h"
#include "mapping/recipebook.h"
#include "mapping/recipeinstaller.h"
#include "mapping/router.h"
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

// One SMRT-style track event of user (i % users), as a Segment library would send it.
QJsonObject trackMessage(int i, int users, const QString &runTag) {
    static const char *names[] = {"Order Created", "Pickup Completed", "Customer Visit", "Order Ready"};
    const int user = int((qint64(i) * 7919) % users);
    const QString userId = QStringLiteral("cust-%1").arg(user);
    QJsonObject properties{
        {"order_id", QStringLiteral("ORD-%1").arg(100000 + i)},
        {"agent", "Mission Street Store"},
        {"customer_brand", "Bay Cleaners"},
        {"value", 42.5 + (i % 50)},
        {"revenue", 42.5 + (i % 50)},
        {"sold_by", "Maria Lopez"},
        {"items", QJsonArray{QJsonObject{{"sku", "SHIRT-1"}, {"quantity", 3}, {"price", 4.5}},
                             QJsonObject{{"sku", "SUIT-2"}, {"quantity", 1}, {"price", 29}}}}};
    QJsonObject context{{"traits", QJsonObject{{"email", QStringLiteral("customer%1@example.com").arg(user)},
                                               {"firstName", "Pat"},
                                               {"lastName", QStringLiteral("Customer %1").arg(user)}}},
                        {"library", QJsonObject{{"name", "analytics-node"}, {"version", "6.2.0"}}},
                        {"ip", "203.0.113.7"}};
    return QJsonObject{{"type", "track"},
                       {"event", QLatin1String(names[i % 4])},
                       {"userId", userId},
                       {"messageId", QStringLiteral("%1-%2").arg(runTag).arg(i)},
                       {"timestamp", "2026-11-30T12:00:00.000Z"},
                       {"properties", properties},
                       {"context", context}};
}

struct Setup {
    QTemporaryDir dir;
    std::unique_ptr<Engine> engine;
    SourceInfo source;
};

std::unique_ptr<Setup> makeSetup(bool route) {
    auto s = std::make_unique<Setup>();
    Engine::Options options;
    options.workspaceDir = s->dir.path();
    options.delivery = false; // ingest only: deliveries stay in the outbox
    auto engine = Engine::start(options);
    if (!engine) {
        out() << "cannot start the engine: " << engine.error() << Qt::endl;
        return nullptr;
    }
    s->engine = engine.take();
    s->source = SourceStore(s->engine->workspace()).add("bench smrt", "smrt").take();
    if (route) {
        RecipeInstaller::Options recipeOptions;
        recipeOptions.baseUrl = QUrl("http://127.0.0.1:9/segment"); // never contacted: delivery is off
        recipeOptions.credentials.insert("writeKey", "bench-key");
        const auto installed = RecipeInstaller::install(s->engine->workspace(),
                                                        *RecipeBook::find("smrt-segment"), recipeOptions);
        if (!installed) {
            out() << "cannot install smrt-segment: " << installed.error() << Qt::endl;
            return nullptr;
        }
        s->engine->router()->reload();
    }
    return s;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

void printCounts(Setup &s) {
    const QSqlDatabase reader = s.engine->workspace()->reader();
    out() << "  stored: events " << sql::scalar(reader, "SELECT count(*) FROM events").toLongLong()
          << ", profiles " << sql::scalar(reader, "SELECT count(*) FROM profiles").toLongLong()
          << ", deliveries " << sql::scalar(reader, "SELECT count(*) FROM deliveries").toLongLong()
          << Qt::endl;
}

// (a) The engine API: batches of `batch` events, `inFlight` submits outstanding at once (like as many
// HTTP connections), each done when its group commit is durable.
// The second stage's figure: all events stored and routed, `seconds` after the start.
void printStored(Setup &s, int events, const QElapsedTimer &timer) {
    s.engine->ingestService()->waitUntilStored();
    const double seconds = timer.nsecsElapsed() / 1e9;
    out() << "  stored and routed: all " << events << " after " << QString::number(seconds, 'f', 2)
          << " s = " << QString::number(events / seconds, 'f', 0) << " events/s" << Qt::endl;
}

int runApi(int events, int users, int batch, int inFlight, bool route, bool accept) {
    auto s = makeSetup(route);
    if (!s)
        return 1;
    const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
    QList<QList<Event>> batches;
    for (int i = 0; i < events; i += batch) {
        QList<Event> list;
        for (int j = i; j < std::min(events, i + batch); ++j) {
            auto e = SegmentMessage::normalize(trackMessage(j, users, "api"), {}, s->source, receivedAt);
            if (!e) {
                out() << "bad bench event: " << e.error() << Qt::endl;
                return 1;
            }
            list.append(e.take());
        }
        batches.append(list);
    }
    IngestService *service = s->engine->ingestService();
    std::vector<double> latencies;
    QElapsedTimer timer;
    timer.start();
    struct Slot {
        QFuture<WriteResult> future;
        qint64 startNs = 0;
    };
    std::deque<Slot> window;
    int failures = 0;
    auto retire = [&] {
        window.front().future.waitForFinished();
        if (!window.front().future.result().ok)
            ++failures;
        latencies.push_back((timer.nsecsElapsed() - window.front().startNs) / 1e6);
        window.pop_front();
    };
    for (QList<Event> &list : batches) {
        if (int(window.size()) >= inFlight)
            retire();
        window.push_back({accept ? service->accept(std::move(list)) : service->submit(std::move(list)),
                          timer.nsecsElapsed()});
    }
    while (!window.empty())
        retire();
    const double seconds = timer.nsecsElapsed() / 1e9;
    out() << "engine API (" << (accept ? "accept" : "submit") << "): " << events << " events (" << users
          << " users, batches of " << batch << ", " << inFlight << " in flight"
          << (route ? ", routed to smrt-segment" : ", no destination") << ") in "
          << QString::number(seconds, 'f', 2) << " s = " << QString::number(events / seconds, 'f', 0)
          << " events/s; submit->committed p50 " << QString::number(percentile(latencies, 0.5), 'f', 1)
          << " ms, p99 " << QString::number(percentile(latencies, 0.99), 'f', 1) << " ms; failed jobs "
          << failures << Qt::endl;
    printStored(*s, events, timer);
    printCounts(*s);
    return failures == 0 ? 0 : 1;
}

// One keep-alive HTTP/1.1 connection sending pre-built /v1/batch requests one after the other.
class Connection : public QObject {
public:
    Connection(quint16 port, QByteArray authorization, std::vector<QByteArray> bodies, QSemaphore *done)
        : m_port(port)
        , m_authorization(std::move(authorization))
        , m_bodies(std::move(bodies))
        , m_done(done) {}

    void start() {
        m_socket = new QTcpSocket(this);
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(m_socket, &QTcpSocket::connected, this, [this] { sendNext(); });
        connect(m_socket, &QTcpSocket::readyRead, this, [this] { onData(); });
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
            m_error = m_socket->errorString();
            finish();
        });
        m_socket->connectToHost(QHostAddress::LocalHost, m_port);
    }

    std::vector<double> latencies;
    int non200 = 0;
    QString m_error;

private:
    void sendNext() {
        if (m_next >= m_bodies.size())
            return finish();
        const QByteArray &body = m_bodies[m_next++];
        QByteArray request =
            "POST /v1/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Authorization: "
            + m_authorization + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        m_timer.start();
        m_socket->write(request);
    }
    void onData() {
        m_buffer += m_socket->readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = m_buffer.left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            if (!head.startsWith("HTTP/1.1 200"))
                ++non200;
            m_buffer.remove(0, end + 4 + length);
            latencies.push_back(m_timer.nsecsElapsed() / 1e6);
            sendNext();
        }
    }
    void finish() {
        if (m_finished)
            return;
        m_finished = true;
        m_socket->disconnectFromHost();
        m_done->release();
    }

    quint16 m_port;
    QByteArray m_authorization;
    std::vector<QByteArray> m_bodies;
    QSemaphore *m_done;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    size_t m_next = 0;
    bool m_finished = false;
};

// (b) HTTP: the clients run on their own thread, the server on this one, the writer on its own.
int runHttp(int events, int users, int batch, int connections, bool route) {
    auto s = makeSetup(route);
    if (!s)
        return 1;
    const quint16 port = s->engine->ingestServer()->port();
    const QByteArray authorization = "Basic " + QByteArray(s->source.writeKey.toUtf8() + ':').toBase64();
    std::vector<std::vector<QByteArray>> perConnection{size_t(connections)};
    int request = 0;
    for (int i = 0; i < events; i += batch, ++request) {
        QJsonArray messages;
        for (int j = i; j < std::min(events, i + batch); ++j)
            messages.append(trackMessage(j, users, "http"));
        perConnection[size_t(request % connections)].push_back(
            QJsonDocument(QJsonObject{{"batch", messages}, {"sentAt", "2026-11-30T12:00:00.000Z"}})
                .toJson(QJsonDocument::Compact));
    }
    QThread clientThread;
    clientThread.start();
    QSemaphore done;
    std::vector<std::unique_ptr<Connection>> clients;
    for (int c = 0; c < connections; ++c) {
        clients.push_back(std::make_unique<Connection>(port, authorization, perConnection[size_t(c)], &done));
        clients.back()->moveToThread(&clientThread);
    }
    QElapsedTimer timer;
    timer.start();
    for (auto &client : clients)
        QMetaObject::invokeMethod(client.get(), [c = client.get()] { c->start(); });
    // The server answers on this thread: keep its event loop turning until every client is done.
    qint64 mostQueued = 0;
    while (!done.tryAcquire(connections, 0)) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        mostQueued = std::max(mostQueued, s->engine->ingestService()->queuedEvents());
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::vector<double> latencies;
    int non200 = 0;
    for (auto &client : clients) {
        latencies.insert(latencies.end(), client->latencies.begin(), client->latencies.end());
        non200 += client->non200;
        if (!client->m_error.isEmpty())
            out() << "  connection error: " << client->m_error << Qt::endl;
    }
    for (auto &client : clients)
        QMetaObject::invokeMethod(
            client.get(), [c = client.get()] { c->moveToThread(QCoreApplication::instance()->thread()); },
            Qt::BlockingQueuedConnection);
    clientThread.quit();
    clientThread.wait();
    out() << "HTTP /v1/batch: " << events << " events (" << users << " users, " << batch << " a request, "
          << connections << " connections" << (route ? ", routed to smrt-segment" : ", no destination")
          << ") in " << QString::number(seconds, 'f', 2)
          << " s = " << QString::number(events / seconds, 'f', 0) << " events/s; request latency p50 "
          << QString::number(percentile(latencies, 0.5), 'f', 1) << " ms, p99 "
          << QString::number(percentile(latencies, 0.99), 'f', 1) << " ms; requests " << latencies.size()
          << ", non-200 " << non200 << "; at most " << mostQueued << " events waited to be stored"
          << Qt::endl;
    printStored(*s, events, timer);
    printCounts(*s);
    return non200 == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription("Switchboard ingest benchmark");
    parser.addHelpOption();
    parser.addOption({"events", "events per mode (default 100000)", "n", "100000"});
    parser.addOption({"users", "distinct users (default 10000)", "n", "10000"});
    parser.addOption({"batch", "events per request/submit (default 100)", "n", "100"});
    parser.addOption({"connections", "HTTP connections / submits in flight (default 8)", "n", "8"});
    parser.addOption({"mode", "api, http or both (default both)", "mode", "both"});
    parser.addOption({"no-route", "no destination installed (no outbox rows)"});
    parser.addOption({"intake",
                      "engine API call: accept (durable, stored after) or submit (stored before "
                      "the answer); default accept",
                      "call", "accept"});
    parser.process(app);
    const int events = parser.value("events").toInt();
    const int users = std::max(1, parser.value("users").toInt());
    const int batch = std::max(1, parser.value("batch").toInt());
    const int connections = std::max(1, parser.value("connections").toInt());
    const QString mode = parser.value("mode");
    const bool route = !parser.isSet("no-route");
    int rc = 0;
    if (mode == "api" || mode == "both")
        rc |= runApi(events, users, batch, connections, route, parser.value("intake") != "submit");
    if (mode == "http" || mode == "both")
        rc |= runHttp(events, users, batch, connections, route);
    out() << "peak RSS " << peakRssMb() << " MB" << Qt::endl;
    return rc;
}
