// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace karier {

/// The application's icon (the SVG of the desktop entry, embedded in karier_ui). Registers the
/// resources of the static karier_ui library first: a static library's resource initialiser is
/// dropped by the linker unless something calls it.
QIcon appIcon();
/// Registers the resources of karier_ui (icon, theme) once.
void ensureUiResources();

} // namespace karier
