// SPDX-License-Identifier: GPL-3.0-or-later
/// Classifying, whitening and measuring the pages, see PageAnalysis.h.
#include "documents/fit/PageAnalysis.h"

#include "documents/PdfInspector.h"
#include "documents/fit/EngineScaling.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace karier::detail::fit {

namespace {

constexpr double ColourChroma = 60.0; // max - min of R, G, B: a pixel with colour
constexpr double ColourShare = 0.001; // of the pixels: a page with colour (a stamp, a logo)
constexpr double WhiteShare = 0.5; // of the pixels pure white: born-digital paper, not a scan

/// Colour and "born-digital paper" shares of a drawn page, from a sample of its pixels.
void classify(const QImage& rgb, bool& colour, double& whiteShare)
{
    qint64 coloured = 0;
    qint64 white = 0;
    qint64 total = 0;
    for (int y = 0; y < rgb.height(); y += 3) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); x += 3) {
            const QRgb pixel = line[x];
            const int r = qRed(pixel);
            const int g = qGreen(pixel);
            const int b = qBlue(pixel);
            const int high = std::max({r, g, b});
            const int low = std::min({r, g, b});
            coloured += (high - low) > ColourChroma ? 1 : 0;
            white += low >= 250 ? 1 : 0;
            ++total;
        }
    }
    colour = total > 0 && double(coloured) / double(total) > ColourShare;
    whiteShare = total > 0 ? double(white) / double(total) : 0.0;
}

/// Scanner software's "background removal": per channel, the paper (the median, as most of a
/// document page is paper) less 2.5 times its noise becomes white, the rest is stretched
/// linearly. Paper noise then costs the JPEG nothing and the ink keeps its contrast. Only for a
/// light page (median >= 160); \a rgb is Format_RGB32.
void whitenPaper(QImage& rgb)
{
    std::array<std::array<qint64, 256>, 3> histograms {};
    qint64 total = 0;
    for (int y = 0; y < rgb.height(); y += 2) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); x += 2) {
            const QRgb pixel = line[x];
            ++histograms[0][std::size_t(qRed(pixel))];
            ++histograms[1][std::size_t(qGreen(pixel))];
            ++histograms[2][std::size_t(qBlue(pixel))];
            ++total;
        }
    }
    int points[3] = {255, 255, 255};
    for (int channel = 0; channel < 3; ++channel) {
        const std::array<qint64, 256>& histogram = histograms[std::size_t(channel)];
        const auto percentile = [&](double share) {
            qint64 seen = 0;
            for (int value = 0; value < 256; ++value) {
                seen += histogram[std::size_t(value)];
                if (double(seen) >= share * double(total))
                    return value;
            }
            return 255;
        };
        const int median = percentile(0.5);
        if (median < 160)
            return; // a dark page or a photo of something else: leave it
        const double noise = std::max(1.0, double(median - percentile(0.25)) / 0.674);
        points[channel] = std::clamp(int(std::lround(median - 2.5 * noise)), 128, 255);
    }
    std::array<std::array<uchar, 256>, 3> curves {};
    for (int channel = 0; channel < 3; ++channel)
        for (int value = 0; value < 256; ++value)
            curves[std::size_t(channel)][std::size_t(value)]
                = uchar(std::min(255, value * 255 / std::max(points[channel], 1)));
    for (int y = 0; y < rgb.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(rgb.scanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb pixel = line[x];
            line[x] = qRgb(curves[0][std::size_t(qRed(pixel))], curves[1][std::size_t(qGreen(pixel))],
                curves[2][std::size_t(qBlue(pixel))]);
        }
    }
}

} // namespace

void adopt(Page& page, QImage drawn, double dpi, QSizeF sizePt, bool hasText)
{
    QImage rgb = std::move(drawn).convertToFormat(QImage::Format_RGB32);
    double white = 0.0;
    classify(rgb, page.colour, white);
    page.text = hasText && white > WhiteShare;
    if (!page.text)
        whitenPaper(rgb);
    page.masterDpi = dpi;
    page.sizePt = sizePt;
    page.master = page.colour ? std::move(rgb) : rgb.convertToFormat(QImage::Format_Grayscale8);
}

QImage preview(const QImage& image, QSizeF sizePt)
{
    return image
        .scaled(pixelsAt(sizePt, PdfFitter::MeasureDpi), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_RGB32);
}

bool sharpEnough(Page& page, int level, const PdfFitOptions& options, QImage* decodedOut)
{
    Candidate& made = candidate(page, level);
    if (made.sharpEnough && !decodedOut)
        return *made.sharpEnough;
    QImage decoded;
    bool ok = decoded.loadFromData(made.jpeg, "JPEG") && decoded.size() == made.pixels;
    if (decodedOut)
        *decodedOut = decoded;
    if (made.sharpEnough)
        return *made.sharpEnough;
    if (ok && page.sharpnessChecked && page.sharpness100) {
        // The share kept at 100 dpi (a relative measure), and the blur check's own judgement where it
        // measures: a page the check calls sharp stays sharp for it.
        made.sharpness100 = PdfInspector::sharpness(asDrawnAt(decoded, page.sizePt, PdfFitter::MeasureDpi));
        made.sharpnessChecked
            = PdfInspector::sharpness(asDrawnAt(decoded, page.sizePt, PdfInspector::measureDpi(page.sizePt)));
        const bool keeps
            = made.sharpness100 && *made.sharpness100 >= options.minSharpnessKept * *page.sharpness100;
        const bool staysSharp = *page.sharpnessChecked < options.sharpnessThreshold
            || (made.sharpnessChecked && *made.sharpnessChecked >= options.sharpnessThreshold);
        ok = keeps && staysSharp;
    }
    made.sharpEnough = ok;
    return ok;
}

} // namespace karier::detail::fit
