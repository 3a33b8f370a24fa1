// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticScan.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QMutex>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRadialGradient>
#include <QRandomGenerator>
#include <QStringList>
#include <QTransform>
#include <cmath>

namespace karier::test {

// ---- MiniPdf ----------------------------------------------------------------------------------

int MiniPdf::reserve()
{
    m_objects.append(QByteArray());
    return int(m_objects.size());
}

void MiniPdf::set(int number, const QByteArray& body)
{
    m_objects[number - 1] = body;
}

int MiniPdf::add(const QByteArray& body)
{
    const int number = reserve();
    set(number, body);
    return number;
}

QByteArray MiniPdf::stream(const QByteArray& dictionaryEntries, const QByteArray& data)
{
    return "<< " + dictionaryEntries + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data
        + "\nendstream";
}

QByteArray MiniPdf::build(int root, const QByteArray& trailerEntries) const
{
    QByteArray pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < m_objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + m_objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(m_objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(m_objects.size() + 1) + " /Root "
        + QByteArray::number(root) + " 0 R " + trailerEntries + " >>\nstartxref\n" + QByteArray::number(xref)
        + "\n%%EOF\n";
    return pdf;
}

QByteArray flate(const QByteArray& data)
{
    return qCompress(data, 9).mid(4);
}

namespace {

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 3);
}

QByteArray mediaBox(QSizeF sizePt)
{
    return "[0 0 " + number(sizePt.width()) + ' ' + number(sizePt.height()) + ']';
}

} // namespace

