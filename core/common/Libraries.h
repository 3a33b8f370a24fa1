// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace karier {

/// A library Karier ASN is built on, for the About dialog and `karier-cli --version`.
struct LibraryInfo
{
    QString name;
    QString version; ///< empty when it cannot be asked without loading it
    QString license; ///< SPDX expression
    QString purpose; ///< Indonesian, short
};

/// The libraries linked or loaded by Karier ASN with their licences, versions known at run time.
QList<LibraryInfo> usedLibraries();

} // namespace karier
