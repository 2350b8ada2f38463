#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <functional>

#include "connectors/connector.h"
#include "destinationworker.h"

class QThread;
class QTimer;

namespace sb {

class Workspace;

// What the dispatcher needs from the rest of the engine, injected so delivery does not depend on how
// destinations are stored or mappings rendered (production: DestinationStore, ConnectorRegistry and
// Renderer with the routed mapping version; tests: their own).
struct DeliveryServices {
    std::function<QList<DestinationConfig>()> destinations;
    std::function<const Connector *(const QString &kind)> connector;
    RenderFunction render;
};

// Runs one DestinationWorker per destination, each on its own thread. Wakes the right worker when
// the outbox commits new rows, picks up added, changed and removed destinations, and stops cleanly
// (leases given back). Lives on the thread that created it (the engine's).
class Dispatcher : public QObject {
    Q_OBJECT
public:
    Dispatcher(Workspace *workspace, DeliveryServices services, QObject *parent = nullptr);
    ~Dispatcher() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // Rereads the destinations now (also done every few seconds).
    void reloadDestinations();
    void wake(qint64 destinationId);
    void wakeAll();

    // This process's lease owner id (unique per start).
    QString ownerId() const { return m_owner; }
    QList<qint64> destinationIds() const { return m_workers.keys(); }
    // Live breaker / rate-limit / hold state per destination id.
    QJsonObject runtimeState() const;

private:
    struct Running {
        QThread *thread = nullptr;
        DestinationWorker *worker = nullptr;
        DestinationConfig config;
    };
    void startWorker(const DestinationConfig &config, const Connector *connector);
    void stopWorker(Running &running);

    Workspace *const m_workspace;
    DeliveryServices m_services;
    const QString m_owner;
    QHash<qint64, Running> m_workers;
    QTimer *m_reloadTimer = nullptr;
    int m_wakeToken = 0;
    QMutex m_wakesMutex;
    QSet<qint64> m_wakesPosted; // destinations with a wake-up posted to this thread, not handled yet
    bool m_running = false;
};

} // namespace sb
