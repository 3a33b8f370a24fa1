// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <utility>

class QBoxLayout;
class QLabel;
class QTableView;
class QWidget;

namespace karier::PageStyle {

// The look of the content pages lives in the theme (resources/theme/karier.qss): a grey page
// (property page=true), white cards (card=true), label roles, tables (list=true) and buttons
// (primary=true, danger=true).

/// A word-wrapped label with a role the style sheet colours; \a scale × the normal size.
QLabel* makeLabel(
    const QString& text, const char* role, QWidget* parent, qreal scale = 1.0, bool bold = false);

/// A list as the theme draws it (list=true): whole rows chosen one at a time, read-only, alternating rows
/// without a grid, one line of \a rowHeight a row, no row numbers, left-aligned headers the user may
/// resize, long texts elided. Column widths, sorting and delegates stay the page's.
void setUpListTable(QTableView* table, int rowHeight);

/// Reflow: \a layout lays its items side by side while \a watched is at least \a width px wide, one below
/// the other when it is narrower (a page at 1000×700 stacks what a wide screen puts in columns).
void reflow(QBoxLayout* layout, QWidget* watched, int width);

/// Shows the \a optional columns (column, width; least needed first) of \a table, the most needed first,
/// while their widths fit in \a room pixels, and hides the others (hideColumnsWhenNarrow, and lists that
/// change their columns, such as the verifier console's).
void showColumnsThatFit(QTableView* table, int room, const QList<std::pair<int, int>>& optional);
/// A list narrower than its columns: the \a optional columns (least needed first) are hidden while the
/// others, at their present widths, and \a stretchColumn at its header's width or \a stretchMinimum
/// would not fit the table; they come back when it is wide enough. No horizontal scroll bar, names readable.
void hideColumnsWhenNarrow(
    QTableView* table, int stretchColumn, int stretchMinimum, const QList<int>& optional);

} // namespace karier::PageStyle
