// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QStringList>
#include <QTextStream>
#include <memory>

namespace karier {

struct Session;

/// karier-cli export-siasn [--since yyyy-MM-dd] [--type kursus|sertifikasi|penghargaan] [--documents DIR]
/// [--all] OUT.json (\a args: the arguments after the command word; OUT "-" is standard output). The
/// summary goes to \a err when OUT is "-" (standard output holds the JSON), else to \a out; every value
/// left unmapped is one line on \a err. Returns 0 done, 1 refused, 2 usage, 3 database error.
int runSiasnExportCommand(const std::shared_ptr<Database>& db, const Session* actor, const QStringList& args,
    QTextStream& out, QTextStream& err);

} // namespace karier
