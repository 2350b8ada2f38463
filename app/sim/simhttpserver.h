#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <functional>

namespace sb {

// A QAbstractHttpServer that hands every request, with its responder, to one handler. The simulator
// needs the responder itself (not a returned response) to answer late, never, or by closing the socket.
class SimHttpServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    using Handler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;

    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace sb
