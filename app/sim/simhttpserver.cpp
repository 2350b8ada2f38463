#include "simhttpserver.h"

#include <QTcpSocket>

namespace sb {

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler)) {}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    m_handler(request, makeResponder(request, socket));
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    // Unreachable: handleRequest takes every request. Answer 404 rather than leave the client waiting.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace sb
