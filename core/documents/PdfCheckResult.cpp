// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfCheckResult.h"

#include "documents/PdfResultJson.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>
#include <cmath>
#include <cstring>
#include <optional>

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

/// A binary PGM (P5, \a grey, of a Format_Grayscale8 image) or PPM (P6, of Format_RGB888), written
/// here rather than through QImageWriter, whose first use loads every image-format plug-in.
QByteArray pnmOf(const QImage& image, bool grey)
{
    if (image.isNull())
        return {};
    const qsizetype row = qsizetype(image.width()) * (grey ? 1 : 3);
    QByteArray pnm = QByteArray(grey ? "P5\n" : "P6\n") + QByteArray::number(image.width()) + ' '
        + QByteArray::number(image.height()) + "\n255\n";
    const qsizetype header = pnm.size();
    pnm.resize(header + row * image.height());
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(pnm.data() + header + y * row, image.constScanLine(y), size_t(row));
    return pnm;
}

/// The image of a binary PGM/PPM as pnmOf writes it, trusting nothing: "P5" or "P6", the width, the
/// height (each 1..65535, at most \a maxPixels in all), "255", one whitespace, then exactly the pixels.
std::optional<QImage> imageOfPnm(const QByteArray& pnm, qint64 maxPixels)
{
    if (!(pnm.startsWith("P5") || pnm.startsWith("P6")))
        return std::nullopt;
    const bool grey = pnm.at(1) == '5';
    qsizetype at = 2;
    const auto number = [&pnm, &at]() -> int {
        const qsizetype start = at;
        while (at < pnm.size() && (pnm.at(at) == ' ' || pnm.at(at) == '\n'))
            ++at;
        if (at == start) // a separator is required
            return -1;
        qint64 value = 0;
        const qsizetype digits = at;
        while (at < pnm.size() && pnm.at(at) >= '0' && pnm.at(at) <= '9' && at - digits < 6)
            value = value * 10 + (pnm.at(at++) - '0');
        return at == digits || value > 65535 ? -1 : int(value);
    };
    const int width = number();
    const int height = number();
    const int maxValue = number();
    if (width < 1 || height < 1 || maxValue != 255 || qint64(width) * height > maxPixels || at >= pnm.size()
        || !(pnm.at(at) == '\n' || pnm.at(at) == ' '))
        return std::nullopt;
    ++at;
    const qsizetype row = qsizetype(width) * (grey ? 1 : 3);
    if (pnm.size() - at != row * height)
        return std::nullopt;
    QImage image(width, height, grey ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    if (image.isNull())
        return std::nullopt;
    for (int y = 0; y < height; ++y)
        std::memcpy(image.scanLine(y), pnm.constData() + at + y * row, size_t(row));
    return image;
}

} // namespace

QJsonObject PdfCheckResult::firstPageJson() const
{
    if (firstPage.isNull() || firstPageSizePt.isEmpty())
        return {};
    // Raw pixels (binary PGM/PPM): a scan's noise leaves a PNG hardly smaller, and encoding and
    // decoding it cost more than the user would wait for. A grey page (the usual scan) as grey.
    const bool grey = firstPage.isGrayscale();
    const QImage image = firstPage.convertToFormat(grey ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    const QByteArray pnm = pnmOf(image, grey);
    if (pnm.isEmpty() || pnm.size() > MaxFirstPageBytes)
        return {};
    QJsonObject page;
    page.insert(QStringLiteral("pnm"), QString::fromLatin1(pnm.toBase64()));
    page.insert(QStringLiteral("width_pt"), firstPageSizePt.width());
    page.insert(QStringLiteral("height_pt"), firstPageSizePt.height());
    QJsonObject object;
    object.insert(FirstPageKey, page);
    return object;
}

QByteArray PdfCheckResult::firstPageLine() const
{
    if (firstPage.isNull() || firstPageSizePt.isEmpty())
        return {};
    const bool grey = firstPage.isGrayscale();
    const QByteArray pnm
        = pnmOf(firstPage.convertToFormat(grey ? QImage::Format_Grayscale8 : QImage::Format_RGB888), grey);
    if (pnm.isEmpty() || pnm.size() > MaxFirstPageBytes)
        return {};
    // What detail::compactLine(firstPageJson()) writes, without building a JSON document around a
    // megabyte of base64 (the keys in its order; a number as QJsonValue writes it).
    const auto number
        = [](double value) { return QByteArray::number(value, 'g', QLocale::FloatingPointShortest); };
    return QByteArrayLiteral("{\"first_page\":{\"height_pt\":") + number(firstPageSizePt.height())
        + QByteArrayLiteral(",\"pnm\":\"") + pnm.toBase64() + QByteArrayLiteral("\",\"width_pt\":")
        + number(firstPageSizePt.width()) + QByteArrayLiteral("}}");
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
    const std::optional<QImage> image = imageOfPnm(decoded.decoded, MaxFirstPagePixels);
    // The width asked for and the page's shape.
    const double expectedHeight = width * heightPt / widthPt;
    if (!image || image->width() != width || std::abs(image->height() - expectedHeight) > 2.0)
        return false;
    firstPage = *image;
    firstPageSizePt = QSizeF(widthPt, heightPt);
    return true;
}

} // namespace karier
