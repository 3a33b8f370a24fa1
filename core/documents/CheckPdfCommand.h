// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace karier {

/// `karier-cli check-pdf [--json] [--max-bytes N] [--max-pages N] [--sharpness-threshold X] FILE...`
/// \a args are the arguments after the word check-pdf. Every file is checked in its own child
/// process (PdfCheckRunner), so a file that hangs or crashes Poppler ends as a refusal of that file
/// within 15 s and the command goes on; the hidden option --in-process checks in this process
/// (what the child runs). With --json one JSON object per file and line (see PdfCheckResult),
/// otherwise one Indonesian line per file. Returns the exit code: 0 every file accepted, 1 one or
/// more refused, 2 usage.
int runCheckPdfCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace karier
