// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/PageStyle.h"

#include <QBoxLayout>
#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QTableView>
#include <algorithm>

namespace karier::PageStyle {

namespace {

/// Turns a box layout from a row into a column below a width (reflow()).
class ReflowFilter : public QObject
{
public:
    ReflowFilter(QBoxLayout* layout, QWidget* watched, int width)
        : QObject(watched), m_layout(layout), m_width(width)
    {
        watched->installEventFilter(this);
        apply(watched->width());
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize)
            apply(static_cast<QWidget*>(watched)->width());
        return false;
    }

private:
    void apply(int width)
    {
        if (!m_layout)
            return;
        const auto direction = width >= m_width ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
        if (m_layout->direction() != direction)
            m_layout->setDirection(direction);
    }

    QPointer<QBoxLayout> m_layout;
    int m_width;
};

/// Hides a table's optional columns while the others would not fit (hideColumnsWhenNarrow()).
class NarrowColumnsFilter : public QObject
{
public:
    NarrowColumnsFilter(QTableView* table, int stretchColumn, int stretchMinimum, const QList<int>& optional)
        : QObject(table)
        , m_table(table)
        , m_stretch(stretchColumn)
        , m_stretchMinimum(stretchMinimum)
        , m_optional(optional)
    {
        for (int column : optional)
            m_widths.insert(column, table->horizontalHeader()->sectionSize(column));
        table->installEventFilter(this);
    }

    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
            apply();
        return false;
    }

private:
    void apply()
    {
        QHeaderView* header = m_table->horizontalHeader();
        const int available = m_table->viewport()->width();
        // What the columns that always show need.
        int needed = std::max(m_stretchMinimum, header->sectionSizeHint(m_stretch));
        for (int column = 0; column < header->count(); ++column) {
            if (column != m_stretch && !m_optional.contains(column) && !header->isSectionHidden(column))
                needed += header->sectionSize(column);
        }
        QList<std::pair<int, int>> optional;
        for (int column : m_optional)
            optional.append({column, m_widths.value(column)});
        showColumnsThatFit(m_table, available - needed, optional);
    }

    QTableView* m_table;
    int m_stretch;
    int m_stretchMinimum;
    QList<int> m_optional;
    QHash<int, int> m_widths;
};

} // namespace

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

void reflow(QBoxLayout* layout, QWidget* watched, int width)
{
    new ReflowFilter(layout, watched, width);
}

void showColumnsThatFit(QTableView* table, int room, const QList<std::pair<int, int>>& optional)
{
    QHeaderView* header = table->horizontalHeader();
    // Most needed last: shown while they fit, from the last one.
    for (auto it = optional.crbegin(); it != optional.crend(); ++it) {
        const auto [column, width] = *it;
        if (column < 0 || column >= header->count())
            continue;
        const bool fits = width <= room;
        if (fits)
            room -= width;
        if (header->isSectionHidden(column) == fits) {
            header->setSectionHidden(column, !fits);
            if (fits)
                header->resizeSection(column, width);
        }
    }
}

void hideColumnsWhenNarrow(
    QTableView* table, int stretchColumn, int stretchMinimum, const QList<int>& optional)
{
    new NarrowColumnsFilter(table, stretchColumn, stretchMinimum, optional);
}

} // namespace karier::PageStyle
