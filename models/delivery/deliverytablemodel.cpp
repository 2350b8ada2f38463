#include "deliverytablemodel.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>
#include <limits>
#include <utility>

#include "store/sql.h"
#include "store/workspace.h"

namespace sb {

namespace {

const char *const kSelect =
    "SELECT d.id, d.created_at, d.destination_id, coalesce(t.name, ''), d.event_id, "
    "coalesce(nullif(e.name, ''), e.type), coalesce(d.profile_id, 0), coalesce(p.email, ''), d.status, "
    "d.attempts, coalesce(d.next_attempt_at, 0), coalesce(d.delivered_at, 0), coalesce(d.last_error, '') "
    "FROM deliveries d JOIN events e ON e.id = d.event_id LEFT JOIN destinations t ON t.id = "
    "d.destination_id LEFT JOIN profiles p ON p.id = d.profile_id ";

DeliveryTableModel::Loaded runSelect(Workspace *workspace, const QString &where, const QVariantList &binds) {
    DeliveryTableModel::Loaded out;
    try {
        QSqlQuery q = sql::exec(workspace->reader(), QLatin1String(kSelect) + where, binds);
        while (q.next()) {
            DeliveryRow r;
            r.id = q.value(0).toLongLong();
            r.createdAt = q.value(1).toLongLong();
            r.destinationId = q.value(2).toLongLong();
            r.destination = q.value(3).toString();
            r.eventId = q.value(4).toLongLong();
            r.event = q.value(5).toString();
            r.profileId = q.value(6).toLongLong();
            r.profileEmail = q.value(7).toString();
            r.status = q.value(8).toString();
            r.attempts = q.value(9).toInt();
            r.nextAttemptAt = q.value(10).toLongLong();
            r.deliveredAt = q.value(11).toLongLong();
            r.lastError = q.value(12).toString();
            out.rows << r;
        }
    } catch (const sql::Error &e) {
        out.error = e.message();
    }
    return out;
}

bool sameState(const DeliveryRow &a, const DeliveryRow &b) {
    return a.status == b.status && a.attempts == b.attempts && a.nextAttemptAt == b.nextAttemptAt
           && a.deliveredAt == b.deliveredAt && a.lastError == b.lastError;
}

} // namespace

DeliveryTableModel::DeliveryTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace) {}

DeliveryTableModel::~DeliveryTableModel() {
    // Loads still running use the workspace: let them end before it can go away.
    const auto watchers = findChildren<QFutureWatcherBase *>();
    for (QFutureWatcherBase *watcher : watchers)
        watcher->waitForFinished();
}

int DeliveryTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeliveryTableModel::formatTime(qint64 ms) const {
    if (ms <= 0)
        return {};
    // Short enough for a narrow column: the time today, the day this year, the date before.
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QDate today = QDate::currentDate();
    if (t.date() == today)
        return t.toString(QStringLiteral("HH:mm:ss"));
    if (t.date().year() == today.year())
        return QLocale().toString(t, QStringLiteral("d MMM HH:mm"));
    return t.toString(QStringLiteral("yyyy-MM-dd"));
}

QVariant DeliveryTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliveryRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return r.id;
        case TimeColumn:
            return formatTime(r.createdAt);
        case DestinationColumn:
            return r.destination;
        case EventColumn:
            return r.event;
        case ProfileColumn:
            return r.profileEmail.isEmpty() ? (r.profileId > 0 ? QString::number(r.profileId) : QString())
                                            : r.profileEmail;
        case StatusColumn:
            return r.status;
        case AttemptsColumn:
            return r.attempts;
        case NextAttemptColumn:
            return (r.status == QLatin1String("pending") || r.status == QLatin1String("retrying"))
                       ? formatTime(r.nextAttemptAt)
                       : QString();
        case ErrorColumn:
            return r.lastError.simplified();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn && !r.lastError.isEmpty())
            return r.lastError;
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(r.createdAt).toLocalTime().toString(Qt::ISODateWithMs);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == AttemptsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DeliveryIdRole:
        return r.id;
    case StatusRole:
        return r.status;
    case DestinationIdRole:
        return r.destinationId;
    case EventIdRole:
        return r.eventId;
    case ProfileIdRole:
        return r.profileId;
    }
    return {};
}

