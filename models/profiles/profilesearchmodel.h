#pragma once

#include <QAbstractTableModel>

#include "profilequeries.h"

namespace sb {

class QueryRunner;
class Workspace;

// The profiles list: with an empty query the newest profiles, paged by keyset as the view scrolls;
// otherwise the matches of ProfileQueries::search. Queries run on worker threads; each setQuery()
// starts a new generation and results of older generations are dropped.
class ProfileSearchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, NameColumn, EmailColumn, PhoneColumn, UserIdColumn, FlagsColumn, ColumnCount };
    enum Role { ProfileIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    explicit ProfileSearchModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setQuery(const QString &text);
    QString query() const { return m_query; }
    quint64 generation() const { return m_generation; }
    bool isLoading() const { return m_loading; }
    bool isFetching() const { return m_fetching; }
    QString lastError() const { return m_lastError; }
    qint64 profileIdAt(int row) const;
    // Row of a profile among the loaded rows, or -1.
    int rowOf(qint64 profileId) const;

signals:
    // The rows of generation `generation` (the current one) are in the model.
    void searchFinished(quint64 generation, int rows);
    void failed(const QString &error);

private:
    void applyPage(quint64 generation, bool append, const QList<ProfileRow> &rows, const QString &error);

    QueryRunner *m_runner;
    QList<ProfileRow> m_rows;
    QString m_query;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_fetching = false;
    bool m_moreAvailable = false;
    QString m_lastError;
};

} // namespace sb
