#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <limits>

namespace sb {

// One profile as the search list shows it.
struct ProfileRow {
    qint64 id = 0;
    QString displayName;
    QString email;
    QString phone;
    QString userId;
    int flags = 0;
    qint64 mergedInto = 0;
};

struct TraitRow {
    qint64 sourceId = 0; // 0: traits not tied to a source
    QString source;
    QString name;
    QString value; // compact JSON text as stored
    qint64 updatedAt = 0;
};

struct IdentityRow {
    QString kind;
    QString value;
    QString source;
    qint64 firstSeen = 0;
};

// Everything the profile view shows above the timeline.
struct ProfileDetail {
    bool found = false;
    ProfileRow profile;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QList<TraitRow> traits; // ordered by source, then name
    QList<IdentityRow> identities;
    QList<qint64> mergedFrom; // profiles that were merged into this one
    QStringList segments;     // names of the live source segments the profile is a member of
};

// What the timeline shows; an empty eventType and zero sourceId show everything.
struct TimelineFilter {
    qint64 sourceId = 0;
    QString eventType; // track, identify, ... : events of that type and the deliveries they caused
    bool events = true;
    bool deliveries = true;

    bool operator==(const TimelineFilter &) const = default;
};

struct TimelineEntry {
    enum Kind { Event, Delivery };
    Kind kind = Event;
    qint64 id = 0;
    qint64 at = 0;      // events: occurred_at; deliveries: created_at
    qint64 eventId = 0; // the event itself, or the event a delivery carries
    QString type;       // event type; for deliveries the destination's connector
    QString name;       // event name; for deliveries the destination's name
    QString source;     // source name; for deliveries the mapping's name
    QString status;     // deliveries only
    QString detail;     // message id, or the delivery's attempts and last error
};

// Where the next timeline page starts, walked newest first: events by (occurred_at, id), deliveries by
// id (their created_at follows id: the one writer sets both), which deliveries_profile serves.
struct TimelineCursor {
    qint64 eventAt = std::numeric_limits<qint64>::max();
    qint64 eventId = std::numeric_limits<qint64>::max();
    qint64 deliveryId = std::numeric_limits<qint64>::max();
    bool eventsDone = false;
    bool deliveriesDone = false;

    bool atEnd() const { return eventsDone && deliveriesDone; }
};

struct TimelinePage {
    QList<TimelineEntry> entries;
    TimelineCursor next;
};

// The read queries of the profiles area. Each runs on the connection it is given, which must belong to
// the calling (worker) thread; each throws sql::Error on failure. Searches and pages only walk indexes.
class ProfileQueries {
public:
    // Newest profiles first, ids below beforeId (keyset paging of the unfiltered list).
    static QList<ProfileRow> browse(const QSqlDatabase &db, qint64 beforeId, int limit);
    // Prefix match on email, display name (any case), phone and user id, plus an exact id ("42" or
    // "#42"). Results ordered by id, at most limit.
    static QList<ProfileRow> search(const QSqlDatabase &db, const QString &text, int limit);
    static ProfileDetail detail(const QSqlDatabase &db, qint64 profileId);
    static TimelinePage timeline(const QSqlDatabase &db, qint64 profileId, const TimelineFilter &filter,
                                 const TimelineCursor &from, int limit);
};

} // namespace sb
