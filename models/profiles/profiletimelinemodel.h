#pragma once

#include <QAbstractTableModel>

#include "profilequeries.h"

namespace sb {

class QueryRunner;
class Workspace;

// A profile's timeline: every event in and every delivery out, newest first. The first page loads
// when the profile or filter is set; further pages load by keyset as the view asks (fetchMore).
class ProfileTimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        DirectionColumn,
        TypeColumn,
        NameColumn,
        SourceColumn,
        StatusColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role { KindRole = Qt::UserRole + 1, IdRole, EventIdRole, TimeRole };
    static constexpr int kPageSize = 100;

    explicit ProfileTimelineModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Clears the rows and loads the first page of the profile (0: nothing).
    void setProfile(qint64 profileId);
    void setFilter(const TimelineFilter &filter);
    qint64 profileId() const { return m_profileId; }
    TimelineFilter filter() const { return m_filter; }
    bool isLoading() const { return m_loading; }
    bool atEnd() const { return m_cursor.atEnd(); }
    TimelineEntry entryAt(int row) const { return m_rows.value(row); }

signals:
    // A page arrived (the first one after setProfile/setFilter when `first`).
    void pageLoaded(bool first, int rows);
    void failed(const QString &error);

private:
    void reload();
    void load(bool first);

    QueryRunner *m_runner;
    QList<TimelineEntry> m_rows;
    qint64 m_profileId = 0;
    TimelineFilter m_filter;
    TimelineCursor m_cursor;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace sb
