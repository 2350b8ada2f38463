#pragma once

#include <QMutex>
#include <QString>
#include <QThread>
#include <QWaitCondition>

struct sqlite3;

namespace sb {

// Copies the WAL back into the database file on a thread of its own, so the writer never waits for
// a checkpoint's page copies and fsyncs. The writer's connection reports its WAL size after every
// commit (SQLite's WAL hook, which replaces the built-in auto-checkpoint); past kPagesBeforeCheckpoint,
// and then every kPagesBetweenCheckpoints, this thread runs a PASSIVE checkpoint on its own connection,
// which never blocks the writer or the readers.
//
// PASSIVE checkpoints never start the WAL over while the writer keeps committing (a busy engine grew it
// to 250 MB in a 3 s burst, and every commit then wrote into new file pages the kernel had to allocate
// and zero). So past kPagesBeforeRestart the writer itself, right after a commit, runs a RESTART
// checkpoint: it copies what the PASSIVE runs have not (little) and waits up to kRestartWaitMs for
// readers to leave the WAL; the next commit then writes from the start of the file again. (Run from
// this thread, the RESTART lost the race for the write lock to a busy writer and seldom happened.)
// The writer's own checkpoint also keeps the WAL bounded should this thread fall behind.
class Checkpointer : public QThread {
public:
    static constexpr int kPagesBeforeCheckpoint = 1000; // SQLite's own auto-checkpoint threshold
    // Then again each time the WAL has grown this much. Checkpointing after every commit copied the
    // pages every commit rewrites (the last leaves of the tables and indexes) once per commit: the
    // checkpoint thread's CPU halved in the sustained benchmark (1.3-1.65 s -> 0.64 s for 200,000
    // events).
    static constexpr int kPagesBetweenCheckpoints = 2000;
    static constexpr int kPagesBeforeRestart = 8000; // 32 MB
    static constexpr int kRestartWaitMs = 50;

    explicit Checkpointer(QString databasePath);
    ~Checkpointer() override;

    // Installs the WAL hook on the writer's connection. Call on the writer thread.
    void watch(sqlite3 *writerConnection);
    // Stops the thread.
    void stop();

protected:
    void run() override;

private:
    static int onCommit(void *self, sqlite3 *connection, const char *database, int walPages);
    void request();
    void checkpoint(sqlite3 *connection);

    const QString m_databasePath;
    int m_writerBusyTimeoutMs = 0; // the writer connection's own, restored after a RESTART
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    int m_pagesAtRequest = 0; // WAL size at the last request (writer thread only)
};

} // namespace sb
