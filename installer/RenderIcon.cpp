// SPDX-License-Identifier: GPL-3.0-or-later
// karier-render-icon SVG OUTDIR SIZE...: renders the application icon into OUTDIR/NxN/apps/<name>.png
// at build time (QtSvg, already a dependency), so that no PNG has to be kept in the repository.
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fputs("penggunaan: karier-render-icon BERKAS.svg FOLDER UKURAN...\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "%s bukan SVG yang valid\n", qPrintable(args.at(1)));
        return 1;
    }
    const QString name = QFileInfo(args.at(1)).completeBaseName();
    for (qsizetype i = 3; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        if (size <= 0)
            return 2;
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        if (!QDir().mkpath(dir) || !image.save(QStringLiteral("%1/%2.png").arg(dir, name))) {
            std::fprintf(stderr, "%s tidak dapat ditulis\n", qPrintable(dir));
            return 1;
        }
    }
    return 0;
}
