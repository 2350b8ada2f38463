#include "ingestservice.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>
#include <atomic>
#include <deque>

#include "acceptlog.h"
#include "core/clock.h"
#include "core/jsonutil.h"
#include "identity/identityresolver.h"
#include "identity/profilestore.h"
#include "identity/realtimerules.h"
#include "identity/segmentsync.h"
#include "store/sql.h"
#include "store/statementcache.h"
#include "store/workspace.h"

namespace sb {

namespace {
class ChunkThawer;
}

// State used by write jobs on the writer thread. Jobs hold it by shared_ptr, so a job still queued
// when the service goes away does not touch freed memory.
struct IngestService::Shared {
    QMutex mutex;
    EventStoredHook hook;
    QString region = QStringLiteral("US");
    std::atomic<qint64> preparedBacklog{10000};
    std::shared_ptr<ChunkThawer> thawer;
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

QString displayNameFrom(const QJsonObject &traits) {
    for (const char *key : {"name", "fullName", "full_name"}) {
        const QString v = traits.value(QLatin1String(key)).toString().trimmed();
        if (!v.isEmpty())
            return v;
    }
    const QString first = traits.value(QStringLiteral("firstName"))
                              .toString(traits.value(QStringLiteral("first_name")).toString());
    const QString last = traits.value(QStringLiteral("lastName"))
                             .toString(traits.value(QStringLiteral("last_name")).toString());
    const QString full = first.trimmed() + u' ' + last.trimmed();
    return full.trimmed();
}

// The traits an event carries for its profile: identify traits and context.traits.
QJsonObject traitsOf(const QJsonObject &payload) {
    QJsonObject traits =
        payload.value(QStringLiteral("context")).toObject().value(QStringLiteral("traits")).toObject();
    const QJsonObject own = payload.value(QStringLiteral("traits")).toObject();
    for (auto it = own.begin(); it != own.end(); ++it)
        traits.insert(it.key(), it.value());
    return traits;
}

// An event with what can be worked out before the write job: its payload as stored, its traits and
// identifiers. Done on the submitting thread, so the single writer thread only does what needs the
// database.
struct PreparedEvent {
    Event event;
    QByteArray payloadJson;
    QJsonObject traits;
    IdentityKeys keys;

    static PreparedEvent from(Event event) {
        PreparedEvent prepared;
        prepared.traits = traitsOf(event.payload);
        prepared.keys = IdentityKeys::fromPayload(event.payload);
        prepared.keys.displayName = displayNameFrom(prepared.traits);
        prepared.payloadJson = event.payloadJson.isEmpty() ? json::compact(event.payload) : event.payloadJson;
        event.payloadJson.clear(); // the rules may change the payload; PreparedEvent owns the text
        prepared.event = std::move(event);
        return prepared;
    }
};

constexpr const char *kFindDuplicate = "SELECT id FROM events WHERE source_id = ? AND message_id = ?";

class IngestJob {
public:
    IngestJob(WriteContext &context, const QString &region, EventStoredHook hook)
        : m_context(context)
        , m_sql(*context.sqlite)
        , m_profiles(context.db, m_sql)
        , m_resolver(m_profiles, region)
        , m_rules(context.db, m_sql, m_profiles)
        , m_segments(context.db, m_sql, m_resolver)
        , m_hook(std::move(hook)) {}

