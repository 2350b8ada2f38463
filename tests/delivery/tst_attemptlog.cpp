// Attempt records of a batch request: the shared part is built once and each item is appended as
// text; every record must still be the JSON the delivery detail reads, with secrets masked.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/secrets.h"
#include "delivery/attemptlog.h"

using namespace sb;

namespace {

const QString kSecret = QStringLiteral("sk_live_0123456789");

HttpRequestSpec batchSpec(const QList<QByteArray> &items) {
    HttpRequestSpec spec;
    spec.method = "POST";
    spec.url = QUrl(QStringLiteral("http://127.0.0.1:9/v1/batch"));
    spec.headers = {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + kSecret.toUtf8()}};
    spec.body = "{\"batch\":[" + items.join(',') + "]}";
    return spec;
}

// The item's string literal as the records wrote it before they were built in one allocation:
// appended run by run, control characters as \u00XX (lower-case).
QString referenceJsonString(QStringView text) {
    QString out = QStringLiteral("\"");
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out += text.mid(from, i - from);
        from = i + 1;
        switch (c) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        }
    }
    out += text.mid(from);
    out += u'"';
    return out;
}

} // namespace

class TestAttemptLog : public QObject {
    Q_OBJECT
private slots:
    void batchRecordsAreJsonWithTheirOwnItem() {
        const QList<QJsonObject> objects{
            {{QStringLiteral("event"), QStringLiteral("Quote \" and backslash \\ and / slash")}},
            {{QStringLiteral("note"), QStringLiteral("line\nbreak\ttab\r\x01 control")},
             {QStringLiteral("key"), kSecret}},
            {{QStringLiteral("name"), QStringLiteral("Zoë ✓ 😀")}, {QStringLiteral("value"), 42.5}},
        };
        QList<QByteArray> items;
        for (const QJsonObject &o : objects)
            items << QJsonDocument(o).toJson(QJsonDocument::Compact);
        const HttpRequestSpec spec = batchSpec(items);
        {
            const QStringList records = AttemptLog::describeRequests(spec, {kSecret}, items);
            QCOMPARE(records.size(), items.size());
            for (qsizetype i = 0; i < records.size(); ++i) {
                QVERIFY2(!records.at(i).contains(kSecret), qPrintable(records.at(i)));
                QJsonParseError error;
                const QJsonObject r = QJsonDocument::fromJson(records.at(i).toUtf8(), &error).object();
                QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
                QCOMPARE(r.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
                QCOMPARE(r.value(QStringLiteral("url")).toString(), spec.url.toString());
                QCOMPARE(r.value(QStringLiteral("batchSize")).toInt(), 3);
                QCOMPARE(r.value(QStringLiteral("headers")).toArray().size(), 2);
                QVERIFY(r.contains(QStringLiteral("body")));
                // The item text is the item's JSON (masked), the same the per-object form writes.
                const QString item = r.value(QStringLiteral("item")).toString();
                const QJsonObject parsed = QJsonDocument::fromJson(item.toUtf8()).object();
                QCOMPARE(parsed.value(QStringLiteral("name")), objects.at(i).value(QStringLiteral("name")));
                QCOMPARE(parsed.value(QStringLiteral("note")), objects.at(i).value(QStringLiteral("note")));
                QCOMPARE(parsed.value(QStringLiteral("event")), objects.at(i).value(QStringLiteral("event")));
                const QJsonObject single =
                    QJsonDocument::fromJson(
                        AttemptLog::describeRequest(spec, {kSecret}, objects.at(i), 3).toUtf8())
                        .object();
                QCOMPARE(item, single.value(QStringLiteral("item")).toString());
            }
        }
    }

    // Each record is the shared part plus the item's string literal, character for character as before.
    void batchRecordsKeepTheirExactText() {
        const char16_t pool[] = {u'a', u'"', u'\\', u'/',   0x01,   0x08,   0x0c, u'\n', u'\r', u'\t',
                                 0x1f, 0x7f, 0xe9,  0x263a, 0xd83d, 0xde00, u'{', u':',  u','};
        QList<QByteArray> items;
        quint32 seed = 99;
        for (int i = 0; i < 200; ++i) {
            QString text;
            const int length = i == 0 ? 9000 : i % 40; // one over the truncation limit
            for (int j = 0; j < length; ++j) {
                seed = seed * 1103515245 + 12345;
                text += QChar(pool[(seed >> 16) % std::size(pool)]);
            }
            if (i % 7 == 0)
                text += kSecret;
            items << text.toUtf8();
        }
        const HttpRequestSpec spec = batchSpec(items);
        const QStringList records = AttemptLog::describeRequests(spec, {kSecret}, items);
        QCOMPARE(records.size(), items.size());
        const QString first = records.first();
        const QString prefix = first.left(first.indexOf(QLatin1String(",\"item\":")) + 8);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString expected =
                prefix + referenceJsonString(redact(AttemptLog::truncate(items.at(i)), {kSecret})) + u'}';
            QCOMPARE(records.at(i), expected);
        }
    }

    void singleRequestKeepsItsBody() {
        const QList<QByteArray> items{QByteArray("{\"a\":1}")};
        const HttpRequestSpec spec = batchSpec(items);
        const QStringList records = AttemptLog::describeRequests(spec, {kSecret}, items);
        QCOMPARE(records.size(), 1);
        const QJsonObject r = QJsonDocument::fromJson(records.first().toUtf8()).object();
        QCOMPARE(r.value(QStringLiteral("body")).toString(), QString::fromUtf8(spec.body));
        QVERIFY(!r.contains(QStringLiteral("item")));
    }

    // A delivered request's records keep where it went and how, not what it carried.
    void deliveredRecordsKeepNoBodies() {
        for (const int size : {1, 3}) {
            QList<QByteArray> items;
            for (int i = 0; i < size; ++i)
                items << QByteArray("{\"key\":\"") + kSecret.toUtf8() + "\",\"n\":" + QByteArray::number(i)
                             + '}';
            const HttpRequestSpec spec = batchSpec(items);
            const QStringList records =
                AttemptLog::describeRequests(spec, {kSecret}, items, AttemptLog::Bodies::Dropped);
            QCOMPARE(records.size(), items.size());
            for (const QString &record : records) {
                QVERIFY2(!record.contains(kSecret), qPrintable(record));
                const QJsonObject r = QJsonDocument::fromJson(record.toUtf8()).object();
                QCOMPARE(r.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
                QCOMPARE(r.value(QStringLiteral("url")).toString(), spec.url.toString());
                QCOMPARE(r.value(QStringLiteral("headers")).toArray().size(), 2);
                QVERIFY2(!r.contains(QStringLiteral("body")) && !r.contains(QStringLiteral("item")),
                         qPrintable(record));
                QCOMPARE(r.value(QStringLiteral("batchSize")).toInt(1), size);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAttemptLog)
#include "tst_attemptlog.moc"
