// SPDX-License-Identifier: GPL-3.0-or-later
/// The step search: the ladder step of every page whose JPEGs together fit the byte budget while
/// every page stays sharp, the output assembled, read back and described. See Fitter.h.
#include "documents/PdfInspector.h"
#include "documents/fit/Fitter.h"
#include "documents/fit/PageAnalysis.h"
#include "documents/fit/QpdfPages.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>
#include <array>
#include <atomic>
#include <cmath>
#include <exception>
#include <numeric>

namespace karier::detail::fit {

namespace {

constexpr qint64 PerPageOverhead = 400; // page, content stream and image dictionary in the PDF
constexpr qint64 FileOverhead = 1200; // header, catalog, page tree, info, cross-reference table

} // namespace

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
    for (int attempt = 0; attempt < 6; ++attempt) {
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
        if (heldByCheck(pdf))
            continue;
        return deliver(pdf, std::move(result));
    }
    return refusal(std::move(result), "write_failed",
        QStringLiteral("PDF hasil tetap melebihi batas %1; file tidak ditulis.")
            .arg(PdfInspector::formatSize(m_options.maxBytes)));
}

bool Fitter::heldByCheck(const QByteArray& pdf)
{
    // Page 1 judged by the blur check's own code, as check-pdf will judge the upload: the figure
    // the result reports is the check's, and a page the check calls blurry where the original was
    // sharp is held one step higher.
    Page& first = m_pages[0];
    if (!first.sharpnessChecked || *first.sharpnessChecked < m_options.sharpnessThreshold)
        return false;
    PdfCheckLimits limits;
    limits.maxBytes = pdf.size();
    limits.allPages = false;
    limits.sharpnessThreshold = m_options.sharpnessThreshold;
    limits.maxRenderPixels = m_options.maxRenderPixels;
    const PdfCheckResult checked = PdfInspector::inspectData(pdf, QString(), limits);
    if (!checked.ok || !checked.sharpness)
        return false; // no engine here, or the check refuses for another reason: the runner's check says
    sharpEnough(first, first.level, m_options); // the fitter's own figure first, then the check's
    Candidate& made = candidate(first, first.level);
    made.sharpnessChecked = checked.sharpness;
    if (*checked.sharpness >= m_options.sharpnessThreshold || first.level == 0)
        return false;
    made.sharpEnough = false;
    first.cap = first.level - 1;
    return true;
}

PdfFitResult Fitter::deliver(const QByteArray& pdf, PdfFitResult result)
{
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
        readable = readableByQpdf(pdf, m_pages.size());
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
        settings.sharpnessBefore = page.sharpnessChecked;
        settings.sharpnessAfter = made.sharpnessChecked;
        if (settings.sharpnessBefore && settings.sharpnessAfter && page.sharpness100
            && *page.sharpness100 > 0.0 && made.sharpness100) {
            const double kept = *made.sharpness100 / *page.sharpness100; // the share, at 100 dpi
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
    // A photo becomes a PDF (it may grow: say so honestly); a PDF is made smaller.
    const bool photo = result.input != QLatin1String("pdf");
    const QString sizes = PdfInspector::formatSize(result.inputBytes);
    result.message = photo ? QCoreApplication::translate("karier::PdfFitter", "Foto (%1) dijadikan PDF %2.")
                                 .arg(sizes, PdfInspector::formatSize(pdf.size()))
                           : QCoreApplication::translate(
                               "karier::PdfFitter", "Ukuran diperkecil dari %1 menjadi %2 (%3 halaman).")
                                 .arg(sizes, PdfInspector::formatSize(pdf.size()))
                                 .arg(m_pages.size());
    if (result.sharpnessAfter)
        result.message
            += QCoreApplication::translate("karier::PdfFitter", " Ketajaman hasil: %1.")
                   .arg(PdfInspector::sharpnessWord(result.sharpnessAfter, m_options.sharpnessThreshold));
    return result;
}

} // namespace karier::detail::fit
