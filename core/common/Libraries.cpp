// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Libraries.h"

#include <QCoreApplication>
#include <qrencode.h>
#include <sodium.h>

namespace karier {

QList<LibraryInfo> usedLibraries()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
            QCoreApplication::translate("karier::Libraries", "antarmuka, database, jaringan")},
        {QStringLiteral("Qt Charts"), QString::fromLatin1(qVersion()), QStringLiteral("GPL-3.0-only"),
            QCoreApplication::translate("karier::Libraries", "grafik rekap Arsip DMS")},
        {QStringLiteral("Poppler"), QString(), QStringLiteral("GPL-2.0-or-later"),
            QCoreApplication::translate("karier::Libraries", "membaca dan menampilkan PDF")},
        {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string()), QStringLiteral("ISC"),
            QCoreApplication::translate(
                "karier::Libraries", "kata sandi (Argon2id) dan penyimpanan rahasia")},
        {QStringLiteral("libpwquality"), QString(), QStringLiteral("BSD-3-Clause OR GPL-2.0-or-later"),
            QCoreApplication::translate("karier::Libraries", "menolak kata sandi yang mudah ditebak")},
        {QStringLiteral("CrackLib"), QString(), QStringLiteral("LGPL-2.1-or-later"),
            QCoreApplication::translate("karier::Libraries", "kamus kata sandi yang mudah ditebak")},
        {QStringLiteral("libqrencode"), QString::fromLatin1(QRcode_APIVersionString()),
            QStringLiteral("LGPL-2.1-or-later"),
            QCoreApplication::translate("karier::Libraries", "kode QR untuk aplikasi autentikator")},
        {QStringLiteral("SQLite"), QString(),
            QCoreApplication::translate("karier::Libraries", "domain publik"),
            QCoreApplication::translate("karier::Libraries", "database bawaan di komputer ini")},
        {QStringLiteral("PostgreSQL libpq"), QString(), QStringLiteral("PostgreSQL License"),
            QCoreApplication::translate("karier::Libraries", "koneksi ke server PostgreSQL")},
    };
}

} // namespace karier
