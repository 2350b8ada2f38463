// switchboard-ctl init / status, run as the real executable.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCtlWorkspace : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    static Run ctl(const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(SWITCHBOARD_BINARY_DIR "/app/switchboard-ctl"), arguments);
        if (!process.waitForFinished(60'000))
            return {-1, {}, "timeout"};
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

private slots:
    void initThenStatusShowsSchemaAndZeroCounts() {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("shop"));
        const Run init = ctl({QStringLiteral("--workspace"), ws, QStringLiteral("init")});
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.out.contains("Workspace ready"));

        const Run status =
            ctl({QStringLiteral("--workspace"), ws, QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(status.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(report.value(QStringLiteral("schemaVersion")).toInt() >= 2);
        const QJsonObject tables = report.value(QStringLiteral("tables")).toObject();
        for (const char *table :
             {"events", "profiles", "deliveries", "mappings", "destinations", "sources"}) {
            QVERIFY2(tables.contains(QLatin1String(table)), table);
            QCOMPARE(tables.value(QLatin1String(table)).toInt(-1), 0);
        }
        const QJsonObject acceptLog = report.value(QStringLiteral("acceptLog")).toObject();
        QCOMPARE(acceptLog.value(QStringLiteral("waitingEvents")).toInt(-1), 0);
        QCOMPARE(acceptLog.value(QStringLiteral("failedRows")).toInt(-1), 0);
        const Run text = ctl({QStringLiteral("--workspace"), ws, QStringLiteral("status")});
        QVERIFY2(text.out.contains("Accepted, not yet stored: 0 events"), text.out.constData());
    }

    void statusOnMissingWorkspaceFailsOnStderr() {
        QTemporaryDir dir;
        const Run status = ctl(
            {QStringLiteral("--workspace"), dir.filePath(QStringLiteral("none")), QStringLiteral("status")});
        QCOMPARE(status.exitCode, 1);
        QVERIFY(status.out.isEmpty());
        QVERIFY2(status.err.contains("no Switchboard workspace"), status.err.constData());
    }

    void unknownCommandIsAUsageError() {
        const Run run = ctl({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("unknown command 'frobnicate'"));
    }

    void helpListsCommands() {
        const Run run = ctl({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("init"));
        QVERIFY(run.out.contains("status"));
    }
};

QTEST_GUILESS_MAIN(TestCtlWorkspace)
#include "tst_ctl_workspace.moc"
