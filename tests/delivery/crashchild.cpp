// delivery_crash_child: a real engine process for the crash test. Opens the workspace, runs the
// Dispatcher against the test connector, and streams events into the outbox until the workspace
// holds --events of them; exits 0 once every delivery is final. The test kills it with SIGKILL at
// random moments and starts it again.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include "deliverytestsupport.h"

using namespace sb;
using namespace sbtest;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), QStringLiteral("dir"),
                                             QStringLiteral("DIR"));
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("total"),
                                          QStringLiteral("N"));
    const QCommandLineOption profilesOption(QStringLiteral("profiles"), QStringLiteral("profiles"),
                                            QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({workspaceOption, eventsOption, profilesOption});
    parser.process(app);

    auto opened = Workspace::open(parser.value(workspaceOption), Workspace::OpenMode::MustExist);
    if (!opened) {
        qCritical("%s", qPrintable(opened.error()));
        return 1;
    }
    std::unique_ptr<Workspace> ws = opened.take();
    const int total = parser.value(eventsOption).toInt();
    const int profiles = parser.value(profilesOption).toInt();

    Seeded seeded;
    seeded.sourceId = sql::scalar(ws->reader(), QStringLiteral("SELECT min(id) FROM sources")).toLongLong();
    QSqlQuery q =
        sql::exec(ws->reader(), QStringLiteral("SELECT d.id, m.id FROM destinations d JOIN mappings m ON "
                                               "m.destination_id = d.id ORDER BY d.id"));
    while (q.next()) {
        seeded.destinationIds << q.value(0).toLongLong();
        seeded.mappingIds << q.value(1).toLongLong();
    }
    const qint64 firstProfile =
        sql::scalar(ws->reader(), QStringLiteral("SELECT min(id) FROM profiles")).toLongLong();

    TestConnector connector(50);
    Dispatcher dispatcher(ws.get(), services(ws.get(), &connector));
    dispatcher.start();

    // Producer: ~1,000 events/s in batches of 5 per write job, numbered after what is already stored.
    QTimer producer;
    QObject::connect(&producer, &QTimer::timeout, &app, [&] {
        const int stored = sql::scalar(ws->reader(), QStringLiteral("SELECT count(*) FROM events")).toInt();
        if (stored >= total) {
            producer.stop();
            return;
        }
        const int batch = std::min(5, total - stored); // ~1,000 events/s
        ws->writer()->run([&](WriteContext &c) {
            for (int i = stored; i < stored + batch; ++i) {
                Event e;
                e.messageId = QStringLiteral("m%1").arg(i);
                e.sourceId = seeded.sourceId;
                e.name = QStringLiteral("Order Created");
                e.profileId = firstProfile + (i % profiles);
                e.payload = QJsonObject{
                    {QStringLiteral("properties"), QJsonObject{{QStringLiteral("n"), e.messageId}}}};
                storeEvent(c, e, matchAll(seeded));
            }
            return QVariant();
        });
    });
    producer.start(5);

    QTimer done;
    QObject::connect(&done, &QTimer::timeout, &app, [&] {
        QSqlDatabase db = ws->reader();
        const int stored = sql::scalar(db, QStringLiteral("SELECT count(*) FROM events")).toInt();
        const int open = sql::scalar(db, QStringLiteral("SELECT count(*) FROM deliveries WHERE status NOT IN "
                                                        "('delivered','dead','discarded','skipped')"))
                             .toInt();
        if (stored >= total && open == 0)
            app.quit();
    });
    done.start(100);
    const int rc = app.exec();
    dispatcher.stop();
    return rc;
}