QByteArray simplePdf(int pageCount, QSizeF pageSizePt, const QByteArray& content, bool compress)
{
    MiniPdf pdf;
    const int catalog = pdf.reserve();
    const int pages = pdf.reserve();
    const int contents = pdf.add(
        compress ? MiniPdf::stream("/Filter /FlateDecode", flate(content)) : MiniPdf::stream({}, content));
    QByteArray kids;
    for (int i = 0; i < pageCount; ++i) {
        const int page = pdf.add("<< /Type /Page /Parent " + QByteArray::number(pages) + " 0 R /MediaBox "
            + mediaBox(pageSizePt) + " /Resources << >> /Contents " + QByteArray::number(contents)
            + " 0 R >>");
        kids += QByteArray::number(page) + " 0 R ";
    }
    pdf.set(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(pages) + " 0 R >>");
    pdf.set(pages, "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pageCount) + " >>");
    return pdf.build(catalog);
}

QByteArray pagesPdf(QSizeF pageSizePt, const QList<QByteArray>& contents, bool compress)
{
    MiniPdf pdf;
    const int catalog = pdf.reserve();
    const int pages = pdf.reserve();
    QByteArray kids;
    for (const QByteArray& content : contents) {
        const int stream = pdf.add(compress ? MiniPdf::stream("/Filter /FlateDecode", flate(content))
                                            : MiniPdf::stream({}, content));
        const int page = pdf.add("<< /Type /Page /Parent " + QByteArray::number(pages) + " 0 R /MediaBox "
            + mediaBox(pageSizePt) + " /Resources << >> /Contents " + QByteArray::number(stream) + " 0 R >>");
        kids += QByteArray::number(page) + " 0 R ";
    }
    pdf.set(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(pages) + " 0 R >>");
    pdf.set(
        pages, "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(contents.size()) + " >>");
    return pdf.build(catalog);
}

QByteArray jpegPdf(const QByteArray& jpeg, QSize pixels, bool greyscale, QSizeF pageSizePt)
{
    MiniPdf pdf;
    const int catalog = pdf.reserve();
    const int pages = pdf.reserve();
    const int image = pdf.add(MiniPdf::stream("/Type /XObject /Subtype /Image /Width "
            + QByteArray::number(pixels.width()) + " /Height " + QByteArray::number(pixels.height())
            + (greyscale ? " /ColorSpace /DeviceGray" : " /ColorSpace /DeviceRGB")
            + " /BitsPerComponent 8 /Filter /DCTDecode",
        jpeg));
    const int contents = pdf.add(MiniPdf::stream(
        {}, "q " + number(pageSizePt.width()) + " 0 0 " + number(pageSizePt.height()) + " 0 0 cm /Im0 Do Q"));
    const int page = pdf.add("<< /Type /Page /Parent " + QByteArray::number(pages) + " 0 R /MediaBox "
        + mediaBox(pageSizePt) + " /Resources << /XObject << /Im0 " + QByteArray::number(image)
        + " 0 R >> >> /Contents " + QByteArray::number(contents) + " 0 R >>");
    pdf.set(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(pages) + " 0 R >>");
    pdf.set(pages, "<< /Type /Pages /Kids [" + QByteArray::number(page) + " 0 R] /Count 1 >>");
    return pdf.build(catalog);
}

// ---- Synthetic scans -----------------------------------------------------------------------

namespace {

const QColor Paper(246, 243, 232);
const QColor Ink(32, 32, 44);

QSizeF pageSizeOf(ScanLayout layout)
{
    return layout == ScanLayout::Certificate ? A4PortraitPt.transposed() : A4PortraitPt;
}

/// Pseudo-Indonesian running text, the same for the same generator state.
QString words(QRandomGenerator& random, int count)
{
    static const QStringList vocabulary = QStringLiteral(
        "bahwa dalam rangka pelaksanaan ketentuan pasal undang-undang nomor tahun tentang aparatur "
        "sipil negara perlu menetapkan keputusan wali kota mengenai kenaikan pangkat pegawai negeri "
        "di lingkungan pemerintah kota surakarta berdasarkan pertimbangan sebagaimana dimaksud huruf "
        "dan peraturan manajemen jabatan fungsional golongan ruang terhitung mulai tanggal gaji pokok "
        "sesuai dengan daftar lampiran yang merupakan bagian tidak terpisahkan dari ini; 2024, (a) b.")
                                              .split(QLatin1Char(' '));
    QStringList chosen;
    for (int i = 0; i < count; ++i)
        chosen.append(vocabulary.at(int(random.bounded(quint32(vocabulary.size())))));
    return chosen.join(QLatin1Char(' '));
}

/// Draws \a text left-aligned into lines of \a width; returns the y below the last line.
double paragraph(QPainter& painter, const QString& text, double x, double y, double width)
{
    const QFontMetricsF metrics(painter.font());
    QString line;
    const QStringList all = text.split(QLatin1Char(' '));
    for (const QString& word : all) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (metrics.horizontalAdvance(candidate) > width && !line.isEmpty()) {
            painter.drawText(QPointF(x, y + metrics.ascent()), line);
            y += metrics.lineSpacing();
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty()) {
        painter.drawText(QPointF(x, y + metrics.ascent()), line);
        y += metrics.lineSpacing();
    }
    return y;
}

void centred(QPainter& painter, const QString& text, double width, double y)
{
    const QFontMetricsF metrics(painter.font());
    painter.drawText(QPointF((width - metrics.horizontalAdvance(text)) / 2.0, y + metrics.ascent()), text);
}

QFont font(double points, bool bold = false)
{
    QFont result(QStringLiteral("DejaVu Serif"));
    result.setPointSizeF(points);
    result.setBold(bold);
    return result;
}

void drawDecree(QPainter& painter, double mm, double width, QRandomGenerator& random)
{
    painter.setFont(font(14, true));
    centred(painter, QStringLiteral("PEMERINTAH KOTA SURAKARTA"), width, 15 * mm);
    painter.setFont(font(11, true));
    centred(
        painter, QStringLiteral("BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"), width, 22 * mm);
    painter.setFont(font(9));
    centred(painter, QStringLiteral("Jalan Jenderal Sudirman Nomor 2 Surakarta 57111, Telepon (0271) 642020"),
        width, 28 * mm);
    painter.setPen(QPen(Ink, 0.8 * mm));
    painter.drawLine(QPointF(20 * mm, 34 * mm), QPointF(width - 20 * mm, 34 * mm));
    painter.setPen(Ink);

    painter.setFont(font(12, true));
    centred(painter, QStringLiteral("KEPUTUSAN WALI KOTA SURAKARTA"), width, 42 * mm);
    painter.setFont(font(11));
    centred(painter, QStringLiteral("NOMOR 800.1.3.2/%1/2024").arg(random.bounded(100, 999)), width, 49 * mm);
    centred(painter, QStringLiteral("TENTANG"), width, 55 * mm);
    centred(painter, QStringLiteral("KENAIKAN PANGKAT PEGAWAI NEGERI SIPIL"), width, 61 * mm);

    double y = 72 * mm;
    const double left = 25 * mm;
    const double text = width - left - 20 * mm;
    const char* const headings[] = {"Menimbang :", "Mengingat :", "MEMUTUSKAN", "KESATU :", "KEDUA :"};
    for (const char* heading : headings) {
        painter.setFont(font(11, true));
        painter.drawText(
            QPointF(left, y + QFontMetricsF(painter.font()).ascent()), QString::fromLatin1(heading));
        painter.setFont(font(11));
        y = paragraph(
            painter, words(random, 55 + int(random.bounded(25))), left + 30 * mm, y, text - 30 * mm);
        y += 4 * mm;
    }
    painter.setFont(font(11));
    const double signature = width - 85 * mm;
    y += 6 * mm;
    for (const QString& line : {QStringLiteral("Ditetapkan di Surakarta"),
             QStringLiteral("pada tanggal 2 Mei 2024"), QStringLiteral("WALI KOTA SURAKARTA,")}) {
        painter.drawText(QPointF(signature, y), line);
        y += 6 * mm;
    }
    painter.setFont(font(11, true));
    painter.drawText(QPointF(signature, y + 22 * mm), QStringLiteral("TEGUH PRAKOSA"));
    painter.setFont(font(8));
    paragraph(painter, QStringLiteral("Tembusan: ") + words(random, 30), left, y + 35 * mm, text);
}

/// A round office stamp in blue ink, centred at \a centre.
void drawStamp(QPainter& painter, double mm, QPointF centre)
{
    painter.save();
    const QColor blue(40, 70, 170, 200);
    painter.setPen(QPen(blue, 0.8 * mm));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, 19 * mm, 19 * mm);
    painter.drawEllipse(centre, 13 * mm, 13 * mm);
    painter.setFont(font(7, true));
    painter.setPen(blue);
    const QString ring = QStringLiteral("PEMERINTAH KOTA SURAKARTA * BKPSDM * ");
    for (int i = 0; i < ring.size(); ++i) {
        painter.save();
        painter.translate(centre);
        painter.rotate(360.0 * i / ring.size());
        painter.drawText(QPointF(-1 * mm, -14.5 * mm), ring.mid(i, 1));
        painter.restore();
    }
    painter.setFont(font(9, true));
    const QFontMetricsF metrics(painter.font());
    const QString middle = QStringLiteral("SURAKARTA");
    painter.drawText(
        QPointF(centre.x() - metrics.horizontalAdvance(middle) / 2, centre.y() + metrics.ascent() / 2),
        middle);
    painter.restore();
}

void drawCertificate(QPainter& painter, double mm, double width, double height, QRandomGenerator& random)
{
    painter.setPen(QPen(Ink, 1.5 * mm));
    painter.drawRect(QRectF(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm));
    painter.setPen(QPen(Ink, 0.4 * mm));
    painter.drawRect(QRectF(14 * mm, 14 * mm, width - 28 * mm, height - 28 * mm));
    painter.setPen(Ink);
    painter.setFont(font(12, true));
    centred(painter, QStringLiteral("PEMERINTAH KOTA SURAKARTA"), width, 25 * mm);
    painter.setFont(font(40, true));
    centred(painter, QStringLiteral("SERTIFIKAT"), width, 40 * mm);
    painter.setFont(font(12));
    centred(
        painter, QStringLiteral("Nomor: 893.3/%1/BKPSDM/2024").arg(random.bounded(100, 999)), width, 62 * mm);
    painter.setFont(font(14));
    centred(painter, QStringLiteral("diberikan kepada"), width, 75 * mm);
    painter.setFont(font(26, true));
    centred(painter, QStringLiteral("SRI WAHYUNINGSIH, S.Kom."), width, 86 * mm);
    painter.setFont(font(12));
    const double margin = 45 * mm;
    paragraph(painter,
        QStringLiteral("atas partisipasinya sebagai peserta Pelatihan Dasar Calon Pegawai Negeri Sipil ")
            + words(random, 28),
        margin, 105 * mm, width - 2 * margin);
    painter.drawText(QPointF(width - 95 * mm, 150 * mm), QStringLiteral("Surakarta, 12 Agustus 2024"));
    painter.drawText(QPointF(width - 95 * mm, 157 * mm), QStringLiteral("Kepala BKPSDM,"));
    painter.setFont(font(12, true));
    painter.drawText(QPointF(width - 95 * mm, 182 * mm), QStringLiteral("Dr. BUDI SANTOSO, M.Si."));
}

/// Adds Gaussian noise of \a sigma to every pixel (the same to R, G and B: sensor luminance noise).
void addNoise(QImage& image, double sigma, QRandomGenerator& random)
{
    if (sigma <= 0.0)
        return;
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            // Box-Muller
            const double u1 = std::max(random.generateDouble(), 1e-12);
            const double u2 = random.generateDouble();
            const int delta
                = int(std::lround(sigma * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2)));
            const QRgb pixel = line[x];
            line[x] = qRgb(std::clamp(qRed(pixel) + delta, 0, 255), std::clamp(qGreen(pixel) + delta, 0, 255),
                std::clamp(qBlue(pixel) + delta, 0, 255));
        }
    }
}

