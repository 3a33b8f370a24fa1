// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace karier {

/// A status column drawn as a rounded chip: the text of Qt::DisplayRole in the colours of
/// Qt::ForegroundRole and Qt::BackgroundRole (see RecordListModel::statusForeground).
class StatusChipDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace karier
