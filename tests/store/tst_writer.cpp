// The writer thread: group commit, per-job isolation, after-commit hooks, readers alongside writes.
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

#include "core/clock.h"
#include "store/checkpointer.h"
#include "store/sql.h"
#include "store/workspace.h"
#include "store/writer.h"
#include "writerhold.h"

using namespace sb;
using sbtest::WriterHold;

namespace {
WriteJob insertSetting(const QString &key) {
    return [key](WriteContext &c) {
        sql::exec(c.db, QStringLiteral("INSERT INTO settings(key, value) VALUES (?, 'v')"), {key});
        return QVariant(key);
    };
}

// Writes one settings row (a large value fills the WAL) in a job of its own.
WriteResult putSetting(Writer *writer, const QString &key, const QString &value) {
    return writer->run([&](WriteContext &c) {
        sql::exec(c.db, QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)"),
                  {key, value});
        return QVariant();
    });
}
} // namespace

class TestWriter : public QObject {
    Q_OBJECT
private slots:
    void groupsConcurrentJobsIntoFewTransactions() {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        Writer *writer = ws.value()->writer();
        std::atomic<int> commits{0};
        std::atomic<int> jobsCommitted{0};
        QObject::connect(
            writer, &Writer::committed, writer,
            [&](int jobs) {
                ++commits;
                jobsCommitted += jobs;
            },
            Qt::DirectConnection);

        const int threads = 4, perThread = 500;
        QList<QThread *> producers;
        QList<QFuture<WriteResult>> futures[threads];
        for (int t = 0; t < threads; ++t) {
            producers << QThread::create([&, t] {
                for (int i = 0; i < perThread; ++i)
                    futures[t] << writer->submit(insertSetting(QStringLiteral("k%1-%2").arg(t).arg(i)));
            });
            producers.last()->start();
        }
        for (QThread *p : producers) {
            p->wait();
            delete p;
        }
        for (auto &list : futures)
            for (auto &f : list) {
                f.waitForFinished();
                QVERIFY2(f.result().ok, qPrintable(f.result().error));
            }
        QCOMPARE(sql::scalar(ws.value()->reader(), QStringLiteral("SELECT count(*) FROM settings")).toInt(),
                 threads * perThread);
        QTRY_COMPARE(jobsCommitted.load(), threads * perThread);
        QVERIFY2(commits.load() < threads * perThread,
                 qPrintable(
                     QStringLiteral("%1 commits for %2 jobs").arg(commits.load()).arg(threads * perThread)));
    }

    // A quiet writer runs a pair's background job in the same transaction, before its normal job.
    void idleWriterRunsBackgroundJobWithItsPartner() {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        Writer *writer = ws.value()->writer();
        QList<QString> order;
        quint64 normalTransaction = 0, backgroundTransaction = 0;
        auto group = writer->submitWithBackground(
            [&](WriteContext &c) {
                order << "normal";
                normalTransaction = c.transaction;
                return QVariant();
            },
            {{[&](WriteContext &c) {
                  order << "background";
                  backgroundTransaction = c.transaction;
                  return QVariant();
              },
              10}});
        group.normal.waitForFinished();
        group.background.first().waitForFinished();
        QCOMPARE(order, (QList<QString>{"background", "normal"}));
        QVERIFY(normalTransaction != 0);
        QCOMPARE(backgroundTransaction, normalTransaction);
        QCOMPARE(writer->pendingBackgroundWeight(), 0);
    }

    // While normal jobs wait, a transaction takes background work within the busy budget, and more
    // only while no normal job in it has waited kNormalWaitMs: normal jobs are not held behind a long
    // backlog, and the backlog still moves every transaction.
    void busyWriterLimitsBackgroundWorkPerTransaction() {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        Writer *writer = ws.value()->writer();
        // After its release the hold lingers until the jobs queued meanwhile have waited past the
        // prompt limit: no fill from there on.
        WriterHold hold(writer, WriterHold::Kind::Prompt, int(Writer::kNormalWaitMs) + 2);
        const int pairs = 6;
        const int weight =
            Writer::kBusyBackgroundWeight * 6 / 10; // two fit the busy budget (the second crosses it)
        QList<quint64> normalIn(pairs), backgroundIn(pairs);
        QList<QFuture<WriteResult>> futures;
        for (int i = 0; i < pairs; ++i) {
            auto group = writer->submitWithBackground(
                [&normalIn, i](WriteContext &c) {
                    normalIn[i] = c.transaction;
                    return QVariant();
                },
                {{[&backgroundIn, i](WriteContext &c) {
                      backgroundIn[i] = c.transaction;
                      return QVariant();
                  },
                  weight}});
            futures << group.normal << group.background;
        }
        QCOMPARE(writer->pendingBackgroundWeight(), qint64(pairs * weight));
        hold.release();
        for (auto &f : futures) {
            f.waitForFinished();
            QVERIFY(f.result().ok);
        }
        // Every normal job went in the first transaction after the blocker, with the two background
        // jobs of the budget and no more: its normal jobs had waited too long for a fill.
        for (int i = 0; i < pairs; ++i)
            QCOMPARE(normalIn[i], normalIn[0]);
        QCOMPARE(backgroundIn[0], normalIn[0]);
        QCOMPARE(backgroundIn[1], normalIn[0]);
        for (int i = 2; i < pairs; ++i)
            QVERIFY2(backgroundIn[i] > normalIn[0], qPrintable(QString::number(i)));
        QCOMPARE(writer->pendingBackgroundWeight(), 0);
    }

