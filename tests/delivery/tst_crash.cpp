// Crash test: a real engine process (delivery_crash_child) streams events to a loopback receiver and
// is killed with SIGKILL at random moments, then restarted, until everything is delivered. At the end
// no event is lost at the receiver (counted by idempotency key) and every duplicate carries the same
// key as its original. Sized down from 50,000 events to run in well under a minute.
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "deliverytestsupport.h"
#include "store/database.h"

using namespace sb;
using namespace sbtest;

class TestCrash : public QObject {
    Q_OBJECT
private slots:
    void killNineWhileStreamingLosesNothing() {
        const int kEvents = 3000;
        const int kKills = 8;
        QTemporaryDir dir;
        Receiver receiver; // system clock: the child runs on real time
        {
            auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing).take();
            // Short lease and timeout so a killed process's in-flight rows come back quickly.
            seed(ws.get(), {{QStringLiteral("receiver"), receiver.url()}},
                 QJsonObject{{QStringLiteral("timeoutMs"), 500},
                             {QStringLiteral("leaseMs"), 1500},
                             {QStringLiteral("initialBackoffMs"), 100},
                             {QStringLiteral("maxBackoffMs"), 500}});
            for (int p = 0; p < 50; ++p)
                addProfile(ws.get(), QStringLiteral("p%1").arg(p));
        }
        const quint32 seedValue = QRandomGenerator::global()->generate();
        QRandomGenerator random(seedValue);
        qInfo("random seed %u", seedValue);
        const QStringList args = {QStringLiteral("--workspace"), dir.path(), QStringLiteral("--events"),
                                  QString::number(kEvents)};
        const QString child = QStringLiteral(SWITCHBOARD_BINARY_DIR "/tests/delivery/delivery_crash_child");
        int killed = 0;
        for (int round = 0; round < kKills; ++round) {
            QProcess process;
            process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process.start(child, args);
            QVERIFY(process.waitForStarted(10000));
            QTest::qWait(int(random.bounded(150, 700)));
            if (process.state() == QProcess::Running) {
                process.kill(); // SIGKILL: no clean shutdown, leases and in-flight requests left behind
                ++killed;
            }
            // (waitForFinished() is false for a child that already ended by itself.)
            QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(10000));
        }
        QVERIFY(killed >= kKills / 2);
        QProcess last;
        last.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        last.start(child, args);
        QVERIFY(last.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(last.state(), QProcess::NotRunning, 45000);
        QCOMPARE(last.exitStatus(), QProcess::NormalExit);
        QCOMPARE(last.exitCode(), 0);

        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::MustExist).take();
        QSqlDatabase db = ws->reader();
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM events")).toInt(), kEvents);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM deliveries WHERE status = 'delivered'"))
                     .toInt(),
                 kEvents);
        QSet<QString> expected;
        QSqlQuery keys = sql::exec(db, QStringLiteral("SELECT idempotency_key FROM deliveries"));
        while (keys.next())
            expected.insert(keys.value(0).toString());
        QCOMPARE(expected.size(), kEvents);
        int lost = 0, duplicates = 0, unknown = 0;
        for (const QString &key : std::as_const(expected))
            lost += receiver.acceptedKeys().contains(key) ? 0 : 1;
        for (auto it = receiver.acceptedKeys().constBegin(); it != receiver.acceptedKeys().constEnd(); ++it) {
            if (!expected.contains(it.key()))
                ++unknown;
            duplicates += it.value() - 1;
        }
        qInfo("%d events, %d kills, %d requests, %d duplicates (same key), %d lost", kEvents, killed,
              receiver.requestCount(), duplicates, lost);
        QCOMPARE(lost, 0);
        QCOMPARE(unknown, 0); // a duplicate always carries the key of its original
        // Every reference the killed writers stored points at a row they stored too.
        QCOMPARE(Database::foreignKeyViolations(db), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
