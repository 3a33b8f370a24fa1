// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace karier {

/// Where the data lives: `sqlite:PATH` or `postgresql://user:password@host:port/dbname[?options]`.
struct DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(karier::DatabaseUrl)

public:
    enum class Dialect { Sqlite, PostgreSql };

    Dialect dialect = Dialect::Sqlite;
    QString path; ///< SQLite file
    QString host; ///< PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString name;
    QString options; ///< libpq keywords, `;`-separated (from the URL query, e.g. sslmode=require)

    static Result<DatabaseUrl> parse(const QString& text);
    /// The SQLite file in the user's data folder (QStandardPaths::AppDataLocation).
    static DatabaseUrl defaultSqlite();
    /// The first given of: command line, KARIER_DATABASE, settings; else defaultSqlite().
    static Result<DatabaseUrl> resolve(const QString& commandLine, const QString& settingsValue);

    bool isSqlite() const { return dialect == Dialect::Sqlite; }
    /// The URL again; the password is replaced by `***` unless \a withPassword.
    QString toString(bool withPassword = false) const;
    /// Short human description for status bars: "SQLite · /path/file" or "PostgreSQL · host:port/db".
    QString displayName() const;
};

} // namespace karier
