#pragma once

#include <QHash>
#include <QJsonObject>
#include <QTemporaryDir>
#include <functional>
#include <memory>

#include "core/model.h"
#include "engine.h"
#include "ingest/ingestservice.h"
#include "ingest/sourcestore.h"
#include "shell/consolecontext.h"
#include "store/sql.h"
#include "store/workspace.h"
#include "store/writer.h"

// A real engine on a temporary workspace (no HTTP server, no delivery workers) and the console context
// the pages get. Events go in through the real IngestService.
namespace sbtest {

struct ConsoleFixture {
    QTemporaryDir dir;
    std::unique_ptr<sb::Engine> engine;
    sb::ConsoleNavigator navigator;
    sb::ConsoleContext context;
    QHash<QString, sb::SourceInfo> sources;
    int counter = 0;

    // prepare runs on the workspace before the engine starts (e.g. destinations the router should see).
    explicit ConsoleFixture(const std::function<void(sb::Workspace *)> &prepare = {}) {
        if (prepare) {
            auto ws = sb::Workspace::open(dir.path(), sb::Workspace::OpenMode::CreateIfMissing);
            if (!ws)
                qFatal("workspace: %s", qPrintable(ws.error()));
            prepare(ws.value().get());
        }
        sb::Engine::Options options;
        options.workspaceDir = dir.path();
        options.ingest = false;
        options.delivery = false;
        auto started = sb::Engine::start(options);
        if (!started)
            qFatal("engine: %s", qPrintable(started.error()));
        engine = started.take();
        sb::SourceStore store(engine->workspace());
        for (const char *kind : {"segment", "smrt"})
            sources.insert(QLatin1String(kind), store.add(QLatin1String(kind), QLatin1String(kind)).take());
        context = {engine.get(), engine->workspace(), &navigator};
    }

    sb::Workspace *workspace() const { return engine->workspace(); }

    sb::Event event(const QString &kind, const QString &type, const QString &name, const QJsonObject &traits,
                    const QString &userId = {}) {
        sb::Event e;
        e.sourceId = sources.value(kind).id;
        e.sourceKind = kind;
        e.type = type;
        e.name = name;
        e.messageId = QStringLiteral("m%1").arg(++counter);
        e.occurredAt = QDateTime::currentDateTimeUtc();
        e.receivedAt = e.occurredAt;
        QJsonObject payload{{QStringLiteral("type"), type}, {QStringLiteral("messageId"), e.messageId}};
        if (!userId.isEmpty())
            payload.insert(QStringLiteral("userId"), userId);
        if (type == QLatin1String("identify")) {
            payload.insert(QStringLiteral("traits"), traits);
        } else {
            payload.insert(QStringLiteral("event"), name);
            payload.insert(QStringLiteral("properties"), QJsonObject{{QStringLiteral("n"), counter}});
            payload.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("traits"), traits}});
        }
        e.payload = payload;
        return e;
    }

    sb::IngestReceipt ingest(const QList<sb::Event> &events) {
        auto r = engine->ingestService()->ingest(events);
        if (!r)
            qFatal("ingest: %s", qPrintable(r.error()));
        return r.value();
    }

    QVariant write(const QString &statement, const QVariantList &binds = {}) {
        const sb::WriteResult r = workspace()->writer()->run(
            [=](sb::WriteContext &c) { return sb::sql::exec(c.db, statement, binds).lastInsertId(); });
        if (!r.ok)
            qFatal("write: %s", qPrintable(r.error));
        return r.value;
    }
};

} // namespace sbtest
