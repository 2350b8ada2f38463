#pragma once

#include <QDateTime>
#include <QFuture>
#include <QList>

#include "store/writer.h"

namespace sb {

class Workspace;

// The operator's levers on the outbox (console and switchboard-ctl). Each is one writer job whose
// result value is the number of deliveries changed; workers in this process are woken after commit,
// workers in another process pick the change up on their next look (within a second).
class DeliveryControl {
public:
    explicit DeliveryControl(Workspace *workspace);

    // Retrying (or pending) deliveries become due now.
    QFuture<WriteResult> retryNow(const QList<qint64> &deliveryIds);
    // Dead, discarded, skipped or delivered deliveries go out again, with the same idempotency key;
    // a replay starts a new retry window.
    QFuture<WriteResult> replay(const QList<qint64> &deliveryIds);
    // Every dead letter of a destination whose last attempt (or creation) is at or after since.
    QFuture<WriteResult> replayDeadSince(qint64 destinationId, const QDateTime &since);
    // Open deliveries (pending, retrying, blocked, in flight) are dropped; later events of the same
    // profile stop waiting for them.
    QFuture<WriteResult> discard(const QList<qint64> &deliveryIds);
    QFuture<WriteResult> setPaused(qint64 destinationId, bool paused);

private:
    Workspace *const m_workspace;
};

} // namespace sb
