#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace sb {

// A line edit for mapping expressions and templates that completes the word under the cursor
// (a property path such as event.properties.total, or a function name) rather than the whole text.
class ExpressionEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit ExpressionEdit(QWidget *parent = nullptr);

    void setCompletions(const QStringList &words);
    QCompleter *completer() const { return m_completer; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // The path or name being typed, left of the cursor.
    QString wordBeforeCursor() const;
    void updateCompletion();
    void insertCompletion(const QString &word);

    QCompleter *m_completer;
    QStringListModel *m_words;
};

} // namespace sb
