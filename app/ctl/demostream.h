#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <atomic>
#include <functional>

#include "core/result.h"
#include "ingest/demogenerator.h"
#include "ingest/sourcestore.h"

class QNetworkReply;

namespace sb::ctl {

// Sends live demo events to a running engine's HTTP ingest the way the real systems do:
//   SMRT POS and SHOPLINE  POST /v1/batch, the source's write key as HTTP Basic user
//   Ordergroove and Smile  POST /hooks/<source>, signed X-Switchboard-Signature: sha256=<HMAC>
//   Web shop (Segmentify)  POST /add/events/v1.json?apiKey=<write key> with the shop's Origin
// at a steady rate, in small requests every tick, until the duration ends or stop() is called.
class DemoStreamer : public QObject {
    Q_OBJECT
public:
    struct Options {
        QUrl ingestUrl;                     // http://127.0.0.1:PORT
        double rate = 5;                    // events per second
        double durationSeconds = 0;         // 0: until stopped
        QHash<QString, SourceInfo> sources; // by kind
        quint64 seed = 1;
    };
    struct Totals {
        qint64 sent = 0;     // events put in requests
        qint64 accepted = 0; // in requests the engine answered 2xx
        qint64 rejected = 0; // in requests answered otherwise or lost
        QHash<QString, qint64> acceptedBySource;
        QString firstError;
        double seconds = 0;
    };

    DemoStreamer(const DemoGenerator *generator, Options options, QObject *parent = nullptr);

    // Whether an engine answers at url (GET /get/key); the error names the URL and what to do.
    static Status probe(const QUrl &url);
    // Runs its own event loop until done; `stopRequested` is polled every tick (Ctrl-C).
    Totals run(const std::atomic<bool> &stopRequested,
               const std::function<void(const Totals &)> &onSecond = {});

private:
    void tick();
    void send(const QString &kind, const QList<DemoMessage> &messages);
    void finished(QNetworkReply *reply, const QString &kind, int count);

    const DemoGenerator *m_generator;
    Options m_options;
    DemoRandom m_random;
    QNetworkAccessManager m_network;
    QElapsedTimer m_clock;
    Totals m_totals;
    int m_inFlight = 0;
};

} // namespace sb::ctl
