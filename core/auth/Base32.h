// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace karier {

/// RFC 4648 base32 (alphabet A–Z, 2–7), as used by authenticator apps for TOTP secrets.
class Base32
{
public:
    /// Uppercase, without '=' padding.
    static QString encode(const QByteArray& data);
    /// Case-insensitive; whitespace and '=' padding are ignored. std::nullopt when another
    /// character occurs or the length cannot be the encoding of whole bytes.
    static std::optional<QByteArray> decode(const QString& text);
};

} // namespace karier
