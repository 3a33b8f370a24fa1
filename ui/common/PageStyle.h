// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace karier::PageStyle {

/// The look of the content pages: a grey page (property page=true), white cards (card=true), label
/// roles (pageTitle, hint, cardTitle, fieldName, fieldValue, fieldError, warningText, okText), fields,
/// tables (property list=true), and buttons (primary=true, danger=true).
QString styleSheet();
/// A word-wrapped label with a role the style sheet colours; \a scale × the normal size.
QLabel* makeLabel(
    const QString& text, const char* role, QWidget* parent, qreal scale = 1.0, bool bold = false);
/// Applies the style sheet again after a property changed.
void restyle(QWidget* widget);

} // namespace karier::PageStyle
