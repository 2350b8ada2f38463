// switchboard-ctl scheduler status / run (in-process command line) on a real workspace.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "ctlcommand.h"
#include "engine.h"
#include "ingest/ingestservice.h"
#include "ingest/sourcestore.h"
#include "store/sql.h"
#include "store/workspace.h"
#include "store/writer.h"

using namespace sb;

namespace {

struct Run {
    int exitCode = 0;
    QString out;
    QString err;
};

Run runCtl(const QStringList &arguments) {
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.exitCode = ctl::runCommandLine(arguments, out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace

class TestCtlScheduler : public QObject {
    Q_OBJECT
private slots:
    void runAtAGivenTimeThenStatus() {
        QTemporaryDir dir;
        {
            Engine::Options options;
            options.workspaceDir = dir.path();
            options.ingest = false;
            options.delivery = false;
            auto engine = Engine::start(options);
            QVERIFY2(engine.ok(), qPrintable(engine.error()));
            Workspace *ws = engine.value()->workspace();
            ws->writer()->run([](WriteContext &c) {
                sql::exec(c.db,
                          QStringLiteral("INSERT INTO settings(key, value) VALUES ('scheduler.timezone', "
                                         "'Europe/Berlin')"));
                return QVariant();
            });
            const Result<SourceInfo> smrt =
                SourceStore(ws).add(QStringLiteral("SMRT"), QStringLiteral("smrt"));
            QVERIFY(smrt.ok());
            Event e;
            e.sourceId = smrt.value().id;
            e.sourceKind = QStringLiteral("smrt");
            e.type = QStringLiteral("identify");
            e.messageId = QStringLiteral("m-1");
            e.occurredAt = e.receivedAt = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
            e.payload = QJsonObject{
                {QStringLiteral("type"), e.type},
                {QStringLiteral("userId"), QStringLiteral("c-1")},
                {QStringLiteral("traits"),
                 QJsonObject{
                     {QStringLiteral("customFields"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Birthday")},
                                             {QStringLiteral("value"), QStringLiteral("1991-12-03")}}}}}}};
            QVERIFY(engine.value()->ingestService()->ingest({e}).ok());
        }
        const QStringList ws{QStringLiteral("--workspace"), dir.path()};

        const Run bad = runCtl(ws
                               + QStringList{QStringLiteral("scheduler"), QStringLiteral("run"),
                                             QStringLiteral("--now"), QStringLiteral("tomorrow")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("--now: 'tomorrow' is not an ISO 8601")),
                 qPrintable(bad.err));

        // 09:30 Berlin on the birthday (no offset: the store's zone).
        const Run run =
            runCtl(ws
                   + QStringList{QStringLiteral("scheduler"), QStringLiteral("run"), QStringLiteral("--now"),
                                 QStringLiteral("2026-12-03T09:30"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("at")).toString(), QStringLiteral("2026-12-03T08:30:00Z"));
        QCOMPARE(report.value(QStringLiteral("stored")).toInt(), 1);
        // Again: nothing due, nothing stored.
        const Run again =
            runCtl(ws
                   + QStringList{QStringLiteral("scheduler"), QStringLiteral("run"), QStringLiteral("--now"),
                                 QStringLiteral("2026-12-03T08:31:00Z")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("nothing was due")), qPrintable(again.out));

        const Run status = runCtl(
            ws
            + QStringList{QStringLiteral("scheduler"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(s.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Europe/Berlin"));
        const QJsonArray rules = s.value(QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), 4);
        for (const QJsonValue &r : rules)
            QCOMPARE(r.toObject().value(QStringLiteral("lastDay")).toString(), QStringLiteral("2026-12-03"));
        const Run text = runCtl(ws + QStringList{QStringLiteral("scheduler"), QStringLiteral("status")});
        QVERIFY(text.out.contains(QStringLiteral("customer_birthday")));
        QVERIFY(text.out.contains(QStringLiteral("Europe/Berlin")));
    }
};

QTEST_GUILESS_MAIN(TestCtlScheduler)
#include "tst_ctl_scheduler.moc"
