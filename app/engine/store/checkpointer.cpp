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
    sqlite3_wal_hook(writerConnection, &Checkpointer::onCommit, this);
}

int Checkpointer::onCommit(void *self, sqlite3 *connection, const char *database, int walPages) {
    Q_UNUSED(database);
    auto *checkpointer = static_cast<Checkpointer *>(self);
    if (walPages >= kPagesBeforeWriterCheckpoints)
        sqlite3_wal_checkpoint_v2(connection, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    else if (walPages >= kPagesBeforeCheckpoint)
        checkpointer->request(walPages);
    return SQLITE_OK;
}

void Checkpointer::request(int walPages) {
    {
        QMutexLocker lock(&m_mutex);
        m_walPages = walPages;
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

void Checkpointer::checkpoint(sqlite3 *connection, bool restart) {
    sqlite3_busy_timeout(connection, restart ? kRestartWaitMs : 1000);
    const int rc = sqlite3_wal_checkpoint_v2(connection, nullptr,
                                             restart ? SQLITE_CHECKPOINT_RESTART : SQLITE_CHECKPOINT_PASSIVE,
                                             nullptr, nullptr);
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
        bool restart = false;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_requested && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                break;
            m_requested = false;
            restart = m_walPages >= kPagesBeforeRestart;
        }
        checkpoint(connection, restart);
    }
    sqlite3_close(connection);
}

} // namespace sb
