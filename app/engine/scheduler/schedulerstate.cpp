#include "schedulerstate.h"

#include <QJsonDocument>

#include "core/jsonutil.h"
#include "store/sql.h"
#include "store/writer.h"

namespace sb {

RuleState RuleState::load(const QSqlDatabase &db, const QString &job) {
    RuleState s;
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT last_run_at, state FROM scheduler_state WHERE job = ?"), {job});
    if (!q.next())
        return s;
    if (!q.value(0).isNull())
        s.lastRunAt = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    s.state = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    s.lastDay = QDate::fromString(s.state.value(QStringLiteral("lastDay")).toString(), Qt::ISODate);
    return s;
}

QString RuleState::save(Writer *writer, const QString &job, const QDate &day, const QDateTime &runAt,
                        int events) {
    const QJsonObject state{{QStringLiteral("lastDay"), day.toString(Qt::ISODate)},
                            {QStringLiteral("events"), events}};
    const WriteResult r = writer->run([=](WriteContext &c) {
        sql::exec(c.db,
                  QStringLiteral("INSERT INTO scheduler_state(job, last_run_at, state) VALUES (?, ?, ?) "
                                 "ON CONFLICT(job) DO UPDATE SET last_run_at = excluded.last_run_at, "
                                 "state = excluded.state"),
                  {job, runAt.toMSecsSinceEpoch(), json::compactString(state)});
        return QVariant();
    });
    return r.ok ? QString() : r.error;
}

} // namespace sb
