// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QMap>
#include <QStringList>
#include <memory>

namespace karier::test {

/// What the demo left in a database: to compare a run that was interrupted and then repaired with an
/// uninterrupted one. Counts per table, and the content of every row in a fixed order without what
/// legitimately differs between two runs (row ids, wall-clock times, password hashes, the random Kode
/// Kegiatan). The demo's own timestamps (submitted, decided, scored) come from its fixed clock and are kept.
struct DemoFingerprint
{
    QMap<QString, qint64> counts; ///< employees, accounts, accounts_with_otp, records, decided, dms_rows …
    QStringList content;
    QString error; ///< empty when read
};

DemoFingerprint demoFingerprint(const std::shared_ptr<Database>& db);

/// The first line where \a a and \a b differ, for a failure message; empty when they are equal.
QString firstDifference(const DemoFingerprint& a, const DemoFingerprint& b);

} // namespace karier::test
