// SPDX-License-Identifier: GPL-3.0-or-later
// karier-scan-fixture [--kind scan1mb|scan6|photo] OUT: writes a fixture of tests/support/SyntheticScan.
//   scan1mb (default)  the "1 MB scanned A4 PDF" (the inspect and preview scenarios)
//   scan6              a 6-page 200 dpi colour scan of about 6 MB (the fit scenario)
//   photo              a 2.5 MB phone photo (JPEG) of a certificate (the fit scenario)
// A separate program because drawing the text needs a QGuiApplication and karier-bench is a
// QCoreApplication; run it offscreen. Prints "BYTES …" and exits 0, or a message on stderr and exits 1.

#include "SyntheticScan.h"

#include <QGuiApplication>
#include <QSaveFile>
#include <cstdio>

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
        std::fputs("Usage: karier-scan-fixture [--kind scan1mb|scan6|photo] OUT\n", stderr);
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
