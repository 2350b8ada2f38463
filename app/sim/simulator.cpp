#include "simulator.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QTcpSocket>
#include <QTimer>

#include "attentiveapi.h"
#include "core/clock.h"
#include "customerioapi.h"
#include "klaviyoapi.h"
#include "mixpanelapi.h"
#include "pendinganswer.h"
#include "segmentapi.h"
#include "segmentifyapi.h"
#include "simhttpserver.h"
#include "smartpushapi.h"
#include "webhookapi.h"

namespace sb {

namespace {

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray compactJson(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

SimReply controlReply(int status, const QJsonObject &body) {
    SimReply reply;
    reply.status = status;
    reply.body = compactJson(body);
    reply.setHeader("Content-Type", "application/json");
    return reply;
}

SimReply controlReply(int status, const QJsonArray &body) {
    SimReply reply;
    reply.status = status;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    reply.setHeader("Content-Type", "application/json");
    return reply;
}

SimReply controlError(int status, const QString &message) {
    return controlReply(status, QJsonObject{{QStringLiteral("error"), message}});
}

// Vendor defaults from docs/destination-apis: Segment ~1000/s, Klaviyo 350 burst / 3500 per minute,
// Attentive 150/s, Customer.io ~100/s. Kinds without published limits start unlimited.
struct DefaultQuota {
    const char *kind;
    double rate;
    int burst;
};
constexpr DefaultQuota defaultQuotas[] = {
    {"segment", 1000, 1000},
    {"klaviyo", 3500.0 / 60.0, 350},
    {"attentive", 150, 150},
    {"customerio", 100, 100},
};

} // namespace

Simulator::Simulator(QObject *parent, const Clock *clock)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system()) {
    const QList<std::shared_ptr<DestinationApi>> apis = {
        std::make_shared<SegmentApi>(),    std::make_shared<KlaviyoApi>(),   std::make_shared<AttentiveApi>(),
        std::make_shared<SegmentifyApi>(), std::make_shared<SmartPushApi>(), std::make_shared<MixpanelApi>(),
        std::make_shared<CustomerIoApi>(), std::make_shared<WebhookApi>(),
    };
    for (const auto &api : apis) {
        api->setCredentials(api->defaultCredentials());
        m_apis.insert(api->kind(), api);
    }
    for (const DefaultQuota &q : defaultQuotas) {
        if (m_apis.contains(QLatin1String(q.kind)))
            setQuota(QLatin1String(q.kind), q.rate, q.burst);
    }
    refreshSecrets();
    m_server = new SimHttpServer(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            onRequest(request, std::move(responder));
        },
        this);
}

Simulator::~Simulator() {
    for (const auto &held : m_held) {
        held->abort();
    }
    m_held.clear();
}

bool Simulator::listen(const QHostAddress &address, quint16 port) {
    m_port = m_server->listen(address, port);
    m_address = address;
    return m_port != 0;
}

QUrl Simulator::baseUrl(const QString &connectorKind) const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + connectorKind);
    return url;
}

QUrl Simulator::controlUrl() const {
    return baseUrl(QStringLiteral("_sim"));
}

QStringList Simulator::kinds() const {
    return m_apis.keys();
}

DestinationApi *Simulator::api(const QString &kind) const {
    return m_apis.value(kind).get();
}

void Simulator::setFaults(const QString &connectorKind, const FaultPlan &plan) {
    if (plan.isEmpty())
        m_faults.remove(connectorKind);
    else
        m_faults.insert(connectorKind, FaultInjector(plan));
}

FaultPlan Simulator::faults(const QString &connectorKind) const {
    return m_faults.value(connectorKind).plan();
}

void Simulator::setQuota(const QString &connectorKind, double requestsPerSecond, int burst) {
    if (requestsPerSecond <= 0) {
        m_quotas.remove(connectorKind);
        m_buckets.remove(connectorKind);
        return;
    }
    m_quotas.insert(connectorKind, {requestsPerSecond, burst});
    m_buckets.insert(connectorKind, TokenBucket(requestsPerSecond, burst, m_clock));
}

