#pragma once

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <memory>

#include "core/result.h"
#include "sourcedirectory.h"

class QHttpServerRequest;
class QHttpServerResponder;

namespace sb {

class IngestService;
struct WriteResult;

// The engine's HTTP ingest on 127.0.0.1 (by default):
//   Segment-compatible   POST /v1/track /v1/identify /v1/page /v1/screen /v1/group /v1/alias /v1/batch
//   Segmentify-compatible POST /add/events/v1.json?apiKey=…, GET /get/key?count=N
//   Source webhooks       POST /hooks/<source> signed with X-Switchboard-Signature: sha256=<hex HMAC>
// Answers only after the events are committed (the writer's future, without blocking this thread):
// Segment and Segmentify requests once durable in the accept log (IngestService::accept), webhooks
// once stored (their answer names each stored event). Over the configured writer backlog, or with
// too many accepted events still waiting to be stored, it answers 429 with Retry-After.
class IngestServer : public QObject {
    Q_OBJECT
public:
    struct Options {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0;      // 0: any free port
        int maxBacklog = 1000; // queued writer jobs before 429
        // Accepted events waiting to be stored and routed before 429: bounds the engine's memory
        // (about 2 KB an event) and how far routing may fall behind a burst.
        qint64 maxQueuedEvents = 50000;
        int retryAfterSeconds = 1;
    };

    IngestServer(IngestService *service, Options options, QObject *parent = nullptr);
    ~IngestServer() override;

    Result<quint16> listen();
    quint16 port() const { return m_port; }
    QString url() const;
    void setMaxBacklog(int jobs) { m_options.maxBacklog = jobs; }
    void setMaxQueuedEvents(qint64 events) { m_options.maxQueuedEvents = events; }
    // Re-reads the sources table now (it is also re-read on unknown keys and every few seconds).
    void reloadSources() { m_sources.reload(); }

    static constexpr const char *kSignatureHeader = "X-Switchboard-Signature";

private:
    struct Reply;
    void handleSegment(const QString &type, const QHttpServerRequest &request,
                       QHttpServerResponder &&responder);
    void handleSegmentify(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleKeys(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handleWebhook(const QString &name, const QHttpServerRequest &request,
                       QHttpServerResponder &&responder);
    bool overBacklog() const;

    IngestService *m_service;
    Options m_options;
    QHttpServer m_http;
    SourceDirectory m_sources;
    quint16 m_port = 0;
};

} // namespace sb
