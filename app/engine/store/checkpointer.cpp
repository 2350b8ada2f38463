#include "checkpointer.h"

#include <sqlite3.h>

namespace sb {

Checkpointer::Checkpointer(QString databasePath)
    : m_databasePath(std::move(databasePath)) {
    setObjectName(QStringLiteral("sb-checkpoint"));
}

Checkpointer::~Checkpointer() {
    stop();
}

void Checkpointer::watch(sqlite3 *writerConnection) {
    sqlite3_stmt *timeout = nullptr;
    if (sqlite3_prepare_v2(writerConnection, "PRAGMA busy_timeout", -1, &timeout, nullptr) == SQLITE_OK
        && sqlite3_step(timeout) == SQLITE_ROW)
        m_writerBusyTimeoutMs = sqlite3_column_int(timeout, 0);
    sqlite3_finalize(timeout);
    sqlite3_wal_hook(writerConnection, &Checkpointer::onCommit, this);
}

int Checkpointer::onCommit(void *self, sqlite3 *connection, const char *database, int walPages) {
    Q_UNUSED(database);
    auto *checkpointer = static_cast<Checkpointer *>(self);
    if (walPages >= kPagesBeforeRestart) {
        // Called after the commit released the write lock; a reader that stays past the wait leaves
        // the WAL as it is, and the next commit tries again.
        sqlite3_busy_timeout(connection, kRestartWaitMs);
        sqlite3_wal_checkpoint_v2(connection, nullptr, SQLITE_CHECKPOINT_RESTART, nullptr, nullptr);
        sqlite3_busy_timeout(connection, checkpointer->m_writerBusyTimeoutMs);
        checkpointer->m_pagesAtRequest = 0;
    } else if (walPages >= kPagesBeforeCheckpoint) {
        // Not after every commit: pages a commit writes again (the tables' and indexes' last leaves,
        // their parents) are copied once per interval instead of once per commit.
        if (walPages < checkpointer->m_pagesAtRequest)
            checkpointer->m_pagesAtRequest = 0; // the WAL started over
        if (checkpointer->m_pagesAtRequest == 0
            || walPages - checkpointer->m_pagesAtRequest >= kPagesBetweenCheckpoints) {
            checkpointer->m_pagesAtRequest = walPages;
            checkpointer->request();
        }
    }
    return SQLITE_OK;
}

void Checkpointer::request() {
    {
        QMutexLocker lock(&m_mutex);
        if (m_requested)
            return;
        m_requested = true;
    }
    m_wake.wakeOne();
}

void Checkpointer::stop() {
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
    }
    m_wake.wakeOne();
    wait();
}

void Checkpointer::checkpoint(sqlite3 *connection) {
    const int rc =
        sqlite3_wal_checkpoint_v2(connection, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        qWarning("switchboard: checkpoint of %s failed: %s", qPrintable(m_databasePath),
                 sqlite3_errmsg(connection));
}

void Checkpointer::run() {
    sqlite3 *connection = nullptr;
    // A plain connection of its own: it only checkpoints (no schema, no statements of the engine).
    if (sqlite3_open_v2(m_databasePath.toUtf8().constData(), &connection, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        qWarning("switchboard: cannot open %s to checkpoint: %s", qPrintable(m_databasePath),
                 connection ? sqlite3_errmsg(connection) : "out of memory");
        sqlite3_close(connection);
        return;
    }
    sqlite3_busy_timeout(connection, 1000);
    // A connection learns that the file is in WAL mode when it first reads it; until then a checkpoint
    // does nothing (and says so with -1 frames).
    sqlite3_exec(connection, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            while (!m_requested && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                break;
            m_requested = false;
        }
        checkpoint(connection);
    }
    sqlite3_close(connection);
}

} // namespace sb
