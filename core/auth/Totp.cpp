// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/Totp.h"

#include "auth/Base32.h"
#include "auth/PasswordHasher.h"

#include <QMessageAuthenticationCode>
#include <QUrl>
#include <algorithm>
#include <sodium.h>

namespace karier {

namespace {

constexpr int kVerifyDigits = 6;
constexpr int kSecretBytes = 20;
constexpr int kDefaultStep = 30;

} // namespace

QString Totp::hotp(const QByteArray& secret, quint64 counter, int digits, QCryptographicHash::Algorithm algo)
{
    digits = std::clamp(digits, 1, 10);

    QByteArray message(8, '\0');
    for (int i = 7; i >= 0; --i) {
        message[i] = static_cast<char>(counter & 0xff);
        counter >>= 8;
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(message, secret, algo);

    // RFC 4226 §5.3: the low 4 bits of the last byte select 4 bytes; drop their top bit.
    const int offset = static_cast<quint8>(mac.at(mac.size() - 1)) & 0x0f;
    const quint32 binary = (static_cast<quint32>(static_cast<quint8>(mac.at(offset)) & 0x7f) << 24)
        | (static_cast<quint32>(static_cast<quint8>(mac.at(offset + 1))) << 16)
        | (static_cast<quint32>(static_cast<quint8>(mac.at(offset + 2))) << 8)
        | static_cast<quint32>(static_cast<quint8>(mac.at(offset + 3)));

    quint64 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(binary % modulus, digits, 10, QLatin1Char('0'));
}

QString Totp::code(
    const QByteArray& secret, qint64 unixTime, int digits, int step, QCryptographicHash::Algorithm algo)
{
    return hotp(secret, timeStep(unixTime, step), digits, algo);
}

quint64 Totp::timeStep(qint64 unixTime, int step)
{
    if (step <= 0)
        step = kDefaultStep;
    if (unixTime < 0)
        return 0;
    return static_cast<quint64>(unixTime) / static_cast<quint64>(step);
}

std::optional<quint64> Totp::verify(
    const QByteArray& secret, const QString& code, qint64 unixTime, quint64 lastUsedStep, int window)
{
    QByteArray given;
    given.reserve(kVerifyDigits);
    for (const QChar c : code) {
        if (c.isSpace())
            continue;
        if (c < u'0' || c > u'9')
            return std::nullopt;
        given.append(static_cast<char>(c.unicode()));
    }
    if (given.size() != kVerifyDigits)
        return std::nullopt;

    window = std::max(window, 0);
    const quint64 current = timeStep(unixTime);
    std::optional<quint64> matched;
    // Every candidate is computed and compared, so the time taken does not tell which one matched.
    for (qint64 offset = -window; offset <= window; ++offset) {
        if (offset < 0 && current < static_cast<quint64>(-offset))
            continue;
        const quint64 candidate = current + static_cast<quint64>(offset);
        const QByteArray expected = hotp(secret, candidate, kVerifyDigits).toLatin1();
        const bool equal = sodium_memcmp(expected.constData(), given.constData(), kVerifyDigits) == 0;
        // Keep the latest matching step: it is the one that must never be accepted again.
        if (equal && candidate > lastUsedStep)
            matched = candidate;
    }
    return matched;
}

QByteArray Totp::generateSecret()
{
    if (!PasswordHasher::initialise())
        return {};
    QByteArray secret(kSecretBytes, '\0');
    randombytes_buf(secret.data(), static_cast<size_t>(secret.size()));
    return secret;
}

QString Totp::provisioningUri(const QByteArray& secret, const QString& accountName, const QString& issuer)
{
    const QByteArray encodedIssuer = QUrl::toPercentEncoding(issuer);
    const QByteArray uri = QByteArrayLiteral("otpauth://totp/") + encodedIssuer + ':'
        + QUrl::toPercentEncoding(accountName) + QByteArrayLiteral("?secret=")
        + Base32::encode(secret).toLatin1() + QByteArrayLiteral("&issuer=") + encodedIssuer
        + QByteArrayLiteral("&algorithm=SHA1&digits=6&period=30");
    return QString::fromLatin1(uri);
}

} // namespace karier
