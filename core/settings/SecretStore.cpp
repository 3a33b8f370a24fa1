// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <sodium.h>

namespace karier {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Error keyError(const QString& path)
{
    return Error {ErrorCode::Internal,
        QCoreApplication::translate("karier::SecretStore",
            "Kunci penyimpan kata sandi (%1) tidak dapat dibaca atau dibuat. Periksa hak akses "
            "folder pengaturan.")
            .arg(QDir::toNativeSeparators(path))};
}

} // namespace

SecretStore::SecretStore(QString keyFile)
    : m_keyFile(keyFile.isEmpty() ? defaultKeyFile() : std::move(keyFile))
{ }

QString SecretStore::defaultKeyFile()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.config/karier-asn");
    return QDir::cleanPath(dir + QStringLiteral("/karier-asn.key"));
}

Result<QByteArray> SecretStore::readKey() const
{
    QFile file(m_keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return keyError(m_keyFile);
    const QByteArray key = file.readAll();
    if (key.size() != int(crypto_secretbox_KEYBYTES))
        return Error {ErrorCode::Internal,
            tr("Kunci penyimpan kata sandi (%1) rusak. Hapus berkas itu lalu simpan ulang kata "
               "sandi database di Pengaturan.")
                .arg(QDir::toNativeSeparators(m_keyFile))};
    return key;
}

Result<QByteArray> SecretStore::readOrCreateKey() const
{
    if (QFileInfo::exists(m_keyFile))
        return readKey();
    if (!QDir().mkpath(QFileInfo(m_keyFile).absolutePath()))
        return keyError(m_keyFile);
    QByteArray key(int(crypto_secretbox_KEYBYTES), '\0');
    randombytes_buf(key.data(), size_t(key.size()));
    // Created with owner-only permissions from the start; NewOnly: a second process racing us
    // keeps the first key (read below).
    QFile file(m_keyFile);
    if (file.open(
            QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        const bool written = file.write(key) == key.size() && file.flush();
        file.close();
        sodium_memzero(key.data(), size_t(key.size()));
        if (!written) {
            QFile::remove(m_keyFile);
            return keyError(m_keyFile);
        }
    }
    return readKey();
}

Result<QByteArray> SecretStore::seal(const QString& secret) const
{
    if (!sodiumReady())
        return Error {ErrorCode::Internal, tr("Pustaka kriptografi (libsodium) tidak dapat dipakai.")};
    auto key = readOrCreateKey();
    if (!key)
        return key.error();
    const QByteArray plain = secret.toUtf8();
    QByteArray box(int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + plain.size(), '\0');
    auto* nonce = reinterpret_cast<unsigned char*>(box.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
        reinterpret_cast<const unsigned char*>(plain.constData()), quint64(plain.size()), nonce,
        reinterpret_cast<const unsigned char*>(key->constData()));
    sodium_memzero(key.value().data(), size_t(key->size()));
    return box.toBase64();
}

Result<QString> SecretStore::open(const QByteArray& sealed) const
{
    if (!sodiumReady())
        return Error {ErrorCode::Internal, tr("Pustaka kriptografi (libsodium) tidak dapat dipakai.")};
    const QByteArray box = QByteArray::fromBase64(sealed);
    const int overhead = int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES);
    if (box.size() < overhead)
        return Error::invalid(tr("Kata sandi database yang tersimpan rusak. Isi ulang di Pengaturan."));
    auto key = readKey();
    if (!key)
        return key.error();
    const auto* nonce = reinterpret_cast<const unsigned char*>(box.constData());
    QByteArray plain(box.size() - overhead, '\0');
    const int failed = crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
        nonce + crypto_secretbox_NONCEBYTES, quint64(box.size()) - crypto_secretbox_NONCEBYTES, nonce,
        reinterpret_cast<const unsigned char*>(key->constData()));
    sodium_memzero(key.value().data(), size_t(key->size()));
    if (failed != 0)
        return Error::invalid(tr("Kata sandi database yang tersimpan tidak dapat dibuka (kunci "
                                 "berubah atau data rusak). Isi ulang di Pengaturan."));
    const QString secret = QString::fromUtf8(plain);
    sodium_memzero(plain.data(), size_t(plain.size()));
    return secret;
}

} // namespace karier