    // With background work queued and nobody waiting on a prompt commit, a transaction keeps taking it
    // until kFillMs: a backlog is stored in a few large commits, not one commit per job. Relaxed jobs
    // (a delivery worker's) join such a transaction without cutting it short.
    void backlogFillsTransactions() {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        Writer *writer = ws.value()->writer();
        WriterHold hold(writer, WriterHold::Kind::Relaxed);
        const int jobs = 40;
        QList<quint64> in(jobs);
        std::vector<Writer::BackgroundJob> background;
        for (int i = 0; i < jobs; ++i)
            background.push_back({[&in, i](WriteContext &c) {
                                      in[i] = c.transaction;
                                      return QVariant();
                                  },
                                  Writer::kBusyBackgroundWeight});
        QList<QFuture<WriteResult>> futures = writer->submitBackground(std::move(background));
        quint64 relaxedIn = 0;
        futures << writer->submitRelaxed([&relaxedIn](WriteContext &c) {
            relaxedIn = c.transaction;
            return QVariant();
        });
        QThread::msleep(Writer::kNormalWaitMs + 2); // the relaxed job has waited past the prompt limit
        hold.release();
        for (auto &f : futures)
            f.waitForFinished();
        // Instant jobs: the fill takes them all into one transaction, the relaxed job's too.
        for (int i = 0; i < jobs; ++i)
            QCOMPARE(in[i], in[0]);
        QCOMPARE(relaxedIn, in[0]);
    }

    // The WAL is copied back into the database file beside the writer (Checkpointer): without it
    // the writer's connection would only checkpoint past kPagesBeforeRestart.
    void checkpointsRunBesideTheWriter() {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        const QString path = ws.value()->databasePath();
        const qint64 before = QFileInfo(path).size();
        const QString blob(200 * 1024, u'x');
        const int blobs = 70; // 14 MB, 3,500 pages
        static_assert(Checkpointer::kPagesBeforeCheckpoint + Checkpointer::kPagesBetweenCheckpoints < 3500
                      && 3500 < Checkpointer::kPagesBeforeRestart);
        for (int i = 0; i < blobs; ++i) {
            const WriteResult r =
                putSetting(ws.value()->writer(), QStringLiteral("blob-%1").arg(i), blob + QString::number(i));
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        // The WAL passed kPagesBeforeCheckpoint and grew kPagesBetweenCheckpoints more (two checkpoints),
        // staying under the writer's own threshold. The database file grows only when a checkpoint copies
        // the pages into it.
        const qint64 copied =
            qint64(Checkpointer::kPagesBeforeCheckpoint + Checkpointer::kPagesBetweenCheckpoints) * 4096;
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > before + copied * 9 / 10, 10000);
        QCOMPARE(sql::scalar(ws.value()->reader(),
                             QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'blob-%'"))
                     .toInt(),
                 blobs);
    }

    // A long run of writes does not grow the WAL without end: past kPagesBeforeRestart the writer, after
    // a commit, has the rest copied back and the next commit start the file over, so commits write into
    // pages the file already has instead of allocating new ones.
    void theWalStartsOverDuringLongRuns() {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        const QString wal = ws.value()->databasePath() + QStringLiteral("-wal");
        const QString blob(1024 * 1024, u'y');
        constexpr qint64 kRestartBytes = qint64(Checkpointer::kPagesBeforeRestart) * 4096;
        qint64 written = 0;
        qint64 largestWal = 0;
        // 5x the threshold written; without the restarts the WAL would hold all of it. Under a loaded
        // machine a RESTART can miss a turn (a PASSIVE copy holds the checkpoint lock past its 50 ms
        // wait): 2x was seen once in a parallel ctest run, so the bound is 3x.
        for (int i = 0; written < 5 * kRestartBytes; ++i) {
            const WriteResult r = putSetting(ws.value()->writer(), QStringLiteral("big-%1").arg(i % 8),
                                             blob + QString::number(i));
            QVERIFY2(r.ok, qPrintable(r.error));
            written += blob.size();
            largestWal = std::max(largestWal, QFileInfo(wal).size());
        }
        QVERIFY2(largestWal < 3 * kRestartBytes,
                 qPrintable(QStringLiteral("the WAL reached %1 MB for %2 MB written")
                                .arg(largestWal / 1048576)
                                .arg(written / 1048576)));
        QCOMPARE(sql::scalar(ws.value()->reader(),
                             QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'big-%'"))
                     .toInt(),
                 8);
    }

    void failingJobDoesNotLoseNeighbours() {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        Writer *writer = ws.value()->writer();
        auto first = writer->submit(insertSetting(QStringLiteral("a")));
        auto duplicate = writer->submit(insertSetting(QStringLiteral("a")));
        auto partial = writer->submit([](WriteContext &c) {
            sql::exec(c.db, QStringLiteral("INSERT INTO settings(key, value) VALUES ('half', 'x')"));
            sql::exec(c.db, QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
            return QVariant();
        });
        auto last = writer->submit(insertSetting(QStringLiteral("b")));
        last.waitForFinished();
        QVERIFY(first.result().ok);
        QVERIFY(!duplicate.result().ok);
        QVERIFY2(duplicate.result().error.contains(QStringLiteral("UNIQUE")),
                 qPrintable(duplicate.result().error));
        QVERIFY(!partial.result().ok);
        QVERIFY(partial.result().error.contains(QStringLiteral("no_such_table")));
        QVERIFY(last.result().ok);
        QSqlDatabase db = ws.value()->reader();
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT group_concat(key, ',') FROM "
                                                "(SELECT key FROM settings ORDER BY key)"))
                     .toString(),
                 QStringLiteral("a,b"));
    }

