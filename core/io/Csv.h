// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace karier {

/// RFC 4180 CSV as spreadsheets write it: UTF-8 (a BOM is dropped), `,` or `;` as separator
/// (detected from the header line), quoted fields with `""` escapes and line breaks inside quotes.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(karier::Csv)

public:
    struct Row
    {
        int line = 0; ///< 1-based line number where the row starts (the header is line 1)
        QStringList fields;
    };
    struct Table
    {
        QStringList header;
        QList<Row> rows;
        QChar separator = QLatin1Char(',');
    };

    /// Refuses text that is not valid UTF-8 (naming the line), an empty file and an unterminated quote.
    static Result<Table> parse(const QByteArray& data);
    /// One line of output (with "\r\n"), quoting fields where needed. Fields that a spreadsheet would
    /// run as a formula (=, +, -, @ at the start) are prefixed with an apostrophe.
    static QByteArray formatRow(const QStringList& fields, QChar separator = QLatin1Char(','));
};

} // namespace karier
