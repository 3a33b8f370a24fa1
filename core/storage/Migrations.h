// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DatabaseUrl.h"

#include <QList>
#include <QString>

namespace karier {

/// One SQL statement of a migration, written once with dialect placeholders:
///   %ID%         auto-increment primary key
///   %REF%        a reference to such a key (BIGINT)
///   %TIMESTAMP%  a UTC timestamp (ISO-8601 text on SQLite, TIMESTAMPTZ on PostgreSQL)
///   %DATE%       a calendar date
///   %BOOL%       a boolean
///   %BLOB%       bytes
///   %NOW%        the current UTC time as a default
/// or given as two separate texts when the dialects differ too much (triggers).
struct MigrationStatement
{
    QString common;
    QString sqlite;
    QString postgres;

    QString sqlFor(DatabaseUrl::Dialect dialect) const;
};

struct Migration
{
    int version;
    QString name;
    QList<MigrationStatement> statements;
};

/// Every migration, in order. Append new ones; never edit a released one.
const QList<Migration>& migrations();

} // namespace karier
