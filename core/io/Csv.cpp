// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Csv.h"

#include <QStringDecoder>

namespace karier {

Result<Csv::Table> Csv::parse(const QByteArray& input)
{
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (data.trimmed().isEmpty())
        return Error::invalid(tr("File CSV kosong."));

    // Check the encoding line by line so the message can name the line (lines end in LF, CRLF or CR).
    {
        int line = 1;
        qsizetype start = 0;
        while (start < data.size()) {
            qsizetype end = start;
            while (end < data.size() && data.at(end) != '\n' && data.at(end) != '\r')
                ++end;
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = decoder(QByteArrayView(data).sliced(start, end - start));
            if (decoder.hasError())
                return Error::invalid(tr("File CSV bukan UTF-8 yang sah (baris %1). Simpan ulang file "
                                         "sebagai \"CSV UTF-8\".")
                                          .arg(line));
            ++line;
            if (end + 1 < data.size() && data.at(end) == '\r' && data.at(end + 1) == '\n')
                ++end;
            start = end + 1;
        }
    }
    const QString text = QString::fromUtf8(data);

    Table table;
    qsizetype firstBreak = 0;
    while (firstBreak < text.size() && text.at(firstBreak) != QLatin1Char('\n')
        && text.at(firstBreak) != QLatin1Char('\r'))
        ++firstBreak;
    const QString firstLine = text.left(firstBreak);
    if (firstLine.count(QLatin1Char(';')) > firstLine.count(QLatin1Char(',')))
        table.separator = QLatin1Char(';');

    QList<Row> rows;
    Row current;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.constFirst().trimmed().isEmpty();
        if (!blank)
            rows.append(current);
        current = Row();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (inQuotes) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                // A line break inside quotes is kept as written; it still counts as a line.
                if (ch == QLatin1Char('\n')
                    || (ch == QLatin1Char('\r')
                        && (i + 1 == text.size() || text.at(i + 1) != QLatin1Char('\n'))))
                    ++line;
                field.append(ch);
            }
            continue;
        }
        if (ch == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
        } else if (ch == table.separator) {
            endField();
        } else if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r')) {
            // LF (Unix), CRLF (Windows) or CR alone (old Mac, some exports): one line break each.
            if (ch == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
            ++line;
            current.line = line;
        } else {
            field.append(ch);
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return Error::invalid(tr("Tanda petik tidak ditutup (mulai baris %1).").arg(current.line));
    if (!field.isEmpty() || !current.fields.isEmpty())
        endRow();
    if (rows.isEmpty())
        return Error::invalid(tr("File CSV kosong."));
    for (QString& name : rows.first().fields)
        name = name.trimmed();
    table.header = rows.takeFirst().fields;
    table.rows = rows;
    return table;
}

namespace {

/// Characters that make a spreadsheet read a cell as a formula, or split it, when they come first:
/// = + - @ (formulas), TAB and CR (Excel skips them and reads what follows), and ; (the list separator of
/// Excel with Indonesian regional settings, which then reads what follows as a new cell).
bool startsDangerously(const QString& field)
{
    return !field.isEmpty() && QStringLiteral("=+-@;\t\r").contains(field.front());
}

bool isDigitsAsText(const QString& field)
{
    if (field.size() < 4 || !field.startsWith(QLatin1String("=\"")) || !field.endsWith(QLatin1Char('"')))
        return false;
    for (qsizetype i = 2; i < field.size() - 1; ++i) {
        if (field.at(i) < QLatin1Char('0') || field.at(i) > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

QString Csv::digitsAsText(const QString& digits)
{
    return QStringLiteral("=\"") + digits + QLatin1Char('"');
}

QString Csv::cellText(const QString& field)
{
    QString value = field.trimmed();
    if (isDigitsAsText(value))
        return value.mid(2, value.size() - 3);
    if (value.size() > 1 && value.front() == QLatin1Char('\'') && startsDangerously(value.mid(1)))
        value.remove(0, 1);
    return value;
}

QByteArray Csv::formatRow(const QStringList& fields, QChar separator)
{
    QStringList out;
    out.reserve(fields.size());
    for (QString field : fields) {
        if (isDigitsAsText(field)) {
            out.append(field); // digitsAsText(): a formula that is only a string of digits, written bare
            continue;
        }
        if (startsDangerously(field))
            field.prepend(QLatin1Char('\''));
        // Both separators are quoted whatever this file uses: Excel with Indonesian settings splits a
        // comma-separated file at ';' (outside quotes), which would start a new cell mid-field.
        if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char(';')) || field.contains(separator)
            || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
            || field.contains(QLatin1Char('\r'))) {
            field.replace(QLatin1String("\""), QLatin1String("\"\""));
            field = QLatin1Char('"') + field + QLatin1Char('"');
        }
        out.append(field);
    }
    return out.join(separator).toUtf8() + "\r\n";
}

} // namespace karier
