// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Libraries.h"

#include <qrencode.h>
#include <sodium.h>

namespace karier {

QList<LibraryInfo> usedLibraries()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
            QStringLiteral("antarmuka, database, jaringan")},
        {QStringLiteral("Poppler"), QString(), QStringLiteral("GPL-2.0-or-later"),
            QStringLiteral("membaca dan menampilkan PDF")},
        {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string()), QStringLiteral("ISC"),
            QStringLiteral("kata sandi (Argon2id) dan penyimpanan rahasia")},
        {QStringLiteral("libqrencode"), QString::fromLatin1(QRcode_APIVersionString()),
            QStringLiteral("LGPL-2.1-or-later"), QStringLiteral("kode QR untuk aplikasi autentikator")},
        {QStringLiteral("SQLite"), QString(), QStringLiteral("domain publik"),
            QStringLiteral("database bawaan di komputer ini")},
        {QStringLiteral("PostgreSQL libpq"), QString(), QStringLiteral("PostgreSQL License"),
            QStringLiteral("koneksi ke server PostgreSQL")},
    };
}

} // namespace karier
