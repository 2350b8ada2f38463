#pragma once
// Test-only pieces shared by the delivery tests and the crash-test child: a small batching JSON
// connector, a renderer, workspace seeding, event ingestion through the outbox, and a loopback
// receiver with scripted answers. Real SQLite, real HTTP over 127.0.0.1.

#include <QElapsedTimer>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlQuery>
#include <QTcpSocket>
#include <functional>
#include <memory>
#include <vector>

#include "connectors/connector.h"
#include "core/clock.h"
#include "core/routing.h"
#include "delivery/dispatcher.h"
#include "delivery/outbox.h"
#include "store/sql.h"
#include "store/workspace.h"
#include "store/writer.h"

namespace sbtest {

using namespace sb;

// POST {base}/batch {"batch":[items]} with a bearer key; items carry "messageId".
class TestConnector final : public Connector {
public:
    explicit TestConnector(int maxItems = 10, double rate = 1000, int burst = 1000)
        : m_maxItems(maxItems)
        , m_rate(rate)
        , m_burst(burst) {}
    QString kind() const override { return QStringLiteral("testjson"); }
    QString displayName() const override { return QStringLiteral("Test JSON"); }
    QStringList actions() const override { return {QStringLiteral("track")}; }
    ConnectorLimits limits(const DestinationConfig &) const override {
        ConnectorLimits l;
        l.maxItemsPerRequest = m_maxItems;
        l.maxBytesPerRequest = 64 * 1024;
        l.maxBytesPerItem = 4 * 1024;
        l.requestsPerSecond = m_rate;
        l.burst = m_burst;
        return l;
    }
    bool canBatch(const QString &) const override { return true; }
    QString idempotencyField() const override { return QStringLiteral("messageId"); }
    HttpRequestSpec buildRequest(const DestinationConfig &d,
                                 const QList<RenderedItem> &items) const override {
        QJsonArray batch;
        for (const RenderedItem &item : items)
            batch.append(item.body);
        HttpRequestSpec spec;
        spec.method = "POST";
        spec.url = QUrl(d.baseUrl.toString() + QStringLiteral("/batch"));
        spec.headers = {
            {"Content-Type", "application/json"},
            {"Authorization", "Bearer " + d.credentials.value(QStringLiteral("apiKey")).toUtf8()}};
        spec.body =
            QJsonDocument(QJsonObject{{QStringLiteral("batch"), batch}}).toJson(QJsonDocument::Compact);
        return spec;
    }
    ResponseVerdict readResponse(int status, const HttpHeaders &, const QByteArray &body) const override {
        ResponseVerdict v;
        if (status >= 200 && status < 300) {
            v.outcome = ResponseClass::Success;
            return v;
        }
        v.outcome = (status == 429 || status >= 500) ? ResponseClass::Retryable : ResponseClass::Terminal;
        v.reason = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
        return v;
    }
    QList<Finding> validate(const RenderedItem &item) const override {
        if (item.body.value(QStringLiteral("event")).toString() == QLatin1String("Invalid Event"))
            return {{Finding::Severity::Error, QStringLiteral("event"),
                     QStringLiteral("forbidden_characters"),
                     QStringLiteral("the event name is not allowed")}};
        return {};
    }
    QStringList secrets(const DestinationConfig &d) const override {
        return {d.credentials.value(QStringLiteral("apiKey"))};
    }

private:
    int m_maxItems;
    double m_rate;
    int m_burst;
};

// Leaves the key to the worker (KeyPlacement) and the serialisation too, as a plain render may.
inline RenderedItem testRender(const DestinationConfig &, qint64 mappingId, int, const QString &,
                               const Event &event, const Profile &profile, QByteArray *) {
    RenderedItem item;
    item.action = QStringLiteral("track");
    if (event.name == QLatin1String("Skip Me")) {
        item.skip = true;
        item.skipReason = QStringLiteral("profile has no email");
        return item;
    }
    item.body = QJsonObject{{QStringLiteral("type"), QStringLiteral("track")},
                            {QStringLiteral("event"), event.name},
                            {QStringLiteral("userId"), profile.userId},
                            {QStringLiteral("mappingId"), double(mappingId)},
                            {QStringLiteral("eventId"), double(event.id)},
                            {QStringLiteral("properties"), event.properties()}};
    return item;
}

inline const QString kApiKey = QStringLiteral("sk_test_SECRET_0123456789");

struct Seeded {
    qint64 sourceId = 0;
    QList<qint64> destinationIds;
    QList<qint64> mappingIds; // one per destination
};

inline qint64 insertId(WriteContext &c, const QString &statement, const QVariantList &binds) {
    return sql::exec(c.db, statement, binds).lastInsertId().toLongLong();
}

// One source and the given destinations (name -> base URL + delivery settings), one mapping each.
inline Seeded seed(Workspace *ws, const QList<std::pair<QString, QString>> &destinations,
                   const QJsonObject &deliverySettings = {}) {
    Seeded out;
    ws->writer()->run([&](WriteContext &c) {
        const qint64 now = c.clock->nowMs();
        out.sourceId = insertId(
            c, QStringLiteral("INSERT INTO sources(name, kind, created_at) VALUES ('shop', 'smrt', ?)"),
            {now});
        for (const auto &d : destinations) {
            const QString settings =
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("delivery"), deliverySettings}})
                                      .toJson(QJsonDocument::Compact));
            const qint64 id =
                insertId(c,
                         QStringLiteral("INSERT INTO destinations(name, connector, base_url, settings, "
                                        "created_at) VALUES (?, 'testjson', ?, ?, ?)"),
                         {d.first, d.second, settings, now});
            out.destinationIds << id;
            out.mappingIds << insertId(
                c, QStringLiteral("INSERT INTO mappings(destination_id, name) VALUES (?, 'all')"), {id});
        }
        return QVariant();
    });
    return out;
}

