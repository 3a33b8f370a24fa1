// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfCheckResult.h"

#include "documents/PdfResultJson.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonValue>
#include <cmath>

namespace karier {

QJsonObject PdfCheckResult::toJson() const
{
    QJsonObject object;
    detail::writeVerdict(object, *this);
    object.insert(QStringLiteral("bytes"), bytes);
    object.insert(QStringLiteral("pages"), pages);
    object.insert(QStringLiteral("sharpness"), detail::roundedNumber(sharpness));
    object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    if (!sha256.isEmpty())
        object.insert(QStringLiteral("sha256"), sha256);
    return object;
}

QByteArray PdfCheckResult::toJsonLine() const
{
    return detail::compactLine(toJson());
}

std::optional<PdfCheckResult> PdfCheckResult::fromJson(const QJsonObject& object)
{
    const QJsonValue bytes = object.value(QStringLiteral("bytes"));
    const QJsonValue pages = object.value(QStringLiteral("pages"));
    const QJsonValue sharpness = object.value(QStringLiteral("sharpness"));
    const QJsonValue warnings = object.value(QStringLiteral("warnings"));
    const QJsonValue sha256 = object.value(QStringLiteral("sha256"));
    if (!(sha256.isUndefined() || sha256.isString()))
        return std::nullopt;
    PdfCheckResult result;
    // The sharpness is a number or null, never left out.
    if (!detail::readVerdict(object, result) || !bytes.isDouble() || !pages.isDouble()
        || sharpness.isUndefined() || !detail::readNumber(sharpness, result.sharpness) || !warnings.isArray())
        return std::nullopt;
    result.bytes = bytes.toInteger(-1);
    result.pages = pages.toInt();
    result.sha256 = sha256.toString();
    const QJsonArray list = warnings.toArray();
    for (const QJsonValue& warning : list) {
        if (!warning.isString())
            return std::nullopt;
        result.warnings.append(warning.toString());
    }
    return result;
}

std::optional<PdfCheckResult> PdfCheckResult::fromJsonLine(const QByteArray& line)
{
    return detail::resultOfLine<PdfCheckResult>(line);
}

namespace {

const QString FirstPageKey = QStringLiteral("first_page");

} // namespace

QJsonObject PdfCheckResult::firstPageJson() const
{
    if (firstPage.isNull() || firstPageSizePt.isEmpty())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setCompression(1); // zlib's fastest: the pipe is fast, the time is what the user waits for
    // A grey scan (the usual case) as 8-bit grey: a third of the bytes.
    const QImage image = firstPage.isGrayscale() ? firstPage.convertToFormat(QImage::Format_Grayscale8)
                                                 : firstPage.convertToFormat(QImage::Format_RGB888);
    if (!writer.write(image) || png.size() > MaxFirstPageBytes)
        return {};
    QJsonObject page;
    page.insert(QStringLiteral("png"), QString::fromLatin1(png.toBase64()));
    page.insert(QStringLiteral("width_pt"), firstPageSizePt.width());
    page.insert(QStringLiteral("height_pt"), firstPageSizePt.height());
    QJsonObject object;
    object.insert(FirstPageKey, page);
    return object;
}

bool PdfCheckResult::readFirstPage(const QJsonObject& object, int width)
{
    firstPage = QImage();
    firstPageSizePt = QSizeF();
    const QJsonValue value = object.value(FirstPageKey);
    if (value.isUndefined())
        return true;
    const QJsonObject page = value.toObject();
    const QJsonValue png = page.value(QStringLiteral("png"));
    const double widthPt = page.value(QStringLiteral("width_pt")).toDouble(-1);
    const double heightPt = page.value(QStringLiteral("height_pt")).toDouble(-1);
    if (!value.isObject() || !png.isString() || !(widthPt > 0 && widthPt < 1e6)
        || !(heightPt > 0 && heightPt < 1e6) || width <= 0)
        return false;
    // Base64 of at most MaxFirstPageBytes, every character valid.
    const QString text = png.toString();
    if (text.size() > (MaxFirstPageBytes + 2) / 3 * 4)
        return false;
    const auto decoded
        = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() > MaxFirstPageBytes || !decoded.decoded.startsWith("\x89PNG"))
        return false;
    QByteArray pngBytes = decoded.decoded;
    QBuffer buffer(&pngBytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    reader.setAutoTransform(false);
    // The header first: the width asked for, the page's shape, the pixel cap.
    const QSize size = reader.size();
    const double expectedHeight = width * heightPt / widthPt;
    if (size.width() != width || size.height() <= 0 || std::abs(size.height() - expectedHeight) > 2.0
        || qint64(size.width()) * size.height() > MaxFirstPagePixels)
        return false;
    QImage image;
    if (!reader.read(&image) || image.size() != size)
        return false;
    firstPage = std::move(image);
    firstPageSizePt = QSizeF(widthPt, heightPt);
    return true;
}

} // namespace karier
