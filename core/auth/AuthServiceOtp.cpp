// SPDX-License-Identifier: GPL-3.0-or-later
// AuthService: the one-time code of a local login (its check and the enrolment of an authenticator
// app), an account's OTP secret, and whether an ASN needs a code.
#include "auth/AccessPolicy.h"
#include "auth/AuthService.h"
#include "auth/AuthServiceDetail.h"
#include "auth/Base32.h"
#include "auth/Totp.h"
#include "org/Organisation.h"
#include "storage/Query.h"

namespace karier {

using namespace authdetail;

namespace {

const QString SettingOtpAsn = QStringLiteral("otp_required_asn");

} // namespace

std::optional<AuthService::Outcome> AuthService::pendingRefused(const PendingLogin& pending, int* attempt)
{
    if (now() > pending.m_expiresAt) {
        Outcome outcome;
        outcome.message = expired();
        return outcome;
    }
    return reserveAttempt(pending.m_nip, attempt);
}

AuthService::Outcome AuthService::verifyOtp(const PendingLogin& pending, const QString& code)
{
    if (pending.m_onServer)
        return verifyOnServer(pending, code, false);
    int attempt = 0;
    if (auto refused = pendingRefused(pending, &attempt))
        return *refused;
    const auto found = findAccount(*m_db, QStringLiteral("a.id"), pending.m_accountId);
    if (!found)
        return errorOutcome(found.error());
    const std::optional<AccountRow>& account = found.value();
    if (!account || !account->otpEnabled || !account->active)
        return fail(pending.m_nip, attempt, wrongCode());
    const auto secret = Base32::decode(account->otpSecret);
    if (!secret) {
        (void)releaseAttempt(pending.m_nip); // not the user's failure
        return errorOutcome(Error::database(tr("Kunci OTP akun ini rusak. Minta Admin BKPSDM mengatur "
                                               "ulang OTP.")));
    }
    const auto step = Totp::verify(*secret, code, now().toSecsSinceEpoch(), account->otpLastStep);
    if (!step)
        return fail(pending.m_nip, attempt, wrongCode());

    bool accepted = false;
    const Status done = m_db->write([&](QSqlDatabase& c) -> Status {
        // The step only moves forward: the same code cannot log in twice, not even from two workstations at
        // once.
        SqlQuery q(
            c, QStringLiteral("UPDATE accounts SET otp_last_step = ? WHERE id = ? AND otp_last_step < ?"));
        q.bindAll(static_cast<qint64>(*step), pending.m_accountId, static_cast<qint64>(*step));
        if (!q.exec())
            return q.error();
        accepted = q.rowsAffected() == 1;
        if (!accepted)
            return {};
        return finishLogin(c, pending.m_nip, pending.m_accountId, QStringLiteral("dengan OTP"));
    });
    if (!done)
        return errorOutcome(done.error());
    if (!accepted)
        return fail(pending.m_nip, attempt, wrongCode());
    return loggedIn(pending.m_accountId);
}

AuthService::Outcome AuthService::confirmEnrolment(const PendingLogin& pending, const QString& code)
{
    if (pending.m_onServer)
        return verifyOnServer(pending, code, !pending.m_enrolmentSecret.isEmpty());
    if (pending.m_enrolmentSecret.isEmpty())
        return verifyOtp(pending, code);
    int attempt = 0;
    if (auto refused = pendingRefused(pending, &attempt))
        return *refused;
    const auto step = Totp::verify(pending.m_enrolmentSecret, code, now().toSecsSinceEpoch(), 0);
    if (!step)
        return fail(pending.m_nip, attempt, wrongCode());
    bool accepted = false;
    const Status done = m_db->write([&](QSqlDatabase& c) -> Status {
        // Only if nobody enrolled this account meanwhile (otp_enabled still false).
        SqlQuery q(c,
            QStringLiteral("UPDATE accounts SET otp_secret = ?, otp_enabled = ?, otp_last_step = ?, "
                           "version = version + 1, updated_at = ? WHERE id = ? AND otp_enabled = ?"));
        q.bindAll(Base32::encode(pending.m_enrolmentSecret), true, static_cast<qint64>(*step), now(),
            pending.m_accountId, false);
        if (!q.exec())
            return q.error();
        accepted = q.rowsAffected() == 1;
        if (!accepted)
            return {};
        if (auto logged = Organisation::audit(c, pending.m_nip, QStringLiteral("otp-diaktifkan"),
                QStringLiteral("akun"), QString::number(pending.m_accountId));
            !logged)
            return logged;
        return finishLogin(c, pending.m_nip, pending.m_accountId, QStringLiteral("dengan OTP"));
    });
    if (!done)
        return errorOutcome(done.error());
    if (!accepted) {
        (void)releaseAttempt(pending.m_nip); // the code was right, for an enrolment someone else finished
        Outcome outcome;
        outcome.message = tr("OTP akun ini sudah diaktifkan dari tempat lain. Silakan masuk lagi.");
        return outcome;
    }
    return loggedIn(pending.m_accountId);
}

Status AuthService::setOtpSecret(const QString& nipText, const QByteArray& secret)
{
    const QString nip = normalisedNip(nipText);
    return m_db->write([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c,
            QStringLiteral("UPDATE accounts SET otp_secret = ?, otp_enabled = ?, version = version + 1 "
                           "WHERE employee_id = (SELECT id FROM employees WHERE nip = ?)"));
        q.bindAll(Base32::encode(secret), true, nip);
        if (!q.exec())
            return q.error();
        if (q.rowsAffected() != 1)
            return Error::notFound(tr("Akun dengan NIP %1 tidak ditemukan.").arg(nip));
        return {};
    });
}

