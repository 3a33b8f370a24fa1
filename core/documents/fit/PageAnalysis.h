// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// What each page is and how sharp it stays: colour or grey, real text or a scan (whose paper is
/// whitened), the previews, and whether a step of the ladder keeps enough of the page's sharpness.

#include "documents/PdfFitter.h"
#include "documents/fit/FitPage.h"

#include <QImage>
#include <QSizeF>

namespace karier::detail::fit {

/// Keeps the drawn page as the master of \a page: colour or grey, text (\a hasText and white
/// paper) or a scan, whose paper is whitened.
void adopt(Page& page, QImage drawn, double dpi, QSizeF sizePt, bool hasText);

/// Page 1 at 100 dpi in colour for the before/after pictures (not measured).
QImage preview(const QImage& image, QSizeF sizePt);

/// Does \a page at ladder step \a level keep enough of its sharpness? The candidate becomes one
/// image over the whole page in the PDF, so it is measured as the engine draws it where the blur
/// check measures (PdfInspector::measureDpi): the
/// JPEG decoded and scaled to the page at that resolution (asDrawnAt), without building a PDF.
bool sharpEnough(Page& page, int level, const PdfFitOptions& options, QImage* decodedOut = nullptr);

} // namespace karier::detail::fit
