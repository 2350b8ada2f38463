#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "loadwatcher.h"
#include "mapping/mappingstore.h"

namespace sb {

class Workspace;

// The saved versions of one mapping, newest first, loaded off the GUI thread.
class MappingVersionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { VersionColumn, SavedColumn, NoteColumn, ColumnCount };
    enum Role { VersionRole = Qt::UserRole };

    explicit MappingVersionsModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void load(qint64 mappingId);
    qint64 mappingId() const { return m_mappingId; }
    int versionAt(int row) const;

signals:
    void refreshed();

private:
    struct Loaded {
        qint64 mappingId = 0;
        QList<MappingStore::VersionInfo> versions;
    };
    void apply(const Loaded &loaded);

    Workspace *m_workspace;
    qint64 m_mappingId = 0;
    QList<MappingStore::VersionInfo> m_rows;
    LoadWatcher<Loaded> m_watcher;
    bool m_again = false;
};

} // namespace sb
