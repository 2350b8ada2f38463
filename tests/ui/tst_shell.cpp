// The console shell: pages, shortcuts, the overview model, and --screenshot from the real binary.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "overview/overviewpage.h"
#include "shell/mainwindow.h"
#include "store/workspace.h"
#include "tablecountsmodel.h"

using namespace sb;

class TestShell : public QObject
{
    Q_OBJECT
private slots:
    void tableCountsModelLoadsOffTheGuiThread()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        TableCountsModel model(ws.value().get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy refreshed(&model, &TableCountsModel::refreshed);
        model.refresh();
        QVERIFY(refreshed.wait(10'000));
        QVERIFY(model.rowCount() > 10);
        QVERIFY(model.schemaVersion() >= 2);
        bool sawEvents = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == QLatin1String("events")) {
                sawEvents = true;
                QCOMPARE(model.index(row, 1).data(Qt::UserRole).toLongLong(), 0);
            }
        }
        QVERIFY(sawEvents);
    }

    void mainWindowSwitchesPagesByKeyAndShortcut()
    {
        MainWindow window(QStringLiteral("/tmp/ws"));
        auto *a = new QWidget;
        auto *b = new QWidget;
        window.addPage(QStringLiteral("one"), "One", a);
        window.addPage(QStringLiteral("two"), "Two", b);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(a->isVisible());
        QVERIFY(window.showPage(QStringLiteral("two")));
        QVERIFY(b->isVisible());
        QVERIFY(!window.showPage(QStringLiteral("three")));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(a->isVisible());
        QCOMPARE(window.pageKeys(), (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
    }

    void consoleWritesScreenshot()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        QProcess process;
        process.setProcessEnvironment([] {
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            return env;
        }());
        process.start(QStringLiteral(SWITCHBOARD_BINARY_DIR "/app/switchboard"),
                      {QStringLiteral("--workspace"), dir.filePath(QStringLiteral("ws")), QStringLiteral("--screenshot"),
                       png});
        QVERIFY(process.waitForFinished(60'000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
    }

    void consoleRejectsUnknownPage()
    {
        QTemporaryDir dir;
        QProcess process;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SWITCHBOARD_BINARY_DIR "/app/switchboard"),
                      {QStringLiteral("--workspace"), dir.path(), QStringLiteral("--page"), QStringLiteral("nope"),
                       QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))});
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("no page named 'nope'"));
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
