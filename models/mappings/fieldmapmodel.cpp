#include "fieldmapmodel.h"

#include <QBrush>
#include <QColor>

#include "mapping/expression.h"

namespace sb {

int FieldMapModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_fields.size());
}

int FieldMapModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString FieldMapModel::problemOf(const QString &target, const QString &expression) {
    if (target.trimmed().isEmpty())
        return tr("The field has no target.");
    if (expression.trimmed().isEmpty())
        return tr("Field '%1': the expression is empty.").arg(target);
    const Result<Expression> parsed = Expression::parse(expression);
    if (!parsed)
        return tr("Field '%1': %2").arg(target, parsed.error());
    return {};
}

QVariant FieldMapModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldMapping &f = m_fields.at(index.row());
    // Parsing runs only for the roles that show the problem, not for every role a view asks while painting.
    const bool showsProblem = role == Qt::ToolTipRole || role == Qt::ForegroundRole
                              || (role == Qt::DisplayRole && index.column() == ProblemColumn);
    const QString problem = showsProblem ? problemOf(f.target, f.expression) : QString();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case TargetColumn:
            return f.target;
        case ExpressionColumn:
            return f.expression;
        case ProblemColumn:
            return role == Qt::DisplayRole ? problem : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && !problem.isEmpty())
        return problem;
    if (role == Qt::ForegroundRole && !problem.isEmpty()
        && (index.column() == ProblemColumn || index.column() == ExpressionColumn))
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    return {};
}

QVariant FieldMapModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case TargetColumn:
        return tr("Destination field");
    case ExpressionColumn:
        return tr("Expression");
    case ProblemColumn:
        return tr("Problem");
    default:
        return {};
    }
}

bool FieldMapModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() == ProblemColumn)
        return false;
    FieldMapping &f = m_fields[index.row()];
    QString &slot = index.column() == TargetColumn ? f.target : f.expression;
    const QString text = value.toString();
    if (slot == text)
        return true;
    slot = text;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit edited();
    return true;
}

Qt::ItemFlags FieldMapModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() != ProblemColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool FieldMapModel::insertRows(int row, int count, const QModelIndex &parent) {
    if (parent.isValid() || row < 0 || row > m_fields.size() || count <= 0)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_fields.insert(row, FieldMapping{});
    endInsertRows();
    emit edited();
    return true;
}

bool FieldMapModel::removeRows(int row, int count, const QModelIndex &parent) {
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_fields.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_fields.remove(row, count);
    endRemoveRows();
    emit edited();
    return true;
}

void FieldMapModel::setFields(const QList<FieldMapping> &fields) {
    beginResetModel();
    m_fields = fields;
    endResetModel();
}

QStringList FieldMapModel::problems() const {
    QStringList out;
    for (const FieldMapping &f : m_fields) {
        const QString p = problemOf(f.target, f.expression);
        if (!p.isEmpty())
            out << p;
    }
    return out;
}

} // namespace sb
