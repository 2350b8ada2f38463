#pragma once

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>
#include <QUrl>

#include "core/result.h"
#include "faultplan.h"

namespace sb {

class Clock;
class Simulator;

// Runs a Simulator on its own thread, so a test (or a benchmark) may block its thread, e.g. on a
// delivery future, while the simulated destinations keep answering. The setters hop to the
// simulator's thread and return once applied; the readers are thread-safe.
class SimulatorThread {
public:
    explicit SimulatorThread(const Clock *clock = nullptr);
    ~SimulatorThread();
    SimulatorThread(const SimulatorThread &) = delete;
    SimulatorThread &operator=(const SimulatorThread &) = delete;

    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl(const QString &connectorKind) const;
    QUrl controlUrl() const;

    void setFaults(const QString &connectorKind, const FaultPlan &plan);
    void setQuota(const QString &connectorKind, double requestsPerSecond, int burst);
    void setCredentials(const QString &connectorKind, const QHash<QString, QString> &credentials);
    Status configure(const QJsonObject &config);
    void reset();

    QJsonObject stats(bool withKeys = false) const;
    int keyCount(const QString &connectorKind, const QString &key) const;
    QJsonArray requests(const QString &connectorKind = QString(), int limit = 100) const;
    // The simulator itself, for connecting to its signals (they arrive queued).
    Simulator *simulator() const { return m_simulator; }

private:
    template<typename F> void onSimulatorThread(F &&function);

    QThread m_thread;
    Simulator *m_simulator = nullptr;
};

} // namespace sb
