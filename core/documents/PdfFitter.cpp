// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfFitter.h"

#include "documents/PdfEngine.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <exception>
#include <map>
#include <numeric>
// libqpdf 11 without the PointerHolder compatibility layer.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <vector>

namespace karier {

namespace {

constexpr QSizeF A4Pt {595.276, 841.89};
constexpr qint64 MasterBudgetBytes = qint64(320) << 20; // all pages drawn at once stay under this
constexpr qint64 MaxImagePixels = 120'000'000; // a photo larger than this is refused
constexpr qint64 PerPageOverhead = 400; // page, content stream and image dictionary in the PDF
constexpr qint64 FileOverhead = 1200; // header, catalog, page tree, info, cross-reference table
constexpr double ColourChroma = 60.0; // max - min of R, G, B: a pixel with colour
constexpr double ColourShare = 0.001; // of the pixels: a page with colour (a stamp, a logo)
constexpr double WhiteShare = 0.5; // of the pixels pure white: born-digital paper, not a scan
constexpr double MinPhotoDpi = 150.0; // a photo decoded smaller than the best step keeps at least this

/// One step of the ladder, from the best (0) down.
struct Step
{
    int dpi;
    int quality;
    bool grey; ///< colour pages turn grey from here
};

const std::vector<Step>& ladder()
{
    static const std::vector<Step> steps {{200, 85, false}, {200, 75, false}, {175, 75, false},
        {150, 75, false}, {150, 65, false}, {133, 65, false}, {120, 60, false}, {110, 55, true},
        {100, 55, true}, {100, 45, true}, {90, 45, true}, {80, 40, true}, {72, 40, true}};
    return steps;
}

QLocale indonesian()
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

struct Candidate
{
    QByteArray jpeg;
    QSize pixels;
    int dpi = 0;
    int quality = 0;
    bool grey = false;
    std::optional<bool> sharpEnough; ///< measured when first needed
    std::optional<double> sharpness100; ///< at 100 dpi, as the engine draws it (asDrawnAt)
};

struct Page
{
    QImage master; ///< Grayscale8 or RGB32 (scaled without conversion)
    double masterDpi = 0.0;
    QSizeF sizePt;
    bool colour = false;
    bool text = false;
    std::optional<double> sharpness100; ///< of the original page at 100 dpi
    std::map<int, Candidate> candidates; ///< by ladder step
    int cap = -1; ///< the lowest step known to stay sharp; -1 = not known yet
    int level = 0; ///< the step chosen
};

PdfFitResult refusal(PdfFitResult result, const char* code, const QString& message)
{
    result.ok = false;
    result.code = QLatin1String(code);
    result.message = message;
    return result;
}

QSize pixelsAt(QSizeF sizePt, double dpi)
{
    return QSize(std::max(1, int(std::lround(sizePt.width() / 72.0 * dpi))),
        std::max(1, int(std::lround(sizePt.height() / 72.0 * dpi))));
}

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

/// Keeps the drawn page as the master and measures the original.
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

/// The PDF of the chosen candidates (\a pages at their level), put together by libqpdf. Empty on failure.
QByteArray assemble(const std::vector<const Page*>& pages)
{
    QPDF pdf;
    pdf.emptyPDF();
    QPDFPageDocumentHelper helper(pdf);
    for (const Page* each : pages) {
        const Page& page = *each;
        const Candidate& made = page.candidates.at(page.level);
        QPDFObjectHandle image = QPDFObjectHandle::newStream(&pdf);
        QPDFObjectHandle imageDict = QPDFObjectHandle::newDictionary();
        imageDict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
        imageDict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Image"));
        imageDict.replaceKey("/Width", QPDFObjectHandle::newInteger(made.pixels.width()));
        imageDict.replaceKey("/Height", QPDFObjectHandle::newInteger(made.pixels.height()));
        imageDict.replaceKey(
            "/ColorSpace", QPDFObjectHandle::newName(made.grey ? "/DeviceGray" : "/DeviceRGB"));
        imageDict.replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(8));
        image.replaceDict(imageDict);
        image.replaceStreamData(
            made.jpeg.toStdString(), QPDFObjectHandle::newName("/DCTDecode"), QPDFObjectHandle::newNull());

        const QByteArray width = QByteArray::number(page.sizePt.width(), 'f', 3);
        const QByteArray height = QByteArray::number(page.sizePt.height(), 'f', 3);
        const QPDFObjectHandle contents = QPDFObjectHandle::newStream(
            &pdf, QByteArray("q " + width + " 0 0 " + height + " 0 0 cm /Im0 Do Q").toStdString());

        QPDFObjectHandle xobjects = QPDFObjectHandle::newDictionary();
        xobjects.replaceKey("/Im0", image);
        QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
        resources.replaceKey("/XObject", xobjects);
        QPDFObjectHandle dict = QPDFObjectHandle::newDictionary();
        dict.replaceKey("/Type", QPDFObjectHandle::newName("/Page"));
        dict.replaceKey("/MediaBox",
            QPDFObjectHandle::newArray(std::vector<QPDFObjectHandle> {QPDFObjectHandle::newInteger(0),
                QPDFObjectHandle::newInteger(0), QPDFObjectHandle::newReal(width.toStdString()),
                QPDFObjectHandle::newReal(height.toStdString())}));
        dict.replaceKey("/Resources", resources);
        dict.replaceKey("/Contents", contents);
        helper.addPage(QPDFPageObjectHelper(pdf.makeIndirectObject(dict)), false);
    }
    QPDFObjectHandle info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    info.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString("Karier ASN (Perkecil otomatis)"));
    pdf.getTrailer().replaceKey("/Info", info);

    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setDeterministicID(true);
    writer.setObjectStreamMode(qpdf_o_generate);
    writer.write();
    const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char*>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

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

/// A page that is nothing but one image over the whole page as the PDF engine draws it at \a dpi,
/// in grey (all the sharpness measure looks at): the image scaled to the page's pixels as Splash
/// scales it (box sums down, bilinear up). TestPdfFitter::measuresAsTheEngineDraws checks that
/// the sharpness agrees with the engine's drawing.
QImage asDrawnAt(const QImage& image, QSizeF sizePt, double dpi)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const QSize pixels = pixelsAt(sizePt, dpi);
    if (grey.size() == pixels)
        return grey;
    if (pixels.width() <= grey.width() && pixels.height() <= grey.height())
        return splashBoxDown(grey, pixels);
    if (pixels.width() >= grey.width() && pixels.height() >= grey.height()
        && pixels.width() < 4 * grey.width() && pixels.height() < 4 * grey.height())
        return splashBilinearUp(grey, pixels);
    return grey.scaled(pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

/// Page 1 at 100 dpi in colour for the before/after pictures (not measured).
QImage preview(const QImage& image, QSizeF sizePt)
{
    return image
        .scaled(pixelsAt(sizePt, PdfFitter::MeasureDpi), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_RGB32);
}

/// Does \a page at ladder step \a level keep enough of its sharpness? The candidate becomes one
/// image over the whole page in the PDF, so it is measured as the engine draws it at 100 dpi: the
/// JPEG decoded and scaled to the page at 100 dpi (asDrawnAt), without building a PDF.
bool sharpEnough(Page& page, int level, const PdfFitOptions& options, QImage* decodedOut = nullptr)
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
    if (ok && page.sharpness100) {
        made.sharpness100 = PdfInspector::sharpness(asDrawnAt(decoded, page.sizePt, PdfFitter::MeasureDpi));
        const double before = *page.sharpness100;
        const double floor = std::max(options.minSharpnessKept * before,
            before >= options.sharpnessThreshold ? options.sharpnessThreshold : 0.0);
        ok = made.sharpness100 && *made.sharpness100 >= floor;
    }
    made.sharpEnough = ok;
    return ok;
}

/// The number of colour components of a baseline or progressive JPEG (from its SOF marker), or 0.
int jpegComponents(const QByteArray& jpeg)
{
    const auto* bytes = reinterpret_cast<const uchar*>(jpeg.constData());
    const qsizetype size = jpeg.size();
    if (size < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
        return 0;
    qsizetype at = 2;
    while (at + 4 <= size) {
        if (bytes[at] != 0xFF)
            return 0;
        const uchar marker = bytes[at + 1];
        if (marker == 0xFF) {
            ++at; // fill byte
            continue;
        }
        const qsizetype length = (qsizetype(bytes[at + 2]) << 8) | bytes[at + 3];
        if (length < 2)
            return 0;
        if (marker == 0xC0 || marker == 0xC1 || marker == 0xC2)
            return at + 9 < size ? int(bytes[at + 9]) : 0;
        if (marker == 0xD9 || marker == 0xDA)
            return 0; // no frame header before the scan
        at += 2 + length;
    }
    return 0;
}

/// The JPEG of every page that is nothing but one JPEG image over the whole page, as scanners
/// write them (`q w 0 0 h x y cm /Im0 Do Q`, a DCTDecode image in DeviceRGB or DeviceGray, 8 bits, no
/// mask, no decode array, the page not rotated); empty for every other page. Such a page is decoded
/// rather than drawn: the engine would draw exactly that image (see asDrawnAt), and decoding is
/// several times faster. Read by libqpdf; anything unexpected leaves the page to the engine.
std::vector<QByteArray> fullPageJpegs(const QByteArray& data, const std::vector<QSizeF>& sizes)
{
    std::vector<QByteArray> found(sizes.size());
    static const QRegularExpression drawing(QStringLiteral(
        "^(?:q\\s+)?([-+.0-9]+)\\s+0\\s+0\\s+([-+.0-9]+)\\s+([-+.0-9]+)\\s+([-+.0-9]+)\\s+cm\\s*"
        "/([A-Za-z0-9_.#-]+)\\s*Do(?:\\s*Q)?$"));
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("input.pdf", data.constData(), std::size_t(data.size()));
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        if (pages.size() != sizes.size())
            return found;
        for (std::size_t i = 0; i < pages.size(); ++i) {
            QPDFPageObjectHelper& page = pages[i];
            QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
            if (rotate.isInteger() && rotate.getIntValue() % 360 != 0)
                continue;
            const QPDFObjectHandle::Rectangle box = page.getCropBox().getArrayAsRectangle();
            const double width = box.urx - box.llx;
            const double height = box.ury - box.lly;
            if (std::abs(width - sizes[i].width()) > 0.5 || std::abs(height - sizes[i].height()) > 0.5)
                continue;
            Pl_Buffer contents("contents");
            page.pipeContents(&contents);
            const std::unique_ptr<Buffer> buffer(contents.getBuffer());
            const QString text = QString::fromLatin1(
                reinterpret_cast<const char*>(buffer->getBuffer()), qsizetype(buffer->getSize()))
                                     .trimmed();
            const QRegularExpressionMatch match = drawing.match(text);
            if (!match.hasMatch())
                continue;
            const double a = match.captured(1).toDouble();
            const double d = match.captured(2).toDouble();
            const double e = match.captured(3).toDouble();
            const double f = match.captured(4).toDouble();
            if (std::abs(a - width) > 0.5 || std::abs(d - height) > 0.5 || std::abs(e - box.llx) > 0.5
                || std::abs(f - box.lly) > 0.5)
                continue;
            QPDFObjectHandle resources = page.getAttribute("/Resources", false);
            if (!resources.isDictionary() || !resources.getKey("/XObject").isDictionary())
                continue;
            QPDFObjectHandle image
                = resources.getKey("/XObject").getKey("/" + match.captured(5).toStdString());
            if (!image.isStream())
                continue;
            QPDFObjectHandle dict = image.getDict();
            QPDFObjectHandle filter = dict.getKey("/Filter");
            if (filter.isArray() && filter.getArrayNItems() == 1)
                filter = filter.getArrayItem(0);
            QPDFObjectHandle space = dict.getKey("/ColorSpace");
            const bool grey = space.isNameAndEquals("/DeviceGray");
            if (!dict.getKey("/Subtype").isNameAndEquals("/Image") || !filter.isNameAndEquals("/DCTDecode")
                || !(grey || space.isNameAndEquals("/DeviceRGB"))
                || !dict.getKey("/BitsPerComponent").isInteger()
                || dict.getKey("/BitsPerComponent").getIntValue() != 8 || dict.hasKey("/DecodeParms")
                || dict.hasKey("/Decode") || dict.hasKey("/SMask") || dict.hasKey("/Mask")
                || dict.hasKey("/ImageMask") || !dict.getKey("/Width").isInteger()
                || !dict.getKey("/Height").isInteger())
                continue;
            const std::shared_ptr<Buffer> raw = image.getRawStreamData();
            QByteArray jpeg(reinterpret_cast<const char*>(raw->getBuffer()), qsizetype(raw->getSize()));
            if (jpegComponents(jpeg) != (grey ? 1 : 3))
                continue;
            QBuffer device(&jpeg);
            device.open(QIODevice::ReadOnly);
            QImageReader reader(&device, "jpeg");
            if (reader.size()
                != QSize(int(dict.getKey("/Width").getIntValue()), int(dict.getKey("/Height").getIntValue())))
                continue;
            found[i] = std::move(jpeg);
        }
    } catch (const std::exception&) {
        // Whatever libqpdf does not understand is drawn by the engine.
    }
    return found;
}

class Fitter
{
public:
    Fitter(const PdfFitOptions& options, const PdfFitter::Progress& progress,
        const PdfFitter::Cancelled& cancelled)
        : m_options(options), m_progress(progress), m_cancelled(cancelled)
    { }

