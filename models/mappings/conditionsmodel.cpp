#include "conditionsmodel.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>

#include "mapping/expression.h"

namespace sb {

int ConditionsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_conditions.size());
}

int ConditionsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QJsonValue ConditionsModel::valueFromText(const QString &text) {
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument parsed = QJsonDocument::fromJson("[" + text.toUtf8() + "]");
    if (parsed.isArray() && parsed.array().size() == 1)
        return parsed.array().at(0);
    return text;
}

QString ConditionsModel::valueToText(const QJsonValue &value) {
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString())
        return value.toString();
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString ConditionsModel::problemOf(int number, const Condition &c) {
    const QString where = tr("Condition %1").arg(number);
    if (c.path.trimmed().isEmpty())
        return tr("%1: the path is empty.").arg(where);
    const Result<Expression> parsed = Expression::parse(c.path);
    if (!parsed)
        return tr("%1 (path '%2'): %3").arg(where, c.path, parsed.error());
    if (!Condition::operators().contains(c.op))
        return tr("%1: unknown operator '%2'; use one of %3")
            .arg(where, c.op, Condition::operators().join(QStringLiteral(", ")));
    if (c.op == QLatin1String("in_list") && !c.value.isArray())
        return tr("%1: in_list needs a list value such as [\"a\", \"b\"].").arg(where);
    if ((c.op == QLatin1String("greater_than") || c.op == QLatin1String("less_than")) && !c.value.isDouble()
        && !c.value.isString())
        return tr("%1: %2 needs a number or a date.").arg(where, c.op);
    if ((c.op == QLatin1String("equals") || c.op == QLatin1String("not_equals")
         || c.op == QLatin1String("contains"))
        && c.value.isUndefined())
        return tr("%1: a value is required.").arg(where);
    return {};
}

QVariant ConditionsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Condition &c = m_conditions.at(index.row());
    // Validation runs only for the roles that show it, not for every role a view asks while painting.
    const bool showsProblem = role == Qt::ToolTipRole || role == Qt::ForegroundRole
                              || (role == Qt::DisplayRole && index.column() == ProblemColumn);
    const QString problem = showsProblem ? problemOf(index.row() + 1, c) : QString();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case PathColumn:
            return c.path;
        case OperatorColumn:
            return c.op;
        case ValueColumn:
            return valueToText(c.value);
        case ProblemColumn:
            return role == Qt::DisplayRole ? problem : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && !problem.isEmpty())
        return problem;
    if (role == Qt::ForegroundRole && !problem.isEmpty() && index.column() == ProblemColumn)
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    return {};
}

QVariant ConditionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case PathColumn:
        return tr("Path");
    case OperatorColumn:
        return tr("Operator");
    case ValueColumn:
        return tr("Value");
    case ProblemColumn:
        return tr("Problem");
    default:
        return {};
    }
}

bool ConditionsModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() == ProblemColumn)
        return false;
    Condition &c = m_conditions[index.row()];
    const QString text = value.toString();
    if (index.column() == PathColumn) {
        if (c.path == text)
            return true;
        c.path = text;
    } else if (index.column() == OperatorColumn) {
        if (c.op == text)
            return true;
        c.op = text;
    } else {
        const QJsonValue typed = valueFromText(text);
        if (c.value == typed)
            return true;
        c.value = typed;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit edited();
    return true;
}

Qt::ItemFlags ConditionsModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() != ProblemColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ConditionsModel::insertRows(int row, int count, const QModelIndex &parent) {
    if (parent.isValid() || row < 0 || row > m_conditions.size() || count <= 0)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_conditions.insert(row, Condition{QString(), QStringLiteral("exists"), QJsonValue()});
    endInsertRows();
    emit edited();
    return true;
}

bool ConditionsModel::removeRows(int row, int count, const QModelIndex &parent) {
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_conditions.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_conditions.remove(row, count);
    endRemoveRows();
    emit edited();
    return true;
}

void ConditionsModel::setConditions(const QList<Condition> &conditions) {
    beginResetModel();
    m_conditions = conditions;
    endResetModel();
}

QStringList ConditionsModel::problems() const {
    QStringList out;
    for (int i = 0; i < m_conditions.size(); ++i) {
        const QString p = problemOf(i + 1, m_conditions.at(i));
        if (!p.isEmpty())
            out << p;
    }
    return out;
}

} // namespace sb
