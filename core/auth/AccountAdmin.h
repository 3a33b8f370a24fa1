// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/AuthService.h"
#include "auth/Session.h"
#include "common/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <memory>

namespace karier {

class Database;

/// One account as the Pengguna page lists it.
struct AccountSummary
{
    qint64 id = 0;
    QString nip;
    QString name; ///< with titles
    Role role = Role::Asn;
    QString unitName; ///< the employee's own unit
    qint64 managedUnitId = 0; ///< Pengelola: the Perangkat Daerah they manage
    QString managedUnitName;
    bool active = true;
    bool otpEnabled = false;
    bool mustChangePassword = false;
    QDateTime lockedUntil; ///< invalid when no wait runs
};

struct AccountListPage
{
    QList<AccountSummary> accounts;
    int total = 0; ///< accounts matching the search
    int offset = 0; ///< of the first account (moved back when the asked page is past the end)
};

/// Admin BKPSDM's account tasks (the Pengguna page and `karier-cli user …`). Every function asks
/// AccessPolicy (Permission::ManageAccounts; \a actor null is the system itself, karier-cli), refuses a
/// change of the actor's own role or account, never demotes or deactivates the last active Admin, and
/// writes its audit entry in the change's transaction. On a shared PostgreSQL server each change goes
/// through the server's function (postgres-accounts.sql), which checks the same rules. Blocking.
class AccountAdmin
{
    Q_DECLARE_TR_FUNCTIONS(karier::AccountAdmin)

public:
    explicit AccountAdmin(std::shared_ptr<Database> db, AuthService::Clock clock = {});

    /// Accounts whose NIP or name contains \a search, ordered by name, paged in SQL.
    Result<AccountListPage> list(const Session& admin, const QString& search, int offset, int limit) const;
    /// An account for an existing employee with a temporary password (must be changed at the first login).
    Result<qint64> create(const Session* actor, const QString& nip, Role role, qint64 managedUnitId,
        const QString& temporaryPassword);
    Status setRole(const Session* actor, const QString& nip, Role role, qint64 managedUnitId);
    /// Deactivates (cannot log in; history stays) or reactivates an account.
    Status setActive(const Session* actor, const QString& nip, bool active);
    /// A new temporary password, which its owner must change at the next login.
    Status resetPassword(const Session* actor, const QString& nip, const QString& temporaryPassword);
    /// The next login enrols a new authenticator (AuthService::resetOtp), not for one's own account.
    Status resetOtp(const Session* actor, const QString& nip);
    /// Lifts a lockout (AuthService::clearLockout); whether there was one.
    Result<bool> clearLockout(const Session* actor, const QString& nip);

private:
    /// The account of \a nip, checked for a change by \a actor: allowed, not the actor's own; \a demotes:
    /// the change removes an active Admin, refused when it is the last one. Inside the write transaction.
    Result<AccountSummary> accountForChange(
        QSqlDatabase& c, const Session* actor, const QString& nip, bool demotes) const;
    QDateTime now() const;

    std::shared_ptr<Database> m_db;
    AuthService::Clock m_clock;
};

} // namespace karier
