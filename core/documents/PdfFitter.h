// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/PdfFitResult.h"
#include "documents/PdfInspector.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace karier {

/// What PdfFitter aims for and what it accepts.
struct PdfFitOptions
{
    static constexpr qint64 DefaultMaxInputBytes = qint64(64) << 20; // 64 MiB
    static constexpr double DefaultMinSharpnessKept = 0.70;
    static constexpr int DefaultMaxDpi = 200;

    qint64 maxBytes = PdfCheckLimits::DefaultMaxBytes; ///< the result must not be larger
    qint64 maxInputBytes = DefaultMaxInputBytes; ///< larger inputs are refused (too_large)
    int maxPages = PdfCheckLimits::DefaultMaxPages;
    /// Every page keeps at least this share of its sharpness (PdfInspector::sharpness of the page as
    /// the PDF engine draws it at 100 dpi, PdfFitter::MeasureDpi)…
    double minSharpnessKept = DefaultMinSharpnessKept;
    /// …and, when the original page measures at least the blur check's threshold as the check measures
    /// it (PdfInspector::measureDpi), it still does.
    double sharpnessThreshold = PdfCheckLimits::DefaultSharpnessThreshold;
    int renderBudgetMs = 5000; ///< per page
    qint64 maxRenderPixels = PdfCheckLimits::DefaultMaxRenderPixels; ///< per page
    int maxDpi = DefaultMaxDpi; ///< the best setting tried
};

/// "Perkecil otomatis": makes a PDF, or a JPEG/PNG photo of a document, fit the upload limit
/// while it stays sharp enough to pass review. Pure core logic, no widgets.
///
/// Every page becomes one picture of at most 200 dpi: a page that is nothing but one JPEG over the
/// whole page (what scanners write; found with libqpdf) is decoded, every other page is drawn once
/// with the PDF engine (Poppler); a photo becomes one A4 page (portrait or landscape as the photo,
/// EXIF orientation applied, decoded at a 1/2ⁿ reduction when that still gives 150 dpi). Each page
/// is then written as one JPEG (QImageWriter, optimised Huffman tables) and the pages are put
/// together by libqpdf as DCTDecode images of the original page size. Per page the fitter chooses
/// from a ladder that steps down from 200 dpi quality 85 through lower quality and resolution to
/// 72 dpi quality 40; greyscale for pages without colour from the start, colour pages turn grey
/// only low on the ladder. It stops at the first step whose result is under the limit and whose
/// every page stays sharp (see PdfFitOptions): scan pages step down first; pages with real text (a
/// text layer and white paper) only when the scans cannot go lower. The sizes shrink and the
/// sharpness falls along the ladder: the steps encoded are chosen by an estimate of the sizes from
/// the steps encoded so far (usually two: the first that fits and the one above it), and a page
/// that goes blurry is held at its lowest sharp step, found by bisection. Sharpness is measured as
/// the blur check draws the page (PdfInspector::measureDpi, A4 at about 150 dpi) without building a
/// PDF: a picture over the whole page is scaled as Poppler's Splash scales an image (box sums
/// down, bilinear up); pages with a text layer are measured on the engine's own drawing. Page 1 of
/// the result is then judged by the check itself (PdfInspector::inspectData): when the check would
/// call it blurry where the fitter measured it sharp, page 1 is held one step higher and the search
/// repeats, so a fitted file never draws the check's "buram" warning that the fitter did not give. Before
/// scans are encoded their paper is whitened (background removal, as scanner software does), so that paper
/// noise costs no bytes. The result is read back (by the engine for a PDF, by libqpdf for a photo) before it
/// is returned.
///
/// A PDF gets the refusals of check-pdf (PdfInspector, with maxInputBytes as its size limit; run
/// beside the drawing, its refusal wins); a PDF already within the limit is returned unchanged.
/// Poppler's parser has no deadline: for untrusted files run it through PdfFitRunner
/// (`karier-cli fit-pdf`) in a child process.
class PdfFitter
{
public:
    /// Whether \a head (the first bytes of a file) is a JPEG or PNG picture, which the fitter turns
    /// into a PDF, whatever the file's name.
    static bool isImage(const QByteArray& head);

    /// The resolution of the previews (page 1 before and after) and of the share of sharpness kept
    /// (minSharpnessKept, a relative measure). Whether a page is blurry is judged where the blur
    /// check measures it (PdfInspector::measureDpi), against the same threshold.
    static constexpr double MeasureDpi = 100.0;

    /// \a progress receives values from 0 to 1 on the calling thread; \a cancelled is polled (also
    /// from worker threads: it must be thread-safe) and ends the work with code `cancelled`.
    using Progress = std::function<void(double)>;
    using Cancelled = std::function<bool()>;

    /// Fits the file at \a filePath.
    static PdfFitResult fitFile(const QString& filePath, const PdfFitOptions& options = {},
        const Progress& progress = {}, const Cancelled& cancelled = {});
    /// Fits \a data, reported under the name \a fileName.
    static PdfFitResult fitData(const QByteArray& data, const QString& fileName,
        const PdfFitOptions& options = {}, const Progress& progress = {}, const Cancelled& cancelled = {});
};

} // namespace karier
