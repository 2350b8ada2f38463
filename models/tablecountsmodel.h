#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>

#include "loadwatcher.h"

namespace sb {

class Workspace;

// Row counts of every table in the workspace (the Overview page). refresh() counts on a pool
// thread with that thread's own read connection; the model updates when the result arrives.
class TableCountsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TableColumn, RowsColumn, ColumnCount };

    explicit TableCountsModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void refresh();
    int schemaVersion() const { return m_schemaVersion; }
    QString lastError() const { return m_lastError; }
    // How long the last count took: counting walks every table, which grows with the workspace, so
    // whoever repeats it spaces the counts by it.
    qint64 lastCountMs() const { return m_lastCountMs; }

signals:
    void refreshed();

private:
    struct Counted {
        QJsonObject status;
        QString error;
        qint64 elapsedMs = 0;
    };
    void apply(const Counted &counted);

    Workspace *m_workspace;
    QList<QPair<QString, qint64>> m_rows;
    int m_schemaVersion = 0;
    QString m_lastError;
    qint64 m_lastCountMs = 0;
    LoadWatcher<Counted> m_watcher;
};

} // namespace sb