void Simulator::setCredentials(const QString &connectorKind, const QHash<QString, QString> &credentials) {
    if (DestinationApi *a = api(connectorKind)) {
        QHash<QString, QString> merged = a->defaultCredentials();
        for (auto it = credentials.cbegin(); it != credentials.cend(); ++it)
            merged.insert(it.key(), it.value());
        a->setCredentials(merged);
        refreshSecrets();
    }
}

QHash<QString, QString> Simulator::credentials(const QString &connectorKind) const {
    QHash<QString, QString> out;
    if (DestinationApi *a = api(connectorKind)) {
        for (const QString &name : a->defaultCredentials().keys())
            out.insert(name, a->credential(name));
    }
    return out;
}

void Simulator::refreshSecrets() {
    QStringList secrets;
    for (const auto &a : std::as_const(m_apis))
        secrets << a->secrets();
    QMutexLocker lock(&m_mutex);
    m_recorder.setSecrets(secrets);
}

bool Simulator::recordTo(const QString &path, QString *error) {
    QMutexLocker lock(&m_mutex);
    return m_recorder.openFile(path, error);
}

Status Simulator::configure(const QJsonObject &config) {
    static const QStringList sections = {QStringLiteral("faults"), QStringLiteral("quotas"),
                                         QStringLiteral("credentials")};
    for (auto it = config.begin(); it != config.end(); ++it) {
        if (!sections.contains(it.key()))
            return Status::failure(QStringLiteral("simulator config: unknown section '%1' (known: %2)")
                                       .arg(it.key(), sections.join(QStringLiteral(", "))));
        if (!it.value().isObject())
            return Status::failure(
                QStringLiteral("simulator config: '%1' must be an object keyed by kind").arg(it.key()));
        const QJsonObject byKind = it.value().toObject();
        for (auto k = byKind.begin(); k != byKind.end(); ++k) {
            if (!m_apis.contains(k.key()))
                return Status::failure(
                    QStringLiteral("simulator config: %1: unknown destination kind '%2' (known: %3)")
                        .arg(it.key(), k.key(), kinds().join(QStringLiteral(", "))));
        }
    }
    const QJsonObject faults = config.value(QStringLiteral("faults")).toObject();
    for (auto it = faults.begin(); it != faults.end(); ++it) {
        auto plan = FaultPlan::fromJson(it.value().toObject());
        if (!plan)
            return Status::failure(QStringLiteral("faults for %1: %2").arg(it.key(), plan.error()));
        setFaults(it.key(), plan.value());
    }
    const QJsonObject quotas = config.value(QStringLiteral("quotas")).toObject();
    for (auto it = quotas.begin(); it != quotas.end(); ++it) {
        const QJsonObject q = it.value().toObject();
        const double rate = q.value(QStringLiteral("requestsPerSecond")).toDouble(-1);
        if (rate < 0)
            return Status::failure(
                QStringLiteral("quota for %1: 'requestsPerSecond' must be a number >= 0 (0: no quota)")
                    .arg(it.key()));
        setQuota(it.key(), rate, q.value(QStringLiteral("burst")).toInt(int(std::max(1.0, rate))));
    }
    const QJsonObject credentials = config.value(QStringLiteral("credentials")).toObject();
    for (auto it = credentials.begin(); it != credentials.end(); ++it) {
        QHash<QString, QString> values;
        const QJsonObject c = it.value().toObject();
        const QStringList known = api(it.key())->defaultCredentials().keys();
        for (auto v = c.begin(); v != c.end(); ++v) {
            if (!known.contains(v.key()) || !v.value().isString())
                return Status::failure(
                    QStringLiteral("credentials for %1: '%2' is not a known string field (known: %3)")
                        .arg(it.key(), v.key(), known.join(QStringLiteral(", "))));
            values.insert(v.key(), v.value().toString());
        }
        setCredentials(it.key(), values);
    }
    return Status::success();
}

QJsonObject Simulator::stats(bool withKeys) const {
    QMutexLocker lock(&m_mutex);
    return m_stats.toJson(m_apis.keys(), withKeys);
}

int Simulator::keyCount(const QString &connectorKind, const QString &key) const {
    QMutexLocker lock(&m_mutex);
    return m_stats.keyCount(connectorKind, key);
}

