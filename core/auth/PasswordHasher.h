// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <cstddef>
#include <optional>

namespace karier {

/// Password hashes with libsodium's argon2id (crypto_pwhash_str): self-describing strings
/// "$argon2id$v=19$m=<KiB>,t=<ops>,p=1$<salt>$<hash>". Hashing is slow on purpose (about
/// 200 ms with the defaults): call it off the UI thread.
class PasswordHasher
{
public:
    struct Params
    {
        unsigned long long opsLimit; ///< argon2 iterations (t)
        size_t memLimitBytes; ///< memory in bytes (m = memLimitBytes / 1024 KiB)
    };

    /// t=3, 64 MiB: about 200 ms per verification on the reference 2-core machine.
    static Params defaultParams();
    /// OWASP's minimum for argon2id: t=2, 19 MiB (19456 KiB). Never go below it.
    static Params minimumParams();

    /// Calls sodium_init() once (thread-safe). False if libsodium cannot be used.
    static bool initialise();

    /// Hashes the UTF-8 bytes of \a password with a fresh random salt. std::nullopt when
    /// libsodium fails (out of memory, parameters out of range).
    static std::optional<QString> hash(const QString& password, Params p = defaultParams());
    /// True when \a password matches \a hash. Constant-time; false for a malformed hash.
    static bool verify(const QString& hash, const QString& password);
    /// True when \a hash was not made with exactly \a p (or is not an argon2id hash): re-hash
    /// the password after the next successful login.
    static bool needsRehash(const QString& hash, Params p = defaultParams());
};

} // namespace karier
