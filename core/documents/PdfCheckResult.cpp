// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfCheckResult.h"

#include "documents/PdfResultJson.h"

#include <QJsonArray>
#include <QJsonValue>

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

} // namespace karier
