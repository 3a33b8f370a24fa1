// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSize>
#include <QSizeF>
#include <QString>

// Test data made on the fly, independent of karier_core: synthetic scans of documents (to
// calibrate and test the sharpness check, and as the 1 MB benchmark fixture) and a minimal PDF
// writer for hand-made, also malformed, PDFs.
//
// Drawing text needs a QGuiApplication (QTEST_MAIN in a test linked to Qt6::Gui; offscreen is
// fine); the PDF writer does not.

namespace karier::test {

/// A minimal PDF writer: numbered objects, a classic cross-reference table and a trailer.
class MiniPdf
{
public:
    /// Reserves the next object number, for objects that refer to each other.
    int reserve();
    /// Sets the body of object \a number, e.g. "<< /Type /Catalog /Pages 2 0 R >>".
    void set(int number, const QByteArray& body);
    /// reserve() and set(); returns the number.
    int add(const QByteArray& body);
    /// A stream object body: "<< entries /Length n >>\nstream\n" data "\nendstream".
    static QByteArray stream(const QByteArray& dictionaryEntries, const QByteArray& data);
    /// The whole file. \a root is the catalog; \a trailerEntries go into the trailer dictionary.
    QByteArray build(int root, const QByteArray& trailerEntries = {}) const;

private:
    QList<QByteArray> m_objects;
};

/// zlib data for /FlateDecode: qCompress() without its 4-byte length prefix.
QByteArray flate(const QByteArray& data);

/// A PDF with \a pageCount pages of \a pageSizePt points that all show the content stream
/// \a content; with \a compress it is stored with /FlateDecode.
QByteArray simplePdf(int pageCount, QSizeF pageSizePt, const QByteArray& content, bool compress = false);

/// A PDF with one page of \a pageSizePt per content stream in \a contents (page i shows
/// contents[i]); with \a compress they are stored with /FlateDecode.
QByteArray pagesPdf(QSizeF pageSizePt, const QList<QByteArray>& contents, bool compress = false);

/// A PDF of one page of \a pageSizePt showing a JPEG (DCTDecode) over the whole page, as
/// scanner software writes it.
QByteArray jpegPdf(const QByteArray& jpeg, QSize pixels, bool greyscale, QSizeF pageSizePt);

constexpr QSizeF A4PortraitPt {595.276, 841.89};

enum class ScanLayout {
    Decree, ///< a dense A4 portrait letter: letterhead, 11 pt paragraphs, signature block
    Certificate, ///< a sparse A4 landscape certificate: frame, large title and name, few lines
};

/// How a synthetic scan is made: the page is drawn with QPainter at dpi, turned slightly, tinted
/// like paper with dark-grey ink, blurred (scaled down by blurFactor and up again: what an out-of-
/// focus or shaken scan looks like), given Gaussian sensor noise, and compressed as JPEG.
struct SyntheticScanOptions
{
    ScanLayout layout = ScanLayout::Decree;
    int dpi = 200;
    double rotationDegrees = 0.6;
    double blurFactor = 1.0; ///< 1 is sharp
    /// false: optical blur before noise and JPEG (as in a scanner or camera); true: blur the
    /// compressed scan and compress again (a scan resized by software).
    bool blurAfterCompression = false;
    double noiseSigma = 4.0; ///< grey levels
    int jpegQuality = 85;
    bool greyscale = false;
    quint32 seed = 1;
    bool stamp = false; ///< a blue office stamp over the signature (a page with colour)
};

/// The scanned page before JPEG compression (with blurAfterCompression: after the first one).
QImage syntheticScanImage(const SyntheticScanOptions& options);
/// The scanner's JPEG file.
QByteArray syntheticScanJpeg(const SyntheticScanOptions& options);
/// The scan as a one-page PDF (A4, portrait or landscape as the layout).
QByteArray syntheticScanPdf(const SyntheticScanOptions& options);

/// One page of a multi-page PDF of JPEG pages.
struct JpegPage
{
    QByteArray jpeg;
    QSize pixels;
    bool greyscale = false;
    QSizeF pageSizePt;
};
/// A PDF of \a pages, each a JPEG (DCTDecode) over the whole page, in order.
QByteArray jpegPagesPdf(const QList<JpegPage>& pages);

/// A multi-page colour scan as scanner software writes it: \a pageCount pages at \a dpi (decrees,
/// every third a landscape certificate, each with a blue stamp, seeds 1, 2, …), with one JPEG
/// quality for all pages searched so that the PDF is as close as possible to \a targetBytes.
/// Deterministic. The `fit` benchmark uses 6 pages at 200 dpi, about 6 MB.
QByteArray multiPageScanPdf(int pageCount = 6, int dpi = 200, qsizetype targetBytes = 6 * 1024 * 1024);

/// A phone photo of a certificate (4032 x 3024, the sheet slightly turned on a desk, uneven light,
/// sensor noise) as a JPEG whose quality is searched to be as close as possible to \a targetBytes.
/// Deterministic.
QByteArray phonePhotoJpeg(qsizetype targetBytes = 2'500'000);

/// The "1 MB scanned A4 PDF" fixture shared by tests and benchmarks: a Decree scan at 300 dpi
/// (250 or 200 if needed), with the JPEG quality searched so that the PDF has 0.9 to 0.99 MiB.
/// Made once per process and cached. \a used, when given, receives the options it was made with.
QByteArray scannedA4Pdf1MB(SyntheticScanOptions* used = nullptr);

/// A real A4 PDF with \a pages pages of text, as a word processor would write it (QPdfWriter).
bool writeTextPdf(const QString& path, int pages, const QString& title);

} // namespace karier::test
