// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace karier {

/// A small PDF from its objects (numbered 1, 2, … in order; object 1 must be the catalog), with a
/// correct cross-reference table and trailer. For PDFs the program writes itself: the renderer's probe
/// page and the demo certificates.
QByteArray assemblePdf(const QList<QByteArray>& objects);

} // namespace karier
