// switchboard-ctl demo seed / demo stream / import, run as the real executables on real workspaces.
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestCtlDemo : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    static Run ctl(const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(SWITCHBOARD_BINARY_DIR "/app/switchboard-ctl"), arguments);
        if (!process.waitForFinished(180'000))
            return {-1, {}, "timeout"};
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    // A read connection on the workspace database (the test only reads; the tools write).
    class Db {
    public:
        explicit Db(const QString &workspace)
            : m_name(QUuid::createUuid().toString()) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            db.setDatabaseName(workspace + QStringLiteral("/switchboard.db"));
            db.open();
        }
        ~Db() { QSqlDatabase::removeDatabase(m_name); }
        QVariant scalar(const QString &statement) const {
            QSqlQuery q(QSqlDatabase::database(m_name));
            if (!q.exec(statement) || !q.next())
                return {};
            return q.value(0);
        }
        qint64 count(const QString &statement) const { return scalar(statement).toLongLong(); }
        QHash<QString, qint64> grouped(const QString &statement) const {
            QHash<QString, qint64> out;
            QSqlQuery q(QSqlDatabase::database(m_name));
            q.exec(statement);
            while (q.next())
                out.insert(q.value(0).toString(), q.value(1).toLongLong());
            return out;
        }
        void exec(const QString &statement) const {
            QSqlQuery q(QSqlDatabase::database(m_name));
            QVERIFY2(q.exec(statement), qPrintable(statement));
        }

    private:
        QString m_name;
    };

    static QStringList seedArgs(const QString &ws, const QString &seed, bool json = true) {
        QStringList args{QStringLiteral("--workspace"), ws,
                         QStringLiteral("demo"),        QStringLiteral("seed"),
                         QStringLiteral("--customers"), QStringLiteral("40"),
                         QStringLiteral("--days"),      QStringLiteral("21"),
                         QStringLiteral("--seed"),      seed,
                         QStringLiteral("--end"),       QStringLiteral("2026-11-20T18:00:00Z")};
        if (json)
            args << QStringLiteral("--json");
        return args;
    }

    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

    static QString newWorkspace(const QTemporaryDir &dir, const QString &name) {
        const QString ws = dir.filePath(name);
        const Run init = ctl({QStringLiteral("--workspace"), ws, QStringLiteral("init")});
        return init.exitCode == 0 ? ws : QString();
    }

private slots:
    void seedIsDeterministicAndCoversAllSources() {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a"));
        const QString b = dir.filePath(QStringLiteral("b"));
        const Run first = ctl(seedArgs(a, QStringLiteral("7")));
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const Run second = ctl(seedArgs(b, QStringLiteral("7")));
        QVERIFY2(second.exitCode == 0, second.err.constData());

        const QJsonObject ea = first.json().value(QStringLiteral("events")).toObject();
        const QJsonObject eb = second.json().value(QStringLiteral("events")).toObject();
        QVERIFY(ea.value(QStringLiteral("generated")).toInt() > 200);
        QCOMPARE(ea.value(QStringLiteral("generated")), eb.value(QStringLiteral("generated")));
        QCOMPARE(ea.value(QStringLiteral("stored")), eb.value(QStringLiteral("stored")));
        QCOMPARE(ea.value(QStringLiteral("derived")), eb.value(QStringLiteral("derived")));
        QCOMPARE(ea.value(QStringLiteral("bySource")), eb.value(QStringLiteral("bySource")));
        QCOMPARE(first.json().value(QStringLiteral("profiles")),
                 second.json().value(QStringLiteral("profiles")));
        QCOMPARE(first.json().value(QStringLiteral("deliveries")),
                 second.json().value(QStringLiteral("deliveries")));
        QCOMPARE(ea.value(QStringLiteral("stored")).toInt(), ea.value(QStringLiteral("generated")).toInt());
        QVERIFY(ea.value(QStringLiteral("derived")).toInt()
                > 0); // Customer Visit, line items, subscriber events

        const QJsonObject bySource = ea.value(QStringLiteral("bySource")).toObject();
        for (const char *kind : {"smrt", "shopline", "ordergroove", "segmentify", "smile"})
            QVERIFY2(bySource.value(QLatin1String(kind)).toInt() > 0, kind);

        const Db da(a);
        const Db db(b);
        const QString firstPayload = QStringLiteral("SELECT payload FROM events ORDER BY id LIMIT 1");
        QVERIFY(!da.scalar(firstPayload).toString().isEmpty());
        QCOMPARE(da.scalar(firstPayload).toString(), db.scalar(firstPayload).toString());
        const QString lastPayload =
            QStringLiteral("SELECT message_id || payload FROM events ORDER BY id DESC LIMIT 1");
        QCOMPARE(da.scalar(lastPayload).toString(), db.scalar(lastPayload).toString());

        // Five sources with keys, five destinations pointed at the simulator.
        QCOMPARE(da.count(QStringLiteral(
                     "SELECT COUNT(*) FROM sources WHERE write_key <> '' AND webhook_secret <> ''")),
                 5);
        QCOMPARE(da.count(QStringLiteral(
                     "SELECT COUNT(*) FROM destinations WHERE base_url LIKE 'http://127.0.0.1:8899/%'")),
                 5);
        // Every installed destination has deliveries waiting.
        const QHash<QString, qint64> deliveries =
            da.grouped(QStringLiteral("SELECT d.name, COUNT(*) FROM deliveries x JOIN destinations d ON d.id "
                                      "= x.destination_id GROUP BY d.name"));
        for (const char *name : {"Segment", "SmartPush", "Attentive", "Segmentify", "Klaviyo"})
            QVERIFY2(deliveries.value(QLatin1String(name)) > 0, name);

        // Occurred times lie in the window, in the past.
        const qint64 end =
            QDateTime::fromString(QStringLiteral("2026-11-20T18:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
        QCOMPARE(da.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE occurred_at > %1").arg(end)), 0);
        QVERIFY(da.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE occurred_at < %1")
                             .arg(end - 14LL * 86400000))
                > 0);
        // Customers with names, some without email, some known by phone only.
        QVERIFY(da.count(QStringLiteral("SELECT COUNT(*) FROM profiles WHERE display_name <> ''")) > 20);
        QVERIFY(da.count(
                    QStringLiteral("SELECT COUNT(*) FROM profiles WHERE email IS NULL AND phone IS NOT NULL"))
                > 0);
        QVERIFY(da.count(QStringLiteral(
                    "SELECT COUNT(*) FROM profiles WHERE email IS NOT NULL AND phone IS NOT NULL"))
                > 0);
        // Phones are valid North American numbers, and SMRT's "(415) 555 0101" meets the others' E.164 form
        // on one profile.
        QCOMPARE(da.count(QStringLiteral(
                     "SELECT COUNT(*) FROM profiles WHERE phone IS NOT NULL AND phone NOT GLOB "
                     "'+1[2-9][0-9][0-9]555[0-9][0-9][0-9][0-9]'")),
                 0);
        QCOMPARE(da.count(QStringLiteral(
                     "SELECT COUNT(*) FROM (SELECT phone FROM profiles WHERE phone IS NOT NULL "
                     "AND merged_into IS NULL GROUP BY phone HAVING COUNT(*) > 1)")),
                 0);

        // SHOPLINE's segments are kept with their members; the one deleted in the story is marked so.
        const Run segments =
            ctl({QStringLiteral("segments"), QStringLiteral("list"), QStringLiteral("--deleted"),
                 QStringLiteral("--workspace"), a, QStringLiteral("--json")});
        QVERIFY2(segments.exitCode == 0, segments.err.constData());
        const QJsonArray segmentList = segments.json().value(QStringLiteral("segments")).toArray();
        QCOMPARE(segmentList.size(), 4);
        int deleted = 0;
        for (const QJsonValue &v : segmentList) {
            const QJsonObject o = v.toObject();
            if (!o.value(QStringLiteral("deletedAt")).toString().isEmpty()) {
                ++deleted;
                QCOMPARE(o.value(QStringLiteral("members")).toInt(), 0);
            }
        }
        QCOMPARE(deleted, 1);
        QCOMPARE(da.count(QStringLiteral("SELECT count(*) FROM segment_memberships")),
                 da.count(QStringLiteral("SELECT count(DISTINCT profile_id || '/' || segment_id) FROM "
                                         "segment_memberships m JOIN profiles p ON p.id = m.profile_id "
                                         "WHERE p.email IS NOT NULL")));
        QVERIFY(da.count(QStringLiteral("SELECT count(*) FROM segment_memberships")) > 0);

        // A different seed makes a different store.
        const QString c = dir.filePath(QStringLiteral("c"));
        const Run other = ctl(seedArgs(c, QStringLiteral("8")));
        QCOMPARE(other.exitCode, 0);
        QVERIFY(Db(c).scalar(firstPayload).toString() != da.scalar(firstPayload).toString());
    }

    void seedTwiceDoesNotDuplicate() {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("shop"));
        const Run first = ctl(seedArgs(ws, QStringLiteral("3")));
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const Db db(ws);
        const qint64 events = db.count(QStringLiteral("SELECT COUNT(*) FROM events"));
        const qint64 deliveries = db.count(QStringLiteral("SELECT COUNT(*) FROM deliveries"));
        const qint64 profiles = db.count(QStringLiteral("SELECT COUNT(*) FROM profiles"));
        QVERIFY(events > 0);

        const Run again = ctl(seedArgs(ws, QStringLiteral("3")));
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QJsonObject report = again.json();
        const QJsonObject e = report.value(QStringLiteral("events")).toObject();
        QCOMPARE(e.value(QStringLiteral("stored")).toInt(), 0);
        QCOMPARE(e.value(QStringLiteral("duplicates")).toInt(), e.value(QStringLiteral("generated")).toInt());
        QCOMPARE(report.value(QStringLiteral("sources"))
                     .toObject()
                     .value(QStringLiteral("created"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(report.value(QStringLiteral("destinations"))
                     .toObject()
                     .value(QStringLiteral("created"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(report.value(QStringLiteral("destinations"))
                     .toObject()
                     .value(QStringLiteral("existing"))
                     .toArray()
                     .size(),
                 5);

        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM sources")), 5);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM destinations")), 5);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM events")), events);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM deliveries")), deliveries);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM profiles")), profiles);

        // The text summary names the counts.
        const Run text = ctl(seedArgs(ws, QStringLiteral("3"), false));
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("0 stored"), text.out.constData());
        QVERIFY(text.out.contains("all five existed"));
    }

    void seedRejectsBadOptions() {
        QTemporaryDir dir;
        const Run run =
            ctl({QStringLiteral("--workspace"), dir.filePath(QStringLiteral("w")), QStringLiteral("demo"),
                 QStringLiteral("seed"), QStringLiteral("--customers"), QStringLiteral("lots")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--customers: 'lots' is not a whole number"), run.err.constData());
        const Run future =
            ctl({QStringLiteral("--workspace"), dir.filePath(QStringLiteral("w")), QStringLiteral("demo"),
                 QStringLiteral("seed"), QStringLiteral("--end"), QStringLiteral("2999-01-01T00:00:00Z")});
        QCOMPARE(future.exitCode, 2);
        QVERIFY(future.err.contains("in the future"));
    }

    void importCsvAndNdjson() {
        QTemporaryDir dir;
        const QString ws = newWorkspace(dir, QStringLiteral("shop"));
        QVERIFY(!ws.isEmpty());
        const QString csv =
            writeFile(dir, QStringLiteral("customers.csv"),
                      "email,name,phone,plan,traits\n"
                      "ana@example.com,Ana Costa,(415) 555 0101,gold,\"{\"\"vip\"\": true}\"\n"
                      "\"bo@example.com\",\"Bo Li, Jr.\",,silver,\n"
                      ",Cy Phone,+1 510 555 0199,,\n");
        const Run run = ctl({QStringLiteral("--workspace"), ws, QStringLiteral("import"), csv});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("Imported 3 of 3 lines"), run.out.constData());
        QVERIFY(run.out.contains("source 'import' (created)"));
        // Not a terminal here: progress comes as lines.
        QVERIFY2(run.err.contains("import: storing 3/3"), run.err.constData());

        const Db db(ws);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM events e JOIN sources s ON s.id = e.source_id "
                                         "WHERE s.name = 'import' AND e.type = 'identify'")),
                 3);
        QCOMPARE(db.scalar(QStringLiteral("SELECT display_name FROM profiles WHERE email = 'bo@example.com'"))
                     .toString(),
                 QStringLiteral("Bo Li, Jr."));
        QCOMPARE(db.scalar(QStringLiteral("SELECT phone FROM profiles WHERE display_name = 'Cy Phone'"))
                     .toString(),
                 QStringLiteral("+15105550199"));
        const QJsonObject payload =
            QJsonDocument::fromJson(
                db.scalar(QStringLiteral("SELECT payload FROM events ORDER BY id LIMIT 1")).toByteArray())
                .object();
        const QJsonObject traits = payload.value(QStringLiteral("traits")).toObject();
        QCOMPARE(traits.value(QStringLiteral("plan")).toString(), QStringLiteral("gold"));
        QCOMPARE(traits.value(QStringLiteral("vip")).toBool(), true);

        // The same file again: recognised, nothing new.
        const Run again =
            ctl({QStringLiteral("--workspace"), ws, QStringLiteral("--json"), QStringLiteral("import"), csv});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(again.json().value(QStringLiteral("duplicates")).toInt(), 3);

        const QString ndjson = writeFile(dir, QStringLiteral("events.ndjson"),
                                         "{\"type\":\"identify\",\"userId\":\"u-1\",\"traits\":{\"email\":"
                                         "\"dee@example.com\",\"name\":\"Dee\"}}\n"
                                         "\n"
                                         "{\"type\":\"track\",\"userId\":\"u-1\",\"event\":\"Order "
                                         "Completed\",\"timestamp\":\"2026-11-01T10:00:00Z\","
                                         "\"properties\":{\"total\":42}}\n");
        const Run events = ctl({QStringLiteral("--workspace"), ws, QStringLiteral("import"), ndjson,
                                QStringLiteral("--source"), QStringLiteral("web")});
        QVERIFY2(events.exitCode == 0, events.err.constData());
        QVERIFY(events.out.contains("Imported 2 of 2 lines"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT kind FROM sources WHERE name = 'web'")).toString(),
                 QStringLiteral("segment"));
        QCOMPARE(db.count(QStringLiteral(
                     "SELECT COUNT(*) FROM events WHERE name = 'Order Completed' AND profile_id = "
                     "(SELECT id FROM profiles WHERE email = 'dee@example.com')")),
                 1);
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT occurred_at FROM events WHERE name = 'Order Completed'"))
                .toLongLong(),
            QDateTime::fromString(QStringLiteral("2026-11-01T10:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
    }

    void badLineNamesLineAndImportsNothing() {
        QTemporaryDir dir;
        const QString ws = newWorkspace(dir, QStringLiteral("shop"));
        QVERIFY(!ws.isEmpty());
        const QString csv = writeFile(dir, QStringLiteral("customers.csv"),
                                      "email,name,phone\n"
                                      "ana@example.com,Ana,\n"
                                      "bob@,Bob,\n"
                                      "cy@example.com,Cy,12\n"
                                      ",Nobody,\n");
        const Run run = ctl({QStringLiteral("--workspace"), ws, QStringLiteral("import"), csv});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("customers.csv: line 3: email: 'bob@' is not an email address"),
                 run.err.constData());
        QVERIFY(run.err.contains("line 4: phone: '12' is not a phone number"));
        QVERIFY(run.err.contains("line 5: needs an email, phone or user_id"));
        QVERIFY(run.err.contains("nothing was imported"));
        const Db db(ws);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM events")), 0);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM sources")), 0); // created only on success

        const QString ndjson = writeFile(dir, QStringLiteral("events.jsonl"),
                                         "{\"type\":\"track\",\"userId\":\"u1\",\"event\":\"Viewed\"}\n"
                                         "{\"type\":\"track\",\"userId\":\"u1\"}\n"
                                         "{not json\n");
        const Run events = ctl({QStringLiteral("--workspace"), ws, QStringLiteral("import"), ndjson});
        QCOMPARE(events.exitCode, 1);
        QVERIFY2(events.err.contains("line 2: event:"), events.err.constData());
        QVERIFY(events.err.contains("line 3: not valid JSON"));
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM events")), 0);

        const Run unknown = ctl({QStringLiteral("--workspace"), ws, QStringLiteral("import"),
                                 writeFile(dir, QStringLiteral("list.txt"), "x\n")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("--format csv|ndjson"));
    }

    void skipBadImportsTheGoodLines() {
        QTemporaryDir dir;
        const QString ws = newWorkspace(dir, QStringLiteral("shop"));
        QVERIFY(!ws.isEmpty());
        const QString csv = writeFile(dir, QStringLiteral("customers.csv"),
                                      "email,name\nana@example.com,Ana\nbob@,Bob\ncy@example.com,Cy\n");
        const Run run =
            ctl({QStringLiteral("--workspace"), ws, QStringLiteral("import"), csv,
                 QStringLiteral("--skip-bad"), QStringLiteral("--source"), QStringLiteral("crm")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.contains("line 3: email: 'bob@' is not an email address"));
        QVERIFY2(run.out.contains("Imported 2 of 3 lines"), run.out.constData());
        QVERIFY(run.out.contains("1 bad lines skipped"));
        const Db db(ws);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM events")), 2);
        QCOMPARE(db.count(QStringLiteral(
                     "SELECT COUNT(*) FROM profiles WHERE email IN ('ana@example.com', 'cy@example.com')")),
                 2);
    }

    void streamDeliversToARunningEngine() {
        QTemporaryDir dir;
        const QString ws = newWorkspace(dir, QStringLiteral("shop"));
        QVERIFY(!ws.isEmpty());
        // No port known and no --url: a clear error.
        const Run noUrl = ctl({QStringLiteral("--workspace"), ws, QStringLiteral("demo"),
                               QStringLiteral("stream"), QStringLiteral("--rate"), QStringLiteral("10"),
                               QStringLiteral("--duration"), QStringLiteral("1")});
        QCOMPARE(noUrl.exitCode, 1);
        QVERIFY2(noUrl.err.contains("'ingest.port'"), noUrl.err.constData());

        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        {
            const Db db(ws);
            db.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('ingest.port', '%1') "
                                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
                        .arg(port));
        }
        // Nothing listens yet: the stream says so.
        const Run nobody = ctl({QStringLiteral("--workspace"), ws, QStringLiteral("demo"),
                                QStringLiteral("stream"), QStringLiteral("--rate"), QStringLiteral("10"),
                                QStringLiteral("--duration"), QStringLiteral("1")});
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY2(nobody.err.contains("no Switchboard engine answers"), nobody.err.constData());

        QProcess engine;
        engine.start(QStringLiteral(SWITCHBOARD_BINARY_DIR "/app/switchboard-engine"),
                     {QStringLiteral("--workspace"), ws});
        QVERIFY(engine.waitForStarted());
        QByteArray banner;
        QElapsedTimer wait;
        wait.start();
        while (!banner.contains("ingest listening") && wait.elapsed() < 20000) {
            engine.waitForReadyRead(500);
            banner += engine.readAllStandardOutput();
        }
        QVERIFY2(banner.contains(QStringLiteral(":%1").arg(port).toUtf8()), banner.constData());

        const Run stream = ctl({QStringLiteral("--workspace"), ws, QStringLiteral("--json"),
                                QStringLiteral("demo"), QStringLiteral("stream"), QStringLiteral("--rate"),
                                QStringLiteral("50"), QStringLiteral("--duration"), QStringLiteral("2")});
        QVERIFY2(stream.exitCode == 0, stream.err.constData());
        const QJsonObject totals = stream.json();
        QVERIFY2(totals.value(QStringLiteral("accepted")).toInt() >= 80, stream.out.constData());
        QCOMPARE(totals.value(QStringLiteral("refused")).toInt(), 0);
        const QJsonObject bySource = totals.value(QStringLiteral("acceptedBySource")).toObject();
        QVERIFY(bySource.value(QStringLiteral("segmentify")).toInt() > 0);
        QVERIFY(bySource.size() >= 3);

        // The engine stored them (read while it runs).
        const Run status =
            ctl({QStringLiteral("--workspace"), ws, QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const qint64 stored = status.json()
                                  .value(QStringLiteral("tables"))
                                  .toObject()
                                  .value(QStringLiteral("events"))
                                  .toInteger();
        QVERIFY2(stored >= totals.value(QStringLiteral("accepted")).toInt(), status.out.constData());

        engine.terminate();
        QVERIFY(engine.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestCtlDemo)
#include "tst_ctl_demo.moc"
