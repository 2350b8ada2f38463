#include "destinationworker.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

#include "attemptlog.h"
#include "core/clock.h"
#include "core/jsonutil.h"
#include "core/secrets.h"
#include "deliveryloader.h"
#include "keyplacement.h"
#include "metrics/metricsrecorder.h"
#include "store/sql.h"
#include "store/statementcache.h"
#include "store/whenfinished.h"
#include "store/workspace.h"

namespace sb {

namespace {

constexpr qint64 kIdlePollMs = 1000; // real time between looks at the outbox when idle
constexpr qint64 kMaintenanceEveryMs = 60'000;
// Rows per claim once the destination answers well. The next claim is taken while the previous one
// renders (the writer and the worker overlap), up to kMaxReadyItems rendered and waiting to be sent.
constexpr int kMaxClaim = 1000;
constexpr int kMaxReadyItems = 2000;
// Deliveries the writer may hand over while earlier ones wait to be rendered or sent. With 2,000 the
// credit ran out within the first second at 20,000 events/s (the worker busy rendering or waiting for
// an answer), and every later delivery went through the outbox and a claim: alternating sustained runs
// at 20,000/s kept up in 9 of 10 with 8,000 against 5 of 10 with 2,000, peak memory alike.
constexpr int kMaxHandedItems = 8000;
// Rows loaded and rendered per thread-pool task (claims of one chunk or less stay on the worker's
// thread alone).
constexpr qsizetype kRenderChunk = 128;
// Items claimed for one small batch while the destination is unproven (start, after a failure,
// half-open breaker): a failing destination costs this much work per try, not a full claim.
constexpr int kProbeItems = 100;

// Retry-After (seconds or HTTP date) and the vendors' reset headers, as a delay from now.
std::optional<qint64> retryAfterFromHeaders(const HttpHeaders &headers, int status, qint64 nowMs) {
    for (const auto &header : headers) {
        const QByteArray name = header.first.toLower();
        const QByteArray value = header.second.trimmed();
        if (name == "retry-after") {
            bool ok = false;
            const double seconds = value.toDouble(&ok);
            if (ok)
                return std::max<qint64>(0, qint64(seconds * 1000));
            const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
            if (when.isValid())
                return std::max<qint64>(0, when.toMSecsSinceEpoch() - nowMs);
        }
    }
    if (status != 429)
        return std::nullopt;
    for (const auto &header : headers) {
        const QByteArray name = header.first.toLower();
        if (name == "x-ratelimit-reset" || name == "ratelimit-reset") {
            bool ok = false;
            const double v = header.second.trimmed().toDouble(&ok);
            if (!ok)
                continue;
            // Either seconds from now or a Unix time in seconds.
            if (v > 1e9)
                return std::max<qint64>(0, qint64(v * 1000) - nowMs);
            return std::max<qint64>(0, qint64(v * 1000));
        }
    }
    return std::nullopt;
}

QString findingsText(const QList<Finding> &findings) {
    QStringList parts;
    for (const Finding &f : findings) {
        if (f.severity != Finding::Severity::Error)
            continue;
        parts << (f.field.isEmpty() ? f.message : f.field + QStringLiteral(": ") + f.message)
                     + QStringLiteral(" (") + f.code + u')';
    }
    return parts.join(QStringLiteral("; "));
}

QString bodySnippet(const QByteArray &body) {
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        text += QStringLiteral("…");
    return text;
}

} // namespace

DestinationWorker::DestinationWorker(Workspace *workspace, DestinationConfig config,
                                     const Connector *connector, RenderFunction render, QString owner)
    : m_workspace(workspace)
    , m_config(std::move(config))
    , m_connector(connector)
    , m_render(std::move(render))
    , m_owner(std::move(owner)) {
    applyConfig();
}

DestinationWorker::~DestinationWorker() = default;

QString DestinationWorker::stateKey(qint64 destinationId) {
    return QStringLiteral("delivery.runtime.%1").arg(destinationId);
}

qint64 DestinationWorker::nowMs() const {
    return m_workspace->clock()->nowMs();
}

void DestinationWorker::applyConfig() {
    m_policy = DeliveryPolicy::fromSettings(m_config.settings);
    m_limits = m_connector->limits(m_config);
    m_bucket.configure(m_policy.effectiveRate(m_limits), m_policy.effectiveBurst(m_limits));
    m_breaker.configure({m_policy.breakerFailureRate, m_policy.breakerMinRequests, m_policy.breakerWindowMs,
                         m_policy.breakerOpenMs});
    if (m_handoff)
        m_handoff->setLeaseMs(m_policy.leaseMs);
}

QJsonObject DestinationWorker::runtimeState() const {
    QMutexLocker lock(&m_stateMutex);
    return m_state;
}

void DestinationWorker::start() {
    m_network = new QNetworkAccessManager(this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DestinationWorker::pump);
    // A Retry-After received before a restart still holds.
    const QVariant saved =
        sql::scalar(m_workspace->reader(), QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                    {stateKey(m_config.id)});
    if (saved.isValid()) {
        const QJsonObject state = QJsonDocument::fromJson(saved.toByteArray()).object();
        m_holdUntilMs = qint64(state.value(QStringLiteral("holdUntil")).toDouble());
        m_holdReason = state.value(QStringLiteral("holdReason")).toString();
    }
    // Rows stored while this worker has room come straight from the writer.
    m_handoff = std::make_shared<HandoffInbox>(m_owner, m_policy.leaseMs);
    m_handoff->setArrivalListener(
        [this] { QMetaObject::invokeMethod(this, &DestinationWorker::takeHandoff, Qt::QueuedConnection); });
    HandoffRegistry::open(m_workspace->databasePath(), m_config.id, m_handoff);
    publishState(true);
    schedulePump(0);
}

void DestinationWorker::takeHandoff() {
    if (!m_handoff)
        return;
    QList<HandedDelivery> arrived = m_handoff->take();
    if (arrived.isEmpty())
        return;
    const quint64 epoch = m_handoff->epoch();
    QList<qint64> stale;
    QList<ClaimedDelivery> claimed;
    QHash<qint64, Event> events;
    claimed.reserve(arrived.size());
    for (HandedDelivery &handed : arrived) {
        // Credited before a request failed: back to the outbox, where it waits behind that row.
        if (m_stopping || handed.epoch != epoch) {
            stale << handed.delivery.id;
            continue;
        }
        claimed << handed.delivery;
        events.insert(handed.event.id, std::move(handed.event));
    }
    giveBack(stale);
    if (m_stopping)
        return;
    if (!claimed.isEmpty())
        prepare(claimed, events);
    pump();
}

void DestinationWorker::giveBack(const QList<qint64> &deliveryIds) {
    if (deliveryIds.isEmpty())
        return;
    whenFinished(releaseToOutbox(deliveryIds), this, [this](const WriteResult &) { schedulePump(0); });
}

QFuture<WriteResult> DestinationWorker::releaseToOutbox(const QList<qint64> &deliveryIds) {
    return m_workspace->writer()->submitRelaxed([owner = m_owner, deliveryIds](WriteContext &context) {
        OutboxQueue::release(context, owner, deliveryIds);
        return QVariant();
    });
}

void DestinationWorker::grantHandoff(qint64 now) {
    if (!m_handoff)
        return;
    int credits = 0;
    if (!m_stopping && !m_paused && m_proven && m_failuresRecording == 0 && now >= m_holdUntilMs
        && m_breaker.state(now) == CircuitBreaker::State::Closed) {
        qsizetype queued = m_handoff->waiting();
        for (const OutgoingRequest &request : m_ready)
            queued += request.items.size();
        credits = int(std::max<qsizetype>(0, kMaxHandedItems - queued));
    }
    m_handoff->grant(credits);
}

void DestinationWorker::wake() {
    schedulePump(0);
}

void DestinationWorker::updateConfig(const DestinationConfig &config) {
    m_config = config;
    applyConfig();
    publishState(true);
    schedulePump(0);
}

void DestinationWorker::schedulePump(qint64 delayMs) {
    if (m_stopping || !m_timer)
        return;
    const int delay = int(std::clamp<qint64>(delayMs, 0, kIdlePollMs));
    if (m_timer->isActive() && m_timer->remainingTime() <= delay)
        return;
    m_timer->start(delay);
}

void DestinationWorker::pump() {
    if (m_stopping)
        return;
    const qint64 now = nowMs();
    maintenance(now);
    grantHandoff(now);
    while (!m_ready.empty() && m_inFlight.size() < inFlightLimit()) {
        if (!sendNext(now))
            break;
    }
    publishState(false);
    if (now < m_holdUntilMs || m_breaker.state(now) == CircuitBreaker::State::Open)
        releaseReady();
    if (m_claiming || !wantsMoreWork(0))
        return;
    if (now < m_holdUntilMs) {
        releaseReady();
        schedulePump(m_holdUntilMs - now);
        return;
    }
    const CircuitBreaker::State breaker = m_breaker.state(now);
    if (breaker == CircuitBreaker::State::Open) {
        releaseReady();
        schedulePump(m_breaker.openUntilMs() - now);
        return;
    }
    if (breaker == CircuitBreaker::State::HalfOpen && !m_inFlight.isEmpty())
        return;

    // Look before taking the writer: nothing due means no write at all.
    QSqlDatabase reader = m_workspace->reader();
    bool found = false;
    const qint64 paused =
        m_reads.scalarInt(reader, "SELECT paused FROM destinations WHERE id = ?", &found, m_config.id);
    m_paused = !found || paused != 0;
    if (m_paused) {
        schedulePump(kIdlePollMs);
        return;
    }
    if (leaseMayHaveExpired(now) || now - m_leaseCheckedAtMs >= leaseRecheckMs()) {
        m_nextLeaseExpiryMs = OutboxQueue::nextLeaseExpiryMs(m_reads, reader, m_config.id);
        m_leaseCheckedAtMs = now;
    }
    std::optional<qint64> due = OutboxQueue::nextAttemptMs(m_reads, reader, m_config.id);
    if (m_nextLeaseExpiryMs && (!due || *m_nextLeaseExpiryMs < *due))
        due = m_nextLeaseExpiryMs;
    if (!due || *due > now) {
        schedulePump(due ? std::min(*due - now, leaseRecheckMs()) : kIdlePollMs);
        return;
    }
    startClaim(claimLimit(breaker));
}

void DestinationWorker::noteFailedRequest() {
    // A flaky destination (a 503 now and then) keeps its full pace; one that fails request after
    // request is probed with one small batch at a time.
    if (++m_failedInARow >= kFailuresBeforeProbing)
        m_proven = false;
}

int DestinationWorker::claimLimit(CircuitBreaker::State breaker) const {
    const int perRequest = std::max(1, m_limits.maxItemsPerRequest);
    if (!m_proven || breaker == CircuitBreaker::State::HalfOpen)
        return std::min(perRequest, kProbeItems); // one small batch
    return std::min(kMaxClaim, perRequest * m_policy.maxInFlight);
}

bool DestinationWorker::wantsMoreWork(qsizetype arriving) const {
    if (!m_proven) // one small batch at a time: nothing queued, nothing in flight
        return m_ready.empty() && arriving == 0 && m_inFlight.isEmpty();
    qsizetype ready = arriving;
    for (const OutgoingRequest &request : m_ready)
        ready += request.items.size();
    return ready < kMaxReadyItems;
}

void DestinationWorker::startClaim(int limit) {
    m_claimLimit = limit;
    m_claiming = true;
    m_leftWhileClaiming.clear();
    auto result = std::make_shared<ClaimBatch>();
    m_claimResult = result;
    const qint64 destination = m_config.id;
    const QString owner = m_owner;
    const qint64 lease = m_policy.leaseMs;
    const bool ordering = m_policy.ordering;
    const bool expiredLeases = leaseMayHaveExpired(nowMs());
    m_claimFuture = m_workspace->writer()->submitRelaxed([=](WriteContext &context) {
        *result = OutboxQueue::claim(context, destination, owner, limit, lease, ordering, expiredLeases);
        return QVariant();
    });
    whenFinished(m_claimFuture, this, [this, result](const WriteResult &written) {
        m_claiming = false;
        m_claimResult.reset();
        if (m_stopping)
            return;
        if (!written.ok) {
            qWarning("Switchboard delivery: claim for destination %lld failed: %s", m_config.id,
                     qPrintable(written.error));
            schedulePump(kIdlePollMs);
            return;
        }
        onClaimed(*result);
    });
}

void DestinationWorker::onClaimed(const ClaimBatch &batch) {
    if (batch.paused) {
        m_paused = true;
        publishState(true);
        schedulePump(kIdlePollMs);
        return;
    }
    // The claim counted rows in flight here as ahead of the profile's later rows (OutboxQueue::claim);
    // a profile whose rows left meanwhile (a failed request, rows given back) has its later rows given
    // back too, to wait behind them in the outbox.
    QList<ClaimedDelivery> deliveries = batch.deliveries;
    if (!m_leftWhileClaiming.isEmpty()) {
        QList<qint64> released;
        deliveries.removeIf([&](const ClaimedDelivery &d) {
            const bool behind = m_leftWhileClaiming.contains(d.profileId);
            if (behind)
                released << d.id;
            return behind;
        });
        if (!released.isEmpty())
            releaseToOutbox(released);
    }
    // A full claim means more is probably due: the writer claims the next rows while these render.
    const qint64 now = nowMs();
    if (batch.deliveries.size() >= m_claimLimit && wantsMoreWork(deliveries.size()) && now >= m_holdUntilMs
        && m_breaker.state(now) == CircuitBreaker::State::Closed)
        startClaim(claimLimit(CircuitBreaker::State::Closed));
    if (!deliveries.isEmpty()) {
        // Events the writer kept for rows that went to the outbox need not be read back.
        QHash<qint64, Event> remembered;
        if (m_handoff) {
            QList<qint64> eventIds;
            eventIds.reserve(deliveries.size());
            for (const ClaimedDelivery &d : std::as_const(deliveries))
                eventIds << d.eventId;
            remembered = m_handoff->recall(eventIds);
        }
        prepare(deliveries, remembered);
    }
    pump(); // send now, before the next claim's result (already queued) renders
}

void DestinationWorker::prepare(const QList<ClaimedDelivery> &claimed, const QHash<qint64, Event> &events) {
    const QStringList secrets = m_connector->secrets(m_config);
    const qint64 now = nowMs();

    // Loading, rendering, key placement, checks and serialisation of each row are independent: a big
    // claim is handled in chunks on the thread pool (this thread takes part; each thread reads with its
    // own connection), the rest stays in order here.
    struct Rendered {
        const Event *event = nullptr;
        RenderedItem item;
        QByteArray compact;
        QList<Finding> findings;
        QString renderError;
        bool renderFailed = false;
    };
    struct Chunk {
        QHash<qint64, Event> events;
        QHash<qint64, Profile> profiles; // loaded when a render read them
        QString loadError;
    };
    QList<Rendered> rendered(claimed.size());
    Rendered *const rows = rendered.data(); // detached once here; each task writes its own rows
    QList<Chunk> chunks((claimed.size() + kRenderChunk - 1) / kRenderChunk);
    Chunk *const chunkData = chunks.data();
    auto work = [&](qsizetype chunkIndex) {
        Chunk &chunk = chunkData[chunkIndex];
        const qsizetype from = chunkIndex * kRenderChunk;
        const qsizetype to = std::min(claimed.size(), from + kRenderChunk);
        QList<qint64> eventIds;
        for (qsizetype i = from; i < to; ++i) {
            const qint64 eventId = claimed.at(i).eventId;
            if (const auto given = events.constFind(eventId); given != events.constEnd())
                chunk.events.insert(eventId, *given);
            else
                eventIds << eventId;
        }
        const QSqlDatabase reader = m_workspace->reader();
        try {
            if (!eventIds.isEmpty())
                chunk.events.insert(DeliveryLoader::loadEvents(reader, eventIds));
        } catch (const sql::Error &e) {
            chunk.loadError = e.message();
            return;
        }
        // Profiles are loaded when a render reads one (most mappings read it only as a fallback); a
        // failed load fails the whole chunk as a failed event load does.
        StatementCache profileStatements;
        auto loadProfile = [&](qint64 profileId) -> Profile {
            if (const auto known = chunk.profiles.constFind(profileId); known != chunk.profiles.constEnd())
                return *known;
            try {
                return *chunk.profiles.insert(
                    profileId, DeliveryLoader::loadProfile(profileStatements, reader, profileId));
            } catch (const sql::Error &e) {
                chunk.loadError = e.message();
                throw;
            }
        };
        for (qsizetype i = from; i < to; ++i) {
            const ClaimedDelivery &d = claimed.at(i);
            Rendered &r = rows[i];
            const auto found = chunk.events.constFind(d.eventId);
            if (found == chunk.events.constEnd())
                continue;
            r.event = &*found;
            // The row's profile first: a merge moves it (and the event row) after the writer kept the event.
            const qint64 profileId = d.profileId > 0 ? d.profileId : r.event->profileId;
            const ProfileRef profile(
                [&loadProfile, profileId] { return profileId > 0 ? loadProfile(profileId) : Profile(); });
            try {
                r.item = m_render(m_config, d.mappingId, d.mappingVersion, d.idempotencyKey, *r.event,
                                  profile, &r.compact);
            } catch (const std::exception &e) {
                if (!chunk.loadError.isEmpty())
                    return; // a read failed, not the render: the rows go back to the outbox
                r.renderError = QString::fromUtf8(e.what());
                r.renderFailed = true;
                continue;
            }
            if (r.item.skip)
                continue;
            // The renderer validated the item; only a key placed here changes the body after that.
            r.findings = r.item.findings;
            if (r.item.idempotencyKey != d.idempotencyKey) {
                KeyPlacement::apply(r.item, d.idempotencyKey, m_connector->idempotencyField());
                r.compact.clear(); // the body changed
                r.findings += m_connector->validate(r.item);
            }
            if (r.compact.isEmpty())
                r.compact = json::compact(r.item.body);
        }
    };
    QList<qsizetype> chunkIndexes;
    for (qsizetype i = 0; i < chunks.size(); ++i)
        chunkIndexes << i;
    if (chunkIndexes.size() > 1)
        QtConcurrent::blockingMap(chunkIndexes, work);
    else if (!chunkIndexes.isEmpty())
        work(0);
    for (const Chunk &chunk : std::as_const(chunks)) {
        if (chunk.loadError.isEmpty())
            continue;
        qWarning("Switchboard delivery: cannot load events: %s", qPrintable(chunk.loadError));
        QList<qint64> ids;
        for (const ClaimedDelivery &d : claimed)
            ids << d.id;
        releaseToOutbox(ids);
        return;
    }

    QList<DeliveryOutcome> immediate;
    QStringList actions; // in order of first appearance
    QHash<QString, QList<PendingItem>> byAction;
    for (qsizetype i = 0; i < claimed.size(); ++i) {
        const ClaimedDelivery &d = claimed.at(i);
        Rendered &r = rendered[i];
        DeliveryOutcome outcome;
        outcome.deliveryId = d.id;
        outcome.profileId = d.profileId;
        if (!r.event) {
            outcome.reason = QStringLiteral("event %1 no longer exists").arg(d.eventId);
            immediate << outcome;
            continue;
        }
        const Event &event = *r.event;
        if (r.renderFailed) {
            outcome.reason = QStringLiteral("cannot render event %1 with mapping %2 v%3: %4")
                                 .arg(event.id)
                                 .arg(d.mappingId)
                                 .arg(d.mappingVersion)
                                 .arg(r.renderError);
            immediate << outcome;
            continue;
        }
        const RenderedItem &item = r.item;
        if (item.skip) {
            outcome.kind = DeliveryOutcome::Kind::Skipped;
            outcome.reason =
                item.skipReason.isEmpty() ? QStringLiteral("skipped by the mapping") : item.skipReason;
            immediate << outcome;
            continue;
        }
        const QList<Finding> &findings = r.findings;
        const QByteArray &compact = r.compact;
        QString invalid = findingsText(findings);
        if (invalid.isEmpty() && compact.size() > m_limits.maxBytesPerItem)
            invalid = QStringLiteral("item is %1 bytes; %2 allows at most %3 (too_large)")
                          .arg(compact.size())
                          .arg(m_connector->displayName())
                          .arg(m_limits.maxBytesPerItem);
        if (!invalid.isEmpty()) {
            outcome.reason =
                QStringLiteral("not sent, invalid for %1: %2").arg(m_connector->displayName(), invalid);
            AttemptRecord attempt;
            attempt.startedAt = now;
            attempt.request = redact(AttemptLog::truncate(compact), secrets);
            attempt.outcome = QStringLiteral("invalid");
            attempt.error = invalid;
            outcome.attempt = attempt;
            immediate << outcome;
            continue;
        }
        if (!byAction.contains(item.action))
            actions << item.action;
        // Latency runs from when this engine took the work on: an imported or seeded event carries
        // its historical receive time, so the delivery's creation is the later bound.
        const qint64 takenOnAt = std::max(event.receivedAt.toMSecsSinceEpoch(), d.createdAt);
        byAction[item.action].append({d, item, takenOnAt, compact.size(), compact});
    }

    for (const QString &action : std::as_const(actions)) {
        const QList<PendingItem> &items = byAction[action];
        const bool batch = m_connector->canBatch(action);
        const int maxItems = batch ? std::max(1, m_limits.maxItemsPerRequest) : 1;
        // Room for the envelope around the items ({"batch":[...],"sentAt":...}).
        const qint64 maxBytes = m_limits.maxBytesPerRequest - 1024;
        OutgoingRequest current{action, {}};
        qint64 bytes = 0;
        // Claims follow one another while requests wait for the rate limit: the last request still
        // waiting is topped up first, so a rate-limited destination sends full batches. Its items stay
        // after the ones already there, and sendNext keeps a profile's requests in order.
        if (!m_ready.empty() && m_ready.back().action == action
            && m_ready.back().items.size() < qsizetype(maxItems)) {
            current = std::move(m_ready.back());
            m_ready.pop_back();
            for (const PendingItem &item : std::as_const(current.items))
                bytes += item.bytes + 1;
        }
        for (const PendingItem &item : items) {
            if (!current.items.isEmpty()
                && (current.items.size() >= maxItems || bytes + item.bytes + 1 > maxBytes)) {
                m_ready.push_back(std::move(current));
                current = OutgoingRequest{action, {}};
                bytes = 0;
            }
            current.items << item;
            bytes += item.bytes + 1;
        }
        if (!current.items.isEmpty())
            m_ready.push_back(std::move(current));
    }
    if (!immediate.isEmpty())
        submitOutcomes(immediate);
}

bool DestinationWorker::sendNext(qint64 now) {
    if (now < m_holdUntilMs) {
        schedulePump(m_holdUntilMs - now);
        return false;
    }
    const qint64 wait = m_bucket.msUntilToken(now);
    if (wait > 0) {
        schedulePump(wait);
        return false;
    }
    // With ordering, a request waits while another one carrying the same profile is in flight.
    auto chosen = m_ready.end();
    if (m_policy.ordering) {
        QSet<qint64> busy;
        for (const QList<qint64> &profiles : std::as_const(m_inFlight))
            for (qint64 p : profiles)
                busy.insert(p);
        for (auto it = m_ready.begin(); it != m_ready.end(); ++it) {
            bool conflict = false;
            for (const PendingItem &item : it->items)
                conflict =
                    conflict || (item.delivery.profileId > 0 && busy.contains(item.delivery.profileId));
            if (!conflict) {
                chosen = it;
                break;
            }
            for (const PendingItem &item : it->items)
                busy.insert(item.delivery.profileId);
        }
        if (chosen == m_ready.end())
            return false;
    } else {
        chosen = m_ready.begin();
    }
    if (!m_breaker.allowRequest(now)) {
        if (m_breaker.state(now) == CircuitBreaker::State::Open)
            schedulePump(m_breaker.openUntilMs() - now);
        return false;
    }
    m_bucket.tryTake(now);
    OutgoingRequest request = std::move(*chosen);
    m_ready.erase(chosen);

    QList<RenderedItem> items;
    QList<QByteArray> bodies;
    QList<qint64> profiles;
    items.reserve(request.items.size());
    bodies.reserve(request.items.size());
    for (const PendingItem &item : std::as_const(request.items)) {
        items << item.item;
        bodies << item.compact;
        profiles << (item.delivery.profileId > 0 ? item.delivery.profileId : -item.delivery.id);
    }
    const HttpRequestSpec spec = m_connector->buildRequestFromJson(m_config, items, bodies);
    QNetworkRequest networkRequest(spec.url);
    for (const auto &header : spec.headers)
        networkRequest.setRawHeader(header.first, header.second);
    networkRequest.setTransferTimeout(int(m_policy.timeoutMs));
    QNetworkReply *reply = m_network->sendCustomRequest(networkRequest, spec.method, spec.body);
    m_inFlight.insert(reply, profiles);
    QElapsedTimer timer;
    timer.start();
    connect(reply, &QNetworkReply::finished, this, [this, reply, request, spec, now, timer]() mutable {
        onFinished(reply, request, spec, now, timer.elapsed());
        // Freeing the rendered items was a tenth of this thread's time: the pool does it.
        QThreadPool::globalInstance()->start(
            [items = std::exchange(request.items, {})]() mutable { items.clear(); });
    });
    return true;
}

void DestinationWorker::onFinished(QNetworkReply *reply, const OutgoingRequest &request,
                                   const HttpRequestSpec &spec, qint64 startedAt, qint64 latencyMs) {
    m_inFlight.remove(reply);
    reply->deleteLater();
    if (m_stopping)
        return;
    const qint64 now = nowMs();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    HttpHeaders headers;
    for (const auto &pair : reply->rawHeaderPairs())
        headers << pair;

    DeliveryOutcome::Kind kind = DeliveryOutcome::Kind::Retry;
    QString reason;
    QString attemptOutcome;
    std::optional<qint64> retryAfter;
    int status = 0;
    if (!statusAttribute.isValid()) {
        const bool timeout = reply->error() == QNetworkReply::OperationCanceledError
                             || reply->error() == QNetworkReply::TimeoutError;
        reason = timeout ? QStringLiteral("no answer within %1 ms (timeout)").arg(m_policy.timeoutMs)
                         : QStringLiteral("connection error: %1").arg(reply->errorString());
        attemptOutcome = timeout ? QStringLiteral("timeout") : QStringLiteral("connection_error");
        m_breaker.recordFailure(now);
        noteFailedRequest();
    } else {
        status = statusAttribute.toInt();
        const ResponseVerdict verdict = m_connector->readResponse(status, headers, body);
        retryAfter =
            verdict.retryAfterMs ? verdict.retryAfterMs : retryAfterFromHeaders(headers, status, now);
        if (status >= 200 && status <= 299) {
            kind = verdict.outcome == ResponseClass::Success     ? DeliveryOutcome::Kind::Delivered
                   : verdict.outcome == ResponseClass::Retryable ? DeliveryOutcome::Kind::Retry
                                                                 : DeliveryOutcome::Kind::Dead;
        } else {
            kind = m_policy.isRetryableStatus(status) ? DeliveryOutcome::Kind::Retry
                                                      : DeliveryOutcome::Kind::Dead;
        }
        if (kind != DeliveryOutcome::Kind::Delivered) {
            const QString detail = verdict.reason.isEmpty() ? bodySnippet(body) : verdict.reason;
            reason = QStringLiteral("HTTP %1").arg(status)
                     + (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
        }
        attemptOutcome = kind == DeliveryOutcome::Kind::Delivered ? QStringLiteral("delivered")
                         : kind == DeliveryOutcome::Kind::Retry   ? QStringLiteral("retryable")
                                                                  : QStringLiteral("rejected");
        if (status == 429)
            m_bucket.slowDown();
        if (retryAfter && *retryAfter > 0 && now + *retryAfter > m_holdUntilMs) {
            // Nothing goes to this destination before the time it asked for.
            m_holdUntilMs = now + *retryAfter;
            m_holdReason = QStringLiteral("HTTP %1 asked to wait %2 ms").arg(status).arg(*retryAfter);
        }
        if (kind == DeliveryOutcome::Kind::Retry) {
            m_breaker.recordFailure(now);
        } else {
            // A rejected item is the data's fault, not the destination's: it counts as the destination
            // answering.
            m_breaker.recordSuccess(now);
            if (kind == DeliveryOutcome::Kind::Delivered)
                m_bucket.recover();
        }
        // A rejected item is the data's fault: the destination answered, so it counts as proven.
        if (kind == DeliveryOutcome::Kind::Retry) {
            noteFailedRequest();
        } else {
            m_proven = true;
            m_failedInARow = 0;
        }
    }

    const QStringList secrets = m_connector->secrets(m_config);
    const QString responseHeaders = AttemptLog::describeHeaders(headers, secrets);
    const QString responseBody = redact(AttemptLog::truncate(body), secrets);
    QList<DeliveryOutcome> outcomes;
    QSet<qint64> retryingProfiles;
    QList<QByteArray> bodies;
    bodies.reserve(request.items.size());
    for (const PendingItem &item : request.items)
        bodies << item.compact;
    // Failed requests keep what was sent for the dead letter; a delivered one is rendered again when
    // looked at (AttemptLog::Bodies).
    const QStringList described = AttemptLog::describeRequests(
        spec, secrets, bodies,
        kind == DeliveryOutcome::Kind::Delivered ? AttemptLog::Bodies::Dropped : AttemptLog::Bodies::Kept);
    // A delivered request's records are the same for every item: stored once (delivery_exchanges).
    const quint64 exchangeKey =
        kind == DeliveryOutcome::Kind::Delivered && request.items.size() > 1 ? ++m_exchangeKeys : 0;
    qsizetype index = 0;
    for (const PendingItem &item : request.items) {
        DeliveryOutcome o;
        o.deliveryId = item.delivery.id;
        o.profileId = item.delivery.profileId;
        o.kind = kind;
        o.reason = reason;
        o.retryAfterMs = retryAfter;
        o.eventReceivedAt = item.receivedAt;
        AttemptRecord a;
        a.startedAt = startedAt;
        a.request = described.at(index++);
        a.httpStatus = status;
        a.responseHeaders = responseHeaders;
        a.responseBody = responseBody;
        a.latencyMs = latencyMs;
        a.outcome = attemptOutcome;
        a.error = reason;
        a.exchangeKey = exchangeKey;
        o.attempt = a;
        outcomes << o;
        if (kind == DeliveryOutcome::Kind::Retry && o.profileId > 0)
            retryingProfiles.insert(o.profileId);
    }
    submitOutcomes(outcomes);

    // Later events of a profile whose earlier event now retries must not overtake it: give their
    // leases back; the next claim finds them behind a retrying row and marks them blocked.
    if (m_policy.ordering && m_claiming)
        m_leftWhileClaiming.unite(retryingProfiles);
    if (m_policy.ordering && !retryingProfiles.isEmpty()) {
        QList<qint64> released;
        for (auto it = m_ready.begin(); it != m_ready.end();) {
            QList<PendingItem> kept;
            for (const PendingItem &item : it->items) {
                if (retryingProfiles.contains(item.delivery.profileId))
                    released << item.delivery.id;
                else
                    kept << item;
            }
            it->items = kept;
            it = it->items.isEmpty() ? m_ready.erase(it) : it + 1;
        }
        if (!released.isEmpty())
            releaseToOutbox(released);
    }
    publishState(kind != DeliveryOutcome::Kind::Delivered);
    schedulePump(0);
}

void DestinationWorker::releaseReady() {
    // While the destination asked us to wait (or the breaker is open) claimed rows go back to the
    // outbox rather than sit here past their lease.
    if (m_ready.empty())
        return;
    QList<qint64> ids;
    for (const OutgoingRequest &request : m_ready)
        for (const PendingItem &item : request.items) {
            ids << item.delivery.id;
            if (m_claiming && item.delivery.profileId > 0)
                m_leftWhileClaiming.insert(item.delivery.profileId);
        }
    m_ready.clear();
    releaseToOutbox(ids);
}

void DestinationWorker::submitOutcomes(const QList<DeliveryOutcome> &outcomes) {
    const qint64 destination = m_config.id;
    const QString owner = m_owner;
    const DeliveryPolicy policy = m_policy;
    // A retrying row holds up its profile's later rows: no hand-offs until it is recorded, and those
    // credited before are given back on arrival (HandoffInbox::revoke).
    const bool retries = std::any_of(outcomes.cbegin(), outcomes.cend(), [](const DeliveryOutcome &o) {
        return o.kind == DeliveryOutcome::Kind::Retry;
    });
    if (retries && m_handoff) {
        m_handoff->revoke();
        ++m_failuresRecording;
    }
    const QFuture<WriteResult> recorded = m_workspace->writer()->submitRelaxed([=](WriteContext &context) {
        OutboxQueue::apply(context, destination, owner, outcomes, policy);
        return QVariant();
    });
    whenFinished(recorded, this, [this, retries](const WriteResult &written) {
        if (retries)
            --m_failuresRecording;
        if (!written.ok)
            qWarning("Switchboard delivery: recording outcomes for destination %lld failed: %s", m_config.id,
                     qPrintable(written.error));
        schedulePump(0);
    });
}

void DestinationWorker::maintenance(qint64 now) {
    if (m_lastMaintenanceMs != 0 && now - m_lastMaintenanceMs < kMaintenanceEveryMs
        && now >= m_lastMaintenanceMs)
        return;
    m_lastMaintenanceMs = now;
    const qint64 destination = m_config.id;
    const bool ordering = m_policy.ordering;
    m_workspace->writer()->submitRelaxed([destination, ordering](WriteContext &context) {
        MetricsRecorder::prune(context.db, context.clock->nowMs());
        OutboxQueue::unblockReady(context, destination, ordering);
        return QVariant();
    });
}

void DestinationWorker::publishState(bool force) {
    const qint64 now = nowMs();
    const CircuitBreaker::State breaker = m_breaker.state(now);
    QJsonObject state{
        {QStringLiteral("destinationId"), double(m_config.id)},
        {QStringLiteral("owner"), m_owner},
        {QStringLiteral("paused"), m_paused},
        {QStringLiteral("breaker"), CircuitBreaker::name(breaker)},
        {QStringLiteral("breakerOpenUntil"),
         breaker == CircuitBreaker::State::Open ? double(m_breaker.openUntilMs()) : 0.0},
        {QStringLiteral("holdUntil"), m_holdUntilMs > now ? double(m_holdUntilMs) : 0.0},
        {QStringLiteral("holdReason"), m_holdUntilMs > now ? m_holdReason : QString()},
        {QStringLiteral("rateLimit"),
         QJsonObject{{QStringLiteral("baseRequestsPerSecond"), m_bucket.baseRate()},
                     {QStringLiteral("currentRequestsPerSecond"), m_bucket.currentRate()},
                     {QStringLiteral("burst"), m_bucket.burst()},
                     {QStringLiteral("throttled"), m_bucket.throttled()}}},
        {QStringLiteral("inFlightRequests"), int(m_inFlight.size())},
        {QStringLiteral("queuedRequests"), int(m_ready.size())},
    };
    const QString text = QString::fromUtf8(json::compact(state));
    state.insert(QStringLiteral("updatedAt"), double(now));
    {
        QMutexLocker lock(&m_stateMutex);
        m_state = state;
    }
    const bool changed = text != m_lastStateText;
    if (!(force && changed) && !(changed && now - m_lastPublishMs >= 1000) && now - m_lastPublishMs < 30'000)
        return;
    m_lastStateText = text;
    m_lastPublishMs = now;
    const QString key = stateKey(m_config.id);
    const QString value = QString::fromUtf8(json::compact(state));
    m_workspace->writer()->submitRelaxed([key, value](WriteContext &context) {
        sql::exec(
            context.db,
            QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                           "value = excluded.value"),
            {key, value});
        return QVariant();
    });
}

void DestinationWorker::stop() {
    m_stopping = true;
    m_reads.clear();
    if (m_timer)
        m_timer->stop();
    QList<qint64> unsent;
    if (m_handoff) {
        // No more hand-offs; those on their way are leased to this owner and released below.
        HandoffRegistry::close(m_workspace->databasePath(), m_config.id, m_handoff.get());
        m_handoff->setArrivalListener(nullptr);
        m_handoff->revoke();
        for (const HandedDelivery &handed : m_handoff->take())
            unsent << handed.delivery.id;
    }
    if (m_claiming) {
        m_claimFuture.waitForFinished();
        if (m_claimResult)
            for (const ClaimedDelivery &d : std::as_const(m_claimResult->deliveries))
                unsent << d.id;
        m_claiming = false;
    }
    for (const OutgoingRequest &request : m_ready)
        for (const PendingItem &item : request.items)
            unsent << item.delivery.id;
    m_ready.clear();
    // Requests in flight may or may not have arrived; their rows go back to the queue and the
    // destination deduplicates a second copy by the idempotency key.
    const QList<QNetworkReply *> replies = m_inFlight.keys();
    m_inFlight.clear();
    for (QNetworkReply *reply : replies) {
        reply->abort();
        reply->deleteLater();
    }
    // With hand-offs open, rows may have been leased to this owner in a commit whose deliveries never
    // reached the inbox: the owner's in-flight rows all go back.
    if (!replies.isEmpty() || !unsent.isEmpty() || m_handoff) {
        const QString owner = m_owner;
        const qint64 destination = m_config.id;
        m_workspace->writer()->run([owner, destination, unsent](WriteContext &context) {
            OutboxQueue::release(context, owner, unsent);
            sql::exec(context.db,
                      QStringLiteral(
                          "UPDATE deliveries SET status = CASE WHEN attempts > 0 THEN 'retrying' ELSE "
                          "'pending' END, lease_owner = NULL, lease_expires_at = NULL, next_attempt_at = ? "
                          "WHERE destination_id = ? AND lease_owner = ? AND status = 'in_flight'"),
                      {context.clock->nowMs(), destination, owner});
            return QVariant();
        });
    }
    delete m_timer;
    m_timer = nullptr;
    delete m_network;
    m_network = nullptr;
}

} // namespace sb
