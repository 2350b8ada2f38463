#pragma once

#include <QAbstractTableModel>

#include "deliverydetail.h"

namespace sb {

// The attempts of one delivery, oldest first (filled from a DeliveryDetail loaded off the GUI thread).
class AttemptHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        AttemptColumn,
        StartedColumn,
        HttpStatusColumn,
        LatencyColumn,
        OutcomeColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role { OutcomeRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAttempts(const QList<DeliveryAttemptInfo> &attempts);

private:
    QList<DeliveryAttemptInfo> m_attempts;
};

} // namespace sb
