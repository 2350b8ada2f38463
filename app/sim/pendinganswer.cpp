#include "pendinganswer.h"

namespace sb {

namespace {
// Header values must stay printable ASCII.
QByteArray headerSafe(const QString &text) {
    QByteArray out = text.toUtf8();
    for (char &c : out) {
        if (c < 0x20 || c > 0x7e)
            c = '?';
    }
    return out.left(300);
}
} // namespace

PendingAnswer::PendingAnswer(QHttpServerResponder &&responder)
    : m_responder(std::move(responder))
    , m_socket(m_responder.socket()) {}

bool PendingAnswer::isConnected() const {
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void PendingAnswer::write(const SimReply &reply) {
    if (!isConnected())
        return; // the client gave up while we waited
    m_responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    for (const auto &h : reply.headers)
        m_responder.writeHeader(h.first, h.second);
    if (!reply.verdict.isEmpty())
        m_responder.writeHeader("X-Sim-Verdict", headerSafe(reply.verdict));
    m_responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    m_responder.writeBody(reply.body);
}

void PendingAnswer::abort() {
    if (m_socket)
        m_socket->abort();
}

} // namespace sb
