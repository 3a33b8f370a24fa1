// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfFitResult.h"

#include "documents/PdfResultJson.h"

#include <QJsonArray>
#include <QJsonValue>

namespace karier {

using detail::readNumber;
using detail::roundedNumber;

QJsonObject PdfFitResult::toJson() const
{
    QJsonObject object;
    detail::writeVerdict(object, *this);
    object.insert(QStringLiteral("input"), input);
    object.insert(QStringLiteral("input_bytes"), inputBytes);
    object.insert(QStringLiteral("output_bytes"), outputBytes);
    object.insert(QStringLiteral("pages"), pages);
    object.insert(QStringLiteral("sharpness_before"), roundedNumber(sharpnessBefore));
    object.insert(QStringLiteral("sharpness_after"), roundedNumber(sharpnessAfter));
    object.insert(QStringLiteral("sharpness_kept"), roundedNumber(sharpnessKept, 1000.0));
    QJsonArray list;
    for (const PdfFitPage& page : pageSettings) {
        QJsonObject item;
        item.insert(QStringLiteral("dpi"), page.dpi);
        item.insert(QStringLiteral("greyscale"), page.greyscale);
        item.insert(QStringLiteral("quality"), page.quality);
        item.insert(QStringLiteral("text"), page.text);
        item.insert(QStringLiteral("bytes"), page.bytes);
        item.insert(QStringLiteral("sharpness_before"), roundedNumber(page.sharpnessBefore));
        item.insert(QStringLiteral("sharpness_after"), roundedNumber(page.sharpnessAfter));
        list.append(item);
    }
    object.insert(QStringLiteral("page_settings"), list);
    return object;
}

QByteArray PdfFitResult::toJsonLine() const
{
    return detail::compactLine(toJson());
}

std::optional<PdfFitResult> PdfFitResult::fromJson(const QJsonObject& object)
{
    const QJsonValue input = object.value(QStringLiteral("input"));
    const QJsonValue inputBytes = object.value(QStringLiteral("input_bytes"));
    const QJsonValue outputBytes = object.value(QStringLiteral("output_bytes"));
    const QJsonValue pages = object.value(QStringLiteral("pages"));
    const QJsonValue settings = object.value(QStringLiteral("page_settings"));
    PdfFitResult result;
    if (!detail::readVerdict(object, result) || !input.isString() || !inputBytes.isDouble()
        || !outputBytes.isDouble() || !pages.isDouble() || !settings.isArray())
        return std::nullopt;
    result.input = input.toString();
    result.inputBytes = inputBytes.toInteger(-1);
    result.outputBytes = outputBytes.toInteger(-1);
    result.pages = pages.toInt();
    if (!readNumber(object.value(QStringLiteral("sharpness_before")), result.sharpnessBefore)
        || !readNumber(object.value(QStringLiteral("sharpness_after")), result.sharpnessAfter)
        || !readNumber(object.value(QStringLiteral("sharpness_kept")), result.sharpnessKept))
        return std::nullopt;
    const QJsonArray list = settings.toArray();
    for (const QJsonValue& value : list) {
        if (!value.isObject())
            return std::nullopt;
        const QJsonObject item = value.toObject();
        PdfFitPage page;
        page.dpi = item.value(QStringLiteral("dpi")).toInt();
        page.greyscale = item.value(QStringLiteral("greyscale")).toBool();
        page.quality = item.value(QStringLiteral("quality")).toInt();
        page.text = item.value(QStringLiteral("text")).toBool();
        page.bytes = item.value(QStringLiteral("bytes")).toInteger();
        if (!readNumber(item.value(QStringLiteral("sharpness_before")), page.sharpnessBefore)
            || !readNumber(item.value(QStringLiteral("sharpness_after")), page.sharpnessAfter))
            return std::nullopt;
        result.pageSettings.append(page);
    }
    return result;
}

std::optional<PdfFitResult> PdfFitResult::fromJsonLine(const QByteArray& line)
{
    return detail::resultOfLine<PdfFitResult>(line);
}

} // namespace karier