QImage blurred(const QImage& image, double factor)
{
    if (factor <= 1.0)
        return image;
    const QSize small(std::max(1, int(std::lround(image.width() / factor))),
        std::max(1, int(std::lround(image.height() / factor))));
    return image.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_RGB32);
}

QByteArray encodeJpeg(const QImage& image, int quality, bool greyscale)
{
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    const QImage source = greyscale ? image.convertToFormat(QImage::Format_Grayscale8) : image;
    if (!source.save(&buffer, "JPEG", quality))
        return {};
    return jpeg;
}

} // namespace

QImage syntheticScanImage(const SyntheticScanOptions& options)
{
    QRandomGenerator random(options.seed);
    const QSizeF pagePt = pageSizeOf(options.layout);
    const QSize pixels(int(std::lround(pagePt.width() / 72.0 * options.dpi)),
        int(std::lround(pagePt.height() / 72.0 * options.dpi)));
    const double mm = options.dpi / 25.4;

    QImage page(pixels, QImage::Format_RGB32);
    const int dotsPerMetre = int(std::lround(options.dpi / 0.0254));
    page.setDotsPerMeterX(dotsPerMetre);
    page.setDotsPerMeterY(dotsPerMetre);
    page.fill(Paper);
    {
        QPainter painter(&page);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        painter.setPen(Ink);
        if (options.layout == ScanLayout::Certificate)
            drawCertificate(painter, mm, pixels.width(), pixels.height(), random);
        else
            drawDecree(painter, mm, pixels.width(), random);
        if (options.stamp)
            drawStamp(painter, mm,
                options.layout == ScanLayout::Certificate ? QPointF(pixels.width() - 105 * mm, 165 * mm)
                                                          : QPointF(pixels.width() - 80 * mm, 232 * mm));
    }

    // The sheet lies slightly askew on the glass.
    QImage scan(pixels, QImage::Format_RGB32);
    scan.setDotsPerMeterX(dotsPerMetre);
    scan.setDotsPerMeterY(dotsPerMetre);
    scan.fill(Paper);
    {
        QPainter painter(&scan);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        painter.translate(pixels.width() / 2.0, pixels.height() / 2.0);
        painter.rotate(options.rotationDegrees);
        painter.translate(-pixels.width() / 2.0, -pixels.height() / 2.0);
        painter.drawImage(0, 0, page);
    }

    if (!options.blurAfterCompression)
        scan = blurred(scan, options.blurFactor);
    addNoise(scan, options.noiseSigma, random);
    if (options.blurAfterCompression && options.blurFactor > 1.0) {
        QImage decoded;
        decoded.loadFromData(encodeJpeg(scan, options.jpegQuality, options.greyscale), "JPEG");
        scan = blurred(decoded.convertToFormat(QImage::Format_RGB32), options.blurFactor);
    }
    return scan;
}

