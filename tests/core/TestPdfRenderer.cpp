// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticScan.h"
#include "documents/PdfRenderer.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <memory>

using namespace karier;
using karier::test::MiniPdf;

namespace {

constexpr int AsyncTimeout = 20000;

/// \a pages A4 pages written by Qt, each with a heading and a paragraph of text.
QByteArray textPdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("Uji pratinjau"));
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSize(20);
        painter.setFont(font);
        painter.drawText(QPointF(200, 300), QStringLiteral("Halaman %1").arg(i + 1));
        font.setPointSize(11);
        painter.setFont(font);
        for (int line = 0; line < 30; ++line)
            painter.drawText(QPointF(200, 500 + line * 70),
                QStringLiteral("Surat keputusan kenaikan pangkat, baris %1 pada halaman %2.")
                    .arg(line + 1)
                    .arg(i + 1));
        painter.fillRect(QRectF(200, 2900, 1500, 200), QColor(30, 80, 160));
    }
    painter.end();
    return bytes;
}

/// One A4 page with \a segments random line segments: slow to draw on purpose.
QByteArray heavyPdf(int segments)
{
    QRandomGenerator random(42);
    QByteArray content;
    content.reserve(segments * 40);
    content += "0.2 w 0 0 0 RG\n";
    for (int i = 0; i < segments; ++i) {
        content += QByteArray::number(random.bounded(595)) + ' ' + QByteArray::number(random.bounded(842))
            + " m " + QByteArray::number(random.bounded(595)) + ' ' + QByteArray::number(random.bounded(842))
            + " l S\n";
    }
    return karier::test::simplePdf(1, karier::test::A4PortraitPt, content, true);
}

/// A PDF whose standard security handler needs a user password that is not empty.
QByteArray userPasswordPdf()
{
    MiniPdf pdf;
    const int catalog = pdf.reserve();
    const int pages = pdf.reserve();
    const int page = pdf.add("<< /Type /Page /Parent " + QByteArray::number(pages)
        + " 0 R /MediaBox [0 0 595 842] /Resources << >> >>");
    pdf.set(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(pages) + " 0 R >>");
    pdf.set(pages, "<< /Type /Pages /Kids [" + QByteArray::number(page) + " 0 R] /Count 1 >>");
    const QByteArray o = QByteArray(32, '\x5a').toHex();
    const QByteArray u = QByteArray(32, '\xa5').toHex();
    const int encrypt
        = pdf.add("<< /Filter /Standard /V 1 /R 2 /Length 40 /O <" + o + "> /U <" + u + "> /P -44 >>");
    return pdf.build(catalog,
        "/Encrypt " + QByteArray::number(encrypt)
            + " 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]");
}

/// The share of pixels that are not (almost) white.
double inkRatio(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    qint64 ink = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            ink += qGray(line[x]) < 200 ? 1 : 0;
    }
    return double(ink) / double(qMax<qint64>(1, qint64(rgb.width()) * rgb.height()));
}

/// Whether the image has grey levels between black and white (antialiased edges).
bool hasGreyLevels(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int greys = 0;
    for (int y = 0; y < rgb.height(); y += 2) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const int g = qGray(line[x]);
            greys += (g > 40 && g < 215) ? 1 : 0;
        }
    }
    return greys > 100;
}

} // namespace

class TestPdfRenderer : public QObject
{
    Q_OBJECT

    QByteArray m_threePages;
    QByteArray m_heavy;

private Q_SLOTS:
    void initTestCase();
    void clampDpi_data();
    void clampDpi();
    void opensAndReportsPageSizes();
    void rendersPageAt96Dpi();
    void staleGenerationIsDropped();
    void newestRequestPerPageWins();
    void outOfRangePageFails();
    void refusesBrokenData_data();
    void refusesBrokenData();
    void corpus();
    void reopenReplacesDocument();
    void cancelAllStopsRendering();
    void timeBudgetEndsRendering();
    void destroyWhileRendering();
    void hugeMediaBoxIsClamped();
    void renderFirstPage();
    void renderFirstPageFromThreads();
};

void TestPdfRenderer::initTestCase()
{
    m_threePages = textPdf(3);
    QVERIFY(m_threePages.startsWith("%PDF-"));
    m_heavy = heavyPdf(400000);
}

