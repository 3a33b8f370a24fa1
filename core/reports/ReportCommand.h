// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QStringList>
#include <QTextStream>
#include <memory>

namespace karier {

struct Session;

/// karier-cli report (\a args: the arguments after the word "report"):
///   report jp  [--unit KODE] [--year N] --pdf OUT.pdf   Rekap JP per Perangkat Daerah for a year
///   report dms [--unit KODE] --pdf OUT.pdf              Laporan Kekurangan Berkas DMS per Perangkat Daerah
/// Without --unit: every Perangkat Daerah in the actor's scope (a Pengelola: their own).
/// Needs a QGuiApplication (the report's fonts). Returns the exit code: 0 written, 1 refused, 2 usage,
/// 3 database error.
int runReportCommand(const std::shared_ptr<Database>& db, const Session* actor, const QStringList& args,
    QTextStream& out, QTextStream& err);

/// Whether \a args (karier-cli's arguments, the program first) run the report command: karier-cli then
/// starts as a QGuiApplication on the offscreen platform.
bool isReportCommand(int argc, char** argv);

} // namespace karier
