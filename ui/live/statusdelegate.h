#pragma once

#include <QStyledItemDelegate>

namespace sb {

// Draws a delivery or attempt status as a coloured pill (colours from LiveColors, so the table reads
// the same on light and dark palettes). The text stays the model's, for copy and accessibility.
class StatusDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit StatusDelegate(int statusRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_statusRole;
};

} // namespace sb
