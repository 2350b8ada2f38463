// The Destinations page against a real workspace and the simulator: adding a destination with
// credentials (encrypted at rest, never on screen), delivery settings, and a real test connection.
#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QToolButton>

#include "connectors/destinationstore.h"
#include "delivery/deliverypolicy.h"
#include "destinationlistmodel.h"
#include "destinations/destinationspage.h"
#include "destinations/secretfield.h"
#include "mapping/mappingstore.h"
#include "store/sql.h"
#include "uitestworkspace.h"

using namespace sb;

namespace {

const QString kSecret = QStringLiteral("pk_live_console_0123456789");

// Every text the page shows: line edits (text and placeholder), labels, text views and list rows.
QStringList visibleTexts(QWidget *page, QAbstractItemModel *list) {
    QStringList texts;
    for (auto *edit : page->findChildren<QLineEdit *>())
        texts << edit->displayText() << edit->placeholderText() << edit->text();
    for (auto *label : page->findChildren<QLabel *>())
        texts << label->text();
    for (auto *view : page->findChildren<QPlainTextEdit *>())
        texts << view->toPlainText();
    for (int row = 0; row < list->rowCount(); ++row)
        texts << list->index(row, 0).data().toString()
              << list->index(row, 0).data(Qt::ToolTipRole).toString();
    return texts;
}

SecretField *secretField(DestinationsPage &page, const QString &key) {
    for (SecretField *field : page.secretFields()) {
        if (field->key() == key)
            return field;
    }
    return nullptr;
}

quint16 deadPort() {
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close(); // nothing listens there any more
    return port;
}

} // namespace

