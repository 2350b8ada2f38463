// The recorder keeps each body masked and cut to 32 K characters; a body with nothing to mask is
// decoded only as far as memory keeps it. What it keeps must be what masking the whole body gives.
#include <QTest>

#include "requestrecorder.h"

using namespace sb;

namespace {

constexpr qsizetype kKeptInMemory = 32 * 1024; // RequestRecorder::MaxBodyInMemory

QByteArray repeated(const QByteArray &unit, qsizetype bytes) {
    QByteArray out;
    while (out.size() < bytes)
        out += unit;
    return out;
}

} // namespace

class TestRequestRecorder : public QObject {
    Q_OBJECT
private slots:
    void keptBodiesAreTheMaskedWholeBodyCut() {
        const QString secret = QStringLiteral("sk_live_0123456789");
        QList<QByteArray> bodies{
            "{\"a\":1}",
            "",
            repeated("{\"x\":\"plain\"},", 200000),
            repeated("\xc3\xa9\xf0\x9f\x98\x80z", 200000), // multi-byte characters across the cut
            repeated("ab\xff\xc3", 140000),                // invalid UTF-8 throughout
            repeated("x", 131088 - 2) + "\xf0\x9f\x98\x80"
                + repeated("y", 50), // a sequence cut by the prefix
            repeated("\xff", 200000),
            "{\"key\":\"" + secret.toUtf8() + "\"}",
            secret.toUtf8() + repeated("q", 300000),
            repeated("q", 40000) + secret.toUtf8(),
            repeated("q", 300000) + secret.toUtf8(), // a secret past what memory keeps
            "https://x/?apiKey=abc&b=1",
            repeated("q", 300000) + "&TOKEN=zzz",
            "{\"note\":\"\xe2\x84\xaapiKey=v\"}", // KELVIN SIGN before '='
            "{\"eq\":\"a=b\",\"c\":\"d=e\"}",
        };
        for (const bool withSecrets : {true, false}) {
            RequestRecorder recorder;
            if (withSecrets)
                recorder.setSecrets({secret});
            for (const QByteArray &body : std::as_const(bodies)) {
                SimRequest request;
                request.kind = QStringLiteral("segment");
                request.method = "POST";
                request.body = body;
                request.receivedAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
                recorder.record(request, QStringLiteral("/segment/v1/batch"), 200, QStringLiteral("answered"),
                                QString());
                const QJsonObject entry = recorder.recent(QString(), 1).first().toObject();
                const QString masked = recorder.maskText(QString::fromUtf8(body));
                QCOMPARE(entry.value(QStringLiteral("body")).toString(), masked.left(kKeptInMemory));
                QCOMPARE(entry.value(QStringLiteral("bodyTruncated")).toBool(),
                         masked.size() > kKeptInMemory);
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestRequestRecorder)
#include "tst_requestrecorder.moc"
