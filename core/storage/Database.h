// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <functional>
#include <memory>

namespace karier {

/// One facade over SQLite and PostgreSQL.
///
/// Each thread gets its own connection (Qt SQL connections must stay in the thread that opened
/// them); it is closed when the thread ends or the Database is destroyed. Writes go through
/// write(), which wraps the body in one transaction (`BEGIN IMMEDIATE` on SQLite).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(karier::Database)

public:
    enum class OpenMode {
        Migrate, ///< create or migrate the schema to the latest version (karier-cli init, the GUI)
        RequireExisting, ///< refuse an empty database instead of creating tables
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Connects, checks the schema version and migrates. A database made by a newer version
    /// of the program is refused and left untouched.
    static Result<std::shared_ptr<Database>> open(const DatabaseUrl& url, OpenMode mode = OpenMode::Migrate);

    const DatabaseUrl& url() const { return m_url; }
    DatabaseUrl::Dialect dialect() const { return m_url.dialect; }
    bool isSqlite() const { return m_url.isSqlite(); }

    /// The calling thread's connection, opened on first use.
    Result<QSqlDatabase> connection() const;

    /// Runs \a body inside one write transaction; commits when it returns success, rolls back otherwise.
    Status write(const std::function<Status(QSqlDatabase&)>& body) const;
    /// Runs \a body on this thread's connection without a transaction (reads).
    Status read(const std::function<Status(QSqlDatabase&)>& body) const;

    int schemaVersion() const;
    static int latestSchemaVersion();

    /// Turns a failed query or connection into an Indonesian message (locked, corrupt, unreachable ...).
    static Error errorFrom(const QSqlError& error, const QString& context = {});

private:
    explicit Database(DatabaseUrl url);
    Result<QSqlDatabase> openConnection(const QString& name) const;
    Status migrate(OpenMode mode);

    DatabaseUrl m_url;
    QString m_prefix;
    int m_schemaVersion = 0;
};

/// A prepared statement with positional binding and Indonesian errors.
///   SqlQuery q(db, "SELECT id FROM employees WHERE nip = ?");
///   q.bind(nip); if (!q.exec()) return q.error();
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase& db, const QString& sql);

    /// Binds the next `?`. A null QString binds as empty text; QVariant() binds SQL NULL.
    SqlQuery& bind(const QVariant& value);
    template<typename... Args> SqlQuery& bindAll(const Args&... args)
    {
        (bind(QVariant::fromValue(args)), ...);
        return *this;
    }
    bool exec();
    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const QString& name) const { return m_query.value(name); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    Error error() const;
    QSqlQuery& raw() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

} // namespace karier
