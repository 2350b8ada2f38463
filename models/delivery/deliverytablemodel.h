#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include "delivery/deliveryfilter.h"

namespace sb {

class Workspace;

// One row of the delivery table: the delivery joined with its event, destination and profile.
struct DeliveryRow {
    qint64 id = 0;
    qint64 createdAt = 0;
    qint64 destinationId = 0;
    QString destination;
    qint64 eventId = 0;
    QString event; // name for track events, else the type
    qint64 profileId = 0;
    QString profileEmail;
    QString status;
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    qint64 deliveredAt = 0;
    QString lastError;
};

// The deliveries of a workspace, newest first, for tables of any size: rows arrive in pages found by
// keyset (id < the oldest shown) on a pool thread, never by OFFSET or a full SELECT. Filters an index
// answers well (profile, a rare status) use it; the others walk the primary key backwards in growing
// id ranges, so a page costs a few thousand rows read, not a sort of millions. refresh() looks only
// at ids above the newest seen (new rows on top) and updates the state of the rows near the top;
// only one refresh runs at a time. Memory stays bounded: past kMaxRows the oldest rows are let go
// and can be fetched again.
class DeliveryTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        TimeColumn,
        StatusColumn,
        DestinationColumn,
        EventColumn,
        ProfileColumn,
        AttemptsColumn,
        NextAttemptColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role {
        DeliveryIdRole = Qt::UserRole + 1,
        StatusRole,
        DestinationIdRole,
        EventIdRole,
        ProfileIdRole,
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxRows = 20'000;
    static constexpr int kWatchedRows = 500;

    explicit DeliveryTableModel(Workspace *workspace, QObject *parent = nullptr);
    ~DeliveryTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    DeliveryFilter filter() const { return m_filter; }
    // Clears the rows and loads the first page matching filter.
    void setFilter(const DeliveryFilter &filter);
    void reload() { setFilter(m_filter); }
    // New rows on top, and fresh state for the rows from firstWatched on (kWatchedRows of them) plus
    // extraIds. While a refresh runs, one more is queued (with the ids of every call meanwhile), so
    // refreshes never stack and an operator's action is never missed.
    void refresh(const QList<qint64> &extraIds = {});
    void setWatchedRows(int first) { m_firstWatched = qMax(0, first); }

    bool isLoading() const { return m_pageLoading; }
    bool isRefreshing() const { return m_refreshing; }
    bool hasLoadedOnce() const { return m_loadedOnce; }
    QString lastError() const { return m_lastError; }
    int rowOfDelivery(qint64 deliveryId) const { return m_rowById.value(deliveryId, -1); }
    const DeliveryRow &rowAt(int row) const { return m_rows.at(row); }

    // Loaders, run on a pool thread with that thread's connection (public for the benches and tests).
    struct Loaded {
        QList<DeliveryRow> rows;
        QString error;
        qint64 maxId = 0; // the newest delivery id when the rows were read
    };
    static Loaded loadOlder(Workspace *workspace, const DeliveryFilter &filter, qint64 beforeId, int limit);
    // Rows above afterId, newest first (at most limit).
    static Loaded loadNewer(Workspace *workspace, const DeliveryFilter &filter, qint64 afterId, int limit);
    static Loaded loadByIds(Workspace *workspace, const QList<qint64> &ids);

signals:
    void pageLoaded();
    void refreshed();
    // Emitted after the rows were replaced (filter change, or more new rows than a page arrived).
    void rowsReplaced();

private:
    void startPageLoad();
    void applyPage(quint64 generation, const Loaded &page, bool replace);
    void applyRefresh(quint64 generation, const Loaded &newer, const Loaded &states);
    void rebuildIndex();
    void trimTail();
    QString formatTime(qint64 ms) const;

    Workspace *const m_workspace;
    DeliveryFilter m_filter;
    QList<DeliveryRow> m_rows;
    QHash<qint64, int> m_rowById;
    quint64 m_generation = 0;
    bool m_atEnd = false;
    bool m_pageLoading = false;
    bool m_refreshing = false;
    bool m_refreshQueued = false;
    QList<qint64> m_queuedIds;
    bool m_loadedOnce = false;
    int m_firstWatched = 0;
    qint64 m_highWater = 0; // every delivery up to this id has been looked at
    QString m_lastError;
};

} // namespace sb
