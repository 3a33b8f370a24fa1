// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticScan.h"
#include "documents/PdfEngine.h"
#include "documents/PdfFitter.h"
#include "documents/PdfInspector.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cmath>

using namespace karier;
using namespace karier::test;

namespace {

/// Scan pages: every third a landscape certificate, all with a blue stamp (a page with colour).
QByteArray scanPdf(int pages, int dpi, int quality)
{
    QList<JpegPage> list;
    for (int i = 0; i < pages; ++i) {
        SyntheticScanOptions options;
        options.layout = i % 3 == 1 ? ScanLayout::Certificate : ScanLayout::Decree;
        options.dpi = dpi;
        options.seed = quint32(i + 1);
        options.stamp = true;
        options.jpegQuality = quality;
        const QImage image = syntheticScanImage(options);
        list.append({syntheticScanJpeg(options), image.size(), false,
            options.layout == ScanLayout::Certificate ? A4PortraitPt.transposed() : A4PortraitPt});
    }
    return jpegPagesPdf(list);
}

/// Mean absolute grey difference of two pictures scaled to the same small size.
double difference(const QImage& a, const QImage& b)
{
    const QSize size(60, 80);
    const QImage x = a.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                         .convertToFormat(QImage::Format_Grayscale8);
    const QImage y = b.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                         .convertToFormat(QImage::Format_Grayscale8);
    double sum = 0.0;
    for (int row = 0; row < size.height(); ++row)
        for (int column = 0; column < size.width(); ++column)
            sum += std::abs(int(x.constScanLine(row)[column]) - int(y.constScanLine(row)[column]));
    return sum / (size.width() * size.height());
}

} // namespace

