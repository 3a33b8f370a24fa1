// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace karier {

/// Seals short secrets of this workstation (the PostgreSQL password) so that they never stand in
/// plain text in the settings file: libsodium crypto_secretbox (XSalsa20-Poly1305) under a random
/// 32-byte key kept in its own file, readable by the user only (0600), beside but apart from the
/// settings. Someone who copies or shows the settings file learns nothing; someone who can read
/// every file of the user's account can still open it (as with any keyring unlocked at login).
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(karier::SecretStore)

public:
    /// \a keyFile: where the key lives; empty = defaultKeyFile().
    explicit SecretStore(QString keyFile = {});

    /// karier-asn.key in the user's configuration folder (QStandardPaths::AppConfigLocation).
    static QString defaultKeyFile();
    QString keyFile() const { return m_keyFile; }

    /// Base64 of nonce + ciphertext. Creates the key file (0600) on first use.
    Result<QByteArray> seal(const QString& secret) const;
    /// The secret again; an Indonesian error when the key is missing or the text was altered.
    Result<QString> open(const QByteArray& sealed) const;

private:
    Result<QByteArray> readKey() const;
    Result<QByteArray> readOrCreateKey() const;

    QString m_keyFile;
};

} // namespace karier
