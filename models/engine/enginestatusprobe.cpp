#include "enginestatusprobe.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "core/clock.h"
#include "delivery/outboxqueue.h"
#include "store/sql.h"
#include "store/workspace.h"

namespace sb {

namespace {
constexpr qint64 kRateWindowMs = 10'000;
}

EngineStatusProbe::EngineStatusProbe(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_timer(new QTimer(this)) {
    connect(m_timer, &QTimer::timeout, this, &EngineStatusProbe::refresh);
    connect(&m_watcher, &QFutureWatcher<Figures>::finished, this, [this] {
        m_figures = m_watcher.result();
        emit updated();
    });
}

void EngineStatusProbe::start(int intervalMs) {
    m_timer->start(intervalMs);
    refresh();
}

void EngineStatusProbe::refresh() {
    if (m_watcher.isRunning())
        return;
    Workspace *workspace = m_workspace;
    m_watcher.setFuture(QtConcurrent::run([workspace] { return measure(workspace); }));
}

EngineStatusProbe::Figures EngineStatusProbe::measure(Workspace *workspace) {
    Figures figures;
    try {
        const QSqlDatabase db = workspace->reader();
        const qint64 now = workspace->clock()->nowMs();
        const qint64 recent =
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM events WHERE received_at >= ?"),
                        {now - kRateWindowMs})
                .toLongLong();
        figures.eventsPerSecond = double(recent) * 1000.0 / double(kRateWindowMs);
        // Through the destinations: deliveries_due (destination, status) is the index by status, so
        // both counts read only the rows counted.
        figures.backlog =
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM deliveries WHERE destination_id IN (SELECT "
                                           "id FROM destinations) AND status IN "
                                           "(" SB_OPEN_STATUSES ")"))
                .toLongLong();
        figures.deadLetters =
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM deliveries WHERE destination_id IN (SELECT "
                                           "id FROM destinations) AND status = 'dead'"))
                .toLongLong();
    } catch (const sql::Error &error) {
        figures.error = error.message();
    }
    return figures;
}

} // namespace sb
