#include "mappingcontext.h"

namespace sb {

namespace {

// What toUTC().toString(Qt::ISODateWithMs) gives ("2024-05-01T09:30:00.000Z"), formatted directly:
// every delivery renders two of these and Qt's formatter was a tenth of the render.
QString isoUtc(const QDateTime &time) {
    if (!time.isValid())
        return QString();
    const qint64 ms = time.toMSecsSinceEpoch();
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm), for years 1970..9999.
    constexpr qint64 kMsPerDay = 86'400'000;
    if (ms < 0 || ms >= 253'402'300'800'000LL)
        return time.toUTC().toString(Qt::ISODateWithMs);
    const qint64 days = ms / kMsPerDay;
    qint64 inDay = ms % kMsPerDay;
    const qint64 z = days + 719468;
    const qint64 era = z / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    const int hour = int(inDay / 3'600'000);
    inDay %= 3'600'000;
    const int minute = int(inDay / 60'000);
    inDay %= 60'000;
    const int second = int(inDay / 1000);
    const int milli = int(inDay % 1000);
    char text[25];
    auto put = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            text[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, hour, 2);
    text[13] = ':';
    put(14, minute, 2);
    text[16] = ':';
    put(17, second, 2);
    text[19] = '.';
    put(20, milli, 3);
    text[23] = 'Z';
    text[24] = '\0';
    return QString::fromLatin1(text, 24);
}

// Inserting into a QJsonObject costs several times a lookup, and the payload usually carries the
// same type, messageId and timestamp already: equal values are left as they are.
void setValue(QJsonObject &object, const QString &key, const QJsonValue &value) {
    const auto found = object.constFind(key);
    if (found != object.constEnd() && *found == value)
        return;
    object.insert(key, value);
}

} // namespace

QJsonObject MappingContext::build(const Event &event, const Profile &profile) {
    // The payload first, so the normalized columns below win over stale payload copies.
    QJsonObject e = event.payload;
    e.insert(QStringLiteral("name"),
             event.name.isEmpty() ? event.payload.value(QStringLiteral("event")).toString() : event.name);
    setValue(e, QStringLiteral("type"),
             event.type.isEmpty() ? event.payload.value(QStringLiteral("type")).toString() : event.type);
    setValue(e, QStringLiteral("messageId"), event.messageId);
    e.insert(QStringLiteral("sourceKind"), event.sourceKind);
    if (event.occurredAt.isValid())
        setValue(e, QStringLiteral("timestamp"), isoUtc(event.occurredAt));
    if (event.receivedAt.isValid())
        e.insert(QStringLiteral("receivedAt"), isoUtc(event.receivedAt));
    for (const char *key : {"properties", "traits", "context"}) {
        const QString k = QString::fromLatin1(key);
        if (!e.value(k).isObject())
            e.insert(k, QJsonObject());
    }

    QJsonObject p = profile.traits; // traits readable as profile.<trait> too
    auto setIfAny = [&p](const QString &key, const QString &value) {
        if (!value.isEmpty())
            setValue(p, key, value);
    };
    setIfAny(QStringLiteral("email"), profile.email);
    setIfAny(QStringLiteral("phone"), profile.phone);
    setIfAny(QStringLiteral("userId"), profile.userId);
    setIfAny(QStringLiteral("displayName"), profile.displayName);
    if (profile.id)
        p.insert(QStringLiteral("id"), double(profile.id));
    const bool hasEmail = !p.value(QStringLiteral("email")).toString().isEmpty();
    p.insert(QStringLiteral("hasEmail"), hasEmail);
    p.insert(QStringLiteral("traits"), profile.traits);
    return QJsonObject{{QStringLiteral("event"), e}, {QStringLiteral("profile"), p}};
}

} // namespace sb
