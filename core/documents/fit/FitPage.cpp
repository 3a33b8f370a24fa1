// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/fit/FitPage.h"

#include <QBuffer>
#include <QImageWriter>

namespace karier::detail::fit {

namespace {

QByteArray encodeJpeg(const QImage& image, int quality)
{
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.setOptimizedWrite(true);
    if (!writer.write(image))
        return {};
    return jpeg;
}

} // namespace

const std::vector<Step>& ladder()
{
    static const std::vector<Step> steps {{200, 85, false}, {200, 75, false}, {175, 75, false},
        {150, 75, false}, {150, 65, false}, {133, 65, false}, {120, 60, false}, {110, 55, true},
        {100, 55, true}, {100, 45, true}, {90, 45, true}, {80, 40, true}, {72, 40, true}};
    return steps;
}

/// The JPEG of \a page at ladder step \a level (cached).
Candidate& candidate(Page& page, int level)
{
    auto found = page.candidates.find(level);
    if (found != page.candidates.end())
        return found->second;
    const Step& step = ladder().at(std::size_t(level));
    Candidate made;
    made.dpi = int(std::lround(std::min(double(step.dpi), page.masterDpi)));
    made.quality = step.quality;
    made.grey = !page.colour || step.grey;
    made.pixels = made.dpi >= page.masterDpi ? page.master.size() : pixelsAt(page.sizePt, made.dpi);
    QImage scaled = made.pixels == page.master.size()
        ? page.master
        : page.master.scaled(made.pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (made.grey && scaled.format() != QImage::Format_Grayscale8)
        scaled = scaled.convertToFormat(QImage::Format_Grayscale8);
    made.jpeg = encodeJpeg(scaled, made.quality);
    return page.candidates.emplace(level, std::move(made)).first->second;
}

} // namespace karier::detail::fit
