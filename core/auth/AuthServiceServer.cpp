// SPDX-License-Identifier: GPL-3.0-or-later
// AuthService on a shared PostgreSQL server: each person logs in with their own login role, and the
// server checks the password, the one-time code and the session.
#include "auth/AuthService.h"
#include "auth/AuthServiceDetail.h"
#include "auth/Base32.h"
#include "auth/Totp.h"
#include "org/Organisation.h"
#include "storage/Query.h"

namespace karier {

using namespace authdetail;

DatabaseUrl AuthService::personUrl(const DatabaseUrl& server, const QString& nip, const QString& password)
{
    DatabaseUrl url = server;
    url.user = QStringLiteral("k") + nip;
    url.password = password;
    return url;
}

AuthService::Outcome AuthService::loginToServer(
    const DatabaseUrl& server, const QString& nipText, const QString& password, Clock clock)
{
    const QString nip = normalisedNip(nipText);
    if (nip.isEmpty() || password.isEmpty()) {
        Outcome outcome;
        outcome.message = tr("NIP dan kata sandi wajib diisi.");
        return outcome;
    }
    if (server.isSqlite())
        return errorOutcome(Error::invalid(tr("Login di server hanya untuk database PostgreSQL bersama.")));
    // A person's login never creates or migrates anything (Database refuses an older schema with a
    // message naming karier-cli init).
    auto opened = Database::open(personUrl(server, nip, password), Database::OpenMode::RequireExisting);
    if (!opened) {
        if (opened.error().code == ErrorCode::Unauthenticated) {
            // Unknown NIP, no login role yet, or a wrong password: the server does not tell which, nor
            // does this message. The server delays each refusal (auth_delay, see the README).
            Outcome outcome;
            outcome.message = wrongCredentials();
            return outcome;
        }
        return errorOutcome(opened.error());
    }
    Outcome outcome = AuthService(opened.value(), std::move(clock)).continueOnServer(nip);
    if (outcome.kind == Outcome::Kind::LoggedIn || outcome.kind == Outcome::Kind::NeedOtp
        || outcome.kind == Outcome::Kind::NeedEnrolment)
        outcome.database = opened.value();
    return outcome;
}

AuthService::Outcome AuthService::continueOnServer(const QString& nip)
{
    // Only the columns a person may read of their own row (schema 8): no hash, no secret.
    const auto accountFrom = [](const SqlQuery& q) {
        AccountRow row;
        row.id = q.value(0).toLongLong();
        row.role = roleFromCode(q.value(1).toString()).value_or(Role::Asn);
        row.otpEnabled = q.value(2).toBool();
        row.active = q.value(3).toBool();
        return row;
    };
    const auto found = m_db->readValue([&](QSqlDatabase& c) {
        return queryOne(c,
            QStringLiteral("SELECT a.id, a.role, a.otp_enabled, a.active FROM accounts a JOIN employees e ON "
                           "e.id = a.employee_id WHERE e.nip = ?"),
            accountFrom, nip);
    });
    if (!found)
        return errorOutcome(found.error());
    const AccountRow account = found->value_or(AccountRow());
    const qint64 accountId = account.id;
    if (accountId == 0) {
        Outcome outcome;
        outcome.message = wrongCredentials();
        return outcome;
    }
    if (!account.active) {
        Outcome outcome;
        outcome.message = tr("Akun ini dinonaktifkan. Hubungi Admin BKPSDM.");
        return outcome;
    }
    bool needsOtp = account.otpEnabled || account.role != Role::Asn;
    if (!needsOtp) {
        auto required = otpRequiredForAsn();
        if (!required)
            return errorOutcome(required.error());
        needsOtp = required.value();
    }
    if (!needsOtp) {
        const Status done = m_db->write([&](QSqlDatabase& c) -> Status {
            return Organisation::audit(
                c, nip, QStringLiteral("login"), QStringLiteral("akun"), QString::number(accountId));
        });
        if (!done)
            return errorOutcome(done.error());
        return loggedIn(accountId);
    }
    auto pending = std::shared_ptr<PendingLogin>(new PendingLogin);
    pending->m_accountId = accountId;
    pending->m_nip = nip;
    pending->m_onServer = true;
    pending->m_expiresAt = now().addSecs(PendingMinutes * 60);
    Outcome outcome;
    outcome.pending = pending;
    QString secret;
    if (!account.otpEnabled) {
        // The server makes the secret and keeps it; it is shown once, for the QR code.
        const auto enrolled = m_db->writeValue(
            [](QSqlDatabase& c) { return queryValue(c, QStringLiteral("SELECT karier_otp_enrol()")); });
        if (!enrolled)
            return errorOutcome(enrolled.error());
        secret = enrolled->toString();
    }
    const std::optional<QByteArray> decoded
        = secret.isEmpty() ? std::optional<QByteArray>() : Base32::decode(secret);
    if (!decoded) {
        // Enrolled already (perhaps a moment ago elsewhere): the code of that app.
        outcome.kind = Outcome::Kind::NeedOtp;
        outcome.message = tr("Masukkan kode OTP dari aplikasi autentikator Anda.");
        return outcome;
    }
    pending->m_enrolmentSecret = *decoded;
    outcome.kind = Outcome::Kind::NeedEnrolment;
    outcome.message = tr("Akun ini wajib memakai kode OTP. Pasang aplikasi autentikator, pindai "
                         "kode QR, lalu masukkan kode yang tampil.");
    outcome.enrolmentSecret = secret;
    outcome.provisioningUri = Totp::provisioningUri(*decoded, nip);
    return outcome;
}

AuthService::Outcome AuthService::verifyOnServer(
    const PendingLogin& pending, const QString& code, bool enrolling)
{
    if (now() > pending.m_expiresAt) {
        Outcome outcome;
        outcome.message = expired();
        return outcome;
    }
    QString token;
    int waitSeconds = 0;
    const Status done = m_db->write([&](QSqlDatabase& c) -> Status {
        // Counted by the server before it checks (login_throttle "otp:NIP"); the token it returns is set
        // on this connection at once and joined by the others (Database::setSessionToken).
        const auto verified = queryValue(c, QStringLiteral("SELECT karier_otp_verify(?)"), code);
        if (!verified)
            return verified.error();
        token = verified->toString();
        if (token.isEmpty()) {
            const auto wait = queryValue(c, QStringLiteral("SELECT karier_otp_wait()"));
            if (!wait)
                return wait.error();
            waitSeconds = wait->toInt();
            return {};
        }
        if (enrolling) {
            if (auto logged = Organisation::audit(c, pending.m_nip, QStringLiteral("otp-diaktifkan"),
                    QStringLiteral("akun"), QString::number(pending.m_accountId));
                !logged)
                return logged;
        }
        return Organisation::audit(c, pending.m_nip, QStringLiteral("login"), QStringLiteral("akun"),
            QString::number(pending.m_accountId), {}, {}, QStringLiteral("dengan OTP"));
    });
    if (!done)
        return errorOutcome(done.error());
    if (token.isEmpty()) {
        Outcome outcome;
        if (waitSeconds > 0) {
            outcome.kind = Outcome::Kind::Locked;
            outcome.waitSeconds = waitSeconds;
            outcome.message
                = tr("Terlalu banyak percobaan gagal. Coba lagi dalam %1.").arg(waitText(waitSeconds));
        } else
            outcome.message = wrongCode();
        return outcome;
    }
    m_db->setSessionToken(token);
    return loggedIn(pending.m_accountId);
}

Status AuthService::endServerSession()
{
    if (m_db->isSqlite() || !Database::isPersonLogin(m_db->url().user))
        return {};
    const Status ended = m_db->read([](QSqlDatabase& c) -> Status {
        SqlQuery q(c, QStringLiteral("SELECT karier_session_end()"));
        return q.exec() ? Status() : Status(q.error());
    });
    m_db->setSessionToken({});
    return ended;
}

} // namespace karier
