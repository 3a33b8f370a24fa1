// SPDX-License-Identifier: GPL-3.0-or-later
// AuthService: account administration (create an account, reset its one-time code, set or change its
// password).
#include "auth/AccessPolicy.h"
#include "auth/AuthService.h"
#include "auth/AuthServiceDetail.h"
#include "auth/Base32.h"
#include "auth/PasswordHasher.h"
#include "auth/ScramVerifier.h"
#include "org/Organisation.h"
#include "storage/Query.h"

#include <utility>

namespace karier {

using namespace authdetail;

Status AuthService::checkNewAccount(
    Role role, qint64 managedUnitId, const QString& password, const PasswordOwner& owner)
{
    if (const QString weak = checkPasswordStrength(password, owner); !weak.isEmpty())
        return Error::invalid(weak);
    if (role == Role::Pengelola && managedUnitId <= 0)
        return Error::invalid(tr("Pengelola Kepegawaian harus diberi Perangkat Daerah yang dikelola."));
    return {};
}

Result<AuthService::NewAccount> AuthService::prepareAccount(const QString& nipText, Role role,
    qint64 managedUnitId, const QString& password, const QByteArray& otpSecret, const QString& nama)
{
    if (auto valid = checkNewAccount(role, managedUnitId, password, {nipText, nama}); !valid)
        return valid.error();
    const auto hash = PasswordHasher::hash(password);
    if (!hash)
        return Error {ErrorCode::Internal, tr("Memori tidak cukup untuk mengamankan kata sandi.")};
    NewAccount account;
    account.nip = normalisedNip(nipText);
    account.role = role;
    account.managedUnitId = role == Role::Pengelola ? managedUnitId : 0;
    account.passwordHash = *hash;
    account.scramVerifier = ScramVerifier::make(password);
    account.otpSecret = otpSecret;
    return account;
}

Status AuthService::setLoginRole(QSqlDatabase& c, const QString& nip, const QString& scramVerifier)
{
    if (c.driverName() != QLatin1String("QPSQL"))
        return {}; // SQLite: one PC, no server logins
    SqlQuery q(c, QStringLiteral("SELECT karier_set_login(?, ?)"));
    q.bindAll(nip, scramVerifier);
    if (!q.exec())
        return q.error();
    return {};
}

Status AuthService::markTemporary(QSqlDatabase& c, const QString& nip)
{
    // PostgreSQL: the server's function, which checks who asks (schema 11).
    if (onServer(c)) {
        const auto marked = queryValue(c, QStringLiteral("SELECT karier_require_password_change(?)"), nip);
        return marked ? Status() : Status(marked.error());
    }
    SqlQuery q(c,
        QStringLiteral("UPDATE accounts SET must_change_password = ?, version = version + 1 "
                       "WHERE employee_id = (SELECT id FROM employees WHERE nip = ?)"));
    q.bindAll(true, nip);
    return q.exec() ? Status() : Status(q.error());
}

Result<qint64> AuthService::insertAccount(QSqlDatabase& c, const QString& actorNip, const NewAccount& account)
{
    // The employee's id, and whether they have an account already.
    const auto employee = queryRequired(
        c,
        QStringLiteral("SELECT e.id, a.id FROM employees e LEFT JOIN accounts a ON "
                       "a.employee_id = e.id WHERE e.nip = ?"),
        Error::notFound(tr("Pegawai dengan NIP %1 belum terdaftar.").arg(account.nip)),
        [](const SqlQuery& q) { return std::make_pair(q.value(0).toLongLong(), !q.value(1).isNull()); },
        account.nip);
    if (!employee)
        return employee.error();
    if (employee->second)
        return Error::conflict(tr("NIP %1 sudah memiliki akun.").arg(account.nip));
    if (account.managedUnitId > 0) {
        struct Induk
        {
            bool isInduk = false;
            bool active = false;
            QString name;
        };
        const auto induk = queryOne(
            c, QStringLiteral("SELECT parent_id, active, name FROM org_units WHERE id = ?"),
            [](const SqlQuery& q) {
                return Induk {q.value(0).isNull(), q.value(1).toBool(), q.value(2).toString()};
            },
            account.managedUnitId);
        if (!induk)
            return induk.error();
        if (!induk->value_or(Induk()).isInduk)
            return Error::invalid(tr("Unit yang dikelola harus sebuah Perangkat Daerah (Induk Satker)."));
        if (!induk.value()->active)
            return Error::invalid(inactivePerangkatDaerah(induk.value()->name));
    }
    const bool withSecret = !account.otpSecret.isEmpty();
    const QVariant unit = account.managedUnitId > 0 ? QVariant(account.managedUnitId) : QVariant();
    const QVariant secret = withSecret ? QVariant(Base32::encode(account.otpSecret)) : QVariant();
    // PostgreSQL: through the server's function, which checks who asks (schema 9).
    const auto inserted = onServer(c)
        ? queryValue(c, QStringLiteral("SELECT karier_create_account(?, ?, ?, ?, ?)"), account.nip,
            roleCode(account.role), unit, account.passwordHash, secret)
        : queryValue(c,
            QStringLiteral(
                "INSERT INTO accounts (employee_id, role, managed_unit_id, password_hash, otp_secret, "
                "otp_enabled) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            employee->first, roleCode(account.role), unit, account.passwordHash, secret, withSecret);
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->toLongLong();
    if (auto role = setLoginRole(c, account.nip, account.scramVerifier); !role)
        return role.error();
    if (account.temporaryPassword) {
        if (auto marked = markTemporary(c, account.nip); !marked)
            return marked.error();
    }
    if (auto audited = Organisation::audit(c, actorNip, QStringLiteral("akun-dibuat"), QStringLiteral("akun"),
            QString::number(id), {}, roleCode(account.role));
        !audited)
        return audited.error();
    return id;
}

Result<qint64> AuthService::createAccount(const Session* actor, const QString& nipText, Role role,
    qint64 managedUnitId, const QString& password, const QByteArray& otpSecret, bool temporaryPassword)
{
    if (auto allowed = AccessPolicy::requireUnlessSystem(actor, Permission::ManageAccounts); !allowed)
        return allowed.error();
    if (auto valid = checkNewAccount(role, managedUnitId, password, {nipText, {}}); !valid)
        return valid.error();
    // An existing account is refused before the password is hashed (a few hundred milliseconds);
    // insertAccount checks again inside the transaction. The employee's name is read for the password
    // check.
    const QString nip = normalisedNip(nipText);
    const auto employee = m_db->readValue([&](QSqlDatabase& c) {
        return queryOne(
            c,
            QStringLiteral(
                "SELECT e.nama, a.id FROM employees e LEFT JOIN accounts a ON a.employee_id = e.id "
                "WHERE e.nip = ?"),
            [](const SqlQuery& q) { return std::make_pair(q.value(0).toString(), !q.value(1).isNull()); },
            nip);
    });
    if (!employee)
        return employee.error();
    if (employee.value() && employee.value()->second)
        return Error::conflict(tr("NIP %1 sudah memiliki akun.").arg(nip));
    const QString nama = employee.value() ? employee.value()->first : QString();
    const auto account = prepareAccount(nip, role, managedUnitId, password, otpSecret, nama);
    if (!account)
        return account.error();
    NewAccount prepared = account.value();
    prepared.temporaryPassword = temporaryPassword;
    qint64 id = 0;
    const Status status = m_db->write([&](QSqlDatabase& c) -> Status {
        auto inserted = insertAccount(c, actor ? actor->nip : QString(), prepared);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

Status AuthService::resetOtp(const Session* actor, const QString& nipText)
{
    if (auto allowed = AccessPolicy::requireUnlessSystem(actor, Permission::ManageAccounts); !allowed)
        return allowed;
    const QString nip = normalisedNip(nipText);
    return m_db->write([&](QSqlDatabase& c) -> Status {
        bool found = false;
        if (onServer(c)) {
            // Through the server's function, which checks who asks and ends the person's sessions.
            const auto reset = queryValue(c, QStringLiteral("SELECT karier_reset_otp(?)"), nip);
            if (!reset)
                return reset.error();
            found = reset->toBool();
        } else {
            SqlQuery q(c,
                QStringLiteral("UPDATE accounts SET otp_secret = NULL, otp_enabled = ?, otp_last_step = 0, "
                               "version = version + 1, updated_at = ? "
                               "WHERE employee_id = (SELECT id FROM employees WHERE nip = ?)"));
            q.bindAll(false, now(), nip);
            if (!q.exec())
                return q.error();
            found = q.rowsAffected() == 1;
        }
        if (!found)
            return Error::notFound(tr("Akun dengan NIP %1 tidak ditemukan.").arg(nip));
        return Organisation::audit(
            c, actor ? actor->nip : QString(), QStringLiteral("otp-direset"), QStringLiteral("akun"), nip);
    });
}

Status AuthService::changePassword(
    const Session& actor, const QString& oldPassword, const QString& newPassword)
{
    // A person's own login to a shared server reads no hash: logging in with the old password checks it.
    const bool person = !m_db->isSqlite() && Database::isPersonLogin(m_db->url().user);
    // The password hash (none on a person's login) and the name.
    const auto account = m_db->readValue([&](QSqlDatabase& c) {
        return queryRequired(
            c,
            person
                ? QStringLiteral("SELECT '', e.nama FROM accounts a JOIN employees e ON e.id = a.employee_id "
                                 "WHERE a.id = ?")
                : QStringLiteral("SELECT a.password_hash, e.nama FROM accounts a JOIN employees e ON e.id = "
                                 "a.employee_id WHERE a.id = ?"),
            Error::notFound(tr("Akun tidak ditemukan.")),
            [](const SqlQuery& q) { return std::make_pair(q.value(0).toString(), q.value(1).toString()); },
            actor.accountId);
    });
    if (!account)
        return account.error();
    const auto& [currentHash, nama] = account.value();
    if (const QString weak = checkPasswordStrength(newPassword, {actor.nip, nama}, oldPassword);
        !weak.isEmpty())
        return Error::invalid(weak);
    if (person) {
        auto check = Database::open(
            personUrl(m_db->url(), actor.nip, oldPassword), Database::OpenMode::RequireExisting);
        if (!check)
            return check.error().code == ErrorCode::Unauthenticated
                ? Error::invalid(tr("Kata sandi lama salah."))
                : check.error();
    } else if (!PasswordHasher::verify(currentHash, oldPassword)) {
        return Error::invalid(tr("Kata sandi lama salah."));
    }
    const auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return Error {ErrorCode::Internal, tr("Memori tidak cukup untuk mengamankan kata sandi.")};
    const QString verifier = ScramVerifier::make(newPassword);
    if (person)
        return m_db->write([&](QSqlDatabase& c) -> Status {
            if (auto set = queryValue(
                    c, QStringLiteral("SELECT karier_set_password(?, ?, ?)"), actor.nip, *hash, verifier);
                !set)
                return set.error();
            return Organisation::audit(c, actor.nip, QStringLiteral("sandi-diubah"), QStringLiteral("akun"),
                QString::number(actor.accountId));
        });
    return m_db->write([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c,
            QStringLiteral("UPDATE accounts SET password_hash = ?, must_change_password = ?, "
                           "version = version + 1, updated_at = ? WHERE id = ?"));
        q.bindAll(*hash, false, now(), actor.accountId);
        if (!q.exec())
            return q.error();
        if (auto role = setLoginRole(c, actor.nip, verifier); !role)
            return role;
        return Organisation::audit(c, actor.nip, QStringLiteral("sandi-diubah"), QStringLiteral("akun"),
            QString::number(actor.accountId));
    });
}

Status AuthService::setPassword(
    const Session* actor, const QString& nipText, const QString& password, bool temporary)
{
    if (auto allowed = AccessPolicy::requireUnlessSystem(actor, Permission::ManageAccounts); !allowed)
        return allowed;
    const QString nip = normalisedNip(nipText);
    const auto account = m_db->readValue([&](QSqlDatabase& c) {
        return queryOne(
            c,
            QStringLiteral(
                "SELECT a.id, e.nama FROM accounts a JOIN employees e ON e.id = a.employee_id WHERE "
                "e.nip = ?"),
            [](const SqlQuery& q) { return std::make_pair(q.value(0).toLongLong(), q.value(1).toString()); },
            nip);
    });
    if (!account)
        return account.error();
    const qint64 accountId = account.value() ? account.value()->first : 0;
    const QString nama = account.value() ? account.value()->second : QString();
    if (accountId == 0)
        return Error::notFound(tr("Akun dengan NIP %1 tidak ditemukan.").arg(nip));
    if (const QString weak = checkPasswordStrength(password, {nip, nama}); !weak.isEmpty())
        return Error::invalid(weak);
    const auto hash = PasswordHasher::hash(password);
    if (!hash)
        return Error {ErrorCode::Internal, tr("Memori tidak cukup untuk mengamankan kata sandi.")};
    const QString verifier = ScramVerifier::make(password);
    return m_db->write([&](QSqlDatabase& c) -> Status {
        if (onServer(c)) {
            if (auto set
                = queryValue(c, QStringLiteral("SELECT karier_set_password(?, ?, ?)"), nip, *hash, verifier);
                !set)
                return set.error();
        } else {
            SqlQuery q(c,
                QStringLiteral(
                    "UPDATE accounts SET password_hash = ?, version = version + 1, updated_at = ? WHERE "
                    "id = ?"));
            q.bindAll(*hash, now(), accountId);
            if (!q.exec())
                return q.error();
        }
        if (temporary) {
            if (auto marked = markTemporary(c, nip); !marked)
                return marked;
        }
        return Organisation::audit(c, actor ? actor->nip : QString(),
            temporary ? QStringLiteral("sandi-sementara-diatur") : QStringLiteral("sandi-diatur"),
            QStringLiteral("akun"), QString::number(accountId));
    });
}

} // namespace karier
