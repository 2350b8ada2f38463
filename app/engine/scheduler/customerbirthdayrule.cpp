#include "customerbirthdayrule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include "core/jsonutil.h"
#include "scheduledevent.h"
#include "schedulersettings.h"
#include "store/sql.h"

namespace sb {

namespace {

bool valid(int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && QDate(2000, month, 1).isValid()
           && day <= QDate(2000, month, 1).daysInMonth(); // 2000 is a leap year: Feb 29 allowed
}

// Lower value wins: the SMRT custom field first, then SMRT's own trait, then other sources.
int rank(const QString &name, bool fromSmrt) {
    if (name == QLatin1String("customFields"))
        return 0;
    return fromSmrt ? 1 : 2;
}

} // namespace

std::optional<CustomerBirthdayRule::MonthDay> CustomerBirthdayRule::parse(const QJsonValue &value) {
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression iso(QStringLiteral(R"(^(?:\d{4}|-)?-?(\d{1,2})-(\d{1,2})(?:[T ].*)?$)"));
    static const QRegularExpression us(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})(?:/\d{2,4})?$)"));
    static const QRegularExpression dotted(QStringLiteral(R"(^(\d{1,2})\.(\d{1,2})\.\d{2,4}$)"));
    int month = 0;
    int day = 0;
    if (const auto m = iso.match(text); m.hasMatch()) {
        month = m.captured(1).toInt();
        day = m.captured(2).toInt();
    } else if (const auto m = us.match(text); m.hasMatch()) {
        month = m.captured(1).toInt();
        day = m.captured(2).toInt();
    } else if (const auto m = dotted.match(text); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(2).toInt();
    }
    if (!valid(month, day))
        return std::nullopt;
    return MonthDay{month, day};
}

bool CustomerBirthdayRule::fallsOn(const MonthDay &birthday, const QDate &day) {
    if (birthday.month == day.month() && birthday.day == day.day())
        return true;
    return birthday.month == 2 && birthday.day == 29 && day.month() == 2 && day.day() == 28
           && !QDate::isLeapYear(day.year());
}

QJsonValue CustomerBirthdayRule::fromCustomFields(const QJsonValue &customFields) {
    static const QStringList names = {QStringLiteral("birthday"), QStringLiteral("birth date"),
                                      QStringLiteral("date of birth"), QStringLiteral("birthdate"),
                                      QStringLiteral("dob")};
    for (const QJsonValue &field : customFields.toArray()) {
        const QJsonObject o = field.toObject();
        if (names.contains(o.value(QStringLiteral("name")).toString().trimmed().toLower()))
            return o.value(QStringLiteral("value"));
    }
    return QJsonValue(QJsonValue::Undefined);
}

RuleOutput CustomerBirthdayRule::run(const RuleRun &run) {
    RuleOutput out;
    for (const ScheduledSource &source : ScheduledEvents::sourcesOfKind(run.db, QStringLiteral("smrt"))) {
        // Customers SMRT knows (traits under its source), with any birthday-like trait.
        QSqlQuery q = sql::exec(
            run.db,
            QStringLiteral("SELECT t.profile_id, t.source_id, t.name, t.value FROM profile_traits t "
                           "JOIN profiles p ON p.id = t.profile_id AND p.merged_into IS NULL "
                           "WHERE t.name IN ('birthday', 'date_of_birth', 'birthdate', 'customFields') "
                           "AND (t.name <> 'customFields' OR t.source_id = ?) "
                           "AND EXISTS (SELECT 1 FROM profile_traits s WHERE s.profile_id = t.profile_id "
                           "AND s.source_id = ?)"),
            {source.id, source.id});
        QHash<qint64, QPair<int, MonthDay>> best;
        while (q.next()) {
            const qint64 profileId = q.value(0).toLongLong();
            const bool fromSmrt = q.value(1).toLongLong() == source.id;
            const QString name = q.value(2).toString();
            QJsonValue value = json::valueFromText(q.value(3).toByteArray());
            if (name == QLatin1String("customFields"))
                value = fromCustomFields(value);
            const std::optional<MonthDay> parsed = parse(value);
            if (!parsed)
                continue;
            const int r = rank(name, fromSmrt);
            auto it = best.find(profileId);
            if (it == best.end() || r < it->first)
                best.insert(profileId, {r, *parsed});
        }
        QList<qint64> celebrating;
        for (auto it = best.cbegin(); it != best.cend(); ++it)
            if (fallsOn(it->second, run.day))
                celebrating << it.key();
        std::sort(celebrating.begin(), celebrating.end());
        const QTimeZone zone = run.settings->timeZone;
        const qint64 dayStart = QDateTime(run.day, QTime(0, 0), zone).toMSecsSinceEpoch();
        const qint64 dayEnd = QDateTime(run.day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
        QSet<qint64> alreadyCelebrated;
        QSqlQuery stored =
            sql::exec(run.db,
                      QStringLiteral("SELECT profile_id FROM events WHERE name = 'Customer Birthday' "
                                     "AND source_id = ? AND occurred_at >= ? AND occurred_at < ?"),
                      {source.id, dayStart, dayEnd});
        while (stored.next())
            alreadyCelebrated.insert(stored.value(0).toLongLong());
        const QHash<qint64, ProfileKeys> keys = ScheduledEvents::keysOf(run.db, celebrating);
        for (qint64 profileId : std::as_const(celebrating)) {
            const ProfileKeys who = keys.value(profileId);
            if (who.isEmpty())
                continue;
            // SMRT may send Customer Birthday itself: one a day is enough.
            if (alreadyCelebrated.contains(profileId))
                continue;
            const QString key = QStringLiteral("%1:%2").arg(profileId).arg(run.day.toString(Qt::ISODate));
            out.events << ScheduledEvents::make(source, who, QStringLiteral("Customer Birthday"),
                                                ScheduledEvents::messageId(id(), key), QJsonObject(),
                                                run.dueAt, run.now, id(), run.day);
        }
    }
    return out;
}

} // namespace sb
