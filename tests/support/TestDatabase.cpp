// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "auth/AuthService.h"
#include "auth/ScramVerifier.h"
#include "org/Organisation.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace karier::test {

namespace {

/// Runs one statement on the server's maintenance database with a short-lived connection.
QString execOnServer(const DatabaseUrl& admin, const QString& sql)
{
    const QString name = QStringLiteral("karier-test-admin-%1").arg(QRandomGenerator::global()->generate());
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setUserName(admin.user);
        db.setPassword(admin.password);
        db.setDatabaseName(admin.name);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

QString TestDatabase::dialectName()
{
    const QString dialect = qEnvironmentVariable("KARIER_TEST_DIALECT");
    return dialect.isEmpty() ? QStringLiteral("sqlite") : dialect;
}

TestDatabase::TestDatabase()
{
    if (!isPostgres()) {
        m_url.dialect = DatabaseUrl::Dialect::Sqlite;
        m_url.path = m_dir.filePath(QStringLiteral("test.sqlite"));
        return;
    }
    const QString state = qEnvironmentVariable("KARIER_TEST_PG_STATE");
    QFile file(state + QStringLiteral("/url"));
    if (state.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("PostgreSQL test server not running: %1/url missing (the postgresql.start "
                                 "test fixture must run first)")
                      .arg(state);
        return;
    }
    auto admin = DatabaseUrl::parse(QString::fromUtf8(file.readAll()).trimmed());
    if (!admin) {
        m_error = admin.error().message;
        return;
    }
    m_admin = admin.value();
    m_url = m_admin;
    m_url.name = QStringLiteral("t_%1_%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(QRandomGenerator::global()->generate() % 1000000000u);
    m_error = execOnServer(m_admin, QStringLiteral("CREATE DATABASE ") + m_url.name);
}

std::unique_ptr<TestDatabase> TestDatabase::copyOf(const TestDatabase& source)
{
    std::unique_ptr<TestDatabase> copy(new TestDatabase(Empty {}));
    if (!source.m_error.isEmpty()) {
        copy->m_error = source.m_error;
        return copy;
    }
    copy->m_url = source.m_url;
    if (!isPostgres()) {
        copy->m_url.path = copy->m_dir.filePath(QStringLiteral("test.sqlite"));
        // With no connection left SQLite has checkpointed its WAL; copy it anyway if one is there.
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            if (!QFile::exists(source.m_url.path + suffix))
                continue;
            if (!QFile::copy(source.m_url.path + suffix, copy->m_url.path + suffix))
                copy->m_error = QStringLiteral("cannot copy %1").arg(source.m_url.path + suffix);
        }
        return copy;
    }
    copy->m_admin = source.m_admin;
    copy->m_url.name = QStringLiteral("t_%1_%2")
                           .arg(QCoreApplication::applicationPid())
                           .arg(QRandomGenerator::global()->generate() % 1000000000u);
    copy->m_error = execOnServer(copy->m_admin,
        QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(copy->m_url.name, source.m_url.name));
    if (!copy->m_error.isEmpty())
        copy->m_url.name.clear(); // nothing to drop
    return copy;
}

TestDatabase::~TestDatabase()
{
    m_people.clear(); // their connections close before the database is dropped
    if (isPostgres() && m_error.isEmpty() && !m_url.name.isEmpty())
        execOnServer(m_admin,
            QStringLiteral("DROP DATABASE IF EXISTS ") + m_url.name + QStringLiteral(" WITH (FORCE)"));
}

std::shared_ptr<Database> TestDatabase::open()
{
    if (!m_error.isEmpty()) {
        qWarning("%s", qPrintable(m_error));
        return {};
    }
    auto db = Database::open(m_url);
    if (!db) {
        qWarning("%s", qPrintable(db.error().message));
        return {};
    }
    return db.value();
}

std::shared_ptr<Database> TestDatabase::openAs(const std::shared_ptr<Database>& owner, Session& session)
{
    if (!isPostgres() || !owner)
        return owner;
    const QString password = QStringLiteral("Uji-Orang-Sendiri-") + session.nip.right(6);
    QString token;
    const Status prepared = owner->write([&](QSqlDatabase& c) -> Status {
        SqlQuery find(c,
            QStringLiteral("SELECT a.id, a.role FROM accounts a JOIN employees e ON e.id = a.employee_id "
                           "WHERE e.nip = ?"));
        find.bind(session.nip);
        if (!find.exec())
            return find.error();
        qint64 id = 0;
        if (find.next()) {
            id = find.value(0).toLongLong();
            if (find.value(1).toString() != roleCode(session.role)) {
                SqlQuery move(
                    c, QStringLiteral("UPDATE accounts SET role = ?, managed_unit_id = ? WHERE id = ?"));
                move.bindAll(roleCode(session.role),
                    session.role == Role::Pengelola ? QVariant(session.managedUnitId) : QVariant(), id);
                if (!move.exec())
                    return move.error();
            }
        } else {
            AuthService::NewAccount account;
            account.nip = session.nip;
            account.role = session.role;
            account.managedUnitId = session.role == Role::Pengelola ? session.managedUnitId : 0;
            account.passwordHash = QStringLiteral("$argon2id$uji");
            account.scramVerifier = ScramVerifier::make(password);
            auto made = AuthService::insertAccount(c, QString(), account);
            if (!made)
                return made.error();
            id = made.value();
        }
        session.accountId = id;
        SqlQuery login(c, QStringLiteral("SELECT karier_set_login(?, ?)"));
        login.bindAll(session.nip, ScramVerifier::make(password));
        if (!login.exec())
            return login.error();
        if (session.role != Role::Asn) {
            token = QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128);
            SqlQuery grant(c,
                QStringLiteral(
                    "INSERT INTO karier_sessions (token_sha256, nip, expires_at) VALUES "
                    "(encode(sha256(convert_to(?, 'UTF8')), 'hex'), ?, now() + interval '1 hour')"));
            grant.bindAll(token, session.nip);
            if (!grant.exec())
                return grant.error();
        }
        return {};
    });
    if (!prepared) {
        qWarning("openAs %s: %s", qPrintable(session.nip), qPrintable(prepared.error().message));
        return {};
    }
    auto& cached = m_people[session.nip + roleCode(session.role)];
    if (!cached) {
        auto opened = Database::open(
            AuthService::personUrl(m_url, session.nip, password), Database::OpenMode::RequireExisting);
        if (!opened) {
            qWarning("openAs %s: %s", qPrintable(session.nip), qPrintable(opened.error().message));
            return {};
        }
        cached = opened.value();
    }
    cached->setSessionToken(token);
    return cached;
}

Session sessionFor(const std::shared_ptr<Database>& db, const QString& nip, Role role, qint64 accountId)
{
    Session session;
    const auto employee = Organisation(db).employeeByNip(nip);
    if (!employee.ok() || !employee.value())
        return session;
    const Employee& e = *employee.value();
    session.accountId = accountId;
    session.employeeId = e.id;
    session.nip = e.nip;
    session.displayName = e.displayName();
    session.role = role;
    session.unitId = e.unitId;
    session.unitName = e.unitName;
    session.indukUnitId = e.indukUnitId;
    if (role == Role::Pengelola)
        session.managedUnitId = e.indukUnitId;
    return session;
}

} // namespace karier::test