void TestPdfRenderer::clampDpi_data()
{
    QTest::addColumn<QSizeF>("size");
    QTest::addColumn<double>("dpi");
    QTest::addColumn<qint64>("maxPixels");
    QTest::addColumn<bool>("unchanged");

    QTest::newRow("A4 at 96 dpi") << karier::test::A4PortraitPt << 96.0 << PdfRenderer::DefaultMaxPixels
                                  << true;
    QTest::newRow("A4 at 1200 dpi") << karier::test::A4PortraitPt << 1200.0 << PdfRenderer::DefaultMaxPixels
                                    << false;
    QTest::newRow("largest MediaBox")
        << QSizeF(14400, 14400) << 150.0 << PdfRenderer::DefaultMaxPixels << false;
    QTest::newRow("thin strip") << QSizeF(14400, 10) << 150.0 << PdfRenderer::DefaultMaxPixels << false;
    QTest::newRow("small cap") << karier::test::A4PortraitPt << 96.0 << qint64(10000) << false;
}

void TestPdfRenderer::clampDpi()
{
    QFETCH(QSizeF, size);
    QFETCH(double, dpi);
    QFETCH(qint64, maxPixels);
    QFETCH(bool, unchanged);

    const double clamped = PdfRenderer::clampDpi(size, dpi, maxPixels);
    QVERIFY(clamped > 0.0);
    QVERIFY(clamped <= dpi);
    QCOMPARE(qFuzzyCompare(clamped, dpi), unchanged);
    const double w = std::ceil(size.width() * clamped / 72.0);
    const double h = std::ceil(size.height() * clamped / 72.0);
    QVERIFY2(w * h <= double(maxPixels), qPrintable(QStringLiteral("%1 x %2").arg(w).arg(h)));
    QVERIFY(w <= PdfRenderer::MaxSidePixels && h <= PdfRenderer::MaxSidePixels);

    QCOMPARE(PdfRenderer::clampDpi(QSizeF(0, 842), 96), 0.0);
    QCOMPARE(PdfRenderer::clampDpi(QSizeF(595, 842), 0), 0.0);
    QCOMPARE(PdfRenderer::clampDpi(QSizeF(595, 842), qQNaN()), 0.0);
}

void TestPdfRenderer::opensAndReportsPageSizes()
{
    PdfRenderer renderer;
    QSignalSpy opened(&renderer, &PdfRenderer::opened);
    QSignalSpy failed(&renderer, &PdfRenderer::failed);
    renderer.open(m_threePages);
    QCOMPARE(renderer.pageCount(), 0); // not yet: loading happens on the worker
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, AsyncTimeout);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(opened.at(0).at(0).toInt(), 3);
    const auto sizes = opened.at(0).at(1).value<QList<QSizeF>>();
    QCOMPARE(sizes.size(), 3);
    for (const QSizeF& size : sizes) {
        QVERIFY2(qAbs(size.width() - 595.3) < 1.5, qPrintable(QString::number(size.width())));
        QVERIFY2(qAbs(size.height() - 841.9) < 1.5, qPrintable(QString::number(size.height())));
    }
    QCOMPARE(renderer.pageCount(), 3);
    QCOMPARE(renderer.pageSizesPt(), sizes);
    QVERIFY(renderer.isOpen());
}

void TestPdfRenderer::rendersPageAt96Dpi()
{
    PdfRenderer renderer;
    QSignalSpy ready(&renderer, &PdfRenderer::pageReady);
    renderer.open(m_threePages);
    renderer.requestPage(1, 96, 7); // may be asked before opened(): it waits for the document
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, AsyncTimeout);
    QCOMPARE(ready.at(0).at(0).toInt(), 1);
    QCOMPARE(ready.at(0).at(2).toInt(), 7);
    const QImage image = ready.at(0).at(1).value<QImage>();
    QVERIFY2(qAbs(image.width() - 794) <= 1, qPrintable(QString::number(image.width())));
    QVERIFY2(qAbs(image.height() - 1123) <= 1, qPrintable(QString::number(image.height())));
    const double ink = inkRatio(image);
    QVERIFY2(ink > 0.005 && ink < 0.5, qPrintable(QString::number(ink)));
    QVERIFY2(hasGreyLevels(image), "expected antialiased edges");
}

