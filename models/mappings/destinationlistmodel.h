#pragma once

#include <QAbstractListModel>
#include <QList>

#include "connectors/connector.h"
#include "loadwatcher.h"

namespace sb {

class Workspace;

// The workspace's destinations, loaded off the GUI thread. Rows keep the decrypted config for the
// renderer and test requests; the model itself never shows a credential.
class DestinationListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole, ConnectorRole, BaseUrlRole, PausedRole };

    explicit DestinationListModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void refresh();
    const DestinationConfig *destination(int row) const;
    const DestinationConfig *destinationById(qint64 id) const;
    int rowOf(qint64 id) const;

signals:
    void refreshed();

private:
    void apply(const QList<DestinationConfig> &rows);

    Workspace *m_workspace;
    QList<DestinationConfig> m_rows;
    LoadWatcher<QList<DestinationConfig>> m_watcher;
    bool m_again = false;
};

} // namespace sb
