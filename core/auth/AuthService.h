// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <functional>
#include <memory>
#include <optional>

namespace karier {

class AuthService;

/// A login whose password was right but whose one-time code is still missing. Only AuthService
/// makes one, so the UI cannot skip the second step. Valid for five minutes.
class PendingLogin
{
public:
    QString nip() const { return m_nip; }
    QDateTime expiresAt() const { return m_expiresAt; }

private:
    friend class AuthService;
    PendingLogin() = default;
    qint64 m_accountId = 0;
    QString m_nip;
    QByteArray m_enrolmentSecret; ///< set when the account must first enrol an authenticator
    bool m_onServer = false; ///< the server checked the password and checks the code (loginToServer)
    QDateTime m_expiresAt;
};

/// NIP + password + one-time code.
///
/// All functions block (argon2id takes a few hundred milliseconds, the database may be remote):
/// the GUI calls them on a worker thread. Messages never reveal whether a NIP exists.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(karier::AuthService)

public:
    using Clock = std::function<QDateTime()>;

    struct Outcome
    {
        enum class Kind {
            Failed, ///< wrong NIP, password or code (message says which step, never whether the NIP exists)
            Locked, ///< too many failures: waitSeconds until the next try
            NeedOtp, ///< password right; ask for the code of the authenticator app
            NeedEnrolment, ///< password right; the account must first set up an authenticator app
            LoggedIn,
            Error, ///< database trouble
        };
        Kind kind = Kind::Failed;
        QString message;
        int waitSeconds = 0;
        std::optional<Session> session; ///< LoggedIn
        std::shared_ptr<const PendingLogin> pending; ///< NeedOtp, NeedEnrolment
        QString enrolmentSecret; ///< NeedEnrolment: Base32, to type into the app
        QString provisioningUri; ///< NeedEnrolment: otpauth:// URI for the QR code
        /// loginToServer: the database opened as the person (LoggedIn, NeedOtp, NeedEnrolment); the
        /// one-time code is then checked on it, and the app works on it for this person only.
        std::shared_ptr<Database> database;
    };

    /// Failures allowed before a login has to wait; the wait doubles with every further failure up to
    /// MaxWaitSeconds, never longer; failures are forgotten ForgetAfterHours after the last one.
    static constexpr int FreeAttempts = 5;
    static constexpr int FirstWaitSeconds = 30;
    static constexpr int MaxWaitSeconds = 15 * 60;
    static constexpr int ForgetAfterHours = 24;
    static constexpr int MinimumPasswordLength = 10;

    /// Whose password it is: a password containing their NIP (or 8 digits of it, such as the birth date)
    /// or a word of their name is refused. Either may be empty when not known.
    struct PasswordOwner
    {
        QString nip;
        QString name; ///< with or without titles
    };

    explicit AuthService(std::shared_ptr<Database> db, Clock clock = {});

    Outcome login(const QString& nip, const QString& password);
    /// Shared PostgreSQL mode (schema 8): each person connects with their own login role `k<NIP>`, and
    /// the server checks the password (SCRAM) and, for a Pengelola or Admin, the one-time code
    /// (karier_otp_verify, which issues the session token the connection's rights depend on). Opens
    /// \a server (its user and password are ignored) as the person, then goes on as login() does;
    /// verifyOtp() and confirmEnrolment() on outcome.database finish it. Nothing here reads a password
    /// hash or an OTP secret: the person's login cannot. Blocking (network): call it off the GUI thread.
    static Outcome loginToServer(
        const DatabaseUrl& server, const QString& nip, const QString& password, Clock clock = {});
    /// The URL of \a server with the login role of \a nip and \a password.
    static DatabaseUrl personUrl(const DatabaseUrl& server, const QString& nip, const QString& password);
    /// Keluar on a person's connection: the server forgets this connection's session token (the same
    /// person on another workstation stays logged in). Nothing on SQLite or for the owner.
    Status endServerSession();
    Outcome verifyOtp(const PendingLogin& pending, const QString& code);
    /// Finishes enrolment: the first code from the new authenticator proves it was set up.
    Outcome confirmEnrolment(const PendingLogin& pending, const QString& code);

    /// An account checked and with its password hashed (slow: done before any transaction), ready to be
    /// written by insertAccount() inside the caller's transaction.
    struct NewAccount
    {
        QString nip; ///< digits
        Role role = Role::Asn;
        qint64 managedUnitId = 0; ///< Pengelola only
        QString passwordHash;
        QString scramVerifier; ///< the PostgreSQL login role's password (ScramVerifier)
        QByteArray otpSecret; ///< empty: the first login enrols an authenticator app
        bool temporaryPassword = false; ///< to be changed at the first login
    };
    /// Checks the password's strength (against \a nama too, when given) and the role's unit, and hashes
    /// the password.
    /// PostgreSQL: creates or updates the account's own LOGIN role `k<NIP>` (its password and group)
    /// through the server's karier_set_login, in the caller's transaction; nothing on SQLite.
    static Status setLoginRole(QSqlDatabase& c, const QString& nip, const QString& scramVerifier);
    static Result<NewAccount> prepareAccount(const QString& nip, Role role, qint64 managedUnitId,
        const QString& password, const QByteArray& otpSecret = {}, const QString& nama = {});
    /// Writes \a account and its audit entry inside the caller's transaction (the caller has checked who
    /// may create it): the account and its OTP secret are one row written at once, so no account ever
    /// exists without the secret it was given.
    static Result<qint64> insertAccount(QSqlDatabase& c, const QString& actorNip, const NewAccount& account);

