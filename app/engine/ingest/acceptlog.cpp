#include "acceptlog.h"

#include <QDataStream>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

#include "core/clock.h"
#include "core/jsonutil.h"
#include "store/sql.h"
#include "store/statementcache.h"
#include "store/writer.h"

namespace sb {

namespace {

// Bumped when the row format changes; decode() refuses other versions by name.
constexpr quint32 kFormat = 1;
constexpr quint32 kMagic = 0x53424931; // "SBI1"

// Steps over one length-prefixed QString or QByteArray (Qt_6_4 format: a quint32 byte count, all ones
// for null) without building it: a chunk that starts past an event only needs to find where it ends.
void skipSized(QDataStream &in) {
    quint32 bytes = 0;
    in >> bytes;
    if (bytes != 0xFFFFFFFFu && in.skipRawData(int(bytes)) != int(bytes))
        in.setStatus(QDataStream::ReadPastEnd);
}

void skipEvent(QDataStream &in) {
    skipSized(in);              // messageId
    if (in.skipRawData(8) != 8) // sourceId
        in.setStatus(QDataStream::ReadPastEnd);
    for (int text = 0; text < 3; ++text) // sourceKind, type, name
        skipSized(in);
    if (in.skipRawData(16) != 16) // occurredAt, receivedAt
        in.setStatus(QDataStream::ReadPastEnd);
    skipSized(in); // payloadJson
}

} // namespace

QByteArray AcceptLog::encode(const QList<Event> &events) {
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kFormat << quint32(events.size());
    for (const Event &e : events)
        out << e.messageId << e.sourceId << e.sourceKind << e.type << e.name
            << e.occurredAt.toMSecsSinceEpoch() << e.receivedAt.toMSecsSinceEpoch() << e.payloadJson;
    return bytes;
}

Result<QList<Event>> AcceptLog::decode(const QByteArray &bytes, int from, int wanted) {
    using R = Result<QList<Event>>;
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, format = 0, count = 0;
    in >> magic >> format >> count;
    if (magic != kMagic)
        return R::failure(QStringLiteral("not an accepted-events row (bad header)"));
    if (format != kFormat)
        return R::failure(QStringLiteral("accepted-events row format %1; this engine reads format %2")
                              .arg(format)
                              .arg(kFormat));
    QList<Event> events;
    const quint32 end = quint32(std::min<qint64>(count, qint64(from) + wanted));
    events.reserve(int(std::min<quint32>(end - std::min<quint32>(end, quint32(from)), 100000)));
    for (quint32 i = 0; i < end; ++i) {
        const auto cutShort = [&] {
            return R::failure(
                QStringLiteral("accepted-events row is cut short at event %1 of %2").arg(i + 1).arg(count));
        };
        if (i < quint32(from)) {
            skipEvent(in);
            if (in.status() != QDataStream::Ok)
                return cutShort();
            continue;
        }
        Event e;
        qint64 occurredMs = 0, receivedMs = 0;
        in >> e.messageId >> e.sourceId >> e.sourceKind >> e.type >> e.name >> occurredMs >> receivedMs
            >> e.payloadJson;
        if (in.status() != QDataStream::Ok)
            return cutShort();
        e.occurredAt = QDateTime::fromMSecsSinceEpoch(occurredMs, Qt::UTC);
        e.receivedAt = QDateTime::fromMSecsSinceEpoch(receivedMs, Qt::UTC);
        QString error;
        if (!json::parseObject(e.payloadJson, &e.payload, &error))
            return R::failure(QStringLiteral("event %1 (%2) of an accepted-events row: payload %3")
                                  .arg(i + 1)
                                  .arg(e.messageId, error));
        events.append(std::move(e));
    }
    return events;
}

qint64 AcceptLog::append(WriteContext &context, const QByteArray &events, int count) {
    Statement &insert = context.sqlite->prepare(
        context.db, "INSERT INTO inbox(accepted_at, event_count, events) VALUES (?, ?, ?)");
    insert.bind(1, context.clock->nowMs()).bind(2, count).bindBlob(3, events);
    insert.run();
    return insert.lastInsertId();
}

void AcceptLog::remove(WriteContext &context, qint64 id) {
    context.sqlite->exec(context.db, "DELETE FROM inbox WHERE id = ?", id);
}

void AcceptLog::markFailed(WriteContext &context, qint64 id, const QString &error) {
    context.sqlite->exec(context.db, "UPDATE inbox SET error = ? WHERE id = ?", error, id);
}

QList<AcceptLog::Row> AcceptLog::waiting(const QSqlDatabase &db) {
    QList<Row> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, event_count, events FROM inbox WHERE error IS NULL ORDER BY id")))
        throw sql::Error(QStringLiteral("reading the inbox: ") + q.lastError().text());
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toByteArray()});
    return rows;
}

AcceptLog::Backlog AcceptLog::backlog(const QSqlDatabase &db) {
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT coalesce(sum(CASE WHEN error IS NULL THEN event_count END), 0), "
                                     "count(error) FROM inbox"));
    Backlog b;
    if (q.next()) {
        b.waitingEvents = q.value(0).toLongLong();
        b.failedRows = q.value(1).toLongLong();
    }
    return b;
}

} // namespace sb
