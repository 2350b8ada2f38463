#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>

#include "core/model.h"
#include "core/result.h"

namespace sb {

struct WriteContext;

// The inbox table: events accepted and durable, not yet resolved, stored and routed. One row holds
// one accepted request's events in a compact binary form (fields plus the payload's JSON text), so
// accepting costs one row insert however many events the request carries.
class AcceptLog {
public:
    struct Row {
        qint64 id = 0;
        int count = 0;
        QByteArray events;
    };

    // Events must carry payloadJson (the stored text); it travels as is.
    static QByteArray encode(const QList<Event> &events);
    // Events [from, from + count) (the others are stepped over without parsing their payload). Fails on
    // bytes that encode() did not write (a damaged row), naming what is wrong.
    static Result<QList<Event>> decode(const QByteArray &bytes, int from, int count);

    // Writer-thread operations.
    static qint64 append(WriteContext &context, const QByteArray &events, int count);
    static void remove(WriteContext &context, qint64 id);
    static void markFailed(WriteContext &context, qint64 id, const QString &error);

    // Rows still to route, oldest first (rows that failed are left for the operator).
    static QList<Row> waiting(const QSqlDatabase &db);
    // Events accepted and not yet stored, and rows (requests) that could not be stored: one query.
    struct Backlog {
        qint64 waitingEvents = 0;
        qint64 failedRows = 0;
    };
    static Backlog backlog(const QSqlDatabase &db);
    static qint64 waitingEvents(const QSqlDatabase &db) { return backlog(db).waitingEvents; }
    static qint64 failedRows(const QSqlDatabase &db) { return backlog(db).failedRows; }
};

} // namespace sb
