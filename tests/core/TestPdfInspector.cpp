// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticScan.h"
#include "documents/PdfInspector.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using namespace karier::test;

namespace {

/// A real, small PDF as Qt writes it: two pages of text.
QByteArray qtPdf()
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("DejaVu Serif"), 11));
    for (int page = 0; page < 2; ++page) {
        if (page > 0)
            writer.newPage();
        for (int line = 0; line < 40; ++line)
            painter.drawText(200, 300 + line * 70,
                QStringLiteral("Baris %1: surat keputusan kenaikan pangkat pegawai negeri sipil.").arg(line));
    }
    painter.end();
    return pdf;
}

QByteArray imageFile(const char* format)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

/// A content stream of path operators that inflates from ~100 KB to 60 MB: a CPU bomb.
QByteArray flateBombContent()
{
    const QByteArray unit = "1 w 10 10 m 585 832 l 585 10 l S\n";
    QByteArray content;
    content.reserve(60'000'000);
    while (content.size() < 60'000'000)
        content += unit;
    return content;
}

QByteArray flateBombPdf()
{
    return simplePdf(1, A4PortraitPt, flateBombContent(), true);
}

/// \a pageCount A4 pages of lines, the last one 14400 x 1 pt.
QByteArray oddPagePdf(int pageCount)
{
    MiniPdf pdf;
    const int catalog = pdf.reserve();
    const int pages = pdf.reserve();
    const int contents = pdf.add(MiniPdf::stream({}, "0 0 m 500 0 l S"));
    QByteArray kids;
    for (int i = 0; i < pageCount; ++i) {
        const QByteArray box = i + 1 == pageCount ? "[0 0 14400 1]" : "[0 0 595 842]";
        kids += QByteArray::number(
                    pdf.add("<< /Type /Page /Parent " + QByteArray::number(pages) + " 0 R /MediaBox " + box
                        + " /Resources << >> /Contents " + QByteArray::number(contents) + " 0 R >>"))
            + " 0 R ";
    }
    pdf.set(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(pages) + " 0 R >>");
    pdf.set(pages, "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pageCount) + " >>");
    return pdf.build(catalog);
}

/// Lines over a page: something to draw, quickly.
QByteArray linesContent()
{
    QByteArray lines = "0.5 w ";
    for (int y = 60; y < 780; y += 4)
        lines += "60 " + QByteArray::number(y) + " m 535 " + QByteArray::number(y) + " l ";
    return lines + "S";
}

// ---- The standard security handler, revision 3 (RC4, 128 bit), enough to lock a PDF. ----

QByteArray rc4(const QByteArray& key, const QByteArray& data)
{
    unsigned char s[256];
    for (int i = 0; i < 256; ++i)
        s[i] = static_cast<unsigned char>(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[i] + static_cast<unsigned char>(key.at(i % key.size()))) & 0xFF;
        std::swap(s[i], s[j]);
    }
    QByteArray out(data.size(), Qt::Uninitialized);
    for (qsizetype n = 0, i = 0, j = 0; n < data.size(); ++n) {
        i = (i + 1) & 0xFF;
        j = (j + s[i]) & 0xFF;
        std::swap(s[i], s[j]);
        out[n] = char(data.at(n) ^ s[(s[i] + s[j]) & 0xFF]);
    }
    return out;
}

QByteArray md5(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5);
}

QByteArray padded(const QByteArray& password)
{
    static const QByteArray padding
        = QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    return QByteArray(password + padding).left(32);
}

QByteArray rc4Rounds(const QByteArray& key, QByteArray data)
{
    data = rc4(key, data);
    for (int round = 1; round <= 19; ++round) {
        QByteArray roundKey = key;
        for (char& byte : roundKey)
            byte = char(byte ^ round);
        data = rc4(roundKey, data);
    }
    return data;
}

