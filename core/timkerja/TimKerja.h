// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace karier::TimKerja {

/// records.record_type of a Tim Kerja entry.
inline QString typeCode()
{
    return QStringLiteral("timkerja");
}

/// The keys of the values (records.fields), in the manual's order.
namespace Key {
inline QString tanggalSk()
{
    return QStringLiteral("tanggalSk");
}
inline QString keteranganSk()
{
    return QStringLiteral("keteranganSk");
}
inline QString kodeKegiatan()
{
    return QStringLiteral("kodeKegiatan");
}
inline QString namaTimKerja()
{
    return QStringLiteral("namaTimKerja");
}
inline QString ruangLingkup()
{
    return QStringLiteral("ruangLingkup");
}
inline QString kedudukan()
{
    return QStringLiteral("kedudukan");
}
inline QString urlBuktiDukung()
{
    return QStringLiteral("urlBuktiDukung");
}
} // namespace Key

/// A fresh Kode Kegiatan ("[F2]: Buat Kode Baru"): "TK-" and two groups of four characters from
/// Crockford's base 32 (no I, L, O, U), 40 random bits from the system's generator, e.g. TK-7F3K-9QXD.
/// Uniqueness is checked against the database by TimKerjaService::newKode.
QString randomKode();
/// Is \a text a Kode Kegiatan as randomKode() makes them?
bool isKode(const QString& text);

} // namespace karier::TimKerja
