#pragma once

#include <QAbstractListModel>
#include <QList>

#include "loadwatcher.h"
#include "mapping/mappingstore.h"

namespace sb {

class Workspace;

// The current version of each mapping of one destination, loaded off the GUI thread.
class MappingListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole, VersionRole, EnabledRole };

    explicit MappingListModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Loads the mappings of destinationId (0: none).
    void load(qint64 destinationId);
    void refresh() { load(m_destinationId); }
    qint64 destinationId() const { return m_destinationId; }
    const MappingStore::Entry *entry(int row) const;
    int rowOf(qint64 mappingId) const;

signals:
    void refreshed();

private:
    struct Loaded {
        qint64 destinationId = 0;
        QList<MappingStore::Entry> entries;
    };
    void apply(const Loaded &loaded);

    Workspace *m_workspace;
    qint64 m_destinationId = 0;
    QList<MappingStore::Entry> m_rows;
    LoadWatcher<Loaded> m_watcher;
    bool m_again = false;
};

} // namespace sb
