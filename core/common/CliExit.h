// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/Text.h"

#include <QTextStream>

namespace karier::cli {

/// karier-cli's exit codes: 0 done, 1 input refused, 2 usage (also a file argument that is not a readable
/// regular file), 3 database error.
enum Exit { Done = 0, Refused = 1, Usage = 2, DatabaseFailure = 3 };

/// Prints "karier-cli: <message>" (controls escaped: messages quote names and file names) and returns
/// the exit code for \a error.
inline int failWith(QTextStream& err, const Error& error)
{
    err << "karier-cli: " << Text::forTerminal(error.message) << Qt::endl;
    if (error.code == ErrorCode::BadPath)
        return Usage;
    return error.code == ErrorCode::Database || error.code == ErrorCode::Internal ? DatabaseFailure : Refused;
}

/// Prints the usage problem and where to read more; returns Usage.
inline int usageWith(QTextStream& err, const QString& message)
{
    err << "karier-cli: " << Text::forTerminal(message) << Qt::endl
        << "Lihat \"karier-cli --help\"." << Qt::endl;
    return Usage;
}

} // namespace karier::cli
