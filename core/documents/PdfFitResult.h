// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace karier {

/// How one page of a fitted PDF was written.
struct PdfFitPage
{
    int dpi = 0;
    bool greyscale = false;
    int quality = 0; ///< JPEG quality
    bool text = false; ///< a page with real text (not a scan): stepped down last
    qint64 bytes = 0; ///< the JPEG of the page
    std::optional<double>
        sharpnessBefore; ///< as the blur check measures it (PdfInspector::measureDpi), the original page
    std::optional<double> sharpnessAfter; ///< the same, the page of the result
};

/// What "Perkecil otomatis" made of a file: what `karier-cli fit-pdf --json` prints as its last
/// line, what PdfFitter returns in-process and what PdfFitRunner reads back from the child.
///
/// Codes:
///   fitted      a new PDF under the limit was written (ok)
///   unchanged   the file is a PDF already within the limit; the output is the file itself (ok)
///   cannot_fit  no setting gets under the limit without the result going blurry (nothing written)
///   cancelled   stopped by the user
///   write_failed  the output could not be written
///   and every refusal of check-pdf (PdfCheckResult): empty, not_found, io_error, not_pdf (a file
///   that is neither a PDF nor a JPEG/PNG image), too_large (over the input limit), unreadable,
///   encrypted, too_many_pages, too_large_page, render_timeout, timeout, crashed, helper_failed.
struct PdfFitResult
{
    QString file; ///< the input as given
    bool ok = false;
    QString code;
    QString message; ///< Indonesian, one or two sentences
    QString input; ///< "pdf", "jpeg" or "png"; empty when not known
    qint64 inputBytes = -1;
    qint64 outputBytes = -1; ///< -1 when nothing was written
    int pages = 0;
    /// As the blur check measures it, over the pages with content: the page that kept the least of
    /// its sharpness.
    std::optional<double> sharpnessBefore;
    std::optional<double> sharpnessAfter;
    std::optional<double> sharpnessKept; ///< the share of that page's sharpness kept, at 100 dpi
    QList<PdfFitPage> pageSettings;

    // Not in the JSON line: the runner reads them back from files.
    QByteArray output; ///< the new PDF (ok only)
    QImage previewBefore; ///< page 1 of the input at 100 dpi
    QImage previewAfter; ///< page 1 of the result at 100 dpi

    QJsonObject toJson() const;
    QByteArray toJsonLine() const;
    static std::optional<PdfFitResult> fromJson(const QJsonObject& object);
    static std::optional<PdfFitResult> fromJsonLine(const QByteArray& line);
};

} // namespace karier

Q_DECLARE_METATYPE(karier::PdfFitResult)
