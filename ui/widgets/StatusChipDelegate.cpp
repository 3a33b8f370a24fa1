// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/StatusChipDelegate.h"

#include <QPainter>
#include <QStyle>
#include <algorithm>

namespace karier {

void StatusChipDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    const QString text = base.text;
    base.text.clear();
    base.backgroundBrush = QBrush();
    // Selection and focus as usual, without the text.
    option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &base, painter, option.widget);

    const QColor foreground = index.data(Qt::ForegroundRole).value<QColor>();
    const QColor background = index.data(Qt::BackgroundRole).value<QColor>();
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.92);
    const QFontMetrics metrics(font);
    const int width = std::min(metrics.horizontalAdvance(text) + 20, option.rect.width() - 8);
    const int height = metrics.height() + 6;
    const QRect chip(option.rect.left() + 6, option.rect.center().y() - height / 2 + 1, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(chip, height / 2.0, height / 2.0);
    painter->setPen(foreground);
    painter->setFont(font);
    painter->drawText(chip, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, chip.width() - 12));
    painter->restore();
}

QSize StatusChipDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 24);
    return size;
}

} // namespace karier
