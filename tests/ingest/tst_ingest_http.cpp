// HTTP ingest over real loopback: Segment-, Segmentify-compatible endpoints and signed webhooks, against
// an Engine on 127.0.0.1 port 0 with a real workspace.
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/clock.h"
#include "engine.h"
#include "ingest/acceptlog.h"
#include "ingest/ingestserver.h"
#include "ingest/ingestservice.h"
#include "ingest/sourcestore.h"
#include "store/sql.h"
#include "store/workspace.h"
#include "store/writer.h"
#include "writerhold.h"

using namespace sb;
using sbtest::WriterHold;

namespace {

struct Answer {
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QByteArray retryAfter;
    QJsonObject object() const { return json.object(); }
};

struct Fixture {
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2024, 3, 4), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Engine> engine;
    QHash<QString, SourceInfo> sources;
    QNetworkAccessManager network;

    Fixture() {
        Engine::Options options;
        options.workspaceDir = dir.path();
        options.clock = &clock;
        engine = Engine::start(options).take();
        SourceStore store(engine->workspace());
        for (const char *kind : {"segment", "smrt", "ordergroove", "smile"})
            sources.insert(QLatin1String(kind), store.add(QLatin1String(kind), QLatin1String(kind)).take());
        sources.insert("segmentify", store.add("shop", "segmentify", "www.exampleshop.com").take());
    }

