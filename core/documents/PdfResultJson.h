// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// The JSON that check-pdf's and fit-pdf's answers (PdfCheckResult, PdfFitResult) share: the
/// verdict's keys (file, ok, code, message), numbers rounded or null, and one compact line.

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace karier::detail {

/// \a value rounded to 1 / \a scale, or null when there is none (or it is not finite).
QJsonValue roundedNumber(const std::optional<double>& value, double scale = 10.0);
/// A number into \a target; null and a missing key leave it empty. False for any other type.
bool readNumber(const QJsonValue& value, std::optional<double>& target);

/// \a object as one compact JSON line (without the newline).
QByteArray compactLine(const QJsonObject& object);
/// The object of the JSON line \a line; nothing when it is not one.
std::optional<QJsonObject> objectOfLine(const QByteArray& line);

/// The keys file, ok, code and message of \a result into \a object.
template<class Result> void writeVerdict(QJsonObject& object, const Result& result)
{
    object.insert(QStringLiteral("file"), result.file);
    object.insert(QStringLiteral("ok"), result.ok);
    object.insert(QStringLiteral("code"), result.code);
    object.insert(QStringLiteral("message"), result.message);
}

/// The keys file, ok, code (not empty) and message of \a object into \a result; false when one is
/// missing or has the wrong type.
template<class Result> bool readVerdict(const QJsonObject& object, Result& result)
{
    const QJsonValue file = object.value(QStringLiteral("file"));
    const QJsonValue ok = object.value(QStringLiteral("ok"));
    const QJsonValue code = object.value(QStringLiteral("code"));
    const QJsonValue message = object.value(QStringLiteral("message"));
    if (!file.isString() || !ok.isBool() || !code.isString() || code.toString().isEmpty()
        || !message.isString())
        return false;
    result.file = file.toString();
    result.ok = ok.toBool();
    result.code = code.toString();
    result.message = message.toString();
    return true;
}

/// Result::fromJson of the JSON line \a line.
template<class Result> std::optional<Result> resultOfLine(const QByteArray& line)
{
    const std::optional<QJsonObject> object = objectOfLine(line);
    if (!object)
        return std::nullopt;
    return Result::fromJson(*object);
}

} // namespace karier::detail