    PdfFitResult fitPdf(const QByteArray& data, PdfFitResult result);
    PdfFitResult fitImage(const QByteArray& data, PdfFitResult result);
    /// Every page of \a data drawn (or decoded) into m_pages; ok, or a refusal.
    PdfFitResult drawPages(const QByteArray& data, PdfFitResult result);

private:
    bool cancelled() const { return m_cancelled && m_cancelled(); }
    void report(double value)
    {
        if (m_progress)
            m_progress(std::clamp(value, 0.0, 1.0));
    }
    PdfFitResult search(PdfFitResult result);
    /// The smallest step k at which the pages of \a group, each at min(k, its cap), bring the total
    /// within \a budget; nothing when even the lowest steps are too large.
    std::optional<int> firstFitting(const std::vector<int>& group, qint64 budget);
    /// The expected total at step k (see total()), from the steps encoded so far; encodes nothing.
    qint64 estimate(const std::vector<int>& group, int k) const;
    qint64 total(const std::vector<int>& group, int k);
    void evaluate(const std::vector<int>& group, int k);

    PdfFitOptions m_options;
    PdfFitter::Progress m_progress;
    PdfFitter::Cancelled m_cancelled;
    std::vector<Page> m_pages;
    std::unique_ptr<PdfEngineDocument> m_document;
    QImage m_previewBefore;
    double m_done = 0.5;
};

int levelAt(const Page& page, int k)
{
    return page.cap >= 0 ? std::min(k, page.cap) : k;
}

void Fitter::evaluate(const std::vector<int>& group, int k)
{
    // Encoding is the costly part; pages are independent.
    std::vector<int> missing;
    for (const int index : group)
        if (!m_pages[std::size_t(index)].candidates.count(levelAt(m_pages[std::size_t(index)], k)))
            missing.push_back(index);
    QtConcurrent::blockingMap(missing, [this, k](int index) {
        Page& page = m_pages[std::size_t(index)];
        candidate(page, levelAt(page, k));
    });
}

qint64 Fitter::total(const std::vector<int>& group, int k)
{
    evaluate(group, k);
    qint64 bytes = FileOverhead;
    std::vector<bool> inGroup(m_pages.size(), false);
    for (const int index : group)
        inGroup[std::size_t(index)] = true;
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        Page& page = m_pages[i];
        const int level = inGroup[i] ? levelAt(page, k) : page.level;
        bytes += candidate(page, level).jpeg.size() + PerPageOverhead;
    }
    m_done = std::min(0.85, m_done + 0.03);
    report(m_done);
    return bytes;
}

