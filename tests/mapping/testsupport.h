#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include "core/model.h"
#include "mapping/mappingdefinition.h"
#include "store/sql.h"
#include "store/workspace.h"
#include "store/writer.h"

// Helpers shared by the mapping tests: a destination row, and small hand-built events.
namespace sbtest {

inline qint64 addDestinationRow(sb::Workspace *ws, const QString &name,
                                const QString &connector = QStringLiteral("webhook")) {
    const sb::WriteResult r = ws->writer()->run([=](sb::WriteContext &c) {
        return sb::sql::exec(c.db,
                             QStringLiteral("INSERT INTO destinations(name, connector, base_url, created_at) "
                                            "VALUES (?, ?, 'http://127.0.0.1:1', 0)"),
                             {name, connector})
            .lastInsertId();
    });
    return r.value.toLongLong();
}

inline sb::Event event(const QString &source, const QString &name, const QJsonObject &properties,
                       const QString &type = QStringLiteral("track")) {
    sb::Event e;
    e.messageId = QStringLiteral("msg-") + name;
    e.sourceKind = source;
    e.type = type;
    e.name = name;
    e.occurredAt = QDateTime(QDate(2024, 3, 5), QTime(14, 30, 15), Qt::UTC);
    e.payload = QJsonObject{{QStringLiteral("type"), type},
                            {QStringLiteral("event"), name},
                            {QStringLiteral("userId"), QStringLiteral("c-42")},
                            {QStringLiteral("properties"), properties}};
    return e;
}

inline sb::MappingDefinition mapping(const QString &name, const QString &source, const QStringList &events,
                                     const QString &action = QStringLiteral("event")) {
    sb::MappingDefinition d;
    d.name = name;
    d.sourceKind = source;
    d.eventNames = events;
    d.action = action;
    d.eventNameTemplate = QStringLiteral("{{event.name}}");
    d.fields = {{QStringLiteral("properties"), QStringLiteral("event.properties")}};
    return d;
}

} // namespace sbtest
