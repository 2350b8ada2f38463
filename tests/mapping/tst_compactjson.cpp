// CompactJson writes exactly what Qt's compact JSON writer writes (the renderer's item bytes go on
// the wire and into attempt records): compared on every kind of value and on random documents.
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include "mapping/compactjson.h"

using namespace sb;

namespace {

QByteArray qtCompact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString everyControlCharacter() {
    QString text;
    for (char16_t c = 0; c < 0x20; ++c)
        text += QChar(c);
    return text + QChar(0x7f) + QStringLiteral("\"\\/");
}

QJsonValue randomValue(QRandomGenerator &random, int depth) {
    const QStringList words{QStringLiteral("Order Ready"), QStringLiteral("Zoë"),
                            QStringLiteral("✓ 😀"),         QStringLiteral("quote \" back \\ slash"),
                            QStringLiteral("line\nbreak"), QString(),
                            everyControlCharacter()};
    switch (random.bounded(depth > 2 ? 6 : 8)) {
    case 0:
        return QJsonValue(QJsonValue::Null);
    case 1:
        return random.bounded(2) == 1;
    case 2:
        return qint64(random.generate64() >> random.bounded(64)) * (random.bounded(2) ? 1 : -1);
    case 3:
        return random.generateDouble() * std::pow(10.0, random.bounded(-12, 25));
    case 4:
        return double(random.bounded(1000000)); // whole numbers stored as doubles
    case 5:
        return words.at(random.bounded(words.size()));
    case 6: {
        QJsonArray array;
        for (int i = 0, n = random.bounded(5); i < n; ++i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = 0, n = random.bounded(6); i < n; ++i)
            object.insert(words.at(random.bounded(words.size())) + QString::number(i),
                          randomValue(random, depth + 1));
        return object;
    }
    }
}

} // namespace

class TestCompactJson : public QObject {
    Q_OBJECT
private slots:
    void sameBytesAsQt_data() {
        QTest::addColumn<QJsonObject>("object");
        QTest::newRow("empty") << QJsonObject();
        QTest::newRow("scalars") << QJsonObject{{QStringLiteral("t"), true},
                                                {QStringLiteral("f"), false},
                                                {QStringLiteral("n"), QJsonValue(QJsonValue::Null)},
                                                {QStringLiteral("i"), 42},
                                                {QStringLiteral("big"), qint64(9007199254740993LL)},
                                                {QStringLiteral("neg"), -7},
                                                {QStringLiteral("d"), 42.5},
                                                {QStringLiteral("tenth"), 0.1},
                                                {QStringLiteral("whole"), 1e6},
                                                {QStringLiteral("huge"), 1e21},
                                                {QStringLiteral("tiny"), 1e-7},
                                                {QStringLiteral("negzero"), -0.0},
                                                {QStringLiteral("inf"), qInf()}};
        QTest::newRow("strings") << QJsonObject{
            {everyControlCharacter(), everyControlCharacter()},
            {QStringLiteral("unicode"), QStringLiteral("Zoë ✓ 😀 中文")},
            {QStringLiteral("lone"), QString(QChar(0xd800))},
            {QStringLiteral("high then text"), QString(QString(QChar(0xd83d)) + QStringLiteral("a"))},
            {QStringLiteral("low first"), QString(QString(QChar(0xde00)) + QString(QChar(0xd83d)))},
            {QStringLiteral("empty"), QString()}};
        QTest::newRow("nested") << QJsonObject{
            {QStringLiteral("type"), QStringLiteral("track")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("items"),
                          QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("SHIRT-1")},
                                                 {QStringLiteral("quantity"), 3}},
                                     QJsonArray{}, QJsonObject{}, 1.25}}}}};
        QRandomGenerator random(20261202);
        for (int i = 0; i < 300; ++i) {
            QJsonObject object;
            for (int k = 0, n = random.bounded(8); k < n; ++k)
                object.insert(QStringLiteral("k%1").arg(k), randomValue(random, 0));
            QTest::newRow(qPrintable(QStringLiteral("random %1").arg(i))) << object;
        }
    }
    void sameBytesAsQt() {
        QFETCH(QJsonObject, object);
        QCOMPARE(CompactJson::write(object), qtCompact(object));
    }
};

QTEST_GUILESS_MAIN(TestCompactJson)
#include "tst_compactjson.moc"