qint64 Fitter::estimate(const std::vector<int>& group, int k) const
{
    // Typical size of a scan page's JPEG along the ladder, relative to the best step (geometric mean
    // of a decree and a certificate page); only used to choose which step to encode next.
    static constexpr std::array<double, 13> Relative {
        1.0, 0.538, 0.40, 0.302, 0.239, 0.194, 0.151, 0.115, 0.102, 0.0924, 0.0772, 0.0602, 0.0506};
    static_assert(Relative.size() == 13);
    std::vector<bool> inGroup(m_pages.size(), false);
    for (const int index : group)
        inGroup[std::size_t(index)] = true;
    double bytes = FileOverhead;
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        const Page& page = m_pages[i];
        const int level = inGroup[i] ? levelAt(page, k) : page.level;
        bytes += PerPageOverhead;
        // From the nearest step encoded so far; before any, from the pixels (bytes per pixel of a
        // scan at the best step).
        int nearest = -1;
        qint64 nearestBytes = 0;
        for (const auto& [measured, made] : page.candidates)
            if (nearest < 0 || std::abs(measured - level) < std::abs(nearest - level)) {
                nearest = measured;
                nearestBytes = made.jpeg.size();
            }
        const double best = nearest >= 0
            ? double(nearestBytes) / Relative[std::size_t(nearest)]
            : double(page.master.width()) * page.master.height() * (page.colour ? 0.22 : 0.16);
        bytes += best * Relative[std::size_t(level)];
    }
    return qint64(bytes);
}

