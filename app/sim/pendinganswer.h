#pragma once

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include "simexchange.h"

namespace sb {

// A responder that may outlive the moment its request arrived (late answers, held requests, resets).
// QHttpServerResponder keeps a plain socket pointer, so the socket is tracked here as well and
// nothing is written once the client has gone.
class PendingAnswer {
public:
    explicit PendingAnswer(QHttpServerResponder &&responder);

    bool isConnected() const;
    void write(const SimReply &reply);
    // Closes the connection without an answer.
    void abort();

private:
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
};

} // namespace sb
