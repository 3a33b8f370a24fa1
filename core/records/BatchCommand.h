// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/RecordType.h"
#include "storage/Database.h"

#include <QStringList>
#include <QTextStream>
#include <memory>

namespace karier {

struct Session;

/// `karier-cli batch-penghargaan|batch-kursus --nips FILE --pdf FILE [--yes] KUNCI=NILAI...`
/// \a args are the arguments after the command word. Reads the NIPs (a CSV with a NIP column, or one
/// or more NIPs per line), checks the PDF in a child process (PdfCheckRunner), prepares the batch and
/// prints the summary, every NIP that will not receive the record and every warning. Only with
/// --yes is anything written (one transaction). Returns the exit code: 0 done (or, without --yes,
/// ready), 1 refused, 2 usage, 3 database error. \a actor: the person logged in (karier-cli --login), or
/// null for the system itself (the database owner).
int runBatchCommand(const RecordType& type, const std::shared_ptr<Database>& db, const Session* actor,
    const QStringList& args, QTextStream& out, QTextStream& err);

/// The help text of the batch commands for \a type: the field keys and what they hold.
QString batchCommandHelp(const RecordType& type);

} // namespace karier
