// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticScan.h"
#include "documents/ChildProcess.h"
#include "documents/PdfCheckRunner.h"
#include "documents/PdfRenderer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace karier;
using namespace karier::test;

/// `karier-cli check-pdf` end to end (the real executable), and PdfCheckRunner, which runs it as
/// the child process that checks uploads.
class TestCheckPdfCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_good; // a small valid PDF
    QString m_blurry; // a valid scan, blurred
    QString m_jpeg; // a JPEG named .pdf
    QString m_bomb; // a content stream that takes far longer than the render budget
    QString m_scan; // a sharp scan (A4, 200 dpi, colour JPEG)
    QString m_secondPageBomb; // page 1 fine, page 2 a render bomb

    /// The mean absolute difference of the grey levels of \a a and \a b (same size), 0..255.
    static double meanGreyDifference(const QImage& a, const QImage& b)
    {
        const QImage x = a.convertToFormat(QImage::Format_Grayscale8);
        const QImage y = b.convertToFormat(QImage::Format_Grayscale8);
        double sum = 0;
        for (int row = 0; row < x.height(); ++row) {
            const uchar* p = x.constScanLine(row);
            const uchar* q = y.constScanLine(row);
            for (int column = 0; column < x.width(); ++column)
                sum += std::abs(int(p[column]) - int(q[column]));
        }
        return sum / (double(x.width()) * x.height());
    }

    /// \a image moved by (\a dx, \a dy) pixels, its edge repeated into the space left.
    static QImage shifted(const QImage& image, int dx, int dy)
    {
        const QImage source = image.convertToFormat(QImage::Format_RGB32);
        QImage moved(source.size(), QImage::Format_RGB32);
        for (int y = 0; y < source.height(); ++y) {
            const auto* from = reinterpret_cast<const QRgb*>(
                source.constScanLine(std::clamp(y - dy, 0, source.height() - 1)));
            auto* to = reinterpret_cast<QRgb*>(moved.scanLine(y));
            for (int x = 0; x < source.width(); ++x)
                to[x] = from[std::clamp(x - dx, 0, source.width() - 1)];
        }
        return moved;
    }

    static QByteArray pnm(const QImage& image)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter(&buffer, "pgm").write(image);
        return bytes;
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run cli(const QStringList& args)
    {
        QProcess process;
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(KARIER_CLI_PATH), args);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        return path;
    }

    static QByteArray bytesOf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QString sha256Of(const QByteArray& data)
    {
        return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }

    static QList<QJsonObject> jsonLines(const QByteArray& out)
    {
        QList<QJsonObject> objects;
        const QList<QByteArray> lines = out.trimmed().split('\n');
        for (const QByteArray& line : lines) {
            const QJsonDocument document = QJsonDocument::fromJson(line);
            objects.append(document.isObject() ? document.object() : QJsonObject());
        }
        return objects;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        PdfCheckRunner::setHelperPath(QStringLiteral(KARIER_CLI_PATH));
        QByteArray lines = "0.5 w ";
        for (int y = 60; y < 780; y += 4)
            lines += "60 " + QByteArray::number(y) + " m 535 " + QByteArray::number(y) + " l ";
        m_good = write(QStringLiteral("baik.pdf"), simplePdf(2, A4PortraitPt, lines + "S"));
        SyntheticScanOptions blurred;
        blurred.blurFactor = 3.0;
        m_blurry = write(QStringLiteral("buram.pdf"), syntheticScanPdf(blurred));
        m_jpeg = write(QStringLiteral("foto.pdf"), QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11));
        QByteArray bomb;
        while (bomb.size() < 60'000'000)
            bomb += "1 w 10 10 m 585 832 l 585 10 l S\n";
        m_bomb = write(QStringLiteral("bom.pdf"), simplePdf(1, A4PortraitPt, bomb, true));
        m_scan = write(QStringLiteral("pindaian.pdf"), syntheticScanPdf({}));
        m_secondPageBomb
            = write(QStringLiteral("halaman-2-bom.pdf"), pagesPdf(A4PortraitPt, {lines + "S", bomb}, true));
        QVERIFY(!m_good.isEmpty() && !m_blurry.isEmpty() && !m_jpeg.isEmpty() && !m_bomb.isEmpty()
            && !m_scan.isEmpty());
    }

    void jsonKeysAndTypes()
    {
        const Run run
            = cli({QStringLiteral("check-pdf"), QStringLiteral("--json"), m_good, m_blurry, m_jpeg});
        QCOMPARE(run.exitCode, 1); // the JPEG is refused
        const QList<QJsonObject> objects = jsonLines(run.out);
        QCOMPARE(objects.size(), 3);
        const QStringList keys {QStringLiteral("bytes"), QStringLiteral("code"), QStringLiteral("file"),
            QStringLiteral("message"), QStringLiteral("ok"), QStringLiteral("pages"),
            QStringLiteral("sha256"), QStringLiteral("sharpness"), QStringLiteral("warnings")};
        for (const QJsonObject& object : objects) {
            QStringList expected = keys;
            if (!object.value(QStringLiteral("ok")).toBool())
                expected.removeOne(QStringLiteral("sha256")); // refused before the child read it
            QCOMPARE(object.keys(), expected);
            QVERIFY(object.value(QStringLiteral("file")).isString());
            QVERIFY(object.value(QStringLiteral("ok")).isBool());
            QVERIFY(object.value(QStringLiteral("code")).isString());
            QVERIFY(!object.value(QStringLiteral("message")).toString().isEmpty());
            QVERIFY(object.value(QStringLiteral("bytes")).isDouble());
            QVERIFY(object.value(QStringLiteral("pages")).isDouble());
            QVERIFY(object.value(QStringLiteral("sharpness")).isDouble()
                || object.value(QStringLiteral("sharpness")).isNull());
            QVERIFY(object.value(QStringLiteral("warnings")).isArray());
        }

        const QJsonObject good = objects.at(0);
        QCOMPARE(good.value(QStringLiteral("file")).toString(), m_good);
        QCOMPARE(good.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(good.value(QStringLiteral("code")).toString(), QStringLiteral("ok"));
        QCOMPARE(good.value(QStringLiteral("pages")).toInt(), 2);
        QCOMPARE(good.value(QStringLiteral("bytes")).toInteger(), QFileInfo(m_good).size());
        QVERIFY(good.value(QStringLiteral("sharpness")).toDouble() > 3500);
        QCOMPARE(good.value(QStringLiteral("warnings")).toArray(), QJsonArray());
        QCOMPARE(good.value(QStringLiteral("sha256")).toString(), sha256Of(bytesOf(m_good)));

        const QJsonObject blurry = objects.at(1);
        QCOMPARE(blurry.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(blurry.value(QStringLiteral("warnings")).toArray(), QJsonArray {QStringLiteral("blurry")});
        QVERIFY(blurry.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("Dokumen tampak buram")));

        const QJsonObject jpeg = objects.at(2);
        QCOMPARE(jpeg.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(jpeg.value(QStringLiteral("code")).toString(), QStringLiteral("not_pdf"));
        QVERIFY(jpeg.value(QStringLiteral("sharpness")).isNull());
        QVERIFY(jpeg.value(QStringLiteral("message")).toString().contains(QStringLiteral("gambar JPEG")));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("text");
        QTest::newRow("accepted") << QStringList {m_good} << 0 << "DITERIMA";
        QTest::newRow("accepted with warning") << QStringList {m_blurry} << 0 << "Dokumen tampak buram";
        QTest::newRow("refused") << QStringList {m_jpeg} << 1 << "DITOLAK";
        QTest::newRow("one of two refused") << QStringList {m_good, m_jpeg} << 1 << "gambar JPEG";
        QTest::newRow("missing file")
            << QStringList {m_dir.filePath(QStringLiteral("x.pdf"))} << 1 << "tidak ditemukan";
        QTest::newRow("too small limit") << QStringList {QStringLiteral("--max-bytes"), QStringLiteral("100"),
            m_good} << 1 << "melebihi batas 100 byte";
        QTest::newRow("page limit") << QStringList {QStringLiteral("--max-pages"), QStringLiteral("1"),
            m_good} << 1 << "batasnya 1 halaman";
        QTest::newRow("threshold") << QStringList {QStringLiteral("--sharpness-threshold"),
            QStringLiteral("1e9"), m_good}
                                   << 0 << "buram";
        QTest::newRow("in process") << QStringList {QStringLiteral("--in-process"), m_good} << 0
                                    << "DITERIMA";
        QTest::newRow("no file") << QStringList {} << 2 << "minimal satu file";
        QTest::newRow("bad number") << QStringList {QStringLiteral("--max-pages"), QStringLiteral("nol"),
            m_good} << 2 << "--max-pages";
        QTest::newRow("negative threshold")
            << QStringList {QStringLiteral("--sharpness-threshold"), QStringLiteral("-1"), m_good} << 2
            << "--sharpness-threshold";
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--paksa"), m_good} << 2 << "paksa";
        QTest::newRow("help") << QStringList {QStringLiteral("--help")} << 0
                              << "Penggunaan: karier-cli check-pdf";
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, text);
        const Run run = cli(QStringList {QStringLiteral("check-pdf")} + args);
        QCOMPARE(run.exitCode, exitCode);
        const QString all = QString::fromUtf8(run.out + run.err);
        QVERIFY2(all.contains(text), qPrintable(all));
        if (exitCode != 2 && !args.contains(QStringLiteral("--help")))
            QCOMPARE(run.out.count('\n'), qsizetype(args.filter(QStringLiteral(".pdf")).size()));
    }

    void renderBombEndsInTime()
    {
        QElapsedTimer timer;
        timer.start();
        const Run run = cli({QStringLiteral("check-pdf"), QStringLiteral("--json"), m_bomb, m_good});
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(run.exitCode, 1);
        const QList<QJsonObject> objects = jsonLines(run.out);
        QCOMPARE(objects.size(), 2);
        QCOMPARE(objects.at(0).value(QStringLiteral("code")).toString(), QStringLiteral("render_timeout"));
        QCOMPARE(objects.at(1).value(QStringLiteral("code")).toString(), QStringLiteral("ok"));
    }

    // ---- PdfCheckRunner ----

    void blockingCheck()
    {
        const PdfCheckResult good = PdfCheckRunner::check(m_good);
        QCOMPARE(good.code, QStringLiteral("ok"));
        QCOMPARE(good.file, m_good);
        QCOMPARE(good.pages, 2);
        QVERIFY(good.sharpness);
        const PdfCheckResult blurry = PdfCheckRunner::check(m_blurry);
        QVERIFY(blurry.ok);
        QCOMPARE(blurry.warnings, QStringList {QStringLiteral("blurry")});
        PdfCheckOptions options;
        options.limits.maxPages = 1;
        QCOMPARE(PdfCheckRunner::check(m_good, options).code, QStringLiteral("too_many_pages"));
    }

    void timeoutKillsTheChild()
    {
        // The render budget is longer than the wall clock: the child is killed.
        PdfCheckOptions options;
        options.timeoutMs = 1500;
        options.limits.renderBudgetMs = 60000;
        QElapsedTimer timer;
        timer.start();
        const PdfCheckResult result = PdfCheckRunner::check(m_bomb, options);
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result.code, QStringLiteral("timeout"));
        QVERIFY(!result.ok);
        QVERIFY(result.message.contains(QStringLiteral("tidak selesai")));
        QCOMPARE(result.bytes, QFileInfo(m_bomb).size());
    }

    void memoryLimitIsACrash()
    {
        // 32 MB of address space is not even enough to start Qt: the child dies, the caller lives. A
        // sanitized child has ASan's resident-memory limit instead, which its watcher looks at every
        // 100 ms: the 60 MB bomb passes it at once and keeps the child busy, where the small good PDF
        // could be checked (64 MB at its peak) between two looks.
        PdfCheckOptions options;
        options.memoryLimitBytes = 32 * 1024 * 1024;
        const PdfCheckResult result = PdfCheckRunner::check(m_bomb, options);
        qInfo() << result.code << result.message;
        QVERIFY(!result.ok);
        QVERIFY2(result.code == QLatin1String("crashed") || result.code == QLatin1String("helper_failed"),
            qPrintable(result.code));
        QVERIFY(!result.message.isEmpty());
    }

    void crashingHelper_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("code");
        QTest::newRow("segfault") << QByteArray("kill -SEGV $$") << "crashed";
        QTest::newRow("abort") << QByteArray("kill -ABRT $$") << "crashed";
        QTest::newRow("out of CPU time") << QByteArray("kill -XCPU $$") << "timeout";
        QTest::newRow("garbage") << QByteArray("echo '{not json'") << "helper_failed";
        QTest::newRow("silent") << QByteArray("exit 0") << "helper_failed";
        QTest::newRow("hangs") << QByteArray("exec sleep 30") << "timeout";
    }

    void crashingHelper()
    {
        // A stand-in for karier-cli that dies the way a Poppler crash would.
        QFETCH(QByteArray, script);
        QFETCH(QString, code);
        const QString helper = write(QStringLiteral("helper.sh"), "#!/bin/sh\n" + script + "\n");
        QVERIFY(QFile::setPermissions(helper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        PdfCheckRunner::setHelperPath(helper);
        PdfCheckOptions options;
        options.timeoutMs = 1500;
        const PdfCheckResult result = PdfCheckRunner::check(m_good, options);
        PdfCheckRunner runner;
        runner.setOptions(options);
        QSignalSpy spy(&runner, &PdfCheckRunner::finished);
        QVERIFY(runner.start(bytesOf(m_good), m_good));
        const bool answered = spy.wait(10000);
        PdfCheckRunner::setHelperPath(QStringLiteral(KARIER_CLI_PATH));
        QCOMPARE(result.code, code);
        QVERIFY(!result.ok);
        QCOMPARE(result.file, m_good);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(answered);
        QCOMPARE(spy.at(0).at(0).value<PdfCheckResult>().code, code);
    }

    void pageNIsDrawnByTheChild()
    {
        // Page 5 of 6 is a render bomb; pages 1-4 and 6 are fine. The child refuses it, naming it.
        QByteArray lines = "0.5 w ";
        for (int y = 60; y < 780; y += 4)
            lines += "60 " + QByteArray::number(y) + " m 535 " + QByteArray::number(y) + " l ";
        lines += "S";
        QByteArray bomb;
        while (bomb.size() < 60'000'000)
            bomb += "1 w 10 10 m 585 832 l 585 10 l S\n";
        const QByteArray pdf = pagesPdf(A4PortraitPt, {lines, lines, lines, lines, bomb, lines}, true);
        PdfCheckOptions options;
        options.limits.renderBudgetMs = 2000;
        const PdfCheckResult result = PdfCheckRunner::checkData(pdf, QStringLiteral("sk.pdf"), options);
        QCOMPARE(result.code, QStringLiteral("render_timeout"));
        QVERIFY2(result.message.contains(QStringLiteral("Halaman 5")), qPrintable(result.message));
        QCOMPARE(result.pages, 6);
        QCOMPARE(result.file, QStringLiteral("sk.pdf"));
    }

    void theBytesCheckedAreReported()
    {
        // check(): read once; the bytes handed back are those the child hashed.
        QByteArray content;
        const PdfCheckResult good = PdfCheckRunner::check(m_good, {}, &content);
        QVERIFY(good.ok);
        QCOMPARE(content, bytesOf(m_good));
        QCOMPARE(good.sha256, sha256Of(content));
        QCOMPARE(good.bytes, qint64(content.size()));

        // checkData(): bytes that exist in no file.
        QByteArray other = bytesOf(m_good);
        other.append("\n% tambahan\n");
        const PdfCheckResult checked = PdfCheckRunner::checkData(other, QStringLiteral("lain.pdf"));
        QVERIFY(checked.ok);
        QCOMPARE(checked.sha256, sha256Of(other));
        QVERIFY(checked.sha256 != good.sha256);

        // The command reads standard input for "-".
        QProcess process;
        process.start(QStringLiteral(KARIER_CLI_PATH),
            {QStringLiteral("check-pdf"), QStringLiteral("--json"), QStringLiteral("-")});
        process.write(other);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QList<QJsonObject> objects = jsonLines(process.readAllStandardOutput());
        QCOMPARE(objects.size(), 1);
        QCOMPARE(objects.at(0).value(QStringLiteral("sha256")).toString(), sha256Of(other));

        // Refused before any child: too large, with the size on disk.
        PdfCheckOptions small;
        small.limits.maxBytes = 100;
        QByteArray none;
        const PdfCheckResult tooLarge = PdfCheckRunner::check(m_good, small, &none);
        QCOMPARE(tooLarge.code, QStringLiteral("too_large"));
        QCOMPARE(tooLarge.bytes, QFileInfo(m_good).size());
        QVERIFY(none.isEmpty());
    }

    void helperAnsweringForOtherBytes()
    {
        // A child whose answer is for other bytes than those sent is not believed.
        PdfCheckResult fake = PdfCheckRunner::check(m_good);
        QVERIFY(fake.ok);
        fake.sha256 = sha256Of("lain");
        const QString helper = write(
            QStringLiteral("lain.sh"), "#!/bin/sh\ncat >/dev/null\necho '" + fake.toJsonLine() + "'\n");
        QVERIFY(QFile::setPermissions(helper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        PdfCheckRunner::setHelperPath(helper);
        const PdfCheckResult result = PdfCheckRunner::check(m_good);
        PdfCheckRunner::setHelperPath(QStringLiteral(KARIER_CLI_PATH));
        QCOMPARE(result.code, QStringLiteral("helper_failed"));
        QVERIFY(!result.ok);
        QVERIFY(result.sha256.isEmpty());
    }

    void firstPageHandedBack_data()
    {
        QTest::addColumn<int>("width");
        // The scan (1654 pixels wide) is one full-page JPEG: decoded at 1/4, 1/2 and whole.
        QTest::newRow("sempit") << 300;
        QTest::newRow("A4 96 dpi") << 794;
        QTest::newRow("lebar") << 1400;
    }

    void firstPageHandedBack()
    {
        // The child hands back the first page it drew, at the width asked for, and it looks like what
        // the viewer (PdfRenderer) draws at that width.
        QFETCH(int, width);
        PdfCheckOptions options;
        options.firstPageWidth = width;
        QByteArray bytes;
        const PdfCheckResult result = PdfCheckRunner::check(m_scan, options, &bytes);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.firstPage.width(), width);
        QVERIFY(qAbs(result.firstPageSizePt.width() - 595.276) < 0.5);
        QVERIFY(qAbs(result.firstPageSizePt.height() - 841.89) < 0.5);
        const double dpi = width * 72.0 / result.firstPageSizePt.width();
        QString error;
        const QImage drawn = PdfRenderer::renderFirstPage(bytes, dpi, &error);
        QVERIFY2(!drawn.isNull(), qPrintable(error));
        QVERIFY2(qAbs(drawn.height() - result.firstPage.height()) <= 1,
            qPrintable(QStringLiteral("%1 / %2").arg(drawn.height()).arg(result.firstPage.height())));
        // Compared a third of the size, and at the best of the shifts by up to a pixel either way, so
        // that where a pixel falls does not count: a scan's page is decoded and scaled by Qt (an area
        // average), the viewer's drawn by Splash, whose pixel grids differ by a fraction of a pixel.
        const QSize reduced = result.firstPage.size() / 3;
        const auto shrink = [reduced](const QImage& image) {
            return image.scaled(reduced, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        };
        const QImage viewer = shrink(drawn.scaled(result.firstPage.size()));
        double difference = std::numeric_limits<double>::infinity();
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx)
                difference = std::min(
                    difference, meanGreyDifference(shrink(shifted(result.firstPage, dx, dy)), viewer));
        }
        QVERIFY2(difference < 6.0, qPrintable(QString::number(difference)));
        // Against another page the measure is far from that: it tells pages apart.
        QImage blank(reduced, QImage::Format_RGB32);
        blank.fill(Qt::white);
        const double other = meanGreyDifference(blank, viewer);
        QVERIFY2(other > 2 * difference && other > 6.0, qPrintable(QString::number(other)));

        // The same through the asynchronous runner (the wizard's way).
        PdfCheckRunner runner;
        runner.setOptions(options);
        QSignalSpy spy(&runner, &PdfCheckRunner::finished);
        QVERIFY(runner.start(bytes, m_scan));
        QVERIFY(spy.wait(30000));
        const auto answer = spy.at(0).at(0).value<PdfCheckResult>();
        QVERIFY(answer.ok);
        QCOMPARE(answer.firstPage.convertToFormat(QImage::Format_RGB32),
            result.firstPage.convertToFormat(QImage::Format_RGB32));
    }

    void firstPageOnlyWhenAskedAndAccepted()
    {
        QVERIFY(PdfCheckRunner::check(m_scan).firstPage.isNull()); // not asked for
        PdfCheckOptions options;
        options.firstPageWidth = 500;
        options.limits.renderBudgetMs = 2000;
        const PdfCheckResult bomb = PdfCheckRunner::check(m_bomb, options);
        QVERIFY(!bomb.ok);
        QVERIFY(bomb.firstPage.isNull()); // a refused PDF shows nothing
        const PdfCheckResult jpeg = PdfCheckRunner::check(m_jpeg, options);
        QVERIFY(!jpeg.ok);
        QVERIFY(jpeg.firstPage.isNull());
        // A width out of bounds is a usage error of the command.
        QCOMPARE(cli({QStringLiteral("check-pdf"), QStringLiteral("--json"), QStringLiteral("--in-process"),
                         QStringLiteral("--first-page-width"), QStringLiteral("99999"), m_scan})
                     .exitCode,
            2);
    }

    void malformedFirstPageRefused_data()
    {
        // The first_page object a fake child sends; the runner asks for 200 pixels (400 for "terlalu
        // banyak piksel") of an A4 page (283 pixels high).
        QTest::addColumn<QJsonObject>("page");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("accepted");
        const auto object = [](const QByteArray& data, double widthPt = 595.276, double heightPt = 841.89) {
            QJsonObject page;
            page.insert(QStringLiteral("pnm"), QString::fromLatin1(data.toBase64()));
            page.insert(QStringLiteral("width_pt"), widthPt);
            page.insert(QStringLiteral("height_pt"), heightPt);
            return page;
        };
        QImage good(200, 283, QImage::Format_Grayscale8);
        good.fill(200);
        QTest::newRow("baik") << object(pnm(good)) << 200 << true; // the control: a good one passes
        QJsonObject notBase64 = object(pnm(good));
        notBase64.insert(QStringLiteral("pnm"), QStringLiteral("bukan*base64!"));
        QTest::newRow("bukan base64") << notBase64 << 200 << false;
        QTest::newRow("bukan PGM/PPM") << object("GIF89a bukan pgm sama sekali") << 200 << false;
        QTest::newRow("PGM teks") << object("P2\n200 283\n255\n0 0 0") << 200 << false;
        QTest::newRow("PGM terpotong") << object(pnm(good).left(200)) << 200 << false;
        QImage wide(300, 424, QImage::Format_Grayscale8);
        wide.fill(200);
        QTest::newRow("lebar lain") << object(pnm(wide)) << 200 << false;
        QImage tall(200, 400, QImage::Format_Grayscale8);
        tall.fill(200);
        QTest::newRow("bentuk lain") << object(pnm(tall)) << 200 << false;
        // The page's shape matches the picture, but it is 400 x 12000: over the pixel cap.
        QImage huge(400, 12000, QImage::Format_Grayscale8);
        huge.fill(255);
        QTest::newRow("terlalu banyak piksel") << object(pnm(huge), 100, 3000) << 400 << false;
        QJsonObject noSize = object(pnm(good));
        noSize.remove(QStringLiteral("width_pt"));
        QTest::newRow("tanpa ukuran halaman") << noSize << 200 << false;
        QJsonObject tooLong = object(pnm(good));
        tooLong.insert(QStringLiteral("pnm"),
            QString(int((PdfCheckResult::MaxFirstPageBytes + 2) / 3 * 4 + 4), QLatin1Char('A')));
        QTest::newRow("terlalu besar") << tooLong << 200 << false;
        QTest::newRow("bukan objek") << QJsonObject {{QStringLiteral("x"), 1}} << 200 << false;
    }

    void malformedFirstPageRefused()
    {
        // A child whose first page is malformed is not believed: the answer is helper_failed and
        // nothing is shown.
        QFETCH(QJsonObject, page);
        QFETCH(int, width);
        QFETCH(bool, accepted);
        const PdfCheckResult real = PdfCheckRunner::check(m_good);
        QVERIFY(real.ok);
        QJsonObject answer = real.toJson();
        if (QTest::currentDataTag() == QByteArray("bukan objek"))
            answer.insert(QStringLiteral("first_page"), QStringLiteral("gambar"));
        else
            answer.insert(QStringLiteral("first_page"), page);
        const QString line = write(
            QStringLiteral("jawaban.json"), QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n');
        const QString helper
            = write(QStringLiteral("gambar.sh"), "#!/bin/sh\ncat >/dev/null\ncat '" + line.toUtf8() + "'\n");
        QVERIFY(QFile::setPermissions(helper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        PdfCheckRunner::setHelperPath(helper);
        PdfCheckOptions options;
        options.firstPageWidth = width;
        const PdfCheckResult result = PdfCheckRunner::check(m_good, options);
        PdfCheckRunner::setHelperPath(QStringLiteral(KARIER_CLI_PATH));
        if (accepted) {
            QVERIFY2(result.ok, qPrintable(result.message));
            QCOMPARE(result.firstPage.size(), QSize(200, 283));
            return;
        }
        QCOMPARE(result.code, QStringLiteral("helper_failed"));
        QVERIFY(!result.ok);
        QVERIFY(result.firstPage.isNull());
        QVERIFY2(
            result.message.contains(QStringLiteral("gambar halaman pertama")), qPrintable(result.message));
    }

    void firstPageComesBeforeTheVerdict_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::newRow("pindaian (JPEG didekode)") << m_scan << QStringLiteral("ok");
        QTest::newRow("garis (digambar Poppler)") << m_good << QStringLiteral("ok");
        // Page 1 is fine, page 2 a render bomb: the page comes, then the refusal, without a page.
        QTest::newRow("halaman 2 rusak") << m_secondPageBomb << QStringLiteral("render_timeout");
    }

    void firstPageComesBeforeTheVerdict()
    {
        // The child sends the first page on a line of its own as soon as it has drawn it; the runner
        // validates it and hands it over while the child goes on checking.
        QFETCH(QString, file);
        QFETCH(QString, code);
        PdfCheckRunner runner;
        PdfCheckOptions options;
        options.firstPageWidth = 320;
        options.limits.renderBudgetMs = 2000;
        runner.setOptions(options);
        QStringList order;
        QImage drawn;
        connect(&runner, &PdfCheckRunner::firstPageDrawn, this,
            [&](const QString& name, const QImage& page, QSizeF sizePt) {
                order << QStringLiteral("halaman");
                QCOMPARE(name, file);
                QVERIFY(runner.isRunning()); // the verdict is still to come
                QVERIFY(qAbs(sizePt.width() - 595.276) < 0.5);
                drawn = page;
            });
        PdfCheckResult result;
        connect(&runner, &PdfCheckRunner::finished, this, [&](const PdfCheckResult& answer) {
            order << QStringLiteral("putusan");
            result = answer;
        });
        QVERIFY(runner.start(bytesOf(file), file));
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, 15000);
        QCOMPARE(order, (QStringList {QStringLiteral("halaman"), QStringLiteral("putusan")}));
        QCOMPARE(drawn.width(), 320);
        QVERIFY(qAbs(drawn.height() - 320 * 841.89 / 595.276) <= 1.0);
        QCOMPARE(result.code, code);
        if (result.ok)
            QCOMPARE(result.firstPage, drawn); // the verdict carries the same page
        else
            QVERIFY(result.firstPage.isNull());
    }

    void malformedEarlyPageRefused()
    {
        // A fake child that sends a malformed first page on its own line, then a good verdict: not
        // believed, and no page is handed over.
        const PdfCheckResult real = PdfCheckRunner::check(m_good);
        QVERIFY(real.ok);
        const QString verdict = write(QStringLiteral("putusan.json"), real.toJsonLine() + '\n');
        QImage wrong(100, 141, QImage::Format_Grayscale8); // not the width asked for
        wrong.fill(200);
        PdfCheckResult early;
        early.firstPage = wrong;
        early.firstPageSizePt = A4PortraitPt;
        const QString page = write(QStringLiteral("halaman.json"), early.firstPageLine() + '\n');
        const QString helper = write(QStringLiteral("dini.sh"),
            "#!/bin/sh\ncat >/dev/null\ncat '" + page.toUtf8() + "'\ncat '" + verdict.toUtf8() + "'\n");
        QVERIFY(QFile::setPermissions(helper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        PdfCheckRunner::setHelperPath(helper);
        PdfCheckRunner runner;
        PdfCheckOptions options;
        options.firstPageWidth = 200;
        runner.setOptions(options);
        QSignalSpy drawn(&runner, &PdfCheckRunner::firstPageDrawn);
        QSignalSpy finished(&runner, &PdfCheckRunner::finished);
        QVERIFY(runner.start(bytesOf(m_good), m_good));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        const auto blocking = PdfCheckRunner::checkData(bytesOf(m_good), m_good, options);
        PdfCheckRunner::setHelperPath(QStringLiteral(KARIER_CLI_PATH));
        QCOMPARE(drawn.count(), 0);
        const auto result = finished.takeFirst().at(0).value<PdfCheckResult>();
        QCOMPARE(result.code, QStringLiteral("helper_failed"));
        QVERIFY(result.firstPage.isNull());
        QCOMPARE(blocking.code, QStringLiteral("helper_failed")); // the blocking path reads it too
        // The control: the same fake child with a good page is believed.
        QImage right(200, 283, QImage::Format_Grayscale8);
        right.fill(200);
        early.firstPage = right;
        write(QStringLiteral("halaman.json"), early.firstPageLine() + '\n');
        PdfCheckRunner::setHelperPath(helper);
        const PdfCheckResult good = PdfCheckRunner::checkData(bytesOf(m_good), m_good, options);
        PdfCheckRunner::setHelperPath(QStringLiteral(KARIER_CLI_PATH));
        QVERIFY2(good.ok, qPrintable(good.message));
        QCOMPARE(good.firstPage.size(), QSize(200, 283));
    }

    void preparedChildTakesTheFile()
    {
        // prepare() starts the child ahead; start() with the same options hands it the bytes. Its
        // wall-clock limit counts from start(), not from prepare().
        PdfCheckRunner runner;
        PdfCheckOptions options;
        options.timeoutMs = 3000; // a sanitized child checks the scan in about a second
        options.firstPageWidth = 300;
        runner.setOptions(options);
        runner.prepare();
        QTest::qWait(3500); // longer than the limit: a child waiting for its file is not timed
        QSignalSpy finished(&runner, &PdfCheckRunner::finished);
        QVERIFY(runner.start(bytesOf(m_scan), m_scan));
        QVERIFY(runner.startedPrepared());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        auto result = finished.takeFirst().at(0).value<PdfCheckResult>();
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.sha256, PdfInspector::sha256Hex(bytesOf(m_scan)));
        QCOMPARE(result.firstPage.width(), 300);

        // After a check the next child is started ahead again; the next file goes to it.
        QTest::qWait(500);
        QVERIFY(runner.start(bytesOf(m_good), m_good));
        QVERIFY(runner.startedPrepared());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        result = finished.takeFirst().at(0).value<PdfCheckResult>();
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.sha256, PdfInspector::sha256Hex(bytesOf(m_good)));

        // Other options: the child in standby is not used, a new one checks the file.
        QTest::qWait(500);
        options.firstPageWidth = 280;
        runner.setOptions(options);
        QVERIFY(runner.start(bytesOf(m_scan), m_scan));
        QVERIFY(!runner.startedPrepared());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        result = finished.takeFirst().at(0).value<PdfCheckResult>();
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.firstPage.width(), 280);

        // unprepare(): no child ahead any more.
        runner.unprepare();
        QTest::qWait(500);
        QVERIFY(runner.start(bytesOf(m_good), m_good));
        QVERIFY(!runner.startedPrepared());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QVERIFY(finished.takeFirst().at(0).value<PdfCheckResult>().ok);

        // A child in standby that cannot be started: the check starts its own and says why.
        PdfCheckRunner::setHelperPath(m_dir.filePath(QStringLiteral("tidak-ada")));
        runner.prepare();
        QTest::qWait(200);
        QVERIFY(runner.start(bytesOf(m_good), m_good));
        PdfCheckRunner::setHelperPath(QStringLiteral(KARIER_CLI_PATH));
        QVERIFY(!runner.startedPrepared());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(finished.takeFirst().at(0).value<PdfCheckResult>().code, QStringLiteral("helper_failed"));
    }

    void standardErrorTailInMessage()
    {
        // A crash keeps the last of what the child said on standard error (4 KB at most).
        const QString helper = write(QStringLiteral("bicara.sh"),
            "#!/bin/sh\ncat >/dev/null\nseq 1 5000 >&2\necho 'Syntax Error: objek 12 rusak' >&2\nkill -SEGV "
            "$$\n");
        QVERIFY(QFile::setPermissions(helper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        PdfCheckRunner::setHelperPath(helper);
        const PdfCheckResult result = PdfCheckRunner::check(m_good);
        PdfCheckRunner runner;
        QSignalSpy spy(&runner, &PdfCheckRunner::finished);
        QVERIFY(runner.start(bytesOf(m_good), m_good));
        const bool answered = spy.wait(10000);
        PdfCheckRunner::setHelperPath(QStringLiteral(KARIER_CLI_PATH));
        QCOMPARE(result.code, QStringLiteral("crashed"));
        QVERIFY2(result.message.contains(QStringLiteral("Syntax Error: objek 12 rusak")),
            qPrintable(result.message));
        QVERIFY(answered);
        QVERIFY(spy.at(0).at(0).value<PdfCheckResult>().message.contains(QStringLiteral("objek 12 rusak")));

        ChildLimits limits;
        const ChildOutcome outcome = ChildProcess::run(QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"), QStringLiteral("seq 1 100000 >&2; echo akhir >&2")}, limits);
        QCOMPARE(outcome.end, ChildOutcome::End::Finished);
        QCOMPARE(outcome.errorTail.size(), ChildOutcome::ErrorTailBytes);
        QVERIFY(outcome.errorTail.endsWith("99999\n100000\nakhir\n"));
        QCOMPARE(outcome.errorSummary(), QStringLiteral("akhir"));
    }

    void checkChildLimits()
    {
        // One thread: the CPU limit is the wall clock plus 2 s; 16 MiB of file at most.
        PdfCheckOptions options;
        const ChildLimits limits = PdfCheckRunner::childLimits(options);
        QCOMPARE(limits.threads, 1);
        QCOMPARE(limits.cpuSeconds(), qint64(17));
        QCOMPARE(limits.maxFileBytes, qint64(16) << 20);
        // The file-size limit holds in the child: writing more fails instead of killing it.
        ChildLimits small;
        small.maxFileBytes = 4096;
        const QString target = m_dir.filePath(QStringLiteral("besar.bin"));
        const ChildOutcome outcome = ChildProcess::run(QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"), QStringLiteral("head -c 100000 /dev/zero > \"$1\"; echo $?"),
                QStringLiteral("sh"), target},
            small);
        QCOMPARE(outcome.end, ChildOutcome::End::Finished);
        QVERIFY2(outcome.output.trimmed() != "0", outcome.output.constData());
        QCOMPARE(QFileInfo(target).size(), qint64(4096));
    }

    void missingHelper()
    {
        PdfCheckRunner::setHelperPath(m_dir.filePath(QStringLiteral("tidak-ada")));
        const PdfCheckResult result = PdfCheckRunner::check(m_good);
        PdfCheckRunner::setHelperPath(QStringLiteral(KARIER_CLI_PATH));
        QCOMPARE(result.code, QStringLiteral("helper_failed"));
        QVERIFY(result.message.contains(QStringLiteral("tidak dapat dijalankan")));
    }

    void asynchronous()
    {
        PdfCheckRunner runner;
        QSignalSpy spy(&runner, &PdfCheckRunner::finished);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(runner.start(bytesOf(m_good), m_good));
        QVERIFY(timer.elapsed() < 500); // start() does not wait for the child
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.start(bytesOf(m_blurry), m_blurry)); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 15000);
        QVERIFY(!runner.isRunning());
        const auto result = spy.takeFirst().at(0).value<PdfCheckResult>();
        QCOMPARE(result.code, QStringLiteral("ok"));
        QCOMPARE(result.file, m_good);

        // Timeout, asynchronously.
        PdfCheckOptions options;
        options.timeoutMs = 1000;
        options.limits.renderBudgetMs = 60000;
        runner.setOptions(options);
        QVERIFY(runner.start(bytesOf(m_bomb), m_bomb));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        QCOMPARE(spy.takeFirst().at(0).value<PdfCheckResult>().code, QStringLiteral("timeout"));

        // Missing helper: finished comes from the event loop, not from inside start().
        PdfCheckRunner::setHelperPath(m_dir.filePath(QStringLiteral("tidak-ada")));
        QVERIFY(runner.start(bytesOf(m_good), m_good));
        PdfCheckRunner::setHelperPath(QStringLiteral(KARIER_CLI_PATH));
        QCOMPARE(spy.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
        QCOMPARE(spy.takeFirst().at(0).value<PdfCheckResult>().code, QStringLiteral("helper_failed"));
    }

    void cancel()
    {
        PdfCheckRunner runner;
        PdfCheckOptions options;
        options.limits.renderBudgetMs = 60000;
        runner.setOptions(options);
        QSignalSpy spy(&runner, &PdfCheckRunner::finished);
        QVERIFY(runner.start(bytesOf(m_bomb), m_bomb));
        QTest::qWait(200);
        runner.cancel();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.takeFirst().at(0).value<PdfCheckResult>().code, QStringLiteral("cancelled"));
        QVERIFY(!runner.isRunning());
        runner.cancel(); // nothing running: no signal
        QCOMPARE(spy.count(), 0);
        // The runner is free again at once; the killed child is reaped in the background.
        runner.setOptions({});
        QVERIFY(runner.start(bytesOf(m_good), m_good));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 15000);
        QCOMPARE(spy.takeFirst().at(0).value<PdfCheckResult>().code, QStringLiteral("ok"));
        QTest::qWait(100);
        QCOMPARE(spy.count(), 0); // the cancelled child never answers

        // Destroyed while running: no signal, no hang.
        auto* running = new PdfCheckRunner;
        running->setOptions(options);
        QSignalSpy destroyedSpy(running, &PdfCheckRunner::finished);
        QVERIFY(running->start(bytesOf(m_bomb), m_bomb));
        QTest::qWait(100);
        QElapsedTimer timer;
        timer.start();
        delete running;
        QVERIFY2(timer.elapsed() < 300, qPrintable(QString::number(timer.elapsed()))); // not waited for
        QCOMPARE(destroyedSpy.count(), 0);
    }
};

QTEST_MAIN(TestCheckPdfCommand)
#include "TestCheckPdfCommand.moc"
