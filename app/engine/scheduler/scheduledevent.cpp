#include "scheduledevent.h"

#include <QSqlQuery>

#include "store/sql.h"

namespace sb {

QList<ScheduledSource> ScheduledEvents::sourcesOfKind(const QSqlDatabase &db, const QString &kind) {
    QList<ScheduledSource> sources;
    QSqlQuery q = sql::exec(
        db, QStringLiteral("SELECT id FROM sources WHERE kind = ? AND enabled = 1 ORDER BY id"), {kind});
    while (q.next())
        sources.append({q.value(0).toLongLong(), kind});
    return sources;
}

QHash<qint64, ProfileKeys> ScheduledEvents::keysOf(const QSqlDatabase &db, const QList<qint64> &profileIds) {
    QHash<qint64, ProfileKeys> keys;
    // Batches keep the statement under SQLite's bound-parameter limit.
    for (qsizetype start = 0; start < profileIds.size(); start += 500) {
        const QList<qint64> batch = profileIds.mid(start, 500);
        QVariantList binds;
        QStringList marks;
        for (qint64 id : batch) {
            binds << id;
            marks << QStringLiteral("?");
        }
        const QString in = marks.join(u',');
        QSqlQuery q = sql::exec(db,
                                QStringLiteral("SELECT id, user_id, email, phone FROM profiles "
                                               "WHERE merged_into IS NULL AND id IN (%1)")
                                    .arg(in),
                                binds);
        while (q.next()) {
            ProfileKeys k;
            k.profileId = q.value(0).toLongLong();
            k.userId = q.value(1).toString();
            k.email = q.value(2).toString();
            k.phone = q.value(3).toString();
            keys.insert(k.profileId, k);
        }
        // Profiles known only by an anonymous id (no user id, email or phone).
        QSqlQuery a = sql::exec(db,
                                QStringLiteral("SELECT profile_id, value FROM identities "
                                               "WHERE kind = 'anonymous_id' AND profile_id IN (%1)")
                                    .arg(in),
                                binds);
        while (a.next()) {
            auto it = keys.find(a.value(0).toLongLong());
            if (it != keys.end() && it->anonymousId.isEmpty())
                it->anonymousId = a.value(1).toString();
        }
    }
    return keys;
}

Event ScheduledEvents::make(const ScheduledSource &source, const ProfileKeys &who, const QString &name,
                            const QString &messageId, const QJsonObject &properties,
                            const QDateTime &occurredAt, const QDateTime &receivedAt, const QString &ruleId,
                            const QDate &day) {
    Event e;
    e.sourceId = source.id;
    e.sourceKind = source.kind;
    e.type = QStringLiteral("track");
    e.name = name;
    e.messageId = messageId;
    e.occurredAt = occurredAt.toUTC();
    e.receivedAt = receivedAt.toUTC();
    QJsonObject payload{{QStringLiteral("type"), e.type},
                        {QStringLiteral("event"), name},
                        {QStringLiteral("messageId"), messageId},
                        {QStringLiteral("timestamp"), e.occurredAt.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("properties"), properties}};
    // One key, the strongest the profile has: ingest resolves it back to the profile. Contact traits are
    // only sent when nothing else identifies the customer, so the source's own trait values stay as sent.
    QJsonObject traits;
    if (!who.userId.isEmpty())
        payload.insert(QStringLiteral("userId"), who.userId);
    else if (!who.email.isEmpty())
        traits.insert(QStringLiteral("email"), who.email);
    else if (!who.phone.isEmpty())
        traits.insert(QStringLiteral("phone"), who.phone);
    else if (!who.anonymousId.isEmpty())
        payload.insert(QStringLiteral("anonymousId"), who.anonymousId);
    QJsonObject context{{QStringLiteral("switchboard"),
                         QJsonObject{{QStringLiteral("scheduler"), ruleId},
                                     {QStringLiteral("day"), day.toString(Qt::ISODate)},
                                     {QStringLiteral("rule"), QStringLiteral("%1 (scheduled)").arg(name)}}}};
    if (!traits.isEmpty())
        context.insert(QStringLiteral("traits"), traits);
    payload.insert(QStringLiteral("context"), context);
    e.payload = payload;
    return e;
}

QString ScheduledEvents::messageId(const QString &ruleId, const QString &key) {
    return QStringLiteral("sb-scheduler:%1:%2").arg(ruleId, key);
}

} // namespace sb
