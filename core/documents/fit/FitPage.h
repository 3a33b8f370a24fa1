// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// The fitter's picture of one page: the master drawn once, what it is (colour, text), and its
/// JPEG at each step of the ladder from 200 dpi quality 85 down to 72 dpi quality 40 (PdfFitter).

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QSizeF>
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <vector>

namespace karier::detail::fit {

/// One step of the ladder, from the best (0) down.
struct Step
{
    int dpi;
    int quality;
    bool grey; ///< colour pages turn grey from here
};

const std::vector<Step>& ladder();

struct Candidate
{
    QByteArray jpeg;
    QSize pixels;
    int dpi = 0;
    int quality = 0;
    bool grey = false;
    std::optional<bool> sharpEnough; ///< measured when first needed
    /// As the blur check measures it (asDrawnAt at PdfInspector::measureDpi): judged against the
    /// check's threshold.
    std::optional<double> sharpnessChecked;
    /// At 100 dpi (PdfFitter::KeptDpi), as the engine draws it: the share of the original kept.
    std::optional<double> sharpness100;
};

struct Page
{
    QImage master; ///< Grayscale8 or RGB32 (scaled without conversion)
    double masterDpi = 0.0;
    QSizeF sizePt;
    bool colour = false;
    bool text = false;
    std::optional<double> sharpnessChecked; ///< of the original page, as the blur check measures it
    std::optional<double> sharpness100; ///< of the original page at 100 dpi (the share kept)
    std::map<int, Candidate> candidates; ///< by ladder step
    int cap = -1; ///< the lowest step known to stay sharp; -1 = not known yet
    int level = 0; ///< the step chosen
};

inline QSize pixelsAt(QSizeF sizePt, double dpi)
{
    return QSize(std::max(1, int(std::lround(sizePt.width() / 72.0 * dpi))),
        std::max(1, int(std::lround(sizePt.height() / 72.0 * dpi))));
}

/// The step at which \a page stands when its group is at step \a k: never below its cap.
inline int levelAt(const Page& page, int k)
{
    return page.cap >= 0 ? std::min(k, page.cap) : k;
}

/// The JPEG of \a page at ladder step \a level (cached).
Candidate& candidate(Page& page, int level);

} // namespace karier::detail::fit
