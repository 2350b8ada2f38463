#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/model.h"

namespace sb {

// A source of the workspace a rule emits events for.
struct ScheduledSource {
    qint64 id = 0;
    QString kind;
};

// The keys ingest resolves back to an existing profile.
struct ProfileKeys {
    qint64 profileId = 0;
    QString userId;
    QString email;
    QString phone;
    QString anonymousId;

    bool isEmpty() const {
        return userId.isEmpty() && email.isEmpty() && phone.isEmpty() && anonymousId.isEmpty();
    }
};

// Builds the events the scheduler stores: shaped like the source's own track messages, marked in
// context.switchboard with the rule and day, with a message id the rule derives from stable facts.
class ScheduledEvents {
public:
    static QList<ScheduledSource> sourcesOfKind(const QSqlDatabase &db, const QString &kind);
    // Keys of profiles (unmerged ones only); missing ids are left out.
    static QHash<qint64, ProfileKeys> keysOf(const QSqlDatabase &db, const QList<qint64> &profileIds);

    static Event make(const ScheduledSource &source, const ProfileKeys &who, const QString &name,
                      const QString &messageId, const QJsonObject &properties, const QDateTime &occurredAt,
                      const QDateTime &receivedAt, const QString &ruleId, const QDate &day);

    // "sb-scheduler:<rule>:<key>"
    static QString messageId(const QString &ruleId, const QString &key);
};

} // namespace sb