    Answer send(const QByteArray &method, const QString &path, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers = {}) {
        QNetworkRequest request(QUrl(engine->ingestUrl() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        return answerOf(network.sendCustomRequest(request, method, body));
    }
    QByteArray basic(const QString &kind) {
        return "Basic " + QByteArray(sources.value(kind).writeKey.toUtf8() + ':').toBase64();
    }
    Answer segment(const QString &path, const QJsonObject &body, const QString &kind = "segment") {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                    {{"Authorization", basic(kind)}});
    }
    Answer segmentify(const QJsonArray &events, const QString &query = {},
                      const QByteArray &origin = "http://www.exampleshop.com") {
        const QString q =
            query.isNull() ? QStringLiteral("?apiKey=") + sources.value("segmentify").writeKey : query;
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!origin.isEmpty())
            headers.append({"Origin", origin});
        return send("POST", "/add/events/v1.json" + q, QJsonDocument(events).toJson(QJsonDocument::Compact),
                    headers);
    }
    Answer hook(const QString &kind, const QByteArray &body, const QByteArray &signature = {}) {
        const QByteArray sig =
            signature.isNull()
                ? "sha256="
                      + QMessageAuthenticationCode::hash(body, sources.value(kind).webhookSecret.toUtf8(),
                                                         QCryptographicHash::Sha256)
                            .toHex()
                : signature;
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!sig.isEmpty())
            headers.append({IngestServer::kSignatureHeader, sig});
        return send("POST", "/hooks/" + kind, body, headers);
    }
    QNetworkReply *postLater(const QString &path, const QJsonObject &body) {
        QNetworkRequest request(QUrl(engine->ingestUrl() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("Authorization", basic("segment"));
        return network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    // Waits for the reply (the event loop turns meanwhile) and reads it.
    static Answer answerOf(QNetworkReply *reply) {
        if (!reply->isFinished())
            QSignalSpy(reply, &QNetworkReply::finished).wait(20000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.json = QJsonDocument::fromJson(a.body);
        a.retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
        return a;
    }
    QVariant scalar(const QString &text, const QVariantList &binds = {}) {
        return sql::scalar(engine->workspace()->reader(), text, binds);
    }
    int events() { return scalar("SELECT count(*) FROM events").toInt(); }
};

QJsonObject track(const QString &event, const QString &messageId = {}, const QJsonObject &properties = {}) {
    QJsonObject o{{"type", "track"}, {"userId", "u-1"}, {"event", event}, {"properties", properties}};
    if (!messageId.isEmpty())
        o.insert("messageId", messageId);
    return o;
}

QJsonObject clicks(const QString &tag, int count) {
    QJsonArray batch;
    for (int i = 0; i < count; ++i)
        batch.append(track("Clicked", QStringLiteral("%1-%2").arg(tag).arg(i)));
    return QJsonObject{{"batch", batch}};
}

QJsonObject sfPage(const QString &category = "Home Page") {
    return QJsonObject{{"name", "PAGE_VIEW"},
                       {"userId", "V1"},
                       {"sessionId", "S1"},
                       {"device", "IOS"},
                       {"category", category}};
}

} // namespace

class TestIngestHttp : public QObject {
    Q_OBJECT
private slots:
    void segmentEndpointsStoreBeforeAnswering() {
        Fixture f;
        QVERIFY(f.engine->ingestUrl().startsWith("http://127.0.0.1:"));
        const Answer t = f.segment("/v1/track", track("Clicked", "m-1"));
        QCOMPARE(t.status, 200);
        QCOMPARE(t.object().value("success").toBool(), true);
        // Accepted means committed; on a quiet engine the events are also stored and routed in that same
        // commit, so the row is readable the moment the answer arrives.
        QCOMPARE(f.scalar("SELECT count(*) FROM events WHERE message_id = 'm-1'").toInt(), 1);
        QCOMPARE(f.segment("/v1/identify",
                           {{"userId", "u-1"}, {"traits", QJsonObject{{"email", "u1@example.com"}}}})
                     .status,
                 200);
        QCOMPARE(f.segment("/v1/page", {{"anonymousId", "a-1"}, {"name", "Home"}}).status, 200);
        QCOMPARE(f.segment("/v1/screen", {{"anonymousId", "a-1"}, {"name", "Cart"}}).status, 200);
        QCOMPARE(f.segment("/v1/group", {{"userId", "u-1"}, {"groupId", "g-1"}}).status, 200);
        QCOMPARE(f.segment("/v1/alias", {{"userId", "u-1"}, {"previousId", "a-1"}}).status, 200);
        const QJsonObject batch{
            {"batch", QJsonArray{track("A"), QJsonObject{{"type", "identify"}, {"userId", "u-2"}}}}};
        const Answer b = f.segment("/v1/batch", batch);
        QCOMPARE(b.status, 200);
        QCOMPARE(b.object().value("accepted").toInt(), 2);
        QCOMPARE(f.events(), 8);
        QCOMPARE(f.scalar("SELECT group_concat(DISTINCT type) FROM (SELECT type FROM events ORDER BY type)")
                     .toString(),
                 QStringLiteral("alias,group,identify,page,screen,track"));
        // alias linked the anonymous visitor to the user: one profile for u-1 and a-1.
        QCOMPARE(f.scalar("SELECT count(DISTINCT profile_id) FROM identities WHERE value IN ('u-1', 'a-1')")
                     .toInt(),
                 1);
    }

    void writeKeyInBasicAuthOrBody() {
        Fixture f;
        QJsonObject body = track("Clicked");
        body.insert("writeKey", f.sources.value("segment").writeKey);
        QCOMPARE(f.send("POST", "/v1/track", QJsonDocument(body).toJson()).status, 200);
        const Answer none = f.send("POST", "/v1/track", QJsonDocument(track("Clicked")).toJson());
        QCOMPARE(none.status, 401);
        QVERIFY(none.object().value("message").toString().contains("write key"));
        const Answer wrong =
            f.send("POST", "/v1/track", QJsonDocument(track("Clicked")).toJson(),
                   {{"Authorization", "Basic " + QByteArray("sbk_nope_12345678:").toBase64()}});
        QCOMPARE(wrong.status, 401);
        QVERIFY(!wrong.body.contains("sbk_nope_12345678")); // the key is masked in the answer
        QCOMPARE(f.events(), 1);
    }

    void segmentLimits() {
        Fixture f;
        const QString big(33 * 1024, u'x');
        const Answer one = f.segment("/v1/track", track("Big", {}, {{"blob", big}}));
        QCOMPARE(one.status, 400);
        QVERIFY2(one.object().value("message").toString().contains("32 KB"), one.body);
        // In a batch the oversized message is refused alone; its neighbours are stored.
        const QJsonObject batch{
            {"batch", QJsonArray{track("Small", "ok-1"), track("Big", "big-1", {{"blob", big}}),
                                 track("Small", "ok-2")}}};
        const Answer mixed = f.segment("/v1/batch", batch);
        QCOMPARE(mixed.status, 200);
        QCOMPARE(mixed.object().value("accepted").toInt(), 2);
        const QJsonObject rejected = mixed.object().value("rejected").toArray().first().toObject();
        QCOMPARE(rejected.value("index").toInt(), 1);
        QCOMPARE(rejected.value("messageId").toString(), QStringLiteral("big-1"));
        QVERIFY(rejected.value("error").toString().contains("32 KB"));
        // Over 500 KB the whole batch is refused.
        QJsonArray many;
        const QString chunk(30 * 1024, u'y');
        for (int i = 0; i < 18; ++i)
            many.append(track("Chunk", QString("c-%1").arg(i), {{"blob", chunk}}));
        const Answer huge = f.segment("/v1/batch", {{"batch", many}});
        QCOMPARE(huge.status, 400);
        QVERIFY(huge.object().value("message").toString().contains("500 KB"));
        QCOMPARE(f.events(), 2);
    }

    void preciseErrorsAndGoodNeighbours() {
        Fixture f;
        const Answer noEvent = f.segment("/v1/track", {{"userId", "u"}});
        QCOMPARE(noEvent.status, 400);
        QVERIFY(noEvent.object().value("message").toString().startsWith("event:"));
        const Answer noUser = f.segment("/v1/identify", {{"traits", QJsonObject()}});
        QVERIFY(noUser.object().value("message").toString().contains("userId or anonymousId"));
        QCOMPARE(f.segment("/v1/track", {{"bad json", 1}}).status, 400);
        QCOMPARE(f.send("POST", "/v1/track", "{not json", {{"Authorization", f.basic("segment")}}).status,
                 400);
        // Catalog checks for an SMRT source speaking Segment: scheduled_by must be Employee or Customer.
        const QJsonObject batch{
            {"batch", QJsonArray{QJsonObject{{"type", "track"},
                                             {"userId", "c1"},
                                             {"event", "Pickup Scheduled"},
                                             {"properties", QJsonObject{{"scheduled_by", "Robot"}}}},
                                 QJsonObject{{"type", "track"},
                                             {"userId", "c1"},
                                             {"event", "Pickup Scheduled"},
                                             {"properties", QJsonObject{{"scheduled_by", "Customer"}}}}}}};
        const Answer smrt = f.segment("/v1/batch", batch, "smrt");
        QCOMPARE(smrt.status, 200);
        QCOMPARE(smrt.object().value("accepted").toInt(), 1);
        const QJsonObject why = smrt.object().value("rejected").toArray().first().toObject();
        QCOMPARE(why.value("index").toInt(), 0);
        QVERIFY2(why.value("error").toString().contains(
                     "properties.scheduled_by: 'Robot' is not one of: Employee, Customer"),
                 qPrintable(why.value("error").toString()));
    }

    void messageIdDeduplication() {
        Fixture f;
        QCOMPARE(f.segment("/v1/track", track("Clicked", "same")).status, 200);
        const Answer again = f.segment("/v1/track", track("Clicked", "same"));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.object().value("duplicates").toInt(), 1);
        QCOMPARE(f.events(), 1);
        // Per source: the same id from another source is another event.
        QCOMPARE(f.segment("/v1/track", track("Pickup Missed", "same"), "smrt").status, 200);
        QCOMPARE(f.events(), 2);
    }

    void sentAtClockSkewCorrection() {
        Fixture f;
        // The client's clock runs one hour ahead; it recorded the event 10 s before sending.
        const QDateTime server = f.clock.now();
        QJsonObject message = track("Skewed", "skew-1");
        message.insert("timestamp", server.addSecs(3600 - 10).toString(Qt::ISODateWithMs));
        message.insert("sentAt", server.addSecs(3600).toString(Qt::ISODateWithMs));
        QCOMPARE(f.segment("/v1/track", message).status, 200);
        QCOMPARE(f.scalar("SELECT occurred_at FROM events WHERE message_id = 'skew-1'").toLongLong(),
                 server.addSecs(-10).toMSecsSinceEpoch());
        QCOMPARE(f.scalar("SELECT received_at FROM events WHERE message_id = 'skew-1'").toLongLong(),
                 server.toMSecsSinceEpoch());
        // Batch-level sentAt applies to messages without their own.
        QJsonObject m2 = track("Skewed", "skew-2");
        m2.insert("timestamp", server.addSecs(3600 - 60).toString(Qt::ISODateWithMs));
        QCOMPARE(f.segment("/v1/batch", {{"batch", QJsonArray{m2}},
                                         {"sentAt", server.addSecs(3600).toString(Qt::ISODateWithMs)}})
                     .status,
                 200);
        QCOMPARE(f.scalar("SELECT occurred_at FROM events WHERE message_id = 'skew-2'").toLongLong(),
                 server.addSecs(-60).toMSecsSinceEpoch());
    }

    void segmentifyAccountErrors() {
        Fixture f;
        auto code = [](const Answer &a) {
            return a.object().value("statusCode").toString();
        };
        QCOMPARE(code(f.segmentify({sfPage()}, "")), QStringLiteral("NO_API_KEY"));
        QCOMPARE(code(f.segmentify({sfPage()}, "?apiKey=XXXXXXXX-XXXX")), QStringLiteral("NO_ACCOUNT"));
        // A Segment source's key is not a Segmentify account.
        QCOMPARE(code(f.segmentify({sfPage()}, "?apiKey=" + f.sources.value("segment").writeKey)),
                 QStringLiteral("NO_ACCOUNT"));
        QCOMPARE(code(f.segmentify({sfPage()}, QString(), "http://evil.example.org")),
                 QStringLiteral("NO_DOMAIN_APIKEY_MATCH"));
        QCOMPARE(code(f.segmentify({sfPage()}, QString(), QByteArray())),
                 QStringLiteral("NO_DOMAIN_APIKEY_MATCH"));
        const Answer bad = f.segmentify({sfPage()}, "?apiKey=" + f.sources.value("segmentify").writeKey,
                                        "http://evil.example.org");
        QCOMPARE(bad.status, 200);
        QVERIFY(bad.object().contains("timestamp"));
        QCOMPARE(bad.object().value("responses").toArray().size(), 0);
        const qint64 id = f.sources.value("segmentify").id;
        f.engine->workspace()->writer()->run([id](WriteContext &c) {
            sql::exec(
                c.db,
                "UPDATE sources SET settings = json_set(settings, '$.verified', json('false')) WHERE id = ?",
                {id});
            return QVariant();
        });
        f.engine->ingestServer()->reloadSources();
        QCOMPARE(code(f.segmentify({sfPage()})), QStringLiteral("UNVERIFIED_ACCOUNT"));
        f.engine->workspace()->writer()->run([id](WriteContext &c) {
            sql::exec(c.db,
                      "UPDATE sources SET settings = '{\"domain\":\"www.exampleshop.com\"}', enabled = 0 "
                      "WHERE id = ?",
                      {id});
            return QVariant();
        });
        // The server re-reads sources on unknown keys only: start a fresh engine on the same workspace.
        const QString dirPath = f.dir.path();
        f.engine.reset();
        Engine::Options options;
        options.workspaceDir = dirPath;
        options.clock = &f.clock;
        f.engine = Engine::start(options).take();
        QCOMPARE(code(f.segmentify({sfPage()})), QStringLiteral("FAILED_ACCOUNT"));
        QCOMPARE(f.events(), 0);
    }

    void segmentifyRequestErrors() {
        Fixture f;
        auto code = [](const Answer &a) {
            return a.object().value("statusCode").toString();
        };
        const QString key = "?apiKey=" + f.sources.value("segmentify").writeKey;
        const QList<QPair<QByteArray, QByteArray>> origin{{"Origin", "http://www.exampleshop.com"}};
        QCOMPARE(code(f.send("POST", "/add/events/v1.json" + key, "{\"name\":\"PAGE_VIEW\"}", origin)),
                 QStringLiteral("BAD_INPUT"));
        QCOMPARE(code(f.send("POST", "/add/events/v1.json" + key, "[{", origin)),
                 QStringLiteral("BAD_INPUT"));
        QCOMPARE(code(f.segmentify({})), QStringLiteral("NO_EVENT"));
        QJsonObject noUser = sfPage();
        noUser.remove("userId");
        QCOMPARE(code(f.segmentify({sfPage(), noUser})), QStringLiteral("NO_USERID"));
        QJsonObject noSession = sfPage();
        noSession.remove("sessionId");
        QCOMPARE(code(f.segmentify({noSession})), QStringLiteral("NO_SESSIONID"));
        QCOMPARE(f.events(), 0);
        // Anything but POST on the event endpoint: 400.
        QCOMPARE(f.send("GET", "/add/events/v1.json" + key, {}).status, 400);
    }

    void segmentifyValidatesEachEventAndKeepsGoodOnes() {
        Fixture f;
        QJsonObject badDevice = sfPage();
        badDevice.insert("device", "PHONE");
        const QJsonObject product{{"name", "PRODUCT_VIEW"},    {"userId", "V1"},
                                  {"sessionId", "S1"},         {"device", "PC"},
                                  {"productId", "P1"},         {"title", "Shoe"},
                                  {"url", "https://x/p1"},     {"image", "https://x/p1.png"},
                                  {"category", "Men > Shoes"}, {"price", "349.99"}};
        const QJsonObject checkout{{"name", "CHECKOUT"},
                                   {"userId", "V1"},
                                   {"sessionId", "S1"},
                                   {"device", "PC"},
                                   {"step", "purchase"},
                                   {"totalPrice", 999.99},
                                   {"productList", QJsonArray{QJsonObject{{"price", 1}}}}};
        const QJsonObject signup{{"name", "USER_OPERATIONS"},
                                 {"userId", "V1"},
                                 {"sessionId", "S1"},
                                 {"device", "MOBILE"},
                                 {"step", "signup"},
                                 {"username", "johndoe"},
                                 {"email", "John.Doe@ExampleShop.com"},
                                 {"fullName", "John Doe"}};
        const Answer a =
            f.segmentify({sfPage("Product Page"), badDevice, sfPage("Landing"), product, checkout, signup});
        QCOMPARE(a.status, 200);
        QVERIFY(!a.object().contains("statusCode"));
        const QJsonArray responses = a.object().value("responses").toArray();
        QCOMPARE(responses.size(), 6);
        QCOMPARE(a.object().value("campaigns").toArray().size(), 6);
        QVERIFY(a.object().value("timestamp").isDouble());
        QCOMPARE(responses.at(0).toArray().size(), 0);
        auto firstProblem = [&](int i) {
            return responses.at(i).toArray().first().toObject();
        };
        QCOMPARE(firstProblem(1).value("statusCode").toString(), QStringLiteral("BAD_INPUT"));
        QCOMPARE(firstProblem(1).value("field").toString(), QStringLiteral("device"));
        QVERIFY(firstProblem(1).value("message").toString().contains("PC, TABLET, MOBILE, ANDROID, IOS"));
        QCOMPARE(firstProblem(2).value("field").toString(), QStringLiteral("category"));
        QCOMPARE(firstProblem(3).value("field").toString(), QStringLiteral("price"));
        QVERIFY(firstProblem(3).value("message").toString().contains("must be a number"));
        QCOMPARE(firstProblem(4).value("field").toString(), QStringLiteral("productList[0].productId"));
        QCOMPARE(responses.at(5).toArray().size(), 0);
        QCOMPARE(f.events(), 2);
        // USER_OPERATIONS signup: the customer's email reaches the profile.
        QCOMPARE(f.scalar("SELECT count(*) FROM profiles WHERE email = 'john.doe@exampleshop.com' AND "
                          "display_name = 'John Doe'")
                     .toInt(),
                 1);
        QCOMPARE(
            f.scalar("SELECT count(*) FROM identities WHERE kind = 'external:segmentify' AND value = 'V1'")
                .toInt(),
            1);
        // All bad: BAD_INPUT at the top as well.
        const Answer allBad = f.segmentify({badDevice});
        QCOMPARE(allBad.object().value("statusCode").toString(), QStringLiteral("BAD_INPUT"));
    }

    void segmentifyKeys() {
        Fixture f;
        const Answer two = f.send("GET", "/get/key?count=2", {});
        QCOMPARE(two.status, 200);
        QVERIFY(two.json.isArray());
        QCOMPARE(two.json.array().size(), 2);
        QVERIFY(two.json.array().at(0).toString() != two.json.array().at(1).toString());
        QCOMPARE(f.send("GET", "/get/key", {}).json.array().size(), 1);
        QCOMPARE(f.send("GET", "/get/key?count=0", {}).status, 400);
        QCOMPARE(f.send("GET", "/get/key?count=abc", {}).status, 400);
    }

    void webhooksNeedTheirSignature() {
        Fixture f;
        const QByteArray body =
            QJsonDocument(QJsonObject{{"id", "og-1"},
                                      {"event", "ordergroove.order.success"},
                                      {"timestamp", "2024-03-04T08:00:00Z"},
                                      {"customer", QJsonObject{{"id", "C9"}, {"email", "og@example.com"}}},
                                      {"data", QJsonObject{{"total", 22.49},
                                                           {"items_subset",
                                                            QJsonObject{{"price", 0.01}, {"quantity", 1}}}}}})
                .toJson();
        const Answer missing = f.hook("ordergroove", body, QByteArray(""));
        QCOMPARE(missing.status, 401);
        QVERIFY(missing.object().value("error").toString().contains("missing X-Switchboard-Signature"));
        const Answer wrong = f.hook("ordergroove", body, "sha256=" + QByteArray(64, 'a'));
        QCOMPARE(wrong.status, 401);
        QVERIFY(wrong.object().value("error").toString().contains("does not match"));
        QCOMPARE(f.hook("ordergroove", body, "md5=abc").status, 401);
        // Signed with another source's secret: refused too.
        const QByteArray otherSig =
            "sha256="
            + QMessageAuthenticationCode::hash(body, f.sources.value("smile").webhookSecret.toUtf8(),
                                               QCryptographicHash::Sha256)
                  .toHex();
        QCOMPARE(f.hook("ordergroove", body, otherSig).status, 401);
        QCOMPARE(f.events(), 0);
        const Answer ok = f.hook("ordergroove", body);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.object().value("accepted").toInt(), 1);
        QCOMPARE(f.scalar("SELECT json_type(payload, '$.properties.items_subset') FROM events").toString(),
                 QStringLiteral("array"));
        QCOMPARE(f.scalar("SELECT occurred_at FROM events").toLongLong(),
                 QDateTime(QDate(2024, 3, 4), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch());
        // The retry of the same delivery is a duplicate.
        QCOMPARE(f.hook("ordergroove", body).object().value("duplicates").toInt(), 1);
        QCOMPARE(f.send("POST", "/hooks/nosuchsource", body).status, 404);
    }

    void webhookBatchesReportEachEvent() {
        Fixture f;
        const QJsonArray smile{
            QJsonObject{
                {"id", "sm-1"},
                {"topic", "Points Earned on Order"},
                {"customer",
                 QJsonObject{
                     {"id", 5}, {"email", "adv@example.com"}, {"points_balance", 450}, {"state", "member"}}},
                {"payload",
                 QJsonObject{{"points_transaction", QJsonObject{{"id", 1}, {"points_change", 120}}}}}},
            QJsonObject{{"id", "sm-2"},
                        {"topic", "Points Teleported"},
                        {"customer", QJsonObject{{"email", "adv@example.com"}}}},
            QJsonObject{
                {"id", "sm-3"},
                {"topic", "Referral Started"},
                {"customer", QJsonObject{{"id", 5}, {"email", "adv@example.com"}}},
                {"payload",
                 QJsonObject{{"referral",
                              QJsonObject{{"id", 9}, {"referred_customer_email", "friend@example.com"}}}}}},
            QJsonObject{{"id", "sm-4"},
                        {"topic", "Points Redeemed"},
                        {"customer", QJsonObject{{"email", "adv@example.com"}}},
                        {"payload", QJsonObject{{"points_purchase", QJsonObject{{"id", 2}}}}}}};
        const Answer a = f.hook("smile", QJsonDocument(QJsonObject{{"events", smile}}).toJson());
        QCOMPARE(a.status, 200);
        QCOMPARE(a.object().value("accepted").toInt(), 2);
        QCOMPARE(a.object().value("rejected").toInt(), 2);
        const QJsonArray results = a.object().value("results").toArray();
        QCOMPARE(results.at(0).toObject().value("status").toString(), QStringLiteral("accepted"));
        QVERIFY(results.at(1).toObject().value("error").toString().contains(
            "'Points Teleported' is not a Smile event"));
        QVERIFY2(results.at(3).toObject().value("error").toString().contains(
                     "payload.points_purchase.points_spent: is required"),
                 qPrintable(results.at(3).toObject().value("error").toString()));
        QCOMPARE(f.events(), 2);
        // Smile profile properties and the referred friend's profile.
        QCOMPARE(f.scalar("SELECT value FROM profile_traits WHERE name = 'Smile Points Balance'").toString(),
                 QStringLiteral("450"));
        QCOMPARE(f.scalar("SELECT count(*) FROM profiles WHERE email = 'friend@example.com'").toInt(), 1);
        // SMRT webhooks take Segment messages of SMRT's events only.
        const QByteArray smrt =
            QJsonDocument(
                QJsonObject{
                    {"batch",
                     QJsonArray{
                         QJsonObject{
                             {"type", "track"},
                             {"messageId", "s1"},
                             {"userId", "c1"},
                             {"event", "Order Created"},
                             {"properties", QJsonObject{{"order_id", "O1"}}},
                             {"context", QJsonObject{{"traits", QJsonObject{{"email", "c1@example.com"}}}}}},
                         QJsonObject{{"type", "track"},
                                     {"messageId", "s2"},
                                     {"userId", "c1"},
                                     {"event", "Order Teleported"}}}}})
                .toJson();
        const Answer s = f.hook("smrt", smrt);
        QCOMPARE(s.object().value("accepted").toInt(), 1);
        QCOMPARE(f.scalar("SELECT count(*) FROM events WHERE name = 'Customer Visit'").toInt(),
                 1); // derived from Order Created
    }

    // Under a burst the answer comes once the events are durable in the accept log; storing and
    // routing follow, and de-duplication still holds for a batch sent again meanwhile.
    void burstIsAcceptedDurablyThenStored() {
        Fixture f;
        Writer *writer = f.engine->workspace()->writer();
        // Batches small enough that two are stored within the busy writer's background budget.
        const int size = int(Writer::kBusyBackgroundWeight * 6 / 10);
        WriterHold hold(writer);
        QList<QNetworkReply *> replies;
        for (int r = 0; r < 4; ++r)
            replies << f.postLater("/v1/batch", clicks(QStringLiteral("burst%1").arg(r % 3), size));
        // (Counted by background weight: the engine's scheduler and dispatcher queue jobs of their own.)
        QTRY_COMPARE(f.engine->ingestService()->queuedEvents(), 4 * size);
        hold.release();
        QList<int> queued;
        for (QNetworkReply *reply : replies) {
            const Answer a = Fixture::answerOf(reply);
            QCOMPARE(a.status, 200);
            QCOMPARE(a.object().value("accepted").toInt(), size);
            queued << a.object().value("queued").toInt();
        }
        // The first two were stored in the accepting commit; the others answered from the log.
        QCOMPARE(queued, (QList<int>{0, 0, size, size}));
        QVERIFY(f.engine->ingestService()->waitUntilStored(20000));
        QCOMPARE(f.events(), 3 * size); // the fourth batch repeated the first one's messageIds
        QCOMPARE(f.scalar("SELECT count(*) FROM inbox").toInt(), 0);
        QCOMPARE(f.engine->ingestService()->queuedEvents(), 0);
    }

    // Past the prepared backlog, waiting events are kept as their log bytes only and decoded when
    // stored: the outcome is the same, profiles and traits included.
    void spilledBatchesAreStoredAlike() {
        Fixture f;
        f.engine->ingestService()->setPreparedBacklog(0);
        const int size = int(Writer::kBusyBackgroundWeight) * 2 + 3;
        QJsonObject body = clicks("spill", size);
        QJsonArray batch = body.value("batch").toArray();
        batch.append(QJsonObject{{"type", "identify"},
                                 {"userId", "u-9"},
                                 {"messageId", "spill-id"},
                                 {"traits", QJsonObject{{"email", "U9@Example.com"}, {"plan", "gold"}}}});
        body.insert("batch", batch);
        const Answer quiet = f.segment("/v1/batch", body);
        QCOMPARE(quiet.status, 200);
        QCOMPARE(quiet.object().value("duplicates").toInt(), 0);
        QCOMPARE(f.events(), size + 1);
        QCOMPARE(f.scalar("SELECT email FROM profiles p JOIN identities i ON i.profile_id = p.id "
                          "WHERE i.value = 'u-9'")
                     .toString(),
                 QStringLiteral("u9@example.com"));
        WriterHold hold(f.engine->workspace()->writer());
        QNetworkReply *busy = f.postLater("/v1/batch", clicks("spill-busy", size));
        QTRY_COMPARE(f.engine->ingestService()->queuedEvents(), size);
        hold.release();
        QCOMPARE(Fixture::answerOf(busy).status, 200);
        QVERIFY(f.engine->ingestService()->waitUntilStored(20000));
        QCOMPARE(f.events(), 2 * size + 1);
        QCOMPARE(f.scalar("SELECT count(*) FROM inbox").toInt(), 0);
    }

    // A request larger than one storing chunk is stored in several, and still answered with its
    // duplicates on a quiet engine.
    void largeBatchIsStoredInChunks() {
        Fixture f;
        const int size = int(Writer::kBusyBackgroundWeight) * 3 + 5;
        const Answer first = f.segment("/v1/batch", clicks("big", size));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.object().value("duplicates").toInt(), 0);
        QCOMPARE(f.events(), size);
        const Answer again = f.segment("/v1/batch", clicks("big", size));
        QCOMPARE(again.object().value("duplicates").toInt(), size);
        QCOMPARE(f.events(), size);
    }

    // Events accepted and durable but not stored when the engine stopped are stored by the next
    // start; a row that cannot be read is kept with the reason, never dropped.
    void acceptedEventsAreStoredAfterARestart() {
        Fixture f;
        const SourceInfo source = f.sources.value("segment");
        QList<Event> events;
        for (int i = 0; i < 3; ++i) {
            Event e;
            e.messageId = QStringLiteral("crash-%1").arg(i);
            e.sourceId = source.id;
            e.sourceKind = source.kind;
            e.type = "track";
            e.name = "Clicked";
            e.occurredAt = e.receivedAt = f.clock.now();
            e.payload = track("Clicked", e.messageId);
            e.payloadJson = QJsonDocument(e.payload).toJson(QJsonDocument::Compact);
            events << e;
        }
        const QByteArray encoded = AcceptLog::encode(events);
        QVERIFY(f.engine->workspace()
                    ->writer()
                    ->run([&](WriteContext &c) {
                        AcceptLog::append(c, encoded, 3);
                        AcceptLog::append(c, encoded.left(encoded.size() / 2), 3);
                        return QVariant();
                    })
                    .ok);
        f.engine.reset();

        Engine::Options options;
        options.workspaceDir = f.dir.path();
        options.clock = &f.clock;
        f.engine = Engine::start(options).take();
        QVERIFY(f.engine->ingestService()->waitUntilStored(20000));
        QCOMPARE(f.scalar("SELECT count(*) FROM events WHERE message_id LIKE 'crash-%'").toInt(), 3);
        QCOMPARE(f.scalar("SELECT count(*) FROM inbox").toInt(), 1);
        QCOMPARE(f.scalar("SELECT event_count FROM inbox").toInt(), 3);
        QVERIFY2(f.scalar("SELECT error FROM inbox").toString().contains("cut short at event"),
                 qPrintable(f.scalar("SELECT error FROM inbox").toString()));
        QCOMPARE(AcceptLog::failedRows(f.engine->workspace()->reader()), 1);
        QCOMPARE(AcceptLog::waitingEvents(f.engine->workspace()->reader()), 0);
    }

    void tooManyAcceptedEventsWaitingAnswers429() {
        Fixture f;
        f.engine->ingestServer()->setMaxQueuedEvents(50);
        WriterHold hold(f.engine->workspace()->writer());
        QNetworkReply *first = f.postLater("/v1/batch", clicks("q", 60));
        QTRY_COMPARE(f.engine->ingestService()->queuedEvents(), 60);
        const Answer refused = f.segment("/v1/track", track("Clicked", "q-late"));
        hold.release();
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.retryAfter, QByteArray("1"));
        QCOMPARE(Fixture::answerOf(first).status, 200);
        QVERIFY(f.engine->ingestService()->waitUntilStored(20000));
        QCOMPARE(f.events(), 60);
    }

    void backpressureAnswers429WithRetryAfter() {
        Fixture f;
        f.engine->ingestServer()->setMaxBacklog(1);
        QSemaphore started, release;
        Writer *writer = f.engine->workspace()->writer();
        auto blocker = writer->submit([&](WriteContext &) {
            started.release();
            release.acquire();
            return QVariant();
        });
        started.acquire();
        auto filler = writer->submit([](WriteContext &) { return QVariant(); });
        const Answer segment = f.segment("/v1/track", track("Clicked", "bp-1"));
        const Answer sf = f.segmentify({sfPage()});
        const Answer hook = f.hook("ordergroove", "{}");
        release.release();
        blocker.waitForFinished();
        filler.waitForFinished();
        QCOMPARE(segment.status, 429);
        QCOMPARE(segment.retryAfter, QByteArray("1"));
        QCOMPARE(sf.status, 429);
        QCOMPARE(sf.retryAfter, QByteArray("1"));
        QCOMPARE(hook.status, 429);
        QCOMPARE(f.events(), 0);
        // Once the writer caught up, the same request goes through. (The usual backlog again: with a
        // backlog of one, a job of the engine's own dispatcher or scheduler would be enough for 429.)
        f.engine->ingestServer()->setMaxBacklog(1000);
        QCOMPARE(f.segment("/v1/track", track("Clicked", "bp-1")).status, 200);
        QCOMPARE(f.events(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIngestHttp)
#include "tst_ingest_http.moc"