    void run(QList<PreparedEvent> &events, IngestReceipt &receipt) {
        receipt.eventIds.reserve(events.size());
        receipt.duplicates.reserve(events.size());
        for (PreparedEvent &prepared : events) {
            Event &event = prepared.event;
            bool duplicate = false;
            const qint64 existing =
                m_sql.scalarInt(m_context.db, kFindDuplicate, &duplicate, event.sourceId, event.messageId);
            if (duplicate) {
                receipt.eventIds << existing;
                receipt.duplicates << true;
                ++receipt.duplicateCount;
                continue;
            }
            store(prepared, receipt, true);
            receipt.eventIds << event.id;
            receipt.duplicates << false;
            ++receipt.stored;
        }
    }

private:
    void store(PreparedEvent &prepared, IngestReceipt &receipt, bool applyRules) {
        Event &event = prepared.event;
        const qint64 now = m_context.clock->nowMs();
        const QJsonObject &traits = prepared.traits;
        // The display name goes in with the contact columns: one profile write per event.
        const IdentityResolver::Resolution who = m_resolver.resolve(prepared.keys, event.sourceId, now);
        event.profileId = who.profileId;
        if (who.profileId != 0 && !traits.isEmpty())
            m_profiles.setTraits(who.profileId, event.sourceId, traits, now);
        RuleEffects effects;
        if (applyRules)
            effects = m_rules.apply(event, who.profileId);
        if (who.profileId != 0 && !effects.traits.isEmpty())
            m_profiles.setTraits(who.profileId, event.sourceId, effects.traits, now);
        if (!effects.suppressed.isEmpty()) {
            QJsonObject context = event.payload.value(QStringLiteral("context")).toObject();
            QJsonObject sb = context.value(QStringLiteral("switchboard")).toObject();
            sb.insert(QStringLiteral("suppressed"), effects.suppressed);
            context.insert(QStringLiteral("switchboard"), sb);
            event.payload.insert(QStringLiteral("context"), context);
            prepared.payloadJson = json::compact(event.payload);
            ++receipt.suppressed;
        }
        Statement &insert =
            m_sql.prepare(m_context.db, "INSERT INTO events(message_id, source_id, type, name, profile_id, "
                                        "occurred_at, received_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, event.messageId).bind(2, event.sourceId).bind(3, event.type);
        if (!event.name.isEmpty())
            insert.bind(4, event.name);
        if (event.profileId)
            insert.bind(5, event.profileId);
        insert.bind(6, event.occurredAt.toMSecsSinceEpoch()).bind(7, event.receivedAt.toMSecsSinceEpoch());
        insert.bind(8, prepared.payloadJson);
        insert.run();
        event.id = insert.lastInsertId();

        for (const IdentityKeys &person : std::as_const(effects.mentionedPeople))
            m_resolver.resolve(person, event.sourceId, now);
        if (SegmentSync::handles(event))
            m_segments.apply(event, now);

        if (m_hook && effects.suppressed.isEmpty()) {
            const qint64 profileId = event.profileId;
            m_hook(m_context, event,
                   [this, profileId] { return profileId ? m_profiles.load(profileId) : Profile(); });
        }

        for (const DerivedEvent &d : std::as_const(effects.derived)) {
            Event derived;
            derived.sourceId = event.sourceId;
            derived.sourceKind = event.sourceKind;
            derived.type = QStringLiteral("track");
            derived.name = d.name;
            derived.messageId = event.messageId + u':' + d.messageSuffix;
            derived.occurredAt = event.occurredAt;
            derived.receivedAt = event.receivedAt;
            QJsonObject payload{{QStringLiteral("type"), derived.type},
                                {QStringLiteral("event"), d.name},
                                {QStringLiteral("messageId"), derived.messageId},
                                {QStringLiteral("timestamp"), derived.occurredAt.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("properties"), d.properties}};
            for (const char *key : {"userId", "anonymousId"})
                if (event.payload.contains(QLatin1String(key)))
                    payload.insert(QLatin1String(key), event.payload.value(QLatin1String(key)));
            QJsonObject context = event.payload.value(QStringLiteral("context")).toObject();
            context.insert(
                QStringLiteral("switchboard"),
                QJsonObject{{QStringLiteral("derivedFrom"), event.id},
                            {QStringLiteral("rule"), QStringLiteral("%1 from %2").arg(d.name, event.name)}});
            payload.insert(QStringLiteral("context"), context);
            derived.payload = payload;
            bool duplicate = false;
            m_sql.scalarInt(m_context.db, kFindDuplicate, &duplicate, derived.sourceId, derived.messageId);
            if (duplicate)
                continue;
            PreparedEvent preparedDerived = PreparedEvent::from(std::move(derived));
            store(preparedDerived, receipt, false);
            ++receipt.derived;
        }
    }

    WriteContext &m_context;
    StatementCache &m_sql;
    ProfileStore m_profiles;
    IdentityResolver m_resolver;
    RealtimeRules m_rules;
    SegmentSync m_segments;
    EventStoredHook m_hook;
};

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

// Decodes events [from, from + count) of a log row and prepares them.
QList<PreparedEvent> decodePrepared(const QByteArray &encoded, int from, int count, QString *error) {
    Result<QList<Event>> decoded = AcceptLog::decode(encoded, from, count);
    if (!decoded) {
        *error = decoded.error();
        return {};
    }
    QList<PreparedEvent> prepared;
    prepared.reserve(decoded.value().size());
    for (Event &event : decoded.value())
        prepared.append(PreparedEvent::from(std::move(event)));
    return prepared;
}

// A spilled chunk's events, decoded and prepared ahead of the writer on the thread pool, so the one
// writer only runs SQL for them too. Whoever starts first does the work: the writer waits only for a
// decode already running, never for one still queued behind other pool work.
class SpilledChunk {
public:
    SpilledChunk(QByteArray encoded, int from, int count)
        : m_encoded(std::move(encoded))
        , m_from(from)
        , m_count(count) {}
    int count() const { return m_count; }

