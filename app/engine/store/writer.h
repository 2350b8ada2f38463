#pragma once

#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QThread>
#include <QVariant>
#include <QWaitCondition>
#include <deque>
#include <functional>
#include <memory>

namespace sb {

class Clock;
class IdentityCache;
class StatementCache;

// What a write job sees: the writer's connection, the clock, and a place to queue work that must
// only happen once the job's data is durable (waking delivery workers, answering an HTTP client).
struct WriteContext {
    QSqlDatabase db;
    Clock *clock = nullptr;
    std::vector<std::function<void()>> afterCommit;
    // Statements of this connection prepared once and reused by every job, run through SQLite's C API
    // (hot paths: ingest, outbox rows, claims): see StatementCache.
    StatementCache *sqlite = nullptr;
    // Counts transactions: jobs that ran under the same number commit or fail together.
    quint64 transaction = 0;
    // What the rows of one job share, by key: after-commit work queued once for many rows (a delivery
    // worker's wake-up, the deliveries handed to a worker).
    QHash<QString, std::shared_ptr<void>> jobShared;
    // The connection's memo of identity -> profile (see IdentityCache); the writer commits and rolls it
    // back with the transaction. Null outside the writer.
    IdentityCache *identities = nullptr;

    // Undoes the work since SAVEPOINT `savepoint` and ends it: open statements are reset first, and what
    // the identity cache learned in this transaction is forgotten (its rows may be gone).
    void rollBackTo(const char *savepoint);
};

struct WriteResult {
    bool ok = false;
    QString error;
    QVariant value;
};

using WriteJob = std::function<QVariant(WriteContext &)>;

// The only thread that writes to the workspace database. Jobs submitted from any thread are grouped
// into one transaction (group commit); each job runs inside its own savepoint, so a failing job is
// rolled back alone and its neighbours still commit. A job fails by throwing sql::Error.
//
// Background jobs (ingest's routing of accepted events) carry a weight, their number of events. They
// run first in a transaction, within a budget: when the writer was idle they ride along in full (a
// quiet engine answers after everything is done); while a backlog lasts each transaction takes a
// small share first. The transaction then stays open while there is work, up to kFillMs: normal jobs
// that arrive join it, background work fills the rest, and it commits early once a prompt job (one
// an outside caller waits on, such as accepting a batch) has waited kNormalWaitMs.
class Writer : public QThread {
    Q_OBJECT
public:
    Writer(QString databasePath, QString connectionName, Clock *clock, QObject *parent = nullptr);
    ~Writer() override;

    // Queues a job; the future finishes after the transaction holding the job has committed.
    QFuture<WriteResult> submit(WriteJob job);
    // The same for a job whose caller can wait for a full transaction (kFillMs) rather than the prompt
    // commit of kNormalWaitMs: nobody outside waits on it (a delivery worker's claims and outcomes).
    QFuture<WriteResult> submitRelaxed(WriteJob job);
    // A background job and its weight (see above).
    struct BackgroundJob {
        WriteJob job;
        int weight = 1;
    };
    // Queues background jobs, in order.
    QList<QFuture<WriteResult>> submitBackground(std::vector<BackgroundJob> jobs);
    // Queues a normal job and background jobs under one lock, so an idle writer sees them together:
    // the background jobs then run in the normal job's transaction, just before it.
    struct GroupFutures {
        QFuture<WriteResult> normal;
        QList<QFuture<WriteResult>> background;
    };
    GroupFutures submitWithBackground(WriteJob normal, std::vector<BackgroundJob> background);
    // Convenience for command-line tools and tests: submit and wait.
    WriteResult run(WriteJob job);

    // Jobs queued but not yet committed; ingest answers 429 above a configured backlog.
    int pendingJobs() const;
    // Summed weight of the background jobs not yet committed.
    qint64 pendingBackgroundWeight() const;
    // Stops after draining the queue. Called by the destructor too.
    void shutdown();
    // Empty until the connection opened; then the reason it failed, if it did.
    QString openError() const;

    // Largest number of jobs folded into one transaction.
    static constexpr int kMaxJobsPerTransaction = 512;
    // Background weight a transaction takes before anything else: after an idle wait everything (a
    // quiet engine answers after all is stored); otherwise a small share, so normal jobs wait for a
    // few milliseconds of background work at most. The fill below does the rest.
    static constexpr qint64 kIdleBackgroundWeight = 5000;
    static constexpr qint64 kBusyBackgroundWeight = 32;
    // A transaction stays open while there is work, until it is this old: normal jobs that arrive
    // meanwhile join it (they wait for its commit, at most this long), background work fills the rest.
    // A commit writes every page it dirtied to the WAL, and storing dirties pages all over the indexes
    // keyed by profile, so fewer, larger commits store faster (bench_delivery end to end: 9 k/s with
    // 32-event transactions, 13-15 k/s filled to 20-50 ms).
    static constexpr qint64 kFillMs = 25;
    // ...but not once a prompt job in it has waited this long: its caller (an HTTP client waiting for
    // its events to be durable) gets the commit soon (bench_ingest accepts 64-67 k/s with 4 ms, 44-58 k/s
    // with 8 ms).
    static constexpr qint64 kNormalWaitMs = 4;

signals:
    // Emitted from the writer thread after every commit, with the number of jobs it held.
    void committed(int jobCount);

protected:
    void run() override;

private:
    struct Pending {
        WriteJob job;
        std::shared_ptr<QPromise<WriteResult>> promise;
        qint64 weight = 0;
        qint64 queuedAtNs = 0; // steady clock
        bool prompt = false;   // a normal job its caller waits on (see kNormalWaitMs)
    };
    QFuture<WriteResult> submitNormal(WriteJob job, bool prompt);
    Pending makePending(WriteJob job, qint64 weight, QFuture<WriteResult> *future);
    bool refuseLocked(Pending &pending);
    std::vector<Pending> makeBackground(std::vector<BackgroundJob> jobs,
                                        QList<QFuture<WriteResult>> *futures);
    void queueBackgroundLocked(std::vector<Pending> &pending);
    std::vector<Pending> takeBatchLocked(qint64 backgroundBudget);
    void commitBatch(QSqlDatabase &db, StatementCache &cache, IdentityCache &identities,
                     std::vector<Pending> &batch);

    const QString m_databasePath;
    const QString m_connectionName;
    Clock *const m_clock;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_opened;
    std::deque<Pending> m_queue;
    std::deque<Pending> m_background;
    qint64 m_backgroundWeight = 0;
    quint64 m_transactions = 0;
    qint64 m_dataVersion = -1; // SQLite's data_version when the last transaction began
    bool m_stopping = false;
    bool m_ready = false;
    QString m_openError;
};

} // namespace sb
