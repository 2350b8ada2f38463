#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace sb {

class Writer;

// One rule's progress (scheduler_state row): the last local day it finished and when. A restart reads
// it back, so a day is neither skipped nor run twice.
struct RuleState {
    QDate lastDay;       // invalid: never ran
    QDateTime lastRunAt; // UTC, when that run finished
    QJsonObject state;   // {"lastDay": "2026-12-01", "events": 3}

    static RuleState load(const QSqlDatabase &db, const QString &job);
    // Through the writer; returns the error text, empty on success.
    static QString save(Writer *writer, const QString &job, const QDate &day, const QDateTime &runAt,
                        int events);
};

} // namespace sb
