#include "mappinglistmodel.h"

#include <QtConcurrent/QtConcurrentRun>

namespace sb {

MappingListModel::MappingListModel(Workspace *workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace) {
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] {
        apply(m_watcher.result());
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
}

int MappingListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MappingListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MappingStore::Entry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.definition.enabled ? tr("%1 (v%2)").arg(e.definition.name).arg(e.version)
                                    : tr("%1 (v%2, disabled)").arg(e.definition.name).arg(e.version);
    case Qt::ToolTipRole:
        return tr("%1: %2 → %3")
            .arg(e.definition.sourceKind, e.definition.eventNames.join(QStringLiteral(", ")),
                 e.definition.action);
    case IdRole:
        return e.id;
    case VersionRole:
        return e.version;
    case EnabledRole:
        return e.definition.enabled;
    default:
        return {};
    }
}

void MappingListModel::load(qint64 destinationId) {
    m_destinationId = destinationId;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    Workspace *workspace = m_workspace;
    m_watcher.setFuture(QtConcurrent::run([workspace, destinationId] {
        Loaded loaded;
        loaded.destinationId = destinationId;
        if (destinationId > 0)
            loaded.entries = MappingStore(workspace).list(destinationId);
        return loaded;
    }));
}

const MappingStore::Entry *MappingListModel::entry(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MappingListModel::rowOf(qint64 mappingId) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == mappingId)
            return row;
    }
    return -1;
}

void MappingListModel::apply(const Loaded &loaded) {
    if (loaded.destinationId != m_destinationId)
        return; // a newer load follows (m_again)
    beginResetModel();
    m_rows = loaded.entries;
    endResetModel();
    emit refreshed();
}

} // namespace sb
