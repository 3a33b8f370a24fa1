// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace karier {

/// RFC 4180 CSV as spreadsheets write it: UTF-8 (a BOM is dropped), `,` or `;` as separator
/// (detected from the header line), quoted fields with `""` escapes and line breaks inside quotes;
/// lines end in LF, CRLF or CR alone (old Mac line endings).
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
    /// One line of output (with "\r\n"), quoting fields where needed (any field with `,` or `;`, the
    /// separator of Excel with Indonesian settings, whatever \a separator is). Fields a spreadsheet would
    /// run as a formula or split (=, +, -, @, ;, TAB, CR at the start) are prefixed with an apostrophe.
    /// A field made by digitsAsText() is written as it is.
    static QByteArray formatRow(const QStringList& fields, QChar separator = QLatin1Char(','));
    /// A long number (an 18-digit NIP) as a cell that spreadsheets show as text with every digit:
    /// `="198503152010012002"`. Chosen over a leading apostrophe, which Excel and LibreOffice both show
    /// literally when they open a CSV (it only marks text when typed), and over a plain number, which they
    /// round to 15 significant digits (1.98503E+17). Excel evaluates the formula to the text, and so does
    /// LibreOffice Calc unless "Evaluate formulas" is unticked in its text import dialog (then the cell
    /// shows ="…" but still every digit). It is a formula holding
    /// nothing but a string of ASCII digits, so it cannot run anything. cellText() reads it back.
    static QString digitsAsText(const QString& digits);
    /// A cell as the user meant it: trimmed, with the protections of formatRow() undone (the apostrophe
    /// before a leading = + - @ ; TAB or CR, and the `="digits"` of digitsAsText()).
    static QString cellText(const QString& field);
};

} // namespace karier
