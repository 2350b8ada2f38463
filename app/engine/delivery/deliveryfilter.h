#pragma once

#include <QString>
#include <QVariantList>

namespace sb {

// Which deliveries a list shows (the live monitor's table, switchboard-ctl deliveries list). Empty
// fields do not filter.
struct DeliveryFilter {
    qint64 destinationId = 0;
    QString status;    // pending, in_flight, retrying, blocked, delivered, dead, discarded, skipped
    QString eventType; // an event name ("Order Created") or type ("identify")
    QString profile;   // a profile id, or an email address
    qint64 deliveryId = 0;

    bool isEmpty() const {
        return destinationId == 0 && status.isEmpty() && eventType.isEmpty() && profile.trimmed().isEmpty()
               && deliveryId == 0;
    }
    bool operator==(const DeliveryFilter &) const = default;

    // " AND ..." conditions over deliveries d / events e, with their binds appended to binds. With
    // useIndexes false the columns are written "+col", so SQLite walks the primary key instead.
    QString sqlConditions(QVariantList *binds, bool useIndexes = true) const;
    // True when an index finds the rows faster than walking the table newest first: a profile, one
    // delivery, or a status other than the common 'delivered'.
    bool prefersIndex() const;
    static QStringList statuses();
};

} // namespace sb