/// One A4 page with a black bar, encrypted with \a user / \a owner passwords (R3, RC4 128).
QByteArray encryptedPdf(const QByteArray& user, const QByteArray& owner)
{
    const QByteArray id = md5("karier-asn test");
    const qint32 permissions = -3904;
    QByteArray ownerKey = md5(padded(owner));
    for (int i = 0; i < 50; ++i)
        ownerKey = md5(ownerKey);
    const QByteArray o = rc4Rounds(ownerKey, padded(user));
    QByteArray p(4, '\0');
    for (int i = 0; i < 4; ++i)
        p[i] = char((quint32(permissions) >> (8 * i)) & 0xFF);
    QByteArray key = md5(padded(user) + o + p + id);
    for (int i = 0; i < 50; ++i)
        key = md5(key);
    const QByteArray u = rc4Rounds(key, md5(padded({}) + id)) + QByteArray(16, '\0');

    MiniPdf pdf;
    const int catalog = pdf.reserve();
    const int pages = pdf.reserve();
    const int contents = pdf.reserve();
    const QByteArray content = "0.1 0.1 0.1 rg 100 300 400 60 re f 100 500 m 500 700 l 8 w S";
    QByteArray objectKey = key + QByteArray(1, char(contents)) + QByteArray(4, '\0');
    objectKey = md5(objectKey);
    pdf.set(contents, MiniPdf::stream({}, rc4(objectKey, content)));
    const int page = pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents "
        + QByteArray::number(contents) + " 0 R >>");
    pdf.set(catalog, "<< /Type /Catalog /Pages 2 0 R >>");
    pdf.set(pages, "<< /Type /Pages /Kids [" + QByteArray::number(page) + " 0 R] /Count 1 >>");
    const int encrypt = pdf.add("<< /Filter /Standard /V 2 /R 3 /Length 128 /P "
        + QByteArray::number(permissions) + " /O <" + o.toHex() + "> /U <" + u.toHex() + "> >>");
    return pdf.build(catalog,
        "/Encrypt " + QByteArray::number(encrypt) + " 0 R /ID [<" + id.toHex() + "> <" + id.toHex() + ">]");
}

/// Thin lines every 4 pt, like lines of small text: a page that measures sharp.
QByteArray ruledContent()
{
    QByteArray content = "0.5 w ";
    for (int y = 60; y < 780; y += 4)
        content += "60 " + QByteArray::number(y) + " m 535 " + QByteArray::number(y) + " l ";
    return content + "S";
}

