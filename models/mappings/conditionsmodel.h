#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "mapping/mappingdefinition.h"

namespace sb {

// The trigger conditions of a mapping being edited: path, operator, value. Values are typed as JSON
// when they read as JSON (42, true, ["a","b"]) and as text otherwise.
class ConditionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PathColumn, OperatorColumn, ValueColumn, ProblemColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

    const QList<Condition> &conditions() const { return m_conditions; }
    void setConditions(const QList<Condition> &conditions);
    QStringList problems() const;
    static QString problemOf(int number, const Condition &condition);
    static QJsonValue valueFromText(const QString &text);
    static QString valueToText(const QJsonValue &value);

signals:
    void edited();

private:
    QList<Condition> m_conditions;
};

} // namespace sb
