#include "demostream.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include "demosetup.h"
#include "ingest/ingestserver.h"

namespace sb::ctl {

namespace {

constexpr int kTickMs = 100;
constexpr int kMaxInFlight = 64; // requests; beyond this the engine is behind and ticks send nothing

QUrl endpoint(const QUrl &base, const QString &path) {
    QUrl url = base;
    QString p = url.path();
    while (p.endsWith(u'/'))
        p.chop(1);
    url.setPath(p + path);
    return url;
}

} // namespace

DemoStreamer::DemoStreamer(const DemoGenerator *generator, Options options, QObject *parent)
    : QObject(parent)
    , m_generator(generator)
    , m_options(std::move(options))
    , m_random(m_options.seed ^ quint64(QDateTime::currentMSecsSinceEpoch())) {}

Status DemoStreamer::probe(const QUrl &url) {
    QNetworkAccessManager network;
    QNetworkRequest request(endpoint(url, QStringLiteral("/get/key")));
    request.setTransferTimeout(3000);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0)
        return Status::failure(QStringLiteral("no Switchboard engine answers at %1 (%2); start one with "
                                              "`switchboard-engine --workspace DIR` or pass --url")
                                   .arg(url.toString(), reply->errorString()));
    if (status != 200)
        return Status::failure(
            QStringLiteral("%1 answered HTTP %2: it does not look like a Switchboard engine's ingest")
                .arg(url.toString())
                .arg(status));
    return Status::success();
}

DemoStreamer::Totals DemoStreamer::run(const std::atomic<bool> &stopRequested,
                                       const std::function<void(const Totals &)> &onSecond) {
    QEventLoop loop;
    QTimer timer;
    timer.setInterval(kTickMs);
    qint64 lastReport = 0;
    bool stopping = false;
    double stoppedAt = 0;
    m_clock.start();
    connect(&timer, &QTimer::timeout, &loop, [&] {
        const double elapsed = m_clock.elapsed() / 1000.0;
        const bool timeUp = m_options.durationSeconds > 0 && elapsed >= m_options.durationSeconds;
        if (!stopping && (timeUp || stopRequested.load())) {
            stopping = true;
            stoppedAt = elapsed;
        }
        if (!stopping)
            tick();
        if (onSecond && m_clock.elapsed() / 1000 > lastReport) {
            lastReport = m_clock.elapsed() / 1000;
            m_totals.seconds = elapsed;
            onSecond(m_totals);
        }
        // After the last tick, wait for the answers (at most 10 s).
        if (stopping && (m_inFlight == 0 || elapsed > stoppedAt + 10))
            loop.quit();
    });
    timer.start();
    loop.exec();
    m_totals.seconds = m_clock.elapsed() / 1000.0;
    return m_totals;
}

void DemoStreamer::tick() {
    // Events due so far at the configured rate, minus those already sent: a steady average rate.
    const double elapsed = m_clock.elapsed() / 1000.0;
    const qint64 due = qint64(elapsed * m_options.rate) + 1 - m_totals.sent;
    if (due <= 0 || m_inFlight >= kMaxInFlight)
        return;
    QHash<QString, QList<DemoMessage>> byKind;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qint64 i = 0; i < due; ++i) {
        DemoMessage m = m_generator->liveMessage(m_random, now);
        if (m_options.sources.contains(m.sourceKind))
            byKind[m.sourceKind].append(std::move(m));
    }
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        send(it.key(), it.value());
}

void DemoStreamer::send(const QString &kind, const QList<DemoMessage> &messages) {
    const SourceInfo &source = m_options.sources.value(kind);
    QJsonArray items;
    for (const DemoMessage &m : messages)
        items.append(m.body);
    QNetworkRequest request;
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(10000);
    QByteArray body;
    if (kind == QLatin1String("segmentify")) {
        QUrl url = endpoint(m_options.ingestUrl, QStringLiteral("/add/events/v1.json"));
        url.setQuery(QUrlQuery{{QStringLiteral("apiKey"), source.writeKey}});
        request.setUrl(url);
        request.setRawHeader("Origin", QByteArray("https://") + kDemoShopDomain);
        body = QJsonDocument(items).toJson(QJsonDocument::Compact);
    } else if (kind == QLatin1String("ordergroove") || kind == QLatin1String("smile")) {
        request.setUrl(endpoint(m_options.ingestUrl, QStringLiteral("/hooks/") + kind));
        body = QJsonDocument(QJsonObject{{QStringLiteral("events"), items}}).toJson(QJsonDocument::Compact);
        const QByteArray signature =
            QMessageAuthenticationCode::hash(body, source.webhookSecret.toUtf8(), QCryptographicHash::Sha256)
                .toHex();
        request.setRawHeader(IngestServer::kSignatureHeader, "sha256=" + signature);
    } else {
        request.setUrl(endpoint(m_options.ingestUrl, QStringLiteral("/v1/batch")));
        request.setRawHeader("Authorization", "Basic " + (source.writeKey + u':').toUtf8().toBase64());
        body = QJsonDocument(QJsonObject{{QStringLiteral("batch"), items},
                                         {QStringLiteral("sentAt"),
                                          QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}})
                   .toJson(QJsonDocument::Compact);
    }
    m_totals.sent += messages.size();
    ++m_inFlight;
    QNetworkReply *reply = m_network.post(request, body);
    const int count = int(messages.size());
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, kind, count] { finished(reply, kind, count); });
}

void DemoStreamer::finished(QNetworkReply *reply, const QString &kind, int count) {
    --m_inFlight;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    // Segmentify answers 200 with a statusCode field when it refuses the request.
    const bool segmentifyRefused =
        kind == QLatin1String("segmentify")
        && QJsonDocument::fromJson(answer).object().contains(QStringLiteral("statusCode"));
    if (status >= 200 && status < 300 && !segmentifyRefused) {
        m_totals.accepted += count;
        m_totals.acceptedBySource[kind] += count;
        return;
    }
    m_totals.rejected += count;
    if (m_totals.firstError.isEmpty())
        m_totals.firstError =
            QStringLiteral("%1: %2 %3")
                .arg(kind, status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString(),
                     QString::fromUtf8(answer.left(300)));
}

} // namespace sb::ctl
