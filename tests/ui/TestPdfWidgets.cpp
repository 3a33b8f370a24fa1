// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestMain.h"
#include "ScriptedInteraction.h"
#include "SyntheticScan.h"
#include "widgets/DropZone.h"
#include "widgets/MessageBanner.h"
#include "widgets/PdfPreview.h"
#include "widgets/PdfThumbnail.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <memory>

using namespace karier;

namespace {

constexpr int AsyncTimeout = 20000;

/// \a pages A4 pages written by Qt: a heading, a paragraph, a coloured bar.
QByteArray textPdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSize(16);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(QPointF(250, 380), QStringLiteral("PEMERINTAH KOTA SURAKARTA"));
        font.setPointSize(13);
        painter.setFont(font);
        painter.drawText(
            QPointF(250, 520), QStringLiteral("Surat Keputusan Kenaikan Pangkat — halaman %1").arg(i + 1));
        painter.setPen(QPen(QColor(30, 60, 110), 6));
        painter.drawLine(QPointF(250, 600), QPointF(2230, 600));
        font.setPointSize(11);
        font.setBold(false);
        painter.setFont(font);
        painter.setPen(Qt::black);
        for (int line = 0; line < 28; ++line)
            painter.drawText(QPointF(250, 780 + line * 75),
                QStringLiteral(
                    "Menimbang bahwa pegawai negeri sipil tersebut telah memenuhi syarat, baris %1.")
                    .arg(line + 1));
        painter.fillRect(QRectF(1500, 3000, 730, 260), QColor(225, 235, 248));
        painter.drawText(
            QRectF(1500, 3000, 730, 260), Qt::AlignCenter, QStringLiteral("Wali Kota Surakarta"));
    }
    painter.end();
    return bytes;
}

/// Saves a picture of \a widget when KARIER_SCREENSHOT_DIR is set (used to review the layout).
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KARIER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

template<class T> T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

