// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace karier {

/// Where the data lives: `sqlite:PATH` or `postgresql://user:password@host:port/dbname[?options]`.
///
/// PostgreSQL connections go through Qt's QPSQL driver, which quotes host, database, user and
/// password in the libpq connection string but appends the connect options as they are (`;` becomes a
/// space). So the options are built here only, from a whitelist, with values that cannot start
/// another `key=value`:
/// - URL query keys accepted: `sslmode`, `sslrootcert` (becomes caFile), `connect_timeout`,
///   `application_name`, and `host` for a Unix socket folder only (becomes host:
///   `postgresql://user@/db?host=/var/run/postgresql`). Any other key (hostaddr, options, service …)
///   is refused, as is a key given twice or without a value.
/// - Values, user, database and host may not hold whitespace, quotes, `\`, `=`, `;` or control
///   characters (nor `/`, `,`, `@`, `?`, `#` in a host name or `/` in a database name).
/// - TLS: a host that is not local (localhost, 127.0.0.0/8, ::1, a Unix socket folder) gets
///   `sslmode=require`, or `verify-full` when a CA file is set; a weaker sslmode (disable, allow,
///   prefer) is refused for it. A local host keeps libpq's default unless the URL gives one.
struct DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(karier::DatabaseUrl)

public:
    enum class Dialect { Sqlite, PostgreSql };

    Dialect dialect = Dialect::Sqlite;
    QString path; ///< SQLite file
    QString host; ///< PostgreSQL: a name, an IP address, or a Unix socket folder (absolute path)
    int port = 5432;
    QString user;
    QString password;
    QString name;
    /// libpq keywords given in the URL query, `;`-separated `key=value` (sslmode, connect_timeout,
    /// application_name); checked by validate(), turned into the driver's options by connectOptions().
    QString options;
    /// "Sertifikat CA server": the PEM file of the CA that signed the server's certificate (libpq
    /// sslrootcert); an absolute path. Set: the server's certificate and name are checked (verify-full).
    QString caFile;

    /// Seconds libpq waits for a server that does not answer, unless the URL gives connect_timeout.
    static constexpr int DefaultConnectTimeout = 10;
    /// The URL query keys accepted (see above).
    static QStringList allowedQueryKeys();

    static Result<DatabaseUrl> parse(const QString& text);
    /// The SQLite file in the user's data folder (QStandardPaths::AppDataLocation).
    static DatabaseUrl defaultSqlite();
    /// The first given of: command line, KARIER_DATABASE, settings; else defaultSqlite().
    static Result<DatabaseUrl> resolve(const QString& commandLine, const QString& settingsValue);

    bool isSqlite() const { return dialect == Dialect::Sqlite; }
    /// PostgreSQL on this computer: localhost, 127.0.0.0/8, ::1, or a Unix socket folder.
    bool isLocalHost() const;
    /// The rules parse() applies, for a URL whose fields were set one by one (the settings dialog):
    /// host, user, database, password, port, options and the CA file's path (not whether it exists).
    Status validate() const;
    /// The sslmode the connection will use: the URL's, else verify-full with a CA file, else require
    /// for a host that is not local, else empty (libpq's default, local hosts only).
    QString sslMode() const;
    /// The CA file, when set, exists and can be read.
    Status checkCaFile() const;
    /// What QSqlDatabase::setConnectOptions gets: validate(), checkCaFile(), then connect_timeout,
    /// application_name, an empty hostaddr (PGHOSTADDR from the environment cannot send the connection
    /// elsewhere than host), sslmode and sslrootcert, each value quoted for libpq.
    Result<QString> connectOptions() const;

    /// The URL again; the password is replaced by `***` unless \a withPassword.
    QString toString(bool withPassword = false) const;
    /// The server as the connection reaches it: "db.example:5432", "[::1]:5432", "/run/postgresql:5432".
    QString serverName() const;
    /// Short human description for status bars: "SQLite · /path/file" or "PostgreSQL · host:port/db".
    QString displayName() const;

private:
    static Status checkOption(
        const QString& key, const QString& value, const QStringList& allowed, QStringList& seen, bool isPath);
};

} // namespace karier
