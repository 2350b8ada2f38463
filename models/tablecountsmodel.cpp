#include "tablecountsmodel.h"

#include <QtConcurrent/QtConcurrentRun>

#include "store/storestatus.h"
#include "store/workspace.h"

namespace sb {

TableCountsModel::TableCountsModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace) {
    connect(&m_watcher, &QFutureWatcher<QPair<QJsonObject, QString>>::finished, this, [this] {
        const auto result = m_watcher.result();
        apply(result.first, result.second);
    });
}

int TableCountsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableCountsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TableCountsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole)
        return index.column() == TableColumn ? QVariant(row.first) : QVariant(QLocale().toString(row.second));
    if (role == Qt::TextAlignmentRole && index.column() == RowsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return index.column() == TableColumn ? QVariant(row.first) : QVariant(row.second);
    return {};
}

QVariant TableCountsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TableColumn ? tr("Table") : tr("Rows");
}

void TableCountsModel::refresh() {
    if (m_watcher.isRunning())
        return;
    Workspace *workspace = m_workspace;
    m_watcher.setFuture(QtConcurrent::run([workspace]() -> QPair<QJsonObject, QString> {
        const Result<QJsonObject> status = StoreStatus::read(workspace->reader());
        return status ? qMakePair(status.value(), QString()) : qMakePair(QJsonObject(), status.error());
    }));
}

void TableCountsModel::apply(const QJsonObject &status, const QString &error) {
    m_lastError = error;
    beginResetModel();
    m_rows.clear();
    const QJsonObject tables = status.value(QStringLiteral("tables")).toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it)
        m_rows.append({it.key(), it.value().toInteger()});
    m_schemaVersion = status.value(QStringLiteral("schemaVersion")).toInt();
    endResetModel();
    emit refreshed();
}

} // namespace sb
