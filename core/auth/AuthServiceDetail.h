// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the AuthService*.cpp files share; not for any other file.

#include "auth/AuthService.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

namespace karier::authdetail {

inline QString wrongCredentials()
{
    return QCoreApplication::translate("karier::AuthService", "NIP atau kata sandi salah.");
}
inline QString wrongCode()
{
    return QCoreApplication::translate("karier::AuthService",
        "Kode OTP salah atau sudah dipakai. Periksa jam komputer dan ponsel Anda, lalu "
        "masukkan kode yang sedang tampil.");
}
inline QString expired()
{
    return QCoreApplication::translate(
        "karier::AuthService", "Waktu memasukkan kode habis. Silakan masuk lagi dengan NIP dan kata sandi.");
}
inline QString inactivePerangkatDaerah(const QString& name)
{
    return QCoreApplication::translate("karier::AuthService",
        "Perangkat Daerah %1 tidak aktif; pilih Perangkat Daerah yang aktif untuk Pengelola Kepegawaian.")
        .arg(name);
}
inline constexpr int PendingMinutes = 5;

QString normalisedNip(const QString& nip);
/// "30 detik", "15 menit": how long a login has to wait.
QString waitText(int seconds);
AuthService::Outcome errorOutcome(const Error& error);
/// PostgreSQL (schema 9): account changes go through the server's functions, which check who asks.
bool onServer(const QSqlDatabase& c);

struct AccountRow
{
    qint64 id = 0;
    QString passwordHash;
    Role role = Role::Asn;
    bool otpEnabled = false;
    QString otpSecret;
    quint64 otpLastStep = 0;
    bool active = true;
};

/// The account whose \a whereColumn ("e.nip" or "a.id") is \a key; none when there is no such account.
Result<std::optional<AccountRow>> findAccount(
    const Database& db, const QString& whereColumn, const QVariant& key);

} // namespace karier::authdetail
