#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>

#include "connectors/connector.h"
#include "core/model.h"
#include "core/result.h"
#include "mapping/mappingdefinition.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace sb {

// What came back from one request the console sent by hand. Secrets of the destination are masked
// in every text here.
struct DestinationResponse {
    bool reached = false; // an HTTP answer arrived (any status)
    int status = 0;
    QString reasonPhrase;
    QList<QPair<QString, QString>> headers;
    QString body;
    QString error;   // the network error when nothing came back
    QString verdict; // the connector's reading of the answer (test events, credential checks)
    bool accepted = false;
    bool credentialsChecked = false; // the request was the connector's credential check
    qint64 elapsedMs = 0;
    QString url; // masked
};

// Sends the requests an operator asks for from the console, asynchronously on the GUI thread's
// event loop: "test connection" (the connector's credential check, or a GET of the base URL when the
// API has none) and "send test event" (the exact request delivery would send for one rendered event,
// through the connector).
class DestinationRequest : public QObject {
    Q_OBJECT
public:
    explicit DestinationRequest(QObject *parent = nullptr);
    ~DestinationRequest() override;

    // The request "test connection" sends: the connector's credential check when it has one, else a GET
    // of the base URL (no credentials needed to see it answer).
    static HttpRequestSpec connectionProbe(const DestinationConfig &destination);
    // The request delivery would send for this event, or why there is none (skipped, bad mapping).
    static Result<HttpRequestSpec> testEvent(const DestinationConfig &destination,
                                             const MappingDefinition &mapping, const Event &event,
                                             const Profile &profile);

    // Starts a request; a running one is aborted. finished() follows.
    void testConnection(const DestinationConfig &destination);
    void sendTestEvent(const DestinationConfig &destination, const MappingDefinition &mapping,
                       const Event &event, const Profile &profile);
    bool isRunning() const { return !m_reply.isNull(); }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

signals:
    void finished(const sb::DestinationResponse &response);

private:
    // How to read the answer: as it is, through the connector as an event, or as a credential check.
    enum class Reading { Plain, Event, CredentialCheck };
    void send(const DestinationConfig &destination, const HttpRequestSpec &request, Reading reading);
    void onFinished(QNetworkReply *reply, const DestinationConfig &destination, Reading reading);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_timer;
    int m_timeoutMs = 10'000;
};

} // namespace sb

Q_DECLARE_METATYPE(sb::DestinationResponse)
