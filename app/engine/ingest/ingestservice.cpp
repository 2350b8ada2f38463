#include "ingestservice.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <atomic>

#include "acceptlog.h"
#include "chunkthawer.h"
#include "core/jsonutil.h"
#include "ingestjob.h"
#include "preparedevent.h"
#include "store/sql.h"
#include "store/statementcache.h"
#include "store/workspace.h"

namespace sb {

// State used by write jobs on the writer thread. Jobs hold it by shared_ptr, so a job still queued
// when the service goes away does not touch freed memory.
struct IngestService::Shared {
    QMutex mutex;
    EventStoredHook hook;
    QString region = QStringLiteral("US");
    std::atomic<qint64> preparedBacklog{10000};
    ChunkThawer thawer;
    // Background storing of accepted batches not yet known to be finished.
    QList<QFuture<WriteResult>> routing;

    void track(const QList<QFuture<WriteResult>> &futures) {
        QMutexLocker lock(&mutex);
        routing.removeIf([](const QFuture<WriteResult> &f) { return f.isFinished(); });
        routing.append(futures);
    }
    QList<QFuture<WriteResult>> unfinished() {
        QMutexLocker lock(&mutex);
        return routing;
    }

    EventStoredHook currentHook() {
        QMutexLocker lock(&mutex);
        return hook;
    }
    QString currentRegion() {
        QMutexLocker lock(&mutex);
        return region;
    }
};

namespace {

// One accepted request on its way: accepted (a log row) and stored (as submit() stores) by writer
// jobs that may share a transaction or not. Storing goes in chunks, so a burst's accepting commits
// are never held behind a long routing job. All of them run on the writer thread, one after the
// other, so the fields need no lock. Storing a chunk again (after a crash) is harmless: events are
// de-duplicated by (source, messageId).
struct AcceptedBatch {
    int count = 0;
    // The log row's bytes: until the accept job has run, or, for a spilled batch, until the last
    // chunk is stored.
    QByteArray encoded;
    // Waits as its log row's bytes only (~0.8 KB an event instead of ~5 KB prepared): each chunk
    // decodes and prepares its own events when it runs. Used past the prepared backlog and on resume.
    bool spilled = false;
    qint64 logId = 0;            // the log row, once written
    int chunksLeft = 0;          // chunks not yet stored
    QList<quint64> storedIn;     // per chunk: the transaction that stored it
    QList<bool> storedCommitted; // per chunk: that transaction committed
    QString failure;             // why storing failed, if it did
    IngestReceipt receipt;

