#pragma once

#include <QFuture>
#include <QMutex>
#include <QSqlDatabase>
#include <QThread>
#include <QVariant>
#include <QWaitCondition>
#include <deque>
#include <functional>

namespace sb {

class Clock;
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
class Writer : public QThread {
    Q_OBJECT
public:
    Writer(QString databasePath, QString connectionName, Clock *clock, QObject *parent = nullptr);
    ~Writer() override;

    // Queues a job; the future finishes after the transaction holding the job has committed.
    QFuture<WriteResult> submit(WriteJob job);
    // Convenience for command-line tools and tests: submit and wait.
    WriteResult run(WriteJob job);

    // Jobs queued but not yet committed; ingest answers 429 above a configured backlog.
    int pendingJobs() const;
    // Stops after draining the queue. Called by the destructor too.
    void shutdown();
    // Empty until the connection opened; then the reason it failed, if it did.
    QString openError() const;

    // Largest number of jobs folded into one transaction.
    static constexpr int kMaxJobsPerTransaction = 512;

signals:
    // Emitted from the writer thread after every commit, with the number of jobs it held.
    void committed(int jobCount);

protected:
    void run() override;

private:
    struct Pending {
        WriteJob job;
        std::shared_ptr<QPromise<WriteResult>> promise;
    };
    void commitBatch(QSqlDatabase &db, StatementCache &cache, std::vector<Pending> &batch);

    const QString m_databasePath;
    const QString m_connectionName;
    Clock *const m_clock;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_opened;
    std::deque<Pending> m_queue;
    bool m_stopping = false;
    bool m_ready = false;
    QString m_openError;
};

} // namespace sb
