#include "engine.h"

#include "delivery/dispatcher.h"
#include "delivery/outbox.h"
#include "delivery/productionservices.h"
#include "ingest/ingestserver.h"
#include "ingest/ingestservice.h"
#include "mapping/router.h"
#include "scheduler/scheduler.h"
#include "store/sql.h"
#include "store/workspace.h"

namespace sb {

Engine::Engine(std::unique_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace)) {}

Engine::~Engine() {
    // The scheduler stores through the ingest service, so it stops first.
    m_scheduler.reset();
    // Delivery stops first (leases given back), then intake; both before the workspace they use.
    if (m_dispatcher)
        m_dispatcher->stop();
    m_dispatcher.reset();
    m_ingestServer.reset();
    m_ingestService.reset();
}

void Engine::setEventStoredHook(EventStoredHook hook) {
    m_ingestService->setEventStoredHook(std::move(hook));
}

qint64 Engine::runningEnginePid(const QString &workspaceDir) {
    QLockFile probe(workspaceDir + u'/' + QLatin1String(kLockFileName));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return 0;
    }
    qint64 pid = 0;
    probe.getLockInfo(&pid, nullptr, nullptr);
    return pid;
}

Result<std::unique_ptr<Engine>> Engine::start(const Options &options) {
    using R = Result<std::unique_ptr<Engine>>;
    auto workspace = Workspace::open(options.workspaceDir,
                                     options.createIfMissing ? Workspace::OpenMode::CreateIfMissing
                                                             : Workspace::OpenMode::MustExist,
                                     options.clock);
    if (!workspace)
        return R::failure(workspace.error());
    std::unique_ptr<QLockFile> lock;
    if (options.exclusive) {
        lock =
            std::make_unique<QLockFile>(workspace.value()->directory() + u'/' + QLatin1String(kLockFileName));
        lock->setStaleLockTime(0); // only a live process holds it
        if (!lock->tryLock(0)) {
            qint64 pid = 0;
            lock->getLockInfo(&pid, nullptr, nullptr);
            return R::failure(
                QStringLiteral("another Switchboard engine (process %1) is running on this workspace")
                    .arg(pid));
        }
    }
    std::unique_ptr<Engine> engine(new Engine(workspace.take()));
    engine->m_lock = std::move(lock);
    engine->m_ingestService = std::make_unique<IngestService>(engine->workspace());
    // Route every stored event inside its own write job, so an event and its deliveries commit together.
    engine->m_router = std::make_unique<Router>(engine->workspace());
    Router *router = engine->m_router.get();
    engine->m_ingestService->setEventStoredHook(
        [router](WriteContext &context, const Event &event, const ProfileLoader &profile) {
            Outbox::enqueue(context, event, router->route(event, profile));
        });
    // Events accepted before a crash are durable in the accept log: route them now.
    const Result<int> resumed = engine->m_ingestService->resumeAccepted();
    if (!resumed)
        return R::failure(QStringLiteral("accept log: ") + resumed.error());
    if (resumed.value() > 0)
        qInfo("switchboard: storing %d events accepted before the last stop", resumed.value());
    if (options.delivery) {
        engine->m_dispatcher = std::make_unique<Dispatcher>(engine->workspace(),
                                                            productionDeliveryServices(engine->workspace()));
        engine->m_dispatcher->start();
        engine->m_scheduler = std::make_unique<Scheduler>(engine->workspace(), engine->m_ingestService.get());
        engine->m_scheduler->start();
    }
    if (options.ingest) {
        IngestServer::Options serverOptions;
        serverOptions.address = options.listenAddress;
        serverOptions.port = options.port;
        const QSqlDatabase reader = engine->workspace()->reader();
        if (serverOptions.port == 0)
            serverOptions.port = quint16(
                sql::scalar(reader, QStringLiteral("SELECT value FROM settings WHERE key = 'ingest.port'"))
                    .toUInt());
        const int backlog =
            sql::scalar(reader, QStringLiteral("SELECT value FROM settings WHERE key = 'ingest.max_backlog'"))
                .toInt();
        if (backlog > 0)
            serverOptions.maxBacklog = backlog;
        const qint64 queued =
            sql::scalar(reader,
                        QStringLiteral("SELECT value FROM settings WHERE key = 'ingest.max_queued_events'"))
                .toLongLong();
        if (queued > 0)
            serverOptions.maxQueuedEvents = queued;
        engine->m_ingestServer = std::make_unique<IngestServer>(engine->m_ingestService.get(), serverOptions);
        const Result<quint16> listening = engine->m_ingestServer->listen();
        if (!listening)
            return R::failure(QStringLiteral("ingest server: ") + listening.error());
        engine->m_ingestUrl = engine->m_ingestServer->url();
        // Tools on the same machine (switchboard-ctl demo stream) find the running engine here.
        const QString url = engine->m_ingestUrl;
        engine->workspace()->writer()->run([url](WriteContext &context) {
            sql::exec(context.db,
                      QStringLiteral("INSERT INTO settings(key, value) VALUES ('ingest.url', ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                      {url});
            return QVariant();
        });
    }
    return engine;
}

} // namespace sb
