// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/PdfCheckResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSizeF>
#include <QString>
#include <functional>
#include <optional>

class QImage;

namespace karier {

/// How sharp a page is, in the words users see ("Tajam", "Cukup", "Buram"), never the raw figure.
enum class SharpnessLevel {
    Tajam, ///< well above the blur check's threshold (SharpLevelFactor times it or more)
    Cukup, ///< passes the blur check
    Buram, ///< below the threshold: the check warns
};

/// The limits an uploaded PDF must meet. The defaults are the issue's; the caller reads the
/// configured values from the settings and passes them in.
struct PdfCheckLimits
{
    static constexpr qint64 DefaultMaxBytes = 1048576; // 1 MB
    static constexpr int DefaultMaxPages = 50;
    /// Calibrated on synthetic scans (see the table in PdfInspector.cpp): sharp and lightly
    /// compressed scans measure well above it, scans blurred by a factor of 2 or more below.
    static constexpr double DefaultSharpnessThreshold = 3500.0;
    /// For drawing every page of the document together (see PdfInspector).
    static constexpr int DefaultRenderBudgetMs = 10000;
    static constexpr qint64 DefaultMaxRenderPixels = 4'000'000;

    qint64 maxBytes = DefaultMaxBytes;
    int maxPages = DefaultMaxPages;
    double sharpnessThreshold = DefaultSharpnessThreshold;
    int renderBudgetMs = DefaultRenderBudgetMs; ///< for drawing all pages (Poppler's abort callback)
    qint64 maxRenderPixels = DefaultMaxRenderPixels; ///< pixel cap of each page's image
    /// Draw every page (an upload); false: only the first (PdfFitter, which draws the others itself).
    bool allPages = true;
};

/// Checks one untrusted PDF in this process: magic bytes, size, Poppler can open it, no password
/// needed, page count, every page drawn within one time budget for the whole document and the
/// pixel cap (the first at the normalised scale, the others at a quarter of its pixels: what is
/// hostile in a page — a decompression bomb, an endless content stream, a broken object — is met
/// whatever the scale), and the sharpness of the first page. So a page that cannot be drawn is
/// refused at upload, named, and never first met by Poppler in a viewer.
///
/// It never hangs for long on its own (the render has a deadline), but Poppler's parser has no
/// deadline and may crash on hostile input: for uploads run it in a child process through
/// PdfCheckRunner (`karier-cli check-pdf`), which adds a wall-clock limit and a memory limit.
class PdfInspector
{
    Q_DECLARE_TR_FUNCTIONS(karier::PdfInspector)

public:
    /// The first page is drawn at this many pixels (A4 at 150 dpi, 1240 x 1754) whatever its size
    /// in points, so that the sharpness of every document is measured at the same scale.
    static constexpr qint64 NormalisedPixels = 1240 * 1754;

    /// Checks the file at \a filePath. Reads at most limits.maxBytes bytes of it.
    static PdfCheckResult inspect(const QString& filePath, const PdfCheckLimits& limits = {});
    /// Loads the JPEG decoder (Qt's image plug-ins) by decoding a tiny picture, for a process that
    /// checks one file next (`check-pdf --standby`).
    static void warmUpDecoder();
    /// Receives page 1 as drawn for a preview, and its size in points.
    using FirstPageSink = std::function<void(const QImage& page, QSizeF pageSizePt)>;
    /// Checks \a data, reported under the name \a fileName. With \a firstPageWidth > 0 the first page
    /// \a firstPageWidth pixels wide is drawn for a preview: given \a firstPageDrawn, it is drawn
    /// first of all, at that width (a page that is one full-page JPEG, a scan, is decoded instead), and
    /// handed to it before the check goes on (whatever the verdict will be); without it, an accepted file's
    /// result carries it (PdfCheckResult::firstPage), scaled from the picture the check drew.
    static PdfCheckResult inspectData(const QByteArray& data, const QString& fileName,
        const PdfCheckLimits& limits = {}, int firstPageWidth = 0, const FirstPageSink& firstPageDrawn = {});
    /// The checks that need only the first bytes (\a head) and the size, without any PDF engine:
    /// `empty`, `not_pdf`, `too_large`; a result with an empty code when they pass.
    static PdfCheckResult checkPrefix(
        const QByteArray& head, qint64 bytes, const QString& fileName, const PdfCheckLimits& limits);
    /// SHA-256 of \a data as lower-case hex (PdfCheckResult::sha256).
    static QString sha256Hex(const QByteArray& data);

    /// The sharpness of a rendered page: the variance of the 3x3 Laplacian per 48 x 48 tile,
    /// over the tiles that are not blank (grey-level standard deviation >= 10), and the 95th
    /// percentile of those. Nothing when no tile has content. Meaningful at the normalised scale.
    static std::optional<double> sharpness(const QImage& image);

    /// The resolution (dots per inch) at which the check draws the first page of \a pageSizePt and
    /// measures its sharpness: renderScale() × 72 (A4: about 150 dpi). The fitter measures at the same
    /// resolution, so one figure and one threshold serve both.
    static double measureDpi(QSizeF pageSizePt);

    /// A sharpness at or above this many times the threshold is "Tajam".
    static constexpr double SharpLevelFactor = 1.5;
    /// The level of \a sharpness (the measure above) against the blur check's \a threshold.
    static SharpnessLevel sharpnessLevel(
        double sharpness, double threshold = PdfCheckLimits::DefaultSharpnessThreshold);
    /// The level as a word for users: "Tajam", "Cukup" or "Buram"; "tidak terukur" without a figure.
    static QString sharpnessWord(
        std::optional<double> sharpness, double threshold = PdfCheckLimits::DefaultSharpnessThreshold);

    /// Pixels per point for drawing a page of \a pageSizePt: NormalisedPixels in total, less when
    /// \a maxPixels is smaller, and never more than 16384 pixels on a side. 0 for an invalid size.
    static double renderScale(QSizeF pageSizePt, qint64 maxPixels = PdfCheckLimits::DefaultMaxRenderPixels);

    /// What \a head (the first bytes of a file) is, as an Indonesian noun phrase, e.g. "gambar JPEG",
    /// "dokumen Word (DOCX)", "halaman web (HTML)"; an empty string for a PDF or an unknown kind.
    static QString describeContent(const QByteArray& head);
    /// \a bytes for a message: "1,4 MB", "512 KB", "900 byte" (binary units, Indonesian decimals).
    static QString formatSize(qint64 bytes);
};

} // namespace karier
