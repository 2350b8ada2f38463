#include "writer.h"

#include <QElapsedTimer>
#include <QPromise>
#include <QSemaphore>
#include <chrono>

#include "checkpointer.h"
#include "core/clock.h"
#include "database.h"
#include "identitycache.h"
#include "sql.h"
#include "statementcache.h"

namespace sb {

namespace {
qint64 steadyNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

void WriteContext::rollBackTo(const char *savepoint) {
    sqlite->resetAll();
    if (identities)
        identities->rolledBack();
    sql::exec(db, QStringLiteral("ROLLBACK TO %1").arg(QLatin1String(savepoint)));
    sql::exec(db, QStringLiteral("RELEASE %1").arg(QLatin1String(savepoint)));
}

Writer::Writer(QString databasePath, QString connectionName, Clock *clock, QObject *parent)
    : QThread(parent)
    , m_databasePath(std::move(databasePath))
    , m_connectionName(std::move(connectionName))
    , m_clock(clock) {
    setObjectName(QStringLiteral("sb-writer"));
    start();
    QMutexLocker lock(&m_mutex);
    while (!m_ready)
        m_opened.wait(&m_mutex);
}

Writer::~Writer() {
    shutdown();
}

QString Writer::openError() const {
    QMutexLocker lock(&m_mutex);
    return m_openError;
}

Writer::Pending Writer::makePending(WriteJob job, qint64 weight, QFuture<WriteResult> *future) {
    auto promise = std::make_shared<QPromise<WriteResult>>();
    *future = promise->future();
    promise->start();
    return Pending{std::move(job), std::move(promise), weight, steadyNs()};
}

// Answers the job at once when the writer cannot take it. Called with m_mutex held.
bool Writer::refuseLocked(Pending &pending) {
    if (!m_stopping && m_openError.isEmpty())
        return false;
    pending.promise->addResult(WriteResult{
        false, m_openError.isEmpty() ? QStringLiteral("the writer has stopped") : m_openError, {}});
    pending.promise->finish();
    return true;
}

QFuture<WriteResult> Writer::submit(WriteJob job) {
    return submitNormal(std::move(job), true);
}

QFuture<WriteResult> Writer::submitRelaxed(WriteJob job) {
    return submitNormal(std::move(job), false);
}

QFuture<WriteResult> Writer::submitNormal(WriteJob job, bool prompt) {
    QFuture<WriteResult> future;
    Pending pending = makePending(std::move(job), 0, &future);
    pending.prompt = prompt;
    {
        QMutexLocker lock(&m_mutex);
        if (refuseLocked(pending))
            return future;
        m_queue.push_back(std::move(pending));
    }
    m_wake.wakeOne();
    return future;
}

std::vector<Writer::Pending> Writer::makeBackground(std::vector<BackgroundJob> jobs,
                                                    QList<QFuture<WriteResult>> *futures) {
    std::vector<Pending> pending;
    pending.reserve(jobs.size());
    for (BackgroundJob &b : jobs) {
        QFuture<WriteResult> future;
        pending.push_back(makePending(std::move(b.job), std::max(1, b.weight), &future));
        futures->append(future);
    }
    return pending;
}

// Refuses them all if the writer cannot take them. Called with m_mutex held.
void Writer::queueBackgroundLocked(std::vector<Pending> &pending) {
    for (Pending &p : pending) {
        if (refuseLocked(p))
            continue;
        m_backgroundWeight += p.weight;
        m_background.push_back(std::move(p));
    }
}

QList<QFuture<WriteResult>> Writer::submitBackground(std::vector<BackgroundJob> jobs) {
    QList<QFuture<WriteResult>> futures;
    std::vector<Pending> pending = makeBackground(std::move(jobs), &futures);
    {
        QMutexLocker lock(&m_mutex);
        queueBackgroundLocked(pending);
    }
    m_wake.wakeOne();
    return futures;
}

Writer::GroupFutures Writer::submitWithBackground(WriteJob normal, std::vector<BackgroundJob> background) {
    GroupFutures futures;
    Pending first = makePending(std::move(normal), 0, &futures.normal);
    first.prompt = true;
    std::vector<Pending> rest = makeBackground(std::move(background), &futures.background);
    {
        QMutexLocker lock(&m_mutex);
        if (!refuseLocked(first))
            m_queue.push_back(std::move(first));
        queueBackgroundLocked(rest);
    }
    m_wake.wakeOne();
    return futures;
}

WriteResult Writer::run(WriteJob job) {
    // The caller of this synchronous form also waits for the job's after-commit work (a saved
    // mapping is then visible to every router): a last callback of its own signals that it ran.
    auto settled = std::make_shared<QSemaphore>();
    QFuture<WriteResult> future = submit([job = std::move(job), settled](WriteContext &context) {
        QVariant value = job(context);
        context.afterCommit.push_back([settled] { settled->release(); });
        return value;
    });
    future.waitForFinished();
    const WriteResult result = future.result();
    if (result.ok)
        settled->acquire();
    return result;
}

int Writer::pendingJobs() const {
    QMutexLocker lock(&m_mutex);
    return int(m_queue.size());
}

qint64 Writer::pendingBackgroundWeight() const {
    QMutexLocker lock(&m_mutex);
    return m_backgroundWeight;
}

// Background jobs first (so a normal job sees what its background partner did in the same
// transaction), then the normal jobs. Called with m_mutex held.
std::vector<Writer::Pending> Writer::takeBatchLocked(qint64 budget) {
    std::vector<Pending> batch;
    qint64 taken = 0;
    while (!m_background.empty() && taken < budget && int(batch.size()) < kMaxJobsPerTransaction) {
        taken += m_background.front().weight;
        batch.push_back(std::move(m_background.front()));
        m_background.pop_front();
    }
    // Their weight stays counted until they commit: ingest's backlog must not dip while they run.
    while (!m_queue.empty() && int(batch.size()) < kMaxJobsPerTransaction) {
        batch.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    return batch;
}

void Writer::shutdown() {
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
    }
    m_wake.wakeAll();
    wait();
}

void Writer::run() {
    QSqlDatabase db;
    {
        Result<QSqlDatabase> opened =
            Database::open(m_databasePath, m_connectionName, Database::Access::ReadWrite);
        QMutexLocker lock(&m_mutex);
        if (opened)
            db = opened.take();
        else
            m_openError = opened.error();
        m_ready = true;
    }
    m_opened.wakeAll();
    if (!db.isValid())
        return;
    // The schema declares its references, but this connection (the only one that writes) does not have
    // SQLite check them on every row: the checks were half the cost of storing a delivery (four parent
    // lookups) and a fifth of storing an event. The engine keeps them itself: events and profiles are
    // never deleted, a destination or mapping with deliveries cannot be removed, and removing one
    // deletes its children explicitly. Database::foreignKeyViolations checks that in the tests.
    sql::exec(db, QStringLiteral("PRAGMA foreign_keys = OFF"));

    // Checkpoints run beside the writer, not inside its commits.
    Checkpointer checkpointer(m_databasePath);
    checkpointer.start();
    checkpointer.watch(StatementCache::handleOf(db));

    StatementCache cache;
    IdentityCache identities;
    for (;;) {
        std::vector<Pending> batch;
        {
            QMutexLocker lock(&m_mutex);
            bool wasIdle = false;
            while (m_queue.empty() && m_background.empty() && !m_stopping) {
                wasIdle = true;
                m_wake.wait(&m_mutex);
            }
            if (m_queue.empty() && m_background.empty() && m_stopping)
                break;
            // Past the budget, commitBatch fills the transaction while nobody waits on it.
            batch = takeBatchLocked(wasIdle ? kIdleBackgroundWeight : kBusyBackgroundWeight);
        }
        commitBatch(db, cache, identities, batch);
    }
    cache.clear(); // before the connection closes
    checkpointer.stop();
    db = QSqlDatabase();
    Database::close(m_connectionName);
}

void Writer::commitBatch(QSqlDatabase &db, StatementCache &cache, IdentityCache &identities,
                         std::vector<Pending> &batch) {
    std::vector<WriteResult> results;
    std::vector<std::function<void()>> afterCommit;
    bool committed = false;
    QString batchError;
    const quint64 transaction = ++m_transactions;
    auto runJob = [&](Pending &pending) {
        WriteResult &result = results.emplace_back();
        WriteContext context{db, m_clock, {}, &cache, transaction, {}, &identities};
        cache.exec(db, "SAVEPOINT job");
        try {
            result.value = pending.job(context);
            result.ok = true;
            cache.exec(db, "RELEASE job");
            for (auto &callback : context.afterCommit)
                afterCommit.push_back(std::move(callback));
        } catch (const sql::Error &e) {
            result.error = e.message();
            context.rollBackTo("job");
        } catch (const std::exception &e) {
            result.error = QString::fromUtf8(e.what());
            context.rollBackTo("job");
        }
    };
    try {
        QElapsedTimer open;
        open.start();
        sql::exec(db, QStringLiteral("BEGIN IMMEDIATE"));
        // Another connection (switchboard-ctl, a second engine) committed since: what the identity
        // cache knows may have moved.
        bool found = false;
        const qint64 dataVersion = cache.scalarInt(db, "PRAGMA data_version", &found);
        if (dataVersion != m_dataVersion) {
            identities.clear();
            m_dataVersion = dataVersion;
        }
        results.reserve(batch.size());
        for (Pending &pending : batch)
            runJob(pending);
        // Normal jobs that arrive join, and background work fills the transaction while it is young
        // (kFillMs) and no prompt job in it has waited kNormalWaitMs (oldestPromptNs: the longest).
        qint64 oldestPromptNs = 0;
        auto notePrompt = [&oldestPromptNs](const Pending &pending) {
            if (pending.prompt && (oldestPromptNs == 0 || pending.queuedAtNs < oldestPromptNs))
                oldestPromptNs = pending.queuedAtNs;
        };
        for (const Pending &pending : batch)
            notePrompt(pending);
        while (open.elapsed() < kFillMs && int(batch.size()) < kMaxJobsPerTransaction
               && (oldestPromptNs == 0 || steadyNs() - oldestPromptNs < kNormalWaitMs * 1'000'000)) {
            const size_t first = batch.size();
            {
                QMutexLocker lock(&m_mutex);
                while (!m_queue.empty() && int(batch.size()) < kMaxJobsPerTransaction) {
                    notePrompt(m_queue.front());
                    batch.push_back(std::move(m_queue.front()));
                    m_queue.pop_front();
                }
                if (batch.size() == first) {
                    if (m_background.empty())
                        break;
                    batch.push_back(std::move(m_background.front()));
                    m_background.pop_front();
                }
            }
            for (size_t i = first; i < batch.size(); ++i)
                runJob(batch[i]);
        }
        cache.resetAll();
        sql::exec(db, QStringLiteral("COMMIT"));
        committed = true;
        identities.committed();
    } catch (const sql::Error &e) {
        batchError = e.message();
        cache.resetAll();
        identities.rolledBack();
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
    results.resize(batch.size());

    qint64 backgroundWeight = 0;
    for (const Pending &pending : batch)
        backgroundWeight += pending.weight;
    if (backgroundWeight > 0) {
        QMutexLocker lock(&m_mutex);
        m_backgroundWeight -= backgroundWeight;
    }
    // Futures complete first, then the after-commit work (answers to HTTP clients, worker wake-ups):
    // ingest's backlog accounting and the delivery workers' claim continuations rely on this order.
    for (size_t i = 0; i < batch.size(); ++i) {
        WriteResult result = committed
                                 ? std::move(results[i])
                                 : WriteResult{false, QStringLiteral("commit failed: ") + batchError, {}};
        batch[i].promise->addResult(std::move(result));
        batch[i].promise->finish();
    }
    if (committed) {
        for (auto &callback : afterCommit)
            callback();
        emit this->committed(int(batch.size()));
    }
}

} // namespace sb
