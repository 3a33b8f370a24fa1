// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>

namespace karier {

/// A DATE column as read from either dialect (QDate from PostgreSQL, "yyyy-MM-dd" text from SQLite).
inline QDate sqlDate(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

/// A timestamp column (TIMESTAMPTZ from PostgreSQL, ISO-8601 UTC text from SQLite), in UTC.
inline QDateTime sqlDateTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(value.toString(), Qt::ISODate);
    return dt.toUTC();
}

/// NULL for an empty text, else the text.
inline QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

/// A LIKE pattern matching \a text anywhere, lower-cased, with % _ and \\ escaped: use it as
/// `LOWER(column) LIKE ? ESCAPE '\\'` (the same on SQLite and PostgreSQL).
inline QString containsPattern(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (const QChar c : text.trimmed().toLower()) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace karier
