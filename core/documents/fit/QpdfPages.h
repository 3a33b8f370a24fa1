// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// The fitter's use of libqpdf (and the only one in the program): finding the input pages that are
/// one full-page JPEG, putting the output PDF together from the pages' JPEGs, and reading it back.

#include "documents/fit/FitPage.h"

#include <QByteArray>
#include <QSizeF>
#include <cstddef>
#include <vector>

namespace karier::detail::fit {

/// The JPEG of every page that is nothing but one JPEG image over the whole page, as scanners
/// write them (`q w 0 0 h x y cm /Im0 Do Q`, a DCTDecode image in DeviceRGB or DeviceGray, 8 bits, no
/// mask, no decode array, the page not rotated); empty for every other page. Such a page is decoded
/// rather than drawn: the engine would draw exactly that image (see asDrawnAt), and decoding is
/// several times faster. Read by libqpdf; anything unexpected leaves the page to the engine.
std::vector<QByteArray> fullPageJpegs(const QByteArray& data, const std::vector<QSizeF>& sizes);

/// The same for the first page alone (of \a size points, as the engine gives it): its JPEG, or empty.
QByteArray firstPageJpeg(const QByteArray& data, QSizeF size);

/// The PDF of the chosen candidates (\a pages at their level), put together by libqpdf. Empty on
/// failure; throws what libqpdf throws.
QByteArray assemble(const std::vector<const Page*>& pages);

/// Does libqpdf read \a pdf without a warning, with \a pages pages?
bool readableByQpdf(const QByteArray& pdf, std::size_t pages);

} // namespace karier::detail::fit
