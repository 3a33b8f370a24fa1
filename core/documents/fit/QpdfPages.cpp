// SPDX-License-Identifier: GPL-3.0-or-later
/// libqpdf for the fitter: full-page JPEGs in, the output PDF out, see QpdfPages.h.
#include "documents/fit/QpdfPages.h"

#include <QBuffer>
#include <QImageReader>
#include <QRegularExpression>
#include <QString>
#include <cmath>
#include <exception>
#include <memory>
// libqpdf 11 without the PointerHolder compatibility layer.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

namespace karier::detail::fit {

namespace {

/// The number of colour components of a baseline or progressive JPEG (from its SOF marker), or 0.
int jpegComponents(const QByteArray& jpeg)
{
    const auto* bytes = reinterpret_cast<const uchar*>(jpeg.constData());
    const qsizetype size = jpeg.size();
    if (size < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
        return 0;
    qsizetype at = 2;
    while (at + 4 <= size) {
        if (bytes[at] != 0xFF)
            return 0;
        const uchar marker = bytes[at + 1];
        if (marker == 0xFF) {
            ++at; // fill byte
            continue;
        }
        const qsizetype length = (qsizetype(bytes[at + 2]) << 8) | bytes[at + 3];
        if (length < 2)
            return 0;
        if (marker == 0xC0 || marker == 0xC1 || marker == 0xC2)
            return at + 9 < size ? int(bytes[at + 9]) : 0;
        if (marker == 0xD9 || marker == 0xDA)
            return 0; // no frame header before the scan
        at += 2 + length;
    }
    return 0;
}

} // namespace

namespace {

/// The JPEG of \a page when it is nothing but one full-page JPEG of \a size points (see
/// fullPageJpegs); empty otherwise. Throws what libqpdf throws.
QByteArray pageJpeg(QPDFPageObjectHelper& page, QSizeF size)
{
    // `q w 0 0 h x y cm /Name Do Q`, the whole content, with or without q/Q.
    static const QRegularExpression drawing(QStringLiteral(
        "^(?:q\\s+)?([-+.0-9]+)\\s+0\\s+0\\s+([-+.0-9]+)\\s+([-+.0-9]+)\\s+([-+.0-9]+)\\s+cm\\s*"
        "/([A-Za-z0-9_.#-]+)\\s*Do(?:\\s*Q)?$"));
    QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
    if (rotate.isInteger() && rotate.getIntValue() % 360 != 0)
        return {};
    const QPDFObjectHandle::Rectangle box = page.getCropBox().getArrayAsRectangle();
    const double width = box.urx - box.llx;
    const double height = box.ury - box.lly;
    if (std::abs(width - size.width()) > 0.5 || std::abs(height - size.height()) > 0.5)
        return {};
    Pl_Buffer contents("contents");
    page.pipeContents(&contents);
    const std::unique_ptr<Buffer> buffer(contents.getBuffer());
    const QString text = QString::fromLatin1(
        reinterpret_cast<const char*>(buffer->getBuffer()), qsizetype(buffer->getSize()))
                             .trimmed();
    const QRegularExpressionMatch match = drawing.match(text);
    if (!match.hasMatch())
        return {};
    const double a = match.captured(1).toDouble();
    const double d = match.captured(2).toDouble();
    const double e = match.captured(3).toDouble();
    const double f = match.captured(4).toDouble();
    if (std::abs(a - width) > 0.5 || std::abs(d - height) > 0.5 || std::abs(e - box.llx) > 0.5
        || std::abs(f - box.lly) > 0.5)
        return {};
    QPDFObjectHandle resources = page.getAttribute("/Resources", false);
    if (!resources.isDictionary() || !resources.getKey("/XObject").isDictionary())
        return {};
    QPDFObjectHandle image = resources.getKey("/XObject").getKey("/" + match.captured(5).toStdString());
    if (!image.isStream())
        return {};
    QPDFObjectHandle dict = image.getDict();
    QPDFObjectHandle filter = dict.getKey("/Filter");
    if (filter.isArray() && filter.getArrayNItems() == 1)
        filter = filter.getArrayItem(0);
    QPDFObjectHandle space = dict.getKey("/ColorSpace");
    const bool grey = space.isNameAndEquals("/DeviceGray");
    if (!dict.getKey("/Subtype").isNameAndEquals("/Image") || !filter.isNameAndEquals("/DCTDecode")
        || !(grey || space.isNameAndEquals("/DeviceRGB")) || !dict.getKey("/BitsPerComponent").isInteger()
        || dict.getKey("/BitsPerComponent").getIntValue() != 8 || dict.hasKey("/DecodeParms")
        || dict.hasKey("/Decode") || dict.hasKey("/SMask") || dict.hasKey("/Mask")
        || dict.hasKey("/ImageMask") || !dict.getKey("/Width").isInteger()
        || !dict.getKey("/Height").isInteger())
        return {};
    const std::shared_ptr<Buffer> raw = image.getRawStreamData();
    QByteArray jpeg(reinterpret_cast<const char*>(raw->getBuffer()), qsizetype(raw->getSize()));
    if (jpegComponents(jpeg) != (grey ? 1 : 3))
        return {};
    QBuffer device(&jpeg);
    device.open(QIODevice::ReadOnly);
    QImageReader reader(&device, "jpeg");
    if (reader.size()
        != QSize(int(dict.getKey("/Width").getIntValue()), int(dict.getKey("/Height").getIntValue())))
        return {};
    return jpeg;
}

} // namespace

std::vector<QByteArray> fullPageJpegs(const QByteArray& data, const std::vector<QSizeF>& sizes)
{
    std::vector<QByteArray> found(sizes.size());
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("input.pdf", data.constData(), std::size_t(data.size()));
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        if (pages.size() != sizes.size())
            return found;
        for (std::size_t i = 0; i < pages.size(); ++i)
            found[i] = pageJpeg(pages[i], sizes[i]);
    } catch (const std::exception&) {
        // Whatever libqpdf does not understand is drawn by the engine.
    }
    return found;
}

QByteArray firstPageJpeg(const QByteArray& data, QSizeF size)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("input.pdf", data.constData(), std::size_t(data.size()));
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        return pages.empty() ? QByteArray() : pageJpeg(pages.front(), size);
    } catch (const std::exception&) {
        return {};
    }
}

