// How long the scheduler's daily rules take on a large SMRT customer base: the first day (many
// customers lost at once, stored through ingest), an ordinary next day, and an idle wake-up.
// Run: build/bench/scheduler/bench_scheduler [customers]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include "core/clock.h"
#include "engine.h"
#include "ingest/ingestservice.h"
#include "scheduler/scheduler.h"
#include "store/sql.h"
#include "store/workspace.h"
#include "store/writer.h"

using namespace sb;

namespace {

void measure(QTextStream &out, const char *label, Scheduler &scheduler) {
    QElapsedTimer timer;
    timer.start();
    const Scheduler::RunReport r = scheduler.runDue();
    const qint64 ns = timer.nsecsElapsed();
    int produced = 0;
    for (const Scheduler::RuleReport &rule : r.rules)
        produced += rule.produced;
    out << label << ": " << QString::number(ns / 1e6, 'f', 1) << " ms, " << produced << " events produced, "
        << r.stored() << " stored"
        << (r.errors().isEmpty() ? QString() : QStringLiteral(" ERRORS ") + r.errors().join(u';'))
        << Qt::endl;
    for (const Scheduler::RuleReport &rule : r.rules)
        out << "    " << rule.rule << ": " << rule.elapsedMs << " ms, " << rule.produced << " events"
            << Qt::endl;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int customers = argc > 1 ? QByteArray(argv[1]).toInt() : 50'000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QTimeZone zone("America/Los_Angeles");
    ManualClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 30), zone).toUTC());
    Engine::Options options;
    options.workspaceDir = dir.path();
    options.ingest = false;
    options.delivery = false;
    options.clock = &clock;
    auto started = Engine::start(options);
    if (!started) {
        QTextStream(stderr) << started.error() << Qt::endl;
        return 1;
    }
    std::unique_ptr<Engine> engine = started.take();
    Workspace *ws = engine->workspace();

    // Seeded with SQL (not timed): every customer has SMRT traits (a Birthday custom field, lastVisit)
    // and one Customer Visit within the last 60 days.
    QElapsedTimer seeding;
    seeding.start();
    ws->writer()->run([&](WriteContext &c) {
        const qint64 now = clock.nowMs();
        sql::exec(c.db, QStringLiteral("INSERT INTO settings(key, value) VALUES ('scheduler.timezone', "
                                       "'America/Los_Angeles')"));
        sql::exec(c.db, QStringLiteral(
                            "INSERT INTO sources(id, name, kind, created_at) VALUES (1, 'SMRT', 'smrt', 0)"));
        QRandomGenerator random(42);
        for (int i = 1; i <= customers; ++i) {
            const QString user = QStringLiteral("c-%1").arg(i);
            const QString email = QStringLiteral("customer%1@example.com").arg(i);
            sql::exec(c.db,
                      QStringLiteral("INSERT INTO profiles(id, email, user_id, created_at, updated_at) "
                                     "VALUES (?, ?, ?, 0, 0)"),
                      {i, email, user});
            sql::exec(c.db,
                      QStringLiteral("INSERT INTO identities(kind, value, profile_id, first_seen) "
                                     "VALUES ('user_id', ?, ?, 0), ('email', ?, ?, 0)"),
                      {user, i, email, i});
            const QDate birthday(1960 + random.bounded(40), 1 + random.bounded(12), 1 + random.bounded(28));
            const QJsonArray fields{QJsonObject{{QStringLiteral("name"), QStringLiteral("Birthday")},
                                                {QStringLiteral("value"), birthday.toString(Qt::ISODate)}}};
            const qint64 visit = now - qint64(random.bounded(60 * 24)) * 3600 * 1000;
            const QString visitText =
                QString(u'"' + QDateTime::fromMSecsSinceEpoch(visit, Qt::UTC).toString(Qt::ISODate) + u'"');
            sql::exec(
                c.db,
                QStringLiteral("INSERT INTO profile_traits(profile_id, source_id, name, value, updated_at) "
                               "VALUES (?, 1, 'customFields', ?, 0), (?, 1, 'email', ?, 0), "
                               "(?, 1, 'lastVisit', ?, 0), (?, 1, 'firstName', '\"Jo\"', 0)"),
                {i, QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)), i,
                 QString(u'"' + email + u'"'), i, visitText, i});
            sql::exec(c.db,
                      QStringLiteral(
                          "INSERT INTO events(message_id, source_id, type, name, profile_id, occurred_at, "
                          "received_at, payload) VALUES (?, 1, 'track', 'Customer Visit', ?, ?, ?, '{}')"),
                      {QStringLiteral("visit-%1").arg(i), i, visit, visit});
        }
        return QVariant();
    });
    out << "seeded " << customers << " SMRT customers in "
        << QString::number(seeding.elapsed() / 1000.0, 'f', 1) << " s" << Qt::endl;

    Scheduler scheduler(ws, engine->ingestService());
    measure(out, "first day (all lapsed customers lost at once)", scheduler);
    clock.set(clock.now().addDays(1));
    measure(out, "next day", scheduler);
    measure(out, "idle wake-up (nothing due)", scheduler);
    QElapsedTimer timer;
    timer.start();
    const QDateTime next = scheduler.nextDue();
    out << "nextDue(): " << QString::number(timer.nsecsElapsed() / 1e6, 'f', 2) << " ms -> "
        << next.toString(Qt::ISODate) << Qt::endl;
    return 0;
}