inline qint64 addProfile(Workspace *ws, const QString &userId) {
    return ws->writer()
        ->run([&](WriteContext &c) {
            return QVariant(
                insertId(c,
                         QStringLiteral("INSERT INTO profiles(user_id, email, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?)"),
                         {userId, QString(userId + QStringLiteral("@example.com")), c.clock->nowMs(),
                          c.clock->nowMs()}));
        })
        .value.toLongLong();
}

// Stores an event and enqueues it the way the ingest hook does: event row + outbox rows in one job.
inline void storeEvent(WriteContext &c, Event &e, const QList<RouteDecision> &decisions) {
    const qint64 now = c.clock->nowMs();
    e.occurredAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    e.receivedAt = e.occurredAt;
    e.type = QStringLiteral("track");
    e.id = insertId(
        c,
        QStringLiteral("INSERT INTO events(message_id, source_id, type, name, profile_id, occurred_at, "
                       "received_at, payload) VALUES (?, ?, 'track', ?, ?, ?, ?, ?)"),
        {e.messageId, e.sourceId, e.name, e.profileId > 0 ? QVariant(e.profileId) : QVariant(), now, now,
         QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact))});
    Outbox::enqueue(c, e, decisions);
}

inline QList<RouteDecision> matchAll(const Seeded &s) {
    QList<RouteDecision> out;
    for (qsizetype i = 0; i < s.destinationIds.size(); ++i) {
        RouteDecision d;
        d.destinationId = s.destinationIds.at(i);
        d.mappingId = s.mappingIds.at(i);
        d.mappingVersion = 1;
        d.matched = true;
        out << d;
    }
    return out;
}

inline qint64 ingest(Workspace *ws, const Seeded &s, const QString &messageId, qint64 profileId,
                     const QString &name = QStringLiteral("Order Created"),
                     std::optional<QList<RouteDecision>> decisions = std::nullopt) {
    return ws->writer()
        ->run([&](WriteContext &c) {
            Event e;
            e.messageId = messageId;
            e.sourceId = s.sourceId;
            e.sourceKind = QStringLiteral("smrt");
            e.name = name;
            e.profileId = profileId;
            e.payload =
                QJsonObject{{QStringLiteral("event"), name},
                            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("n"), messageId}}}};
            storeEvent(c, e, decisions ? *decisions : matchAll(s));
            return QVariant(e.id);
        })
        .value.toLongLong();
}

