#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace sb {

// Edits expression cells with an ExpressionEdit (completion of paths and functions) and reports the
// text while it is typed, so the editor can check it before the cell is committed. Cells of the
// operator column get a combo box of the condition operators.
class ExpressionDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ExpressionDelegate(QObject *parent = nullptr);

    void setCompletions(const QStringList &words) { m_words = words; }
    // Columns edited with the operator combo box (conditions).
    void setOperatorColumn(int column) { m_operatorColumn = column; }
    // Columns whose text is an expression (completion on); others get a plain line edit.
    void setExpressionColumns(const QList<int> &columns) { m_expressionColumns = columns; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

signals:
    void textEditing(const QModelIndex &index, const QString &text) const;

private:
    QStringList m_words;
    int m_operatorColumn = -1;
    QList<int> m_expressionColumns;
};

} // namespace sb
