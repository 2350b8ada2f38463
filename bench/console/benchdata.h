#pragma once

#include <QString>

// The synthetic workspace of bench_console: every profile's contact data follows from its id, so the
// measuring process can search for profiles the generating process wrote without reading them first.
namespace benchdata {

inline const char *const kFirst[] = {
    "Olivia", "Liam",  "Emma",   "Noah",  "Ava",    "Elijah", "Sophia", "James", "Isabella", "Lucas",
    "Mia",    "Mason", "Amelia", "Ethan", "Harper", "Logan",  "Evelyn", "Aiden", "Abigail",  "Jack",
    "Emily",  "Owen",  "Ella",   "Leo",   "Grace",  "Levi",   "Chloe",  "Henry", "Nora",     "Wyatt"};
inline const char *const kLast[] = {"Smith",    "Johnson", "Williams",  "Brown",    "Jones",     "Garcia",
                                    "Miller",   "Davis",   "Rodriguez", "Martinez", "Hernandez", "Lopez",
                                    "Gonzalez", "Wilson",  "Anderson",  "Thomas",   "Taylor",    "Moore",
                                    "Jackson",  "Martin",  "Lee",       "Perez",    "Thompson",  "White",
                                    "Harris",   "Sanchez", "Clark",     "Ramirez",  "Lewis",     "Robinson"};
constexpr int kNames = 30;

inline QString firstName(qint64 id) {
    return QLatin1String(kFirst[id % kNames]);
}
inline QString lastName(qint64 id) {
    return QLatin1String(kLast[(id / kNames) % kNames]);
}
inline QString displayName(qint64 id) {
    return firstName(id) + u' ' + lastName(id) + u' ' + QString::number(id);
}
// Every 50th profile has no email.
inline bool hasEmail(qint64 id) {
    return id % 50 != 0;
}
inline QString email(qint64 id) {
    return firstName(id).toLower() + u'.' + lastName(id).toLower() + QString::number(id)
           + QStringLiteral("@example") + QString::number(id % 40) + QStringLiteral(".com");
}
inline QString phone(qint64 id) {
    return QStringLiteral("+1415%1").arg(id, 7, 10, QLatin1Char('0'));
}
// Every 200th profile was merged into the one before it.
inline bool merged(qint64 id) {
    return id % 200 == 0 && id > 1;
}
// The first kHeavy profiles get one event in 20: long timelines.
constexpr qint64 kHeavy = 100;

} // namespace benchdata
