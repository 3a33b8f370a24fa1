// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFrame;
class QWidget;

/// The small pieces of look the record wizard's steps share (the theme does the rest).
namespace karier::WizardStyle {

/// A white card (property card=true) named \a objectName.
QFrame* makeCard(QWidget* parent, const QString& objectName);
/// The red star of a required field.
QString requiredMark();
/// "Nama Kursus *" with a red star for required fields (rich text).
QString labelText(const QString& label, bool required);

} // namespace karier::WizardStyle