/// Measures the longest time the event loop of this thread does not run while it is active.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(
            &m_timer, &QTimer::timeout, this, [this] { m_longest = std::max(m_longest, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace

class TestPdfWidgets : public QObject
{
    Q_OBJECT

    QByteArray m_pdf;

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void emptyState();
    void loadsAndNavigates();
    void zoomRedraws();
    void fitToWidthFollowsResize();
    void checkedFirstPageShownAtOnce_data();
    void checkedFirstPageShownAtOnce();
    void clearShowsEmptyState();
    void brokenFileFails_data();
    void brokenFileFails();
    void openExternally();
    void openExternallyFailure();
    void destroyWhileLoading();
    void guiThreadStaysResponsive();
    void dropZoneClick();
    void dropZoneDrop();
    void dropZoneLook();
    void thumbnail();
};

void TestPdfWidgets::initTestCase()
{
    m_pdf = textPdf(3);
    QVERIFY(m_pdf.startsWith("%PDF-"));
}

void TestPdfWidgets::cleanup()
{
    ScriptedInteraction::current().setUrlOpener({});
}

void TestPdfWidgets::emptyState()
{
    PdfPreview preview;
    preview.resize(720, 520);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QCOMPARE(child<QStackedWidget>(&preview, "previewStack")->currentWidget(),
        child<QWidget>(&preview, "emptyState"));
    QCOMPARE(child<QLabel>(&preview, "emptyTitle")->text(), QStringLiteral("Belum ada dokumen"));
    QVERIFY(child<QLabel>(&preview, "emptyTitle")->isVisible());
    QCOMPARE(preview.pageCount(), 0);
    QVERIFY(!child<QToolButton>(&preview, "previousPageButton")->isEnabled());
    QVERIFY(!child<QToolButton>(&preview, "nextPageButton")->isEnabled());
    QVERIFY(!child<QToolButton>(&preview, "openExternallyButton")->isEnabled());
    QVERIFY(!preview.isBusy());
    screenshot(&preview, QStringLiteral("pdf-preview-empty"));
}

void TestPdfWidgets::loadsAndNavigates()
{
    PdfPreview preview;
    preview.resize(820, 760);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QSignalSpy loaded(&preview, &PdfPreview::documentLoaded);
    QSignalSpy shown(&preview, &PdfPreview::pageShown);
    QSignalSpy failed(&preview, &PdfPreview::loadFailed);

    preview.setDocument(m_pdf, QStringLiteral("SK Kenaikan Pangkat.pdf"));
    QVERIFY(preview.isBusy());
    QVERIFY(child<QWidget>(&preview, "busyIndicator")->isVisible());
    if (!qEnvironmentVariableIsEmpty("KARIER_SCREENSHOT_DIR"))
        preview.grab().save(
            qEnvironmentVariable("KARIER_SCREENSHOT_DIR") + QStringLiteral("/pdf-preview-loading.png"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, AsyncTimeout);
    QCOMPARE(loaded.at(0).at(0).toInt(), 3);
    QCOMPARE(preview.pageCount(), 3);
    QCOMPARE(preview.currentPage(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, AsyncTimeout);
    QCOMPARE(shown.at(0).at(0).toInt(), 0);
    QVERIFY(!preview.pagePixmap().isNull());
    QTRY_VERIFY(!preview.isBusy());
    QVERIFY(!child<QWidget>(&preview, "busyIndicator")->isVisible());
    QCOMPARE(failed.size(), 0);

    auto* label = child<QLabel>(&preview, "pageLabel");
    auto* previous = child<QToolButton>(&preview, "previousPageButton");
    auto* next = child<QToolButton>(&preview, "nextPageButton");
    QCOMPARE(label->text(), QStringLiteral("Halaman 1 dari 3"));
    QVERIFY(!previous->isEnabled());
    QVERIFY(next->isEnabled());
    screenshot(&preview, QStringLiteral("pdf-preview"));

    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(preview.currentPage(), 1);
    QCOMPARE(label->text(), QStringLiteral("Halaman 2 dari 3"));
    QVERIFY(previous->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, AsyncTimeout);
    QCOMPARE(shown.last().at(0).toInt(), 1);

    QTest::keyClick(&preview, Qt::Key_PageDown);
    QCOMPARE(preview.currentPage(), 2);
    QCOMPARE(label->text(), QStringLiteral("Halaman 3 dari 3"));
    QVERIFY(!next->isEnabled());
    QTest::keyClick(&preview, Qt::Key_PageDown); // already the last page
    QCOMPARE(preview.currentPage(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 3, AsyncTimeout);
    QCOMPARE(shown.last().at(0).toInt(), 2);

    // PgUp on the page itself (the scroll area would otherwise scroll by a screen).
    QTest::keyClick(child<QScrollArea>(&preview, "pageScrollArea"), Qt::Key_PageUp);
    QCOMPARE(preview.currentPage(), 1);
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(preview.currentPage(), 0);
    QVERIFY(!previous->isEnabled());
    preview.setCurrentPage(99);
    QCOMPARE(preview.currentPage(), 2);
    preview.setCurrentPage(-5);
    QCOMPARE(preview.currentPage(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!preview.isBusy(), AsyncTimeout);
    QCOMPARE(label->text(), QStringLiteral("Halaman 1 dari 3"));
}

void TestPdfWidgets::zoomRedraws()
{
    PdfPreview preview;
    preview.resize(820, 760);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QSignalSpy loaded(&preview, &PdfPreview::documentLoaded);
    preview.setDocument(m_pdf, QStringLiteral("sk.pdf"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, AsyncTimeout);
    const qreal dpr = preview.devicePixelRatioF();
    auto* combo = child<QComboBox>(&preview, "zoomCombo");

    preview.setZoom(1.0);
    QVERIFY(!preview.isFitToWidth());
    QCOMPARE(combo->currentText(), QStringLiteral("100%"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !preview.isBusy() && qAbs(preview.pagePixmap().width() - 794 * dpr) <= 2, AsyncTimeout);
    const int width100 = preview.pagePixmap().width();

    preview.setZoom(1.5);
    QCOMPARE(preview.zoom(), 1.5);
    QCOMPARE(combo->currentText(), QStringLiteral("150%"));
    QTRY_VERIFY_WITH_TIMEOUT(!preview.isBusy() && preview.pagePixmap().width() > width100, AsyncTimeout);
    QVERIFY(qAbs(preview.pagePixmap().width() - 1191 * dpr) <= 2);

    // Ctrl+minus and the buttons step through the zoom levels.
    QTest::keyClick(&preview, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(preview.zoom(), 1.25);
    QTest::mouseClick(child<QToolButton>(&preview, "zoomInButton"), Qt::LeftButton);
    QCOMPARE(preview.zoom(), 1.5);
    QTest::keyClick(&preview, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(preview.zoom(), 2.0);
    QCOMPARE(combo->currentText(), QStringLiteral("200%"));
    QTest::mouseClick(child<QToolButton>(&preview, "zoomOutButton"), Qt::LeftButton);
    QCOMPARE(preview.zoom(), 1.5);

    // Values outside the list are shown as they are, and clamped.
    preview.setZoom(1.1);
    QCOMPARE(combo->currentText(), QStringLiteral("110%"));
    preview.setZoom(100);
    QCOMPARE(preview.zoom(), PdfPreview::MaxZoom);
    QVERIFY(!child<QToolButton>(&preview, "zoomInButton")->isEnabled());
    preview.setZoom(0.5);
    QCOMPARE(combo->currentText(), QStringLiteral("50%"));
    QCOMPARE(combo->findText(QStringLiteral("110%")), -1); // the odd value left the list
    QTRY_VERIFY_WITH_TIMEOUT(
        !preview.isBusy() && qAbs(preview.pagePixmap().width() - 397 * dpr) <= 2, AsyncTimeout);
    screenshot(&preview, QStringLiteral("pdf-preview-50"));

    // Choosing in the list.
    combo->setCurrentIndex(combo->findText(QStringLiteral("75%")));
    Q_EMIT combo->activated(combo->currentIndex());
    QCOMPARE(preview.zoom(), 0.75);
    combo->setCurrentIndex(combo->findText(QStringLiteral("Sesuai lebar")));
    Q_EMIT combo->activated(combo->currentIndex());
    QVERIFY(preview.isFitToWidth());
}

void TestPdfWidgets::fitToWidthFollowsResize()
{
    PdfPreview preview;
    preview.resize(700, 700);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QSignalSpy loaded(&preview, &PdfPreview::documentLoaded);
    preview.setDocument(m_pdf, QStringLiteral("sk.pdf"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, AsyncTimeout);
    QVERIFY(preview.isFitToWidth()); // the default
    auto* scrollArea = child<QScrollArea>(&preview, "pageScrollArea");
    const auto fits = [&] {
        const double logicalWidth = preview.pagePixmap().width() / preview.pagePixmap().devicePixelRatio();
        const int viewport = scrollArea->viewport()->width();
        return !preview.isBusy() && logicalWidth <= viewport && logicalWidth > viewport - 80;
    };
    QTRY_VERIFY_WITH_TIMEOUT(fits(), AsyncTimeout);
    QCOMPARE(scrollArea->horizontalScrollBar()->maximum(), 0); // no sideways scrolling
    const double zoom = preview.zoom();

    preview.setZoom(2.0);
    QVERIFY(!preview.isFitToWidth());
    preview.fitToWidth();
    QVERIFY(preview.isFitToWidth());
    QVERIFY(qAbs(preview.zoom() - zoom) < 0.01);
    QCOMPARE(child<QComboBox>(&preview, "zoomCombo")->currentText(), QStringLiteral("Sesuai lebar"));

    preview.resize(1000, 700);
    QTRY_VERIFY_WITH_TIMEOUT(preview.zoom() > zoom + 0.2, AsyncTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(fits(), AsyncTimeout);
}

void TestPdfWidgets::checkedFirstPageShownAtOnce_data()
{
    QTest::addColumn<bool>("exact");
    // The check's picture at the width fitWidthPixels() gave: page 1 is never drawn again.
    QTest::newRow("lebar pratinjau") << true;
    // Another width (the view was resized meanwhile): it stands in until the renderer's picture comes.
    QTest::newRow("lebar lain") << false;
}

void TestPdfWidgets::checkedFirstPageShownAtOnce()
{
    QFETCH(bool, exact);
    PdfPreview preview;
    preview.resize(700, 700);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    const QSizeF a4(595.276, 841.89);
    const int width = exact ? preview.fitWidthPixels() : preview.fitWidthPixels() / 2;
    QVERIFY(width > 100);
    // A picture no renderer would draw, so that it is told apart from a drawing of the page.
    QImage picture(width, qRound(width * a4.height() / a4.width()), QImage::Format_RGB32);
    picture.fill(QColor(200, 30, 30));
    QSignalSpy shown(&preview, &PdfPreview::pageShown);
    QSignalSpy loaded(&preview, &PdfPreview::documentLoaded);
    preview.setDocument(m_pdf, QStringLiteral("sk.pdf"), picture, a4);
    // At once, before the document is even opened.
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).at(0).toInt(), 0);
    QCOMPARE(preview.pageCount(), 0);
    QVERIFY(!preview.pagePixmap().isNull());
    const auto shownImage = [&preview] {
        QImage image = preview.pagePixmap().toImage().convertToFormat(QImage::Format_RGB32);
        image.setDevicePixelRatio(1.0); // the pixels, whatever size they are shown at
        return image;
    };
    QCOMPARE(shownImage(), picture);
    const double logicalWidth = preview.pagePixmap().width() / preview.pagePixmap().devicePixelRatio();
    QVERIFY2(qAbs(logicalWidth - preview.fitWidthPixels() / preview.devicePixelRatioF()) < 1.5,
        qPrintable(QString::number(logicalWidth)));
    if (exact)
        screenshot(&preview, QStringLiteral("pdf-preview-checked-page"));

    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, AsyncTimeout);
    QCOMPARE(preview.pageCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(!preview.isBusy(), AsyncTimeout);
    QTest::qWait(2 * PdfPreview::RenderDelayMs);
    const QImage after = shownImage();
    if (exact)
        QCOMPARE(after, picture); // not drawn a second time
    else
        QVERIFY(after.pixelColor(after.width() / 2, after.height() / 2) != QColor(200, 30, 30));
    QCOMPARE(shown.size(), 1); // one page change, one announcement

    // The other pages come from the renderer as before.
    preview.nextPage();
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, AsyncTimeout);
    QCOMPARE(shown.at(1).at(0).toInt(), 1);
    QVERIFY(preview.pagePixmap().toImage().pixelColor(5, 5) != QColor(200, 30, 30));
}

void TestPdfWidgets::clearShowsEmptyState()
{
    PdfPreview preview;
    preview.resize(720, 600);
    preview.show();
    QSignalSpy loaded(&preview, &PdfPreview::documentLoaded);
    preview.setDocument(m_pdf, QStringLiteral("sk.pdf"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, AsyncTimeout);
    preview.clear();
    QCOMPARE(child<QStackedWidget>(&preview, "previewStack")->currentWidget(),
        child<QWidget>(&preview, "emptyState"));
    QCOMPARE(preview.pageCount(), 0);
    QVERIFY(!preview.hasDocument());
    QVERIFY(child<QLabel>(&preview, "pageLabel")->text().isEmpty());
    QVERIFY(!child<QToolButton>(&preview, "openExternallyButton")->isEnabled());
    QVERIFY(!child<QToolButton>(&preview, "nextPageButton")->isEnabled());
    QVERIFY(!preview.isBusy());
    // Nothing of the old document comes back later.
    QSignalSpy shown(&preview, &PdfPreview::pageShown);
    QTest::qWait(300);
    QCOMPARE(shown.size(), 0);
    QCOMPARE(child<QStackedWidget>(&preview, "previewStack")->currentWidget(),
        child<QWidget>(&preview, "emptyState"));

    // And it can show a document again.
    preview.setDocument(m_pdf, QStringLiteral("sk.pdf"));
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, AsyncTimeout);
}

void TestPdfWidgets::brokenFileFails_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QTest::newRow("broken pdf") << QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog >> rusak")
                                << QStringLiteral("rusak");
    QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF\x00", 11)
                          << QStringLiteral("bukan PDF");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("kosong");
}

void TestPdfWidgets::brokenFileFails()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    PdfPreview preview;
    preview.resize(720, 520);
    preview.show();
    QSignalSpy failed(&preview, &PdfPreview::loadFailed);
    QSignalSpy loaded(&preview, &PdfPreview::documentLoaded);
    preview.setDocument(data, QStringLiteral("rusak.pdf"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, AsyncTimeout);
    QCOMPARE(loaded.size(), 0);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QCOMPARE(child<QStackedWidget>(&preview, "previewStack")->currentWidget(),
        child<QWidget>(&preview, "errorState"));
    QCOMPARE(child<QLabel>(&preview, "errorMessage")->text(), message);
    QCOMPARE(preview.pageCount(), 0);
    QVERIFY(!preview.isBusy());
    QVERIFY(!child<QToolButton>(&preview, "nextPageButton")->isEnabled());
    if (QTest::currentDataTag() == QLatin1String("broken pdf"))
        screenshot(&preview, QStringLiteral("pdf-preview-error"));
}

void TestPdfWidgets::openExternally()
{
    QList<QUrl> opened;
    ScriptedInteraction::current().setUrlOpener([&opened](const QUrl& url) {
        opened.append(url);
        return true;
    });
    PdfPreview preview;
    preview.show();
    preview.setDocument(m_pdf, QStringLiteral("/home/asn/SK Kenaikan Pangkat.pdf"));
    QCOMPARE(preview.fileName(), QStringLiteral("SK Kenaikan Pangkat.pdf"));
    auto* button = child<QToolButton>(&preview, "openExternallyButton");
    QVERIFY(button->isEnabled()); // usable at once, even before the pages are read
    QSignalSpy done(&preview, &PdfPreview::openedExternally);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(done.wait(10000)); // the copy is written on a worker
    QCOMPARE(done.takeFirst().at(0).toBool(), true);
    QCOMPARE(opened.size(), 1);
    QVERIFY(opened.at(0).isLocalFile());
    const QFileInfo info(opened.at(0).toLocalFile());
    QCOMPARE(info.fileName(), QStringLiteral("SK Kenaikan Pangkat.pdf"));
    QVERIFY(info.absoluteFilePath().startsWith(
                QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).canonicalPath())
        || info.absoluteFilePath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::TempLocation)));
    QFile file(info.absoluteFilePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_pdf);
    QVERIFY(!(info.permissions() & QFileDevice::WriteOwner)); // a copy, not to be edited
    QVERIFY(!child<MessageBanner>(&preview, "previewBanner")->isVisible());

    // A second time: another copy, the first one is left alone.
    QVERIFY(preview.openExternally());
    QVERIFY(done.wait(10000));
    QCOMPARE(opened.size(), 2);
    QVERIFY(opened.at(1) != opened.at(0));
    QCOMPARE(QFileInfo(opened.at(1).toLocalFile()).fileName(), info.fileName());

    // Names that are no file names.
    preview.setDocument(m_pdf, QStringLiteral("a:b*c?.PDF"));
    QVERIFY(preview.openExternally());
    QVERIFY(done.wait(10000));
    QCOMPARE(QFileInfo(opened.last().toLocalFile()).fileName(), QStringLiteral("a_b_c_.PDF"));
    preview.setDocument(m_pdf, QString());
    QVERIFY(preview.openExternally());
    QVERIFY(done.wait(10000));
    QCOMPARE(QFileInfo(opened.last().toLocalFile()).fileName(), QStringLiteral("dokumen.pdf"));
}

void TestPdfWidgets::openExternallyFailure()
{
    ScriptedInteraction::current().setUrlOpener([](const QUrl&) { return false; });
    PdfPreview preview;
    preview.resize(720, 520);
    preview.show();
    QVERIFY(!preview.openExternally()); // no document
    preview.setDocument(m_pdf, QStringLiteral("sk.pdf"));
    QSignalSpy done(&preview, &PdfPreview::openedExternally);
    QVERIFY(preview.openExternally()); // started; the answer follows
    QVERIFY(done.wait(10000));
    QCOMPARE(done.takeFirst().at(0).toBool(), false);
    auto* banner = child<MessageBanner>(&preview, "previewBanner");
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("aplikasi")));
    // A new document clears the message.
    preview.setDocument(m_pdf, QStringLiteral("sk.pdf"));
    QVERIFY(!banner->isVisible());
}

void TestPdfWidgets::destroyWhileLoading()
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 10; ++i) {
        auto preview = std::make_unique<PdfPreview>();
        preview->show();
        preview->setDocument(m_pdf, QStringLiteral("sk.pdf"));
        if (i % 2)
            QTest::qWait(20);
        preview.reset();
    }
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestPdfWidgets::guiThreadStaysResponsive()
{
    // The 1 MB scanned A4 page: reading, drawing and zooming happen on the renderer's thread.
    const QByteArray scan = karier::test::scannedA4Pdf1MB();
    PdfPreview preview;
    preview.resize(900, 800);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QSignalSpy shown(&preview, &PdfPreview::pageShown);
    StallMeter meter;
    QElapsedTimer timer;
    timer.start();
    preview.setDocument(scan, QStringLiteral("scan.pdf"));
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, AsyncTimeout);
    const qint64 firstPageMs = timer.elapsed();
    preview.setZoom(2.0);
    QTRY_VERIFY_WITH_TIMEOUT(!preview.isBusy(), AsyncTimeout);
    preview.fitToWidth();
    QTRY_VERIFY_WITH_TIMEOUT(!preview.isBusy(), AsyncTimeout);
    qInfo("1 MB scan: first page shown after %lld ms; longest GUI-thread stall %lld ms", firstPageMs,
        meter.longestMs());
    // The budget is 50 ms; a loaded test machine gets some slack.
    QVERIFY2(meter.longestMs() < 150, qPrintable(QString::number(meter.longestMs())));
}

void TestPdfWidgets::dropZoneClick()
{
    DropZone zone;
    zone.resize(480, 160);
    zone.show();
    QVERIFY(QTest::qWaitForWindowExposed(&zone));
    QSignalSpy chosen(&zone, &DropZone::fileChosen);

    ScriptedInteraction::current().setNextOpenFile(QStringLiteral("/tmp/SK Pangkat.pdf"));
    QTest::mouseClick(&zone, Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("/tmp/SK Pangkat.pdf"));

    ScriptedInteraction::current().setNextOpenFile(QStringLiteral("/tmp/foto.jpg")); // any file may be chosen
    QTest::keyClick(&zone, Qt::Key_Return);
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.at(1).at(0).toString(), QStringLiteral("/tmp/foto.jpg"));
    ScriptedInteraction::current().setNextOpenFile(QStringLiteral("/tmp/b.pdf"));
    QTest::keyClick(&zone, Qt::Key_Space);
    QCOMPARE(chosen.size(), 3);

    ScriptedInteraction::current().setNextOpenFile(QString()); // the dialog closed without a choice
    QTest::mouseClick(&zone, Qt::LeftButton);
    QCOMPARE(chosen.size(), 3);

    // Disabled: no dialog, nothing chosen (the click never reaches it).
    zone.setEnabled(false);
    QTest::mouseClick(&zone, Qt::LeftButton);
    zone.chooseFile();
    QCOMPARE(chosen.size(), 3);
}

