#include "destinationlistmodel.h"

#include <QtConcurrent/QtConcurrentRun>

#include "connectors/connectorregistry.h"
#include "connectors/destinationstore.h"

namespace sb {

DestinationListModel::DestinationListModel(Workspace *workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace) {
    connect(&m_watcher, &QFutureWatcher<QList<DestinationConfig>>::finished, this, [this] {
        apply(m_watcher.result());
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
}

int DestinationListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DestinationListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DestinationConfig &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const Connector *connector = ConnectorRegistry::find(d.connector);
        const QString kind = connector ? connector->displayName() : d.connector;
        return d.paused ? tr("%1 (%2, paused)").arg(d.name, kind) : tr("%1 (%2)").arg(d.name, kind);
    }
    case Qt::ToolTipRole:
        return d.baseUrl.toString();
    case IdRole:
        return d.id;
    case ConnectorRole:
        return d.connector;
    case BaseUrlRole:
        return d.baseUrl.toString();
    case PausedRole:
        return d.paused;
    default:
        return {};
    }
}

QHash<int, QByteArray> DestinationListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "destinationId");
    names.insert(ConnectorRole, "connector");
    names.insert(BaseUrlRole, "baseUrl");
    names.insert(PausedRole, "paused");
    return names;
}

void DestinationListModel::refresh() {
    if (m_watcher.isRunning()) {
        m_again = true; // a write happened while loading: load once more afterwards
        return;
    }
    Workspace *workspace = m_workspace;
    m_watcher.setFuture(QtConcurrent::run([workspace] { return DestinationStore(workspace).list(); }));
}

const DestinationConfig *DestinationListModel::destination(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const DestinationConfig *DestinationListModel::destinationById(qint64 id) const {
    return destination(rowOf(id));
}

int DestinationListModel::rowOf(qint64 id) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void DestinationListModel::apply(const QList<DestinationConfig> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit refreshed();
}

} // namespace sb
