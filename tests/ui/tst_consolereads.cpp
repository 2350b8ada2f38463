// The console's reads of deliveries find their rows through an index, whatever the workspace's size:
// every statement they run on the test thread's reader connection is recorded (sqlite3_trace_v2) and
// its plan read back (EXPLAIN QUERY PLAN). The writer keeps few indexes on deliveries (each costs every
// delivery), so a read that loses its index falls back to walking the whole table: the status bar, the
// live monitor's cards and table filters and a profile's timeline would slow down as the workspace
// grows.
#include <QSqlDriver>
#include <QTest>
#include <sqlite3.h>

#include "delivery/deliveryfilter.h"
#include "delivery/deliverytablemodel.h"
#include "delivery/livesnapshot.h"
#include "engine/enginestatusprobe.h"
#include "profiles/profilequeries.h"
#include "uitestsupport.h"

using namespace sb;
using sbtest::ConsoleFixture;

namespace {

// Statements run on one connection while it is alive; their plans on demand.
class StatementRecorder {
public:
    explicit StatementRecorder(const QSqlDatabase &db)
        : m_handle(*static_cast<sqlite3 *const *>(db.driver()->handle().constData())) {
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &StatementRecorder::onStatement, this);
    }
    ~StatementRecorder() { sqlite3_trace_v2(m_handle, 0, nullptr, nullptr); }
    StatementRecorder(const StatementRecorder &) = delete;
    StatementRecorder &operator=(const StatementRecorder &) = delete;

    QStringList take() { return std::exchange(m_statements, {}); }

    // The plan's detail lines (unbound parameters are NULL: without ANALYZE data the plan is the same).
    QStringList plan(const QString &statement) const {
        QStringList details;
        sqlite3_stmt *stmt = nullptr;
        const QByteArray text = "EXPLAIN QUERY PLAN " + statement.toUtf8();
        if (sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK)
            return {QStringLiteral("cannot explain: ") + QString::fromUtf8(sqlite3_errmsg(m_handle))};
        while (sqlite3_step(stmt) == SQLITE_ROW)
            details << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3)));
        sqlite3_finalize(stmt);
        return details;
    }

private:
    static int onStatement(unsigned, void *context, void *stmt, void *) {
        auto *self = static_cast<StatementRecorder *>(context);
        if (const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(stmt)))
            self->m_statements << QString::fromUtf8(sql);
        return 0;
    }

    sqlite3 *const m_handle;
    QStringList m_statements;
};

// The statements of `statements` that read deliveries and walk the whole table or one of its indexes.
QStringList fullWalksOfDeliveries(const StatementRecorder &recorder, const QStringList &statements) {
    QStringList walks;
    for (const QString &statement : statements) {
        if (!statement.contains(QLatin1String("deliveries")))
            continue;
        for (const QString &detail : recorder.plan(statement))
            if (detail.startsWith(QLatin1String("SCAN d"))
                || detail.startsWith(QLatin1String("SCAN deliveries"))
                || detail.startsWith(QLatin1String("cannot explain")))
                walks << detail + QStringLiteral(" <- ") + statement.simplified();
    }
    return walks;
}

} // namespace

