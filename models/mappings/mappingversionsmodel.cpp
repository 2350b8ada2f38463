#include "mappingversionsmodel.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace sb {

MappingVersionsModel::MappingVersionsModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace) {
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] {
        apply(m_watcher.result());
        if (m_again) {
            m_again = false;
            load(m_mappingId);
        }
    });
}

int MappingVersionsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingVersionsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingVersionsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MappingStore::VersionInfo &v = m_rows.at(index.row());
    if (role == VersionRole)
        return v.version;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case VersionColumn:
        return tr("v%1").arg(v.version);
    case SavedColumn:
        return QLocale().toString(v.createdAt.toLocalTime(), QLocale::ShortFormat);
    case NoteColumn:
        return v.note;
    default:
        return {};
    }
}

QVariant MappingVersionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case SavedColumn:
        return tr("Saved");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

void MappingVersionsModel::load(qint64 mappingId) {
    m_mappingId = mappingId;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    Workspace *workspace = m_workspace;
    m_watcher.setFuture(QtConcurrent::run([workspace, mappingId] {
        Loaded loaded;
        loaded.mappingId = mappingId;
        if (mappingId > 0)
            loaded.versions = MappingStore(workspace).history(mappingId);
        std::sort(loaded.versions.begin(), loaded.versions.end(),
                  [](const auto &a, const auto &b) { return a.version > b.version; });
        return loaded;
    }));
}

int MappingVersionsModel::versionAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).version : 0;
}

void MappingVersionsModel::apply(const Loaded &loaded) {
    if (loaded.mappingId != m_mappingId)
        return;
    beginResetModel();
    m_rows = loaded.versions;
    endResetModel();
    emit refreshed();
}

} // namespace sb
