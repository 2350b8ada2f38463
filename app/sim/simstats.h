#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QUuid>

#include "simexchange.h"

namespace sb {

// How often each idempotency key arrived. A long run sees millions of keys, most of them UUIDs in their
// usual text form: those are kept as their 16 bytes in the hash node (no string, no allocation of their
// own), other keys as text.
class KeyCounts {
public:
    // Counts one arrival of key; returns how often it had arrived before.
    int add(const QString &key);
    int value(const QString &key) const;
    qsizetype size() const { return m_uuids.size() + m_texts.size(); }
    // key -> count, keys in the text they arrived in.
    QJsonObject toJson() const;

private:
    QHash<QUuid, int> m_uuids;
    QHash<QString, int> m_texts;
};

// What each destination kind received: requests, items accepted and rejected, and how often each
// idempotency key arrived (a key seen before makes the item a duplicate).
class SimStats {
public:
    struct Counters {
        qint64 requests = 0;
        qint64 accepted = 0;
        qint64 rejected = 0;
        qint64 duplicates = 0;
        qint64 rateLimited = 0; // answered 429 by the quota
        qint64 faults = 0;      // answered by the fault plan (status, timeout or reset)
        KeyCounts keyCounts;
    };

    void countRequest(const QString &kind);
    void countItems(const QString &kind, const QList<SimItem> &items);
    void countRateLimited(const QString &kind);
    void countFault(const QString &kind);
    void clear();

    Counters counters(const QString &kind) const { return m_kinds.value(kind); }
    int keyCount(const QString &kind, const QString &key) const;
    // {"segment": {"requests", "accepted", "rejected", "duplicates", "distinctKeys", "rateLimited",
    //  "faults"[, "keys": {key: count}]}, ...}
    QJsonObject toJson(const QStringList &kinds, bool withKeys) const;

private:
    QMap<QString, Counters> m_kinds;
};

} // namespace sb
