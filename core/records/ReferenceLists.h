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
} // namespace ReferenceLists

} // namespace karier
