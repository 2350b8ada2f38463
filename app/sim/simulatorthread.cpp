#include "simulatorthread.h"

#include <QMetaObject>

#include "simulator.h"

namespace sb {

SimulatorThread::SimulatorThread(const Clock *clock)
    : m_simulator(new Simulator(nullptr, clock)) {
    m_thread.setObjectName(QStringLiteral("switchboard-sim"));
    m_simulator->moveToThread(&m_thread);
    m_thread.start();
}

SimulatorThread::~SimulatorThread() {
    // The simulator owns sockets and timers of its thread, so it must die there.
    Simulator *simulator = m_simulator;
    QMetaObject::invokeMethod(
        simulator, [simulator] { delete simulator; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template<typename F> void SimulatorThread::onSimulatorThread(F &&function) {
    QMetaObject::invokeMethod(m_simulator, std::forward<F>(function), Qt::BlockingQueuedConnection);
}

bool SimulatorThread::start(const QHostAddress &address, quint16 port) {
    bool listening = false;
    onSimulatorThread([&] { listening = m_simulator->listen(address, port); });
    return listening;
}

quint16 SimulatorThread::port() const {
    return m_simulator->port();
}

QUrl SimulatorThread::baseUrl(const QString &connectorKind) const {
    return m_simulator->baseUrl(connectorKind);
}

QUrl SimulatorThread::controlUrl() const {
    return m_simulator->controlUrl();
}

void SimulatorThread::setFaults(const QString &connectorKind, const FaultPlan &plan) {
    onSimulatorThread([&] { m_simulator->setFaults(connectorKind, plan); });
}

void SimulatorThread::setQuota(const QString &connectorKind, double requestsPerSecond, int burst) {
    onSimulatorThread([&] { m_simulator->setQuota(connectorKind, requestsPerSecond, burst); });
}

void SimulatorThread::setCredentials(const QString &connectorKind,
                                     const QHash<QString, QString> &credentials) {
    onSimulatorThread([&] { m_simulator->setCredentials(connectorKind, credentials); });
}

Status SimulatorThread::configure(const QJsonObject &config) {
    Status status;
    onSimulatorThread([&] { status = m_simulator->configure(config); });
    return status;
}

void SimulatorThread::reset() {
    onSimulatorThread([&] { m_simulator->reset(); });
}

QJsonObject SimulatorThread::stats(bool withKeys) const {
    return m_simulator->stats(withKeys);
}

int SimulatorThread::keyCount(const QString &connectorKind, const QString &key) const {
    return m_simulator->keyCount(connectorKind, key);
}

QJsonArray SimulatorThread::requests(const QString &connectorKind, int limit) const {
    return m_simulator->requests(connectorKind, limit);
}

} // namespace sb
