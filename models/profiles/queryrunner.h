#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QSqlDatabase>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "store/sql.h"
#include "store/workspace.h"

namespace sb {

template<typename T> struct QueryResult {
    T value{};
    QString error; // empty on success
};

// Runs read queries off the GUI thread: each job gets the pool thread's own reader connection and its
// result comes back on the owner's thread. Owning the pool means destroying the runner waits for jobs
// still running, so none outlives the model (or the workspace) it reads for.
class QueryRunner : public QObject {
public:
    QueryRunner(Workspace *workspace, int maxThreads, QObject *parent = nullptr)
        : QObject(parent)
        , m_workspace(workspace) {
        m_pool.setMaxThreadCount(maxThreads);
        // Threads (and so their open reader connections) live as long as the runner, and the first
        // connection opens now rather than inside the first query the user waits for.
        m_pool.setExpiryTimeout(-1);
        m_pool.start([workspace] { workspace->reader(); });
    }
    ~QueryRunner() override { m_pool.waitForDone(); }

    Workspace *workspace() const { return m_workspace; }

    // work: T(const QSqlDatabase &) on a pool thread, may throw sql::Error;
    // done: void(const QueryResult<T> &) on this object's thread.
    template<typename T, typename Work, typename Done> void run(Work work, Done done) {
        auto *watcher = new QFutureWatcher<QueryResult<T>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done] {
            done(watcher->result());
            watcher->deleteLater();
        });
        Workspace *workspace = m_workspace;
        watcher->setFuture(QtConcurrent::run(&m_pool, [workspace, work]() {
            QueryResult<T> result;
            try {
                const QSqlDatabase db = workspace->reader();
                if (!db.isOpen())
                    result.error = QStringLiteral("cannot open the workspace database for reading");
                else
                    result.value = work(db);
            } catch (const sql::Error &e) {
                result.error = e.message();
            }
            return result;
        }));
    }

private:
    Workspace *m_workspace;
    QThreadPool m_pool;
};

} // namespace sb
