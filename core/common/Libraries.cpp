// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Libraries.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <poppler-version.h>
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
        {QStringLiteral("Poppler"), QStringLiteral(POPPLER_VERSION), QStringLiteral("GPL-2.0-or-later"),
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

namespace {

QString sqliteVersion()
{
    const QString name = QStringLiteral("karier-libraries-") + QUuid::createUuid().toString(QUuid::Id128);
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

/// libpq as a number: 150005 → "15.5" (PostgreSQL 10 and later), 90624 → "9.6.24".
QString libpqVersion()
{
#ifdef Q_OS_WIN
    QLibrary library(QStringLiteral("libpq"));
#else
    QLibrary library(QStringLiteral("pq"), 5);
#endif
    using LibVersion = int (*)();
    const auto function = reinterpret_cast<LibVersion>(library.resolve("PQlibVersion"));
    if (!function)
        return {};
    const int number = function();
    if (number >= 100000)
        return QStringLiteral("%1.%2").arg(number / 10000).arg(number % 10000);
    return QStringLiteral("%1.%2.%3").arg(number / 10000).arg(number / 100 % 100).arg(number % 100);
}

} // namespace

QHash<QString, QString> loadedLibraryVersions()
{
    static const QHash<QString, QString> versions = [] {
        QHash<QString, QString> found;
        if (const QString sqlite = sqliteVersion(); !sqlite.isEmpty())
            found.insert(QStringLiteral("SQLite"), sqlite);
        if (const QString pq = libpqVersion(); !pq.isEmpty())
            found.insert(QStringLiteral("PostgreSQL libpq"), pq);
        return found;
    }();
    return versions;
}

} // namespace karier