    // For the thawer: false if the writer has taken the chunk already.
    bool markQueued() {
        QMutexLocker lock(&m_mutex);
        if (m_state != State::Waiting)
            return false;
        m_state = State::Queued;
        return true;
    }
    // Pool thread.
    void thaw() {
        QByteArray encoded;
        {
            QMutexLocker lock(&m_mutex);
            if (m_state != State::Queued)
                return;
            m_state = State::Thawing;
            encoded = m_encoded;
        }
        QString error;
        QList<PreparedEvent> events = decodePrepared(encoded, m_from, m_count, &error);
        QMutexLocker lock(&m_mutex);
        m_events = std::move(events);
        m_error = error;
        m_state = State::Thawed;
        m_done.wakeAll();
    }
    // Writer thread: the events (decoded here unless a pool thread did or is doing it). `wasAhead`:
    // the thawer counted this chunk.
    QList<PreparedEvent> take(QString *error, bool *wasAhead) {
        QMutexLocker lock(&m_mutex);
        *wasAhead = m_state != State::Waiting;
        while (m_state == State::Thawing)
            m_done.wait(&m_mutex);
        const bool thawed = m_state == State::Thawed;
        m_state = State::Taken;
        const QByteArray encoded = std::exchange(m_encoded, {});
        if (thawed) {
            *error = m_error;
            return std::exchange(m_events, {});
        }
        lock.unlock();
        return decodePrepared(encoded, m_from, m_count, error);
    }

private:
    enum class State { Waiting, Queued, Thawing, Thawed, Taken };
    QMutex m_mutex;
    QWaitCondition m_done;
    State m_state = State::Waiting;
    QByteArray m_encoded;
    const int m_from;
    const int m_count;
    QList<PreparedEvent> m_events;
    QString m_error;
};

// Keeps up to kAhead spilled events decoded ahead of the writer, in storing order, so memory stays
// bounded while the writer finds its chunks ready.
class ChunkThawer : public std::enable_shared_from_this<ChunkThawer> {
public:
    static constexpr int kAhead = 1024;

    void add(std::shared_ptr<SpilledChunk> chunk) {
        {
            QMutexLocker lock(&m_mutex);
            m_waiting.push_back(std::move(chunk));
        }
        fill();
    }
    // The writer took a chunk: make room for the next ones.
    void taken(const SpilledChunk &chunk, bool wasAhead) {
        if (wasAhead) {
            QMutexLocker lock(&m_mutex);
            m_ahead -= chunk.count();
        }
        fill();
    }

private:
    void fill() {
        QMutexLocker lock(&m_mutex);
        while (!m_waiting.empty() && m_ahead < kAhead) {
            std::shared_ptr<SpilledChunk> chunk = std::move(m_waiting.front());
            m_waiting.pop_front();
            if (!chunk->markQueued())
                continue; // the writer got there first
            m_ahead += chunk->count();
            QThreadPool::globalInstance()->start([chunk] { chunk->thaw(); });
        }
    }

    QMutex m_mutex;
    std::deque<std::shared_ptr<SpilledChunk>> m_waiting;
    int m_ahead = 0;
};

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
        IngestJob job(context, region, std::move(hook));
        job.run(events, part);
        if (last && batch.logId && batch.failure.isEmpty())
            AcceptLog::remove(context, batch.logId);
        sql.exec(context.db, "RELEASE storing");
        addReceipt(batch.receipt, part);
    } catch (const std::exception &e) {
        const QString reason = QString::fromUtf8(e.what());
        sql.resetAll();
        sql.exec(context.db, "ROLLBACK TO storing");
        sql.exec(context.db, "RELEASE storing");
        batch.failure = reason;
        if (batch.logId)
            AcceptLog::markFailed(context, batch.logId, reason);
        qWarning("switchboard: accepted events could not be stored: %s", qPrintable(reason));
    }
    batch.storedIn[chunk] = context.transaction;
    events.clear(); // the memory goes back now, not when the futures are dropped
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
                 QVariant receipt = storeChunk(context, *batch, chunk, *part, frozen.get(), *shared->thawer,
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
        shared->thawer->add(std::move(chunk));
    return jobs;
}

} // namespace

IngestService::IngestService(Workspace *workspace)
    : m_workspace(workspace)
    , m_shared(std::make_shared<Shared>()) {
    m_shared->thawer = std::make_shared<ChunkThawer>();
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
            IngestJob job(context, shared->currentRegion(), shared->currentHook());
            job.run(events, receipt);
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
        QList<QFuture<WriteResult>> futures;
        for (Writer::BackgroundJob &job : storeJobs(batch, {}, m_shared))
            futures << m_workspace->writer()->submitBackground(std::move(job.job), job.weight);
        m_shared->track(futures);
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
