// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>
#include <optional>

namespace karier {

/// One-time codes: HOTP (RFC 4226) and TOTP (RFC 6238, T0 = 0), compatible with
/// authenticator apps (Google Authenticator, Aegis, FreeOTP …).
class Totp
{
public:
    /// RFC 4226: HMAC over the 8-byte big-endian \a counter, dynamic truncation, the last
    /// \a digits (1–10) decimal digits, zero-padded.
    static QString hotp(const QByteArray& secret, quint64 counter, int digits = 6,
        QCryptographicHash::Algorithm algo = QCryptographicHash::Sha1);
    /// RFC 6238: hotp() of timeStep(\a unixTime, \a step).
    static QString code(const QByteArray& secret, qint64 unixTime, int digits = 6, int step = 30,
        QCryptographicHash::Algorithm algo = QCryptographicHash::Sha1);
    /// floor(unixTime / step); 0 for times before the epoch.
    static quint64 timeStep(qint64 unixTime, int step = 30);
    /// Checks a 6-digit SHA-1 code (spaces ignored) against the time steps current-window ..
    /// current+window. Only steps after \a lastUsedStep count, so an accepted code is never
    /// accepted again. Returns the matched step (store it as the new last used step), or
    /// std::nullopt. The comparison is constant-time.
    static std::optional<quint64> verify(
        const QByteArray& secret, const QString& code, qint64 unixTime, quint64 lastUsedStep, int window = 1);
    /// 20 random bytes (160 bits, RFC 4226 §4) from libsodium's CSPRNG; empty if libsodium
    /// could not be initialised.
    static QByteArray generateSecret();
    /// Google Authenticator key URI:
    /// otpauth://totp/<issuer>:<account>?secret=<BASE32>&issuer=<issuer>&algorithm=SHA1&digits=6&period=30
    static QString provisioningUri(const QByteArray& secret, const QString& accountName,
        const QString& issuer = QStringLiteral("Karier ASN"));
};

} // namespace karier
