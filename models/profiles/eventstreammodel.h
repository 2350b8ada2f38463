#pragma once

#include <QAbstractTableModel>
#include <QTimer>

#include "eventqueries.h"

namespace sb {

class QueryRunner;
class Workspace;

// The live stream of incoming events, newest on top. A timer polls a worker thread for ids above the
// last one seen; the GUI thread only inserts the rows that came back. At most maxRows rows are kept
// (the oldest fall off). While paused the rows stay put: new events are held back and counted, and
// shown on resume.
class EventStreamModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        ReceivedColumn,
        SourceColumn,
        TypeColumn,
        NameColumn,
        ProfileColumn,
        MessageIdColumn,
        ColumnCount
    };
    enum Role { EventIdRole = Qt::UserRole + 1, SourceIdRole, TypeRole, ProfileIdRole, SearchTextRole };
    static constexpr int kInitialRows = 500;
    static constexpr int kPollBatch = 5000;

    explicit EventStreamModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Loads the newest rows, then polls every intervalMs.
    void start(int intervalMs = 500);
    void stop();
    // One poll now (unless one is running).
    void poll();

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Events that arrived while paused (all of them, even beyond what is held for display).
    int pendingCount() const { return m_pendingCount; }
    void setMaxRows(int maxRows) { m_maxRows = qMax(1, maxRows); }
    int maxRows() const { return m_maxRows; }
    qint64 lastSeenId() const { return m_lastSeenId; }
    StreamEvent eventAt(int row) const { return m_rows.value(row); }
    int rowOf(qint64 eventId) const;

signals:
    void initialLoaded(int rows);
    // A poll finished; newEvents counts what it found (shown or held back).
    void polled(int newEvents);
    void pendingChanged(int pending);
    void failed(const QString &error);

private:
    void apply(const QList<StreamEvent> &newestFirst);
    void insertAtTop(const QList<StreamEvent> &newestFirst);

    QueryRunner *m_runner;
    QTimer m_timer;
    QList<StreamEvent> m_rows;    // newest first
    QList<StreamEvent> m_pending; // newest first, held while paused
    qint64 m_lastSeenId = 0;
    int m_pendingCount = 0;
    int m_maxRows = 10'000;
    bool m_paused = false;
    bool m_polling = false;
    bool m_started = false;
};

} // namespace sb
