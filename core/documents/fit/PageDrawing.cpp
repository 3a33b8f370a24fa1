// SPDX-License-Identifier: GPL-3.0-or-later
/// The input's pages made into masters: a PDF checked as check-pdf checks it and its pages drawn by
/// the engine or decoded (a full-page scan), a photo placed on an A4 page. See Fitter.h.
#include "documents/PdfInspector.h"
#include "documents/fit/EngineScaling.h"
#include "documents/fit/Fitter.h"
#include "documents/fit/PageAnalysis.h"
#include "documents/fit/QpdfPages.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QImageReader>
#include <QPainter>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <cmath>
#include <numeric>

namespace karier::detail::fit {

namespace {

constexpr QSizeF A4Pt {595.276, 841.89};
constexpr qint64 MasterBudgetBytes = qint64(320) << 20; // all pages drawn at once stay under this
constexpr qint64 MaxImagePixels = 120'000'000; // a photo larger than this is refused
constexpr double MinPhotoDpi = 150.0; // a photo decoded smaller than the best step keeps at least this

} // namespace

PdfFitResult Fitter::fitPdf(const QByteArray& data, PdfFitResult result)
{
    result.input = QStringLiteral("pdf");
    // The refusals of check-pdf, with the input limit as the size limit.
    PdfCheckLimits limits;
    limits.allPages = false; // drawPages draws every page, each within its own budget
    limits.maxBytes = m_options.maxInputBytes;
    limits.maxPages = m_options.maxPages;
    limits.sharpnessThreshold = m_options.sharpnessThreshold;
    limits.renderBudgetMs = m_options.renderBudgetMs;
    limits.maxRenderPixels = m_options.maxRenderPixels;
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
    // drawn once by the engine. The original's sharpness at the blur check's resolution
    // (PdfInspector::measureDpi) comes from the same picture scaled to it (as the engine draws an
    // image; asDrawnAt), except for pages with a text layer, whose glyphs the engine draws
    // differently there: those are drawn at that resolution as well. Two lanes;
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
    // Each lane takes the next page not yet taken (pages differ in cost).
    std::atomic<int> nextPage {0};
    const auto drawLane = [&](int lane) {
        std::unique_ptr<PdfEngineDocument> own;
        const PdfEngineDocument* document = lane == 0 ? m_document.get() : nullptr;
        for (int i = nextPage++; i < count; i = nextPage++) {
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
                    page.sharpnessChecked
                        = PdfInspector::sharpness(asDrawnAt(decoded, size, PdfInspector::measureDpi(size)));
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
            // As the check draws it (its threshold), and at 100 dpi (the share kept).
            QImage before;
            QImage before100;
            const double measureDpi = PdfInspector::measureDpi(size);
            if (hasText || dpi < measureDpi) {
                before = document->render(i, measureDpi, abort);
                if (!before.isNull())
                    before100 = hasText || dpi < PdfFitter::MeasureDpi
                        ? document->render(i, PdfFitter::MeasureDpi, abort)
                        : asDrawnAt(drawn, size, PdfFitter::MeasureDpi);
                if (before.isNull() || before100.isNull()) {
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
                before = asDrawnAt(drawn, size, measureDpi);
                before100 = asDrawnAt(drawn, size, PdfFitter::MeasureDpi);
            }
            if (i == 0)
                m_previewBefore
                    = preview(before.format() == QImage::Format_Grayscale8 ? drawn : before, size);
            page.sharpnessChecked = PdfInspector::sharpness(before);
            page.sharpness100 = PdfInspector::sharpness(before100);
            adopt(page, std::move(drawn), dpi, size, hasText);
            ++done;
        }
    };
    // The second lane on a thread of its own and the first on this one. (blockingMap over the two
    // lanes ran both on this thread, one after the other, while check-pdf's inspection held the
    // pool's other thread: four pages took 1 s instead of 0.5.)
    QFuture<void> second;
    if (count > 1)
        second = QtConcurrent::run([&drawLane] { drawLane(1); });
    try {
        drawLane(0);
    } catch (...) {
        second.waitForFinished(); // nothing may run on after the refusal
        throw;
    }
    second.waitForFinished();
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
    m_pages[0].sharpnessChecked
        = PdfInspector::sharpness(asDrawnAt(m_pages[0].master, sizePt, PdfInspector::measureDpi(sizePt)));
    m_pages[0].sharpness100
        = PdfInspector::sharpness(asDrawnAt(m_pages[0].master, sizePt, PdfFitter::MeasureDpi));
    report(0.5);
    return search(std::move(result));
}

} // namespace karier::detail::fit
