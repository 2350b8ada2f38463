#pragma once

#include <QHostAddress>
#include <QLockFile>
#include <QObject>
#include <memory>

#include "core/result.h"
#include "core/routing.h"

namespace sb {

class Clock;
class Dispatcher;
class IngestServer;
class Router;
class Scheduler;
class IngestService;
class Workspace;

// The running engine: one workspace plus the services that work on it (ingest server, delivery
// workers, scheduler). The console runs one in-process; switchboard-engine runs one headless.
class Engine : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString workspaceDir;
        bool createIfMissing = true;
        QHostAddress listenAddress = QHostAddress::LocalHost;
        quint16 port = 0; // 0: take the port stored in the workspace settings, else any free port
        bool ingest = true;
        bool delivery = true;
        Clock *clock = nullptr;
        // Take the workspace's engine lock (engine.lock): one delivering engine per workspace. The
        // console and switchboard-engine set it; a second one is refused (the console attaches instead).
        bool exclusive = false;
    };

    // An engine that stores and routes events (IngestService, Router, outbox rows) but neither listens
    // nor delivers: what command-line tools that write events (demo, import, scheduler run) need.
    static Options storingOnly(const QString &workspaceDir, bool createIfMissing, Clock *clock = nullptr) {
        Options options;
        options.workspaceDir = workspaceDir;
        options.createIfMissing = createIfMissing;
        options.ingest = false;
        options.delivery = false;
        options.clock = clock;
        return options;
    }

    static constexpr const char *kLockFileName = "engine.lock";
    // The process id of an engine holding the workspace's lock, or 0 when none runs.
    static qint64 runningEnginePid(const QString &workspaceDir);

    static Result<std::unique_ptr<Engine>> start(const Options &options);
    ~Engine() override;

    Workspace *workspace() const { return m_workspace.get(); }
    // "http://127.0.0.1:PORT" once the ingest server listens; empty otherwise.
    QString ingestUrl() const { return m_ingestUrl; }
    // Stores events (HTTP ingest, demo, import all go through it).
    IngestService *ingestService() const { return m_ingestService.get(); }
    IngestServer *ingestServer() const { return m_ingestServer.get(); }
    // Decides which mappings take each stored event (its snapshot follows mapping saves).
    Router *router() const { return m_router.get(); }
    // The delivery workers; null when started with delivery = false.
    Dispatcher *dispatcher() const { return m_dispatcher.get(); }
    // Time-driven events (birthdays, lost customers, order reminders, the 00:00 segment refresh);
    // null unless this engine delivers (one per workspace).
    Scheduler *scheduler() const { return m_scheduler.get(); }
    // Replaces the hook run inside the write job of every stored event. By default the engine
    // routes the event and writes its outbox rows; tests may observe or replace that.
    void setEventStoredHook(EventStoredHook hook);

private:
    explicit Engine(std::unique_ptr<Workspace> workspace);

    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<IngestService> m_ingestService;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<Scheduler> m_scheduler;
    std::unique_ptr<IngestServer> m_ingestServer;
    QString m_ingestUrl;
};

} // namespace sb
