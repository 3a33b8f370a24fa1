// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Scaling a picture exactly as the PDF engine (Poppler's Splash) scales an image over a whole
/// page, so that the fitter measures the sharpness of a page as the engine will draw it without
/// building a PDF.

#include <QImage>
#include <QSizeF>

namespace karier::detail::fit {

/// A page that is nothing but one image over the whole page as the PDF engine draws it at \a dpi,
/// in grey (all the sharpness measure looks at): the image scaled to the page's pixels as Splash
/// scales it (box sums down, bilinear up). TestPdfFitter::measuresAsTheEngineDraws checks that
/// the sharpness agrees with the engine's drawing.
QImage asDrawnAt(const QImage& image, QSizeF sizePt, double dpi);

} // namespace karier::detail::fit
