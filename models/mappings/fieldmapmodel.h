#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "mapping/mappingdefinition.h"

namespace sb {

// The field map of a mapping being edited: destination target <- expression. Each row is parsed as
// it changes, and the Problem column says what is wrong with it, naming the field.
class FieldMapModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TargetColumn, ExpressionColumn, ProblemColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

    const QList<FieldMapping> &fields() const { return m_fields; }
    // Replaces every row without emitting edited() (loading, undo).
    void setFields(const QList<FieldMapping> &fields);
    // One sentence per broken row ("Field 'traits.email': col 6: expected ')'").
    QStringList problems() const;
    // The problem of a target and expression, or empty (the editor checks text as it is typed).
    static QString problemOf(const QString &target, const QString &expression);

signals:
    // The user changed, added or removed a row.
    void edited();

private:
    QList<FieldMapping> m_fields;
};

} // namespace sb