inline QList<DestinationConfig> loadConfigs(Workspace *ws) {
    QList<DestinationConfig> out;
    QSqlQuery q = sql::exec(
        ws->reader(), QStringLiteral("SELECT id, name, connector, base_url, settings FROM destinations"));
    while (q.next()) {
        DestinationConfig d;
        d.id = q.value(0).toLongLong();
        d.name = q.value(1).toString();
        d.connector = q.value(2).toString();
        d.baseUrl = QUrl(q.value(3).toString());
        d.credentials.insert(QStringLiteral("apiKey"), kApiKey);
        d.settings = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
        out << d;
    }
    return out;
}

inline DeliveryServices services(Workspace *ws, const Connector *connector) {
    DeliveryServices s;
    s.destinations = [ws] {
        return loadConfigs(ws);
    };
    s.connector = [connector](const QString &kind) {
        return kind == connector->kind() ? connector : nullptr;
    };
    s.render = testRender;
    return s;
}

// A loopback HTTP receiver: records every request (clock time, items, keys) and answers from a
// script. It lives on the test's thread; the workers talk to it from theirs.
class Receiver {
public:
    struct Reply {
        enum class Kind { Respond, Hang, Reset };
        Kind kind = Kind::Respond;
        int status = 200;
        QByteArray body = "{}";
        QByteArray retryAfter;
    };
    struct Received {
        qint64 atMs = 0;
        QString path;
        QByteArray authorization;
        QStringList keys;
        QList<QJsonObject> items;
    };
    using Script = std::function<Reply(int index, const Received &request)>;

    explicit Receiver(Clock *clock = Clock::system())
        : m_clock(clock) {
        m_server.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                handle(request, std::move(responder));
            });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    void setScript(Script script) { m_script = std::move(script); }
    int requestCount() const { return int(m_received.size()); }
    const QList<Received> &received() const { return m_received; }
    int itemCount() const {
        int n = 0;
        for (const Received &r : m_received)
            n += int(r.keys.size());
        return n;
    }
    // Items acknowledged with 2xx, per key.
    const QHash<QString, int> &acceptedKeys() const { return m_accepted; }
    QStringList orderOfAcceptedEvents() const { return m_acceptedOrder; }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        Received r;
        r.atMs = m_clock->nowMs();
        r.path = request.url().path();
        r.authorization = request.value("Authorization");
        const QJsonArray batch =
            QJsonDocument::fromJson(request.body()).object().value(QStringLiteral("batch")).toArray();
        for (const QJsonValue &v : batch) {
            r.items << v.toObject();
            r.keys << v.toObject().value(QStringLiteral("messageId")).toString();
        }
        const int index = int(m_received.size());
        m_received << r;
        const Reply reply = m_script ? m_script(index, r) : Reply{};
        if (reply.kind == Reply::Kind::Hang) {
            m_hanging.push_back(std::make_shared<QHttpServerResponder>(std::move(responder)));
            return;
        }
        if (reply.kind == Reply::Kind::Reset) {
            responder.socket()->abort();
            return;
        }
        if (reply.status >= 200 && reply.status < 300)
            for (const QJsonObject &item : std::as_const(r.items)) {
                const QString key = item.value(QStringLiteral("messageId")).toString();
                m_accepted[key] += 1;
                if (m_accepted[key] == 1)
                    m_acceptedOrder << item.value(QStringLiteral("properties"))
                                           .toObject()
                                           .value(QStringLiteral("n"))
                                           .toString();
            }
        const auto status = QHttpServerResponder::StatusCode(reply.status);
        if (reply.retryAfter.isEmpty())
            responder.write(reply.body, {{"Content-Type", "application/json"}}, status);
        else
            responder.write(reply.body,
                            {{"Content-Type", "application/json"}, {"Retry-After", reply.retryAfter}},
                            status);
    }

    Clock *m_clock;
    QHttpServer m_server;
    quint16 m_port = 0;
    Script m_script;
    QList<Received> m_received;
    QHash<QString, int> m_accepted;
    QStringList m_acceptedOrder;
    std::vector<std::shared_ptr<QHttpServerResponder>> m_hanging;
};

} // namespace sbtest