std::optional<int> Fitter::firstFitting(const std::vector<int>& group, qint64 budget)
{
    // The sizes shrink along the ladder: the answer is the step k that fits while k - 1 does not.
    // Each step encoded is chosen by the estimate from what was encoded so far (usually two
    // steps are encoded: the estimated one and the one above it), by halving after three.
    const int steps = int(ladder().size());
    int fits = steps; // the smallest step known to fit; steps = none known
    int tooLarge = -1; // the largest step known not to fit
    int tried = 0;
    while (fits - tooLarge > 1 && !cancelled()) {
        const int from = tooLarge + 1;
        const int to = std::min(fits, steps - 1) - (fits < steps ? 1 : 0);
        int probe = -1;
        if (tried < 3) {
            for (int k = from; k <= to && probe < 0; ++k)
                if (estimate(group, k) <= budget)
                    probe = k;
            if (probe < 0)
                probe = to; // nothing is expected to fit above the known one: confirm that
        } else {
            probe = fits == steps ? to : (from + to) / 2;
        }
        ++tried;
        if (total(group, probe) <= budget)
            fits = probe;
        else
            tooLarge = probe;
    }
    if (fits == steps)
        return std::nullopt;
    return fits;
}

PdfFitResult Fitter::search(PdfFitResult result)
{
    // Scan pages step down first; text pages only when the scans alone cannot get under the limit.
    std::vector<int> scans;
    std::vector<int> texts;
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        (m_pages[i].text ? texts : scans).push_back(int(i));
    std::vector<std::vector<int>> groups;
    if (!scans.empty())
        groups.push_back(scans);
    if (!texts.empty())
        groups.push_back(texts);

    qint64 budget = m_options.maxBytes;
    for (int attempt = 0; attempt < 4; ++attempt) {
        for (Page& page : m_pages)
            page.level = 0;
        bool fitted = false;
        for (const std::vector<int>& group : groups) {
            while (!cancelled()) {
                const std::optional<int> k = firstFitting(group, budget);
                const int chosen = k.value_or(int(ladder().size()) - 1);
                // The sharpness of the group's pages at that step; a page that goes blurry is held
                // at the lowest step that keeps it sharp (found by bisection) and the search repeats.
                std::atomic<bool> capped {false};
                QtConcurrent::blockingMap(group, [&](int index) {
                    Page& page = m_pages[std::size_t(index)];
                    const int level = levelAt(page, chosen);
                    // The best step is the best there is: it is never held against a page.
                    if (level == 0 || sharpEnough(page, level, m_options))
                        return;
                    int low = 0;
                    int high = level - 1;
                    while (low < high) {
                        const int middle = (low + high + 1) / 2;
                        if (sharpEnough(page, middle, m_options))
                            low = middle;
                        else
                            high = middle - 1;
                    }
                    page.cap = low;
                    capped = true;
                });
                if (!capped) {
                    for (const int index : group)
                        m_pages[std::size_t(index)].level = levelAt(m_pages[std::size_t(index)], chosen);
                    fitted = k.has_value();
                    break;
                }
            }
            if (cancelled())
                return refusal(std::move(result), "cancelled",
                    QCoreApplication::translate("karier::PdfFitter", "Perkecil otomatis dibatalkan."));
            if (fitted)
                break;
        }
        if (!fitted) {
            qint64 smallest = FileOverhead;
            for (Page& page : m_pages)
                smallest += candidate(page, page.level).jpeg.size() + PerPageOverhead;
            result.outputBytes = -1;
            return refusal(std::move(result), "cannot_fit",
                QStringLiteral(
                    "Dokumen ini tidak dapat diperkecil sampai %1 tanpa menjadi buram (paling kecil "
                    "sekitar %2 dengan ketajaman yang masih cukup). Pindai ulang dokumennya dengan "
                    "resolusi 150–200 dpi dalam mode hitam-putih (grayscale), lalu unggah lagi.")
                    .arg(PdfInspector::formatSize(m_options.maxBytes), PdfInspector::formatSize(smallest)));
        }

        report(0.88);
        QByteArray pdf;
        try {
            std::vector<const Page*> all;
            for (const Page& page : m_pages)
                all.push_back(&page);
            pdf = assemble(all);
        } catch (const std::exception& error) {
            return refusal(std::move(result), "write_failed",
                QStringLiteral("PDF hasil tidak dapat disusun: %1")
                    .arg(QString::fromLocal8Bit(error.what())));
        }
        if (pdf.isEmpty())
            return refusal(
                std::move(result), "write_failed", QStringLiteral("PDF hasil tidak dapat disusun."));
        if (pdf.size() > m_options.maxBytes) {
            // The estimate of the PDF's own bytes was short: ask the pages for that much less.
            budget -= pdf.size() - m_options.maxBytes + 1024;
            continue;
        }

        // The result is read back with every page, by the PDF engine when the input was a PDF (the
        // engine is loaded already), by libqpdf for a photo, which then needs no PDF engine at all
        // (the tests draw every kind of result with the engine). Page 1 after, for the preview, is
        // decoded from its JPEG; the sharpness of every page was measured as the engine draws it
        // (sharpEnough).
        report(0.92);
        bool readable = false;
        if (m_document) {
            const PdfEngine* engine = PdfEngine::instance();
            const std::unique_ptr<PdfEngineDocument> check = engine ? engine->load(pdf) : nullptr;
            readable = check && check->pageCount() == int(m_pages.size());
            for (int i = 0; readable && i < int(m_pages.size()); ++i) {
                const QSizeF size = check->pageSizePt(i);
                readable = std::abs(size.width() - m_pages[std::size_t(i)].sizePt.width()) < 0.5
                    && std::abs(size.height() - m_pages[std::size_t(i)].sizePt.height()) < 0.5;
            }
        } else {
            try {
                QPDF check;
                check.setSuppressWarnings(true);
                check.processMemoryFile("hasil.pdf", pdf.constData(), std::size_t(pdf.size()));
                readable = QPDFPageDocumentHelper(check).getAllPages().size() == m_pages.size()
                    && !check.anyWarnings();
            } catch (const std::exception&) {
                readable = false;
            }
        }
        if (!readable)
            return refusal(std::move(result), "write_failed",
                QStringLiteral("PDF hasil tidak dapat dibaca kembali; file tidak ditulis."));
        QImage decoded;
        sharpEnough(m_pages[0], m_pages[0].level, m_options, &decoded);
        if (!decoded.isNull())
            result.previewAfter = preview(decoded, m_pages[0].sizePt);
        if (result.previewAfter.isNull())
            return refusal(std::move(result), "write_failed",
                QStringLiteral("PDF hasil tidak dapat ditampilkan; file tidak ditulis."));
        std::vector<int> all(m_pages.size());
        std::iota(all.begin(), all.end(), 0);
        QtConcurrent::blockingMap(all, [this](int index) {
            Page& page = m_pages[std::size_t(index)];
            sharpEnough(page, page.level, m_options); // measured once, cached
        });
        result.pageSettings.clear();
        std::optional<double> worstKept;
        for (const Page& page : m_pages) {
            const Candidate& made = page.candidates.at(page.level);
            PdfFitPage settings;
            settings.dpi = made.dpi;
            settings.greyscale = made.grey;
            settings.quality = made.quality;
            settings.text = page.text;
            settings.bytes = made.jpeg.size();
            settings.sharpnessBefore = page.sharpness100;
            settings.sharpnessAfter = made.sharpness100;
            if (settings.sharpnessBefore && *settings.sharpnessBefore > 0.0 && settings.sharpnessAfter) {
                const double kept = *settings.sharpnessAfter / *settings.sharpnessBefore;
                if (!worstKept || kept < *worstKept) {
                    worstKept = kept;
                    result.sharpnessBefore = settings.sharpnessBefore;
                    result.sharpnessAfter = settings.sharpnessAfter;
                }
            }
            result.pageSettings.append(settings);
        }
        result.sharpnessKept = worstKept;
        result.ok = true;
        result.code = QStringLiteral("fitted");
        result.output = pdf;
        result.outputBytes = pdf.size();
        result.pages = int(m_pages.size());
        result.message
            = QCoreApplication::translate(
                "karier::PdfFitter", "Ukuran diperkecil dari %1 menjadi %2 (%3 halaman).")
                  .arg(PdfInspector::formatSize(result.inputBytes), PdfInspector::formatSize(pdf.size()))
                  .arg(m_pages.size());
        if (worstKept)
            result.message += QStringLiteral(" Ketajaman yang tersisa: %1 %.")
                                  .arg(indonesian().toString(std::min(*worstKept, 1.0) * 100.0, 'f', 0));
        return result;
    }
    return refusal(std::move(result), "write_failed",
        QStringLiteral("PDF hasil tetap melebihi batas %1; file tidak ditulis.")
            .arg(PdfInspector::formatSize(m_options.maxBytes)));
}