Result<bool> AuthService::repairOtpSecret(const QString& nipText, const QByteArray& secret)
{
    if (secret.isEmpty())
        return false;
    const QString nip = normalisedNip(nipText);
    bool repaired = false;
    const Status status = m_db->write([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c,
            QStringLiteral(
                "UPDATE accounts SET otp_secret = ?, otp_enabled = ?, otp_last_step = 0, "
                "version = version + 1, updated_at = ? "
                "WHERE employee_id = (SELECT id FROM employees WHERE nip = ?) AND otp_secret IS NULL "
                "AND NOT EXISTS (SELECT 1 FROM audit_log WHERE action = 'otp-direset' AND "
                "entity = 'akun' AND entity_id = ?)"));
        q.bindAll(Base32::encode(secret), true, now(), nip, nip);
        if (!q.exec())
            return q.error();
        repaired = q.rowsAffected() == 1;
        if (!repaired)
            return {};
        return Organisation::audit(
            c, QString(), QStringLiteral("otp-dipulihkan"), QStringLiteral("akun"), nip);
    });
    if (!status)
        return status.error();
    return repaired;
}

Result<bool> AuthService::otpRequiredForAsn() const
{
    const auto required = m_db->readValue([](QSqlDatabase& c) {
        return queryOne(
            c, QStringLiteral("SELECT value FROM app_settings WHERE key = ?"),
            [](const SqlQuery& q) { return q.value(0).toString() == QLatin1String("1"); }, SettingOtpAsn);
    });
    if (!required)
        return required.error();
    return required->value_or(false);
}

Status AuthService::setOtpRequiredForAsn(const Session* actor, bool required)
{
    if (auto allowed = AccessPolicy::requireUnlessSystem(actor, Permission::ManageSharedSettings); !allowed)
        return allowed;
    const QString value = required ? QStringLiteral("1") : QStringLiteral("0");
    return m_db->write([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c,
            QStringLiteral("INSERT INTO app_settings (key, value, updated_at) VALUES (?, ?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                           "version = app_settings.version + 1, updated_at = excluded.updated_at"));
        q.bindAll(SettingOtpAsn, value, now());
        if (!q.exec())
            return q.error();
        return Organisation::audit(c, actor ? actor->nip : QString(), QStringLiteral("pengaturan-diubah"),
            QStringLiteral("pengaturan"), SettingOtpAsn, {}, value);
    });
}

} // namespace karier