/// PdfFitter in this process ("Perkecil otomatis"): generated scans of several sizes are fitted
/// under the limit, stay sharp, keep page count, order and shape, open in the PDF engine and pass
/// `qpdf --check`; a file that cannot fit sharply is reported and nothing is forced; a photo
/// becomes one A4 page; a PDF within the limit is returned unchanged; a non-image non-PDF gets
/// check-pdf's refusal.
class TestPdfFitter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void verifyQpdfCheck(const QString& path)
    {
        const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
        QVERIFY2(!qpdf.isEmpty(), "qpdf is not installed (Debian package qpdf)");
        QProcess process;
        process.start(qpdf, {QStringLiteral("--check"), path});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
            process.readAllStandardOutput().constData());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fitsScans_data()
    {
        QTest::addColumn<int>("pages");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<int>("quality");
        QTest::addColumn<qint64>("limit");
        QTest::newRow("1 page, 300 dpi, 1 MB") << 1 << 300 << 95 << qint64(1048576);
        QTest::newRow("3 pages, 200 dpi, 1 MB") << 3 << 200 << 92 << qint64(1048576);
        QTest::newRow("6 pages, 200 dpi, 1 MB") << 6 << 200 << 90 << qint64(1048576);
        QTest::newRow("2 pages, 200 dpi, 400 KB") << 2 << 200 << 90 << qint64(400 * 1024);
    }

    void fitsScans()
    {
        QFETCH(int, pages);
        QFETCH(int, dpi);
        QFETCH(int, quality);
        QFETCH(qint64, limit);
        const QByteArray input = scanPdf(pages, dpi, quality);
        QVERIFY2(input.size() > limit, qPrintable(QString::number(input.size())));

        PdfFitOptions options;
        options.maxBytes = limit;
        QList<double> progress;
        const PdfFitResult result = PdfFitter::fitData(input, QStringLiteral("pindaian.pdf"), options,
            [&progress](double value) { progress.append(value); });
        QVERIFY2(result.ok, qPrintable(result.code + QStringLiteral(": ") + result.message));
        QCOMPARE(result.code, QStringLiteral("fitted"));
        QCOMPARE(result.input, QStringLiteral("pdf"));
        QCOMPARE(result.inputBytes, qint64(input.size()));
        QVERIFY(result.output.startsWith("%PDF-"));
        QVERIFY(result.output.size() <= limit);
        QCOMPARE(result.outputBytes, qint64(result.output.size()));
        QCOMPARE(result.pages, pages);
        QCOMPARE(result.pageSettings.size(), pages);
        QVERIFY(result.sharpnessKept && *result.sharpnessKept >= options.minSharpnessKept);
        QVERIFY(!result.previewBefore.isNull());
        QVERIFY(!result.previewAfter.isNull());
        QVERIFY(!progress.isEmpty());
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        for (const PdfFitPage& page : result.pageSettings) {
            QVERIFY(page.dpi >= 72 && page.dpi <= 200);
            QVERIFY(page.sharpnessAfter && page.sharpnessBefore);
            // Sharp for the blur check before: sharp for it after.
            if (*page.sharpnessBefore >= options.sharpnessThreshold)
                QVERIFY(*page.sharpnessAfter >= options.sharpnessThreshold);
            QVERIFY(!page.text); // scans
        }

        // Opens in the PDF engine with the same pages in the same order and shape.
        const PdfEngine* engine = PdfEngine::instance();
        QVERIFY(engine);
        const auto original = engine->load(input);
        const auto fitted = engine->load(result.output);
        QVERIFY(original && fitted);
        QCOMPARE(fitted->pageCount(), pages);
        for (int i = 0; i < pages; ++i) {
            const QSizeF a = original->pageSizePt(i);
            const QSizeF b = fitted->pageSizePt(i);
            QVERIFY2(std::abs(a.width() - b.width()) < 0.5 && std::abs(a.height() - b.height()) < 0.5,
                qPrintable(QString::number(i)));
            const QImage before = original->render(i, 20, {});
            const QImage after = fitted->render(i, 20, {});
            // Each page looks like its own original more than like any other page.
            const double own = difference(before, after);
            for (int j = 0; j < pages; ++j)
                if (j != i && original->pageSizePt(j) == a)
                    QVERIFY2(own < difference(original->render(j, 20, {}), after),
                        qPrintable(QStringLiteral("page %1 vs %2").arg(i).arg(j)));
        }

        const QString path = m_dir.filePath(QStringLiteral("hasil-%1.pdf").arg(QTest::currentDataTag()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(result.output), qint64(result.output.size()));
        file.close();
        verifyQpdfCheck(path);
    }

    void measuresAsTheEngineDraws_data()
    {
        QTest::addColumn<int>("pages");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<int>("quality");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<bool>("guard");
        QTest::newRow("6 pages, 200 dpi, 1 MB") << 6 << 200 << 90 << qint64(1048576) << true;
        QTest::newRow("1 page, 300 dpi, 1 MB") << 1 << 300 << 95 << qint64(1048576) << true;
        // Without the sharpness guard the pages go below 100 dpi: the engine scales them up.
        QTest::newRow("3 pages, 200 dpi, 180 KB, no guard") << 3 << 200 << 90 << qint64(180 * 1024) << false;
    }

    /// The fitter measures a scan page and every candidate without the engine (the JPEG decoded
    /// and scaled as Splash scales an image): its figures agree with the engine's drawing of the
    /// input and of the result where the blur check draws (PdfInspector::measureDpi).
    void measuresAsTheEngineDraws()
    {
        QFETCH(int, pages);
        QFETCH(int, dpi);
        QFETCH(int, quality);
        QFETCH(qint64, limit);
        QFETCH(bool, guard);
        const QByteArray input = scanPdf(pages, dpi, quality);
        PdfFitOptions options;
        options.maxBytes = limit;
        if (!guard) {
            options.minSharpnessKept = 0.0;
            options.sharpnessThreshold = 0.0;
        }
        const PdfFitResult result = PdfFitter::fitData(input, QStringLiteral("pindaian.pdf"), options);
        QVERIFY2(result.ok, qPrintable(result.code + QStringLiteral(": ") + result.message));
        const PdfEngine* engine = PdfEngine::instance();
        QVERIFY(engine);
        const std::unique_ptr<PdfEngineDocument> original = engine->load(input);
        const std::unique_ptr<PdfEngineDocument> fitted = engine->load(result.output);
        QVERIFY(original && fitted);
        QCOMPARE(result.pageSettings.size(), pages);
        const auto agree = [](double own, double drawn) { return std::abs(own - drawn) <= 0.05 * drawn; };
        for (int i = 0; i < pages; ++i) {
            const PdfFitPage& page = result.pageSettings.at(i);
            QVERIFY(page.sharpnessBefore && page.sharpnessAfter);
            const double dpiAt = PdfInspector::measureDpi(original->pageSizePt(i));
            const double before = PdfInspector::sharpness(original->render(i, dpiAt, {})).value_or(0);
            const double after = PdfInspector::sharpness(fitted->render(i, dpiAt, {})).value_or(0);
            qInfo("page %d at %d dpi q%d: before %.0f (engine %.0f), after %.0f (engine %.0f)", i + 1,
                page.dpi, page.quality, *page.sharpnessBefore, before, *page.sharpnessAfter, after);
            QVERIFY2(agree(*page.sharpnessBefore, before),
                qPrintable(QStringLiteral("page %1 before: %2, engine %3")
                               .arg(i + 1)
                               .arg(*page.sharpnessBefore)
                               .arg(before)));
            QVERIFY2(agree(*page.sharpnessAfter, after),
                qPrintable(QStringLiteral("page %1 after: %2, engine %3")
                               .arg(i + 1)
                               .arg(*page.sharpnessAfter)
                               .arg(after)));
            // At 100 dpi the engine's drawing keeps the share the fitter promised, within the tolerance.
            const double before100
                = PdfInspector::sharpness(original->render(i, PdfFitter::MeasureDpi, {})).value_or(0);
            const double after100
                = PdfInspector::sharpness(fitted->render(i, PdfFitter::MeasureDpi, {})).value_or(0);
            QVERIFY(after100 >= 0.95 * options.minSharpnessKept * before100);
        }
    }

    void textPagesStepDownLast()
    {
        // A typed cover letter (a page with a text layer on white paper) in front of three scans.
        const QString text = m_dir.filePath(QStringLiteral("surat.pdf"));
        QVERIFY(writeTextPdf(text, 1, QStringLiteral("Surat Pengantar")));
        const QString scans = m_dir.filePath(QStringLiteral("pindaian-3.pdf"));
        {
            QFile file(scans);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(scanPdf(3, 200, 90));
        }
        const QString mixed = m_dir.filePath(QStringLiteral("campuran.pdf"));
        const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
        QVERIFY2(!qpdf.isEmpty(), "qpdf is not installed (Debian package qpdf)");
        QProcess process;
        process.start(qpdf,
            {QStringLiteral("--empty"), QStringLiteral("--pages"), text, scans, QStringLiteral("--"), mixed});
        QVERIFY(process.waitForFinished(60000) && process.exitCode() == 0);
        QFile file(mixed);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray input = file.readAll();
        QVERIFY(input.size() > 1048576);

        PdfFitOptions options;
        options.maxBytes = 1048576;
        const PdfFitResult result = PdfFitter::fitData(input, QStringLiteral("campuran.pdf"), options);
        QVERIFY2(result.ok, qPrintable(result.code + QStringLiteral(": ") + result.message));
        QVERIFY(result.output.size() <= options.maxBytes);
        QCOMPARE(result.pageSettings.size(), 4);
        const PdfFitPage& letter = result.pageSettings.at(0);
        QVERIFY(letter.text);
        for (int i = 1; i < 4; ++i) {
            const PdfFitPage& scan = result.pageSettings.at(i);
            QVERIFY(!scan.text);
            // Never a lower step than any scan page: the letter is only made smaller once the scans cannot.
            QVERIFY2(letter.dpi > scan.dpi || (letter.dpi == scan.dpi && letter.quality >= scan.quality),
                qPrintable(QStringLiteral("letter %1 dpi q%2, scan %3 dpi q%4")
                               .arg(letter.dpi)
                               .arg(letter.quality)
                               .arg(scan.dpi)
                               .arg(scan.quality)));
        }
        // The limit did force the scans down (otherwise this test would prove nothing).
        const PdfFitPage& firstScan = result.pageSettings.at(1);
        QVERIFY2(letter.dpi > firstScan.dpi || letter.quality > firstScan.quality,
            qPrintable(QStringLiteral("letter %1 dpi q%2, scan %3 dpi q%4")
                           .arg(letter.dpi)
                           .arg(letter.quality)
                           .arg(firstScan.dpi)
                           .arg(firstScan.quality)));
        QVERIFY(letter.sharpnessAfter && letter.sharpnessBefore);
        // Sharp for the blur check before, sharp for it after (the share kept is result.sharpnessKept).
        if (*letter.sharpnessBefore >= options.sharpnessThreshold)
            QVERIFY(*letter.sharpnessAfter >= options.sharpnessThreshold);
        QVERIFY(result.sharpnessKept && *result.sharpnessKept >= options.minSharpnessKept);
    }

    void cannotFitIsReportedNotForced()
    {
        // Six sharp colour pages in 400 KB: only possible by going blurry.
        const QByteArray input = scanPdf(6, 200, 85);
        PdfFitOptions options;
        options.maxBytes = 400 * 1024;
        const PdfFitResult result = PdfFitter::fitData(input, QStringLiteral("pindaian.pdf"), options);
        QVERIFY(!result.ok);
        QCOMPARE(result.code, QStringLiteral("cannot_fit"));
        QVERIFY(result.output.isEmpty());
        QCOMPARE(result.outputBytes, qint64(-1));
        QVERIFY2(result.message.contains(QStringLiteral("150–200 dpi")), qPrintable(result.message));

        // The same file with the sharpness guard switched off does fit: the guard is what refuses.
        options.minSharpnessKept = 0.0;
        options.sharpnessThreshold = 0.0;
        const PdfFitResult forced = PdfFitter::fitData(input, QStringLiteral("pindaian.pdf"), options);
        QVERIFY2(forced.ok, qPrintable(forced.message));
        QVERIFY(forced.output.size() <= options.maxBytes);
    }

    void photoBecomesOneA4Page_data()
    {
        QTest::addColumn<bool>("png");
        QTest::newRow("JPEG") << false;
        QTest::newRow("PNG") << true;
    }

    void photoBecomesOneA4Page()
    {
        QFETCH(bool, png);
        QByteArray photo = phonePhotoJpeg(2'500'000);
        QVERIFY(photo.size() > 2'000'000);
        if (png) {
            QImage image;
            QVERIFY(image.loadFromData(photo, "JPEG"));
            image = image.scaled(image.size() / 2); // keep the test quick
            QBuffer buffer(&photo);
            photo.clear();
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QVERIFY(image.save(&buffer, "PNG"));
        }
        const PdfFitResult result = PdfFitter::fitData(photo, QStringLiteral("foto"));
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.input, png ? QStringLiteral("png") : QStringLiteral("jpeg"));
        QCOMPARE(result.pages, 1);
        QVERIFY(result.output.size() <= PdfCheckLimits::DefaultMaxBytes);
        const auto document = PdfEngine::instance()->load(result.output);
        QVERIFY(document);
        QCOMPARE(document->pageCount(), 1);
        // A landscape photo: A4 landscape.
        const QSizeF size = document->pageSizePt(0);
        QVERIFY2(std::abs(size.width() - 841.89) < 0.5 && std::abs(size.height() - 595.276) < 0.5,
            qPrintable(QStringLiteral("%1 x %2").arg(size.width()).arg(size.height())));
    }

    void fittedPhotoPassesTheCheck_data()
    {
        QTest::addColumn<QByteArray>("photo");
        QTest::addColumn<qint64>("limit");
        const qint64 mb = PdfCheckLimits::DefaultMaxBytes;
        QTest::newRow("phone photo 3.2 MB") << phonePhotoJpeg(3'200'000) << mb;
        SyntheticScanOptions scan;
        scan.dpi = 300;
        scan.jpegQuality = 95;
        QTest::newRow("scan saved as JPEG, 300 dpi") << syntheticScanJpeg(scan) << mb;
        // Just above the threshold ("Cukup"), also pushed to its smallest sharp size: where the two
        // measures used to disagree.
        scan.blurFactor = 2.3;
        scan.seed = 7;
        const QByteArray soft = syntheticScanJpeg(scan);
        QTest::newRow("soft scan as JPEG") << soft << mb;
        QTest::newRow("soft scan as JPEG, 440 KB") << soft << qint64(440 * 1024);
    }

    /// One measure and one threshold: the fitter's figure for the result is the blur check's own
    /// (PdfInspector::inspectData, as check-pdf runs it on the upload), so a result the fitter calls
    /// sharp never draws the check's "buram" warning afterwards.
    void fittedPhotoPassesTheCheck()
    {
        QFETCH(QByteArray, photo);
        QFETCH(qint64, limit);
        QVERIFY(photo.size() > int(PdfCheckLimits::DefaultMaxBytes));
        PdfFitOptions options;
        options.maxBytes = limit;
        const PdfFitResult result = PdfFitter::fitData(photo, QStringLiteral("foto.jpg"), options);
        QVERIFY2(result.ok, qPrintable(result.code + QStringLiteral(": ") + result.message));
        QVERIFY(result.output.size() <= options.maxBytes);
        QVERIFY(result.sharpnessBefore && result.sharpnessAfter);

        const PdfCheckResult checked = PdfInspector::inspectData(result.output, QStringLiteral("foto.pdf"));
        QVERIFY2(checked.ok, qPrintable(checked.message));
        QVERIFY(checked.sharpness);
        qInfo("before %.0f (%s), after %.0f (%s), check %.0f (%s); %lld -> %lld bytes",
            *result.sharpnessBefore, qPrintable(PdfInspector::sharpnessWord(result.sharpnessBefore)),
            *result.sharpnessAfter, qPrintable(PdfInspector::sharpnessWord(result.sharpnessAfter)),
            *checked.sharpness, qPrintable(PdfInspector::sharpnessWord(checked.sharpness)),
            qint64(photo.size()), qint64(result.output.size()));
        // The same figure as the check (exactly when the original was sharp: the check judged it).
        QVERIFY2(std::abs(*result.sharpnessAfter - *checked.sharpness) <= 0.05 * *checked.sharpness,
            qPrintable(
                QStringLiteral("fitter %1, check %2").arg(*result.sharpnessAfter).arg(*checked.sharpness)));
        const bool fitterSaysSharp = *result.sharpnessAfter >= options.sharpnessThreshold;
        QCOMPARE(checked.hasWarning(QStringLiteral("blurry")), !fitterSaysSharp);
        QCOMPARE(PdfInspector::sharpnessWord(result.sharpnessAfter, options.sharpnessThreshold),
            PdfInspector::sharpnessWord(checked.sharpness, options.sharpnessThreshold));
        // A sharp original stays sharp in the check's eyes, and the message says it in words.
        if (*result.sharpnessBefore >= options.sharpnessThreshold) {
            QVERIFY(fitterSaysSharp);
            QVERIFY2(!checked.message.contains(QStringLiteral("buram")), qPrintable(checked.message));
        }
        QVERIFY2(result.message.contains(QStringLiteral("dijadikan PDF"))
                && result.message.contains(PdfInspector::sharpnessWord(result.sharpnessAfter)),
            qPrintable(result.message));
    }

    void sharpnessInWords()
    {
        const double t = PdfCheckLimits::DefaultSharpnessThreshold;
        QCOMPARE(PdfInspector::sharpnessLevel(t - 1, t), SharpnessLevel::Buram);
        QCOMPARE(PdfInspector::sharpnessLevel(t, t), SharpnessLevel::Cukup);
        QCOMPARE(PdfInspector::sharpnessLevel(PdfInspector::SharpLevelFactor * t, t), SharpnessLevel::Tajam);
        QCOMPARE(PdfInspector::sharpnessWord(6675.0), QStringLiteral("Tajam"));
        QCOMPARE(PdfInspector::sharpnessWord(std::nullopt), QStringLiteral("tidak terukur"));
        // The check measures A4 at about 150 dpi, whatever its orientation.
        QVERIFY(std::abs(PdfInspector::measureDpi(A4PortraitPt) - 150.0) < 1.0);
        QVERIFY(std::abs(PdfInspector::measureDpi(A4PortraitPt.transposed()) - 150.0) < 1.0);
    }

    void pdfWithinTheLimitIsUnchanged()
    {
        const QByteArray input = simplePdf(2, A4PortraitPt, "0.5 w 60 60 m 500 700 l S");
        const PdfFitResult result = PdfFitter::fitData(input, QStringLiteral("kecil.pdf"));
        QVERIFY(result.ok);
        QCOMPARE(result.code, QStringLiteral("unchanged"));
        QCOMPARE(result.output, input);
    }

    void refusesWhatCheckPdfRefuses_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("docx") << QByteArray("PK\x03\x04....word/document.xml") << QStringLiteral("not_pdf");
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html></html>") << QStringLiteral("not_pdf");
        QTest::newRow("broken pdf") << QByteArray("%PDF-1.7\n garbage garbage")
                                    << QStringLiteral("unreadable");
        QTest::newRow("broken jpeg") << QByteArray("\xFF\xD8\xFF\xE0 not really", 15)
                                     << QStringLiteral("unreadable");
    }

    void refusesWhatCheckPdfRefuses()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, code);
        const PdfFitResult result = PdfFitter::fitData(data, QStringLiteral("x"));
        QVERIFY(!result.ok);
        QCOMPARE(result.code, code);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(result.output.isEmpty());
    }

    void cancels()
    {
        const QByteArray input = scanPdf(3, 200, 90);
        std::atomic<int> polls {0};
        const PdfFitResult result = PdfFitter::fitData(
            input, QStringLiteral("pindaian.pdf"), {}, {}, [&polls] { return ++polls > 3; });
        QVERIFY(!result.ok);
        QCOMPARE(result.code, QStringLiteral("cancelled"));
        QVERIFY(result.output.isEmpty());
    }
};

QTEST_MAIN(TestPdfFitter)
#include "TestPdfFitter.moc"
