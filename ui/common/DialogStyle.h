// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFrame;
class QLabel;
class QPushButton;
class QSize;
class QWidget;

namespace karier::DialogStyle {

// The look of the dialogs lives in the theme (resources/theme/karier.qss): the blue header band
// (objectName dialogHeader), label roles ("heading", "hint", "fieldError"), the primary button.

/// The blue header band: a bold title (\a titleScale × the normal size) over a subtitle.
QFrame* makeHeader(const QString& title, qreal titleScale, const QString& subtitle, QWidget* parent);
/// A word-wrapped label with a role property that the style sheet colours.
QLabel* makeLabel(const QString& text, const char* role, QWidget* parent);
/// A bold heading, 1.3 × the normal size.
QLabel* makeHeading(const QString& text, QWidget* parent);
/// A dialog button; the primary one is the default and styled as such.
QPushButton* makeButton(const QString& text, const QString& objectName, bool primary, QWidget* parent);
/// Sizes \a dialog to \a preferred where the screen of \a parent (or its own) has room, otherwise to the
/// screen's free area minus the title bar and a margin (a 1024×768 screen: about 1000×684), never below
/// its minimum size.
void resizeWithinScreen(QWidget* dialog, const QSize& preferred, const QWidget* parent);
/// Moves the visible window \a window back onto its screen's free area when it reaches past it (a dialog
/// that grew for its next step, e.g. the QR code of the login's enrolment); nothing when it fits.
void keepOnScreen(QWidget* window);

} // namespace karier::DialogStyle