    /// Creates the account of an existing employee, with \a otpSecret if given (demo data), in one
    /// transaction. \a actor null means the system itself (karier-cli, first run); otherwise the actor
    /// must be an Admin BKPSDM.
    Result<qint64> createAccount(const Session* actor, const QString& nip, Role role, qint64 managedUnitId,
        const QString& password, const QByteArray& otpSecret = {}, bool temporaryPassword = false);
    /// Clears the authenticator of \a nip: the next login enrols a new one. Admin only (or system).
    Status resetOtp(const Session* actor, const QString& nip);
    /// Lifts the lockout of \a nip (an account's or any typed NIP) and forgets its failures. Admin only;
    /// audited with the admin as actor. Returns whether there was anything to clear.
    Result<bool> clearLockout(const Session& admin, const QString& nip);
    /// The same for karier-cli: the system itself (whoever holds the database credentials).
    Result<bool> clearLockoutAsSystem(const QString& nip);
    /// The new password is checked against the actor's NIP and name and the old password. On a person's
    /// own login to a shared server the old password is checked by logging in with it. A temporary
    /// password is then no longer temporary (on the server: karier_set_password clears the mark).
    Status changePassword(const Session& actor, const QString& oldPassword, const QString& newPassword);
    /// Gives the account of \a nip a new password (checked against its owner's NIP and name), e.g. an
    /// account from before schema 8, whose login role has none yet. Admin only (or the system itself:
    /// \a actor null). Audited; on PostgreSQL done by the server's karier_set_password.
    /// \a temporary: its owner must change it at the next login (AccountAdmin::resetPassword).
    Status setPassword(
        const Session* actor, const QString& nip, const QString& password, bool temporary = false);
    /// Gives an account a known authenticator secret (demo data only, documented in the README).
    Status setOtpSecret(const QString& nip, const QByteArray& secret);
    /// Repairs an account left without the secret it was meant to get (made by a program that wrote the
    /// account and its secret in two transactions and was killed in between): sets \a secret only when
    /// the account has none and its OTP was never reset on purpose (no `otp-direset` audit entry).
    /// Returns whether it set the secret.
    Result<bool> repairOtpSecret(const QString& nip, const QByteArray& secret);

    /// Whether any account exists (first run offers demo data or the first admin otherwise).
    Result<bool> hasAccounts() const;
    /// Whether an ASN must use a one-time code too (setting `otp_required_asn`, default off).
    Result<bool> otpRequiredForAsn() const;
    Status setOtpRequiredForAsn(const Session* actor, bool required);

    /// Empty when \a password may be used for a new or changed password, else the reason in Indonesian:
    /// at least MinimumPasswordLength characters; not common or guessable (libpwquality with CrackLib's
    /// dictionary and a list of local words such as Surakarta); not containing the \a owner's NIP or
    /// name; not (nearly) \a oldPassword. Thread-safe.
    static QString checkPasswordStrength(
        const QString& password, const PasswordOwner& owner = {}, const QString& oldPassword = {});

private:
    /// The password of \a nip is temporary (inside the caller's transaction).
    static Status markTemporary(QSqlDatabase& c, const QString& nip);
    static Status checkNewAccount(
        Role role, qint64 managedUnitId, const QString& password, const PasswordOwner& owner);
    QDateTime now() const;
    /// Counts an attempt for \a nip before anything is checked, in one transaction: a single upsert
    /// takes the next attempt number unless a wait is running (then nothing is counted and Locked is
    /// returned), and the wait that number earns starts at once. So however many attempts arrive at
    /// the same time, only FreeAttempts get their password or code checked before the lock holds.
    std::optional<Outcome> reserveAttempt(const QString& nip, int* attempt);
    /// Gives back the attempt of a right password whose login goes on with a one-time code.
    Status releaseAttempt(const QString& nip);
    /// A wrong password or code: the attempt (already counted) is audited and explained.
    Outcome fail(const QString& nip, int attempt, const QString& message);
    Result<bool> clearLockoutBy(const QString& actorNip, const QString& nip);
    /// Ends a successful login inside the caller's transaction: counters cleared, audit entry written.
    static Status finishLogin(QSqlDatabase& c, const QString& nip, qint64 accountId, const QString& note);
    Outcome loggedIn(qint64 accountId);
    /// An expired or locked second step, or nothing when it may go on (its attempt then reserved).
    std::optional<Outcome> pendingRefused(const PendingLogin& pending, int* attempt);
    Result<Session> loadSession(qint64 accountId) const;
    /// loginToServer's second half, on the person's own connection.
    Outcome continueOnServer(const QString& nip);
    /// verifyOtp and confirmEnrolment of a loginToServer: the server checks the code and counts.
    Outcome verifyOnServer(const PendingLogin& pending, const QString& code, bool enrolling);

    std::shared_ptr<Database> m_db;
    Clock m_clock;
};

} // namespace karier
