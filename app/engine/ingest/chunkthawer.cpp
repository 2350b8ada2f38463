#include "chunkthawer.h"

#include <QThreadPool>

#include "acceptlog.h"

namespace sb {

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

SpilledChunk::SpilledChunk(QByteArray encoded, int from, int count)
    : m_encoded(std::move(encoded))
    , m_from(from)
    , m_count(count) {}

bool SpilledChunk::markQueued() {
    QMutexLocker lock(&m_mutex);
    if (m_state != State::Waiting)
        return false;
    m_state = State::Queued;
    return true;
}

void SpilledChunk::thaw() {
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

QList<PreparedEvent> SpilledChunk::take(QString *error, bool *wasAhead) {
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

void ChunkThawer::add(std::shared_ptr<SpilledChunk> chunk) {
    {
        QMutexLocker lock(&m_mutex);
        m_waiting.push_back(std::move(chunk));
    }
    fill();
}

void ChunkThawer::taken(const SpilledChunk &chunk, bool wasAhead) {
    if (wasAhead) {
        QMutexLocker lock(&m_mutex);
        m_ahead -= chunk.count();
    }
    fill();
}

void ChunkThawer::fill() {
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

} // namespace sb
