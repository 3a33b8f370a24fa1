// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace karier {

/// A library Karier ASN is built on, for the About dialog and `karier-cli --version`.
struct LibraryInfo
{
    QString name;
    QString version; ///< empty when it cannot be asked without loading it (see loadedLibraryVersions)
    QString license; ///< SPDX expression
    QString purpose; ///< Indonesian, short
};

/// The libraries linked or loaded by Karier ASN with their licences and the versions known cheaply:
/// those of the linked libraries, and Poppler's from the headers the PDF plugin was built with.
QList<LibraryInfo> usedLibraries();

/// The versions only a loaded library can tell, by LibraryInfo::name: SQLite (`SELECT
/// sqlite_version()` on a throwaway in-memory connection of Qt's driver) and libpq (`PQlibVersion`
/// of the libpq Qt's PostgreSQL driver loads). Opens a connection and loads a library: call it off
/// the GUI thread. Asked once, then remembered; a library that cannot be found is left out.
QHash<QString, QString> loadedLibraryVersions();

} // namespace karier
