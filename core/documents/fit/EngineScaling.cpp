// SPDX-License-Identifier: GPL-3.0-or-later
/// Splash's own image scaling (box sums down, bilinear up), see EngineScaling.h.
#include "documents/fit/EngineScaling.h"

#include "documents/fit/FitPage.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace karier::detail::fit {

namespace {

/// Splash (Poppler's renderer) scaling a picture down: the sum of a box of whole pixels per
/// output pixel, the box sizes spread by Bresenham steps (Splash::scaleImageYdownXdown).
QImage splashBoxDown(const QImage& grey, QSize to)
{
    const int sourceWidth = grey.width();
    const int sourceHeight = grey.height();
    const int width = to.width();
    const int height = to.height();
    QImage out(to, QImage::Format_Grayscale8);
    const int yp = sourceHeight / height;
    const int yq = sourceHeight % height;
    const int xp = sourceWidth / width;
    const int xq = sourceWidth % width;
    std::vector<quint32> sums(std::size_t(sourceWidth), 0);
    int yt = 0;
    int row = 0;
    for (int y = 0; y < height; ++y) {
        int yStep = yp;
        if ((yt += yq) >= height) {
            yt -= height;
            yStep = yp + 1;
        }
        std::fill(sums.begin(), sums.end(), 0);
        for (int i = 0; i < yStep && row < sourceHeight; ++i, ++row) {
            const uchar* line = grey.constScanLine(row);
            for (int x = 0; x < sourceWidth; ++x)
                sums[std::size_t(x)] += line[x];
        }
        const quint64 d0 = (quint64(1) << 23) / quint64(yStep * xp);
        const quint64 d1 = (quint64(1) << 23) / quint64(yStep * (xp + 1));
        uchar* dest = out.scanLine(y);
        int xt = 0;
        std::size_t xx = 0;
        for (int x = 0; x < width; ++x) {
            int xStep = xp;
            quint64 d = d0;
            if ((xt += xq) >= width) {
                xt -= width;
                xStep = xp + 1;
                d = d1;
            }
            quint64 pixel = 0;
            for (int i = 0; i < xStep; ++i)
                pixel += sums[xx++];
            dest[x] = uchar(std::min<quint64>(255, (pixel * d) >> 23));
        }
    }
    return out;
}

/// Splash scaling a picture up by less than 4 times: bilinear from the top left pixel
/// (Splash::scaleImageYupXupBilinear).
QImage splashBilinearUp(const QImage& grey, QSize to)
{
    const int sourceWidth = grey.width();
    const int sourceHeight = grey.height();
    const int width = to.width();
    const int height = to.height();
    QImage out(to, QImage::Format_Grayscale8);
    std::vector<uchar> padded(std::size_t(sourceWidth) + 1);
    const auto expand = [&](int row, std::vector<uchar>& line) {
        std::copy_n(grey.constScanLine(row), sourceWidth, padded.begin());
        padded[std::size_t(sourceWidth)] = padded[std::size_t(sourceWidth) - 1];
        const double xStep = double(sourceWidth) / width;
        double xSource = 0.0;
        for (int x = 0; x < width; ++x) {
            double whole = 0.0;
            const double fraction = std::modf(xSource, &whole);
            const auto at = std::size_t(whole);
            line[std::size_t(x)] = uchar(padded[at] * (1.0 - fraction) + padded[at + 1] * fraction);
            xSource += xStep;
        }
    };
    std::vector<uchar> line1(static_cast<std::size_t>(width));
    std::vector<uchar> line2(static_cast<std::size_t>(width));
    expand(0, line2);
    int current = -1;
    const double yStep = double(sourceHeight) / height;
    double ySource = 0.0;
    for (int y = 0; y < height; ++y) {
        double whole = 0.0;
        const double fraction = std::modf(ySource, &whole);
        if (int(whole) > current) {
            ++current;
            line1 = line2;
            if (current < sourceHeight - 1)
                expand(current + 1, line2);
        }
        uchar* dest = out.scanLine(y);
        for (int x = 0; x < width; ++x)
            dest[x] = uchar(line1[std::size_t(x)] * (1.0 - fraction) + line2[std::size_t(x)] * fraction);
        ySource += yStep;
    }
    return out;
}

} // namespace

QImage asDrawnAt(const QImage& image, QSizeF sizePt, double dpi)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    // Splash scales an image over the whole page to floor(x) + 1 pixels on each side
    // (imgCoordMungeUpper), onto a page bitmap of the rounded size: a picture of 1240 pixels on a
    // page 1240.16 pixels high is stretched by one row, which blurs it as much as a real
    // enlargement would.
    const double width = sizePt.width() / 72.0 * dpi;
    const double height = sizePt.height() / 72.0 * dpi;
    const QSize scaled(int(std::floor(width)) + 1, int(std::floor(height)) + 1);
    const QSize page = pixelsAt(sizePt, dpi).boundedTo(scaled);
    QImage drawn;
    if (grey.size() == scaled)
        drawn = grey;
    else if (scaled.width() <= grey.width() && scaled.height() <= grey.height())
        drawn = splashBoxDown(grey, scaled);
    else if (scaled.width() >= grey.width() && scaled.height() >= grey.height()
        && scaled.width() < 4 * grey.width() && scaled.height() < 4 * grey.height())
        drawn = splashBilinearUp(grey, scaled);
    else
        drawn = grey.scaled(scaled, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return drawn.size() == page ? drawn : drawn.copy(QRect(QPoint(0, 0), page));
}

} // namespace karier::detail::fit
