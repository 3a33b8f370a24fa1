// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <map>
#include <memory>

namespace karier::test {

/// A fresh, empty database for one test, of the dialect named by KARIER_TEST_DIALECT
/// (sqlite, the default, or postgresql). For PostgreSQL a new database is created on the
/// throwaway server started by tests/support/pg-cluster.sh (its URL is read from
/// $KARIER_TEST_PG_STATE/url) and dropped again by the destructor. If that server is not
/// there, creation fails with a message: PostgreSQL tests never skip silently.
class TestDatabase
{
public:
    TestDatabase();
    /// A fresh database holding a copy of \a source's (SQLite: the file; PostgreSQL: CREATE DATABASE …
    /// TEMPLATE). Nothing may be connected to \a source: destroy its Database first.
    static std::unique_ptr<TestDatabase> copyOf(const TestDatabase& source);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    /// Empty string on success; otherwise why the database could not be made.
    QString error() const { return m_error; }
    /// The URL of the fresh, still empty database.
    const DatabaseUrl& url() const { return m_url; }
    /// Opens (and migrates) it; QFAILs through the returned null pointer on error.
    std::shared_ptr<Database> open();
    /// The database as \a session's person would use it in shared mode. PostgreSQL: opened as their
    /// own login role (k<NIP>) after the owner (\a owner) has made their account with \a session's role,
    /// or moved it to that role, and set a known password; a Pengelola or Admin also gets a session token
    /// as if they had passed the one-time code. Every service on it then has that person's rights, as
    /// the server enforces them. \a session's accountId becomes the account's. One Database per NIP,
    /// kept until this object goes. SQLite: \a owner itself (one person's file).
    std::shared_ptr<Database> openAs(const std::shared_ptr<Database>& owner, Session& session);
    static QString dialectName();
    static bool isPostgres() { return dialectName() == QLatin1String("postgresql"); }

private:
    struct Empty
    {
    };
    explicit TestDatabase(Empty) { }
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    DatabaseUrl m_admin;
    QString m_error;
    std::map<QString, std::shared_ptr<Database>> m_people;
};

/// The session of the employee with \a nip logged in as \a role (a Pengelola manages their own Perangkat
/// Daerah); an empty session when the NIP is unknown.
Session sessionFor(const std::shared_ptr<Database>& db, const QString& nip, Role role, qint64 accountId = 1);

} // namespace karier::test
