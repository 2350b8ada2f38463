// The injectable clock: manual time moves only when told, the system clock follows the wall.
#include <QTest>
#include <QTimeZone>

#include "core/clock.h"

using namespace sb;

class TestClock : public QObject {
    Q_OBJECT
private slots:
    void manualClockMovesOnlyWhenTold() {
        ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
        const QDateTime start = clock.now();
        QTest::qWait(5);
        QCOMPARE(clock.now(), start);
        clock.advance(24 * 3600 * 1000LL);
        QCOMPARE(clock.now(), QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC));
        clock.set(QDateTime(QDate(2027, 1, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(clock.now().date(), QDate(2027, 1, 1));
        QCOMPARE(clock.nowMs(), clock.now().toMSecsSinceEpoch());
    }

    void manualClockStoresUtc() {
        ManualClock clock;
        clock.set(QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone(3600)));
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
        QCOMPARE(clock.now().time(), QTime(11, 0));
    }

    void systemClockFollowsWallTime() {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 now = Clock::system()->nowMs();
        QVERIFY(now >= before);
        QVERIFY(now - before < 60'000);
    }
};

QTEST_APPLESS_MAIN(TestClock)
#include "tst_clock.moc"