void TestPdfRenderer::staleGenerationIsDropped()
{
    PdfRenderer renderer;
    QSignalSpy opened(&renderer, &PdfRenderer::opened);
    QSignalSpy ready(&renderer, &PdfRenderer::pageReady);
    QSignalSpy pageFailed(&renderer, &PdfRenderer::pageFailed);
    renderer.open(m_threePages);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, AsyncTimeout);

    renderer.requestPage(0, 150, 1);
    renderer.requestPage(2, 150, 1);
    renderer.requestPage(1, 72, 2); // a newer view state: everything of generation 1 is stale
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, AsyncTimeout);
    renderer.requestPage(0, 150, 1); // stale on arrival
    QTest::qWait(300);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(pageFailed.size(), 0);
    QCOMPARE(ready.at(0).at(0).toInt(), 1);
    QCOMPARE(ready.at(0).at(2).toInt(), 2);
    QVERIFY(qAbs(ready.at(0).at(1).value<QImage>().width() - 595) <= 1);

    // Several pages of the current generation are all answered.
    ready.clear();
    renderer.requestPage(0, 50, 2);
    renderer.requestPage(2, 50, 2);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, AsyncTimeout);
    QCOMPARE(ready.at(0).at(0).toInt() + ready.at(1).at(0).toInt(), 2);
}

void TestPdfRenderer::newestRequestPerPageWins()
{
    PdfRenderer renderer;
    QSignalSpy opened(&renderer, &PdfRenderer::opened);
    QSignalSpy ready(&renderer, &PdfRenderer::pageReady);
    renderer.open(m_threePages);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, AsyncTimeout);
    for (int dpi = 30; dpi <= 72; dpi += 6)
        renderer.requestPage(0, dpi, 5);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, AsyncTimeout);
    QTest::qWait(300);
    QCOMPARE(ready.size(), 1);
    QVERIFY(qAbs(ready.at(0).at(1).value<QImage>().width() - 595) <= 1); // the 72 dpi one
}

void TestPdfRenderer::outOfRangePageFails()
{
    PdfRenderer renderer;
    QSignalSpy opened(&renderer, &PdfRenderer::opened);
    QSignalSpy pageFailed(&renderer, &PdfRenderer::pageFailed);
    renderer.open(m_threePages);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, AsyncTimeout);
    renderer.requestPage(3, 96, 0);
    QTRY_COMPARE_WITH_TIMEOUT(pageFailed.size(), 1, AsyncTimeout);
    QCOMPARE(pageFailed.at(0).at(0).toInt(), 3);
    QVERIFY(pageFailed.at(0).at(1).toString().contains(QStringLiteral("Halaman 4")));
}

void TestPdfRenderer::refusesBrokenData_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");

    QByteArray random(4096, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char& c : random)
        c = char(generator.bounded(256));
    QTest::newRow("empty") << QByteArray() << QStringLiteral("kosong");
    QTest::newRow("random bytes") << random << QStringLiteral("bukan PDF");
    QTest::newRow("html") << QByteArrayLiteral("<!DOCTYPE html><html><body>Bukan PDF</body></html>")
                          << QStringLiteral("bukan PDF");
    QTest::newRow("pdf header and garbage") << QByteArray("%PDF-1.7\n" + random) << QStringLiteral("rusak");
    QTest::newRow("truncated") << m_threePages.left(m_threePages.size() / 3) << QString();
    QTest::newRow("user password") << userPasswordPdf() << QStringLiteral("kata sandi");
}

