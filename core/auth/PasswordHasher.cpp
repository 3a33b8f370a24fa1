// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/PasswordHasher.h"

#include <QByteArray>
#include <sodium.h>

namespace karier {

namespace {

/// The hash as a NUL-terminated C string libsodium may read, or an empty array when it
/// cannot be a crypto_pwhash_str() result.
QByteArray hashBytes(const QString& hash)
{
    const QByteArray bytes = hash.toLatin1();
    if (bytes.isEmpty() || bytes.size() >= static_cast<qsizetype>(crypto_pwhash_STRBYTES)
        || bytes.contains('\0'))
        return {};
    return bytes;
}

} // namespace

PasswordHasher::Params PasswordHasher::defaultParams()
{
    return {3, 64ULL * 1024 * 1024};
}

PasswordHasher::Params PasswordHasher::minimumParams()
{
    return {2, 19456ULL * 1024};
}

bool PasswordHasher::initialise()
{
    // A function-local static is initialised exactly once, even with concurrent callers.
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

std::optional<QString> PasswordHasher::hash(const QString& password, Params p)
{
    if (!initialise())
        return std::nullopt;
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(
            out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), p.opsLimit, p.memLimitBytes)
        != 0)
        return std::nullopt;
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& hash, const QString& password)
{
    if (!initialise())
        return false;
    const QByteArray str = hashBytes(hash);
    if (str.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(
               str.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
}

bool PasswordHasher::needsRehash(const QString& hash, Params p)
{
    if (!initialise())
        return true;
    const QByteArray str = hashBytes(hash);
    if (str.isEmpty())
        return true;
    return crypto_pwhash_str_needs_rehash(str.constData(), p.opsLimit, p.memLimitBytes) != 0;
}

} // namespace karier
