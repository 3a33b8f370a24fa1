// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfCheckResult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <cmath>

namespace karier {

QJsonObject PdfCheckResult::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("file"), file);
    object.insert(QStringLiteral("ok"), ok);
    object.insert(QStringLiteral("code"), code);
    object.insert(QStringLiteral("message"), message);
    object.insert(QStringLiteral("bytes"), bytes);
    object.insert(QStringLiteral("pages"), pages);
    if (sharpness && std::isfinite(*sharpness))
        object.insert(QStringLiteral("sharpness"), std::round(*sharpness * 10.0) / 10.0);
    else
        object.insert(QStringLiteral("sharpness"), QJsonValue::Null);
    object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    if (!sha256.isEmpty())
        object.insert(QStringLiteral("sha256"), sha256);
    return object;
}

QByteArray PdfCheckResult::toJsonLine() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

std::optional<PdfCheckResult> PdfCheckResult::fromJson(const QJsonObject& object)
{
    const QJsonValue file = object.value(QStringLiteral("file"));
    const QJsonValue ok = object.value(QStringLiteral("ok"));
    const QJsonValue code = object.value(QStringLiteral("code"));
    const QJsonValue message = object.value(QStringLiteral("message"));
    const QJsonValue bytes = object.value(QStringLiteral("bytes"));
    const QJsonValue pages = object.value(QStringLiteral("pages"));
    const QJsonValue sharpness = object.value(QStringLiteral("sharpness"));
    const QJsonValue warnings = object.value(QStringLiteral("warnings"));
    const QJsonValue sha256 = object.value(QStringLiteral("sha256"));
    if (!(sha256.isUndefined() || sha256.isString()))
        return std::nullopt;
    if (!file.isString() || !ok.isBool() || !code.isString() || code.toString().isEmpty()
        || !message.isString() || !bytes.isDouble() || !pages.isDouble()
        || !(sharpness.isDouble() || sharpness.isNull()) || !warnings.isArray())
        return std::nullopt;

    PdfCheckResult result;
    result.file = file.toString();
    result.ok = ok.toBool();
    result.code = code.toString();
    result.message = message.toString();
    result.bytes = bytes.toInteger(-1);
    result.pages = pages.toInt();
    if (sharpness.isDouble())
        result.sharpness = sharpness.toDouble();
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
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return fromJson(document.object());
}

} // namespace karier
