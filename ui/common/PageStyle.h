// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

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

} // namespace karier::PageStyle
