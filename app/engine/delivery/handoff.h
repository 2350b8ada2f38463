#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

#include "core/model.h"
#include "outboxqueue.h"

namespace sb {

// A delivery the writer gave to its destination's worker as it stored the event: the row went in
// already leased to the worker ('in_flight'), so the worker neither claims it nor reads the event back.
struct HandedDelivery {
    ClaimedDelivery delivery;
    Event event;
    quint64 epoch = 0; // the inbox's epoch when the writer took the credit
};

// A destination worker's door for such deliveries. The worker grants credits while it has room and
// nothing stands in the way (proven destination, breaker closed, no hold, no pause); the writer takes
// one per delivery. When a request fails the worker revokes: credits drop to zero and the epoch moves
// on, so deliveries credited before the failure are given back to the outbox on arrival and then wait
// behind the failed row there, as the claim's ordering rule wants. Thread-safe.
class HandoffInbox {
public:
    HandoffInbox(QString owner, qint64 leaseMs);

    const QString &owner() const { return m_owner; }
    qint64 leaseMs() const;
    // The destination's lease changed (its delivery settings were edited).
    void setLeaseMs(qint64 leaseMs);

    // Writer side: one credit, with the epoch it belongs to; none when the worker has no room.
    std::optional<quint64> reserve();
    // After the commit that stored them.
    void deliver(QList<HandedDelivery> deliveries);

    // Worker side.
    void grant(int credits);
    void revoke();
    quint64 epoch() const;
    QList<HandedDelivery> take();
    qsizetype waiting() const;
    // Called on the delivering (writer) thread when deliveries arrive at an empty inbox.
    void setArrivalListener(std::function<void()> listener);

    // The events of deliveries that went to the outbox instead (no credit, or rows were waiting), as
    // the writer stored them: kept after the commit while there is room, so the claim that picks the
    // rows up later neither reads nor parses the events back. Recalled events are forgotten.
    void remember(QList<Event> events);
    QHash<qint64, Event> recall(const QList<qint64> &eventIds);
    qsizetype remembered() const;
    // A backlog's first events; later ones are read back from the database. The payloads are shared
    // with the other destinations' copies; at 20,000 events/s offered a backlog of 25–40 k forms, and
    // 40,000 instead of 10,000 took a fifth off the pool's time there with no rise in peak memory.
    static constexpr qsizetype kMaxRemembered = 40000;

private:
    const QString m_owner;
    mutable QMutex m_mutex;
    qint64 m_leaseMs = 0;
    int m_credits = 0;
    quint64 m_epoch = 1;
    QList<HandedDelivery> m_waiting;
    QHash<qint64, Event> m_remembered;
    std::function<void()> m_onArrival;
};

// The open inboxes, by database file and destination: the writer's outbox looks here.
class HandoffRegistry {
public:
    static void open(const QString &databasePath, qint64 destinationId, std::shared_ptr<HandoffInbox> inbox);
    static void close(const QString &databasePath, qint64 destinationId, const HandoffInbox *inbox);
    static std::shared_ptr<HandoffInbox> find(const QString &databasePath, qint64 destinationId);
};

} // namespace sb