QByteArray syntheticScanJpeg(const SyntheticScanOptions& options)
{
    return encodeJpeg(syntheticScanImage(options), options.jpegQuality, options.greyscale);
}

QByteArray syntheticScanPdf(const SyntheticScanOptions& options)
{
    const QImage image = syntheticScanImage(options);
    return jpegPdf(encodeJpeg(image, options.jpegQuality, options.greyscale), image.size(), options.greyscale,
        pageSizeOf(options.layout));
}

QByteArray jpegPagesPdf(const QList<JpegPage>& pages)
{
    MiniPdf pdf;
    const int catalog = pdf.reserve();
    const int tree = pdf.reserve();
    QByteArray kids;
    for (const JpegPage& page : pages) {
        const int image = pdf.add(
            MiniPdf::stream("/Type /XObject /Subtype /Image /Width " + QByteArray::number(page.pixels.width())
                    + " /Height " + QByteArray::number(page.pixels.height())
                    + (page.greyscale ? " /ColorSpace /DeviceGray" : " /ColorSpace /DeviceRGB")
                    + " /BitsPerComponent 8 /Filter /DCTDecode",
                page.jpeg));
        const int contents = pdf.add(MiniPdf::stream({},
            "q " + number(page.pageSizePt.width()) + " 0 0 " + number(page.pageSizePt.height())
                + " 0 0 cm /Im0 Do Q"));
        const int object = pdf.add("<< /Type /Page /Parent " + QByteArray::number(tree) + " 0 R /MediaBox "
            + mediaBox(page.pageSizePt) + " /Resources << /XObject << /Im0 " + QByteArray::number(image)
            + " 0 R >> >> /Contents " + QByteArray::number(contents) + " 0 R >>");
        kids += QByteArray::number(object) + " 0 R ";
    }
    pdf.set(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(tree) + " 0 R >>");
    pdf.set(tree, "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size()) + " >>");
    return pdf.build(catalog);
}

QByteArray multiPageScanPdf(int pageCount, int dpi, qsizetype targetBytes)
{
    QList<QImage> images;
    QList<QSizeF> sizes;
    for (int i = 0; i < pageCount; ++i) {
        SyntheticScanOptions options;
        options.layout = i % 3 == 1 ? ScanLayout::Certificate : ScanLayout::Decree;
        options.dpi = dpi;
        options.seed = quint32(i + 1);
        options.stamp = true;
        images.append(syntheticScanImage(options));
        sizes.append(pageSizeOf(options.layout));
    }
    const auto build = [&](int quality) {
        QList<JpegPage> pages;
        for (qsizetype i = 0; i < images.size(); ++i)
            pages.append({encodeJpeg(images.at(i), quality, false), images.at(i).size(), false, sizes.at(i)});
        return jpegPagesPdf(pages);
    };
    // The size grows with the quality: the quality whose PDF is closest to the target.
    int low = 10;
    int high = 98;
    while (low < high) {
        const int middle = (low + high + 1) / 2;
        if (build(middle).size() <= targetBytes)
            low = middle;
        else
            high = middle - 1;
    }
    QByteArray below = build(low);
    if (low < 98) {
        QByteArray above = build(low + 1);
        if (std::abs(above.size() - targetBytes) < std::abs(below.size() - targetBytes))
            return above;
    }
    return below;
}

QByteArray phonePhotoJpeg(qsizetype targetBytes)
{
    SyntheticScanOptions options;
    options.layout = ScanLayout::Certificate;
    options.dpi = 300;
    options.rotationDegrees = 0.0;
    options.noiseSigma = 0.0;
    options.seed = 7;
    options.stamp = true;
    const QImage sheet = syntheticScanImage(options);

    const QSize size(4032, 3024);
    QImage photo(size, QImage::Format_RGB32);
    {
        QPainter painter(&photo);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        QLinearGradient desk(0, 0, size.width(), size.height());
        desk.setColorAt(0.0, QColor(120, 92, 70));
        desk.setColorAt(1.0, QColor(86, 64, 48));
        painter.fillRect(photo.rect(), desk);
        painter.translate(size.width() / 2.0, size.height() / 2.0);
        painter.rotate(-1.8);
        const double scale
            = 0.93 * std::min(double(size.width()) / sheet.width(), double(size.height()) / sheet.height());
        painter.scale(scale, scale);
        painter.drawImage(QPointF(-sheet.width() / 2.0, -sheet.height() / 2.0), sheet);
        painter.resetTransform();
        // Light from the top left: darker towards the bottom right.
        QRadialGradient light(QPointF(size.width() * 0.3, size.height() * 0.25), size.width() * 0.9);
        light.setColorAt(0.0, QColor(255, 255, 255, 0));
        light.setColorAt(1.0, QColor(0, 0, 0, 70));
        painter.fillRect(photo.rect(), light);
    }
    QRandomGenerator random(11);
    addNoise(photo, 3.0, random);

    int low = 10;
    int high = 98;
    while (low < high) {
        const int middle = (low + high + 1) / 2;
        if (encodeJpeg(photo, middle, false).size() <= targetBytes)
            low = middle;
        else
            high = middle - 1;
    }
    QByteArray below = encodeJpeg(photo, low, false);
    if (low < 98) {
        QByteArray above = encodeJpeg(photo, low + 1, false);
        if (std::abs(above.size() - targetBytes) < std::abs(below.size() - targetBytes))
            return above;
    }
    return below;
}

QByteArray scannedA4Pdf1MB(SyntheticScanOptions* used)
{
    static QMutex mutex;
    static QByteArray cached;
    static SyntheticScanOptions cachedOptions;
    const QMutexLocker lock(&mutex);
    if (cached.isEmpty()) {
        constexpr qsizetype Minimum = 943'719; // 0.9 MiB
        constexpr qsizetype Maximum = 1'038'090; // 0.99 MiB: under the 1 MiB upload limit
        for (const int dpi : {300, 250, 200}) {
            SyntheticScanOptions options;
            options.dpi = dpi;
            const QImage image = syntheticScanImage(options);
            // The largest quality whose PDF still fits: the size grows with the quality.
            int low = 10;
            int high = 95;
            QByteArray best;
            int bestQuality = 0;
            while (low <= high) {
                const int quality = (low + high) / 2;
                QByteArray pdf
                    = jpegPdf(encodeJpeg(image, quality, false), image.size(), false, A4PortraitPt);
                if (pdf.size() <= Maximum) {
                    best = std::move(pdf);
                    bestQuality = quality;
                    low = quality + 1;
                } else {
                    high = quality - 1;
                }
            }
            if (best.size() >= Minimum) {
                options.jpegQuality = bestQuality;
                cached = best;
                cachedOptions = options;
                break;
            }
        }
    }
    if (used)
        *used = cachedOptions;
    return cached;
}

bool writeTextPdf(const QString& path, int pages, const QString& title)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setTitle(title);
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSize(22);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(QRect(100, 120, 1040, 120), Qt::AlignHCenter, QStringLiteral("SERTIFIKAT"));
        font.setPointSize(12);
        font.setBold(false);
        painter.setFont(font);
        painter.drawText(QRect(100, 300, 1040, 80), Qt::AlignHCenter, title);
        for (int line = 0; line < 30; ++line)
            painter.drawText(120, 460 + line * 36,
                QStringLiteral(
                    "Halaman %1, baris %2: diberikan kepada peserta atas keikutsertaannya dalam kegiatan.")
                    .arg(page + 1)
                    .arg(line + 1));
    }
    return painter.end();
}

} // namespace karier::test
