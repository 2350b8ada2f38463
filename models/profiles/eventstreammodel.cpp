#include "eventstreammodel.h"

#include <QDateTime>
#include <algorithm>

#include "queryrunner.h"

namespace sb {

EventStreamModel::EventStreamModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(new QueryRunner(workspace, 1, this)) {
    connect(&m_timer, &QTimer::timeout, this, &EventStreamModel::poll);
}

int EventStreamModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventStreamModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventStreamModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StreamEvent &row = m_rows.at(index.row());
    switch (role) {
    case EventIdRole:
        return row.id;
    case SourceIdRole:
        return row.sourceId;
    case TypeRole:
        return row.type;
    case ProfileIdRole:
        return row.profileId;
    case SearchTextRole:
        return QStringList{QString::number(row.id),       row.source, row.type, row.name, row.messageId,
                           QString::number(row.profileId)}
            .join(u' ');
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case IdColumn:
        return row.id;
    case ReceivedColumn:
        return QDateTime::fromMSecsSinceEpoch(row.receivedAt, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case SourceColumn:
        return row.source;
    case TypeColumn:
        return row.type;
    case NameColumn:
        return row.name;
    case ProfileColumn:
        return row.profileId > 0 ? QVariant(row.profileId) : QVariant(QString());
    case MessageIdColumn:
        return row.messageId;
    default:
        return {};
    }
}

QVariant EventStreamModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case ReceivedColumn:
        return tr("Received (UTC)");
    case SourceColumn:
        return tr("Source");
    case TypeColumn:
        return tr("Type");
    case NameColumn:
        return tr("Event");
    case ProfileColumn:
        return tr("Profile");
    case MessageIdColumn:
        return tr("Message id");
    default:
        return {};
    }
}

void EventStreamModel::start(int intervalMs) {
    m_timer.setInterval(intervalMs);
    if (m_started) {
        m_timer.start();
        return;
    }
    m_started = true;
    m_polling = true;
    m_runner->run<QList<StreamEvent>>(
        [](const QSqlDatabase &db) { return EventQueries::latest(db, kInitialRows); },
        [this](const QueryResult<QList<StreamEvent>> &r) {
            m_polling = false;
            if (!r.error.isEmpty())
                emit failed(r.error);
            else
                insertAtTop(r.value);
            emit initialLoaded(int(m_rows.size()));
            m_timer.start();
        });
}

void EventStreamModel::stop() {
    m_timer.stop();
}

void EventStreamModel::poll() {
    if (m_polling || !m_started)
        return;
    m_polling = true;
    const qint64 lastId = m_lastSeenId;
    m_runner->run<QList<StreamEvent>>(
        [lastId](const QSqlDatabase &db) { return EventQueries::after(db, lastId, kPollBatch); },
        [this](const QueryResult<QList<StreamEvent>> &r) {
            m_polling = false;
            if (!r.error.isEmpty()) {
                emit failed(r.error);
                return;
            }
            QList<StreamEvent> newestFirst = r.value;
            std::reverse(newestFirst.begin(), newestFirst.end());
            apply(newestFirst);
            emit polled(int(r.value.size()));
        });
}

void EventStreamModel::apply(const QList<StreamEvent> &newestFirst) {
    if (newestFirst.isEmpty())
        return;
    if (!m_paused) {
        insertAtTop(newestFirst);
        return;
    }
    m_lastSeenId = qMax(m_lastSeenId, newestFirst.constFirst().id);
    m_pendingCount += int(newestFirst.size());
    m_pending = newestFirst + m_pending;
    if (m_pending.size() > m_maxRows)
        m_pending.resize(m_maxRows);
    emit pendingChanged(m_pendingCount);
}

void EventStreamModel::insertAtTop(const QList<StreamEvent> &newestFirst) {
    if (newestFirst.isEmpty())
        return;
    m_lastSeenId = qMax(m_lastSeenId, newestFirst.constFirst().id);
    // Only what fits is inserted, then the oldest rows beyond the cap are dropped.
    const QList<StreamEvent> incoming = newestFirst.mid(0, m_maxRows);
    beginInsertRows({}, 0, int(incoming.size()) - 1);
    m_rows = incoming + m_rows;
    endInsertRows();
    if (m_rows.size() > m_maxRows) {
        beginRemoveRows({}, m_maxRows, int(m_rows.size()) - 1);
        m_rows.resize(m_maxRows);
        endRemoveRows();
    }
}

void EventStreamModel::setPaused(bool paused) {
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused)
        return;
    const QList<StreamEvent> held = m_pending;
    m_pending.clear();
    m_pendingCount = 0;
    insertAtTop(held);
    emit pendingChanged(0);
}

int EventStreamModel::rowOf(qint64 eventId) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == eventId)
            return i;
    }
    return -1;
}

} // namespace sb