PdfFitResult Fitter::fitPdf(const QByteArray& data, PdfFitResult result)
{
    result.input = QStringLiteral("pdf");
    // The refusals of check-pdf, with the input limit as the size limit.
    PdfCheckLimits limits;
    limits.maxBytes = m_options.maxInputBytes;
    limits.maxPages = m_options.maxPages;
    limits.sharpnessThreshold = m_options.sharpnessThreshold;
    limits.renderBudgetMs = m_options.renderBudgetMs;
    limits.maxRenderPixels = m_options.maxRenderPixels;
    limits.allPages = false; // drawPages draws every page, each within its own budget
    const auto unchanged = [&](PdfFitResult done) {
        done.ok = true;
        done.code = QStringLiteral("unchanged");
        done.message = QStringLiteral("PDF ini sudah tidak melebihi batas %1; tidak perlu diperkecil.")
                           .arg(PdfInspector::formatSize(m_options.maxBytes));
        done.output = data;
        done.outputBytes = data.size();
        return done;
    };
    if (data.size() <= m_options.maxBytes || !data.startsWith("%PDF-")) {
        // Nothing to draw: check-pdf's answer is the whole answer.
        const PdfCheckResult check = PdfInspector::inspectData(data, result.file, limits);
        result.pages = check.pages;
        if (!check.ok)
            return refusal(std::move(result), check.code.toLatin1().constData(), check.message);
        return unchanged(std::move(result));
    }
    // A PDF over the limit: check-pdf's checks (which draw page 1) run beside the drawing of the
    // pages, on a document of their own; their refusal, if any, is the answer.
    QString engineError;
    if (!PdfEngine::instance(&engineError))
        return refusal(std::move(result), "helper_failed", engineError);
    QFuture<PdfCheckResult> inspection = QtConcurrent::run(
        [data, limits, file = result.file] { return PdfInspector::inspectData(data, file, limits); });
    PdfFitResult drawn;
    try {
        drawn = drawPages(data, result);
    } catch (...) {
        inspection.waitForFinished(); // out of memory: nothing may run on after the refusal
        throw;
    }
    const PdfCheckResult check = inspection.result();
    result.pages = check.pages;
    if (!check.ok)
        return refusal(std::move(result), check.code.toLatin1().constData(), check.message);
    if (!drawn.ok)
        return drawn;
    report(0.5);
    return search(std::move(drawn));
}

