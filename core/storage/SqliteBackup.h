// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace karier {

/// Backups of a SQLite database (issue 21 §5), also while the program or an import writes to it.
///   backup: SQLite's online backup API copies one consistent snapshot (one read transaction: in WAL mode
///           writers go on meanwhile) into a temporary file in the target's folder, which is switched to a
///           single file (journal_mode DELETE), checked (PRAGMA integrity_check, our application_id, the
///           schema), fsync'ed and renamed over OUT: the file is whole or not there.
///   restore: IN is checked the same way first (a foreign or damaged file is refused, nothing touched);
///           the database being replaced is first copied the same way to NAME.sebelum-pulih-<timestamp>
///           beside it; then IN's pages are written into it through the backup API, in one SQLite
///           transaction (also correct for its -wal file and other open connections, which see either the
///           old or the new database, never a mix). A missing target is written as a new file (temporary
///           file, fsync, rename). Programs that had the database open must be restarted.
/// PostgreSQL is backed up with pg_dump / pg_restore (README). Admin only when a person acts; the system
/// (karier-cli without --login, who holds the file) may.
class SqliteBackup
{
    Q_DECLARE_TR_FUNCTIONS(karier::SqliteBackup)

public:
    /// What a check found in a database file.
    struct Facts
    {
        qint64 bytes = 0;
        int schemaVersion = 0;
        qint64 employees = 0;
        qint64 records = 0;
    };

    static Result<Facts> backup(const Session* actor, const QString& databasePath, const QString& outPath);
    /// Is \a path a whole Karier ASN database this program can open? Read only.
    static Result<Facts> verify(const QString& path);
    /// Returns the path the replaced database was kept under (empty when there was none).
    static Result<QString> restore(
        const Session* actor, const QString& inPath, const QString& databasePath, const QDateTime& now = {});
    /// NAME.sebelum-pulih-yyyyMMdd-HHmmss beside \a databasePath.
    static QString keptPath(const QString& databasePath, const QDateTime& at);
};

} // namespace karier
