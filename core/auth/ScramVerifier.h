// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace karier {

/// PostgreSQL's SCRAM-SHA-256 password verifier (RFC 5802/7677, as `ALTER ROLE … PASSWORD` stores it):
/// `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`, all Base64. Made by the program, so a
/// person's password never reaches the server, its logs or pg_stat_activity in clear text.
class ScramVerifier
{
public:
    static constexpr int DefaultIterations = 4096; // PostgreSQL's scram_iterations default

    /// A verifier for \a password with a fresh random 16-byte salt.
    static QString make(const QString& password, int iterations = DefaultIterations);
    /// The verifier for \a password with the given \a salt (tests compare with the server's).
    static QString make(const QString& password, const QByteArray& salt, int iterations);
    /// The bytes PostgreSQL and libpq hash: SASLprep of \a password (non-ASCII spaces become spaces,
    /// the characters "commonly mapped to nothing" are removed, then NFKC); the UTF-8 bytes unchanged
    /// when the result is empty, as both do for a password SASLprep refuses.
    static QByteArray prepared(const QString& password);
};

} // namespace karier
