// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/AccountAdmin.h"

#include "auth/AccessPolicy.h"
#include "auth/AuthServiceDetail.h"
#include "org/Organisation.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <algorithm>

namespace karier {

using namespace authdetail;

namespace {

/// The accounts' columns and joins the list and the checks share; "%LOCKS%" is the running lockouts per
/// NIP (login_throttle has no grants on the server: karier_account_lockouts reads it for an Admin).
constexpr const char* AccountColumns
    = "a.id, e.nip, e.nama, e.gelar_depan, e.gelar_belakang, a.role, u.name, COALESCE(a.managed_unit_id, 0), "
      "COALESCE(m.name, ''), a.active, a.otp_enabled, a.must_change_password";
constexpr const char* AccountJoins
    = " FROM accounts a JOIN employees e ON e.id = a.employee_id JOIN org_units u ON u.id = e.unit_id "
      "LEFT JOIN org_units m ON m.id = a.managed_unit_id";

AccountSummary accountFrom(const SqlQuery& q)
{
    AccountSummary account;
    account.id = q.value(0).toLongLong();
    account.nip = q.value(1).toString();
    account.name = Employee::displayName(q.value(2).toString(), q.value(3).toString(), q.value(4).toString());
    account.role = roleFromCode(q.value(5).toString()).value_or(Role::Asn);
    account.unitName = q.value(6).toString();
    account.managedUnitId = q.value(7).toLongLong();
    account.managedUnitName = q.value(8).toString();
    account.active = q.value(9).toBool();
    account.otpEnabled = q.value(10).toBool();
    account.mustChangePassword = q.value(11).toBool();
    return account;
}

Error ownAccountRefused()
{
    return Error::forbidden(QCoreApplication::translate("karier::AccountAdmin",
        "Akun Anda sendiri tidak dapat diubah di sini. Kata sandi Anda sendiri diganti lewat Ganti kata "
        "sandi."));
}

QString actorNip(const Session* actor)
{
    return actor ? actor->nip : QString();
}

} // namespace

AccountAdmin::AccountAdmin(std::shared_ptr<Database> db, AuthService::Clock clock)
    : m_db(std::move(db)), m_clock(std::move(clock))
{ }

QDateTime AccountAdmin::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

Result<AccountListPage> AccountAdmin::list(
    const Session& admin, const QString& search, int offset, int limit) const
{
    if (auto allowed = AccessPolicy::require(admin, Permission::ManageAccounts); !allowed)
        return allowed.error();
    QString digits = search;
    digits.remove(QLatin1Char(' '));
    const QString where
        = QStringLiteral(" WHERE (e.nip LIKE ? ESCAPE '\\' OR LOWER(e.nama) LIKE ? ESCAPE '\\')");
    const QDateTime current = now();
    limit = std::max(1, limit);
    return m_db->readValue([&](QSqlDatabase& c) -> Result<AccountListPage> {
        const auto total = queryValue(c,
            QStringLiteral("SELECT COUNT(*) FROM accounts a JOIN employees e ON e.id = a.employee_id")
                + where,
            containsPattern(digits), containsPattern(search));
        if (!total)
            return total.error();
        AccountListPage page;
        page.total = total->toInt();
        page.offset = std::clamp(offset, 0, std::max(0, (page.total - 1) / limit * limit));
        const QString locks = onServer(c)
            ? QStringLiteral("karier_account_lockouts()")
            : QStringLiteral("(SELECT CASE WHEN substr(nip, 1, 4) = 'otp:' THEN substr(nip, 5) ELSE nip END "
                             "AS nip, MAX(locked_until) AS locked_until FROM login_throttle GROUP BY 1)");
        const auto rows = queryAll(
            c,
            QStringLiteral("SELECT ") + QLatin1String(AccountColumns) + QStringLiteral(", l.locked_until")
                + QLatin1String(AccountJoins) + QStringLiteral(" LEFT JOIN ") + locks
                + QStringLiteral(" l ON l.nip = e.nip") + where
                + QStringLiteral(" ORDER BY e.nama, e.nip LIMIT ? OFFSET ?"),
            [&](const SqlQuery& q) {
                AccountSummary account = accountFrom(q);
                const QDateTime until = sqlDateTime(q.value(12));
                if (until.isValid() && until > current)
                    account.lockedUntil = until;
                return account;
            },
            containsPattern(digits), containsPattern(search), limit, page.offset);
        if (!rows)
            return rows.error();
        page.accounts = rows.value();
        return page;
    });
}

Result<AccountSummary> AccountAdmin::accountForChange(
    QSqlDatabase& c, const Session* actor, const QString& nip, bool demotes) const
{
    if (auto allowed = AccessPolicy::requireUnlessSystem(actor, Permission::ManageAccounts); !allowed)
        return allowed.error();
    if (actor && actor->nip == nip)
        return ownAccountRefused();
    const auto account = queryRequired(c,
        QStringLiteral("SELECT ") + QLatin1String(AccountColumns) + QLatin1String(AccountJoins)
            + QStringLiteral(" WHERE e.nip = ?"),
        Error::notFound(tr("Akun dengan NIP %1 tidak ditemukan.").arg(nip)), accountFrom, nip);
    if (!account)
        return account.error();
    if (demotes && account->role == Role::Admin && account->active) {
        const auto others = queryValue(c,
            QStringLiteral("SELECT COUNT(*) FROM accounts WHERE role = 'admin' AND active = ? AND id <> ?"),
            true, account->id);
        if (!others)
            return others.error();
        if (others->toInt() == 0)
            return Error::forbidden(
                tr("%1 adalah Admin BKPSDM aktif terakhir: perannya tidak dapat diturunkan dan akunnya tidak "
                   "dapat dinonaktifkan. Jadikan pegawai lain Admin BKPSDM lebih dahulu.")
                    .arg(account->name));
    }
    return account;
}

Result<qint64> AccountAdmin::create(const Session* actor, const QString& nip, Role role, qint64 managedUnitId,
    const QString& temporaryPassword)
{
    return AuthService(m_db, m_clock)
        .createAccount(actor, nip, role, managedUnitId, temporaryPassword, {}, /*temporaryPassword=*/true);
}

Status AccountAdmin::setRole(const Session* actor, const QString& nipText, Role role, qint64 managedUnitId)
{
    const QString nip = normalisedNip(nipText);
    if (role == Role::Pengelola && managedUnitId <= 0)
        return Error::invalid(tr("Pengelola Kepegawaian harus diberi Perangkat Daerah yang dikelola."));
    const qint64 unit = role == Role::Pengelola ? managedUnitId : 0;
    return m_db->write([&](QSqlDatabase& c) -> Status {
        const auto account = accountForChange(c, actor, nip, role != Role::Admin);
        if (!account)
            return account.error();
        if (account->role == role && account->managedUnitId == unit)
            return {};
        QString unitName;
        if (unit > 0) {
            const auto induk = queryOne(
                c, QStringLiteral("SELECT name, active FROM org_units WHERE id = ? AND parent_id IS NULL"),
                [](const SqlQuery& q) { return std::make_pair(q.value(0).toString(), q.value(1).toBool()); },
                unit);
            if (!induk)
                return induk.error();
            if (!induk.value())
                return Error::invalid(tr("Unit yang dikelola harus sebuah Perangkat Daerah (Induk Satker)."));
            if (!induk.value()->second)
                return Error::invalid(inactivePerangkatDaerah(induk.value()->first));
            unitName = induk.value()->first;
        }
        const QVariant unitValue = unit > 0 ? QVariant(unit) : QVariant();
        if (onServer(c)) {
            if (auto set = queryValue(c, QStringLiteral("SELECT karier_set_account_role(?, ?, ?)"), nip,
                    roleCode(role), unitValue);
                !set)
                return set.error();
        } else {
            SqlQuery q(c,
                QStringLiteral("UPDATE accounts SET role = ?, managed_unit_id = ?, version = version + 1, "
                               "updated_at = ? WHERE id = ?"));
            q.bindAll(roleCode(role), unitValue, now(), account->id);
            if (!q.exec())
                return q.error();
        }
        return Organisation::audit(c, actorNip(actor), QStringLiteral("akun-peran-diubah"),
            QStringLiteral("akun"), QString::number(account->id), roleCode(account->role), roleCode(role),
            unitName);
    });
}

Status AccountAdmin::setActive(const Session* actor, const QString& nipText, bool active)
{
    const QString nip = normalisedNip(nipText);
    return m_db->write([&](QSqlDatabase& c) -> Status {
        const auto account = accountForChange(c, actor, nip, !active);
        if (!account)
            return account.error();
        if (account->active == active)
            return {};
        if (active && account->role == Role::Pengelola) {
            // A Pengelola comes back only to an active Perangkat Daerah (the server checks it too).
            const auto induk = queryOne(
                c, QStringLiteral("SELECT name, active FROM org_units WHERE id = ?"),
                [](const SqlQuery& q) { return std::make_pair(q.value(0).toString(), q.value(1).toBool()); },
                account->managedUnitId);
            if (!induk)
                return induk.error();
            if (induk.value() && !induk.value()->second)
                return Error::invalid(inactivePerangkatDaerah(induk.value()->first));
        }
        if (onServer(c)) {
            if (auto set
                = queryValue(c, QStringLiteral("SELECT karier_set_account_active(?, ?)"), nip, active);
                !set)
                return set.error();
        } else {
            SqlQuery q(c,
                QStringLiteral(
                    "UPDATE accounts SET active = ?, version = version + 1, updated_at = ? WHERE id = ?"));
            q.bindAll(active, now(), account->id);
            if (!q.exec())
                return q.error();
        }
        return Organisation::audit(c, actorNip(actor),
            active ? QStringLiteral("akun-diaktifkan") : QStringLiteral("akun-dinonaktifkan"),
            QStringLiteral("akun"), QString::number(account->id));
    });
}

Status AccountAdmin::resetPassword(
    const Session* actor, const QString& nipText, const QString& temporaryPassword)
{
    const QString nip = normalisedNip(nipText);
    if (actor && actor->nip == nip)
        return ownAccountRefused();
    return AuthService(m_db, m_clock).setPassword(actor, nip, temporaryPassword, /*temporary=*/true);
}

Status AccountAdmin::resetOtp(const Session* actor, const QString& nipText)
{
    const QString nip = normalisedNip(nipText);
    if (actor && actor->nip == nip)
        return ownAccountRefused();
    return AuthService(m_db, m_clock).resetOtp(actor, nip);
}

Result<bool> AccountAdmin::clearLockout(const Session* actor, const QString& nip)
{
    AuthService auth(m_db, m_clock);
    return actor ? auth.clearLockout(*actor, nip) : auth.clearLockoutAsSystem(nip);
}

} // namespace karier
