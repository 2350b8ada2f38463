// Writer throughput: how many small write jobs per second the group-committing writer makes durable.
// Run: build/bench/store/bench_store [jobs]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include "store/sql.h"
#include "store/workspace.h"
#include "store/writer.h"

using namespace sb;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int jobs = argc > 1 ? QByteArray(argv[1]).toInt() : 200'000;
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
    if (!ws) {
        QTextStream(stderr) << ws.error() << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    QList<QFuture<WriteResult>> futures;
    futures.reserve(jobs);
    for (int i = 0; i < jobs; ++i) {
        futures << ws.value()->writer()->submit([i](WriteContext &c) {
            sql::exec(c.db, QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?)"),
                      {QString::number(i), QStringLiteral("{\"n\":%1}").arg(i)});
            return QVariant();
        });
    }
    for (auto &f : futures)
        f.waitForFinished();
    const double seconds = timer.nsecsElapsed() / 1e9;
    QTextStream(stdout) << "writer: " << jobs << " durable single-row jobs in "
                        << QString::number(seconds, 'f', 2)
                        << " s = " << QString::number(jobs / seconds, 'f', 0) << " jobs/s" << Qt::endl;
    return 0;
}