void TestPdfRenderer::refusesBrokenData()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);

    PdfRenderer renderer;
    QSignalSpy opened(&renderer, &PdfRenderer::opened);
    QSignalSpy failed(&renderer, &PdfRenderer::failed);
    renderer.open(data);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size() + opened.size(), 1, AsyncTimeout);
    if (expected.isEmpty() && opened.size() == 1)
        return; // Poppler may repair a truncated file; then it must simply open
    QCOMPARE(failed.size(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(expected, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(message.endsWith(QLatin1Char('.')));
    QVERIFY(!renderer.isOpen());

    // Requests after a failure are ignored, and the renderer still works for the next file.
    QSignalSpy ready(&renderer, &PdfRenderer::pageReady);
    renderer.requestPage(0, 72, 1);
    renderer.open(m_threePages);
    renderer.requestPage(0, 36, 1);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, AsyncTimeout);
}

void TestPdfRenderer::corpus()
{
    // Every file of the malformed corpus: opened or refused, its first page drawn or refused,
    // never a crash or a hang. A user password is refused; an owner password alone is not.
    const QString dir = qEnvironmentVariable("KARIER_PDF_CORPUS_DIR");
    QVERIFY2(!dir.isEmpty() && QDir(dir + QStringLiteral("/qpdf")).exists(),
        "KARIER_PDF_CORPUS_DIR is not set or missing");
    const QFileInfoList files = QDir(dir + QStringLiteral("/qpdf"))
                                    .entryInfoList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() > 50);
    PdfRenderer renderer;
    renderer.setRenderBudgetMs(3000);
    int openedCount = 0;
    int renderedCount = 0;
    for (const QFileInfo& info : files) {
        QFile file(info.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QSignalSpy opened(&renderer, &PdfRenderer::opened);
        QSignalSpy failed(&renderer, &PdfRenderer::failed);
        QSignalSpy ready(&renderer, &PdfRenderer::pageReady);
        QSignalSpy pageFailed(&renderer, &PdfRenderer::pageFailed);
        renderer.open(file.readAll());
        renderer.requestPage(0, 72, 1);
        QTRY_VERIFY2_WITH_TIMEOUT(
            opened.size() + failed.size() == 1, qPrintable(info.fileName()), AsyncTimeout);
        if (failed.size() == 1) {
            QVERIFY(!failed.at(0).at(0).toString().isEmpty());
            if (info.fileName() == QLatin1String("bad-encryption-length.pdf"))
                QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("kata sandi")));
            continue;
        }
        ++openedCount;
        QTRY_VERIFY2_WITH_TIMEOUT(
            ready.size() + pageFailed.size() == 1, qPrintable(info.fileName()), AsyncTimeout);
        renderedCount += ready.size();
        if (info.fileName() == QLatin1String("V4-aes.pdf")
            || info.fileName() == QLatin1String("encrypted-with-images.pdf"))
            QCOMPARE(ready.size(), 1);
    }
    qInfo("%d files, %d opened, %d first pages drawn", int(files.size()), openedCount, renderedCount);
}

void TestPdfRenderer::reopenReplacesDocument()
{
    PdfRenderer renderer;
    QSignalSpy opened(&renderer, &PdfRenderer::opened);
    QSignalSpy failed(&renderer, &PdfRenderer::failed);
    QSignalSpy ready(&renderer, &PdfRenderer::pageReady);
    renderer.open(m_heavy);
    renderer.requestPage(0, 96, 1);
    renderer.open(textPdf(2)); // replaces it before it was even reported
    renderer.requestPage(1, 48, 1);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, AsyncTimeout);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toInt(), 2);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(ready.at(0).at(0).toInt(), 1);

    renderer.close();
    QVERIFY(!renderer.isOpen());
    renderer.requestPage(0, 48, 2);
    QTest::qWait(200);
    QCOMPARE(ready.size(), 1);
}

void TestPdfRenderer::cancelAllStopsRendering()
{
    PdfRenderer renderer;
    QSignalSpy opened(&renderer, &PdfRenderer::opened);
    QSignalSpy ready(&renderer, &PdfRenderer::pageReady);
    QSignalSpy pageFailed(&renderer, &PdfRenderer::pageFailed);
    renderer.open(m_heavy);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, AsyncTimeout);
    renderer.requestPage(0, 150, 1);
    QTest::qWait(50);
    QElapsedTimer timer;
    timer.start();
    renderer.cancelAll();
    // The worker is free again quickly: a small page comes back long before the heavy one could.
    QSignalSpy opened2(&renderer, &PdfRenderer::opened);
    renderer.open(m_threePages);
    renderer.requestPage(0, 20, 2);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, AsyncTimeout);
    QCOMPARE(ready.at(0).at(2).toInt(), 2);
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(pageFailed.size(), 0);
}

