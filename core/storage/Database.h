// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

class QThread;
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace karier {

/// One facade over SQLite and PostgreSQL.
///
/// Every statement runs on one of the Database's own worker threads (two by default). Each worker
/// opens its connection on first use and owns it for its whole life: a connection never crosses a
/// thread and is never looked up by a thread id. post() queues a job on a worker without waiting
/// (the GUI's way); read() and write() called from any other thread hand their body to a worker
/// and wait for it (the CLI's and the tests' way); called inside a job or body they run at once on
/// that worker's connection. Writes go through write(), one transaction (`BEGIN IMMEDIATE` on
/// SQLite). The destructor lets queued jobs finish, then the workers close their connections.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(karier::Database)

public:
    enum class OpenMode {
        /// Create the SQLite file (and its folder) when missing, then create or migrate the schema
        /// (karier-cli init and demo, the GUI's default per-user file, the tests).
        Create,
        /// The SQLite file must exist; create or migrate its schema (the GUI on a chosen file).
        Migrate,
        /// The database must exist and hold Karier ASN's tables (every other karier-cli command).
        RequireExisting,
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Connects, checks the schema version and migrates. An existing SQLite file is first looked at
    /// read-only: another program's database (tables but no Karier ASN schema, or another
    /// application_id) and a database made by a newer version of the program are refused untouched,
    /// byte for byte. A file this user cannot write (or whose folder they cannot write, where SQLite
    /// keeps its -wal and -shm files) is refused too: such files are for PostgreSQL's shared mode.
    static Result<std::shared_ptr<Database>> open(const DatabaseUrl& url, OpenMode mode = OpenMode::Create);

    const DatabaseUrl& url() const { return m_url; }
    DatabaseUrl::Dialect dialect() const { return m_url.dialect; }
    bool isSqlite() const { return m_url.isSqlite(); }

    /// Runs \a body inside one write transaction; commits when it returns success, rolls back otherwise.
    Status write(const std::function<Status(QSqlDatabase&)>& body) const;
    /// Runs \a body on a worker's connection without a transaction (reads).
    Status read(const std::function<Status(QSqlDatabase&)>& body) const;
    /// read() and write() for a \a body that returns a Result<T>: its value, or its error (or the
    /// connection's, or the commit's).
    template<typename Body> auto readValue(Body&& body) const { return withValue(body, false); }
    template<typename Body> auto writeValue(Body&& body) const { return withValue(body, true); }

    /// Queues \a job on a worker thread and returns at once. Inside the job read() and write() run
    /// on that worker's connection. Jobs should own what they touch (capture by value).
    void post(std::function<void()> job) const;

    /// The threads that must never wait for the database (the GUI thread): a read() or write()
    /// called from it still works but is counted and logged (see blockingCallsOnGuardedThread).
    static void setGuardedThread(QThread* thread);
    static int blockingCallsOnGuardedThread();

    /// PostgreSQL, a person's login: the session token karier_otp_verify issued (empty: none). Every
    /// worker's connection joins it (karier_session_join) before its next statement, so the rights of a
    /// Pengelola or Admin hold on all of them; a token the server no longer knows gives Forbidden.
    void setSessionToken(const QString& token);

    /// A PostgreSQL user name that is a person's own login role: "k" and an 18-digit NIP.
    static bool isPersonLogin(const QString& user);

    /// PostgreSQL: what the server's own settings leave open, each a line of advice in Indonesian for
    /// whoever runs karier-cli init (no auth_delay, no TLS, passwords not stored as SCRAM). Empty when
    /// all is well, and on SQLite. Settings this login may not read are named as not checked.
    Result<QStringList> serverAdvice() const;

    int schemaVersion() const;
    static int latestSchemaVersion();

    /// Turns a failed query or connection into an Indonesian message (locked, corrupt, unreachable ...).
    /// A write that lost a race with another user's transaction (a unique key taken meanwhile, a
    /// deadlock, a serialisation failure) becomes ErrorCode::Conflict with a message that says so.
    static Error errorFrom(const QSqlError& error, const QString& context = {});

    struct Executor;

private:
    explicit Database(DatabaseUrl url);
    /// The connection of the worker running this code; an error on any other thread.
    Result<QSqlDatabase> workerConnection() const;
    /// Runs \a body on a worker: at once when already on one of ours, else queued and awaited.
    Status onWorker(const std::function<Status(QSqlDatabase&)>& body) const;
    Status migrate(OpenMode mode);
    Status migrateOn(QSqlDatabase& db, OpenMode mode);
    template<typename Body>
    auto withValue(Body& body, bool writing) const -> std::invoke_result_t<Body&, QSqlDatabase&>
    {
        std::optional<std::invoke_result_t<Body&, QSqlDatabase&>> result;
        const auto run = [&](QSqlDatabase& c) -> Status {
            result.emplace(body(c));
            return result->ok() ? Status() : Status(result->error());
        };
        const Status status = writing ? write(run) : read(run);
        if (!status)
            return status.error();
        return std::move(*result);
    }

    DatabaseUrl m_url;
    std::shared_ptr<Executor> m_executor;
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
