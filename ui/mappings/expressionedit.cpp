#include "expressionedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>
#include <algorithm>

namespace sb {

namespace {

bool isWordCharacter(QChar c) {
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'$';
}

} // namespace

ExpressionEdit::ExpressionEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_words(new QStringListModel(this)) {
    m_completer->setModel(m_words);
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &ExpressionEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &ExpressionEdit::updateCompletion);
}

void ExpressionEdit::setCompletions(const QStringList &words) {
    m_words->setStringList(words);
}

QString ExpressionEdit::wordBeforeCursor() const {
    const QString t = text();
    int start = cursorPosition();
    while (start > 0 && isWordCharacter(t.at(start - 1)))
        --start;
    return t.mid(start, cursorPosition() - start);
}

void ExpressionEdit::updateCompletion() {
    const QString word = wordBeforeCursor();
    if (word.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1 && m_completer->currentCompletion() == word)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(std::max(320, width()));
    m_completer->complete(rect);
}

void ExpressionEdit::insertCompletion(const QString &word) {
    const QString prefix = wordBeforeCursor();
    const int position = cursorPosition();
    QString t = text();
    t.replace(position - prefix.size(), prefix.size(), word);
    setText(t);
    setCursorPosition(position - int(prefix.size()) + int(word.size()));
    emit textEdited(text());
}

void ExpressionEdit::keyPressEvent(QKeyEvent *event) {
    if (m_completer->popup()->isVisible()) {
        // Keys the popup handles itself.
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace sb
