// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

class QWidget;

namespace karier::Theme {

/// The one style sheet of the application (resources/theme/karier.qss), its colour names replaced by
/// their values. Pages set properties (page, card, role, list, primary, ...) that its selectors read.
QString styleSheet();
/// Applies the style sheet and the matching selection colours to the whole application, and keeps the
/// mouse wheel from changing a spin box or drop-down list that has no focus (it scrolls what holds it).
/// Called once at start by karier-asn (and by the GUI tests); calling it again changes nothing.
void apply();
/// A colour the theme names ("@name: value;" in karier.qss), for code that paints by itself.
QColor colour(const char* name);
/// Every colour name the theme defines.
QStringList colourNames();
/// Names the style sheet uses without defining them (empty when the theme is sound).
QStringList undefinedNames();
/// Applies the style sheet again to \a widget after a property its selectors read has changed.
void restyle(QWidget* widget);

} // namespace karier::Theme
