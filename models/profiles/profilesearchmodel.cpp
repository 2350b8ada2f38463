#include "profilesearchmodel.h"

#include <QColor>
#include <QFont>

#include "profileflags.h"
#include "queryrunner.h"

namespace sb {

ProfileSearchModel::ProfileSearchModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(new QueryRunner(workspace, 2, this)) {}

int ProfileSearchModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfileSearchModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileSearchModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProfileRow &row = m_rows.at(index.row());
    if (role == ProfileIdRole)
        return row.id;
    // Without a name the Name column says who this is, greyed: the user id, or an anonymous visitor
    // (web sessions) rather than a blank row.
    const bool unnamed = row.displayName.isEmpty() && row.email.isEmpty() && row.phone.isEmpty();
    if (unnamed && index.column() == NameColumn) {
        if (role == Qt::ForegroundRole)
            return QColor(Qt::gray);
        if (role == Qt::FontRole) {
            QFont font;
            font.setItalic(true);
            return font;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return row.id;
    case NameColumn:
        if (!unnamed)
            return row.displayName;
        return row.userId.isEmpty() ? tr("anonymous visitor") : tr("user %1").arg(row.userId);
    case EmailColumn:
        return row.email;
    case PhoneColumn:
        return row.phone;
    case UserIdColumn:
        return row.userId;
    case FlagsColumn:
        return ProfileFlagText::describe(row.flags, row.mergedInto);
    default:
        return {};
    }
}

QVariant ProfileSearchModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case UserIdColumn:
        return tr("User id");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

bool ProfileSearchModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_moreAvailable && !m_fetching && !m_loading;
}

void ProfileSearchModel::fetchMore(const QModelIndex &parent) {
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    m_fetching = true;
    const quint64 generation = m_generation;
    const qint64 beforeId = m_rows.constLast().id;
    m_runner->run<QList<ProfileRow>>(
        [beforeId](const QSqlDatabase &db) { return ProfileQueries::browse(db, beforeId, kPageSize); },
        [this, generation](const QueryResult<QList<ProfileRow>> &r) {
            applyPage(generation, true, r.value, r.error);
        });
}

void ProfileSearchModel::setQuery(const QString &text) {
    m_query = text.trimmed();
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_fetching = false;
    const QString query = m_query;
    m_runner->run<QList<ProfileRow>>(
        [query](const QSqlDatabase &db) { return ProfileQueries::search(db, query, kPageSize); },
        [this, generation](const QueryResult<QList<ProfileRow>> &r) {
            applyPage(generation, false, r.value, r.error);
        });
}

void ProfileSearchModel::applyPage(quint64 generation, bool append, const QList<ProfileRow> &rows,
                                   const QString &error) {
    if (generation != m_generation)
        return; // typed over: an older query's answer
    // Rows go in while loading/fetching is still set, so a view (or tester) that asks for more while
    // the rows are being inserted does not start a page from the old last row.
    m_lastError = error;
    if (!error.isEmpty()) {
        m_loading = m_fetching = false;
        m_moreAvailable = false;
        emit failed(error);
        return;
    }
    if (append) {
        if (!rows.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
            m_rows.append(rows);
            endInsertRows();
        }
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    // Only the unfiltered list pages on; a search shows its first kPageSize matches.
    m_loading = m_fetching = false;
    m_moreAvailable = m_query.isEmpty() && rows.size() == kPageSize;
    emit searchFinished(generation, int(m_rows.size()));
}

qint64 ProfileSearchModel::profileIdAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ProfileSearchModel::rowOf(qint64 profileId) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == profileId)
            return i;
    }
    return -1;
}

} // namespace sb