QByteArray corpusFile(const QString& name)
{
    QFile file(qEnvironmentVariable("KARIER_PDF_CORPUS_DIR") + QStringLiteral("/qpdf/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray scanPdf(ScanLayout layout, double blur, int quality = 75)
{
    SyntheticScanOptions options;
    options.layout = layout;
    options.blurFactor = blur;
    options.jpegQuality = quality;
    return syntheticScanPdf(options);
}

} // namespace

/// PdfInspector in this process, over generated good and malformed files.
class TestPdfInspector : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void inspect_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("warnings");
        QTest::addColumn<QString>("message"); // a part of it
        QTest::addColumn<int>("pages");

        const QByteArray valid = qtPdf();
        QVERIFY(valid.startsWith("%PDF-"));
        const QStringList none;
        const QStringList blurry {QStringLiteral("blurry")};
        QTest::newRow("QPdfWriter, 2 pages") << valid << "ok" << none << "dapat diterima (2 halaman)" << 2;
        QTest::newRow("empty") << QByteArray() << "empty" << none << "kosong" << 0;
        QTest::newRow("JPEG renamed") << imageFile("JPEG") << "not_pdf" << none << "gambar JPEG" << 0;
        QTest::newRow("PNG renamed") << imageFile("PNG") << "not_pdf" << none << "gambar PNG" << 0;
        QTest::newRow("ZIP renamed") << (QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10) + "notes.txt")
                                     << "not_pdf" << none << "arsip ZIP" << 0;
        QTest::newRow("DOCX renamed") << (QByteArray("PK\x03\x04\x14\0\x06\0\x08\0", 10)
            + "[Content_Types].xml....PK\x03\x04word/document.xml")
                                      << "not_pdf" << none << "dokumen Word (DOCX)" << 0;
        QTest::newRow("HTML renamed")
            << QByteArray("\xEF\xBB\xBF\n  <!DOCTYPE html><html><body>Masuk</body></html>") << "not_pdf"
            << none << "halaman web (HTML)" << 0;
        QTest::newRow("PostScript renamed")
            << QByteArray("%!PS-Adobe-3.0\n%%Pages: 1\nshowpage\n") << "not_pdf" << none << "PostScript" << 0;
        QTest::newRow("%PDF- after other bytes")
            << QByteArray("garbage\n%PDF-1.4\n") << "not_pdf" << none << "tidak diawali tanda PDF" << 0;
        QTest::newRow("%PDF-1.7 and garbage")
            << (QByteArray("%PDF-1.7\n") + QByteArray(4000, '\x9C')) << "unreadable" << none << "rusak" << 0;
        QTest::newRow("truncated at 50 %")
            << valid.left(valid.size() / 2) << "unreadable" << none << "rusak" << 0;
        QTest::newRow("2 MB") << (QByteArray("%PDF-1.4\n") + QByteArray(2 * 1024 * 1024 - 9, ' '))
                              << "too_large" << none << "Ukuran file 2 MB melebihi batas 1 MB" << 0;
        QTest::newRow("1.4 MB") << (QByteArray("%PDF-1.4\n") + QByteArray(1468006 - 9, ' ')) << "too_large"
                                << none << "Ukuran file 1,4 MB melebihi batas 1 MB" << 0;
        QTest::newRow("1 byte over") << (QByteArray("%PDF-1.4\n") + QByteArray(1048577 - 9, ' '))
                                     << "too_large" << none
                                     << "1 MB (1.048.577 byte) melebihi batas 1 MB (1.048.576 byte)" << 0;
        QTest::newRow("50 pages") << simplePdf(50, A4PortraitPt, ruledContent()) << "ok" << none
                                  << "(50 halaman)" << 50;
        QTest::newRow("51 pages") << simplePdf(51, A4PortraitPt, ruledContent()) << "too_many_pages" << none
                                  << "51 halaman; batasnya 50" << 51;
        QTest::newRow("no page") << simplePdf(0, A4PortraitPt, {}) << "unreadable" << none << "" << 0;
        QTest::newRow("14400 pt page") << simplePdf(1, {14400, 14400}, "200 w 0 0 m 14400 14400 l S") << "ok"
                                       << none << "dapat diterima" << 1;
        QTest::newRow("14400 x 3 pt page")
            << simplePdf(1, {14400, 3}, "0 0 14400 3 re f") << "too_large_page" << none << "tidak wajar" << 1;
        QTest::newRow("blank page") << simplePdf(1, A4PortraitPt, {}) << "ok"
                                    << QStringList {QStringLiteral("blank")} << "tampak kosong" << 1;
        QTest::newRow("flate content-stream bomb")
            << flateBombPdf() << "render_timeout" << none
            << "Halaman 1 tidak selesai ditampilkan dalam 10 detik" << 1;
        QTest::newRow("user password (RC4 128)")
            << encryptedPdf("buka", "pemilik") << "encrypted" << none << "dilindungi kata sandi" << 0;
        QTest::newRow("owner password only (RC4 128)")
            << encryptedPdf({}, "pemilik") << "ok" << none << "dapat diterima (1 halaman)" << 1;
        // From the corpus (qpdf's test files): AES-encrypted with an empty user password, and a
        // file whose broken key length makes any password fail.
        QTest::newRow("corpus V4-aes.pdf (owner only)")
            << corpusFile(QStringLiteral("V4-aes.pdf")) << "ok" << none << "dapat diterima" << 30;
        QTest::newRow("corpus bad-encryption-length.pdf")
            << corpusFile(QStringLiteral("bad-encryption-length.pdf")) << "encrypted" << none << "kata sandi"
            << 0;
        QTest::newRow("sharp decree scan")
            << scanPdf(ScanLayout::Decree, 1.0) << "ok" << none << "dapat diterima" << 1;
        QTest::newRow("sharp certificate scan")
            << scanPdf(ScanLayout::Certificate, 1.0) << "ok" << none << "dapat diterima" << 1;
        QTest::newRow("heavily compressed certificate scan")
            << scanPdf(ScanLayout::Certificate, 1.0, 40) << "ok" << none << "dapat diterima" << 1;
        QTest::newRow("decree scan blurred f=2")
            << scanPdf(ScanLayout::Decree, 2.0) << "ok" << blurry << "Dokumen tampak buram" << 1;
        QTest::newRow("certificate scan blurred f=2")
            << scanPdf(ScanLayout::Certificate, 2.0) << "ok" << blurry << "Dokumen tampak buram" << 1;
        QTest::newRow("decree scan blurred f=4")
            << scanPdf(ScanLayout::Decree, 4.0) << "ok" << blurry << "Dokumen tampak buram" << 1;
    }

    void inspect()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, code);
        QFETCH(QStringList, warnings);
        QFETCH(QString, message);
        QFETCH(int, pages);

        QElapsedTimer timer;
        timer.start();
        const PdfCheckResult result = PdfInspector::inspectData(data, QStringLiteral("unggahan.pdf"));
        const qint64 elapsed = timer.elapsed();
        qInfo().noquote() << QTest::currentDataTag() << "->" << result.code << result.warnings << "sharpness"
                          << result.sharpness.value_or(-1) << elapsed << "ms";
        QCOMPARE(result.code, code);
        QCOMPARE(result.ok, code == QLatin1String("ok"));
        QCOMPARE(result.warnings, warnings);
        QVERIFY2(result.message.contains(message), qPrintable(result.message));
        QCOMPARE(result.pages, pages);
        QCOMPARE(result.bytes, qint64(data.size()));
        QCOMPARE(result.file, QStringLiteral("unggahan.pdf"));
        QVERIFY(!result.message.isEmpty());
        // The render budget for the whole document is 10 s; nothing may take much longer.
        QVERIFY2(elapsed < 13000, qPrintable(QString::number(elapsed)));

        // The same verdict from a file on disk.
        const QString path = m_dir.filePath(QStringLiteral("unggahan.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(data);
        file.close();
        if (code == QLatin1String("render_timeout"))
            return; // once is enough
        const PdfCheckResult fromFile = PdfInspector::inspect(path);
        QCOMPARE(fromFile.code, result.code);
        QCOMPARE(fromFile.bytes, result.bytes);
        QCOMPARE(fromFile.warnings, result.warnings);
    }

    void limits()
    {
        const QByteArray pdf = simplePdf(3, A4PortraitPt, ruledContent());
        PdfCheckLimits limits;
        limits.maxPages = 2;
        QCOMPARE(PdfInspector::inspectData(pdf, {}, limits).code, QStringLiteral("too_many_pages"));
        limits.maxPages = 3;
        limits.maxBytes = pdf.size() - 1;
        QCOMPARE(PdfInspector::inspectData(pdf, {}, limits).code, QStringLiteral("too_large"));
        limits.maxBytes = pdf.size();
        QCOMPARE(PdfInspector::inspectData(pdf, {}, limits).code, QStringLiteral("ok"));

        limits = {};
        const QByteArray sharp = scanPdf(ScanLayout::Decree, 1.0);
        const PdfCheckResult measured = PdfInspector::inspectData(sharp, {});
        QVERIFY(measured.sharpness);
        limits.sharpnessThreshold = *measured.sharpness + 1.0;
        QCOMPARE(
            PdfInspector::inspectData(sharp, {}, limits).warnings, QStringList {QStringLiteral("blurry")});
        limits.sharpnessThreshold = *measured.sharpness - 1.0;
        QCOMPARE(PdfInspector::inspectData(sharp, {}, limits).warnings, QStringList());
    }

    void fileErrors()
    {
        PdfCheckResult result = PdfInspector::inspect(m_dir.filePath(QStringLiteral("tidak-ada.pdf")));
        QCOMPARE(result.code, QStringLiteral("not_found"));
        QVERIFY(!result.ok);
        result = PdfInspector::inspect(m_dir.path());
        QCOMPARE(result.code, QStringLiteral("io_error"));
        QVERIFY(result.message.contains(QStringLiteral("bukan file biasa")));
    }

    void formatSize_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << "0 byte";
        QTest::newRow("900") << qint64(900) << "900 byte";
        QTest::newRow("512 KB") << qint64(512 * 1024) << "512 KB";
        QTest::newRow("1 MB") << qint64(1048576) << "1 MB";
        QTest::newRow("1,4 MB") << qint64(1468006) << "1,4 MB";
        QTest::newRow("12,5 MB") << qint64(13107200) << "12,5 MB";
    }

    void formatSize()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(PdfInspector::formatSize(bytes), text);
    }

    void renderScale()
    {
        // A4 at 150 dpi, whatever the page size; both orientations the same.
        QCOMPARE(qRound(PdfInspector::renderScale(A4PortraitPt) * 72.0), 150);
        QCOMPARE(
            PdfInspector::renderScale(A4PortraitPt), PdfInspector::renderScale(A4PortraitPt.transposed()));
        const double huge = PdfInspector::renderScale({14400, 14400});
        QVERIFY(14400 * huge * 14400 * huge <= double(PdfInspector::NormalisedPixels) + 1);
        QVERIFY(PdfInspector::renderScale({14400, 100}) * 14400 <= 16384.0);
        QCOMPARE(PdfInspector::renderScale({0, 100}), 0.0);
        QCOMPARE(PdfInspector::renderScale({-5, 100}), 0.0);
        QCOMPARE(PdfInspector::renderScale({qQNaN(), 100}), 0.0);
        QVERIFY(PdfInspector::renderScale(A4PortraitPt, 1000) * A4PortraitPt.width() < 40);
    }

    void sharpnessOfImages()
    {
        QImage blank(1240, 1754, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QVERIFY(!PdfInspector::sharpness(blank));
        QVERIFY(!PdfInspector::sharpness(QImage()));
        QImage stripes = blank;
        for (int y = 0; y < stripes.height(); ++y)
            for (int x = 0; x < stripes.width(); x += 4)
                stripes.setPixel(x, y, qRgb(0, 0, 0));
        const auto sharp = PdfInspector::sharpness(stripes);
        QVERIFY(sharp && *sharp > 1000);
        const QImage soft = stripes.scaled(310, 438, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                .scaled(1240, 1754, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const auto blurred = PdfInspector::sharpness(soft);
        QVERIFY(!blurred || *blurred < *sharp / 10);
    }

    void describeContent_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("what");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7") << "";
        QTest::newRow("unknown") << QByteArray("hello") << "";
        QTest::newRow("gif") << QByteArray("GIF89a....") << "gambar GIF";
        QTest::newRow("tiff") << QByteArray("II*\0....", 8) << "gambar TIFF";
        QTest::newRow("webp") << QByteArray("RIFF\0\0\0\0WEBPVP8 ", 16) << "gambar WebP";
        QTest::newRow("heic") << QByteArray("\0\0\0\x18"
                                            "ftypheic",
            12) << "foto HEIC/HEIF";
        QTest::newRow("xlsx") << QByteArray("PK\x03\x04....xl/workbook.xml") << "lembar kerja Excel (XLSX)";
        QTest::newRow("doc") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
                             << "dokumen Microsoft Office lama (DOC/XLS)";
        QTest::newRow("rtf") << QByteArray("{\\rtf1\\ansi") << "dokumen RTF";
        QTest::newRow("html lowercase") << QByteArray("<html><head>") << "halaman web (HTML)";
        QTest::newRow("xhtml") << QByteArray("<?xml version=\"1.0\"?>\n<html xmlns=") << "halaman web (HTML)";
        QTest::newRow("svg") << QByteArray("<svg xmlns=") << "gambar SVG";
        QTest::newRow("xml") << QByteArray("<?xml version=\"1.0\"?><root/>") << "dokumen XML";
    }

    void describeContent()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, what);
        QCOMPARE(PdfInspector::describeContent(head), what);
    }

    void json()
    {
        PdfCheckResult result;
        result.file = QStringLiteral("surat \"keputusan\".pdf");
        result.ok = true;
        result.code = QStringLiteral("ok");
        result.message = QStringLiteral("Dokumen tampak buram");
        result.bytes = 123456;
        result.pages = 3;
        result.sharpness = 1234.56;
        result.warnings = {QStringLiteral("blurry")};
        const QByteArray line = result.toJsonLine();
        QVERIFY(!line.contains('\n'));
        const auto parsed = PdfCheckResult::fromJsonLine(line);
        QVERIFY(parsed);
        QCOMPARE(parsed->file, result.file);
        QCOMPARE(parsed->ok, true);
        QCOMPARE(parsed->code, result.code);
        QCOMPARE(parsed->message, result.message);
        QCOMPARE(parsed->bytes, result.bytes);
        QCOMPARE(parsed->pages, 3);
        QCOMPARE(*parsed->sharpness, 1234.6);
        QCOMPARE(parsed->warnings, result.warnings);

        result.sharpness.reset();
        const auto unmeasured = PdfCheckResult::fromJsonLine(result.toJsonLine());
        QVERIFY(unmeasured && !unmeasured->sharpness);
        QVERIFY(result.toJsonLine().contains("\"sharpness\":null"));
        QVERIFY(!PdfCheckResult::fromJsonLine("{\"file\":\"a\",\"ok\":true}"));
        QVERIFY(!PdfCheckResult::fromJsonLine("not json"));
    }

    /// The table behind DefaultSharpnessThreshold. Sharp and lightly compressed scans (quality
    /// 90/75, also 150 and 300 dpi) must pass it, scans blurred by f >= 2 must not.
    void everyPageIsDrawn_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QByteArray good = linesContent();
        QTest::newRow("bomb on page 5")
            << pagesPdf(A4PortraitPt, {good, good, good, good, flateBombContent(), good}, true)
            << "render_timeout"
            << "Halaman 5 tidak selesai ditampilkan";
        // The last of four pages is 200 inches wide and 1 pt high: not drawable under the pixel cap.
        QTest::newRow("odd page 4") << oddPagePdf(4) << "too_large_page"
                                    << "Ukuran halaman 4 tidak wajar";
        QTest::newRow("all good") << pagesPdf(A4PortraitPt, {good, good, good}) << "ok"
                                  << "3 halaman";
    }

    void everyPageIsDrawn()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, code);
        QFETCH(QString, message);
        PdfCheckLimits limits;
        limits.renderBudgetMs = 1500;
        QElapsedTimer timer;
        timer.start();
        const PdfCheckResult result = PdfInspector::inspectData(data, QStringLiteral("berkas.pdf"), limits);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(result.code, code);
        QVERIFY2(result.message.contains(message), qPrintable(result.message));
        // The answer names the bytes it checked.
        QCOMPARE(result.sha256,
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
        // Only the first page is drawn when asked so (PdfFitter draws the others itself).
        limits.allPages = false;
        QCOMPARE(
            PdfInspector::inspectData(data, QStringLiteral("berkas.pdf"), limits).code, QStringLiteral("ok"));
    }

    void calibration_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<double>("noise");
        QTest::addColumn<bool>("after");
        QTest::addColumn<int>("quality");
        QTest::addColumn<double>("blur");
        if (!qEnvironmentVariableIsSet("KARIER_CALIBRATE")) {
            // The rows that decide the threshold; KARIER_CALIBRATE=1 prints the whole table.
            for (const int layout : {0, 1})
                for (const double blur : {1.0, 2.0})
                    QTest::addRow("%s blur-before q75 f%.1f", layout ? "certificate" : "decree", blur)
                        << layout << 200 << 4.0 << false << 75 << blur;
            return;
        }
        for (const int layout : {0, 1}) {
            for (const bool after : {false, true}) {
                for (const int quality : {90, 75, 50}) {
                    for (const double blur : {1.0, 1.5, 2.0, 3.0, 4.0}) {
                        if (after && blur == 1.0)
                            continue;
                        QTest::addRow("%s %s q%d f%.1f", layout ? "certificate" : "decree",
                            after ? "blur-after-jpeg" : "blur-before", quality, blur)
                            << layout << 200 << 4.0 << after << quality << blur;
                    }
                }
            }
            for (const int dpi : {150, 300})
                for (const double blur : {1.0, 2.0})
                    QTest::addRow("%s %d dpi q75 f%.1f", layout ? "certificate" : "decree", dpi, blur)
                        << layout << dpi << 4.0 << false << 75 << blur;
            for (const double noise : {1.5, 8.0})
                for (const double blur : {1.0, 2.0})
                    QTest::addRow("%s noise %.1f q75 f%.1f", layout ? "certificate" : "decree", noise, blur)
                        << layout << 200 << noise << false << 75 << blur;
        }
    }

    void calibration()
    {
        QFETCH(int, layout);
        QFETCH(int, dpi);
        QFETCH(double, noise);
        QFETCH(bool, after);
        QFETCH(int, quality);
        QFETCH(double, blur);
        SyntheticScanOptions options;
        options.layout = layout ? ScanLayout::Certificate : ScanLayout::Decree;
        options.dpi = dpi;
        options.noiseSigma = noise;
        options.blurAfterCompression = after;
        options.jpegQuality = quality;
        options.blurFactor = blur;
        PdfCheckLimits limits;
        limits.maxBytes = 64 * 1024 * 1024; // measure the big ones too
        const QByteArray pdf = syntheticScanPdf(options);
        const PdfCheckResult result = PdfInspector::inspectData(pdf, {}, limits);
        QCOMPARE(result.code, QStringLiteral("ok"));
        QVERIFY(result.sharpness);
        qInfo().noquote() << QStringLiteral("| %1 | %2 KB | %3 |")
                                 .arg(QString::fromLatin1(QTest::currentDataTag()))
                                 .arg(pdf.size() / 1024)
                                 .arg(*result.sharpness, 0, 'f', 0);
        const double threshold = PdfCheckLimits::DefaultSharpnessThreshold;
        if (blur == 1.0 && quality >= 75)
            QVERIFY2(*result.sharpness >= threshold, "a sharp scan is flagged as blurry");
        if (blur >= 2.0 && dpi <= 200)
            QVERIFY2(*result.sharpness < threshold, "a blurred scan is not flagged");
    }

    void fixture()
    {
        SyntheticScanOptions used;
        const QByteArray pdf = scannedA4Pdf1MB(&used);
        qInfo() << "1 MB fixture:" << pdf.size() << "bytes," << used.dpi << "dpi, JPEG quality"
                << used.jpegQuality;
        QVERIFY(pdf.size() >= 943'718 && pdf.size() < 1'048'576);
        const PdfCheckResult result = PdfInspector::inspectData(pdf, {});
        QCOMPARE(result.code, QStringLiteral("ok"));
        QCOMPARE(result.warnings, QStringList());
    }
};

QTEST_MAIN(TestPdfInspector)
#include "TestPdfInspector.moc"
