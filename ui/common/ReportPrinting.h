// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reports/Report.h"

#include <functional>
#include <memory>

class QWidget;

namespace karier {

class Database;
class MessageBanner;

/// "Cetak / Simpan PDF…" of every page that prints a report \a title ("Rekap JP Tahun 2026": the PDF's
/// offered name, "Cetak …" the dialogs' caption): the print dialog (Interaction::choosePrinter:
/// a printer, or a PDF file), then \a build (a ReportService call) on the database's worker, then the
/// drawing on the CPU pool; the GUI thread waits for none of them. The outcome goes to \a banner and to
/// \a done (the pages, or why not); nothing happens after \a parent is gone.
void printReport(QWidget* parent, const std::shared_ptr<Database>& db, const QString& title,
    std::function<Result<Report>()> build, MessageBanner* banner, std::function<void(Result<int>)> done = {});

} // namespace karier
