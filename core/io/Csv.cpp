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

    // Check the encoding line by line so the message can name the line.
    {
        int line = 1;
        qsizetype start = 0;
        while (start < data.size()) {
            qsizetype end = data.indexOf('\n', start);
            if (end < 0)
                end = data.size();
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = decoder(QByteArrayView(data).sliced(start, end - start));
            if (decoder.hasError())
                return Error::invalid(tr("File CSV bukan UTF-8 yang sah (baris %1). Simpan ulang file "
                                         "sebagai \"CSV UTF-8\".")
                                          .arg(line));
            ++line;
            start = end + 1;
        }
    }
    const QString text = QString::fromUtf8(data);

    Table table;
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    const QString firstLine = text.left(firstBreak < 0 ? text.size() : firstBreak);
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
                if (ch == QLatin1Char('\n'))
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
        } else if (ch == QLatin1Char('\r')) {
            // part of \r\n
        } else if (ch == QLatin1Char('\n')) {
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

QByteArray Csv::formatRow(const QStringList& fields, QChar separator)
{
    QStringList out;
    out.reserve(fields.size());
    for (QString field : fields) {
        if (!field.isEmpty()
            && (field.front() == QLatin1Char('=') || field.front() == QLatin1Char('+')
                || field.front() == QLatin1Char('-') || field.front() == QLatin1Char('@')))
            field.prepend(QLatin1Char('\''));
        if (field.contains(separator) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
            || field.contains(QLatin1Char('\r'))) {
            field.replace(QLatin1String("\""), QLatin1String("\"\""));
            field = QLatin1Char('"') + field + QLatin1Char('"');
        }
        out.append(field);
    }
    return out.join(separator).toUtf8() + "\r\n";
}

} // namespace karier