QByteArray assemble(const std::vector<const Page*>& pages)
{
    QPDF pdf;
    pdf.emptyPDF();
    QPDFPageDocumentHelper helper(pdf);
    for (const Page* each : pages) {
        const Page& page = *each;
        const Candidate& made = page.candidates.at(page.level);
        QPDFObjectHandle image = QPDFObjectHandle::newStream(&pdf);
        QPDFObjectHandle imageDict = QPDFObjectHandle::newDictionary();
        imageDict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
        imageDict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Image"));
        imageDict.replaceKey("/Width", QPDFObjectHandle::newInteger(made.pixels.width()));
        imageDict.replaceKey("/Height", QPDFObjectHandle::newInteger(made.pixels.height()));
        imageDict.replaceKey(
            "/ColorSpace", QPDFObjectHandle::newName(made.grey ? "/DeviceGray" : "/DeviceRGB"));
        imageDict.replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(8));
        image.replaceDict(imageDict);
        image.replaceStreamData(
            made.jpeg.toStdString(), QPDFObjectHandle::newName("/DCTDecode"), QPDFObjectHandle::newNull());

        const QByteArray width = QByteArray::number(page.sizePt.width(), 'f', 3);
        const QByteArray height = QByteArray::number(page.sizePt.height(), 'f', 3);
        const QPDFObjectHandle contents = QPDFObjectHandle::newStream(
            &pdf, QByteArray("q " + width + " 0 0 " + height + " 0 0 cm /Im0 Do Q").toStdString());

        QPDFObjectHandle xobjects = QPDFObjectHandle::newDictionary();
        xobjects.replaceKey("/Im0", image);
        QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
        resources.replaceKey("/XObject", xobjects);
        QPDFObjectHandle dict = QPDFObjectHandle::newDictionary();
        dict.replaceKey("/Type", QPDFObjectHandle::newName("/Page"));
        dict.replaceKey("/MediaBox",
            QPDFObjectHandle::newArray(std::vector<QPDFObjectHandle> {QPDFObjectHandle::newInteger(0),
                QPDFObjectHandle::newInteger(0), QPDFObjectHandle::newReal(width.toStdString()),
                QPDFObjectHandle::newReal(height.toStdString())}));
        dict.replaceKey("/Resources", resources);
        dict.replaceKey("/Contents", contents);
        helper.addPage(QPDFPageObjectHelper(pdf.makeIndirectObject(dict)), false);
    }
    QPDFObjectHandle info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    info.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString("Karier ASN (Perkecil otomatis)"));
    pdf.getTrailer().replaceKey("/Info", info);

    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setDeterministicID(true);
    writer.setObjectStreamMode(qpdf_o_generate);
    writer.write();
    const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char*>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

bool readableByQpdf(const QByteArray& pdf, std::size_t pages)
{
    try {
        QPDF check;
        check.setSuppressWarnings(true);
        check.processMemoryFile("hasil.pdf", pdf.constData(), std::size_t(pdf.size()));
        return QPDFPageDocumentHelper(check).getAllPages().size() == pages && !check.anyWarnings();
    } catch (const std::exception&) {
        return false;
    }
}

} // namespace karier::detail::fit
