// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QWidget;

/// What the login and first-run dialogs share: their step pages, button rows and the way they show
/// and read one-time codes and secrets.
namespace karier::LoginParts {

/// Makes \a page the current page of \a stack. QStackedLayout sizes itself by its largest page;
/// only the current page stays in the layout (the others remain children, hidden), so the dialog
/// fits each step snugly.
void setCurrentPage(QStackedWidget* stack, QWidget* page);
/// \a dialog as its blue header over its body, sized to its content.
void layOutDialog(QWidget* dialog, QWidget* header, QWidget* body);
/// Secondary button left, primary button right.
QHBoxLayout* buttonRow(QPushButton* secondary, QPushButton* primary);
/// A field for a 6-digit code: large, centred, digits only (a space in the middle is accepted).
QLineEdit* makeCodeEdit(const QString& objectName, QWidget* parent);
/// \a text without any white space.
QString withoutSpaces(const QString& text);
/// "ABCDEFGH…" → "ABCD EFGH …", easier to type into an authenticator app; with \a groupsPerLine,
/// a new line after so many groups.
QString groupedInFours(const QString& text, int groupsPerLine = 0);

} // namespace karier::LoginParts
