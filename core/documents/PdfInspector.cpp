// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfInspector.h"

#include "documents/PdfEngine.h"
#include "documents/fit/QpdfPages.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QLocale>
#include <QVariant>
#include <algorithm>
#include <cmath>
#include <exception>
#include <functional>
#include <mutex>
#include <vector>

namespace karier {

namespace {

constexpr qint64 HeadBytes = 64 * 1024; // enough to tell a DOCX from another ZIP
constexpr int MaxSidePixels = 16384;
constexpr int MinSidePixels = 8;

// Sharpness measure (see sharpness() and the calibration table below).
constexpr int TileSize = 48;
constexpr double MinTileStdDev = 10.0;
constexpr double TilePercentile = 0.95;

QLocale indonesian()
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

PdfCheckResult refused(PdfCheckResult result, const char* code, const QString& message)
{
    result.ok = false;
    result.code = QLatin1String(code);
    result.message = message;
    return result;
}

/// What a file that does not start with %PDF- is, as a whole sentence.
QString notPdfMessage(const QByteArray& head)
{
    const QString what = PdfInspector::describeContent(head);
    if (!what.isEmpty())
        return QCoreApplication::translate("karier::PdfInspector",
            "File ini adalah %1, bukan PDF. Simpan atau pindai dokumen sebagai PDF "
            "lalu unggah lagi.")
            .arg(what);
    if (head.left(1024).contains("%PDF-"))
        return QCoreApplication::translate("karier::PdfInspector",
            "File ini tidak diawali tanda PDF (%PDF-) sehingga tidak diterima. Buka dan "
            "simpan ulang sebagai PDF lalu unggah lagi.");
    return QCoreApplication::translate("karier::PdfInspector",
        "File ini bukan PDF. Simpan atau pindai dokumen sebagai PDF lalu unggah lagi.");
}

QString tooLargeMessage(qint64 bytes, qint64 limit)
{
    QString size = PdfInspector::formatSize(bytes);
    QString max = PdfInspector::formatSize(limit);
    if (size == max) {
        // "1 MB melebihi batas 1 MB" would puzzle anyone: show the bytes.
        const QLocale locale = indonesian();
        size += QCoreApplication::translate("karier::PdfInspector", " (%1 byte)").arg(locale.toString(bytes));
        max += QCoreApplication::translate("karier::PdfInspector", " (%1 byte)").arg(locale.toString(limit));
    }
    return QCoreApplication::translate("karier::PdfInspector",
        "Ukuran file %1 melebihi batas %2. Perkecil file (misalnya pindai dengan "
        "resolusi 150–200 dpi) lalu unggah lagi.")
        .arg(size, max);
}

/// Page 1 \a width pixels wide when it is one full-page JPEG (a scan; detail::fit::firstPageJpeg):
/// the JPEG decoded with the decoder's own reduction (1/2, 1/4 or 1/8, the largest that still
/// gives at least \a width), then scaled smoothly, several times faster than the engine draws it (it
/// draws exactly that image). Null for any other page, or when the JPEG does not decode.
QImage decodedFirstPage(const QByteArray& data, QSizeF sizePt, int width)
{
    if (sizePt.isEmpty() || width <= 0)
        return {};
    const QByteArray jpeg = detail::fit::firstPageJpeg(data, sizePt);
    if (jpeg.isEmpty())
        return {};
    QBuffer device;
    device.setData(jpeg);
    device.open(QIODevice::ReadOnly);
    QImageReader reader(&device, "jpeg");
    reader.setAutoTransform(false); // a PDF viewer ignores EXIF orientation
    const QSize stored = reader.size();
    const int height = std::max(1, qRound(width * sizePt.height() / sizePt.width()));
    if (stored.isEmpty() || qint64(width) * height > PdfCheckResult::MaxFirstPagePixels)
        return {};
    const auto reduced = [&stored](int denominator) {
        return QSize((stored.width() + denominator - 1) / denominator,
            (stored.height() + denominator - 1) / denominator);
    };
    int denominator = 8;
    while (
        denominator > 1 && (reduced(denominator).width() < width || reduced(denominator).height() < height))
        denominator /= 2;
    const QSize decodedSize = reduced(denominator);
    if (qint64(decodedSize.width()) * decodedSize.height() > 4 * PdfCheckResult::MaxFirstPagePixels)
        return {};
    if (denominator > 1)
        reader.setScaledSize(decodedSize);
    const QImage decoded = reader.read();
    if (decoded.isNull())
        return {};
    return decoded.scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

/// Everything after the checks on the raw bytes: Poppler opens, pages, first page, sharpness.
PdfCheckResult inspectPdf(const QByteArray& data, PdfCheckResult result, const PdfCheckLimits& limits,
    int firstPageWidth = 0, const PdfInspector::FirstPageSink& firstPageDrawn = {})
{
    QString engineError;
    const PdfEngine* engine = PdfEngine::instance(&engineError);
    if (!engine)
        return refused(std::move(result), "helper_failed", engineError);
    const std::unique_ptr<PdfEngineDocument> document = engine->load(data);
    if (!document)
        return refused(std::move(result), "unreadable",
            QCoreApplication::translate("karier::PdfInspector",
                "PDF ini rusak atau tidak dapat dibaca. Buka dan simpan ulang sebagai PDF, "
                "atau pindai ulang dokumennya, lalu unggah lagi."));
    if (document->isLocked())
        return refused(std::move(result), "encrypted",
            QCoreApplication::translate("karier::PdfInspector",
                "PDF ini dilindungi kata sandi sehingga tidak dapat dibuka. Simpan ulang "
                "tanpa kata sandi lalu unggah lagi."));

    result.pages = document->pageCount();
    if (result.pages == 0)
        return refused(std::move(result), "unreadable",
            QCoreApplication::translate("karier::PdfInspector", "PDF ini tidak berisi halaman."));
    if (result.pages > limits.maxPages)
        return refused(std::move(result), "too_many_pages",
            QCoreApplication::translate("karier::PdfInspector",
                "PDF ini berisi %1 halaman; batasnya %2 halaman. Unggah hanya halaman yang "
                "diperlukan.")
                .arg(result.pages)
                .arg(limits.maxPages));

    // Every page (or only the first) within one budget for the whole document; Poppler's abort
    // callback covers content streams, so a stream bomb ends at the budget.
    const QDeadlineTimer deadline(std::max(limits.renderBudgetMs, 1));
    const auto drawAtWidth = [&](int width) {
        // Page 1 at exactly \a width pixels (within the pixel cap and what is left of the budget).
        const QSizeF sizePt = document->pageSizePt(0);
        if (sizePt.isEmpty() || !(sizePt.width() > 0.0))
            return QImage();
        const double height = width * sizePt.height() / sizePt.width();
        if (qint64(width) * std::ceil(height) > PdfCheckResult::MaxFirstPagePixels)
            return QImage();
        bool aborted = false;
        QImage page = document->render(0, width * 72.0 / sizePt.width(), [&] {
            aborted = aborted || deadline.hasExpired();
            return aborted;
        });
        return aborted || page.width() != width ? QImage() : page;
    };
    bool handedOver = false;
    if (firstPageWidth > 0 && firstPageDrawn) {
        // The preview's picture first, drawn at its own width, so that the user sees the page while
        // the check goes on (the check's own, larger picture costs more than this one).
        QImage page = decodedFirstPage(data, document->pageSizePt(0), firstPageWidth);
        if (page.isNull())
            page = drawAtWidth(firstPageWidth);
        if (!page.isNull()) {
            firstPageDrawn(page, document->pageSizePt(0));
            handedOver = true;
        }
    }
    const int drawn = limits.allPages ? result.pages : 1;
    QImage first;
    for (int page = 0; page < drawn; ++page) {
        const QSizeF sizePt = document->pageSizePt(page);
        if (sizePt.isEmpty())
            return refused(std::move(result), "unreadable",
                QCoreApplication::translate(
                    "karier::PdfInspector", "Halaman %1 PDF ini rusak dan tidak dapat ditampilkan.")
                    .arg(page + 1));
        const qint64 pixels = page == 0
            ? limits.maxRenderPixels
            : std::min(limits.maxRenderPixels, PdfInspector::NormalisedPixels / 4);
        const double scale = PdfInspector::renderScale(sizePt, pixels);
        if (!(scale > 0.0))
            return refused(std::move(result), "unreadable",
                QCoreApplication::translate(
                    "karier::PdfInspector", "Halaman %1 PDF ini tidak memiliki ukuran yang sah.")
                    .arg(page + 1));
        if (std::min(sizePt.width(), sizePt.height()) * scale < MinSidePixels)
            return refused(std::move(result), "too_large_page",
                QCoreApplication::translate("karier::PdfInspector",
                    "Ukuran halaman %1 tidak wajar (%2 × %3 cm); dokumen tidak dapat ditampilkan.")
                    .arg(page + 1)
                    .arg(indonesian().toString(sizePt.width() / 72.0 * 2.54, 'f', 1),
                        indonesian().toString(sizePt.height() / 72.0 * 2.54, 'f', 1)));
        bool aborted = false;
        QImage image = document->render(page, scale * 72.0, [&] {
            aborted = aborted || deadline.hasExpired();
            return aborted;
        });
        if (aborted)
            return refused(std::move(result), "render_timeout",
                QCoreApplication::translate("karier::PdfInspector",
                    "Halaman %1 tidak selesai ditampilkan dalam %2 detik (batas waktu untuk seluruh "
                    "dokumen); PDF ini terlalu rumit atau rusak. Simpan ulang atau pindai ulang "
                    "dokumennya lalu unggah lagi.")
                    .arg(page + 1)
                    .arg(indonesian().toString(limits.renderBudgetMs / 1000.0, 'g', 3)));
        if (image.isNull())
            return refused(std::move(result), "unreadable",
                QCoreApplication::translate(
                    "karier::PdfInspector", "Halaman %1 PDF ini tidak dapat ditampilkan.")
                    .arg(page + 1));
        if (page == 0)
            first = std::move(image);
    }
    const QImage& image = first;

    if (firstPageWidth > 0 && !handedOver && !firstPageDrawn) {
        // The page drawn for the check, at the width the preview shows it: scaled down from the check's
        // picture (the usual case), or drawn again when the preview is wider, within what is left of
        // the budget. Without it (the pixel cap, the budget) the preview draws the page itself.
        const QSizeF sizePt = document->pageSizePt(0);
        const double height = firstPageWidth * sizePt.height() / sizePt.width();
        QImage page;
        if (firstPageWidth <= image.width()) {
            if (qint64(firstPageWidth) * std::ceil(height) <= PdfCheckResult::MaxFirstPagePixels)
                page = image.scaled(firstPageWidth, std::max(1, qRound(height)), Qt::IgnoreAspectRatio,
                    Qt::SmoothTransformation);
        } else {
            page = drawAtWidth(firstPageWidth);
        }
        if (!page.isNull()) {
            result.firstPage = std::move(page);
            result.firstPageSizePt = sizePt;
        }
    }

    result.ok = true;
    result.code = QStringLiteral("ok");
    result.message = result.pages == 1
        ? QCoreApplication::translate("karier::PdfInspector", "PDF dapat diterima (1 halaman).")
        : QCoreApplication::translate("karier::PdfInspector", "PDF dapat diterima (%1 halaman).")
              .arg(result.pages);
    result.sharpness = PdfInspector::sharpness(image);
    if (!result.sharpness) {
        result.warnings.append(QStringLiteral("blank"));
        result.message += QCoreApplication::translate(
            "karier::PdfInspector", " Halaman pertama tampak kosong; pastikan file yang dipilih benar.");
    } else if (*result.sharpness < limits.sharpnessThreshold) {
        result.warnings.append(QStringLiteral("blurry"));
        result.message += QCoreApplication::translate("karier::PdfInspector",
            " Dokumen tampak buram; pastikan tulisannya terbaca, atau pindai ulang dengan lebih "
            "tajam.");
    }
    return result;
}

/// The checks that need only the first bytes and the size; an empty code means "go on".
PdfCheckResult prefixChecks(
    const QByteArray& head, qint64 bytes, PdfCheckResult result, const PdfCheckLimits& limits)
{
    result.bytes = bytes;
    if (bytes == 0)
        return refused(std::move(result), "empty",
            QCoreApplication::translate("karier::PdfInspector",
                "File ini kosong (0 byte). Pilih file PDF dokumennya lalu unggah lagi."));
    if (!head.startsWith("%PDF-"))
        return refused(std::move(result), "not_pdf", notPdfMessage(head));
    if (bytes > limits.maxBytes)
        return refused(std::move(result), "too_large", tooLargeMessage(bytes, limits.maxBytes));
    return result;
}

PdfCheckResult guarded(const QString& fileName, qint64 bytes, const std::function<PdfCheckResult()>& check)
{
    try {
        return check();
    } catch (const std::exception&) {
        // Out of memory while parsing or drawing: a refusal, not a crash.
        PdfCheckResult result;
        result.file = fileName;
        result.bytes = bytes;
        return refused(std::move(result), "unreadable",
            QCoreApplication::translate(
                "karier::PdfInspector", "PDF ini terlalu berat untuk diperiksa dan tidak diterima."));
    }
}

} // namespace

PdfCheckResult PdfInspector::inspect(const QString& filePath, const PdfCheckLimits& limits)
{
    PdfCheckResult result;
    result.file = filePath;
    const QFileInfo info(filePath);
    if (!info.exists())
        return refused(std::move(result), "not_found", tr("File %1 tidak ditemukan.").arg(filePath));
    if (!info.isFile())
        return refused(std::move(result), "io_error", tr("%1 bukan file biasa.").arg(filePath));
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return refused(std::move(result), "io_error",
            tr("File %1 tidak dapat dibaca: %2").arg(filePath, file.errorString()));

    const qint64 size = file.size();
    QByteArray data = file.read(std::min(HeadBytes, std::max(limits.maxBytes, qint64(1024)) + 1));
    result = prefixChecks(data, std::max(size, qint64(data.size())), std::move(result), limits);
    if (!result.code.isEmpty())
        return result;
    // Never more than the limit, even when the file grows while it is read.
    data += file.read(limits.maxBytes + 1 - data.size());
    if (data.size() > limits.maxBytes)
        return refused(std::move(result), "too_large", tooLargeMessage(data.size(), limits.maxBytes));
    result.bytes = data.size();
    result.sha256 = sha256Hex(data);
    return guarded(filePath, result.bytes, [&] { return inspectPdf(data, result, limits); });
}

PdfCheckResult PdfInspector::inspectData(const QByteArray& data, const QString& fileName,
    const PdfCheckLimits& limits, int firstPageWidth, const FirstPageSink& firstPageDrawn)
{
    PdfCheckResult result;
    result.file = fileName;
    result = prefixChecks(data.left(HeadBytes), data.size(), std::move(result), limits);
    if (result.code.isEmpty())
        result = guarded(fileName, data.size(),
            [&] { return inspectPdf(data, result, limits, firstPageWidth, firstPageDrawn); });
    // Of the bytes checked, whatever the verdict; computed last, so that the first page is not
    // held up by it.
    result.sha256 = sha256Hex(data);
    return result;
}

PdfCheckResult PdfInspector::checkPrefix(
    const QByteArray& head, qint64 bytes, const QString& fileName, const PdfCheckLimits& limits)
{
    PdfCheckResult result;
    result.file = fileName;
    return prefixChecks(head.left(HeadBytes), bytes, std::move(result), limits);
}

void PdfInspector::warmUpDecoder()
{
    QImage tiny(8, 8, QImage::Format_Grayscale8);
    tiny.fill(128);
    QByteArray jpeg;
    QBuffer out(&jpeg);
    out.open(QIODevice::WriteOnly);
    if (tiny.save(&out, "JPEG")) {
        QImage read;
        read.loadFromData(jpeg, "JPEG");
    }
}

QString PdfInspector::sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

double PdfInspector::measureDpi(QSizeF pageSizePt)
{
    return renderScale(pageSizePt, NormalisedPixels) * 72.0;
}

SharpnessLevel PdfInspector::sharpnessLevel(double sharpness, double threshold)
{
    if (sharpness < threshold)
        return SharpnessLevel::Buram;
    return sharpness >= SharpLevelFactor * threshold ? SharpnessLevel::Tajam : SharpnessLevel::Cukup;
}

QString PdfInspector::sharpnessWord(std::optional<double> sharpness, double threshold)
{
    if (!sharpness)
        return tr("tidak terukur");
    switch (sharpnessLevel(*sharpness, threshold)) {
    case SharpnessLevel::Tajam:
        return tr("Tajam");
    case SharpnessLevel::Cukup:
        return tr("Cukup");
    case SharpnessLevel::Buram:
        break;
    }
    return tr("Buram");
}

double PdfInspector::renderScale(QSizeF pageSizePt, qint64 maxPixels)
{
    const double width = pageSizePt.width();
    const double height = pageSizePt.height();
    if (!std::isfinite(width) || !std::isfinite(height) || width <= 0.0 || height <= 0.0 || maxPixels <= 0)
        return 0.0;
    const double pixels = double(std::min(NormalisedPixels, maxPixels));
    double scale = std::sqrt(pixels / (width * height));
    scale = std::min(scale, MaxSidePixels / std::max(width, height));
    return scale;
}

// Calibration of DefaultSharpnessThreshold (TestPdfInspector::calibration; KARIER_CALIBRATE=1
// prints all 72 rows). Synthetic scans from tests/support/SyntheticScan: a decree (dense 11 pt text)
// or a certificate (A4 landscape, large title, few lines) drawn with QPainter at 200 dpi, turned
// 0.6 degrees, paper tint, blurred by scaling down by f and up again, Gaussian sensor noise sigma 4,
// JPEG at quality q, in a PDF as a DCTDecode image, measured through inspectData(). "after": the
// blur is applied to the decoded JPEG, which is then compressed again.
//
//   sharpness              f=1     f=1.5   f=2    f=3    f=4
//   decree q90             11008   3622    2485   1153   658
//   decree q75             10849   3548    2411   1059   562
//   decree q50             10609   3474    2388   1051   572
//   decree after q75           -   3476    2336    993   501
//   certificate q90         8616   2851    2134   1092   601
//   certificate q75         8481   2803    2054    985   493
//   certificate q50         8471   2858    2018    995   495
//   certificate after q75      -   2783    1977    939   427
//   q75 at 150 / 300 dpi:   decree f=1 6885 / 12536, f=2 937 / 5136;
//                           certificate f=1 4221 / 9378, f=2 850 / 4061
//   q75, noise 1.5 / 8:     decree f=1 10715 / 11347, f=2 2336 / 2823;
//                           certificate f=1 8407 / 8850, f=2 1984 / 2437
//
// Threshold 3500: every sharp scan passes (lowest: the certificate at 150 dpi, 4221) and every scan
// blurred by f >= 2 at 200 dpi or less is flagged (highest: the decree with noise 8, 2823); f = 1.5
// lies around it (2731..3622). At 300 dpi, f = 2 still leaves 150 dpi of detail and passes. Known
// limit: the measure grows with the density of edges, so a page of a few isolated lines and no
// text can be flagged (one sharp edge in a 48 px tile gives about 2700).
std::optional<double> PdfInspector::sharpness(const QImage& image)
{
    if (image.isNull() || image.width() < 3 || image.height() < 3)
        return std::nullopt;
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const int width = grey.width();
    const int height = grey.height();

    std::vector<double> values;
    for (int top = 0; top < height; top += TileSize) {
        for (int left = 0; left < width; left += TileSize) {
            // The Laplacian needs a neighbour on every side: leave out the outermost pixels.
            const int x0 = std::max(left, 1);
            const int y0 = std::max(top, 1);
            const int x1 = std::min(left + TileSize, width - 1);
            const int y1 = std::min(top + TileSize, height - 1);
            const qint64 count = qint64(x1 - x0) * (y1 - y0);
            if (count < TileSize * TileSize / 4)
                continue; // a sliver at the edge
            qint64 sum = 0;
            qint64 sumSquares = 0;
            qint64 lapSum = 0;
            qint64 lapSquares = 0;
            for (int y = y0; y < y1; ++y) {
                const uchar* above = grey.constScanLine(y - 1);
                const uchar* row = grey.constScanLine(y);
                const uchar* below = grey.constScanLine(y + 1);
                for (int x = x0; x < x1; ++x) {
                    const int value = row[x];
                    const int laplacian = above[x] + below[x] + row[x - 1] + row[x + 1] - 4 * value;
                    sum += value;
                    sumSquares += value * value;
                    lapSum += laplacian;
                    lapSquares += laplacian * laplacian;
                }
            }
            const double n = double(count);
            const double mean = double(sum) / n;
            const double variance = double(sumSquares) / n - mean * mean;
            if (variance < MinTileStdDev * MinTileStdDev)
                continue; // blank paper
            const double lapMean = double(lapSum) / n;
            values.push_back(double(lapSquares) / n - lapMean * lapMean);
        }
    }
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const double position = TilePercentile * double(values.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, values.size() - 1);
    const double fraction = position - double(below);
    return values[below] + (values[above] - values[below]) * fraction;
}

QString PdfInspector::formatSize(qint64 bytes)
{
    const QLocale locale = indonesian();
    constexpr double KiB = 1024.0;
    constexpr double MiB = 1024.0 * 1024.0;
    if (bytes >= 1024 * 1024) {
        QString number = locale.toString(double(bytes) / MiB, 'f', 1);
        if (number.endsWith(QLatin1String(",0")))
            number.chop(2);
        return number + QStringLiteral(" MB");
    }
    if (bytes >= 1024)
        return locale.toString(qRound64(double(bytes) / KiB)) + QStringLiteral(" KB");
    return locale.toString(bytes) + tr(" byte");
}

QString PdfInspector::describeContent(const QByteArray& head)
{
    const auto at = [&head](qsizetype offset, const char* magic) {
        return head.mid(offset, qsizetype(qstrlen(magic))) == QByteArray(magic);
    };
    if (head.startsWith("%PDF-"))
        return {};
    if (head.startsWith("\xFF\xD8\xFF"))
        return tr("gambar JPEG");
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return tr("gambar PNG");
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return tr("gambar GIF");
    if (head.startsWith(QByteArray("II*\0", 4)) || head.startsWith(QByteArray("MM\0*", 4)))
        return tr("gambar TIFF");
    if (head.startsWith("RIFF") && at(8, "WEBP"))
        return tr("gambar WebP");
    if (head.startsWith("BM") && head.size() >= 14 && head.mid(6, 4) == QByteArray(4, '\0'))
        return tr("gambar BMP");
    if (at(4, "ftyp")) {
        const QByteArray brand = head.mid(8, 4);
        if (brand == "heic" || brand == "heix" || brand == "mif1" || brand == "msf1" || brand == "heim"
            || brand == "heis" || brand == "avif")
            return tr("foto HEIC/HEIF");
        return QStringLiteral("video");
    }
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        if (head.contains("word/"))
            return tr("dokumen Word (DOCX)");
        if (head.contains("xl/"))
            return tr("lembar kerja Excel (XLSX)");
        if (head.contains("ppt/"))
            return tr("presentasi PowerPoint (PPTX)");
        if (head.contains("application/vnd.oasis.opendocument"))
            return tr("dokumen OpenDocument (ODT/ODS)");
        if (head.contains("[Content_Types].xml"))
            return tr("dokumen Microsoft Office (DOCX/XLSX)");
        return tr("arsip ZIP");
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return tr("dokumen Microsoft Office lama (DOC/XLS)");
    if (head.startsWith("{\\rtf"))
        return tr("dokumen RTF");
    if (head.startsWith("%!"))
        return tr("dokumen PostScript");
    if (head.startsWith("Rar!"))
        return tr("arsip RAR");
    if (head.startsWith("7z\xBC\xAF\x27\x1C"))
        return tr("arsip 7-Zip");
    if (head.startsWith("\x1F\x8B"))
        return tr("arsip GZIP");
    if (head.startsWith("\x7F"
                        "ELF")
        || head.startsWith("MZ"))
        return QStringLiteral("program");

    // Markup: skip a UTF-8 byte order mark and leading white space.
    QByteArray text = head.left(1024);
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    text = text.trimmed().toLower();
    if (text.startsWith("<?xml"))
        text = text.mid(text.indexOf("?>") + 2).trimmed();
    if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.startsWith("<head")
        || text.startsWith("<body") || (text.startsWith("<!--") && text.contains("<html")))
        return tr("halaman web (HTML)");
    if (text.startsWith("<svg") || (text.startsWith("<!doctype svg")))
        return tr("gambar SVG");
    if (head.trimmed().startsWith("<?xml"))
        return tr("dokumen XML");
    return {};
}

} // namespace karier
