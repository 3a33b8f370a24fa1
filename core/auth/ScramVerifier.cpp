// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/ScramVerifier.h"

#include "auth/PasswordHasher.h"

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <sodium.h>

namespace karier {

namespace {

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

/// RFC 3454 C.1.2 (non-ASCII spaces), mapped to U+0020 by SASLprep.
bool isNonAsciiSpace(char32_t c)
{
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F
        || c == 0x3000;
}

/// RFC 3454 B.1 ("commonly mapped to nothing"), removed by SASLprep.
bool isMappedToNothing(char32_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D)
        || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF;
}

} // namespace

QByteArray ScramVerifier::prepared(const QString& password)
{
    QString mapped;
    bool ascii = true;
    const QList<uint> codePoints = password.toUcs4();
    for (const uint point : codePoints) {
        const char32_t c = point;
        if (c >= 0x80)
            ascii = false;
        if (isMappedToNothing(c))
            continue;
        const char32_t one[] = {isNonAsciiSpace(c) ? char32_t(0x20) : c};
        mapped += QString::fromUcs4(one, 1);
    }
    if (ascii)
        return password.toUtf8(); // SASLprep leaves printable and control ASCII alone in PostgreSQL
    const QString normalized = mapped.normalized(QString::NormalizationForm_KC);
    return normalized.isEmpty() ? password.toUtf8() : normalized.toUtf8();
}

QString ScramVerifier::make(const QString& password, int iterations)
{
    QByteArray salt(16, '\0');
    PasswordHasher::initialise();
    randombytes_buf(salt.data(), size_t(salt.size()));
    return make(password, salt, iterations);
}

QString ScramVerifier::make(const QString& password, const QByteArray& salt, int iterations)
{
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, prepared(password), salt, iterations, 32);
    const QByteArray clientKey = hmac(salted, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
            QString::fromLatin1(serverKey.toBase64()));
}

} // namespace karier
