// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/PageStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace karier::PageStyle {

QLabel* makeLabel(const QString& text, const char* role, QWidget* parent, qreal scale, bool bold)
{
    auto* label = new QLabel(text, parent);
    label->setProperty("role", QString::fromLatin1(role));
    label->setWordWrap(true);
    if (scale != 1.0 || bold) {
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * scale);
        font.setBold(bold);
        label->setFont(font);
    }
    return label;
}

void setUpListTable(QTableView* table, int rowHeight)
{
    table->setProperty("list", true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(rowHeight);
    QHeaderView* header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
}

} // namespace karier::PageStyle
