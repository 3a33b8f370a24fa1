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
    // Raw pixels (binary PGM/PPM): a scan's noise leaves a PNG hardly smaller, and encoding and
    // decoding it cost more than the user would wait for. A grey page (the usual scan) as grey.
    const bool grey = firstPage.isGrayscale();
    const QImage image = firstPage.convertToFormat(grey ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    QByteArray pnm;
    QBuffer buffer(&pnm);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, grey ? "pgm" : "ppm");
    if (!writer.write(image) || pnm.size() > MaxFirstPageBytes)
        return {};
    QJsonObject page;
    page.insert(QStringLiteral("pnm"), QString::fromLatin1(pnm.toBase64()));
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
    const QJsonValue pnm = page.value(QStringLiteral("pnm"));
    const double widthPt = page.value(QStringLiteral("width_pt")).toDouble(-1);
    const double heightPt = page.value(QStringLiteral("height_pt")).toDouble(-1);
    if (!value.isObject() || !pnm.isString() || !(widthPt > 0 && widthPt < 1e6)
        || !(heightPt > 0 && heightPt < 1e6) || width <= 0)
        return false;
    // Base64 of at most MaxFirstPageBytes, every character valid.
    const QString text = pnm.toString();
    if (text.size() > (MaxFirstPageBytes + 2) / 3 * 4)
        return false;
    const auto decoded
        = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    // Binary PGM (P5) or PPM (P6) only.
    if (!decoded || decoded.decoded.size() > MaxFirstPageBytes
        || !(decoded.decoded.startsWith("P5") || decoded.decoded.startsWith("P6")))
        return false;
    QByteArray pnmBytes = decoded.decoded;
    const bool grey = pnmBytes.startsWith("P5");
    QBuffer buffer(&pnmBytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, grey ? "pgm" : "ppm");
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