QJsonArray Simulator::requests(const QString &connectorKind, int limit) const {
    QMutexLocker lock(&m_mutex);
    return m_recorder.recent(connectorKind, limit);
}

void Simulator::reset() {
    {
        QMutexLocker lock(&m_mutex);
        m_stats.clear();
        m_recorder.clear();
    }
    for (const auto &a : std::as_const(m_apis))
        a->reset();
    m_faults.clear();
    for (auto it = m_quotas.cbegin(); it != m_quotas.cend(); ++it)
        m_buckets.insert(it.key(), TokenBucket(it->rate, it->burst, m_clock));
    for (const auto &held : m_held) {
        held->abort();
    }
    m_held.clear();
}

QuotaState Simulator::quotaState(const QString &kind) {
    QuotaState state;
    auto it = m_buckets.find(kind);
    if (it == m_buckets.end())
        return state;
    state.requestsPerSecond = it->rate();
    state.burst = it->burst();
    state.remaining = it->remaining();
    state.resetSeconds = it->secondsUntilFull();
    state.retryAfterSeconds = it->secondsUntilToken();
    return state;
}

void Simulator::finish(const SimRequest &request, const QString &fullPath, int status, const QString &outcome,
                       const QString &verdict) {
    {
        QMutexLocker lock(&m_mutex);
        m_recorder.record(request, fullPath, status, outcome, verdict);
    }
    emit requestHandled(request.kind, status, outcome);
}

