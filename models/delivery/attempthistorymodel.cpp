#include "attempthistorymodel.h"

#include <QDateTime>

namespace sb {

int AttemptHistoryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_attempts.size());
}

int AttemptHistoryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttemptHistoryModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliveryAttemptInfo &a = m_attempts.at(index.row());
    if (role == OutcomeRole)
        return a.outcome;
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn && !a.error.isEmpty())
        return a.error;
    if (role == Qt::TextAlignmentRole && index.column() != OutcomeColumn && index.column() != ErrorColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AttemptColumn:
        return a.attempt;
    case StartedColumn:
        return QDateTime::fromMSecsSinceEpoch(a.startedAt)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case HttpStatusColumn:
        return a.httpStatus > 0 ? QVariant(a.httpStatus) : QVariant(tr("no answer"));
    case LatencyColumn:
        return tr("%1 ms").arg(a.latencyMs);
    case OutcomeColumn:
        return a.outcome;
    case ErrorColumn:
        return a.error.simplified();
    }
    return {};
}

QVariant AttemptHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AttemptColumn:
        return tr("#");
    case StartedColumn:
        return tr("Started");
    case HttpStatusColumn:
        return tr("HTTP");
    case LatencyColumn:
        return tr("Latency");
    case OutcomeColumn:
        return tr("Outcome");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

void AttemptHistoryModel::setAttempts(const QList<DeliveryAttemptInfo> &attempts) {
    beginResetModel();
    m_attempts = attempts;
    endResetModel();
}

} // namespace sb
