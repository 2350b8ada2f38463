// Destinations: credentials encrypted at rest with the workspace key file, masked on output.
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "connectors/credentialcipher.h"
#include "connectors/destinationstore.h"
#include "core/clock.h"
#include "store/sql.h"
#include "store/workspace.h"
#include "store/writer.h"

using namespace sb;

class TestDestinationStore : public QObject {
    Q_OBJECT
private slots:
    void cipherRoundTripAndTamperDetection() {
        QTemporaryDir dir;
        const Result<CredentialCipher> cipher = CredentialCipher::forWorkspace(dir.path());
        QVERIFY2(cipher, qPrintable(cipher.error()));
        const QString stored = cipher.value().encrypt("{\"writeKey\":\"super-secret-key\"}");
        QVERIFY(stored.startsWith(QLatin1String("sb1:")));
        QVERIFY(!stored.contains(QLatin1String("super-secret")));
        QVERIFY(cipher.value().encrypt("same") != cipher.value().encrypt("same")); // fresh nonce each time
        QCOMPARE(cipher.value().decrypt(stored).value(), QByteArray("{\"writeKey\":\"super-secret-key\"}"));
        QByteArray raw = QByteArray::fromBase64(stored.mid(4).toLatin1());
        raw[20] = char(raw.at(20) ^ 1);
        QVERIFY(!cipher.value().decrypt(QStringLiteral("sb1:") + QString::fromLatin1(raw.toBase64())).ok());
        const CredentialCipher other(QByteArray(32, 'k'));
        QVERIFY(other.decrypt(stored).error().contains(QLatin1String("another workspace's key file")));
        // The key file is private to its owner.
        const QFile::Permissions permissions =
            QFile::permissions(dir.filePath(QString::fromLatin1(CredentialCipher::kKeyFileName)));
        QCOMPARE(permissions & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(permissions & QFile::ReadOwner);
        // Reading the key again gives the same cipher.
        QCOMPARE(CredentialCipher::forWorkspace(dir.path()).value().decrypt(stored).value(),
                 QByteArray("{\"writeKey\":\"super-secret-key\"}"));
    }

    void addListLoadMaskRemove() {
        QTemporaryDir dir;
        ManualClock clock;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing, &clock);
        QVERIFY(ws.ok());
        DestinationStore store(ws.value().get());
        DestinationConfig d;
        d.name = QStringLiteral("Klaviyo (Smile)");
        d.connector = QStringLiteral("klaviyo");
        d.credentials = {{QStringLiteral("apiKey"), QStringLiteral("pk_live_0123456789abcdef")}};
        const Result<qint64> id = store.add(d);
        QVERIFY2(id, qPrintable(id.error()));

        // Not in the database file in clear.
        const QString stored =
            sql::scalar(ws.value()->reader(),
                        QStringLiteral("SELECT credentials FROM destinations WHERE id = ?"), {id.value()})
                .toString();
        QVERIFY(stored.startsWith(QLatin1String("sb1:")));
        QVERIFY(!stored.contains(QLatin1String("pk_live")));

        const Result<DestinationConfig> loaded = store.load(id.value());
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded.value().credentials.value(QStringLiteral("apiKey")),
                 QStringLiteral("pk_live_0123456789abcdef"));
        QCOMPARE(loaded.value().baseUrl.toString(),
                 QStringLiteral("https://a.klaviyo.com")); // connector default
        QCOMPARE(loaded.value().settings.value(QStringLiteral("revision")).toString(),
                 QStringLiteral("2026-07-15"));
        QCOMPARE(store.findByName(QStringLiteral("Klaviyo (Smile)")).value().id, id.value());

        const QJsonObject masked = DestinationStore::toMaskedJson(loaded.value());
        QCOMPARE(
            masked.value(QStringLiteral("credentials")).toObject().value(QStringLiteral("apiKey")).toString(),
            QStringLiteral("••••cdef"));
        QVERIFY(!QString::fromUtf8(QJsonDocument(masked).toJson()).contains(QLatin1String("pk_live")));

        QVERIFY(store.setPaused(id.value(), true).ok());
        QVERIFY(store.load(id.value()).value().paused);
        DestinationConfig changed = store.load(id.value()).value();
        changed.credentials.insert(QStringLiteral("apiKey"), QStringLiteral("pk_new_key_ABCDEFGH"));
        QVERIFY(store.update(changed).ok());
        QCOMPARE(store.load(id.value()).value().credentials.value(QStringLiteral("apiKey")),
                 QStringLiteral("pk_new_key_ABCDEFGH"));

        QCOMPARE(store.add(d).error(),
                 QStringLiteral("a destination named 'Klaviyo (Smile)' already exists"));
        DestinationConfig bad = d;
        bad.name = QStringLiteral("X");
        bad.connector = QStringLiteral("fax");
        QVERIFY(store.add(bad).error().contains(QLatin1String("unknown connector 'fax'")));
        bad.connector = QStringLiteral("webhook");
        QVERIFY(store.add(bad).error().contains(QLatin1String("base URL")));
        QCOMPARE(store.list().size(), 1);
        QVERIFY(store.remove(id.value()).ok());
        QVERIFY(store.list().isEmpty());
        QVERIFY(!store.remove(id.value()).ok());
    }
};

QTEST_GUILESS_MAIN(TestDestinationStore)
#include "tst_destinationstore.moc"
