#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "loadwatcher.h"
#include "mapping/previewmatrix.h"

namespace sb {

class Workspace;

// Every catalog event type x every mapping with its findings (PreviewMatrix), computed on a pool
// thread: it renders hundreds of previews.
class PreviewMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SourceColumn,
        EventTypeColumn,
        DestinationColumn,
        MappingColumn,
        StatusColumn,
        FindingsColumn,
        ColumnCount
    };
    enum Role { MappingIdRole = Qt::UserRole, DestinationIdRole, StatusRole };

    explicit PreviewMatrixModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void compute();
    bool isComputing() const { return m_watcher.isRunning(); }
    const PreviewMatrix::Row *row(int row) const;

signals:
    void computed();

private:
    static QString findingsText(const PreviewMatrix::Row &row);

    Workspace *m_workspace;
    QList<PreviewMatrix::Row> m_rows;
    LoadWatcher<QList<PreviewMatrix::Row>> m_watcher;
};

} // namespace sb