void Simulator::onRequest(const QHttpServerRequest &httpRequest, QHttpServerResponder &&responder) {
    const QString fullPath = httpRequest.url().path();
    if (fullPath == QLatin1String("/_sim") || fullPath.startsWith(QLatin1String("/_sim/"))) {
        handleControl(fullPath.mid(5), httpRequest, std::move(responder));
        return;
    }
    auto shared = std::make_shared<PendingAnswer>(std::move(responder));
    const qsizetype slash = fullPath.indexOf(QLatin1Char('/'), 1);
    const QString kind = fullPath.mid(1, slash < 0 ? -1 : slash - 1);

    SimRequest request;
    request.kind = kind;
    request.method = methodName(httpRequest.method());
    request.path = slash < 0 ? QStringLiteral("/") : fullPath.mid(slash);
    request.query = httpRequest.query();
    request.headers = httpRequest.headers();
    request.body = httpRequest.body();
    request.receivedAt = m_clock->now();
    const QString recordedPath = httpRequest.url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority);

    const std::shared_ptr<DestinationApi> destination = m_apis.value(kind);
    if (!destination) {
        const SimReply reply =
            controlError(404, QStringLiteral("no simulated destination at '/%1'; known prefixes: /%2")
                                  .arg(kind, kinds().join(QStringLiteral(", /"))));
        finish(request, recordedPath, reply.status, QStringLiteral("unknown_kind"), QString());
        send(shared, reply, 0);
        return;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_stats.countRequest(kind);
    }

    // Qt's HTTP client resends a request at once, on a new connection, when the connection closes
    // before any answer. Reset that resend too, so one scripted reset reaches the client as one error.
    // Hashed only while a reset waits for its resend, or to remember a new reset: a SHA-1 of every
    // batch body cost the simulator a tenth of its time.
    const auto fingerprint = [&]() -> QByteArray { // not auto: QStringBuilder would dangle
        return kind.toUtf8() + ' ' + request.method + ' ' + fullPath.toUtf8() + ' '
               + QCryptographicHash::hash(request.body, QCryptographicHash::Sha1);
    };
    if (!m_resetFingerprint.isEmpty() && m_sinceReset.elapsed() >= ResendWindowMs)
        m_resetFingerprint.clear();
    const bool isResendAfterReset = !m_resetFingerprint.isEmpty() && m_resetFingerprint == fingerprint();
    if (isResendAfterReset)
        m_resetFingerprint.clear();
    FaultStep step;
    if (isResendAfterReset)
        step.kind = FaultStep::Kind::Reset;
    else if (m_faults.contains(kind))
        step = m_faults[kind].next();
    switch (step.kind) {
    case FaultStep::Kind::Reset: {
        {
            QMutexLocker lock(&m_mutex);
            m_stats.countFault(kind);
        }
        finish(request, recordedPath, 0, QStringLiteral("reset"),
               isResendAfterReset ? QStringLiteral("fault: connection reset (the client's automatic resend)")
                                  : QStringLiteral("fault: connection reset"));
        if (!isResendAfterReset) {
            m_resetFingerprint = fingerprint();
            m_sinceReset.start();
        }
        shared->abort();
        return;
    }
    case FaultStep::Kind::Timeout: {
        {
            QMutexLocker lock(&m_mutex);
            m_stats.countFault(kind);
        }
        finish(request, recordedPath, 0, QStringLiteral("timeout"),
               QStringLiteral("fault: request held, no answer"));
        hold(shared, m_faults.value(kind).plan().timeoutHoldMs);
        return;
    }
    case FaultStep::Kind::Status: {
        {
            QMutexLocker lock(&m_mutex);
            m_stats.countFault(kind);
        }
        SimReply reply;
        if (step.status == 429) {
            QuotaState quota = quotaState(kind);
            quota.retryAfterSeconds = std::max(0, step.retryAfterSeconds);
            reply = destination->rateLimitedReply(quota);
            if (step.retryAfterSeconds < 0)
                reply.headers.removeIf(
                    [](const auto &h) { return h.first.compare("Retry-After", Qt::CaseInsensitive) == 0; });
        } else {
            reply = destination->errorReply(step.status,
                                            QStringLiteral("Simulated fault: HTTP %1").arg(step.status));
            if (step.retryAfterSeconds >= 0)
                reply.setHeader("Retry-After", QByteArray::number(step.retryAfterSeconds));
        }
        reply.verdict = QStringLiteral("fault: ") + step.toString();
        finish(request, recordedPath, reply.status, QStringLiteral("fault"), reply.verdict);
        send(shared, reply, step.latencyMs);
        return;
    }
    case FaultStep::Kind::Pass:
        break;
    }

    auto bucket = m_buckets.find(kind);
    if (bucket != m_buckets.end() && !bucket->tryTake()) {
        SimReply reply = destination->rateLimitedReply(quotaState(kind));
        reply.verdict = QStringLiteral("rate limited: quota %1 requests/s").arg(bucket->rate());
        {
            QMutexLocker lock(&m_mutex);
            m_stats.countRateLimited(kind);
        }
        finish(request, recordedPath, reply.status, QStringLiteral("rate_limited"), reply.verdict);
        send(shared, reply, step.latencyMs);
        return;
    }

    SimReply reply = destination->handle(request);
    if (bucket != m_buckets.end())
        destination->addRateLimitHeaders(reply, quotaState(kind));
    if (reply.verdict.isEmpty()) {
        QStringList reasons;
        for (const SimItem &item : std::as_const(reply.items)) {
            if (!item.accepted && !reasons.contains(item.reason))
                reasons << item.reason;
        }
        reply.verdict = reasons.isEmpty() ? QStringLiteral("accepted")
                                          : QStringLiteral("rejected: ") + reasons.join(QStringLiteral("; "));
    }
    {
        QMutexLocker lock(&m_mutex);
        m_stats.countItems(kind, reply.items);
    }
    finish(request, recordedPath, reply.status, QStringLiteral("answered"), reply.verdict);
    send(shared, reply, step.latencyMs);
}

void Simulator::send(std::shared_ptr<PendingAnswer> answer, const SimReply &reply, int delayMs) {
    if (delayMs > 0)
        QTimer::singleShot(delayMs, this, [answer, reply] { answer->write(reply); });
    else
        answer->write(reply);
}

void Simulator::hold(std::shared_ptr<PendingAnswer> responder, int holdMs) {
    // Drop entries whose client already hung up, so held requests do not pile up.
    std::erase_if(m_held, [](const auto &r) { return !r->isConnected(); });
    m_held.push_back(responder);
    if (holdMs > 0) {
        QTimer::singleShot(holdMs, this, [this, responder] {
            responder->abort();
            std::erase(m_held, responder);
        });
    }
}

