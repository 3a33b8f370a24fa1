// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace karier {

/// Reference lists (jenis kursus, rumpun, lembaga sertifikasi …) from resources/reference/NAME.json,
/// loaded once per process and thread-safe.
namespace ReferenceLists {
/// The items of \a name; empty for an unknown list.
QStringList items(const QString& name);
/// The explanation of \a item in list \a name (e.g. the manual's definition of "ASN Teladan"); empty if none.
/// Translated where the short option lists' explanations are (see label()).
QString help(const QString& name, const QString& item);
/// The shown text of \a item, which is stored as it is (Bahasa Indonesia): its translation for the
/// short option lists of the forms (Berlaku / Tidak Berlaku, Lintas / Internal Perangkat Daerah, Ketua /
/// Anggota), else \a item itself (names of courses, institutions … are not translated).
QString label(const QString& item);
} // namespace ReferenceLists

} // namespace karier