void TestPdfWidgets::dropZoneDrop()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ijazah.pdf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_pdf);
    }
    DropZone zone;
    zone.resize(480, 160);
    zone.show();
    QVERIFY(QTest::qWaitForWindowExposed(&zone));
    QSignalSpy chosen(&zone, &DropZone::fileChosen);
    const QPointF centre = QRectF(zone.rect()).center();

    QMimeData one;
    one.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(centre.toPoint(), Qt::CopyAction, &one, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&zone, &enter);
    QVERIFY(enter.isAccepted());
    QVERIFY(zone.isDragActive());
    screenshot(&zone, QStringLiteral("pdf-dropzone-drag"));
    QDropEvent drop(centre, Qt::CopyAction, &one, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&zone, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(!zone.isDragActive());
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), path);

    // Dragged in and out again: no highlight left behind.
    QDragEnterEvent again(centre.toPoint(), Qt::CopyAction, &one, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&zone, &again);
    QVERIFY(zone.isDragActive());
    QDragLeaveEvent leave;
    QApplication::sendEvent(&zone, &leave);
    QVERIFY(!zone.isDragActive());

    // Not taken: two files, a web address, a folder, plain text.
    QMimeData two;
    two.setUrls({QUrl::fromLocalFile(path), QUrl::fromLocalFile(path)});
    QMimeData web;
    web.setUrls({QUrl(QStringLiteral("https://surakarta.go.id/sk.pdf"))});
    QMimeData folder;
    folder.setUrls({QUrl::fromLocalFile(dir.path())});
    QMimeData text;
    text.setText(path);
    for (QMimeData* mime : {&two, &web, &folder, &text}) {
        QDragEnterEvent refused(centre.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&zone, &refused);
        QVERIFY(!refused.isAccepted());
        QVERIFY(!zone.isDragActive());
        QDropEvent dropped(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&zone, &dropped);
    }
    QCOMPARE(chosen.size(), 1);
}

