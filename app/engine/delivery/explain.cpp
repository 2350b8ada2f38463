#include "explain.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

#include "outboxqueue.h"
#include "store/sql.h"

namespace sb {

namespace {

QString iso(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString plural(int n, const char *word) {
    return QStringLiteral("%1 %2%3")
        .arg(n)
        .arg(QLatin1String(word))
        .arg(n == 1 ? QString() : QStringLiteral("s"));
}

QString outcomeSummary(const QString &outcome, const QString &detail, const QString &sourceKind) {
    if (outcome == QLatin1String("no_mapping"))
        return QStringLiteral("not sent: no mapping of this destination handles this %1 event")
                   .arg(sourceKind.isEmpty() ? QStringLiteral("source's") : sourceKind)
               + (detail.isEmpty() ? QString() : QStringLiteral(" (") + detail + u')');
    if (outcome == QLatin1String("condition_false"))
        return QStringLiteral("not sent: the mapping's condition was false")
               + (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
    if (outcome == QLatin1String("mapping_disabled"))
        return QStringLiteral("not sent: the mapping is disabled")
               + (detail.isEmpty() ? QString() : QStringLiteral(" (") + detail + u')');
    return QStringLiteral("not sent: ") + outcome
           + (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
}

} // namespace

QJsonObject Explainer::explain(const QSqlDatabase &reader, qint64 eventId) {
    try {
        QSqlQuery ev =
            sql::exec(reader,
                      QStringLiteral("SELECT e.message_id, e.type, coalesce(e.name, ''), "
                                     "coalesce(s.kind, ''), coalesce(s.name, ''), e.received_at, "
                                     "coalesce(e.profile_id, 0) FROM events e LEFT JOIN sources s ON "
                                     "s.id = e.source_id WHERE e.id = ?"),
                      {eventId});
        if (!ev.next())
            return {{QStringLiteral("error"), QStringLiteral("no event with id %1").arg(eventId)}};
        const QString sourceKind = ev.value(3).toString();
        QJsonObject out{{QStringLiteral("eventId"), double(eventId)},
                        {QStringLiteral("messageId"), ev.value(0).toString()},
                        {QStringLiteral("type"), ev.value(1).toString()},
                        {QStringLiteral("name"), ev.value(2).toString()},
                        {QStringLiteral("sourceKind"), sourceKind},
                        {QStringLiteral("source"), ev.value(4).toString()},
                        {QStringLiteral("receivedAt"), iso(ev.value(5).toLongLong())},
                        {QStringLiteral("profileId"), double(ev.value(6).toLongLong())}};

        QHash<qint64, QString> names;
        QList<qint64> order;
        QSqlQuery dests = sql::exec(reader, QStringLiteral("SELECT id, name FROM destinations ORDER BY id"));
        while (dests.next()) {
            names.insert(dests.value(0).toLongLong(), dests.value(1).toString());
            order << dests.value(0).toLongLong();
        }

        QJsonArray entries;
        QSet<qint64> covered;
        QSqlQuery d =
            sql::exec(reader,
                      QStringLiteral("SELECT id, destination_id, mapping_id, mapping_version, status, "
                                     "attempts, next_attempt_at, delivered_at, coalesce(last_error, ''), "
                                     "idempotency_key, coalesce(profile_id, 0), (SELECT count(*) FROM "
                                     "delivery_attempts a WHERE a.delivery_id = deliveries.id), "
                                     "(SELECT response_status FROM delivery_attempts a WHERE a.delivery_id "
                                     "= deliveries.id ORDER BY a.id DESC LIMIT 1) FROM deliveries WHERE "
                                     "event_id = ? ORDER BY destination_id, id"),
                      {eventId});
        while (d.next()) {
            const qint64 deliveryId = d.value(0).toLongLong();
            const qint64 destination = d.value(1).toLongLong();
            const QString status = d.value(4).toString();
            const int attemptsRun = d.value(11).toInt();
            const QString lastError = d.value(8).toString();
            covered.insert(destination);
            QJsonObject e{{QStringLiteral("destinationId"), double(destination)},
                          {QStringLiteral("destination"), names.value(destination)},
                          {QStringLiteral("deliveryId"), double(deliveryId)},
                          {QStringLiteral("mappingId"), double(d.value(2).toLongLong())},
                          {QStringLiteral("mappingVersion"), d.value(3).toInt()},
                          {QStringLiteral("outcome"), status},
                          {QStringLiteral("attempts"), attemptsRun},
                          {QStringLiteral("idempotencyKey"), d.value(9).toString()}};
            if (!lastError.isEmpty())
                e.insert(QStringLiteral("lastError"), lastError);
            if (!d.value(12).isNull())
                e.insert(QStringLiteral("lastResponseStatus"), d.value(12).toInt());
            QString summary;
            if (status == QLatin1String("delivered")) {
                const qint64 at = d.value(7).toLongLong();
                e.insert(QStringLiteral("deliveredAt"), iso(at));
                summary =
                    QStringLiteral("delivered at %1 after %2").arg(iso(at), plural(attemptsRun, "attempt"));
            } else if (status == QLatin1String("dead")) {
                summary = QStringLiteral("dead-lettered after %1: %2")
                              .arg(plural(attemptsRun, "attempt"), lastError);
            } else if (status == QLatin1String("skipped")) {
                summary = QStringLiteral("skipped: %1").arg(lastError);
            } else if (status == QLatin1String("retrying")) {
                const qint64 next = d.value(6).toLongLong();
                e.insert(QStringLiteral("nextAttemptAt"), iso(next));
                summary = QStringLiteral("retrying: %1 failed so far, next attempt at %2; last error: %3")
                              .arg(plural(attemptsRun, "attempt"), iso(next), lastError);
            } else if (status == QLatin1String("blocked")) {
                QSqlQuery behind = sql::exec(
                    reader,
                    QStringLiteral("SELECT id, event_id, status FROM deliveries WHERE "
                                   "profile_id = ? AND destination_id = ? AND id < ? AND "
                                   "status IN ")
                        + QLatin1String(OutboxQueue::kOpenStatuses) + QStringLiteral(" ORDER BY id LIMIT 1"),
                    {d.value(10).toLongLong(), destination, deliveryId});
                if (behind.next()) {
                    e.insert(QStringLiteral("waitingBehindEventId"), double(behind.value(1).toLongLong()));
                    e.insert(QStringLiteral("waitingBehindDeliveryId"), double(behind.value(0).toLongLong()));
                    summary = QStringLiteral("waiting behind earlier event %1 of the same profile (%2)")
                                  .arg(behind.value(1).toLongLong())
                                  .arg(behind.value(2).toString());
                } else {
                    summary = QStringLiteral("waiting behind an earlier event of the same profile");
                }
            } else if (status == QLatin1String("pending")) {
                summary = QStringLiteral("queued, not sent yet");
            } else if (status == QLatin1String("in_flight")) {
                summary = QStringLiteral("being sent now (attempt %1)").arg(attemptsRun + 1);
            } else if (status == QLatin1String("discarded")) {
                summary = QStringLiteral("discarded by the operator")
                          + (lastError.isEmpty() ? QString() : QStringLiteral("; last error: ") + lastError);
            } else {
                summary = status;
            }
            e.insert(QStringLiteral("summary"), summary);
            entries.append(e);
        }

        QSqlQuery outcomes =
            sql::exec(reader,
                      QStringLiteral("SELECT coalesce(destination_id, 0), coalesce(mapping_id, 0), "
                                     "outcome, coalesce(detail, '') FROM event_outcomes WHERE "
                                     "event_id = ? ORDER BY destination_id"),
                      {eventId});
        while (outcomes.next()) {
            const qint64 destination = outcomes.value(0).toLongLong();
            covered.insert(destination);
            QJsonObject e{
                {QStringLiteral("destinationId"), double(destination)},
                {QStringLiteral("destination"), names.value(destination)},
                {QStringLiteral("outcome"), outcomes.value(2).toString()},
                {QStringLiteral("summary"),
                 outcomeSummary(outcomes.value(2).toString(), outcomes.value(3).toString(), sourceKind)}};
            if (outcomes.value(1).toLongLong() > 0)
                e.insert(QStringLiteral("mappingId"), double(outcomes.value(1).toLongLong()));
            if (!outcomes.value(3).toString().isEmpty())
                e.insert(QStringLiteral("detail"), outcomes.value(3).toString());
            entries.append(e);
        }
        // Destinations the router never mentioned have no mapping for this kind of event.
        for (qint64 destination : std::as_const(order)) {
            if (covered.contains(destination))
                continue;
            entries.append(QJsonObject{
                {QStringLiteral("destinationId"), double(destination)},
                {QStringLiteral("destination"), names.value(destination)},
                {QStringLiteral("outcome"), QStringLiteral("no_mapping")},
                {QStringLiteral("summary"), outcomeSummary(QStringLiteral("no_mapping"), {}, sourceKind)}});
        }
        out.insert(QStringLiteral("destinations"), entries);
        return out;
    } catch (const sql::Error &e) {
        return {{QStringLiteral("error"), e.message()}};
    }
}

} // namespace sb
