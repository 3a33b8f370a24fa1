// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QStringList>
#include <QTextStream>
#include <memory>

namespace karier {

struct Session;

/// The Arsip DMS commands of karier-cli (\a args: the arguments after the command word):
///   dms-score --nip N [--json]   the Skor Arsip Digital of one employee: score, label, per-category
///                                figures and the missing documents with the points each would add
///   dms-recap [--json]           every score recalculated, then per Perangkat Daerah: average, employees
///                                per band, how many are below 100
///   import-dms FILE.csv          riwayat rows (nip, jenis, referensi, dokumen) with per-row errors
/// Returns the exit code: 0 done, 1 refused, 2 usage, 3 database error. \a actor: the person logged in
/// (karier-cli --login), or null for the system itself (the database owner).
int runDmsCommand(const QString& command, const std::shared_ptr<Database>& db, const Session* actor,
    const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace karier