void TestPdfWidgets::dropZoneLook()
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    layout->setContentsMargins(16, 16, 16, 16);
    auto* zone = new DropZone(&window);
    layout->addWidget(zone);
    window.resize(520, 180);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* fileLine = child<QLabel>(zone, "dropZoneFile");
    QCOMPARE(child<QLabel>(zone, "dropZoneText")->text(),
        QStringLiteral("Tarik dan lepaskan file di sini, atau klik untuk memilih"));
    QVERIFY(!fileLine->isVisible());
    zone->clearFocus();
    screenshot(&window, QStringLiteral("pdf-dropzone"));
    zone->setFocus();
    screenshot(&window, QStringLiteral("pdf-dropzone-focus"));
    zone->clearFocus();

    zone->setFileName(QStringLiteral("SK Kenaikan Pangkat.pdf"));
    QCOMPARE(zone->fileName(), QStringLiteral("SK Kenaikan Pangkat.pdf"));
    QVERIFY(fileLine->isVisible());
    QVERIFY(fileLine->text().contains(QStringLiteral("SK Kenaikan Pangkat.pdf")));
    screenshot(&window, QStringLiteral("pdf-dropzone-chosen"));
    zone->clearFile();
    QVERIFY(!fileLine->isVisible());
    QVERIFY(zone->fileName().isEmpty());

    zone->setEnabled(false);
    QVERIFY(!child<QLabel>(zone, "dropZoneText")->isEnabled());
    screenshot(&window, QStringLiteral("pdf-dropzone-disabled"));
}

