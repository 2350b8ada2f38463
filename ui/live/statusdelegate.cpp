#include "statusdelegate.h"

#include <QApplication>
#include <QPainter>

#include "livecolors.h"

namespace sb {

StatusDelegate::StatusDelegate(int statusRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_statusRole(statusRole) {}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;
    const QString status = index.data(m_statusRole).toString();
    const LiveColors::Tone tone = LiveColors::toneOfStatus(status.isEmpty() ? text : status);
    const QFontMetrics metrics(opt.font);
    const int pad = 6;
    QRect pill(opt.rect.left() + 4, opt.rect.top() + 3, metrics.horizontalAdvance(text) + 2 * pad,
               opt.rect.height() - 6);
    pill = pill.intersected(opt.rect.adjusted(2, 0, -2, 0));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    // On a selected row the pill takes the selection's text colour, so it stays readable.
    const bool selected = opt.state & QStyle::State_Selected;
    QColor fill =
        selected ? opt.palette.color(QPalette::HighlightedText) : LiveColors::fill(tone, opt.palette);
    if (selected)
        fill.setAlpha(40);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText)
                             : LiveColors::color(tone, opt.palette));
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 16);
    return size;
}

} // namespace sb