void Simulator::handleControl(const QString &path, const QHttpServerRequest &request,
                              QHttpServerResponder &&responder) {
    auto shared = std::make_shared<PendingAnswer>(std::move(responder));
    const QHttpServerRequest::Method method = request.method();
    const bool isGet = method == QHttpServerRequest::Method::Get;
    const bool isPost = method == QHttpServerRequest::Method::Post;
    const QUrlQuery query = request.query();

    if ((path == QLatin1String("") || path == QLatin1String("/")) && isGet) {
        QJsonObject bases;
        for (const QString &kind : kinds())
            bases.insert(kind, baseUrl(kind).toString());
        send(shared,
             controlReply(200, QJsonObject{{QStringLiteral("kinds"), QJsonArray::fromStringList(kinds())},
                                           {QStringLiteral("baseUrls"), bases}}),
             0);
        return;
    }
    if (path == QLatin1String("/stats") && isGet) {
        const QString keys = query.queryItemValue(QStringLiteral("keys"));
        send(shared, controlReply(200, stats(keys == QLatin1String("1") || keys == QLatin1String("true"))),
             0);
        return;
    }
    if (path == QLatin1String("/requests") && isGet) {
        bool ok = false;
        int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            limit = 100;
        send(shared, controlReply(200, requests(query.queryItemValue(QStringLiteral("kind")), limit)), 0);
        return;
    }
    if (path == QLatin1String("/reset") && isPost) {
        reset();
        send(shared, controlReply(200, QJsonObject{{QStringLiteral("reset"), true}}), 0);
        return;
    }
    if (path == QLatin1String("/faults") && isGet) {
        QJsonObject plans;
        for (auto it = m_faults.cbegin(); it != m_faults.cend(); ++it)
            plans.insert(it.key(), it->plan().toJson());
        send(shared, controlReply(200, plans), 0);
        return;
    }
    const bool isFaults = path.startsWith(QLatin1String("/faults/"));
    const bool isQuotas = path.startsWith(QLatin1String("/quotas/"));
    const bool isCredentials = path.startsWith(QLatin1String("/credentials/"));
    if ((isFaults || isQuotas || isCredentials) && isPost) {
        const QString kind = path.mid(path.indexOf(QLatin1Char('/'), 1) + 1);
        if (!m_apis.contains(kind)) {
            send(shared,
                 controlError(404, QStringLiteral("unknown destination kind '%1' (known: %2)")
                                       .arg(kind, kinds().join(QStringLiteral(", ")))),
                 0);
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(
            request.body().isEmpty() ? QByteArray("{}") : request.body(), &parseError);
        if (!doc.isObject()) {
            send(shared,
                 controlError(400,
                              QStringLiteral("body must be a JSON object: %1").arg(parseError.errorString())),
                 0);
            return;
        }
        const QString section = isFaults   ? QStringLiteral("faults")
                                : isQuotas ? QStringLiteral("quotas")
                                           : QStringLiteral("credentials");
        const Status status = configure(QJsonObject{{section, QJsonObject{{kind, doc.object()}}}});
        if (!status) {
            send(shared, controlError(400, status.error), 0);
            return;
        }
        QJsonObject answer{{QStringLiteral("kind"), kind}};
        if (isFaults) {
            answer.insert(QStringLiteral("faults"), faults(kind).toJson());
        } else if (isCredentials) {
            // Names only: the control API never echoes a secret.
            answer.insert(QStringLiteral("credentials"),
                          QJsonArray::fromStringList(credentials(kind).keys()));
        } else {
            const Quota q = m_quotas.value(kind);
            answer.insert(QStringLiteral("quota"), QJsonObject{{QStringLiteral("requestsPerSecond"), q.rate},
                                                               {QStringLiteral("burst"), q.burst}});
        }
        send(shared, controlReply(200, answer), 0);
        return;
    }
    send(shared,
         controlError(
             404, QStringLiteral(
                      "unknown control request %1 /_sim%2; try GET /_sim/stats, GET /_sim/requests, "
                      "POST /_sim/faults/<kind>, POST /_sim/quotas/<kind>, POST /_sim/credentials/<kind>, "
                      "POST /_sim/reset")
                      .arg(QString::fromLatin1(methodName(method)), path)),
         0);
}

} // namespace sb
