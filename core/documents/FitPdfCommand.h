// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace karier {

/// `karier-cli fit-pdf [--json] [--max-bytes N] INPUT OUTPUT` ("Perkecil otomatis" without a
/// window). \a args are the arguments after the word fit-pdf. INPUT (a PDF, JPEG or PNG) is fitted
/// in a child process (PdfFitRunner) with the limits of check-pdf; OUTPUT is written through a
/// temporary file renamed into place only when complete, and only when the result fits. INPUT is
/// never changed. The hidden option --in-process fits in this process (what the child runs), with
/// --progress printing {"progress":x} lines, --embed-result putting the new PDF (and with --previews
/// page 1 before and after as JPEG pictures) into the JSON answer in base64 instead of writing
/// OUTPUT, and --threads N capping the threads it runs at once (the thread pool gets N - 1). Returns the exit
/// code: 0 fitted (or already within the limit: OUTPUT is a copy), 1 not fitted (it cannot get under the
/// limit without going blurry, or the input is refused, or OUTPUT cannot be written: the message and the JSON
/// code say which), 2 usage.
int runFitPdfCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace karier
