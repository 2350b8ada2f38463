#include "handoff.h"

#include <QHash>

namespace sb {

HandoffInbox::HandoffInbox(QString owner, qint64 leaseMs)
    : m_owner(std::move(owner))
    , m_leaseMs(leaseMs) {}

qint64 HandoffInbox::leaseMs() const {
    QMutexLocker lock(&m_mutex);
    return m_leaseMs;
}

void HandoffInbox::setLeaseMs(qint64 leaseMs) {
    QMutexLocker lock(&m_mutex);
    m_leaseMs = leaseMs;
}

std::optional<quint64> HandoffInbox::reserve() {
    QMutexLocker lock(&m_mutex);
    if (m_credits <= 0)
        return std::nullopt;
    --m_credits;
    return m_epoch;
}

void HandoffInbox::deliver(QList<HandedDelivery> deliveries) {
    if (deliveries.isEmpty())
        return;
    // The listener is called under the lock: once setArrivalListener(nullptr) returned, it is not
    // running and will not run (the worker may be gone).
    QMutexLocker lock(&m_mutex);
    const bool wasEmpty = m_waiting.isEmpty();
    m_waiting += std::move(deliveries);
    if (wasEmpty && m_onArrival)
        m_onArrival();
}

void HandoffInbox::grant(int credits) {
    QMutexLocker lock(&m_mutex);
    m_credits = std::max(0, credits);
}

void HandoffInbox::revoke() {
    QMutexLocker lock(&m_mutex);
    m_credits = 0;
    ++m_epoch;
}

quint64 HandoffInbox::epoch() const {
    QMutexLocker lock(&m_mutex);
    return m_epoch;
}

QList<HandedDelivery> HandoffInbox::take() {
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_waiting, {});
}

qsizetype HandoffInbox::waiting() const {
    QMutexLocker lock(&m_mutex);
    return m_waiting.size();
}

void HandoffInbox::setArrivalListener(std::function<void()> listener) {
    QMutexLocker lock(&m_mutex);
    m_onArrival = std::move(listener);
}

void HandoffInbox::remember(QList<Event> events) {
    QMutexLocker lock(&m_mutex);
    for (Event &event : events) {
        if (m_remembered.size() >= kMaxRemembered)
            break;
        m_remembered.insert(event.id, std::move(event));
    }
}

QHash<qint64, Event> HandoffInbox::recall(const QList<qint64> &eventIds) {
    QHash<qint64, Event> found;
    QMutexLocker lock(&m_mutex);
    if (m_remembered.isEmpty())
        return found;
    for (const qint64 id : eventIds)
        if (auto it = m_remembered.find(id); it != m_remembered.end()) {
            found.insert(id, std::move(it.value()));
            m_remembered.erase(it);
        }
    return found;
}

qsizetype HandoffInbox::remembered() const {
    QMutexLocker lock(&m_mutex);
    return m_remembered.size();
}

namespace {

struct Registry {
    QMutex mutex;
    QHash<QString, QHash<qint64, std::shared_ptr<HandoffInbox>>> inboxes;
};

Registry &registry() {
    static Registry r;
    return r;
}

} // namespace

void HandoffRegistry::open(const QString &databasePath, qint64 destinationId,
                           std::shared_ptr<HandoffInbox> inbox) {
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.inboxes[databasePath].insert(destinationId, std::move(inbox));
}

void HandoffRegistry::close(const QString &databasePath, qint64 destinationId, const HandoffInbox *inbox) {
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    auto path = r.inboxes.find(databasePath);
    if (path == r.inboxes.end())
        return;
    auto found = path->find(destinationId);
    if (found != path->end() && found->get() == inbox)
        path->erase(found);
    if (path->isEmpty())
        r.inboxes.erase(path);
}

std::shared_ptr<HandoffInbox> HandoffRegistry::find(const QString &databasePath, qint64 destinationId) {
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    const auto path = r.inboxes.constFind(databasePath);
    if (path == r.inboxes.constEnd())
        return nullptr;
    return path->value(destinationId);
}

} // namespace sb
