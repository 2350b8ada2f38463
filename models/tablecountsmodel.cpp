#include "tablecountsmodel.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "store/storestatus.h"
#include "store/workspace.h"

namespace sb {

TableCountsModel::TableCountsModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace) {
    connect(&m_watcher, &QFutureWatcher<Counted>::finished, this, [this] { apply(m_watcher.result()); });
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
    m_watcher.setFuture(QtConcurrent::run([workspace]() -> Counted {
        QElapsedTimer timer;
        timer.start();
        const Result<QJsonObject> status = StoreStatus::read(workspace->reader());
        return {status ? status.value() : QJsonObject(), status ? QString() : status.error(),
                timer.elapsed()};
    }));
}

void TableCountsModel::apply(const Counted &counted) {
    const QJsonObject &status = counted.status;
    m_lastError = counted.error;
    m_lastCountMs = counted.elapsedMs;
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
