#include "dispatcher.h"

#include <QJsonDocument>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include "store/workspace.h"
#include "wakeregistry.h"

namespace sb {

namespace {

constexpr int kReloadEveryMs = 3000;

bool sameConfig(const DestinationConfig &a, const DestinationConfig &b) {
    return a.name == b.name && a.connector == b.connector && a.baseUrl == b.baseUrl
           && a.credentials == b.credentials && a.settings == b.settings;
}

} // namespace

Dispatcher::Dispatcher(Workspace *workspace, DeliveryServices services, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_services(std::move(services))
    , m_owner(QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

Dispatcher::~Dispatcher() {
    stop();
}

void Dispatcher::start() {
    if (m_running)
        return;
    m_running = true;
    // The wake-up arrives on the writer thread after commit; it only posts to the worker.
    // Wake-ups that are already on their way are not posted again (commits come faster than this
    // thread may handle them).
    m_wakeToken = WakeRegistry::subscribe(m_workspace->databasePath(), [this](qint64 destinationId) {
        {
            QMutexLocker lock(&m_wakesMutex);
            if (m_wakesPosted.contains(destinationId))
                return;
            m_wakesPosted.insert(destinationId);
        }
        QMetaObject::invokeMethod(
            this,
            [this, destinationId] {
                {
                    QMutexLocker lock(&m_wakesMutex);
                    m_wakesPosted.remove(destinationId);
                }
                wake(destinationId);
            },
            Qt::QueuedConnection);
    });
    m_reloadTimer = new QTimer(this);
    connect(m_reloadTimer, &QTimer::timeout, this, &Dispatcher::reloadDestinations);
    m_reloadTimer->start(kReloadEveryMs);
    reloadDestinations();
}

void Dispatcher::stop() {
    if (!m_running)
        return;
    m_running = false;
    WakeRegistry::unsubscribe(m_wakeToken);
    m_wakeToken = 0;
    delete m_reloadTimer;
    m_reloadTimer = nullptr;
    for (Running &running : m_workers)
        stopWorker(running);
    m_workers.clear();
}

void Dispatcher::reloadDestinations() {
    if (!m_running || !m_services.destinations)
        return;
    const QList<DestinationConfig> configs = m_services.destinations();
    QSet<qint64> seen;
    for (const DestinationConfig &config : configs) {
        seen.insert(config.id);
        const Connector *connector = m_services.connector ? m_services.connector(config.connector) : nullptr;
        auto found = m_workers.find(config.id);
        if (found != m_workers.end()) {
            if (!sameConfig(found->config, config)) {
                found->config = config;
                QMetaObject::invokeMethod(found->worker,
                                          [worker = found->worker, config] { worker->updateConfig(config); });
            }
            continue;
        }
        if (!connector) {
            qWarning("Switchboard delivery: destination '%s' uses unknown connector '%s'; not delivering",
                     qPrintable(config.name), qPrintable(config.connector));
            continue;
        }
        startWorker(config, connector);
    }
    const QList<qint64> ids = m_workers.keys();
    for (qint64 id : ids) {
        if (!seen.contains(id)) {
            stopWorker(m_workers[id]);
            m_workers.remove(id);
        }
    }
}

void Dispatcher::startWorker(const DestinationConfig &config, const Connector *connector) {
    Running running;
    running.config = config;
    running.thread = new QThread;
    running.thread->setObjectName(QStringLiteral("sb-delivery-%1").arg(config.id));
    running.worker = new DestinationWorker(m_workspace, config, connector, m_services.render, m_owner);
    running.worker->moveToThread(running.thread);
    DestinationWorker *worker = running.worker;
    connect(running.thread, &QThread::started, worker, [worker] { worker->start(); });
    running.thread->start();
    m_workers.insert(config.id, running);
}

void Dispatcher::stopWorker(Running &running) {
    DestinationWorker *worker = running.worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    running.thread->quit();
    running.thread->wait();
    delete running.worker;
    delete running.thread;
    running.worker = nullptr;
    running.thread = nullptr;
}

void Dispatcher::wake(qint64 destinationId) {
    auto found = m_workers.constFind(destinationId);
    if (found == m_workers.constEnd())
        return;
    DestinationWorker *worker = found->worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->wake(); });
}

void Dispatcher::wakeAll() {
    for (auto it = m_workers.constBegin(); it != m_workers.constEnd(); ++it)
        wake(it.key());
}

QJsonObject Dispatcher::runtimeState() const {
    QJsonObject out;
    for (auto it = m_workers.constBegin(); it != m_workers.constEnd(); ++it)
        out.insert(QString::number(it.key()), it->worker->runtimeState());
    return out;
}

} // namespace sb