QVariant DeliveryTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("ID");
    case TimeColumn:
        return tr("Created");
    case DestinationColumn:
        return tr("Destination");
    case EventColumn:
        return tr("Event");
    case ProfileColumn:
        return tr("Profile");
    case StatusColumn:
        return tr("Status");
    case AttemptsColumn:
        return tr("Attempts");
    case NextAttemptColumn:
        return tr("Next attempt");
    case ErrorColumn:
        return tr("Last error");
    }
    return {};
}

bool DeliveryTableModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_loadedOnce && !m_atEnd && !m_pageLoading;
}

void DeliveryTableModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent))
        return;
    startPageLoad();
}

void DeliveryTableModel::setFilter(const DeliveryFilter &filter) {
    m_filter = filter;
    ++m_generation;
    m_atEnd = false;
    m_refreshing = false;
    m_refreshQueued = false;
    m_queuedIds.clear();
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        m_rowById.clear();
        endResetModel();
    }
    m_loadedOnce = false;
    m_pageLoading = false;
    m_highWater = 0;
    startPageLoad();
}

void DeliveryTableModel::startPageLoad() {
    m_pageLoading = true;
    const bool first = m_rows.isEmpty();
    const qint64 before = first ? std::numeric_limits<qint64>::max() : m_rows.constLast().id;
    const quint64 generation = m_generation;
    Workspace *workspace = m_workspace;
    const DeliveryFilter filter = m_filter;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation, before] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        // Rows let go of at the tail meanwhile: this page no longer joins up; ask again later.
        if (!m_rows.isEmpty() && m_rows.constLast().id != before) {
            m_pageLoading = false;
            return;
        }
        applyPage(generation, watcher->result(), m_rows.isEmpty());
    });
    watcher->setFuture(QtConcurrent::run(
        [workspace, filter, before] { return loadOlder(workspace, filter, before, kPageSize); }));
}

void DeliveryTableModel::applyPage(quint64, const Loaded &page, bool replace) {
    m_pageLoading = false;
    m_lastError = page.error;
    m_atEnd = page.rows.size() < kPageSize || !page.error.isEmpty();
    if (replace)
        m_highWater = qMax(m_highWater, page.maxId);
    if (replace) {
        beginResetModel();
        m_rows = page.rows;
        rebuildIndex();
        endResetModel();
    } else if (!page.rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size()) - 1);
        m_rows.append(page.rows);
        rebuildIndex();
        endInsertRows();
    }
    const bool firstPage = !m_loadedOnce;
    m_loadedOnce = true;
    emit pageLoaded();
    if (firstPage)
        emit rowsReplaced();
}

void DeliveryTableModel::refresh(const QList<qint64> &extraIds) {
    if (!m_loadedOnce)
        return;
    if (m_refreshing) {
        m_refreshQueued = true;
        m_queuedIds += extraIds;
        return;
    }
    m_refreshing = true;
    const qint64 newest = qMax(m_highWater, m_rows.isEmpty() ? 0 : m_rows.constFirst().id);
    QList<qint64> ids = extraIds;
    const int first = qMin(m_firstWatched, int(m_rows.size()));
    const int last = qMin(first + kWatchedRows, int(m_rows.size()));
    for (int row = first; row < last; ++row)
        ids << m_rows.at(row).id;
    const quint64 generation = m_generation;
    Workspace *workspace = m_workspace;
    const DeliveryFilter filter = m_filter;
    using Pair = QPair<Loaded, Loaded>;
    auto *watcher = new QFutureWatcher<Pair>(this);
    connect(watcher, &QFutureWatcher<Pair>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_refreshing = false;
        const Pair result = watcher->result();
        applyRefresh(generation, result.first, result.second);
        if (m_refreshQueued) {
            m_refreshQueued = false;
            refresh(std::exchange(m_queuedIds, {}));
        }
    });
    watcher->setFuture(QtConcurrent::run([workspace, filter, newest, ids] {
        return Pair(loadNewer(workspace, filter, newest, kPageSize + 1), loadByIds(workspace, ids));
    }));
}

