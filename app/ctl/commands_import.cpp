// import FILE: customers (CSV) or events (NDJSON) through the ingest path.
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>
#include <unistd.h>

#include "ctlcommand.h"
#include "engine.h"
#include "ingest/importer.h"

namespace sb::ctl {

namespace {

constexpr int kErrorsShown = 20;

// A bar redrawn in place when stderr is a terminal; otherwise a line every 10 % (logs, CI).
class ImportProgress {
public:
    explicit ImportProgress(QTextStream &err)
        : m_err(err)
        , m_terminal(isatty(fileno(stderr)) != 0) {}

    void update(const QString &phase, qint64 done, qint64 total) {
        if (total <= 0)
            return;
        const int percent = int(done * 100 / total);
        if (m_terminal) {
            const int filled = percent * 30 / 100;
            m_err << '\r'
                  << QStringLiteral("%1 [%2%3] %4% %5/%6")
                         .arg(phase, -8)
                         .arg(QString(filled, u'#'), QString(30 - filled, u'.'))
                         .arg(percent, 3)
                         .arg(done)
                         .arg(total);
            m_err.flush();
            m_open = true;
            return;
        }
        if (phase == m_phase && percent < m_lastPercent + 10 && done != total)
            return;
        if (phase == m_phase && percent == m_lastPercent)
            return;
        m_phase = phase;
        m_lastPercent = percent;
        m_err << "import: " << phase << ' ' << done << '/' << total << " (" << percent << "%)" << Qt::endl;
    }
    void finish() {
        if (m_open)
            m_err << Qt::endl;
        m_open = false;
    }

private:
    QTextStream &m_err;
    bool m_terminal;
    bool m_open = false;
    QString m_phase;
    int m_lastPercent = -100;
};

int import(CtlContext &context) {
    QHash<QString, QString> options;
    QStringList files;
    const QStringList known = {QStringLiteral("--source"), QStringLiteral("--format")};
    const QStringList &args = context.arguments();
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--skip-bad")) {
            options.insert(a, QStringLiteral("1"));
            continue;
        }
        if (!a.startsWith(QLatin1String("--"))) {
            files << a;
            continue;
        }
        const qsizetype eq = a.indexOf(u'=');
        const QString name = eq > 0 ? a.left(eq) : a;
        if (!known.contains(name))
            return context.fail(
                QStringLiteral("unknown option '%1' (expected: --source, --format, --skip-bad)").arg(a), 2);
        if (eq > 0)
            options.insert(name, a.mid(eq + 1));
        else if (i + 1 < args.size())
            options.insert(name, args.at(++i));
        else
            return context.fail(QStringLiteral("%1 needs a value").arg(name), 2);
    }
    if (files.size() != 1)
        return context.fail(
            QStringLiteral("usage: import FILE [--source NAME] [--skip-bad] [--format csv|ndjson]; "
                           "FILE is a customers .csv or an events .ndjson/.jsonl"),
            2);
    const QString path = files.first();
    if (!QFileInfo::exists(path))
        return context.fail(QStringLiteral("%1: no such file").arg(path));
    const Result<Importer::Format> format =
        Importer::formatFor(path, options.value(QStringLiteral("--format")));
    if (!format)
        return context.fail(format.error(), 2);
    if (context.workspaceDir().isEmpty())
        return context.fail(QStringLiteral("no workspace given: pass --workspace DIR"));

    // Imported events are routed like live ones: the engine without its server or delivery workers.
    auto started = Engine::start(Engine::storingOnly(context.workspaceDir(), false));
    if (!started)
        return context.fail(started.error());
    std::unique_ptr<Engine> engine = started.take();

    ImportProgress progress(context.err());
    Importer::Options importOptions;
    importOptions.format = format.value();
    importOptions.sourceName = options.value(QStringLiteral("--source"));
    importOptions.skipBad = options.contains(QStringLiteral("--skip-bad"));
    importOptions.progress = [&progress](const QString &phase, qint64 done, qint64 total) {
        progress.update(phase, done, total);
    };
    QElapsedTimer timer;
    timer.start();
    Importer importer(engine->ingestService());
    const Result<Importer::Report> ran = importer.run(path, importOptions);
    progress.finish();
    if (!ran)
        return context.fail(ran.error());
    const Importer::Report &report = ran.value();
    const QString fileName = QFileInfo(path).fileName();

    if (context.json()) {
        QJsonArray errors;
        for (const Importer::LineError &e : report.errors)
            errors.append(
                QJsonObject{{QStringLiteral("line"), double(e.line)}, {QStringLiteral("error"), e.message}});
        context.printJson(QJsonObject{{QStringLiteral("file"), path},
                                      {QStringLiteral("format"), importOptions.format == Importer::Format::Csv
                                                                     ? QStringLiteral("csv")
                                                                     : QStringLiteral("ndjson")},
                                      {QStringLiteral("source"), report.sourceName},
                                      {QStringLiteral("sourceCreated"), report.sourceCreated},
                                      {QStringLiteral("lines"), double(report.lines)},
                                      {QStringLiteral("imported"), report.imported},
                                      {QStringLiteral("duplicates"), report.duplicates},
                                      {QStringLiteral("derived"), report.derived},
                                      {QStringLiteral("stored"), report.stored},
                                      {QStringLiteral("errors"), errors},
                                      {QStringLiteral("seconds"), timer.elapsed() / 1000.0}});
        return report.stored || report.errors.isEmpty() ? 0 : 1;
    }
    for (qsizetype i = 0; i < report.errors.size() && i < kErrorsShown; ++i)
        context.err() << fileName << ": " << report.errors.at(i).toString() << Qt::endl;
    if (report.errors.size() > kErrorsShown)
        context.err() << fileName << ": ... and " << report.errors.size() - kErrorsShown << " more bad lines"
                      << Qt::endl;
    if (!report.stored)
        return context.fail(
            report.errors.isEmpty()
                ? QStringLiteral("nothing to import in %1").arg(fileName)
                : QStringLiteral(
                      "nothing was imported: %1 of %2 lines are bad (fix them, or pass --skip-bad to "
                      "import the good ones)")
                      .arg(report.errors.size())
                      .arg(report.lines));
    context.out() << "Imported " << report.imported << " of " << report.lines << " lines from " << fileName
                  << " into source '" << report.sourceName << "'"
                  << (report.sourceCreated ? " (created)" : "");
    if (report.duplicates > 0)
        context.out() << "; " << report.duplicates << " were already imported";
    if (!report.errors.isEmpty())
        context.out() << "; " << report.errors.size() << " bad lines skipped";
    context.out() << " in " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s." << Qt::endl;
    return 0;
}

} // namespace

void registerImportCommands(CommandRegistry &registry) {
    registry.add(
        {QStringLiteral("import"),
         QStringLiteral("import customers (.csv) or events (.ndjson): FILE [--source NAME] [--skip-bad] "
                        "[--format csv|ndjson]"),
         import});
}

} // namespace sb::ctl
