// The accept log's row format: what encode writes, decode reads back, whole or from any event on (a
// spilled batch is stored in chunks, each decoding only its own events), and a damaged row is refused
// with the event where it breaks.
#include <QJsonDocument>
#include <QTest>

#include "ingest/acceptlog.h"

using namespace sb;

namespace {

QList<Event> sampleEvents(int count) {
    QList<Event> events;
    for (int i = 0; i < count; ++i) {
        Event e;
        e.messageId = QStringLiteral("msg-%1-%2").arg(i).arg(QString(i % 7, u'é'));
        e.sourceId = 40 + i;
        e.sourceKind = QStringLiteral("smrt");
        e.type = QStringLiteral("track");
        e.name = i % 3 == 0 ? QString() : QStringLiteral("Order Ready"); // a null name on some
        e.occurredAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + i, Qt::UTC);
        e.receivedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'001'000 + i, Qt::UTC);
        e.payload = QJsonObject{{"type", "track"}, {"messageId", e.messageId}, {"n", i}};
        e.payloadJson = QJsonDocument(e.payload).toJson(QJsonDocument::Compact);
        events << e;
    }
    return events;
}

} // namespace

class TestAcceptLog : public QObject {
    Q_OBJECT
private slots:
    void decodesAnyRangeOfTheRow() {
        const QList<Event> events = sampleEvents(10);
        const QByteArray row = AcceptLog::encode(events);
        for (int from = 0; from <= 10; from += 3) {
            const Result<QList<Event>> part = AcceptLog::decode(row, from, 4);
            QVERIFY2(part, qPrintable(part.error()));
            QCOMPARE(part.value().size(), std::min(4, 10 - from));
            for (qsizetype i = 0; i < part.value().size(); ++i) {
                const Event &got = part.value().at(i);
                const Event &want = events.at(from + i);
                QCOMPARE(got.messageId, want.messageId);
                QCOMPARE(got.sourceId, want.sourceId);
                QCOMPARE(got.name, want.name);
                QCOMPARE(got.occurredAt, want.occurredAt);
                QCOMPARE(got.receivedAt, want.receivedAt);
                QCOMPARE(got.payload, want.payload);
            }
        }
    }

    void aRowCutShortIsRefusedWhereItBreaks() {
        const QByteArray row = AcceptLog::encode(sampleEvents(10));
        const QByteArray cut = row.left(row.size() / 2);
        const Result<QList<Event>> tail = AcceptLog::decode(cut, 8, 2);
        QVERIFY(!tail);
        QVERIFY2(tail.error().contains(QLatin1String("cut short at event")), qPrintable(tail.error()));
        QVERIFY(AcceptLog::decode(cut, 0, 2)); // the events before the cut are whole
        QVERIFY(!AcceptLog::decode(QByteArray("not a row"), 0, 1));
    }
};

QTEST_GUILESS_MAIN(TestAcceptLog)
#include "tst_acceptlog.moc"
