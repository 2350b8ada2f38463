// Console speed on a large workspace: the Profiles and Events pages with their real models and widgets,
// offscreen. Builds (or reuses) a workspace of N profiles and M events written by one transaction-batched
// writer, then measures first paint, search, timeline, GUI-thread stalls under live ingest, and peak RSS.
//
// Run: build/bench/console/bench_console [--workspace DIR] [--profiles N] [--events M]
//                                         [--ingest-seconds S] [--ingest-rate R]
// Without --workspace a temporary one is built and removed. With it, an existing workspace is reused.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QLineEdit>
#include <QPixmap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>

#include "benchdata.h"
#include "engine.h"
#include "events/eventspage.h"
#include "ingest/ingestservice.h"
#include "profiles/eventstreammodel.h"
#include "profiles/profilesearchmodel.h"
#include "profiles/profilespage.h"
#include "profiles/profiletimelinemodel.h"
#include "profiles/profileview.h"
#include "shell/consolecontext.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/workspace.h"

using namespace sb;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

qint64 peakRssKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double ms(qint64 ns) {
    return ns / 1e6;
}

QString fmt(double v) {
    return QString::number(v, 'f', 1);
}

// ---- generation (runs in a child process so its SQLite cache does not count in the measured RSS) ----

class Generator {
public:
    Generator(QSqlDatabase db, qint64 profiles, qint64 events)
        : m_db(std::move(db))
        , m_profiles(profiles)
        , m_events(events) {}

    void run() {
        QElapsedTimer total;
        total.start();
        sql::exec(m_db, QStringLiteral(
                            "PRAGMA cache_size = -1500000")); // 1.5 GB: random index inserts stay in memory
        sql::exec(m_db, QStringLiteral("PRAGMA synchronous = OFF"));
        fixedRows();
        batched(QStringLiteral("profiles"), m_profiles,
                [this](qint64 from, qint64 to) { profiles(from, to); });
        batched(QStringLiteral("events + deliveries"), m_events,
                [this](qint64 from, qint64 to) { events(from, to); });
        out << "generated in " << fmt(total.elapsed() / 1000.0) << " s" << Qt::endl;
    }

private:
    static constexpr qint64 kBatch = 100'000;
    static constexpr qint64 kBase = 1'700'000'000'000; // ms

    template<typename F> void batched(const QString &what, qint64 count, F fill) {
        QElapsedTimer timer;
        timer.start();
        for (qint64 from = 1; from <= count; from += kBatch) {
            const qint64 to = std::min(count, from + kBatch - 1);
            if (!m_db.transaction())
                qFatal("cannot begin");
            fill(from, to);
            if (!m_db.commit())
                qFatal("cannot commit");
            if ((to / kBatch) % 10 == 0 || to == count)
                out << "  " << what << ": " << to << " / " << count << " (" << fmt(timer.elapsed() / 1000.0)
                    << " s)" << Qt::endl;
        }
    }

    void fixedRows() {
        m_db.transaction();
        int i = 0;
        for (const char *kind : {"segment", "smrt", "shopline"}) {
            ++i;
            sql::exec(
                m_db,
                QStringLiteral(
                    "INSERT INTO sources(id, name, kind, write_key, created_at) VALUES (?, ?, ?, ?, ?)"),
                {i, QStringLiteral("%1 store").arg(QLatin1String(kind)), QLatin1String(kind),
                 QStringLiteral("bench-key-%1").arg(i), kBase});
        }
        // Destinations and mappings that the generated deliveries name. The mappings have no version, so
        // the router of the measuring process routes nothing through them.
        const char *destinations[][2] = {
            {"Klaviyo", "klaviyo"}, {"Attentive", "attentive"}, {"Webhook", "webhook"}};
        for (int d = 0; d < 3; ++d) {
            sql::exec(
                m_db,
                QStringLiteral("INSERT INTO destinations(id, name, connector, base_url, paused, created_at) "
                               "VALUES (?, ?, ?, 'http://127.0.0.1:9', 1, ?)"),
                {d + 1, QLatin1String(destinations[d][0]), QLatin1String(destinations[d][1]), kBase});
            sql::exec(
                m_db,
                QStringLiteral(
                    "INSERT INTO mappings(id, destination_id, name, enabled) VALUES (?, ?, 'orders', 0)"),
                {d + 1, d + 1});
        }
        m_db.commit();
    }

