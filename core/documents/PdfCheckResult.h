// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QJsonObject>
#include <QMetaType>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <optional>

namespace karier {

/// The verdict on one uploaded PDF: what `karier-cli check-pdf --json` prints as one line, what
/// PdfInspector returns in-process and what PdfCheckRunner parses back from the child process.
///
/// `code` is a stable word for programs; `message` is Indonesian for the user. Codes:
///   ok              accepted (it may still carry warnings)
///   empty           the file has 0 bytes
///   not_found       the file does not exist
///   io_error        the file could not be read, or is not a regular file
///   not_pdf         no `%PDF-` at offset 0; the message names what it is (JPEG, PNG, Word, HTML…)
///   too_large       more bytes than the limit (the message shows the real size)
///   unreadable      Poppler cannot open it, it has no page, or one of its pages cannot be drawn
///                   (the message names the page)
///   encrypted       a password is needed to open it (an owner password alone is accepted)
///   too_many_pages  more pages than the limit
///   too_large_page  a page's shape cannot be drawn within the pixel cap (the message names it)
///   render_timeout  the pages were not all drawn within the time budget for the whole document
///                   (Poppler's abort callback; the message names the page it stopped on)
///   timeout         the child process did not finish within its wall-clock limit and was killed
///   crashed         the child process crashed or ran out of memory or CPU time
///   helper_failed   the child process could not be started or gave no readable answer
///   cancelled       PdfCheckRunner::cancel() stopped the check
/// Warnings (only on accepted files): `blurry` (sharpness below the threshold), `blank` (the first
/// page shows nothing whose sharpness could be measured).
struct PdfCheckResult
{
    QString file; ///< the path as given
    bool ok = false;
    QString code;
    QString message; ///< Indonesian, one or two sentences
    qint64 bytes = -1; ///< file size; -1 when unknown
    int pages = 0; ///< 0 when unknown
    std::optional<double> sharpness; ///< variance of the Laplacian (see PdfInspector); none if not measured
    QStringList warnings;
    /// SHA-256 (lower-case hex) of exactly the bytes that were checked; empty when they were not
    /// read. What storage compares with the bytes it is given (DocumentUpload::checkedSha256).
    QString sha256;
    /// The first page as the check drew it, at the width the caller asked for
    /// (PdfCheckOptions::firstPageWidth), so that a preview paints the checked page at once and never
    /// draws it a second time. Null unless asked for and the file was accepted. Not in toJson(): the
    /// child sends it with firstPageJson(), the parent reads it with readFirstPage().
    QImage firstPage;
    /// The size of the first page in points (rotation applied), with firstPage.
    QSizeF firstPageSizePt;

    /// The most bytes of the first page's PGM/PPM a child may send (before base64): MaxFirstPagePixels
    /// in colour and the header.
    static constexpr qsizetype MaxFirstPageBytes = qsizetype(12) << 20;
    /// Most pixels of the first page's image (a 1240 x 1754 A4 page is 2.2 million).
    static constexpr qint64 MaxFirstPagePixels = 4'000'000;

    bool hasWarning(const QString& warning) const { return warnings.contains(warning); }

    /// The JSON object with the keys file, ok, code, message, bytes, pages, sharpness (number or
    /// null), warnings (array of strings), and sha256 when known.
    QJsonObject toJson() const;
    /// One compact JSON line (without the newline).
    QByteArray toJsonLine() const;
    /// Parses what toJson() wrote; nothing when a key is missing or has the wrong type.
    static std::optional<PdfCheckResult> fromJson(const QJsonObject& object);
    static std::optional<PdfCheckResult> fromJsonLine(const QByteArray& line);

    /// firstPage and firstPageSizePt as the value of the key "first_page": {"pnm": base64 of a binary
    /// PGM (grey) or PPM, "width_pt", "height_pt"}; an empty object when firstPage is null or it would be
    /// larger than MaxFirstPageBytes.
    QJsonObject firstPageJson() const;
    /// The same as one compact JSON line (without its newline), written directly: what a child sends
    /// as soon as it has drawn the first page. Empty when firstPageJson() would be.
    QByteArray firstPageLine() const;
    /// Reads the key "first_page" of \a object (written by firstPageJson) into firstPage and
    /// firstPageSizePt, trusting nothing: a binary PGM/PPM of at most MaxFirstPageBytes, its pixels
    /// read only once its header says exactly \a width pixels wide and a height that matches
    /// the page's shape (2 pixels either way), MaxFirstPagePixels at most. True when the key is absent
    /// (nothing is read) or the image is good; false, with firstPage null, otherwise.
    bool readFirstPage(const QJsonObject& object, int width);
};

} // namespace karier

Q_DECLARE_METATYPE(karier::PdfCheckResult)
