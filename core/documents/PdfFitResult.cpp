// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfFitResult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <cmath>

namespace karier {

namespace {

QJsonValue number(const std::optional<double>& value, double scale = 10.0)
{
    if (value && std::isfinite(*value))
        return std::round(*value * scale) / scale;
    return QJsonValue::Null;
}

bool readNumber(const QJsonValue& value, std::optional<double>& target)
{
    if (value.isDouble()) {
        target = value.toDouble();
        return true;
    }
    return value.isNull() || value.isUndefined();
}

} // namespace

QJsonObject PdfFitResult::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("file"), file);
    object.insert(QStringLiteral("ok"), ok);
    object.insert(QStringLiteral("code"), code);
    object.insert(QStringLiteral("message"), message);
    object.insert(QStringLiteral("input"), input);
    object.insert(QStringLiteral("input_bytes"), inputBytes);
    object.insert(QStringLiteral("output_bytes"), outputBytes);
    object.insert(QStringLiteral("pages"), pages);
    object.insert(QStringLiteral("sharpness_before"), number(sharpnessBefore));
    object.insert(QStringLiteral("sharpness_after"), number(sharpnessAfter));
    object.insert(QStringLiteral("sharpness_kept"), number(sharpnessKept, 1000.0));
    QJsonArray list;
    for (const PdfFitPage& page : pageSettings) {
        QJsonObject item;
        item.insert(QStringLiteral("dpi"), page.dpi);
        item.insert(QStringLiteral("greyscale"), page.greyscale);
        item.insert(QStringLiteral("quality"), page.quality);
        item.insert(QStringLiteral("text"), page.text);
        item.insert(QStringLiteral("bytes"), page.bytes);
        item.insert(QStringLiteral("sharpness_before"), number(page.sharpnessBefore));
        item.insert(QStringLiteral("sharpness_after"), number(page.sharpnessAfter));
        list.append(item);
    }
    object.insert(QStringLiteral("page_settings"), list);
    return object;
}

QByteArray PdfFitResult::toJsonLine() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

std::optional<PdfFitResult> PdfFitResult::fromJson(const QJsonObject& object)
{
    const QJsonValue file = object.value(QStringLiteral("file"));
    const QJsonValue ok = object.value(QStringLiteral("ok"));
    const QJsonValue code = object.value(QStringLiteral("code"));
    const QJsonValue message = object.value(QStringLiteral("message"));
    const QJsonValue input = object.value(QStringLiteral("input"));
    const QJsonValue inputBytes = object.value(QStringLiteral("input_bytes"));
    const QJsonValue outputBytes = object.value(QStringLiteral("output_bytes"));
    const QJsonValue pages = object.value(QStringLiteral("pages"));
    const QJsonValue settings = object.value(QStringLiteral("page_settings"));
    if (!file.isString() || !ok.isBool() || !code.isString() || code.toString().isEmpty()
        || !message.isString() || !input.isString() || !inputBytes.isDouble() || !outputBytes.isDouble()
        || !pages.isDouble() || !settings.isArray())
        return std::nullopt;
    PdfFitResult result;
    result.file = file.toString();
    result.ok = ok.toBool();
    result.code = code.toString();
    result.message = message.toString();
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
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return fromJson(document.object());
}

} // namespace karier
