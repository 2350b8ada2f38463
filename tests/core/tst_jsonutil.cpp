// json::compact writes its own JSON text; it must be byte for byte what QJsonDocument writes, since
// stored payloads, previews and outgoing bodies are compared and signed as text.
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>
#include <cmath>
#include <limits>

#include "core/jsonutil.h"

using namespace sb;

namespace {

QString randomText(QRandomGenerator &random) {
    static const char16_t pool[] = {u'a',   u'Z',   u'0',   u' ',   u'"',   u'\\',  u'/',
                                    0x01,   0x1f,   u'\b',  u'\f',  u'\n',  u'\r',  u'\t',
                                    0x7f,   0xe9,   0x7ff,  0x800,  0x263a, 0xfffd, 0xffff,
                                    0xd83d, 0xde00, 0xdbff, 0xdc00, 0x2028, u'é',   u'ş'};
    QString text;
    const int length = random.bounded(12);
    for (int i = 0; i < length; ++i)
        text += QChar(pool[random.bounded(int(std::size(pool)))]);
    return text;
}

QJsonValue randomNumber(QRandomGenerator &random) {
    switch (random.bounded(9)) {
    case 0:
        return qint64(random.generate64());
    case 1:
        return random.bounded(-1000, 1000);
    case 2:
        return random.generateDouble() * std::pow(10.0, random.bounded(-20, 20));
    case 3:
        return 5.0;
    case 4:
        return 9007199254740993.0; // above 2^53
    case 5:
        return 1e300;
    case 6:
        return -0.0;
    case 7:
        return std::numeric_limits<qint64>::min();
    default:
        return 0.1;
    }
}

QJsonValue randomValue(QRandomGenerator &random, int depth) {
    switch (random.bounded(depth > 3 ? 5 : 7)) {
    case 0:
        return QJsonValue();
    case 1:
        return random.bounded(2) == 1;
    case 2:
        return randomNumber(random);
    case 3:
    case 4:
        return randomText(random);
    case 5: {
        QJsonArray array;
        for (int i = random.bounded(4); i > 0; --i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = random.bounded(5); i > 0; --i)
            object.insert(randomText(random), randomValue(random, depth + 1));
        return object;
    }
    }
}

} // namespace

class TestJsonUtil : public QObject {
    Q_OBJECT
private slots:
    void compactWritesWhatQtWrites() {
        QRandomGenerator random(20261202);
        QByteArray all; // to show the cases were met, not only passed
        for (int round = 0; round < 3000; ++round) {
            QJsonObject object;
            for (int i = random.bounded(6); i > 0; --i)
                object.insert(randomText(random), randomValue(random, 0));
            const QByteArray expected = QJsonDocument(object).toJson(QJsonDocument::Compact);
            QCOMPARE(json::compact(object), expected);
            all += expected;
            QJsonArray array{randomValue(random, 0), randomValue(random, 1)};
            QCOMPARE(json::compact(array), QJsonDocument(array).toJson(QJsonDocument::Compact));
        }
        for (const char *seen : {"\\u0001", "\\ud83d", "\\\"", "\\n", "e+300", "9007199254740992", "-0",
                                 "\xf0\x9f\x98\x80", "\xe2\x98\xba", "[]", "{}", "null", "true"})
            QVERIFY2(all.contains(seen), seen);
    }

    // Parsed objects keep their strings and numbers the parser's way (UTF-8 or Latin-1 text, doubles
    // for "1e5"): the writer reads them in place, so the same random trees go through the parser too.
    void compactWritesWhatQtWritesForParsedText() {
        QRandomGenerator random(20261203);
        for (int round = 0; round < 2000; ++round) {
            QJsonObject object;
            for (int i = random.bounded(6); i > 0; --i)
                object.insert(randomText(random), randomValue(random, 0));
            const QJsonObject parsed =
                QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact)).object();
            QCOMPARE(json::compact(parsed), QJsonDocument(parsed).toJson(QJsonDocument::Compact));
        }
        // An ordinary literal: moc misread this text as a raw string literal and dropped the class.
        const QByteArray text = "{\"n\":[1e5,100000,1E16,10000000000000000,-0,0.0,1.5e-7,"
                                "123456789012345678901],\"s\":[\"\\u00e9\\u0041\",\"\\/\","
                                "\"\\ud83d\\ude00\",\"x\\\"y\"],\"e\":{\"\":{\"\":[]}}}";
        const QJsonObject parsed = QJsonDocument::fromJson(text).object();
        QVERIFY(!parsed.isEmpty());
        QCOMPARE(json::compact(parsed), QJsonDocument(parsed).toJson(QJsonDocument::Compact));
    }

    void compactKeepsWhatParsingGave() {
        // Numbers as clients send them: integers stay integers, decimals keep their shortest form.
        const QByteArray text =
            R"({"a":1,"b":-2.5,"c":12345678901234567,"d":1e-7,"e":[],"f":{},"g":"\u0001é😀"})";
        const QJsonObject object = QJsonDocument::fromJson(text).object();
        QCOMPARE(json::compact(object), QJsonDocument(object).toJson(QJsonDocument::Compact));
        QCOMPARE(json::compact(QJsonObject()), QByteArray("{}"));
    }

    void traitValuesRoundTrip() {
        // The text profile_traits stores: the value's compact JSON, plain strings quoted as they are.
        const QList<QJsonValue> values = {QStringLiteral("gold"),
                                          QStringLiteral("Zoë \"Z\" \\ ☕"),
                                          12,
                                          2.5,
                                          true,
                                          QJsonValue(),
                                          QJsonArray{1, QStringLiteral("a")},
                                          QJsonObject{{QStringLiteral("k"), 1}}};
        for (const QJsonValue &value : values) {
            const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
            QCOMPARE(json::valueText(value), wrapped.mid(1, wrapped.size() - 2));
            QCOMPARE(json::valueFromText(json::valueText(value)), value);
        }
        QCOMPARE(json::valueFromText("not json"), QJsonValue(QStringLiteral("not json")));
        QCOMPARE(json::idText(QJsonValue(123)), QStringLiteral("123"));
        QCOMPARE(json::idText(QStringLiteral("a1")), QStringLiteral("a1"));
        QCOMPARE(json::idText(QJsonValue(true)), QString());
    }

    void timestampsMatchQtsIsoFormat() {
        const QList<QDateTime> times = {
            QDateTime(QDate(2026, 12, 2), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(1999, 1, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(2024, 2, 29), QTime(7, 5, 3, 40), Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(1, Qt::UTC),
            QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone(3600)), // not UTC: Qt's own text
        };
        for (const QDateTime &t : times)
            QCOMPARE(json::timestamp(t), t.toString(Qt::ISODateWithMs));
        QCOMPARE(json::timestamp(QDateTime(QDate(2026, 12, 2), QTime(0, 0), Qt::UTC)),
                 QStringLiteral("2026-12-02T00:00:00.000Z"));
    }
};

QTEST_APPLESS_MAIN(TestJsonUtil)
#include "tst_jsonutil.moc"
