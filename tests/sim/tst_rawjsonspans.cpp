// RawJsonSpans lets the Segment simulator skip the exact size count of messages sent small enough;
// the spans must be the messages' own bytes, and anything unusual must give no answer at all.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <cmath>

#include "core/jsonutil.h"
#include "rawjsonspans.h"

using namespace sb;

namespace {

QJsonValue randomValue(QRandomGenerator &random, int depth) {
    switch (random.bounded(depth > 2 ? 4 : 6)) {
    case 0:
        return random.bounded(2) == 1;
    case 1:
        return random.generateDouble() * std::pow(10.0, random.bounded(-30, 30));
    case 2:
        return QStringLiteral("s\"]}[{\\,%1é").arg(random.bounded(100));
    case 3:
        return QJsonValue();
    case 4: {
        QJsonArray array;
        for (int i = random.bounded(4); i > 0; --i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = random.bounded(4); i > 0; --i)
            object.insert(QStringLiteral("k]%1\"").arg(i), randomValue(random, depth + 1));
        return object;
    }
    }
}

} // namespace

class TestRawJsonSpans : public QObject {
    Q_OBJECT
private slots:
    void spansAreTheElementsAsSent() {
        const QByteArray text = " { \"writeKey\" : \"k\\\"}\" , \"batch\" : [ {\"a\":\"]}\\\"[\"} ,12,\"x\" ,"
                                "[1,[2]],{}\n] , \"context\":{\"batch\":[1]}}";
        const auto sizes = RawJsonSpans::arrayElementSizes(text, "batch");
        QVERIFY(sizes);
        QCOMPARE(*sizes, (QList<qsizetype>{13, 2, 3, 7, 2}));
        QCOMPARE(*RawJsonSpans::arrayElementSizes("{\"batch\":[]}", "batch"), QList<qsizetype>());
    }

    void compactElementsSpanTheirOwnText() {
        QRandomGenerator random(7);
        for (int round = 0; round < 500; ++round) {
            QJsonArray batch;
            for (int i = random.bounded(6); i > 0; --i)
                batch.append(randomValue(random, 0));
            const QJsonObject body{{"batch", batch}, {"writeKey", "k"}, {"a", randomValue(random, 0)}};
            const auto sizes = RawJsonSpans::arrayElementSizes(json::compact(body), "batch");
            QVERIFY(sizes);
            QCOMPARE(sizes->size(), batch.size());
            for (qsizetype i = 0; i < batch.size(); ++i)
                QCOMPARE(sizes->at(i), json::compact(QJsonArray{batch.at(i)}).size() - 2);
        }
    }

    void unusualLayoutsGiveNoAnswer() {
        for (const char *text : {"{\"batch\":[1],\"batch\":[2]}", "{\"\\u0062atch\":[1],\"batch\":[2]}",
                                 "{\"batch\":{}}", "{\"other\":[1]}", "[1]", "{}", "", "{\"batch\":[1"})
            QVERIFY2(!RawJsonSpans::arrayElementSizes(text, "batch"), text);
    }

    // The simulator's premise: no number is written longer than 25 characters, so a 3-character
    // number (the shortest that can grow) grows at most 10 times.
    void numbersNeverGrowPastTheBound() {
        QRandomGenerator random(11);
        for (int exponent = -330; exponent <= 310; ++exponent) {
            for (int i = 0; i < 20; ++i) {
                const double d =
                    (random.bounded(2) ? -1 : 1) * random.generateDouble() * std::pow(10.0, exponent);
                const QJsonObject parsed =
                    QJsonDocument::fromJson("{\"n\":" + QByteArray::number(d, 'g', 17) + '}').object();
                QVERIFY(json::compact(parsed).size() - 6 <= 25);
            }
        }
        for (const char *token : {"1e9", "9e9", "1.5", "1e5", "-0.0", "9e18", "1e16", "1E-7"}) {
            const QJsonObject parsed = QJsonDocument::fromJson(QByteArray("{\"n\":") + token + '}').object();
            QVERIFY2(json::compact(parsed).size() - 6 <= 25, token);
        }
    }
};

QTEST_APPLESS_MAIN(TestRawJsonSpans)
#include "tst_rawjsonspans.moc"
