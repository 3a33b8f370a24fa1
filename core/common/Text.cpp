// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Text.h"

namespace karier {

namespace {

bool isControl(char32_t c)
{
    return (c < 0x20 && c != U'\t') || (c >= 0x7F && c <= 0x9F);
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), c > 0xFFFF ? 5 : 4, 16, QLatin1Char('0')).toUpper();
}

/// The code point at \a i (a pair of surrogates as one); \a length receives 1 or 2. An unpaired
/// surrogate comes back as itself.
char32_t codePointAt(const QString& value, qsizetype i, int* length)
{
    const QChar ch = value.at(i);
    *length = 1;
    if (ch.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
        *length = 2;
        return QChar::surrogateToUcs4(ch, value.at(i + 1));
    }
    return ch.unicode();
}

bool isForbidden(char32_t c)
{
    return isControl(c) || QChar::isNonCharacter(c) || QChar::isSurrogate(c);
}

} // namespace

qsizetype Text::forbiddenCharacterAt(const QString& value)
{
    for (qsizetype i = 0; i < value.size();) {
        int length = 1;
        if (isForbidden(codePointAt(value, i, &length)))
            return i;
        i += length;
    }
    return -1;
}

QString Text::fieldProblem(const QString& field, const QString& value)
{
    const qsizetype at = forbiddenCharacterAt(value);
    if (at < 0)
        return {};
    int length = 1;
    const char32_t c = codePointAt(value, at, &length);
    const QString what = isControl(c) ? tr("karakter kendali") : tr("karakter terlarang");
    return tr("%1 memuat %2 %3 (posisi %4)").arg(field, what, codePoint(c)).arg(at + 1);
}

QString Text::rowProblem(const QStringList& header, const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString name = i < header.size() && !header.at(i).isEmpty() ? header.at(i).toLower()
                                                                          : tr("kolom %1").arg(i + 1);
        const QString problem = fieldProblem(forTerminal(name), fields.at(i).trimmed());
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString Text::foldKey(const QString& value)
{
    QString key = value.normalized(QString::NormalizationForm_C).toLower().toCaseFolded();
    // Qt lowers U+0130 (İ) to "i" + U+0307 (full mapping); PostgreSQL's lower() gives "i". Both are "i".
    key.replace(QStringLiteral("i\u0307"), QStringLiteral("i"));
    return key;
}

QString Text::forTerminal(const QString& value)
{
    if (forbiddenCharacterAt(value) < 0)
        return value;
    QString out;
    out.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size();) {
        int length = 1;
        const char32_t c = codePointAt(value, i, &length);
        if (isControl(c))
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else if (QChar::isNonCharacter(c) || QChar::isSurrogate(c))
            out += QStringLiteral("\\u")
                + QString::number(uint(c), 16).rightJustified(4, QLatin1Char('0')).toUpper();
        else
            out += value.mid(i, length);
        i += length;
    }
    return out;
}

QByteArray Text::jsonControlsEscaped(const QByteArray& json)
{
    QByteArray out;
    out.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto byte = uchar(json.at(i));
        if (byte == 0x7F) {
            out += "\\u007f";
        } else if (byte == 0xC2 && i + 1 < json.size() && uchar(json.at(i + 1)) >= 0x80
            && uchar(json.at(i + 1)) <= 0x9F) {
            out += "\\u00" + QByteArray::number(uchar(json.at(i + 1)), 16);
            ++i;
        } else {
            out += char(byte);
        }
    }
    return out;
}

} // namespace karier