PdfFitResult Fitter::drawPages(const QByteArray& data, PdfFitResult result)
{
    report(0.05);
    QString engineError;
    const PdfEngine* engine = PdfEngine::instance(&engineError);
    if (!engine)
        return refusal(std::move(result), "helper_failed", engineError);
    m_document = engine->load(data);
    if (!m_document || m_document->isLocked())
        return refusal(std::move(result), "unreadable",
            QStringLiteral("PDF ini rusak atau tidak dapat dibaca. Buka dan simpan ulang sebagai PDF, atau "
                           "pindai ulang dokumennya, lalu unggah lagi."));
    const int count = m_document->pageCount();
    if (count < 1 || count > m_options.maxPages)
        return refusal(std::move(result), "too_many_pages",
            QCoreApplication::translate("karier::PdfFitter", "Jumlah halaman tidak sah."));

    // One resolution for drawing every page: the best step, lower when all pages would not fit in
    // memory together; per page also under the pixel cap.
    std::vector<QSizeF> sizes;
    double area = 0.0;
    for (int i = 0; i < count; ++i) {
        const QSizeF size = m_document->pageSizePt(i);
        if (size.isEmpty() || !(PdfInspector::renderScale(size, m_options.maxRenderPixels) > 0.0))
            return refusal(std::move(result), "unreadable",
                QCoreApplication::translate(
                    "karier::PdfFitter", "Halaman %1 PDF ini rusak dan tidak dapat ditampilkan.")
                    .arg(i + 1));
        sizes.push_back(size);
        area += size.width() / 72.0 * size.height() / 72.0;
    }
    const double memoryDpi = std::sqrt(double(MasterBudgetBytes) / (4.0 * std::max(area, 1.0)));
    const double baseDpi = std::min(double(m_options.maxDpi), memoryDpi);

    // A page that is one JPEG over the whole page (a scan) is decoded instead of drawn; the others are
    // drawn once by the engine. The original's sharpness at 100 dpi comes from the same picture scaled
    // to 100 dpi (as the engine draws an image; asDrawnAt), except for pages with a text layer, whose
    // glyphs the engine draws differently at 100 dpi: those are drawn at 100 dpi as well. Two lanes;
    // a lane that draws gets its own copy of the document (a document is not thread-safe; two are).
    const std::vector<QByteArray> jpegs = fullPageJpegs(data, sizes);
    m_pages.resize(std::size_t(count));
    struct Failure
    {
        const char* code = nullptr;
        QString message;
    };
    std::vector<Failure> failures {std::size_t(count), Failure {}};
    std::atomic<int> done {0};
    constexpr int Lanes = 2;
    std::vector<int> lanes(std::size_t(std::min(Lanes, count)), 0);
    std::iota(lanes.begin(), lanes.end(), 0);
    QtConcurrent::blockingMap(lanes, [&](int lane) {
        std::unique_ptr<PdfEngineDocument> own;
        const PdfEngineDocument* document = lane == 0 ? m_document.get() : nullptr;
        for (int i = lane; i < count; i += int(lanes.size())) {
            Failure& failure = failures[std::size_t(i)];
            const QSizeF size = sizes[std::size_t(i)];
            // The pixel cap, without the blur check's normalisation (which may scale up).
            const double capDpi
                = std::sqrt(double(m_options.maxRenderPixels) / (size.width() * size.height())) * 72.0;
            const double dpi = std::min(baseDpi, capDpi);
            if (cancelled()) {
                failure = {"cancelled",
                    QCoreApplication::translate("karier::PdfFitter", "Perkecil otomatis dibatalkan.")};
                return;
            }
            Page& page = m_pages[std::size_t(i)];
            const QByteArray& jpeg = jpegs[std::size_t(i)];
            if (!jpeg.isEmpty()) {
                QBuffer buffer;
                buffer.setData(jpeg);
                buffer.open(QIODevice::ReadOnly);
                QImageReader reader(&buffer, "jpeg");
                reader.setAutoTransform(false); // a PDF viewer ignores EXIF orientation
                const QSize stored = reader.size();
                const QSize target = pixelsAt(size, dpi);
                const bool larger = stored.width() > target.width() || stored.height() > target.height();
                // Up to four times the pixels of the master it is decoded whole (and measured as the
                // engine draws it); a larger one is scaled by the decoder.
                if (qint64(stored.width()) * stored.height() > 4 * qint64(target.width()) * target.height())
                    reader.setScaledSize(target);
                QImage decoded = reader.read();
                if (!decoded.isNull()) {
                    // Measured as the engine draws the image itself; the master no larger than the
                    // best step.
                    if (i == 0)
                        m_previewBefore = preview(decoded, size);
                    page.sharpness100
                        = PdfInspector::sharpness(asDrawnAt(decoded, size, PdfFitter::MeasureDpi));
                    if (decoded.size() != target && larger)
                        decoded = decoded.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
                    adopt(page, std::move(decoded),
                        larger ? dpi : double(stored.width()) / (size.width() / 72.0), size, false);
                    ++done;
                    continue;
                }
            }
            if (!document) {
                own = engine->load(data);
                document = own.get();
                if (!document)
                    return;
            }
            const QDeadlineTimer deadline(std::max(m_options.renderBudgetMs, 1));
            bool aborted = false;
            bool stopped = false;
            const auto abort = [&] {
                stopped = stopped || cancelled();
                aborted = aborted || deadline.hasExpired();
                return aborted || stopped;
            };
            QImage drawn = document->render(i, dpi, abort);
            if (stopped) {
                failure = {"cancelled",
                    QCoreApplication::translate("karier::PdfFitter", "Perkecil otomatis dibatalkan.")};
                return;
            }
            if (aborted) {
                failure = {"render_timeout",
                    QStringLiteral(
                        "Halaman %1 tidak selesai ditampilkan dalam %2 detik; PDF ini terlalu rumit atau "
                        "rusak. Simpan ulang atau pindai ulang dokumennya lalu unggah lagi.")
                        .arg(i + 1)
                        .arg(indonesian().toString(m_options.renderBudgetMs / 1000.0, 'g', 3))};
                return;
            }
            if (drawn.isNull()) {
                failure = {"unreadable",
                    QCoreApplication::translate(
                        "karier::PdfFitter", "Halaman %1 PDF ini tidak dapat ditampilkan.")
                        .arg(i + 1)};
                return;
            }
            const bool hasText = document->hasText(i);
            QImage before;
            if (hasText || dpi < PdfFitter::MeasureDpi) {
                before = document->render(i, PdfFitter::MeasureDpi, abort);
                if (before.isNull()) {
                    failure = stopped
                        ? Failure {"cancelled",
                            QCoreApplication::translate("karier::PdfFitter", "Perkecil otomatis dibatalkan.")}
                        : Failure {"render_timeout",
                            QCoreApplication::translate("karier::PdfFitter",
                                "Halaman %1 tidak selesai ditampilkan; PDF ini terlalu rumit "
                                "atau rusak.")
                                .arg(i + 1)};
                    return;
                }
            } else {
                before = asDrawnAt(drawn, size, PdfFitter::MeasureDpi);
            }
            if (i == 0)
                m_previewBefore
                    = before.format() == QImage::Format_Grayscale8 ? preview(drawn, size) : before;
            page.sharpness100 = PdfInspector::sharpness(before);
            adopt(page, std::move(drawn), dpi, size, hasText);
            ++done;
        }
    });
    for (const Failure& failure : failures)
        if (failure.code)
            return refusal(std::move(result), failure.code, failure.message);
    if (done.load() != count)
        return refusal(std::move(result), "unreadable",
            QStringLiteral(
                "PDF ini rusak atau tidak dapat dibaca. Buka dan simpan ulang sebagai PDF, atau pindai "
                "ulang dokumennya, lalu unggah lagi."));
    result.previewBefore = m_previewBefore;
    result.pages = count;
    result.ok = true;
    return result;
}

