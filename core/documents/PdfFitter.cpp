// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfFitter.h"

#include "documents/PdfEngine.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QLocale>
#include <QPainter>
#include <QtConcurrent/QtConcurrentMap>
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
    std::optional<double> sharpness100; ///< at 100 dpi, drawn by the engine
};

struct Page
{
    QImage master; ///< Grayscale8 or RGB888
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
    int points[3] = {255, 255, 255};
    for (int channel = 0; channel < 3; ++channel) {
        std::array<qint64, 256> histogram {};
        qint64 total = 0;
        for (int y = 0; y < rgb.height(); y += 2) {
            const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
            for (int x = 0; x < rgb.width(); x += 2) {
                const QRgb pixel = line[x];
                ++histogram[std::size_t(channel == 0 ? qRed(pixel)
                        : channel == 1               ? qGreen(pixel)
                                                     : qBlue(pixel))];
                ++total;
            }
        }
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

void adopt(Page& page, const QImage& drawn, double dpi, QSizeF sizePt, bool hasText)
{
    QImage rgb = drawn.convertToFormat(QImage::Format_RGB32);
    double white = 0.0;
    classify(rgb, page.colour, white);
    page.text = hasText && white > WhiteShare;
    if (!page.text)
        whitenPaper(rgb);
    page.masterDpi = dpi;
    page.sizePt = sizePt;
    page.master = page.colour ? rgb.convertToFormat(QImage::Format_RGB888)
                              : rgb.convertToFormat(QImage::Format_Grayscale8);
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

/// Does \a page at ladder step \a level keep enough of its sharpness? The candidate is put in a
/// one-page PDF and drawn by the PDF engine at 100 dpi and at the blur check's scale, exactly as
/// the original was measured and as the check will measure the upload.
bool sharpEnough(Page& page, int level, const PdfFitOptions& options)
{
    Candidate& made = candidate(page, level);
    if (made.sharpEnough)
        return *made.sharpEnough;
    Page single = page;
    single.level = level;
    single.candidates = {{level, made}};
    const PdfEngine* engine = PdfEngine::instance();
    const std::unique_ptr<PdfEngineDocument> document = engine ? engine->load(assemble({&single})) : nullptr;
    bool ok = document && document->pageCount() == 1;
    if (ok && page.sharpness100) {
        made.sharpness100 = PdfInspector::sharpness(document->render(0, PdfFitter::MeasureDpi, {}));
        const double before = *page.sharpness100;
        const double floor = std::max(options.minSharpnessKept * before,
            before >= options.sharpnessThreshold ? options.sharpnessThreshold : 0.0);
        ok = made.sharpness100 && *made.sharpness100 >= floor;
    }
    made.sharpEnough = ok;
    return ok;
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

std::optional<int> Fitter::firstFitting(const std::vector<int>& group, qint64 budget)
{
    const int last = int(ladder().size()) - 1;
    if (total(group, last) > budget)
        return std::nullopt;
    int low = 0;
    int high = last; // fits
    while (low < high && !cancelled()) {
        const int middle = (low + high) / 2;
        if (total(group, middle) <= budget)
            high = middle;
        else
            low = middle + 1;
    }
    return high;
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
                return refusal(
                    std::move(result), "cancelled", QStringLiteral("Perkecil otomatis dibatalkan."));
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

        // The result must open in the PDF engine with every page; page 1 is drawn for the preview.
        // The sharpness of every page was measured on the same page drawn by the engine (sharpEnough).
        report(0.92);
        const PdfEngine* engine = PdfEngine::instance();
        const std::unique_ptr<PdfEngineDocument> check = engine ? engine->load(pdf) : nullptr;
        if (!check || check->pageCount() != int(m_pages.size()))
            return refusal(std::move(result), "write_failed",
                QStringLiteral("PDF hasil tidak dapat dibaca kembali; file tidak ditulis."));
        result.previewAfter = check->render(0, PdfFitter::MeasureDpi, {});
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
            = QStringLiteral("Ukuran diperkecil dari %1 menjadi %2 (%3 halaman).")
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
    const PdfCheckResult check = PdfInspector::inspectData(data, result.file, limits);
    result.pages = check.pages;
    if (!check.ok)
        return refusal(std::move(result), check.code.toLatin1().constData(), check.message);
    if (data.size() <= m_options.maxBytes) {
        result.ok = true;
        result.code = QStringLiteral("unchanged");
        result.message = QStringLiteral("PDF ini sudah tidak melebihi batas %1; tidak perlu diperkecil.")
                             .arg(PdfInspector::formatSize(m_options.maxBytes));
        result.output = data;
        result.outputBytes = data.size();
        return result;
    }
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

    // One resolution for drawing every page: the best step, lower when all pages would not fit in
    // memory together; per page also under the pixel cap.
    std::vector<QSizeF> sizes;
    double area = 0.0;
    for (int i = 0; i < count; ++i) {
        const QSizeF size = m_document->pageSizePt(i);
        if (size.isEmpty() || !(PdfInspector::renderScale(size, m_options.maxRenderPixels) > 0.0))
            return refusal(std::move(result), "unreadable",
                QStringLiteral("Halaman %1 PDF ini rusak dan tidak dapat ditampilkan.").arg(i + 1));
        sizes.push_back(size);
        area += size.width() / 72.0 * size.height() / 72.0;
    }
    const double memoryDpi = std::sqrt(double(MasterBudgetBytes) / (4.0 * std::max(area, 1.0)));
    const double baseDpi = std::min(double(m_options.maxDpi), memoryDpi);

    // Every page drawn once for the master and once at 100 dpi to measure the original, on two lanes, each
    // with its own copy of the document (a document is not thread-safe; two documents are).
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
        std::unique_ptr<PdfEngineDocument> own = lane == 0 ? nullptr : engine->load(data);
        const PdfEngineDocument* document = lane == 0 ? m_document.get() : own.get();
        for (int i = lane; i < count && document; i += int(lanes.size())) {
            Failure& failure = failures[std::size_t(i)];
            const QSizeF size = sizes[std::size_t(i)];
            // The pixel cap, without the blur check's normalisation (which may scale up).
            const double capDpi
                = std::sqrt(double(m_options.maxRenderPixels) / (size.width() * size.height())) * 72.0;
            const double dpi = std::min(baseDpi, capDpi);
            const QDeadlineTimer deadline(std::max(m_options.renderBudgetMs, 1));
            bool aborted = false;
            bool stopped = false;
            const auto abort = [&] {
                stopped = stopped || cancelled();
                aborted = aborted || deadline.hasExpired();
                return aborted || stopped;
            };
            const QImage drawn = document->render(i, dpi, abort);
            if (stopped) {
                failure = {"cancelled", QStringLiteral("Perkecil otomatis dibatalkan.")};
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
                failure = {
                    "unreadable", QStringLiteral("Halaman %1 PDF ini tidak dapat ditampilkan.").arg(i + 1)};
                return;
            }
            Page& page = m_pages[std::size_t(i)];
            adopt(page, drawn, dpi, size, document->hasText(i));
            const QImage before = document->render(i, PdfFitter::MeasureDpi, abort);
            if (before.isNull()) {
                failure = stopped
                    ? Failure {"cancelled", QStringLiteral("Perkecil otomatis dibatalkan.")}
                    : Failure {"render_timeout",
                        QStringLiteral("Halaman %1 tidak selesai ditampilkan; PDF ini terlalu rumit "
                                       "atau rusak.")
                            .arg(i + 1)};
                return;
            }
            if (i == 0)
                m_previewBefore = before;
            page.sharpness100 = PdfInspector::sharpness(before);
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
    report(0.5);
    return search(std::move(result));
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
            QStringLiteral("Gambar ini terlalu besar (%1 × %2 piksel). Perkecil fotonya lalu unggah lagi.")
                .arg(stored.width())
                .arg(stored.height()));
    const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    const QSize upright = turned ? stored.transposed() : stored;

    // One A4 page, portrait or landscape as the photo, the photo fitted in whole.
    const QSizeF sizePt = upright.width() > upright.height() ? A4Pt.transposed() : A4Pt;
    const double capDpi
        = std::sqrt(double(m_options.maxRenderPixels) / (sizePt.width() * sizePt.height())) * 72.0;
    const double dpi = std::min(double(m_options.maxDpi), capDpi);
    const QSize pagePixels = pixelsAt(sizePt, dpi);
    const QSize fitted = upright.scaled(pagePixels, Qt::KeepAspectRatio);
    // The JPEG decoder scales while decoding (much faster for a large photo): ask for the size in
    // the stored orientation.
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
        return refusal(std::move(result), "cancelled", QStringLiteral("Perkecil otomatis dibatalkan."));
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
    adopt(m_pages[0], page, dpi, sizePt, false);
    result.pages = 1;
    report(0.45);
    // The original is the page made from the photo, measured as the engine draws it.
    {
        Page reference = m_pages[0];
        Candidate made;
        made.dpi = int(std::lround(dpi));
        made.quality = 95;
        made.grey = !reference.colour;
        made.pixels = reference.master.size();
        made.jpeg = encodeJpeg(reference.master, made.quality);
        reference.level = 0;
        reference.candidates = {{0, made}};
        const PdfEngine* engine = PdfEngine::instance();
        const std::unique_ptr<PdfEngineDocument> document
            = engine ? engine->load(assemble({&reference})) : nullptr;
        if (!document)
            return refusal(std::move(result), "helper_failed",
                QStringLiteral(
                    "Komponen penampil PDF (karier_pdfengine) tidak ditemukan atau rusak; pasang ulang "
                    "Karier ASN."));
        result.previewBefore = document->render(0, PdfFitter::MeasureDpi, {});
        m_pages[0].sharpness100 = PdfInspector::sharpness(result.previewBefore);
    }
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
        return refusal(
            std::move(result), "not_found", QStringLiteral("File %1 tidak ditemukan.").arg(filePath));
    if (!info.isFile())
        return refusal(std::move(result), "io_error", QStringLiteral("%1 bukan file biasa.").arg(filePath));
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return refusal(std::move(result), "io_error",
            QStringLiteral("File %1 tidak dapat dibaca: %2").arg(filePath, file.errorString()));
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
            QStringLiteral("Ukuran file %1 melebihi batas %2 untuk diperkecil otomatis.")
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
            QStringLiteral("File ini terlalu berat untuk diperkecil dan tidak diterima."));
    }
}

} // namespace karier
