// SPDX-License-Identifier: GPL-3.0-or-later
// karier-scan-fixture OUT.pdf: writes the "1 MB scanned A4 PDF" of tests/support/SyntheticScan
// (the fixture of the inspect and preview scenarios). A separate program because drawing the
// text needs a QGuiApplication and karier-bench is a QCoreApplication; run it offscreen.
// Prints "BYTES DPI QUALITY" and exits 0, or a message on stderr and exits 1.

#include "SyntheticScan.h"

#include <QGuiApplication>
#include <QSaveFile>
#include <cstdio>

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fputs("Usage: karier-scan-fixture OUT.pdf\n", stderr);
        return 2;
    }
    karier::test::SyntheticScanOptions used;
    const QByteArray pdf = karier::test::scannedA4Pdf1MB(&used);
    if (pdf.isEmpty()) {
        std::fputs("karier-scan-fixture: no JPEG quality gives a PDF of 0.9 to 0.99 MiB\n", stderr);
        return 1;
    }
    QSaveFile file(arguments.at(1));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        std::fprintf(stderr, "karier-scan-fixture: cannot write %s: %s\n", qPrintable(arguments.at(1)),
            qPrintable(file.errorString()));
        return 1;
    }
    std::printf("%lld %d %d\n", static_cast<long long>(pdf.size()), used.dpi, used.jpegQuality);
    return 0;
}