PdfFitResult Fitter::fitImage(const QByteArray& data, PdfFitResult result)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, result.input.toLatin1());
    reader.setAutoTransform(true);
    const QSize stored = reader.size();
    const QString what
        = result.input == QLatin1String("png") ? QStringLiteral("PNG") : QStringLiteral("JPEG");
    if (!stored.isValid() || stored.isEmpty())
        return refusal(std::move(result), "unreadable",
            QStringLiteral(
                "Gambar %1 ini rusak atau tidak dapat dibaca. Foto atau pindai ulang dokumennya lalu "
                "unggah lagi.")
                .arg(what));
    if (qint64(stored.width()) * stored.height() > MaxImagePixels)
        return refusal(std::move(result), "too_large_page",
            QCoreApplication::translate("karier::PdfFitter",
                "Gambar ini terlalu besar (%1 × %2 piksel). Perkecil fotonya lalu unggah lagi.")
                .arg(stored.width())
                .arg(stored.height()));
    const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    const QSize upright = turned ? stored.transposed() : stored;

    // One A4 page, portrait or landscape as the photo, the photo fitted in whole.
    const QSizeF sizePt = upright.width() > upright.height() ? A4Pt.transposed() : A4Pt;
    const double capDpi
        = std::sqrt(double(m_options.maxRenderPixels) / (sizePt.width() * sizePt.height())) * 72.0;
    double dpi = std::min(double(m_options.maxDpi), capDpi);
    QSize fitted = upright.scaled(pixelsAt(sizePt, dpi), Qt::KeepAspectRatio);
    // The JPEG decoder reduces a photo by 1/2, 1/4 or 1/8 while it decodes, several times faster
    // than decoding it whole and scaling: the page takes the largest such reduction that still
    // gives the photo at least MinPhotoDpi on the page (never more than the best step).
    if (result.input == QLatin1String("jpeg")) {
        for (int denominator = 8; denominator >= 2; denominator /= 2) {
            const QSize reduced((upright.width() + denominator - 1) / denominator,
                (upright.height() + denominator - 1) / denominator);
            const double reducedDpi = dpi
                * std::min(
                    double(reduced.width()) / fitted.width(), double(reduced.height()) / fitted.height());
            if (reducedDpi >= MinPhotoDpi && reducedDpi <= dpi) {
                dpi = reducedDpi;
                fitted = reduced;
                break;
            }
        }
    }
    const QSize pagePixels = pixelsAt(sizePt, dpi);
    fitted = fitted.boundedTo(pagePixels);
    // Ask the decoder for the size in the stored orientation.
    reader.setScaledSize(turned ? fitted.transposed() : fitted);
    report(0.05);
    const QImage photo = reader.read();
    if (photo.isNull())
        return refusal(std::move(result), "unreadable",
            QStringLiteral(
                "Gambar %1 ini rusak atau tidak dapat dibaca (%2). Foto atau pindai ulang dokumennya "
                "lalu unggah lagi.")
                .arg(what, reader.errorString()));
    if (cancelled())
        return refusal(std::move(result), "cancelled",
            QCoreApplication::translate("karier::PdfFitter", "Perkecil otomatis dibatalkan."));
    QImage page(pagePixels, QImage::Format_RGB32);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const QRect target(
            QPoint((pagePixels.width() - photo.width()) / 2, (pagePixels.height() - photo.height()) / 2),
            photo.size());
        painter.drawImage(target, photo);
    }
    report(0.3);
    m_pages.resize(1);
    adopt(m_pages[0], std::move(page), dpi, sizePt, false);
    result.pages = 1;
    report(0.45);
    // The original is the page made from the photo, measured as the engine would draw it.
    result.previewBefore = preview(m_pages[0].master, sizePt);
    m_pages[0].sharpness100
        = PdfInspector::sharpness(asDrawnAt(m_pages[0].master, sizePt, PdfFitter::MeasureDpi));
    report(0.5);
    return search(std::move(result));
}

} // namespace

