#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>
#include <deque>
#include <memory>

#include "preparedevent.h"

namespace sb {

// Decodes events [from, from + count) of an accept-log row (AcceptLog::encode) and prepares them.
QList<PreparedEvent> decodePrepared(const QByteArray &encoded, int from, int count, QString *error);

// A spilled chunk's events, decoded and prepared ahead of the writer on the thread pool, so the one
// writer only runs SQL for them too. Whoever starts first does the work: the writer waits only for a
// decode already running, never for one still queued behind other pool work.
class SpilledChunk {
public:
    SpilledChunk(QByteArray encoded, int from, int count);
    int count() const { return m_count; }

    // For the thawer: false if the writer has taken the chunk already.
    bool markQueued();
    // Pool thread.
    void thaw();
    // Writer thread: the events (decoded here unless a pool thread did or is doing it). `wasAhead`:
    // the thawer counted this chunk.
    QList<PreparedEvent> take(QString *error, bool *wasAhead);

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
class ChunkThawer {
public:
    static constexpr int kAhead = 1024;

    void add(std::shared_ptr<SpilledChunk> chunk);
    // The writer took a chunk: make room for the next ones.
    void taken(const SpilledChunk &chunk, bool wasAhead);

private:
    void fill();

    QMutex m_mutex;
    std::deque<std::shared_ptr<SpilledChunk>> m_waiting;
    int m_ahead = 0;
};

} // namespace sb