void DeliveryTableModel::applyRefresh(quint64, const Loaded &newer, const Loaded &states) {
    m_lastError = newer.error.isEmpty() ? states.error : newer.error;
    if (newer.error.isEmpty())
        m_highWater = qMax(m_highWater, newer.maxId);
    if (newer.rows.size() > kPageSize) {
        // More arrived than a page: start again at the newest instead of leaving a hole.
        beginResetModel();
        m_rows = newer.rows.first(kPageSize);
        m_atEnd = false;
        rebuildIndex();
        endResetModel();
        emit rowsReplaced();
    } else if (!newer.rows.isEmpty()) {
        beginInsertRows({}, 0, int(newer.rows.size()) - 1);
        m_rows = newer.rows + m_rows;
        rebuildIndex();
        endInsertRows();
    }
    for (const DeliveryRow &fresh : states.rows) {
        const int row = m_rowById.value(fresh.id, -1);
        if (row < 0 || sameState(m_rows.at(row), fresh))
            continue;
        m_rows[row] = fresh;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    trimTail();
    emit refreshed();
}

void DeliveryTableModel::trimTail() {
    if (m_rows.size() <= kMaxRows || m_pageLoading)
        return;
    beginRemoveRows({}, kMaxRows, int(m_rows.size()) - 1);
    m_rows.resize(kMaxRows);
    rebuildIndex();
    endRemoveRows();
    m_atEnd = false;
}

void DeliveryTableModel::rebuildIndex() {
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).id, row);
}

DeliveryTableModel::Loaded DeliveryTableModel::loadOlder(Workspace *workspace, const DeliveryFilter &filter,
                                                         qint64 beforeId, int limit) {
    Loaded out;
    qint64 minId = 0;
    try {
        const QSqlDatabase db = workspace->reader();
        out.maxId =
            sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM deliveries")).toLongLong();
        minId = sql::scalar(db, QStringLiteral("SELECT coalesce(min(id), 0) FROM deliveries")).toLongLong();
    } catch (const sql::Error &e) {
        out.error = e.message();
        return out;
    }
    if (filter.prefersIndex()) {
        QVariantList binds{beforeId};
        const QString where = QStringLiteral("WHERE d.id < ?") + filter.sqlConditions(&binds)
                              + QStringLiteral(" ORDER BY d.id DESC LIMIT ?");
        binds << limit;
        Loaded page = runSelect(workspace, where, binds);
        page.maxId = out.maxId;
        return page;
    }
    // Newest first through growing id ranges: a common filter is satisfied within the first range.
    qint64 upper = qMin(beforeId, out.maxId + 1);
    qint64 span = 4096;
    while (out.rows.size() < limit && upper > minId) {
        const qint64 lower = qMax(minId, upper - span);
        QVariantList binds{upper, lower};
        const QString where = QStringLiteral("WHERE d.id < ? AND d.id >= ?")
                              + filter.sqlConditions(&binds, false)
                              + QStringLiteral(" ORDER BY d.id DESC LIMIT ?");
        binds << limit - int(out.rows.size());
        const Loaded part = runSelect(workspace, where, binds);
        if (!part.error.isEmpty()) {
            out.error = part.error;
            return out;
        }
        out.rows += part.rows;
        upper = lower;
        span = qMin<qint64>(span * 4, 1 << 20);
    }
    return out;
}

DeliveryTableModel::Loaded DeliveryTableModel::loadNewer(Workspace *workspace, const DeliveryFilter &filter,
                                                         qint64 afterId, int limit) {
    qint64 maxId = 0;
    try {
        maxId =
            sql::scalar(workspace->reader(), QStringLiteral("SELECT coalesce(max(id), 0) FROM deliveries"))
                .toLongLong();
    } catch (const sql::Error &e) {
        return {{}, e.message(), 0};
    }
    // Only ids above the newest seen: the primary key range is small, so no filter index is wanted.
    QVariantList binds{afterId, maxId};
    const QString where = QStringLiteral("WHERE d.id > ? AND d.id <= ?") + filter.sqlConditions(&binds, false)
                          + QStringLiteral(" ORDER BY d.id DESC LIMIT ?");
    binds << limit;
    Loaded out = runSelect(workspace, where, binds);
    out.maxId = maxId;
    return out;
}

DeliveryTableModel::Loaded DeliveryTableModel::loadByIds(Workspace *workspace, const QList<qint64> &ids) {
    if (ids.isEmpty())
        return {};
    // Integers only, so the list is written into the statement rather than bound one by one.
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    return runSelect(workspace, QStringLiteral("WHERE d.id IN (") + list.join(u',') + u')', {});
}

} // namespace sb
