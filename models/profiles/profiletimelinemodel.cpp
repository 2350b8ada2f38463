#include "profiletimelinemodel.h"

#include <QDateTime>

#include "queryrunner.h"

namespace sb {

ProfileTimelineModel::ProfileTimelineModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(new QueryRunner(workspace, 1, this)) {
    m_cursor.eventsDone = m_cursor.deliveriesDone = true;
}

int ProfileTimelineModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfileTimelineModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileTimelineModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &row = m_rows.at(index.row());
    const bool delivery = row.kind == TimelineEntry::Delivery;
    switch (role) {
    case KindRole:
        return int(row.kind);
    case IdRole:
        return row.id;
    case EventIdRole:
        return row.eventId;
    case TimeRole:
        return row.at;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(row.at, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case DirectionColumn:
        return delivery ? tr("out: delivery #%1").arg(row.id) : tr("in: event #%1").arg(row.id);
    case TypeColumn:
        return row.type;
    case NameColumn:
        return row.name;
    case SourceColumn:
        return row.source;
    case StatusColumn:
        return row.status;
    case DetailColumn:
        return row.detail;
    default:
        return {};
    }
}

QVariant ProfileTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time (UTC)");
    case DirectionColumn:
        return tr("In / out");
    case TypeColumn:
        return tr("Type");
    case NameColumn:
        return tr("Event / destination");
    case SourceColumn:
        return tr("Source / mapping");
    case StatusColumn:
        return tr("Status");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

bool ProfileTimelineModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_profileId != 0 && !m_loading && !m_cursor.atEnd();
}

void ProfileTimelineModel::fetchMore(const QModelIndex &parent) {
    if (canFetchMore(parent))
        load(false);
}

void ProfileTimelineModel::setProfile(qint64 profileId) {
    m_profileId = profileId;
    reload();
}

void ProfileTimelineModel::setFilter(const TimelineFilter &filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ProfileTimelineModel::reload() {
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_cursor = TimelineCursor();
    if (m_profileId == 0)
        m_cursor.eventsDone = m_cursor.deliveriesDone = true;
    // Marked loading before the reset is announced: a view asking for more then waits for page one.
    m_loading = m_profileId != 0;
    endResetModel();
    if (m_profileId != 0)
        load(true);
}

void ProfileTimelineModel::load(bool first) {
    m_loading = true;
    const quint64 generation = m_generation;
    const qint64 profileId = m_profileId;
    const TimelineFilter filter = m_filter;
    const TimelineCursor cursor = m_cursor;
    m_runner->run<TimelinePage>(
        [profileId, filter, cursor](const QSqlDatabase &db) {
            return ProfileQueries::timeline(db, profileId, filter, cursor, kPageSize);
        },
        [this, generation, first](const QueryResult<TimelinePage> &r) {
            if (generation != m_generation)
                return; // another profile or filter since
            if (!r.error.isEmpty()) {
                m_loading = false;
                m_cursor.eventsDone = m_cursor.deliveriesDone = true;
                emit failed(r.error);
                return;
            }
            // Still "loading" while the rows go in: nobody asks for the next page from a stale cursor.
            if (!r.value.entries.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + r.value.entries.size() - 1));
                m_rows.append(r.value.entries);
                endInsertRows();
            }
            m_cursor = r.value.next;
            m_loading = false;
            emit pageLoaded(first, int(r.value.entries.size()));
        });
}

} // namespace sb