    void afterCommitRunsOnlyForCommittedJobs() {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        std::atomic<int> good{0}, bad{0};
        const QString path = ws.value()->databasePath();
        auto ok = ws.value()->writer()->submit([&](WriteContext &c) {
            sql::exec(c.db, QStringLiteral("INSERT INTO settings(key, value) VALUES ('x', '1')"));
            c.afterCommit.push_back([&] { ++good; });
            return QVariant();
        });
        auto failed = ws.value()->writer()->submit([&](WriteContext &c) {
            c.afterCommit.push_back([&] { ++bad; });
            throw sql::Error(QStringLiteral("refused on purpose"));
            return QVariant();
        });
        failed.waitForFinished();
        ok.waitForFinished();
        QTRY_COMPARE(good.load(), 1);
        QCOMPARE(bad.load(), 0);
        QCOMPARE(failed.result().error, QStringLiteral("refused on purpose"));
    }

    void readersSeeConsistentDataWhileWriterCommits() {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        Workspace *workspace = ws.value().get();
        std::atomic<bool> done{false};
        std::atomic<int> reads{0}, errors{0}, regressions{0};
        QList<QThread *> readers;
        for (int r = 0; r < 2; ++r) {
            readers << QThread::create([&] {
                QSqlDatabase db = workspace->reader();
                int last = 0;
                while (!done.load()) {
                    QSqlQuery q(db);
                    if (!q.exec(QStringLiteral("SELECT count(*) FROM settings")) || !q.next()) {
                        ++errors;
                        continue;
                    }
                    const int n = q.value(0).toInt();
                    if (n < last)
                        ++regressions;
                    last = n;
                    ++reads;
                }
            });
            readers.last()->start();
        }
        QList<QFuture<WriteResult>> futures;
        for (int i = 0; i < 3000; ++i)
            futures << workspace->writer()->submit(insertSetting(QString::number(i)));
        for (auto &f : futures)
            f.waitForFinished();
        done = true;
        for (QThread *t : readers) {
            t->wait();
            delete t;
        }
        QCOMPARE(errors.load(), 0);
        QCOMPARE(regressions.load(), 0);
        QVERIFY(reads.load() > 0);
    }

    void readerConnectionIsReadOnly() {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        QSqlQuery q(ws.value()->reader());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('x', 'y')")));
    }

    void jobsSeeTheInjectedClock() {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 2, 14), QTime(9, 30), Qt::UTC));
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing, &clock);
        QVERIFY(ws.ok());
        QCOMPARE(ws.value()->clock(), &clock);
        clock.advance(60'000);
        const WriteResult r =
            ws.value()->writer()->run([](WriteContext &c) { return QVariant(c.clock->nowMs()); });
        QVERIFY(r.ok);
        QCOMPARE(r.value.toLongLong(),
                 QDateTime(QDate(2026, 2, 14), QTime(9, 31), Qt::UTC).toMSecsSinceEpoch());
    }
};

QTEST_GUILESS_MAIN(TestWriter)
#include "tst_writer.moc"
