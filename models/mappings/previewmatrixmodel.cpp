#include "previewmatrixmodel.h"

#include <QBrush>
#include <QColor>
#include <QtConcurrent/QtConcurrentRun>

namespace sb {

PreviewMatrixModel::PreviewMatrixModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace) {
    connect(&m_watcher, &QFutureWatcher<QList<PreviewMatrix::Row>>::finished, this, [this] {
        beginResetModel();
        m_rows = m_watcher.result();
        endResetModel();
        emit computed();
    });
}

int PreviewMatrixModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewMatrixModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString PreviewMatrixModel::findingsText(const PreviewMatrix::Row &r) {
    QStringList parts;
    if (r.preview.skipped)
        parts << tr("skipped: %1").arg(r.preview.skipReason);
    for (const Finding &f : r.preview.findings) {
        if (f.code == QLatin1String("no_email") && r.preview.skipped)
            continue;
        parts << (f.field.isEmpty() ? f.message : tr("%1: %2").arg(f.field, f.message));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant PreviewMatrixModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PreviewMatrix::Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SourceColumn:
            return r.sourceKind;
        case EventTypeColumn:
            return r.eventType;
        case DestinationColumn:
            return r.destination;
        case MappingColumn:
            return r.mapping;
        case StatusColumn:
            if (r.status == QLatin1String("ok"))
                return tr("OK");
            if (r.status == QLatin1String("findings"))
                return tr("Findings");
            if (r.status == QLatin1String("skipped"))
                return tr("Skipped");
            if (r.status == QLatin1String("no_mapping"))
                return tr("No mapping");
            return r.status;
        case FindingsColumn:
            return findingsText(r);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && r.status == QLatin1String("findings"))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (index.column() == StatusColumn && r.status == QLatin1String("no_mapping"))
            return QBrush(QColor(0x70, 0x70, 0x70));
        return {};
    case MappingIdRole:
        return r.mappingId;
    case DestinationIdRole:
        return r.destinationId;
    case StatusRole:
        return r.status;
    default:
        return {};
    }
}

QVariant PreviewMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case EventTypeColumn:
        return tr("Event type");
    case DestinationColumn:
        return tr("Destination");
    case MappingColumn:
        return tr("Mapping");
    case StatusColumn:
        return tr("Status");
    case FindingsColumn:
        return tr("Findings");
    default:
        return {};
    }
}

void PreviewMatrixModel::compute() {
    if (m_watcher.isRunning())
        return;
    Workspace *workspace = m_workspace;
    m_watcher.setFuture(QtConcurrent::run([workspace] { return PreviewMatrix::build(workspace); }));
}

const PreviewMatrix::Row *PreviewMatrixModel::row(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace sb
