#include "expressiondelegate.h"

#include <QComboBox>
#include <QPersistentModelIndex>

#include "expressionedit.h"
#include "mapping/mappingdefinition.h"

namespace sb {

ExpressionDelegate::ExpressionDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QWidget *ExpressionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const {
    if (index.column() == m_operatorColumn) {
        auto *combo = new QComboBox(parent);
        combo->addItems(Condition::operators());
        combo->setAccessibleName(tr("Operator"));
        return combo;
    }
    if (!m_expressionColumns.contains(index.column()))
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *edit = new ExpressionEdit(parent);
    edit->setFrame(false);
    edit->setCompletions(m_words);
    edit->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    const QPersistentModelIndex persistent(index);
    connect(edit, &QLineEdit::textEdited, this,
            [this, persistent](const QString &text) { emit textEditing(persistent, text); });
    return edit;
}

void ExpressionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ExpressionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const {
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText());
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, edit->text());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace sb