    void profiles(qint64 from, qint64 to) {
        QSqlQuery p(m_db);
        p.prepare(QStringLiteral(
            "INSERT INTO profiles(id, email, phone, user_id, display_name, flags, merged_into, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery i(m_db);
        i.prepare(QStringLiteral("INSERT INTO identities(kind, value, profile_id, source_id, first_seen) "
                                 "VALUES (?, ?, ?, 1, ?)"));
        QSqlQuery t(m_db);
        t.prepare(QStringLiteral("INSERT INTO profile_traits(profile_id, source_id, name, value, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
        for (qint64 id = from; id <= to; ++id) {
            const bool merged = benchdata::merged(id);
            const int flags =
                (benchdata::hasEmail(id) ? 0 : ProfileHasNoEmail) | (merged ? ProfileMerged : 0);
            const qint64 at = kBase + id;
            p.addBindValue(id);
            p.addBindValue(benchdata::hasEmail(id) ? QVariant(benchdata::email(id)) : QVariant());
            p.addBindValue(benchdata::phone(id));
            p.addBindValue(QStringLiteral("u%1").arg(id));
            p.addBindValue(benchdata::displayName(id));
            p.addBindValue(flags);
            p.addBindValue(merged ? QVariant(id - 1) : QVariant());
            p.addBindValue(at);
            p.addBindValue(at);
            exec(p);
            if (benchdata::hasEmail(id))
                identity(i, QStringLiteral("email"), benchdata::email(id), id, at);
            identity(i, QStringLiteral("phone"), benchdata::phone(id), id, at);
            trait(t, id, 1, QStringLiteral("first_name"), u'"' + benchdata::firstName(id) + u'"', at);
            trait(t, id, 2, QStringLiteral("tier"),
                  id % 3 ? QStringLiteral("\"silver\"") : QStringLiteral("\"gold\""), at);
        }
    }

    void events(qint64 from, qint64 to) {
        static const char *const names[] = {"Order Completed",  "Product Viewed",       "Cart Updated",
                                            "Checkout Started", "Subscription Renewed", "Review Submitted"};
        QSqlQuery e(m_db);
        e.prepare(QStringLiteral(
            "INSERT INTO events(id, message_id, source_id, type, name, profile_id, occurred_at, "
            "received_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery d(m_db);
        d.prepare(QStringLiteral(
            "INSERT INTO deliveries(id, event_id, mapping_id, mapping_version, destination_id, "
            "profile_id, status, idempotency_key, attempts, created_at, delivered_at, last_error) "
            "VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (qint64 id = from; id <= to; ++id) {
            const qint64 profile = id % 20 == 0 ? (id / 20) % benchdata::kHeavy + 1 : nextProfile();
            const int kind = int(id % 20);
            const QString type = kind < 16   ? QStringLiteral("track")
                                 : kind < 19 ? QStringLiteral("identify")
                                             : QStringLiteral("page");
            const QString name = type == QLatin1String("track") ? QLatin1String(names[id % 6]) : QString();
            const qint64 at = kBase + id * 10;
            e.addBindValue(id);
            e.addBindValue(QStringLiteral("g-%1").arg(id));
            e.addBindValue(int(id % 3) + 1);
            e.addBindValue(type);
            e.addBindValue(name.isEmpty() ? QVariant() : QVariant(name));
            e.addBindValue(profile);
            e.addBindValue(at);
            e.addBindValue(at + 40);
            e.addBindValue(
                QStringLiteral("{\"type\":\"%1\",\"event\":\"%2\",\"userId\":\"u%3\",\"messageId\":\"g-%4\","
                               "\"properties\":{\"order_id\":\"o%4\",\"value\":%5,\"currency\":\"USD\"}}")
                    .arg(type, name)
                    .arg(profile)
                    .arg(id)
                    .arg(id % 500));
            exec(e);
            if (id % 5 != 0)
                continue;
            // One event in five was delivered somewhere.
            const qint64 deliveryId = id / 5;
            const int destination = int(deliveryId % 3) + 1;
            const int outcome = int(deliveryId % 50);
            const QString status = outcome == 0   ? QStringLiteral("dead")
                                   : outcome == 1 ? QStringLiteral("retrying")
                                                  : QStringLiteral("delivered");
            d.addBindValue(deliveryId);
            d.addBindValue(id);
            d.addBindValue(destination);
            d.addBindValue(destination);
            d.addBindValue(profile);
            d.addBindValue(status);
            d.addBindValue(QStringLiteral("k-%1").arg(deliveryId));
            d.addBindValue(outcome < 2 ? 3 : 1);
            d.addBindValue(at + 100);
            d.addBindValue(status == QLatin1String("delivered") ? QVariant(at + 180) : QVariant());
            d.addBindValue(outcome < 2 ? QVariant(QStringLiteral("HTTP 503 from the destination"))
                                       : QVariant());
            exec(d);
        }
    }

    void identity(QSqlQuery &q, const QString &kind, const QString &value, qint64 profile, qint64 at) {
        q.addBindValue(kind);
        q.addBindValue(value);
        q.addBindValue(profile);
        q.addBindValue(at);
        exec(q);
    }

    void trait(QSqlQuery &q, qint64 profile, int source, const QString &name, const QString &value,
               qint64 at) {
        q.addBindValue(profile);
        q.addBindValue(source);
        q.addBindValue(name);
        q.addBindValue(value);
        q.addBindValue(at);
        exec(q);
    }

    static void exec(QSqlQuery &q) {
        if (!q.exec())
            qFatal("insert failed: %s", qPrintable(q.lastError().text()));
    }

    qint64 nextProfile() { return qint64(m_random.bounded(quint64(m_profiles))) + 1; }

    QSqlDatabase m_db;
    const qint64 m_profiles;
    const qint64 m_events;
    QRandomGenerator64 m_random{20260101};
};

int generate(const QString &directory, qint64 profiles, qint64 events) {
    {
        auto ws = Workspace::open(directory, Workspace::OpenMode::CreateIfMissing);
        if (!ws) {
            err << ws.error() << Qt::endl;
            return 1;
        }
    }
    const QString path = QDir(directory).filePath(QLatin1String(Workspace::kDatabaseFileName));
    {
        auto db = Database::open(path, QStringLiteral("generator"), Database::Access::ReadWrite);
        if (!db) {
            err << db.error() << Qt::endl;
            return 1;
        }
        Generator(db.value(), profiles, events).run();
        sql::exec(db.value(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        sql::exec(db.value(), QStringLiteral("ANALYZE"));
    }
    Database::close(QStringLiteral("generator"));
    return 0;
}

// ---- measurement ----

// Submits events through the real IngestService at a steady rate from its own thread.
class IngestLoad : public QThread {
public:
    IngestLoad(IngestService *service, qint64 profiles, int perSecond, int seconds)
        : m_service(service)
        , m_profiles(profiles)
        , m_perSecond(perSecond)
        , m_seconds(seconds) {}
    std::atomic<int> submitted{0};
    int stored = 0;
    int failed = 0;

protected:
    void run() override {
        constexpr int kTickMs = 20;
        const int perTick = std::max(1, m_perSecond * kTickMs / 1000);
        QList<QFuture<WriteResult>> futures;
        QElapsedTimer clock;
        clock.start();
        qint64 next = 0;
        int n = 0;
        QRandomGenerator random(7);
        while (clock.elapsed() < m_seconds * 1000) {
            QList<Event> batch;
            for (int i = 0; i < perTick; ++i, ++n) {
                qint64 profile = qint64(random.bounded(quint64(m_profiles))) + 1;
                if (!benchdata::hasEmail(profile))
                    ++profile;
                Event e;
                e.sourceId = 1;
                e.sourceKind = QStringLiteral("segment");
                e.type = QStringLiteral("track");
                e.name = QStringLiteral("Live Order");
                e.messageId = QStringLiteral("live-%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(n);
                e.occurredAt = QDateTime::currentDateTimeUtc();
                e.receivedAt = e.occurredAt;
                e.payload = QJsonObject{
                    {QStringLiteral("type"), e.type},
                    {QStringLiteral("event"), e.name},
                    {QStringLiteral("messageId"), e.messageId},
                    {QStringLiteral("properties"), QJsonObject{{QStringLiteral("value"), n % 100}}},
                    {QStringLiteral("context"),
                     QJsonObject{{QStringLiteral("traits"),
                                  QJsonObject{{QStringLiteral("email"), benchdata::email(profile)}}}}}};
                batch << e;
            }
            futures << m_service->submit(batch);
            submitted += int(batch.size());
            next += kTickMs;
            const qint64 sleep = next - clock.elapsed();
            if (sleep > 0)
                QThread::msleep(sleep);
        }
        for (auto &f : futures) {
            f.waitForFinished();
            const WriteResult r = f.result();
            if (r.ok)
                stored += r.value.value<IngestReceipt>().stored;
            else
                ++failed;
        }
    }

private:
    IngestService *m_service;
    qint64 m_profiles;
    int m_perSecond;
    int m_seconds;
};

// How late a 5 ms timer fires on the GUI thread: the longest stall of the event loop.
class LagProbe : public QObject {
public:
    LagProbe() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double late = ms(m_since.nsecsElapsed()) - 5.0;
            m_since.restart();
            m_samples.append(std::max(0.0, late));
        });
    }
    void start() {
        m_samples.clear();
        m_since.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double max() const {
        return m_samples.isEmpty() ? 0 : *std::max_element(m_samples.begin(), m_samples.end());
    }
    double percentile(double p) const {
        if (m_samples.isEmpty())
            return 0;
        QList<double> sorted = m_samples;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * sorted.size())));
    }
    int count() const { return int(m_samples.size()); }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    QList<double> m_samples;
};

template<typename Pred> bool waitUntil(Pred done, int timeoutMs = 30'000) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

struct Stats {
    QList<double> values;
    double median() const {
        QList<double> s = values;
        std::sort(s.begin(), s.end());
        return s.isEmpty() ? 0 : s.at(s.size() / 2);
    }
    double max() const { return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end()); }
};

int measure(const QString &directory, int ingestSeconds, int ingestRate) {
    Engine::Options options;
    options.workspaceDir = directory;
    options.createIfMissing = false;
    options.ingest = false;
    options.delivery = false;
    auto engine = Engine::start(options);
    if (!engine) {
        err << engine.error() << Qt::endl;
        return 1;
    }
    Workspace *ws = engine.value()->workspace();
    const qint64 profiles =
        sql::scalar(ws->reader(), QStringLiteral("SELECT max(id) FROM profiles")).toLongLong();
    const qint64 events =
        sql::scalar(ws->reader(), QStringLiteral("SELECT max(id) FROM events")).toLongLong();
    const qint64 deliveries =
        sql::scalar(ws->reader(), QStringLiteral("SELECT max(id) FROM deliveries")).toLongLong();
    out << "workspace: " << directory << "\n  profiles " << profiles << ", events " << events
        << ", deliveries " << deliveries << Qt::endl;
    if (profiles < 10) {
        err << "the workspace has too few profiles to measure" << Qt::endl;
        return 1;
    }
    ConsoleNavigator navigator;
    ConsoleContext context{engine.value().get(), ws, &navigator};

    // 1. First paint of the Profiles page: construct, rows on screen, rendered.
    QElapsedTimer timer;
    timer.start();
    auto *page = new ProfilesPage(&context);
    page->resize(1280, 800);
    page->show();
    if (!waitUntil([&] { return page->isLoaded(); })) {
        err << "profiles page never loaded" << Qt::endl;
        return 1;
    }
    const QPixmap shot = page->grab();
    const double firstPaint = ms(timer.nsecsElapsed());
    out << "profiles page first paint: " << fmt(firstPaint) << " ms (" << page->searchModel()->rowCount()
        << " rows, " << shot.width() << "x" << shot.height() << ")" << Qt::endl;

    // 2. Search: the text typed into the field -> rows in the model (debounce included), and the query
    //    alone (setQuery -> rows).
    const qint64 probe = profiles / 2 + 1 - ((profiles / 2 + 1) % 50 == 0 ? 1 : 0);
    const QStringList queries = {benchdata::email(probe).left(benchdata::email(probe).indexOf(u'@') + 1),
                                 benchdata::displayName(probe),
                                 benchdata::firstName(probe) + u' ' + benchdata::lastName(probe).left(3),
                                 benchdata::phone(probe).mid(2, 8),
                                 QStringLiteral("#%1").arg(probe),
                                 QStringLiteral("u%1").arg(probe),
                                 QStringLiteral("nobody.at.all@")};
    Stats typed;
    Stats query;
    ProfileSearchModel *model = page->searchModel();
    for (const QString &q : queries) {
        for (int round = 0; round < 3; ++round) {
            page->searchField()->clear();
            waitUntil([&] { return !model->isLoading() && model->query().isEmpty(); });
            timer.restart();
            page->searchField()->setText(q);
            if (!waitUntil([&] { return model->query() == q && !model->isLoading(); })) {
                err << "search never finished: " << q << Qt::endl;
                return 1;
            }
            typed.values << ms(timer.nsecsElapsed());
            timer.restart();
            model->setQuery(q);
            waitUntil([&] { return !model->isLoading(); });
            query.values << ms(timer.nsecsElapsed());
        }
        out << "  search '" << q << "': " << model->rowCount() << " rows, query "
            << fmt(query.values.constLast()) << " ms" << Qt::endl;
    }
    out << "profile search, typed -> rows (incl. " << ProfilesPage::kDebounceMs << " ms debounce): median "
        << fmt(typed.median()) << " ms, max " << fmt(typed.max()) << " ms" << Qt::endl;
    out << "profile search, query -> rows: median " << fmt(query.median()) << " ms, max " << fmt(query.max())
        << " ms" << Qt::endl;

    // 3. Timeline: open a profile -> first page in the model. Heavy profiles have thousands of entries.
    ProfileTimelineModel *timeline = page->profileView()->timelineModel();
    Stats firstPage;
    Stats nextPage;
    QList<qint64> timelineProfiles = {1, 2, benchdata::kHeavy};
    for (int i = 1; i <= 7; ++i)
        timelineProfiles << profiles * i / 8 + 1;
    for (qint64 id : timelineProfiles) {
        bool first = false;
        bool next = false;
        auto connection = QObject::connect(timeline, &ProfileTimelineModel::pageLoaded, [&](bool isFirst) {
            first = first || isFirst;
            next = next || !isFirst;
        });
        timer.restart();
        page->openProfile(id);
        waitUntil([&] { return first; });
        firstPage.values << ms(timer.nsecsElapsed());
        const int rows = timeline->rowCount();
        // Let the view lay out and paint the first page, then time one more page (rows -> model).
        waitUntil([] { return false; }, 100);
        if (timeline->canFetchMore({})) {
            timer.restart();
            timeline->fetchMore({});
            waitUntil([&] { return next; });
            nextPage.values << ms(timer.nsecsElapsed());
        }
        QObject::disconnect(connection);
        out << "  timeline of #" << id << ": first page " << rows << " rows in "
            << fmt(firstPage.values.constLast()) << " ms" << Qt::endl;
    }
    out << "timeline first page: median " << fmt(firstPage.median()) << " ms, max " << fmt(firstPage.max())
        << " ms; next page (fetchMore) median " << fmt(nextPage.median()) << " ms, max "
        << fmt(nextPage.max()) << " ms" << Qt::endl;
    delete page;

    // 4. Events page polling while events are ingested: the longest GUI-thread stall.
    auto *eventsPage = new EventsPage(&context);
    eventsPage->resize(1280, 800);
    eventsPage->show();
    timer.restart();
    waitUntil([&] { return eventsPage->isLoaded(); });
    out << "events page first rows: " << fmt(ms(timer.nsecsElapsed())) << " ms" << Qt::endl;
    LagProbe lag;
    // Baseline: the same probe with the page polling an idle workspace (what the machine itself adds).
    lag.start();
    waitUntil([] { return false; }, 3000);
    lag.stop();
    out << "GUI-thread lateness, Events page polling, no ingest: max " << fmt(lag.max()) << " ms, p99 "
        << fmt(lag.percentile(0.99)) << " ms over " << lag.count() << " ticks" << Qt::endl;
    // Time the GUI thread spends taking in one poll's rows (model, filter proxy, view bookkeeping).
    Stats applyTimes;
    QElapsedTimer applyTimer;
    QObject::connect(eventsPage->streamModel(), &QAbstractItemModel::rowsAboutToBeInserted,
                     [&] { applyTimer.start(); });
    QObject::connect(eventsPage->streamModel(), &EventStreamModel::polled, [&](int rows) {
        if (rows > 0 && applyTimer.isValid())
            applyTimes.values << ms(applyTimer.nsecsElapsed());
        applyTimer.invalidate();
    });
    IngestLoad load(engine.value()->ingestService(), profiles, ingestRate, ingestSeconds);
    const qint64 before = eventsPage->streamModel()->lastSeenId();
    lag.start();
    load.start();
    waitUntil([&] { return load.isFinished(); }, (ingestSeconds + 120) * 1000);
    // Let the last polls arrive.
    const qint64 target =
        sql::scalar(ws->reader(), QStringLiteral("SELECT max(id) FROM events")).toLongLong();
    waitUntil([&] { return eventsPage->streamModel()->lastSeenId() >= target; }, 5000);
    lag.stop();
    out << "ingest: " << load.submitted << " submitted, " << load.stored << " stored ("
        << fmt(load.stored / double(ingestSeconds)) << "/s), " << load.failed
        << " failed batches; stream saw " << (eventsPage->streamModel()->lastSeenId() - before)
        << " new ids, shows " << eventsPage->streamModel()->rowCount() << " rows" << Qt::endl;
    out << "GUI-thread stall while the Events page polls under ingest: max " << fmt(lag.max()) << " ms, p99 "
        << fmt(lag.percentile(0.99)) << " ms over " << lag.count() << " ticks" << Qt::endl;
    out << "GUI-thread time to take in one poll's rows: median " << fmt(applyTimes.median()) << " ms, max "
        << fmt(applyTimes.max()) << " ms over " << applyTimes.values.size() << " polls" << Qt::endl;
    delete eventsPage;

    out << "peak RSS (VmHWM): " << fmt(peakRssKb() / 1024.0) << " MB" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Console speed on a large workspace."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("workspace"), QStringLiteral("Workspace to build or reuse."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("profiles"), QStringLiteral("Profiles to generate."),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("events"), QStringLiteral("Events to generate."), QStringLiteral("n"),
                      QStringLiteral("10000000")});
    parser.addOption({QStringLiteral("ingest-seconds"),
                      QStringLiteral("How long to ingest while measuring stalls."), QStringLiteral("s"),
                      QStringLiteral("15")});
    parser.addOption({QStringLiteral("ingest-rate"), QStringLiteral("Events per second ingested."),
                      QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("generate-only"), QStringLiteral("Build the workspace and exit.")});
    parser.process(app);

    const qint64 profiles = parser.value(QStringLiteral("profiles")).toLongLong();
    const qint64 events = parser.value(QStringLiteral("events")).toLongLong();
    if (profiles < 10 || events < 0) {
        err << "--profiles must be at least 10 and --events at least 0" << Qt::endl;
        return 2;
    }
    QTemporaryDir temporary;
    const QString directory = parser.isSet(QStringLiteral("workspace"))
                                  ? parser.value(QStringLiteral("workspace"))
                                  : temporary.path();
    const bool exists = QFile::exists(QDir(directory).filePath(QLatin1String(Workspace::kDatabaseFileName)));
    if (parser.isSet(QStringLiteral("generate-only")))
        return exists ? 0 : generate(directory, profiles, events);
    if (!exists) {
        out << "building a workspace of " << profiles << " profiles and " << events << " events in "
            << directory << Qt::endl;
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--generate-only"), QStringLiteral("--workspace"), directory,
                     QStringLiteral("--profiles"), QString::number(profiles), QStringLiteral("--events"),
                     QString::number(events)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            err << "generation failed" << Qt::endl;
            return 1;
        }
    } else {
        out << "reusing " << directory << Qt::endl;
    }
    return measure(directory, parser.value(QStringLiteral("ingest-seconds")).toInt(),
                   parser.value(QStringLiteral("ingest-rate")).toInt());
}