class TestDestinationsPage : public QObject {
    Q_OBJECT
private slots:
    void addWithCredentialsStoresThemEncryptedAndNeverShowsThem() {
        test::PageFixture f;
        QVERIFY(f.open());
        DestinationsPage page(&f.context);
        QAbstractItemModelTester tester(page.destinationModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 10'000);

        page.newDestination(QStringLiteral("klaviyo"));
        auto *name = page.findChild<QLineEdit *>(QStringLiteral("destinationName"));
        QTest::keyClicks(name, QStringLiteral("Klaviyo (console)"));
        auto *baseUrl = page.findChild<QLineEdit *>(QStringLiteral("destinationBaseUrl"));
        QTest::keyClicks(baseUrl, f.simulator.baseUrl(QStringLiteral("klaviyo")).toString());
        SecretField *apiKey = secretField(page, QStringLiteral("apiKey"));
        QVERIFY(apiKey);
        QVERIFY(!apiKey->showButton()->isEnabled()); // nothing typed: nothing to show
        QTest::keyClicks(apiKey->lineEdit(), kSecret);
        QCOMPARE(apiKey->lineEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!apiKey->lineEdit()->displayText().contains(kSecret));
        QVERIFY(apiKey->showButton()->isEnabled()); // only while typing a new value
        apiKey->showButton()->click();
        QCOMPARE(apiKey->lineEdit()->echoMode(), QLineEdit::Normal);
        apiKey->showButton()->click();
        QCOMPARE(apiKey->lineEdit()->echoMode(), QLineEdit::Password);
        // Delivery settings from the form.
        page.findChild<QSpinBox *>(QStringLiteral("destinationRetryWindow"))->setValue(90);
        auto *statuses = page.findChild<QLineEdit *>(QStringLiteral("destinationRetryStatuses"));
        statuses->setText(QStringLiteral("408, 409, 429"));

        QVERIFY2(page.save(), qPrintable(page.statusText()));
        QTRY_COMPARE_WITH_TIMEOUT(page.destinationModel()->rowCount(), 1, 10'000);
        QTRY_VERIFY(page.currentDestinationId() > 0);
        const qint64 id = page.currentDestinationId();

        // Encrypted in the workspace database, decrypted only for the engine.
        const QString stored =
            sql::scalar(f.workspace->reader(),
                        QStringLiteral("SELECT credentials FROM destinations WHERE id = ?"), {id})
                .toString();
        QVERIFY(stored.startsWith(QLatin1String("sb1:")));
        QVERIFY(!stored.contains(kSecret));
        const Result<DestinationConfig> loaded = DestinationStore(f.workspace.get()).load(id);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded.value().credentials.value(QStringLiteral("apiKey")), kSecret);
        const DeliveryPolicy policy = DeliveryPolicy::fromSettings(loaded.value().settings);
        QCOMPARE(policy.maxRetryWindowMs, 90LL * 60 * 1000);
        QCOMPARE(policy.retryStatuses, (QList<int>{408, 409, 429}));
        QCOMPARE(loaded.value().settings.value(QStringLiteral("revision")).toString(),
                 QStringLiteral("2026-07-15"));

        // Never in clear on screen: the field is empty again and shows the mask as placeholder.
        QTRY_VERIFY(secretField(page, QStringLiteral("apiKey")));
        apiKey = secretField(page, QStringLiteral("apiKey"));
        QVERIFY(apiKey->lineEdit()->text().isEmpty());
        QVERIFY2(apiKey->lineEdit()->placeholderText().contains(QStringLiteral("••••6789")),
                 qPrintable(apiKey->lineEdit()->placeholderText()));
        QVERIFY(!apiKey->showButton()->isEnabled());
        for (const QString &text : visibleTexts(&page, page.destinationModel()))
            QVERIFY2(!text.contains(kSecret), qPrintable(text));

        // Editing without typing a key keeps the stored one.
        name->setText(QStringLiteral("Klaviyo (renamed)"));
        QVERIFY2(page.save(), qPrintable(page.statusText()));
        QCOMPARE(
            DestinationStore(f.workspace.get()).load(id).value().credentials.value(QStringLiteral("apiKey")),
            kSecret);
        QCOMPARE(DestinationStore(f.workspace.get()).load(id).value().name,
                 QStringLiteral("Klaviyo (renamed)"));
    }

    void badInputIsNamed() {
        test::PageFixture f;
        QVERIFY(f.open());
        DestinationsPage page(&f.context);
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 10'000);
        page.newDestination(QStringLiteral("segment"));
        QVERIFY(!page.save());
        QVERIFY2(page.statusText().contains(QLatin1String("Name")), qPrintable(page.statusText()));
        page.findChild<QLineEdit *>(QStringLiteral("destinationName"))->setText(QStringLiteral("S"));
        page.findChild<QLineEdit *>(QStringLiteral("destinationBaseUrl"))->setText(QStringLiteral("ftp://x"));
        QVERIFY(!page.save());
        QVERIFY2(page.statusText().contains(QLatin1String("Base URL")), qPrintable(page.statusText()));
        page.findChild<QLineEdit *>(QStringLiteral("destinationBaseUrl"))->clear();
        page.findChild<QPlainTextEdit *>(QStringLiteral("destinationSettings"))
            ->setPlainText(QStringLiteral("{oops"));
        QVERIFY(!page.save());
        QVERIFY2(page.statusText().contains(QLatin1String("Connector settings")),
                 qPrintable(page.statusText()));
        QCOMPARE(DestinationStore(f.workspace.get()).list().size(), 0);
    }

    void testConnectionReportsSuccessAndFailure() {
        test::PageFixture f;
        QVERIFY(f.open());
        DestinationsPage page(&f.context);
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 10'000);
        page.newDestination(QStringLiteral("segment"));
        page.findChild<QLineEdit *>(QStringLiteral("destinationName"))->setText(QStringLiteral("Segment"));
        auto *baseUrl = page.findChild<QLineEdit *>(QStringLiteral("destinationBaseUrl"));
        baseUrl->setText(f.simulator.baseUrl(QStringLiteral("segment")).toString());
        const int before = int(f.simulator.requests().size());
        QSignalSpy tested(&page, &DestinationsPage::connectionTested);
        page.findChild<QAbstractButton *>(QStringLiteral("testConnection"))->click();
        QVERIFY(tested.wait(15'000));
        QCOMPARE(tested.at(0).at(0).toBool(), true);
        QVERIFY2(page.connectionText().startsWith(QLatin1String("Connected")),
                 qPrintable(page.connectionText()));
        QVERIFY(page.connectionText().contains(QLatin1String("HTTP ")));
        // Segment answers 200 to any write key: the page does not claim the key was checked.
        QVERIFY(page.connectionText().contains(QLatin1String("no credential check")));
        QVERIFY(int(f.simulator.requests().size()) > before); // a real request reached the server

        baseUrl->setText(QStringLiteral("http://127.0.0.1:%1").arg(deadPort()));
        page.findChild<QAbstractButton *>(QStringLiteral("testConnection"))->click();
        QVERIFY(tested.wait(15'000));
        QCOMPARE(tested.at(1).at(0).toBool(), false);
        QVERIFY2(page.connectionText().startsWith(QLatin1String("Connection failed")),
                 qPrintable(page.connectionText()));
        QVERIFY2(page.connectionText().contains(QLatin1String("refused"), Qt::CaseInsensitive),
                 qPrintable(page.connectionText()));
    }

    void testConnectionChecksCredentialsWhereTheApiCan() {
        test::PageFixture f;
        QVERIFY(f.open());
        DestinationsPage page(&f.context);
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 10'000);
        page.newDestination(QStringLiteral("klaviyo"));
        page.findChild<QLineEdit *>(QStringLiteral("destinationName"))->setText(QStringLiteral("Klaviyo"));
        page.findChild<QLineEdit *>(QStringLiteral("destinationBaseUrl"))
            ->setText(f.simulator.baseUrl(QStringLiteral("klaviyo")).toString());
        QSignalSpy tested(&page, &DestinationsPage::connectionTested);

        // A wrong private key: Klaviyo's Get Accounts refuses it, and the page says so in red.
        QTest::keyClicks(secretField(page, QStringLiteral("apiKey"))->lineEdit(), QStringLiteral("pk_wrong"));
        page.findChild<QAbstractButton *>(QStringLiteral("testConnection"))->click();
        QVERIFY(tested.wait(15'000));
        QCOMPARE(tested.at(0).at(0).toBool(), false);
        QVERIFY2(page.connectionText().contains(QLatin1String("HTTP 401")),
                 qPrintable(page.connectionText()));
        QVERIFY2(page.connectionText().contains(QLatin1String("credentials rejected")),
                 qPrintable(page.connectionText()));
        QVERIFY(!page.connectionText().contains(QLatin1String("pk_wrong"))); // masked

        // The right key is accepted.
        secretField(page, QStringLiteral("apiKey"))->lineEdit()->clear();
        QTest::keyClicks(secretField(page, QStringLiteral("apiKey"))->lineEdit(),
                         QString::fromLatin1(sim::KlaviyoApiKey));
        page.findChild<QAbstractButton *>(QStringLiteral("testConnection"))->click();
        QVERIFY(tested.wait(15'000));
        QCOMPARE(tested.at(1).at(0).toBool(), true);
        QVERIFY2(page.connectionText().contains(QLatin1String("credentials accepted")),
                 qPrintable(page.connectionText()));
        bool sawCheck = false;
        for (const QJsonValue &request : f.simulator.requests(QStringLiteral("klaviyo")))
            sawCheck |=
                request[QStringLiteral("method")].toString() == QLatin1String("GET")
                && request[QStringLiteral("path")].toString().endsWith(QLatin1String("/api/accounts/"));
        QVERIFY(sawCheck);
    }

    void installingARecipeAddsADestinationWithMappings() {
        test::PageFixture f;
        QVERIFY(f.open());
        DestinationsPage page(&f.context);
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 10'000);
        page.newDestination(QStringLiteral("segment"));
        page.findChild<QLineEdit *>(QStringLiteral("destinationBaseUrl"))
            ->setText(f.simulator.baseUrl(QStringLiteral("segment")).toString());
        QTest::keyClicks(secretField(page, QStringLiteral("writeKey"))->lineEdit(),
                         QString::fromLatin1(sim::SegmentWriteKey));
        QVERIFY2(page.installRecipe(QStringLiteral("smrt-segment")), qPrintable(page.statusText()));
        QTRY_COMPARE_WITH_TIMEOUT(page.destinationModel()->rowCount(), 1, 10'000);
        const qint64 id = page.currentDestinationId();
        QVERIFY(id > 0);
        QVERIFY(MappingStore(f.workspace.get()).list(id).size() >= 2);
        QCOMPARE(DestinationStore(f.workspace.get())
                     .load(id)
                     .value()
                     .credentials.value(QStringLiteral("writeKey")),
                 QString::fromLatin1(sim::SegmentWriteKey));
    }

    void destinationRequestedSelectsIt() {
        test::PageFixture f;
        QVERIFY(f.open());
        const RecipeInstaller::Installed first = f.installSegment();
        DestinationConfig other;
        other.name = QStringLiteral("Hook");
        other.connector = QStringLiteral("webhook");
        other.baseUrl = f.simulator.baseUrl(QStringLiteral("webhook"));
        const qint64 second = DestinationStore(f.workspace.get()).add(other).value();
        DestinationsPage page(&f.context);
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), 10'000);
        QCOMPARE(page.currentDestinationId(), first.destinationId);
        emit f.navigator.destinationRequested(second);
        QCOMPARE(page.currentDestinationId(), second);
        QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("destinationName"))->text(),
                 QStringLiteral("Hook"));
    }
};

QTEST_MAIN(TestDestinationsPage)
#include "tst_destinationspage.moc"
