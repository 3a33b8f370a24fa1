// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>

namespace karier {

/// The value an optional QDateEdit holds while empty (its minimum, shown as "–" via special value text).
inline QDate emptyDate()
{
    return QDate(1900, 1, 1);
}

/// Dates and numbers as written in Indonesia ("17 Agustus 2026").
inline QLocale indonesian()
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

} // namespace karier
