// SPDX-License-Identifier: GPL-3.0-or-later
/// The JSON shared by PdfCheckResult and PdfFitResult, see PdfResultJson.h.
#include "documents/PdfResultJson.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace karier::detail {

QJsonValue roundedNumber(const std::optional<double>& value, double scale)
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

QByteArray compactLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> objectOfLine(const QByteArray& line)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace karier::detail
