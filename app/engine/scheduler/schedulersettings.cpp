#include "schedulersettings.h"

#include <QSqlQuery>

#include "store/sql.h"

namespace sb {

namespace {

int positive(const QHash<QString, QString> &raw, const char *key, int fallback, int maximum) {
    bool ok = false;
    const int value = raw.value(QLatin1String(key)).trimmed().toInt(&ok);
    if (!ok || value <= 0)
        return fallback;
    return std::min(value, maximum);
}

} // namespace

SchedulerSettings SchedulerSettings::load(const QSqlDatabase &db) {
    SchedulerSettings s;
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'scheduler.%'"));
    while (q.next())
        s.raw.insert(q.value(0).toString(), q.value(1).toString());
    const QByteArray zone = s.raw.value(QStringLiteral("scheduler.timezone")).trimmed().toUtf8();
    if (!zone.isEmpty()) {
        const QTimeZone tz(zone);
        if (tz.isValid())
            s.timeZone = tz;
        else
            qWarning("scheduler.timezone '%s' is not a known time zone; using the system zone",
                     zone.constData());
    }
    s.catchUpDays = positive(s.raw, "scheduler.catch_up_days", s.catchUpDays, kMaxCatchUpDays);
    s.customerLostDays = positive(s.raw, "scheduler.customer_lost.days", s.customerLostDays, 3650);
    s.orderReminderDays = positive(s.raw, "scheduler.order_reminder.days", s.orderReminderDays, 60);
    return s;
}

QTime SchedulerSettings::runTime(const QString &ruleId, const QTime &fallback) const {
    const QString text = raw.value(QStringLiteral("scheduler.%1.at").arg(ruleId)).trimmed();
    if (text.isEmpty())
        return fallback;
    const QTime t = QTime::fromString(text, QStringLiteral("HH:mm"));
    return t.isValid() ? t : fallback;
}

bool SchedulerSettings::enabled(const QString &ruleId) const {
    const QString text = raw.value(QStringLiteral("scheduler.%1.enabled").arg(ruleId)).trimmed().toLower();
    return text != QLatin1String("false") && text != QLatin1String("0") && text != QLatin1String("off");
}

} // namespace sb