void TestPdfWidgets::thumbnail()
{
    QWidget window;
    auto* layout = new QHBoxLayout(&window);
    auto* thumbnail = new PdfThumbnail(&window);
    auto* broken = new PdfThumbnail(&window);
    layout->addWidget(thumbnail);
    layout->addWidget(broken);
    window.show();
    QSignalSpy ready(thumbnail, &PdfThumbnail::thumbnailReady);
    QSignalSpy failed(broken, &PdfThumbnail::failed);

    thumbnail->setDocument(m_pdf);
    QVERIFY(thumbnail->isLoading());
    QVERIFY(!thumbnail->pixmap().isNull()); // the placeholder
    const qint64 placeholder = thumbnail->pixmap().cacheKey();
    broken->setDocument(QByteArrayLiteral("%PDF-1.4 rusak"));

    QTRY_VERIFY_WITH_TIMEOUT(thumbnail->hasThumbnail(), AsyncTimeout);
    QCOMPARE(ready.size(), 1);
    const QPixmap pixmap = thumbnail->pixmap();
    QVERIFY(pixmap.cacheKey() != placeholder);
    const QSizeF size = pixmap.deviceIndependentSize();
    QVERIFY(size.width() <= PdfThumbnail::DefaultThumbnailSize.width());
    QVERIFY(size.height() <= PdfThumbnail::DefaultThumbnailSize.height());
    QVERIFY(size.height() > PdfThumbnail::DefaultThumbnailSize.height() - 8);
    QVERIFY(qAbs(size.width() / size.height() - 595.0 / 842.0) < 0.05); // A4 portrait

    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, AsyncTimeout);
    QVERIFY(!broken->hasThumbnail());
    QVERIFY(!broken->errorMessage().isEmpty());
    QCOMPARE(broken->toolTip(), broken->errorMessage());
    screenshot(&window, QStringLiteral("pdf-thumbnail"));

    // A document replaced before its picture is ready only shows the newer one.
    thumbnail->setDocument(QByteArrayLiteral("%PDF-1.4 rusak"));
    thumbnail->setDocument(m_pdf);
    QTRY_VERIFY_WITH_TIMEOUT(thumbnail->hasThumbnail(), AsyncTimeout);
    QTest::qWait(100);
    QVERIFY(thumbnail->hasThumbnail());
    thumbnail->clear();
    QVERIFY(!thumbnail->hasThumbnail() && !thumbnail->isLoading());
}

KARIER_GUI_TEST_MAIN(TestPdfWidgets)
#include "TestPdfWidgets.moc"
