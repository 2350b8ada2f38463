#include "deliveryloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

#include "store/sql.h"

namespace sb {

namespace {

QString placeholders(qsizetype count) {
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(u',');
}

QVariantList toVariants(const QList<qint64> &ids) {
    QVariantList out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        out << id;
    return out;
}

QDateTime fromMs(const QVariant &v) {
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// Trait values are stored as JSON text; plain text that is not JSON is kept as a string.
QJsonValue traitValue(const QString &text) {
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    if (doc.isArray() && doc.array().size() == 1)
        return doc.array().at(0);
    return text;
}

constexpr qsizetype kChunk = 400; // stays under SQLite's bound-parameter limit

} // namespace

QHash<qint64, Event> DeliveryLoader::loadEvents(const QSqlDatabase &reader, const QList<qint64> &eventIds) {
    QHash<qint64, Event> out;
    for (qsizetype from = 0; from < eventIds.size(); from += kChunk) {
        const QList<qint64> chunk = eventIds.mid(from, kChunk);
        QSqlQuery q =
            sql::exec(reader,
                      QStringLiteral("SELECT e.id, e.message_id, e.source_id, coalesce(s.kind, ''), e.type, "
                                     "coalesce(e.name, ''), coalesce(e.profile_id, 0), e.occurred_at, "
                                     "e.received_at, e.payload FROM events e LEFT JOIN sources s ON "
                                     "s.id = e.source_id WHERE e.id IN (")
                          + placeholders(chunk.size()) + u')',
                      toVariants(chunk));
        while (q.next()) {
            Event e;
            e.id = q.value(0).toLongLong();
            e.messageId = q.value(1).toString();
            e.sourceId = q.value(2).toLongLong();
            e.sourceKind = q.value(3).toString();
            e.type = q.value(4).toString();
            e.name = q.value(5).toString();
            e.profileId = q.value(6).toLongLong();
            e.occurredAt = fromMs(q.value(7));
            e.receivedAt = fromMs(q.value(8));
            e.payload = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
            out.insert(e.id, e);
        }
    }
    return out;
}

QHash<qint64, Profile> DeliveryLoader::loadProfiles(const QSqlDatabase &reader,
                                                    const QList<qint64> &profileIds) {
    QHash<qint64, Profile> out;
    for (qsizetype from = 0; from < profileIds.size(); from += kChunk) {
        const QList<qint64> chunk = profileIds.mid(from, kChunk);
        const QVariantList binds = toVariants(chunk);
        const QString in = u'(' + placeholders(chunk.size()) + u')';
        QSqlQuery q =
            sql::exec(reader,
                      QStringLiteral("SELECT id, coalesce(email, ''), coalesce(phone, ''), "
                                     "coalesce(user_id, ''), coalesce(display_name, ''), flags, created_at, "
                                     "updated_at FROM profiles WHERE id IN ")
                          + in,
                      binds);
        while (q.next()) {
            Profile p;
            p.id = q.value(0).toLongLong();
            p.email = q.value(1).toString();
            p.phone = q.value(2).toString();
            p.userId = q.value(3).toString();
            p.displayName = q.value(4).toString();
            p.flags = q.value(5).toInt();
            p.createdAt = fromMs(q.value(6));
            p.updatedAt = fromMs(q.value(7));
            out.insert(p.id, p);
        }
        QSqlQuery ids = sql::exec(
            reader,
            QStringLiteral("SELECT profile_id, kind, value FROM identities WHERE profile_id IN ") + in,
            binds);
        while (ids.next()) {
            auto it = out.find(ids.value(0).toLongLong());
            if (it != out.end())
                it->identities.append({ids.value(1).toString(), ids.value(2).toString()});
        }
        QSqlQuery traits =
            sql::exec(reader,
                      QStringLiteral("SELECT profile_id, name, value FROM profile_traits WHERE "
                                     "profile_id IN ")
                          + in + QStringLiteral(" ORDER BY updated_at, source_id"),
                      binds);
        while (traits.next()) {
            auto it = out.find(traits.value(0).toLongLong());
            if (it != out.end())
                it->traits.insert(traits.value(1).toString(), traitValue(traits.value(2).toString()));
        }
    }
    return out;
}

} // namespace sb
