// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/Base32.h"

namespace karier {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// The 5-bit value of a base32 character, or -1.
int valueOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'a' && u <= u'z')
        return u - u'a';
    if (u >= u'2' && u <= u'7')
        return 26 + (u - u'2');
    return -1;
}

} // namespace

QString Base32::encode(const QByteArray& data)
{
    QString out;
    out.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(kAlphabet[(buffer >> bits) & 0x1f]));
        }
        buffer &= (1u << bits) - 1;
    }
    if (bits > 0)
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]));
    return out;
}

std::optional<QByteArray> Base32::decode(const QString& text)
{
    QByteArray out;
    out.reserve(text.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    int symbols = 0;
    for (const QChar c : text) {
        if (c.isSpace() || c == u'=')
            continue;
        const int value = valueOf(c);
        if (value < 0)
            return std::nullopt;
        ++symbols;
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((buffer >> bits) & 0xff));
        }
        buffer &= (1u << bits) - 1;
    }
    // Valid lengths modulo 8 are 0, 2, 4, 5 and 7 symbols (1 to 4 trailing bytes); the rest
    // cannot come from whole bytes.
    switch (symbols % 8) {
    case 1:
    case 3:
    case 6:
        return std::nullopt;
    default:
        break;
    }
    return out;
}

} // namespace karier
