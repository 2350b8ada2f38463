#include "deliveryfilter.h"

namespace sb {

bool DeliveryFilter::prefersIndex() const {
    return deliveryId > 0 || !profile.trimmed().isEmpty()
           || (!status.isEmpty() && status != QLatin1String("delivered"));
}

QString DeliveryFilter::sqlConditions(QVariantList *binds, bool useIndexes) const {
    const QString plus = useIndexes ? QString() : QStringLiteral("+");
    QString out;
    if (deliveryId > 0) {
        out += QStringLiteral(" AND d.id = ?");
        *binds << deliveryId;
    }
    if (destinationId > 0) {
        out += QStringLiteral(" AND ") + plus + QStringLiteral("d.destination_id = ?");
        *binds << destinationId;
    }
    if (!status.isEmpty()) {
        // deliveries_due (destination, status) is the index by status: without a destination chosen
        // the rows are reached through every destination.
        if (useIndexes && destinationId <= 0)
            out += QStringLiteral(" AND d.destination_id IN (SELECT id FROM destinations)");
        out += QStringLiteral(" AND ") + plus + QStringLiteral("d.status = ?");
        *binds << status;
    }
    if (!eventType.trimmed().isEmpty()) {
        out += QStringLiteral(" AND (") + plus
               + QStringLiteral("e.name = ? OR (e.name IS NULL AND e.type = ?))");
        *binds << eventType.trimmed() << eventType.trimmed();
    }
    const QString who = profile.trimmed();
    if (!who.isEmpty()) {
        bool numeric = false;
        const qint64 id = who.toLongLong(&numeric);
        if (numeric) {
            out += QStringLiteral(" AND ") + plus + QStringLiteral("d.profile_id = ?");
            *binds << id;
        } else {
            // Emails are stored normalized (lower case) in identities; profiles.email keeps the last one.
            out +=
                QStringLiteral(" AND d.profile_id IN (SELECT profile_id FROM identities WHERE kind = "
                               "'email' AND value = ? UNION SELECT id FROM profiles WHERE email IN (?, ?))");
            *binds << who.toLower() << who.toLower() << who;
        }
    }
    return out;
}

QStringList DeliveryFilter::statuses() {
    return {QStringLiteral("pending"),   QStringLiteral("in_flight"), QStringLiteral("retrying"),
            QStringLiteral("blocked"),   QStringLiteral("delivered"), QStringLiteral("dead"),
            QStringLiteral("discarded"), QStringLiteral("skipped")};
}

} // namespace sb
