// SPDX-License-Identifier: GPL-3.0-or-later
// AuthService: the count of failed logins per NIP, the wait it earns, and lifting it.
#include "auth/AccessPolicy.h"
#include "auth/AuthService.h"
#include "auth/AuthServiceDetail.h"
#include "org/Organisation.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <algorithm>

namespace karier {

using namespace authdetail;

namespace {

/// The wait that attempt number \a attempt starts: none for the free ones, then 30 s doubling up to 15 min.
int waitSecondsFor(int attempt)
{
    if (attempt < AuthService::FreeAttempts)
        return 0;
    const int doublings = std::min(attempt - AuthService::FreeAttempts, 10);
    return std::min(AuthService::FirstWaitSeconds << doublings, AuthService::MaxWaitSeconds);
}

} // namespace

std::optional<AuthService::Outcome> AuthService::reserveAttempt(const QString& nip, int* attempt)
{
    const QDateTime current = now();
    const QDateTime forgotten = current.addSecs(-qint64(ForgetAfterHours) * 3600);
    int number = 0;
    QDateTime lockedUntil;
    const Status status = m_db->write([&](QSqlDatabase& c) -> Status {
        // The attempt is taken by this one statement, before any password is checked: while a wait runs
        // (locked_until in the future) the DO UPDATE's WHERE refuses it and nothing is counted; when the
        // last failure is older than ForgetAfterHours, counting starts again at 1 (and so does the
        // window, first_failed_at). The row stays locked until this transaction ends, so the wait the
        // number earns is in place before the next attempt can take its own.
        SqlQuery take(c,
            QStringLiteral(
                "INSERT INTO login_throttle (nip, failed_count, first_failed_at, last_failed_at) "
                "VALUES (?, 1, ?, ?) ON CONFLICT (nip) DO UPDATE SET "
                "failed_count = CASE WHEN login_throttle.last_failed_at IS NULL OR "
                "login_throttle.last_failed_at < ? THEN 1 ELSE login_throttle.failed_count + 1 END, "
                "first_failed_at = CASE WHEN login_throttle.last_failed_at IS NULL OR "
                "login_throttle.last_failed_at < ? OR login_throttle.first_failed_at IS NULL "
                "THEN excluded.first_failed_at ELSE login_throttle.first_failed_at END, "
                "last_failed_at = excluded.last_failed_at "
                "WHERE login_throttle.locked_until IS NULL OR login_throttle.locked_until <= ? "
                "RETURNING failed_count"));
        take.bindAll(nip, current, current, forgotten, forgotten, current);
        if (!take.exec())
            return take.error();
        if (!take.next()) {
            const auto until = queryOne(
                c, QStringLiteral("SELECT locked_until FROM login_throttle WHERE nip = ?"),
                [](const SqlQuery& q) { return sqlDateTime(q.value(0)); }, nip);
            if (!until)
                return until.error();
            lockedUntil = until->value_or(QDateTime());
            return {};
        }
        number = take.value(0).toInt();
        const int wait = waitSecondsFor(number);
        SqlQuery lock(c, QStringLiteral("UPDATE login_throttle SET locked_until = ? WHERE nip = ?"));
        lock.bindAll(wait > 0 ? QVariant(current.addSecs(wait)) : QVariant(), nip);
        return lock.exec() ? Status() : Status(lock.error());
    });
    if (!status)
        return errorOutcome(status.error());
    if (number > 0) {
        *attempt = number;
        return std::nullopt;
    }
    Outcome outcome;
    outcome.kind = Outcome::Kind::Locked;
    outcome.waitSeconds = lockedUntil.isValid()
        ? int(std::clamp<qint64>((current.msecsTo(lockedUntil) + 999) / 1000, 1, MaxWaitSeconds))
        : 1;
    outcome.message
        = tr("Terlalu banyak percobaan gagal. Coba lagi dalam %1.").arg(waitText(outcome.waitSeconds));
    return outcome;
}

Status AuthService::releaseAttempt(const QString& nip)
{
    return m_db->write([&](QSqlDatabase& c) -> Status {
        SqlQuery last(c, QStringLiteral("DELETE FROM login_throttle WHERE nip = ? AND failed_count <= 1"));
        last.bind(nip);
        if (!last.exec())
            return last.error();
        // The wait this attempt started goes with it, unless other failures meanwhile earned one too.
        SqlQuery back(c,
            QStringLiteral("UPDATE login_throttle SET failed_count = failed_count - 1, locked_until = CASE "
                           "WHEN failed_count - 1 < ? THEN NULL ELSE locked_until END WHERE nip = ?"));
        back.bindAll(FreeAttempts, nip);
        return back.exec() ? Status() : Status(back.error());
    });
}

AuthService::Outcome AuthService::fail(const QString& nip, int attempt, const QString& message)
{
    const Status status = m_db->write([&](QSqlDatabase& c) -> Status {
        return Organisation::audit(c, nip, QStringLiteral("login-gagal"), QStringLiteral("akun"), nip, {}, {},
            QStringLiteral("percobaan ke-%1").arg(attempt));
    });
    if (!status)
        return errorOutcome(status.error());
    const int wait = waitSecondsFor(attempt);
    Outcome outcome;
    outcome.message = message;
    if (wait > 0) {
        outcome.kind = Outcome::Kind::Locked;
        outcome.waitSeconds = wait;
        outcome.message += tr(" Terlalu banyak percobaan gagal. Coba lagi dalam %1.").arg(waitText(wait));
    } else {
        outcome.kind = Outcome::Kind::Failed;
        if (attempt >= FreeAttempts - 2)
            outcome.message
                += tr(" Sisa %n kali percobaan sebelum harus menunggu.", nullptr, FreeAttempts - attempt);
    }
    return outcome;
}

Result<bool> AuthService::clearLockout(const Session& admin, const QString& nip)
{
    if (auto allowed = AccessPolicy::require(admin, Permission::ManageAccounts); !allowed)
        return allowed.error();
    return clearLockoutBy(admin.nip, nip);
}

Result<bool> AuthService::clearLockoutAsSystem(const QString& nip)
{
    return clearLockoutBy(QString(), nip);
}

Result<bool> AuthService::clearLockoutBy(const QString& actorNip, const QString& nipText)
{
    const QString nip = normalisedNip(nipText);
    bool cleared = false;
    const Status status = m_db->write([&](QSqlDatabase& c) -> Status {
        // PostgreSQL: through the server's function, which checks who asks (schema 9).
        SqlQuery q(c,
            onServer(c)
                ? QStringLiteral("SELECT failed_count, first_failed_at FROM karier_clear_lockout(?) "
                                 "ORDER BY nip")
                : QStringLiteral(
                    "DELETE FROM login_throttle WHERE nip = ? RETURNING failed_count, first_failed_at"));
        q.bind(nip);
        if (!q.exec())
            return q.error();
        if (!q.next())
            return {};
        cleared = true;
        const int failures = q.value(0).toInt();
        const QDateTime since = sqlDateTime(q.value(1));
        const QString note = since.isValid()
            ? QStringLiteral("%1 percobaan gagal sejak %2").arg(failures).arg(since.toString(Qt::ISODate))
            : QStringLiteral("%1 percobaan gagal").arg(failures);
        return Organisation::audit(
            c, actorNip, QStringLiteral("kunci-login-dibuka"), QStringLiteral("akun"), nip, {}, {}, note);
    });
    if (!status)
        return status.error();
    return cleared;
}

} // namespace karier