PdfFitResult PdfFitter::fitFile(const QString& filePath, const PdfFitOptions& options,
    const Progress& progress, const Cancelled& cancelled)
{
    PdfFitResult result;
    result.file = filePath;
    const QFileInfo info(filePath);
    if (!info.exists())
        return refusal(std::move(result), "not_found",
            QCoreApplication::translate("karier::PdfFitter", "File %1 tidak ditemukan.").arg(filePath));
    if (!info.isFile())
        return refusal(std::move(result), "io_error",
            QCoreApplication::translate("karier::PdfFitter", "%1 bukan file biasa.").arg(filePath));
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return refusal(std::move(result), "io_error",
            QCoreApplication::translate("karier::PdfFitter", "File %1 tidak dapat dibaca: %2")
                .arg(filePath, file.errorString()));
    // Never more than the input limit, even when the file grows while it is read.
    const QByteArray data = file.read(options.maxInputBytes + 1);
    if (data.size() > options.maxInputBytes) {
        result.inputBytes = std::max(file.size(), qint64(data.size()));
        return refusal(std::move(result), "too_large",
            QStringLiteral(
                "Ukuran file %1 melebihi batas %2 untuk diperkecil otomatis. Pindai ulang dokumennya "
                "dengan resolusi 150–200 dpi lalu unggah lagi.")
                .arg(PdfInspector::formatSize(result.inputBytes),
                    PdfInspector::formatSize(options.maxInputBytes)));
    }
    return fitData(data, filePath, options, progress, cancelled);
}

PdfFitResult PdfFitter::fitData(const QByteArray& data, const QString& fileName, const PdfFitOptions& options,
    const Progress& progress, const Cancelled& cancelled)
{
    PdfFitResult result;
    result.file = fileName;
    result.inputBytes = data.size();
    if (data.size() > options.maxInputBytes)
        return refusal(std::move(result), "too_large",
            QCoreApplication::translate(
                "karier::PdfFitter", "Ukuran file %1 melebihi batas %2 untuk diperkecil otomatis.")
                .arg(PdfInspector::formatSize(data.size()), PdfInspector::formatSize(options.maxInputBytes)));
    Fitter fitter(options, progress, cancelled);
    try {
        if (data.startsWith("\xFF\xD8\xFF")) {
            result.input = QStringLiteral("jpeg");
            return fitter.fitImage(data, std::move(result));
        }
        if (data.startsWith("\x89PNG\r\n\x1A\n")) {
            result.input = QStringLiteral("png");
            return fitter.fitImage(data, std::move(result));
        }
        // Everything else gets check-pdf's answer (not_pdf names what the file is).
        return fitter.fitPdf(data, std::move(result));
    } catch (const std::exception&) {
        // Out of memory while parsing, drawing or writing: a refusal, not a crash.
        return refusal(std::move(result), "unreadable",
            QCoreApplication::translate(
                "karier::PdfFitter", "File ini terlalu berat untuk diperkecil dan tidak diterima."));
    }
}

} // namespace karier
