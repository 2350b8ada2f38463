#include "writer.h"

#include <QPromise>
#include <QSemaphore>

#include "core/clock.h"
#include "database.h"
#include "sql.h"
#include "statementcache.h"

namespace sb {

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

QFuture<WriteResult> Writer::submit(WriteJob job) {
    auto promise = std::make_shared<QPromise<WriteResult>>();
    QFuture<WriteResult> future = promise->future();
    promise->start();
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopping || !m_openError.isEmpty()) {
            promise->addResult(WriteResult{
                false, m_openError.isEmpty() ? QStringLiteral("the writer has stopped") : m_openError, {}});
            promise->finish();
            return future;
        }
        m_queue.push_back({std::move(job), promise});
    }
    m_wake.wakeOne();
    return future;
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

    StatementCache cache;
    for (;;) {
        std::vector<Pending> batch;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_queue.empty() && m_stopping)
                break;
            while (!m_queue.empty() && int(batch.size()) < kMaxJobsPerTransaction) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        commitBatch(db, cache, batch);
    }
    cache.clear(); // before the connection closes
    db = QSqlDatabase();
    Database::close(m_connectionName);
}

void Writer::commitBatch(QSqlDatabase &db, StatementCache &cache, std::vector<Pending> &batch) {
    std::vector<WriteResult> results(batch.size());
    std::vector<std::function<void()>> afterCommit;
    bool committed = false;
    QString batchError;
    try {
        sql::exec(db, QStringLiteral("BEGIN IMMEDIATE"));
        for (size_t i = 0; i < batch.size(); ++i) {
            WriteContext context{db, m_clock, {}, &cache};
            cache.exec(db, "SAVEPOINT job");
            try {
                results[i].value = batch[i].job(context);
                results[i].ok = true;
                cache.exec(db, "RELEASE job");
                for (auto &callback : context.afterCommit)
                    afterCommit.push_back(std::move(callback));
            } catch (const sql::Error &e) {
                results[i].error = e.message();
                cache.resetAll();
                sql::exec(db, QStringLiteral("ROLLBACK TO job"));
                sql::exec(db, QStringLiteral("RELEASE job"));
            } catch (const std::exception &e) {
                results[i].error = QString::fromUtf8(e.what());
                cache.resetAll();
                sql::exec(db, QStringLiteral("ROLLBACK TO job"));
                sql::exec(db, QStringLiteral("RELEASE job"));
            }
        }
        cache.resetAll();
        sql::exec(db, QStringLiteral("COMMIT"));
        committed = true;
    } catch (const sql::Error &e) {
        batchError = e.message();
        cache.resetAll();
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
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