class TestConsoleReads : public QObject {
    Q_OBJECT

private slots:
    void deliveryReadsSeekAnIndex() {
        ConsoleFixture f;
        const qint64 destination =
            f.write(QStringLiteral("INSERT INTO destinations(name, connector, base_url, created_at) VALUES "
                                   "('Segment', 'segment', 'http://127.0.0.1:1', 0)"))
                .toLongLong();
        const qint64 mapping =
            f.write(QStringLiteral("INSERT INTO mappings(destination_id, name) VALUES (?, 'orders')"),
                    {destination})
                .toLongLong();
        const qint64 profile =
            f.write(QStringLiteral("INSERT INTO profiles(email, created_at, updated_at) VALUES ('r@x.test', "
                                   "0, 0)"))
                .toLongLong();
        const qint64 source = f.sources.value(QStringLiteral("smrt")).id;
        const QStringList statuses{QStringLiteral("delivered"), QStringLiteral("dead"),
                                   QStringLiteral("pending")};
        for (int i = 0; i < statuses.size(); ++i) {
            const qint64 event =
                f.write(
                     QStringLiteral("INSERT INTO events(message_id, source_id, type, name, profile_id, "
                                    "occurred_at, received_at, payload) VALUES (?, ?, 'track', 'Order', ?, "
                                    "?, ?, '{}')"),
                     {QStringLiteral("m%1").arg(i), source, profile, 1000 + i, 1000 + i})
                    .toLongLong();
            f.write(QStringLiteral("INSERT INTO deliveries(event_id, mapping_id, mapping_version, "
                                   "destination_id, profile_id, status, idempotency_key, next_attempt_at, "
                                   "created_at) VALUES (?, ?, 1, ?, ?, ?, ?, 0, ?)"),
                    {event, mapping, destination, profile, statuses.at(i), QStringLiteral("k%1").arg(i),
                     1000 + i});
        }

        Workspace *ws = f.workspace();
        StatementRecorder recorder(ws->reader());
        // The check itself: counting by status alone walks the table.
        QCOMPARE(fullWalksOfDeliveries(
                     recorder, {QStringLiteral("SELECT count(*) FROM deliveries WHERE status = 'dead'")})
                     .size(),
                 1);

        // The status bar's counts.
        const EngineStatusProbe::Figures figures = EngineStatusProbe::measure(ws);
        QVERIFY2(figures.error.isEmpty(), qPrintable(figures.error));
        QCOMPARE(figures.backlog, 1);
        QCOMPARE(figures.deadLetters, 1);
        QStringList statements = recorder.take();
        QVERIFY(!statements.isEmpty());
        QCOMPARE(fullWalksOfDeliveries(recorder, statements), QStringList());

        // The live monitor's cards, refreshed every second: backlog, retrying and dead letters.
        const LiveSnapshot live = LiveSnapshot::load(ws, 2000, true, ChartRange::OneHour);
        QCOMPARE(live.destinations.size(), 1);
        QCOMPARE(live.destinations.first().backlog, 1);
        QCOMPARE(live.destinations.first().dead, 1);
        QCOMPARE(fullWalksOfDeliveries(recorder, recorder.take()), QStringList());

        // The live table narrowed to a status, to a profile, to both, and to a destination and status.
        const qint64 newest = std::numeric_limits<qint64>::max();
        DeliveryFilter dead;
        dead.status = QStringLiteral("dead");
        DeliveryFilter ofProfile;
        ofProfile.profile = QString::number(profile);
        DeliveryFilter pendingOfProfile = ofProfile;
        pendingOfProfile.status = QStringLiteral("pending");
        DeliveryFilter deadAtDestination = dead;
        deadAtDestination.destinationId = destination;
        const QList<QPair<DeliveryFilter, int>> filters{
            {dead, 1}, {ofProfile, 3}, {pendingOfProfile, 1}, {deadAtDestination, 1}};
        for (const auto &[filter, rows] : filters) {
            const DeliveryTableModel::Loaded page = DeliveryTableModel::loadOlder(ws, filter, newest, 50);
            QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
            QCOMPARE(page.rows.size(), rows);
            for (const DeliveryRow &row : page.rows) {
                if (!filter.status.isEmpty())
                    QCOMPARE(row.status, filter.status);
            }
            QCOMPARE(fullWalksOfDeliveries(recorder, recorder.take()), QStringList());
        }

        // A profile's timeline: its events and deliveries, newest first.
        const TimelinePage page = ProfileQueries::timeline(ws->reader(), profile, TimelineFilter{}, {}, 50);
        QCOMPARE(page.entries.size(), 6);
        const auto firstDelivery =
            std::find_if(page.entries.cbegin(), page.entries.cend(),
                         [](const auto &e) { return e.kind == TimelineEntry::Delivery; });
        QVERIFY(firstDelivery != page.entries.cend());
        QCOMPARE(firstDelivery->status, QStringLiteral("pending"));
        statements = recorder.take();
        QVERIFY(statements.size() >= 2);
        QCOMPARE(fullWalksOfDeliveries(recorder, statements), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestConsoleReads)
#include "tst_consolereads.moc"
