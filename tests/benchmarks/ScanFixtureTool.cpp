// SPDX-License-Identifier: GPL-3.0-or-later
// karier-scan-fixture [--kind scan1mb|scan6|drawn4|photo] OUT: writes a fixture of
// tests/support/SyntheticScan.
//   scan1mb (default)  the "1 MB scanned A4 PDF" (the inspect and preview scenarios)
//   scan6              a 6-page 200 dpi colour scan of about 6 MB (the fit scenario)
//   drawn4             a 4-page 200 dpi colour scan whose pages the PDF engine must draw (the fit
//                      scenario's general path): each page is three JPEG strips (as some scanners and
//                      PDF joiners write it) with a line of real text over them (a "salinan sesuai
//                      asli" note added afterwards), JPEG quality 85
//   photo              a 2.5 MB phone photo (JPEG) of a certificate (the fit scenario)
// A separate program because drawing the text needs a QGuiApplication and karier-bench is a
// QCoreApplication; run it offscreen. Prints "BYTES …" and exits 0, or a message on stderr and exits 1.

#include "SyntheticScan.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QSaveFile>
#include <cstdio>

namespace {

using namespace karier::test;

QByteArray pdfNumber(double value)
{
    return QByteArray::number(value, 'f', 3);
}

QByteArray jpegOf(const QImage& image, int quality)
{
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPEG", quality))
        return {};
    return jpeg;
}

/// The drawn4 fixture (see above); empty when a JPEG cannot be written.
QByteArray drawnScanPdf()
{
    constexpr int PageCount = 4;
    constexpr int Strips = 3;
    MiniPdf pdf;
    const int catalog = pdf.reserve();
    const int tree = pdf.reserve();
    const int font
        = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    QByteArray kids;
    for (int i = 0; i < PageCount; ++i) {
        SyntheticScanOptions options;
        options.layout = i % 2 == 1 ? ScanLayout::Certificate : ScanLayout::Decree;
        options.dpi = 200;
        options.seed = quint32(11 + i);
        options.stamp = true;
        const QImage image = syntheticScanImage(options);
        const QSizeF pagePt
            = options.layout == ScanLayout::Certificate ? A4PortraitPt.transposed() : A4PortraitPt;
        QByteArray content;
        QByteArray xobjects;
        for (int strip = 0; strip < Strips; ++strip) {
            const int top = image.height() * strip / Strips;
            const int bottom = image.height() * (strip + 1) / Strips;
            const QByteArray jpeg = jpegOf(image.copy(0, top, image.width(), bottom - top), 85);
            if (jpeg.isEmpty())
                return {};
            const int object = pdf.add(MiniPdf::stream("/Type /XObject /Subtype /Image /Width "
                    + QByteArray::number(image.width()) + " /Height " + QByteArray::number(bottom - top)
                    + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode",
                jpeg));
            const QByteArray name = "/Im" + QByteArray::number(strip);
            xobjects += name + ' ' + QByteArray::number(object) + " 0 R ";
            const double y = pagePt.height() * (1.0 - double(bottom) / image.height());
            const double h = pagePt.height() * double(bottom - top) / image.height();
            content += "q " + pdfNumber(pagePt.width()) + " 0 0 " + pdfNumber(h) + " 0 " + pdfNumber(y)
                + " cm " + name + " Do Q\n";
        }
        content += "BT 0.1 0.1 0.5 rg /F1 9 Tf 1 0 0 1 42 24 Tm (Salinan sesuai dengan aslinya - halaman "
            + QByteArray::number(i + 1) + ") Tj ET\n";
        const int contents = pdf.add(MiniPdf::stream({}, content));
        const int page = pdf.add("<< /Type /Page /Parent " + QByteArray::number(tree) + " 0 R /MediaBox [0 0 "
            + pdfNumber(pagePt.width()) + ' ' + pdfNumber(pagePt.height()) + "] /Resources << /XObject << "
            + xobjects + ">> /Font << /F1 " + QByteArray::number(font) + " 0 R >> >> /Contents "
            + QByteArray::number(contents) + " 0 R >>");
        kids += QByteArray::number(page) + " 0 R ";
    }
    pdf.set(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(tree) + " 0 R >>");
    pdf.set(tree, "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(PageCount) + " >>");
    return pdf.build(catalog);
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    QString kind = QStringLiteral("scan1mb");
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("--kind")) {
        kind = arguments.at(2);
        arguments.remove(1, 2);
    }
    if (arguments.size() != 2) {
        std::fputs("Usage: karier-scan-fixture [--kind scan1mb|scan6|drawn4|photo] OUT\n", stderr);
        return 2;
    }
    QByteArray data;
    QByteArray detail;
    if (kind == QLatin1String("scan1mb")) {
        karier::test::SyntheticScanOptions used;
        data = karier::test::scannedA4Pdf1MB(&used);
        if (data.isEmpty()) {
            std::fputs("karier-scan-fixture: no JPEG quality gives a PDF of 0.9 to 0.99 MiB\n", stderr);
            return 1;
        }
        detail = QByteArray::number(used.dpi) + ' ' + QByteArray::number(used.jpegQuality);
    } else if (kind == QLatin1String("scan6")) {
        data = karier::test::multiPageScanPdf();
    } else if (kind == QLatin1String("drawn4")) {
        data = drawnScanPdf();
        if (data.isEmpty()) {
            std::fputs("karier-scan-fixture: cannot write a JPEG strip\n", stderr);
            return 1;
        }
    } else if (kind == QLatin1String("photo")) {
        data = karier::test::phonePhotoJpeg();
    } else {
        std::fprintf(stderr, "karier-scan-fixture: unknown kind %s\n", qPrintable(kind));
        return 2;
    }
    QSaveFile file(arguments.at(1));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        std::fprintf(stderr, "karier-scan-fixture: cannot write %s: %s\n", qPrintable(arguments.at(1)),
            qPrintable(file.errorString()));
        return 1;
    }
    std::printf("%lld %s\n", static_cast<long long>(data.size()), detail.constData());
    return 0;
}