void TestPdfRenderer::timeBudgetEndsRendering()
{
    PdfRenderer renderer;
    renderer.setRenderBudgetMs(150);
    QCOMPARE(renderer.renderBudgetMs(), 150);
    QSignalSpy ready(&renderer, &PdfRenderer::pageReady);
    QSignalSpy pageFailed(&renderer, &PdfRenderer::pageFailed);
    renderer.open(m_heavy);
    QElapsedTimer timer;
    timer.start();
    renderer.requestPage(0, 150, 1);
    QTRY_COMPARE_WITH_TIMEOUT(pageFailed.size(), 1, AsyncTimeout);
    QCOMPARE(ready.size(), 0);
    const QString message = pageFailed.at(0).at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("terlalu rumit")), qPrintable(message));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TestPdfRenderer::destroyWhileRendering()
{
    // The heavy page takes seconds to draw; the destructor must not wait for it.
    for (int round = 0; round < 3; ++round) {
        auto renderer = std::make_unique<PdfRenderer>();
        QSignalSpy opened(renderer.get(), &PdfRenderer::opened);
        QSignalSpy ready(renderer.get(), &PdfRenderer::pageReady);
        renderer->open(m_heavy);
        renderer->requestPage(0, 200, 1);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, AsyncTimeout);
        QTest::qWait(100 + round * 50);
        QCOMPARE(ready.size(), 0); // still drawing
        QElapsedTimer timer;
        timer.start();
        renderer.reset();
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }
    // Destroyed at once, while loading, with requests queued, many times.
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < 20; ++round) {
        PdfRenderer renderer;
        renderer.open(round % 2 ? m_heavy : m_threePages);
        renderer.requestPage(0, 96, 1);
        renderer.requestPage(1, 96, 1);
        if (round % 3 == 0)
            QTest::qWait(5);
    }
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QTest::qWait(100); // nothing is delivered to the destroyed renderers
}

void TestPdfRenderer::hugeMediaBoxIsClamped()
{
    const QByteArray huge = karier::test::simplePdf(
        1, QSizeF(14400, 14400), "0.9 0.2 0.2 rg 0 0 7200 7200 re f 0 0 1 rg 7200 7200 7200 7200 re f");
    PdfRenderer renderer;
    renderer.setMaxPixels(2'000'000);
    QCOMPARE(renderer.maxPixels(), qint64(2'000'000));
    QSignalSpy ready(&renderer, &PdfRenderer::pageReady);
    renderer.open(huge);
    renderer.requestPage(0, 150, 1); // would be 30000 x 30000 pixels, 3.4 GiB
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, AsyncTimeout);
    const QImage image = ready.at(0).at(1).value<QImage>();
    QVERIFY(!image.isNull());
    QVERIFY2(qint64(image.width()) * image.height() <= 2'000'000,
        qPrintable(QStringLiteral("%1 x %2").arg(image.width()).arg(image.height())));
    QVERIFY(image.width() > 1000);
    QCOMPARE(image.width(), image.height());
    const QColor bottomLeft = image.pixel(10, image.height() - 10); // the red quarter
    QVERIFY(qAbs(bottomLeft.red() - 230) <= 2 && bottomLeft.blue() < 60);

    // The default cap, through the synchronous path.
    QString error;
    const QImage full = PdfRenderer::renderFirstPage(huge, 150, &error);
    QVERIFY2(!full.isNull(), qPrintable(error));
    QVERIFY(qint64(full.width()) * full.height() <= PdfRenderer::DefaultMaxPixels);
    QVERIFY(qint64(full.width()) * full.height() > PdfRenderer::DefaultMaxPixels * 9 / 10);
}

void TestPdfRenderer::renderFirstPage()
{
    QString error = QStringLiteral("unchanged");
    const QImage image = PdfRenderer::renderFirstPage(m_threePages, 72, &error);
    QVERIFY(error.isEmpty());
    QVERIFY(qAbs(image.width() - 595) <= 1);
    QVERIFY(qAbs(image.height() - 842) <= 1);
    QVERIFY(inkRatio(image) > 0.005);

    const QImage broken = PdfRenderer::renderFirstPage(QByteArrayLiteral("%PDF-1.4\nrusak"), 72, &error);
    QVERIFY(broken.isNull());
    QVERIFY(!error.isEmpty());
    QVERIFY(PdfRenderer::renderFirstPage(userPasswordPdf(), 72, &error).isNull());
    QVERIFY(error.contains(QStringLiteral("kata sandi")));
    QVERIFY(PdfRenderer::renderFirstPage(QByteArray(), 72, nullptr).isNull());
}

void TestPdfRenderer::renderFirstPageFromThreads()
{
    // Several documents drawn at the same time on different threads (after the warm-up).
    QList<QThread*> threads;
    QList<QImage> images(6);
    for (int i = 0; i < images.size(); ++i) {
        threads.append(QThread::create(
            [this, &images, i] { images[i] = PdfRenderer::renderFirstPage(m_threePages, 48 + i * 4); }));
        threads.last()->start();
    }
    for (QThread* thread : threads) {
        QVERIFY(thread->wait(AsyncTimeout));
        delete thread;
    }
    for (const QImage& image : images)
        QVERIFY(!image.isNull());
}

QTEST_MAIN(TestPdfRenderer)
#include "TestPdfRenderer.moc"