    // Every chunk is stored, durably or in the transaction `transaction` (the caller's).
    bool storedBy(quint64 transaction) const {
        for (qsizetype i = 0; i < storedIn.size(); ++i)
            if (!storedCommitted[i] && storedIn[i] != transaction)
                return false;
        return true;
    }
};

constexpr int kStoreChunk = Writer::kBusyBackgroundWeight;

void addReceipt(IngestReceipt &total, const IngestReceipt &part) {
    total.eventIds += part.eventIds;
    total.duplicates += part.duplicates;
    total.stored += part.stored;
    total.duplicateCount += part.duplicateCount;
    total.derived += part.derived;
    total.suppressed += part.suppressed;
}

// Stores one chunk inside a savepoint of its own: if that fails, the log row (if written) keeps the
// reason and nothing else of the chunk is written. The last chunk removes the log row.
QVariant storeChunk(WriteContext &context, AcceptedBatch &batch, int chunk, QList<PreparedEvent> &events,
                    SpilledChunk *spilled, ChunkThawer &thawer, const QString &region, EventStoredHook hook) {
    StatementCache &sql = *context.sqlite;
    sql.exec(context.db, "SAVEPOINT storing");
    const bool last = --batch.chunksLeft == 0;
    try {
        if (spilled) {
            QString error;
            bool wasAhead = false;
            events = spilled->take(&error, &wasAhead);
            thawer.taken(*spilled, wasAhead);
            if (!error.isEmpty())
                throw sql::Error(error);
        }
        IngestReceipt part;
        storePreparedEvents(context, region, std::move(hook), events, part);
        if (last && batch.logId && batch.failure.isEmpty())
            AcceptLog::remove(context, batch.logId);
        sql.exec(context.db, "RELEASE storing");
        addReceipt(batch.receipt, part);
    } catch (const std::exception &e) {
        const QString reason = QString::fromUtf8(e.what());
        context.rollBackTo("storing");
        batch.failure = reason;
        if (batch.logId)
            AcceptLog::markFailed(context, batch.logId, reason);
        qWarning("switchboard: accepted events could not be stored: %s", qPrintable(reason));
    }
    batch.storedIn[chunk] = context.transaction;
    // The memory goes back now, not when the futures are dropped, and off the writer's thread: freeing
    // what the clients' threads allocated is a few percent of storing.
    if (!events.isEmpty())
        QThreadPool::globalInstance()->start([done = std::move(events)]() mutable { done.clear(); });
    if (last && batch.spilled)
        batch.encoded.clear();
    return QVariant::fromValue(batch.receipt);
}

// The background jobs that store the batch's events in chunks: `events` holds them prepared, or is
// empty for a spilled batch (Shared is the service's state).
template<typename Shared>
std::vector<Writer::BackgroundJob> storeJobs(const std::shared_ptr<AcceptedBatch> &batch,
                                             QList<PreparedEvent> events,
                                             const std::shared_ptr<Shared> &shared) {
    std::vector<Writer::BackgroundJob> jobs;
    std::vector<std::shared_ptr<SpilledChunk>> spilled;
    for (int from = 0; from < batch->count; from += kStoreChunk) {
        const int chunk = int(jobs.size());
        const int weight = std::min(kStoreChunk, batch->count - from);
        auto part = std::make_shared<QList<PreparedEvent>>(batch->spilled ? QList<PreparedEvent>()
                                                                          : events.mid(from, weight));
        std::shared_ptr<SpilledChunk> frozen;
        if (batch->spilled)
            spilled.push_back(frozen = std::make_shared<SpilledChunk>(batch->encoded, from, weight));
        jobs.push_back(
            {[batch, chunk, part, frozen, shared](WriteContext &context) {
                 QVariant receipt = storeChunk(context, *batch, chunk, *part, frozen.get(), shared->thawer,
                                               shared->currentRegion(), shared->currentHook());
                 context.afterCommit.push_back([batch, chunk] { batch->storedCommitted[chunk] = true; });
                 return receipt;
             },
             weight});
    }
    batch->chunksLeft = int(jobs.size());
    batch->storedIn = QList<quint64>(jobs.size(), 0);
    batch->storedCommitted = QList<bool>(jobs.size(), false);
    // Queued for thawing in storing order; the first ones start decoding now.
    for (std::shared_ptr<SpilledChunk> &chunk : spilled)
        shared->thawer.add(std::move(chunk));
    return jobs;
}

} // namespace

IngestService::IngestService(Workspace *workspace)
    : m_workspace(workspace)
    , m_shared(std::make_shared<Shared>()) {
    const QString region =
        sql::scalar(workspace->reader(),
                    QStringLiteral("SELECT value FROM settings WHERE key = 'identity.default_region'"))
            .toString();
    if (!region.isEmpty())
        m_shared->region = region.toUpper();
}

IngestService::~IngestService() {
    waitUntilStored();
}

void IngestService::setEventStoredHook(EventStoredHook hook) {
    QMutexLocker lock(&m_shared->mutex);
    m_shared->hook = std::move(hook);
}

void IngestService::setDefaultRegion(const QString &region) {
    QMutexLocker lock(&m_shared->mutex);
    m_shared->region = region.toUpper();
}

QString IngestService::defaultRegion() const {
    return m_shared->currentRegion();
}

QFuture<WriteResult> IngestService::submit(QList<Event> events) {
    auto shared = m_shared;
    QList<PreparedEvent> prepared;
    prepared.reserve(events.size());
    for (Event &event : events)
        prepared.append(PreparedEvent::from(std::move(event)));
    return m_workspace->writer()->submit(
        [shared, events = std::move(prepared)](WriteContext &context) mutable {
            IngestReceipt receipt;
            storePreparedEvents(context, shared->currentRegion(), shared->currentHook(), events, receipt);
            return QVariant::fromValue(receipt);
        });
}

QFuture<WriteResult> IngestService::accept(QList<Event> events) {
    if (events.isEmpty())
        return submit({});
    auto batch = std::make_shared<AcceptedBatch>();
    batch->count = int(events.size());
    for (Event &event : events)
        if (event.payloadJson.isEmpty())
            event.payloadJson = json::compact(event.payload);
    batch->encoded = AcceptLog::encode(events);
    batch->spilled = queuedEvents() >= m_shared->preparedBacklog.load();
    QList<PreparedEvent> prepared;
    if (!batch->spilled) {
        prepared.reserve(events.size());
        for (Event &event : events)
            prepared.append(PreparedEvent::from(std::move(event)));
    }
    auto group = m_workspace->writer()->submitWithBackground(
        [batch](WriteContext &context) -> QVariant {
            const QByteArray encoded = batch->spilled ? batch->encoded : std::exchange(batch->encoded, {});
            if (!batch->failure.isEmpty())
                throw sql::Error(batch->failure);
            if (batch->storedBy(context.transaction))
                return QVariant::fromValue(batch->receipt);
            batch->logId = AcceptLog::append(context, encoded, batch->count);
            IngestReceipt receipt;
            receipt.queued = batch->count;
            return QVariant::fromValue(receipt);
        },
        storeJobs(batch, std::move(prepared), m_shared));
    m_shared->track(group.background);
    return group.normal;
}

Result<int> IngestService::resumeAccepted() {
    QList<AcceptLog::Row> rows;
    try {
        rows = AcceptLog::waiting(m_workspace->reader());
    } catch (const sql::Error &e) {
        return Result<int>::failure(e.message());
    }
    int events = 0;
    // Spilled: each chunk decodes its own events when it runs, so a long log is not held in memory
    // prepared; a damaged row fails in the chunk that meets the damage and keeps the reason.
    for (const AcceptLog::Row &row : std::as_const(rows)) {
        auto batch = std::make_shared<AcceptedBatch>();
        batch->logId = row.id;
        batch->count = row.count;
        batch->encoded = row.events;
        batch->spilled = true;
        events += batch->count;
        m_shared->track(m_workspace->writer()->submitBackground(storeJobs(batch, {}, m_shared)));
    }
    return events;
}

void IngestService::setPreparedBacklog(qint64 events) {
    m_shared->preparedBacklog = events;
}

qint64 IngestService::queuedEvents() const {
    return m_workspace->writer()->pendingBackgroundWeight();
}

bool IngestService::waitUntilStored(int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
    for (QFuture<WriteResult> &future : m_shared->unfinished()) {
        if (deadline.isForever()) {
            future.waitForFinished();
            continue;
        }
        while (!future.isFinished()) {
            if (deadline.hasExpired())
                return false;
            QThread::msleep(1);
        }
    }
    return true;
}

Result<IngestReceipt> IngestService::ingest(QList<Event> events) {
    QFuture<WriteResult> future = submit(std::move(events));
    future.waitForFinished();
    const WriteResult result = future.result();
    if (!result.ok)
        return Result<IngestReceipt>::failure(result.error);
    return result.value.value<IngestReceipt>();
}

} // namespace sb
