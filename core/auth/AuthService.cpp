// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/AuthService.h"

#include "auth/AuthServiceDetail.h"
#include "auth/Base32.h"
#include "auth/PasswordHasher.h"
#include "auth/Totp.h"
#include "org/Organisation.h"
#include "storage/Query.h"

#include <QCoreApplication>

namespace karier {

using namespace authdetail;

namespace {

/// A hash of a random password: unknown NIPs are verified against it so that they take as long as known ones.
const QString& dummyHash()
{
    static const QString hash
        = PasswordHasher::hash(Base32::encode(Totp::generateSecret())).value_or(QStringLiteral("$argon2id$"));
    return hash;
}

} // namespace

namespace authdetail {

QString normalisedNip(const QString& nip)
{
    QString digits;
    for (const QChar ch : nip) {
        if (!ch.isSpace())
            digits.append(ch);
    }
    return digits.left(64);
}

QString waitText(int seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("karier::AuthService", "%n detik", nullptr, seconds);
    const int minutes = (seconds + 59) / 60;
    return QCoreApplication::translate("karier::AuthService", "%n menit", nullptr, minutes);
}

AuthService::Outcome errorOutcome(const Error& error)
{
    AuthService::Outcome outcome;
    outcome.kind = AuthService::Outcome::Kind::Error;
    outcome.message = error.message;
    return outcome;
}

bool onServer(const QSqlDatabase& c)
{
    return c.driverName() == QLatin1String("QPSQL");
}

Result<std::optional<AccountRow>> findAccount(
    const Database& db, const QString& whereColumn, const QVariant& key)
{
    const auto accountFrom = [](const SqlQuery& q) {
        AccountRow row;
        row.id = q.value(0).toLongLong();
        row.passwordHash = q.value(1).toString();
        row.role = roleFromCode(q.value(2).toString()).value_or(Role::Asn);
        row.otpEnabled = q.value(3).toBool();
        row.otpSecret = q.value(4).toString();
        row.otpLastStep = q.value(5).toULongLong();
        row.active = q.value(6).toBool();
        return row;
    };
    return db.readValue([&](QSqlDatabase& c) {
        return queryOne(c,
            QStringLiteral(
                "SELECT a.id, a.password_hash, a.role, a.otp_enabled, COALESCE(a.otp_secret, ''), "
                "a.otp_last_step, a.active FROM accounts a JOIN employees e ON e.id = a.employee_id "
                "WHERE ")
                + whereColumn + QStringLiteral(" = ?"),
            accountFrom, key);
    });
}

} // namespace authdetail

AuthService::AuthService(std::shared_ptr<Database> db, Clock clock)
    : m_db(std::move(db)), m_clock(std::move(clock))
{
    PasswordHasher::initialise();
}

QDateTime AuthService::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

Status AuthService::finishLogin(QSqlDatabase& c, const QString& nip, qint64 accountId, const QString& note)
{
    SqlQuery clear(c, QStringLiteral("DELETE FROM login_throttle WHERE nip = ?"));
    clear.bind(nip);
    if (!clear.exec())
        return clear.error();
    return Organisation::audit(
        c, nip, QStringLiteral("login"), QStringLiteral("akun"), QString::number(accountId), {}, {}, note);
}

AuthService::Outcome AuthService::loggedIn(qint64 accountId)
{
    auto session = loadSession(accountId);
    if (!session)
        return errorOutcome(session.error());
    Outcome outcome;
    outcome.kind = Outcome::Kind::LoggedIn;
    outcome.session = session.value();
    return outcome;
}

Result<Session> AuthService::loadSession(qint64 accountId) const
{
    const auto sessionFrom = [](const SqlQuery& q) {
        Session session;
        session.accountId = q.value(0).toLongLong();
        session.employeeId = q.value(1).toLongLong();
        session.nip = q.value(2).toString();
        session.displayName
            = Employee::displayName(q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
        session.role = roleFromCode(q.value(6).toString()).value_or(Role::Asn);
        session.unitId = q.value(7).toLongLong();
        session.unitName = q.value(8).toString();
        session.indukUnitId = q.value(9).toLongLong();
        session.managedUnitId = q.value(10).toLongLong();
        session.managedUnitName = q.value(11).toString();
        session.otpEnabled = q.value(12).toBool();
        session.mustChangePassword = q.value(13).toBool();
        return session;
    };
    return m_db->readValue([&](QSqlDatabase& c) {
        return queryRequired(c,
            QStringLiteral(
                "SELECT a.id, e.id, e.nip, e.nama, e.gelar_depan, e.gelar_belakang, a.role, u.id, u.name, "
                "COALESCE(u.parent_id, u.id), COALESCE(a.managed_unit_id, 0), COALESCE(m.name, ''), "
                "a.otp_enabled, a.must_change_password FROM accounts a JOIN employees e ON e.id = "
                "a.employee_id "
                "JOIN org_units u ON u.id = e.unit_id LEFT JOIN org_units m ON m.id = a.managed_unit_id "
                "WHERE a.id = ?"),
            Error::notFound(tr("Akun tidak ditemukan.")), sessionFrom, accountId);
    });
}

AuthService::Outcome AuthService::login(const QString& nipText, const QString& password)
{
    const QString nip = normalisedNip(nipText);
    if (nip.isEmpty() || password.isEmpty()) {
        Outcome outcome;
        outcome.message = tr("NIP dan kata sandi wajib diisi.");
        return outcome;
    }
    int attempt = 0;
    if (auto refused = reserveAttempt(nip, &attempt))
        return *refused;

    const auto found = findAccount(*m_db, QStringLiteral("e.nip"), nip);
    if (!found)
        return errorOutcome(found.error());
    const std::optional<AccountRow>& account = found.value();
    if (!account) {
        PasswordHasher::verify(dummyHash(), password); // same cost as a real check
        return fail(nip, attempt, wrongCredentials());
    }
    if (!PasswordHasher::verify(account->passwordHash, password))
        return fail(nip, attempt, wrongCredentials());
    if (!account->active) {
        Outcome outcome;
        outcome.message = tr("Akun ini dinonaktifkan. Hubungi Admin BKPSDM.");
        return outcome;
    }
    if (PasswordHasher::needsRehash(account->passwordHash)) {
        if (const auto rehashed = PasswordHasher::hash(password)) {
            const Status saved = m_db->write([&](QSqlDatabase& c) -> Status {
                SqlQuery q(
                    c, QStringLiteral("UPDATE accounts SET password_hash = ?, updated_at = ? WHERE id = ?"));
                q.bindAll(*rehashed, now(), account->id);
                return q.exec() ? Status() : Status(q.error());
            });
            if (!saved)
                return errorOutcome(saved.error());
        }
    }

    bool needsOtp = account->otpEnabled || account->role != Role::Asn;
    if (!needsOtp) {
        auto required = otpRequiredForAsn();
        if (!required)
            return errorOutcome(required.error());
        needsOtp = required.value();
    }
    if (needsOtp) {
        auto pending = std::shared_ptr<PendingLogin>(new PendingLogin);
        pending->m_accountId = account->id;
        pending->m_nip = nip;
        pending->m_expiresAt = now().addSecs(PendingMinutes * 60);
        Outcome outcome;
        if (account->otpEnabled && !account->otpSecret.isEmpty()) {
            outcome.kind = Outcome::Kind::NeedOtp;
            outcome.message = tr("Masukkan kode OTP dari aplikasi autentikator Anda.");
        } else {
            pending->m_enrolmentSecret = Totp::generateSecret();
            outcome.kind = Outcome::Kind::NeedEnrolment;
            outcome.message = tr("Akun ini wajib memakai kode OTP. Pasang aplikasi autentikator, pindai "
                                 "kode QR, lalu masukkan kode yang tampil.");
            outcome.enrolmentSecret = Base32::encode(pending->m_enrolmentSecret);
            outcome.provisioningUri = Totp::provisioningUri(pending->m_enrolmentSecret, nip);
        }
        outcome.pending = pending;
        // The password was right: this attempt is not a failure. The code is an attempt of its own.
        if (const Status released = releaseAttempt(nip); !released)
            return errorOutcome(released.error());
        return outcome;
    }
    const Status done
        = m_db->write([&](QSqlDatabase& c) -> Status { return finishLogin(c, nip, account->id, {}); });
    if (!done)
        return errorOutcome(done.error());
    return loggedIn(account->id);
}

Result<bool> AuthService::hasAccounts() const
{
    const auto count = m_db->readValue([](QSqlDatabase& c) {
        return queryValue(c, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM accounts LIMIT 1) x"));
    });
    if (!count)
        return count.error();
    return count->toInt() > 0;
}

} // namespace karier
