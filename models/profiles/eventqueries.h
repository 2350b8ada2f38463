#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace sb {

// One incoming event as the live stream lists it.
struct StreamEvent {
    qint64 id = 0;
    qint64 receivedAt = 0;
    qint64 occurredAt = 0;
    qint64 sourceId = 0;
    qint64 profileId = 0;
    QString source;
    QString type;
    QString name;
    QString messageId;
};

// A delivery the event produced.
struct EventDeliveryRow {
    qint64 deliveryId = 0;
    QString destination;
    QString mapping;
    QString status;
    int attempts = 0;
    QString lastError;
};

// A routing decision that produced no delivery (event_outcomes).
struct EventOutcomeRow {
    QString destination;
    QString mapping;
    QString outcome;
    QString detail;
    qint64 recordedAt = 0;
};

struct EventDetail {
    bool found = false;
    StreamEvent event;
    QString payload; // indented JSON
    QList<EventDeliveryRow> deliveries;
    QList<EventOutcomeRow> outcomes;
};

// Read queries of the events page; same rules as ProfileQueries (worker connection, throws sql::Error).
class EventQueries {
public:
    // The newest events, newest first.
    static QList<StreamEvent> latest(const QSqlDatabase &db, int limit);
    // Events with ids above lastId, oldest first (so a capped poll continues where it stopped).
    static QList<StreamEvent> after(const QSqlDatabase &db, qint64 lastId, int limit);
    static EventDetail detail(const QSqlDatabase &db, qint64 eventId);
    // Every source as (id, name), by name: the source filters of both pages.
    static QList<QPair<qint64, QString>> sources(const QSqlDatabase &db);
};

} // namespace sb
