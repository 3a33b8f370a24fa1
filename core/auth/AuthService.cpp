// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/AuthService.h"

#include "auth/AccessPolicy.h"
#include "auth/Base32.h"
#include "auth/PasswordHasher.h"
#include "auth/ScramVerifier.h"
#include "auth/Totp.h"
#include "org/Organisation.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <cstring>
#include <libintl.h>
#include <mutex>
#include <pwquality.h>

namespace karier {

namespace {

const char* const WrongCredentials = "NIP atau kata sandi salah.";
const char* const WrongCode = "Kode OTP salah atau sudah dipakai. Periksa jam komputer dan ponsel Anda, lalu "
                              "masukkan kode yang sedang tampil.";
const char* const Expired = "Waktu memasukkan kode habis. Silakan masuk lagi dengan NIP dan kata sandi.";
constexpr int PendingMinutes = 5;
const QString SettingOtpAsn = QStringLiteral("otp_required_asn");

/// A hash of a random password: unknown NIPs are verified against it so that they take as long as known ones.
const QString& dummyHash()
{
    static const QString hash
        = PasswordHasher::hash(Base32::encode(Totp::generateSecret())).value_or(QStringLiteral("$argon2id$"));
    return hash;
}

QString normalisedNip(const QString& nip)
{
    QString digits;
    for (const QChar ch : nip) {
        if (!ch.isSpace())
            digits.append(ch);
    }
    return digits.left(64);
}

/// The wait that attempt number \a attempt starts: none for the free ones, then 30 s doubling up to 15 min.
int waitSecondsFor(int attempt)
{
    if (attempt < AuthService::FreeAttempts)
        return 0;
    const int doublings = std::min(attempt - AuthService::FreeAttempts, 10);
    return std::min(AuthService::FirstWaitSeconds << doublings, AuthService::MaxWaitSeconds);
}

// ---- password policy (libpwquality) ----

/// Local words a password must not contain (lower case, at least 4 letters; also reversed): the city,
/// the application and the Indonesian words people reach for first. CrackLib's dictionary is English.
const char* const LocalBadWords = "surakarta solo karier bkpsdm pemkot sandi rahasia bismillah indonesia "
                                  "merdeka sayang";

/// CrackLib (under libpwquality) keeps its open dictionary in a static variable: one check at a time.
std::mutex& pwqualityMutex()
{
    static std::mutex mutex;
    return mutex;
}

/// CrackLib's reason, compared with its message as translated in this locale (gettext domain
/// "cracklib"), since that is what libpwquality hands back.
bool isCracklibMessage(const void* auxerror, const char* msgid)
{
    return auxerror && std::strcmp(static_cast<const char*>(auxerror), dgettext("cracklib", msgid)) == 0;
}

QString tooSimple()
{
    return QCoreApplication::translate("karier::AuthService",
        "Kata sandi terlalu sederhana; gunakan campuran huruf besar, huruf kecil, angka atau tanda baca.");
}

QString reasonFor(int code, const void* auxerror)
{
    switch (code) {
    case PWQ_ERROR_MIN_LENGTH:
        return QCoreApplication::translate("karier::AuthService", "Kata sandi minimal %1 karakter.")
            .arg(AuthService::MinimumPasswordLength);
    case PWQ_ERROR_USER_CHECK:
    case PWQ_ERROR_GECOS_CHECK:
        return QCoreApplication::translate("karier::AuthService", "Kata sandi memuat NIP atau nama Anda.");
    case PWQ_ERROR_BAD_WORDS:
        return QCoreApplication::translate("karier::AuthService",
            "Kata sandi memuat kata yang mudah ditebak (misalnya Surakarta, sandi atau rahasia).");
    case PWQ_ERROR_SAME_PASSWORD:
        return QCoreApplication::translate(
            "karier::AuthService", "Kata sandi baru sama dengan kata sandi lama.");
    case PWQ_ERROR_CASE_CHANGES_ONLY:
    case PWQ_ERROR_TOO_SIMILAR:
    case PWQ_ERROR_ROTATED:
        return QCoreApplication::translate(
            "karier::AuthService", "Kata sandi baru terlalu mirip kata sandi lama.");
    case PWQ_ERROR_CRACKLIB_CHECK:
        if (isCracklibMessage(auxerror, "it is based on a dictionary word")
            || isCracklibMessage(auxerror, "it is based on a (reversed) dictionary word"))
            return QCoreApplication::translate(
                "karier::AuthService", "Kata sandi terlalu mirip kata dalam kamus.");
        if (isCracklibMessage(auxerror, "error loading dictionary"))
            return QCoreApplication::translate("karier::AuthService",
                "Kamus pemeriksa kata sandi tidak dapat dibaca (paket cracklib-runtime), jadi kata "
                "sandi belum dapat diperiksa. Hubungi administrator.");
        return tooSimple(); // too simplistic/systematic, not enough different characters, whitespace …
    case PWQ_ERROR_EMPTY_PASSWORD:
    case PWQ_ERROR_MIN_DIGITS:
    case PWQ_ERROR_MIN_UPPERS:
    case PWQ_ERROR_MIN_LOWERS:
    case PWQ_ERROR_MIN_OTHERS:
    case PWQ_ERROR_MIN_CLASSES:
    case PWQ_ERROR_MAX_CONSECUTIVE:
    case PWQ_ERROR_MAX_CLASS_REPEAT:
    case PWQ_ERROR_MAX_SEQUENCE:
    case PWQ_ERROR_PALINDROME:
        return tooSimple();
    default: // out of memory, a setting refused: never let an unchecked password through
        return QCoreApplication::translate(
            "karier::AuthService", "Kata sandi tidak dapat diperiksa (libpwquality, kode %1). Coba lagi.")
            .arg(code);
    }
}

/// One libpwquality check: the reason, or empty when it passes. \a user is what the password must not
/// contain; \a userSubstring > 0 refuses any run of that many of its characters too. \a full adds the
/// local words and CrackLib's dictionary.
QString pwqualityCheck(const QByteArray& password, const QByteArray& oldPassword, const QByteArray& user,
    int userSubstring, bool full)
{
    // Built-in defaults only: /etc/security/pwquality.conf is the system's policy for Unix accounts.
    std::unique_ptr<pwquality_settings_t, decltype(&pwquality_free_settings)> settings(
        pwquality_default_settings(), &pwquality_free_settings);
    if (!settings)
        return reasonFor(PWQ_ERROR_MEM_ALLOC, nullptr);
    int set
        = pwquality_set_int_value(settings.get(), PWQ_SETTING_MIN_LENGTH, AuthService::MinimumPasswordLength);
    if (set == 0)
        set = pwquality_set_int_value(settings.get(), PWQ_SETTING_USER_SUBSTR, userSubstring);
    if (set == 0)
        set = pwquality_set_int_value(settings.get(), PWQ_SETTING_DICT_CHECK, full ? 1 : 0);
    if (set == 0 && full)
        set = pwquality_set_str_value(settings.get(), PWQ_SETTING_BAD_WORDS, LocalBadWords);
    if (set != 0)
        return reasonFor(set, nullptr);
    void* auxerror = nullptr;
    int code = 0;
    QString reason;
    {
        const std::lock_guard<std::mutex> lock(pwqualityMutex());
        code = pwquality_check(settings.get(), password.constData(),
            oldPassword.isEmpty() ? nullptr : oldPassword.constData(),
            user.isEmpty() ? nullptr : user.constData(), &auxerror);
        // Read CrackLib's message (a static string) while no other check can run.
        if (code < 0)
            reason = reasonFor(code, auxerror);
    }
    return reason;
}

/// The words of a name that a password must not contain: letters only (titles such as "S.Kom." fall
/// apart into short pieces), at least 4 of them, lower case.
QList<QByteArray> nameWords(const QString& name)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}]+"));
    QList<QByteArray> words;
    for (const QString& word : name.split(separators, Qt::SkipEmptyParts)) {
        if (word.size() >= 4)
            words.append(word.toLower().toUtf8());
    }
    return words;
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

/// PostgreSQL (schema 9): account changes go through the server's functions, which check who asks.
bool onServer(const QSqlDatabase& c)
{
    return c.driverName() == QLatin1String("QPSQL");
}

struct AccountRow
{
    qint64 id = 0;
    QString passwordHash;
    Role role = Role::Asn;
    bool otpEnabled = false;
    QString otpSecret;
    quint64 otpLastStep = 0;
    bool active = true;
};

Result<std::optional<AccountRow>> findAccount(
    QSqlDatabase& c, const QString& whereColumn, const QVariant& key)
{
    SqlQuery q(c,
        QStringLiteral("SELECT a.id, a.password_hash, a.role, a.otp_enabled, COALESCE(a.otp_secret, ''), "
                       "a.otp_last_step, a.active FROM accounts a JOIN employees e ON e.id = a.employee_id "
                       "WHERE ")
            + whereColumn + QStringLiteral(" = ?"));
    q.bind(key);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return std::optional<AccountRow>();
    AccountRow row;
    row.id = q.value(0).toLongLong();
    row.passwordHash = q.value(1).toString();
    row.role = roleFromCode(q.value(2).toString()).value_or(Role::Asn);
    row.otpEnabled = q.value(3).toBool();
    row.otpSecret = q.value(4).toString();
    row.otpLastStep = q.value(5).toULongLong();
    row.active = q.value(6).toBool();
    return std::optional<AccountRow>(row);
}

} // namespace

AuthService::AuthService(std::shared_ptr<Database> db, Clock clock)
    : m_db(std::move(db)), m_clock(std::move(clock))
{
    PasswordHasher::initialise();
}

QDateTime AuthService::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QString AuthService::checkPasswordStrength(
    const QString& password, const PasswordOwner& owner, const QString& oldPassword)
{
    if (password.size() < MinimumPasswordLength)
        return tr("Kata sandi minimal %1 karakter.").arg(MinimumPasswordLength);
    const QByteArray utf8 = password.toUtf8();
    const QByteArray old = oldPassword.toUtf8();
    // The owner first, so that "Santoso2026" is refused for containing the name rather than as a word.
    QString nipDigits;
    for (const QChar ch : owner.nip) {
        if (ch.isDigit())
            nipDigits.append(ch);
    }
    if (!nipDigits.isEmpty()) {
        // Any 8 digits in a row of the NIP: its birth date (yyyymmdd), its TMT and the rest.
        if (QString reason = pwqualityCheck(utf8, old, nipDigits.toLatin1(), 8, false); !reason.isEmpty())
            return reason;
    }
    for (const QByteArray& word : nameWords(owner.name)) {
        if (QString reason = pwqualityCheck(utf8, old, word, 0, false); !reason.isEmpty())
            return reason;
    }
    if (QString reason = pwqualityCheck(utf8, old, {}, 0, true); !reason.isEmpty())
        return reason;
    // Digits only (a date, a telephone number) that CrackLib did not see through.
    if (std::all_of(password.cbegin(), password.cend(), [](QChar ch) { return ch.isDigit(); }))
        return tr("Kata sandi tidak boleh hanya angka (misalnya tanggal lahir atau NIP).");
    return {};
}

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
            SqlQuery q(c, QStringLiteral("SELECT locked_until FROM login_throttle WHERE nip = ?"));
            q.bind(nip);
            if (!q.exec())
                return q.error();
            if (q.next())
                lockedUntil = sqlDateTime(q.value(0));
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

std::optional<AuthService::Outcome> AuthService::pendingRefused(const PendingLogin& pending, int* attempt)
{
    if (now() > pending.m_expiresAt) {
        Outcome outcome;
        outcome.message = QString::fromUtf8(Expired);
        return outcome;
    }
    return reserveAttempt(pending.m_nip, attempt);
}

Result<Session> AuthService::loadSession(qint64 accountId)
{
    Session session;
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c,
            QStringLiteral(
                "SELECT a.id, e.id, e.nip, e.nama, e.gelar_depan, e.gelar_belakang, a.role, u.id, u.name, "
                "COALESCE(u.parent_id, u.id), COALESCE(a.managed_unit_id, 0), COALESCE(m.name, ''), "
                "a.otp_enabled FROM accounts a JOIN employees e ON e.id = a.employee_id "
                "JOIN org_units u ON u.id = e.unit_id LEFT JOIN org_units m ON m.id = a.managed_unit_id "
                "WHERE a.id = ?"));
        q.bind(accountId);
        if (!q.exec())
            return q.error();
        if (!q.next())
            return Error::notFound(tr("Akun tidak ditemukan."));
        Employee e;
        e.nama = q.value(3).toString();
        e.gelarDepan = q.value(4).toString();
        e.gelarBelakang = q.value(5).toString();
        session.accountId = q.value(0).toLongLong();
        session.employeeId = q.value(1).toLongLong();
        session.nip = q.value(2).toString();
        session.displayName = e.displayName();
        session.role = roleFromCode(q.value(6).toString()).value_or(Role::Asn);
        session.unitId = q.value(7).toLongLong();
        session.unitName = q.value(8).toString();
        session.indukUnitId = q.value(9).toLongLong();
        session.managedUnitId = q.value(10).toLongLong();
        session.managedUnitName = q.value(11).toString();
        session.otpEnabled = q.value(12).toBool();
        return {};
    });
    if (!status)
        return status.error();
    return session;
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

    std::optional<AccountRow> account;
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        auto found = findAccount(c, QStringLiteral("e.nip"), nip);
        if (!found)
            return found.error();
        account = found.value();
        return {};
    });
    if (!status)
        return errorOutcome(status.error());
    if (!account) {
        PasswordHasher::verify(dummyHash(), password); // same cost as a real check
        return fail(nip, attempt, QString::fromUtf8(WrongCredentials));
    }
    if (!PasswordHasher::verify(account->passwordHash, password))
        return fail(nip, attempt, QString::fromUtf8(WrongCredentials));
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

AuthService::Outcome AuthService::verifyOtp(const PendingLogin& pending, const QString& code)
{
    if (pending.m_onServer)
        return verifyOnServer(pending, code, false);
    int attempt = 0;
    if (auto refused = pendingRefused(pending, &attempt))
        return *refused;
    std::optional<AccountRow> account;
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        auto found = findAccount(c, QStringLiteral("a.id"), pending.m_accountId);
        if (!found)
            return found.error();
        account = found.value();
        return {};
    });
    if (!status)
        return errorOutcome(status.error());
    if (!account || !account->otpEnabled || !account->active)
        return fail(pending.m_nip, attempt, QString::fromUtf8(WrongCode));
    const auto secret = Base32::decode(account->otpSecret);
    if (!secret) {
        (void)releaseAttempt(pending.m_nip); // not the user's failure
        return errorOutcome(Error::database(tr("Kunci OTP akun ini rusak. Minta Admin BKPSDM mengatur "
                                               "ulang OTP.")));
    }
    const auto step = Totp::verify(*secret, code, now().toSecsSinceEpoch(), account->otpLastStep);
    if (!step)
        return fail(pending.m_nip, attempt, QString::fromUtf8(WrongCode));

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
        return fail(pending.m_nip, attempt, QString::fromUtf8(WrongCode));
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
        return fail(pending.m_nip, attempt, QString::fromUtf8(WrongCode));
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
            outcome.message = QString::fromUtf8(WrongCredentials);
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
    qint64 accountId = 0;
    Role role = Role::Asn;
    bool otpEnabled = false;
    bool active = false;
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c,
            QStringLiteral("SELECT a.id, a.role, a.otp_enabled, a.active FROM accounts a JOIN employees e ON "
                           "e.id = a.employee_id WHERE e.nip = ?"));
        q.bind(nip);
        if (!q.exec())
            return q.error();
        if (q.next()) {
            accountId = q.value(0).toLongLong();
            role = roleFromCode(q.value(1).toString()).value_or(Role::Asn);
            otpEnabled = q.value(2).toBool();
            active = q.value(3).toBool();
        }
        return {};
    });
    if (!status)
        return errorOutcome(status.error());
    if (accountId == 0) {
        Outcome outcome;
        outcome.message = QString::fromUtf8(WrongCredentials);
        return outcome;
    }
    if (!active) {
        Outcome outcome;
        outcome.message = tr("Akun ini dinonaktifkan. Hubungi Admin BKPSDM.");
        return outcome;
    }
    bool needsOtp = otpEnabled || role != Role::Asn;
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
    if (!otpEnabled) {
        // The server makes the secret and keeps it; it is shown once, for the QR code.
        const Status enrolled = m_db->write([&](QSqlDatabase& c) -> Status {
            SqlQuery q(c, QStringLiteral("SELECT karier_otp_enrol()"));
            if (!q.exec() || !q.next())
                return q.error();
            secret = q.value(0).toString();
            return {};
        });
        if (!enrolled)
            return errorOutcome(enrolled.error());
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
        outcome.message = QString::fromUtf8(Expired);
        return outcome;
    }
    QString token;
    int waitSeconds = 0;
    const Status done = m_db->write([&](QSqlDatabase& c) -> Status {
        // Counted by the server before it checks (login_throttle "otp:NIP"); the token it returns is set
        // on this connection at once and joined by the others (Database::setSessionToken).
        SqlQuery verify(c, QStringLiteral("SELECT karier_otp_verify(?)"));
        verify.bind(code);
        if (!verify.exec() || !verify.next())
            return verify.error();
        token = verify.value(0).toString();
        if (token.isEmpty()) {
            SqlQuery wait(c, QStringLiteral("SELECT karier_otp_wait()"));
            if (!wait.exec() || !wait.next())
                return wait.error();
            waitSeconds = wait.value(0).toInt();
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
            outcome.message = QString::fromUtf8(WrongCode);
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

Result<qint64> AuthService::insertAccount(QSqlDatabase& c, const QString& actorNip, const NewAccount& account)
{
    SqlQuery employee(c,
        QStringLiteral("SELECT e.id, a.id FROM employees e LEFT JOIN accounts a ON "
                       "a.employee_id = e.id WHERE e.nip = ?"));
    employee.bind(account.nip);
    if (!employee.exec())
        return employee.error();
    if (!employee.next())
        return Error::notFound(tr("Pegawai dengan NIP %1 belum terdaftar.").arg(account.nip));
    if (!employee.value(1).isNull())
        return Error::conflict(tr("NIP %1 sudah memiliki akun.").arg(account.nip));
    if (account.managedUnitId > 0) {
        SqlQuery unit(c, QStringLiteral("SELECT parent_id FROM org_units WHERE id = ?"));
        unit.bind(account.managedUnitId);
        if (!unit.exec())
            return unit.error();
        if (!unit.next() || !unit.value(0).isNull())
            return Error::invalid(tr("Unit yang dikelola harus sebuah Perangkat Daerah (Induk Satker)."));
    }
    const bool withSecret = !account.otpSecret.isEmpty();
    const QVariant unit = account.managedUnitId > 0 ? QVariant(account.managedUnitId) : QVariant();
    const QVariant secret = withSecret ? QVariant(Base32::encode(account.otpSecret)) : QVariant();
    // PostgreSQL: through the server's function, which checks who asks (schema 9).
    SqlQuery insert(c,
        onServer(c)
            ? QStringLiteral("SELECT karier_create_account(?, ?, ?, ?, ?)")
            : QStringLiteral(
                "INSERT INTO accounts (employee_id, role, managed_unit_id, password_hash, otp_secret, "
                "otp_enabled) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    if (onServer(c))
        insert.bindAll(account.nip, roleCode(account.role), unit, account.passwordHash, secret);
    else
        insert.bindAll(employee.value(0).toLongLong(), roleCode(account.role), unit, account.passwordHash,
            secret, withSecret);
    if (!insert.exec() || !insert.next())
        return insert.error();
    const qint64 id = insert.value(0).toLongLong();
    if (auto role = setLoginRole(c, account.nip, account.scramVerifier); !role)
        return role.error();
    if (auto audited = Organisation::audit(c, actorNip, QStringLiteral("akun-dibuat"), QStringLiteral("akun"),
            QString::number(id), {}, roleCode(account.role));
        !audited)
        return audited.error();
    return id;
}

Result<qint64> AuthService::createAccount(const Session* actor, const QString& nipText, Role role,
    qint64 managedUnitId, const QString& password, const QByteArray& otpSecret)
{
    if (actor) {
        if (auto allowed = AccessPolicy::require(*actor, Permission::ManageAccounts); !allowed)
            return allowed.error();
    }
    if (auto valid = checkNewAccount(role, managedUnitId, password, {nipText, {}}); !valid)
        return valid.error();
    // An existing account is refused before the password is hashed (a few hundred milliseconds);
    // insertAccount checks again inside the transaction. The employee's name is read for the password
    // check.
    const QString nip = normalisedNip(nipText);
    QString nama;
    const Status exists = m_db->read([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c,
            QStringLiteral(
                "SELECT e.nama, a.id FROM employees e LEFT JOIN accounts a ON a.employee_id = e.id "
                "WHERE e.nip = ?"));
        q.bind(nip);
        if (!q.exec())
            return q.error();
        if (q.next()) {
            if (!q.value(1).isNull())
                return Error::conflict(tr("NIP %1 sudah memiliki akun.").arg(nip));
            nama = q.value(0).toString();
        }
        return {};
    });
    if (!exists)
        return exists.error();
    const auto account = prepareAccount(nip, role, managedUnitId, password, otpSecret, nama);
    if (!account)
        return account.error();
    qint64 id = 0;
    const Status status = m_db->write([&](QSqlDatabase& c) -> Status {
        auto inserted = insertAccount(c, actor ? actor->nip : QString(), account.value());
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
    if (actor) {
        if (auto allowed = AccessPolicy::require(*actor, Permission::ManageAccounts); !allowed)
            return allowed;
    }
    const QString nip = normalisedNip(nipText);
    return m_db->write([&](QSqlDatabase& c) -> Status {
        bool found = false;
        if (onServer(c)) {
            // Through the server's function, which checks who asks and ends the person's sessions.
            SqlQuery q(c, QStringLiteral("SELECT karier_reset_otp(?)"));
            q.bind(nip);
            if (!q.exec() || !q.next())
                return q.error();
            found = q.value(0).toBool();
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
    QString currentHash;
    QString nama;
    const Status read = m_db->read([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c,
            person
                ? QStringLiteral("SELECT '', e.nama FROM accounts a JOIN employees e ON e.id = a.employee_id "
                                 "WHERE a.id = ?")
                : QStringLiteral("SELECT a.password_hash, e.nama FROM accounts a JOIN employees e ON e.id = "
                                 "a.employee_id WHERE a.id = ?"));
        q.bind(actor.accountId);
        if (!q.exec())
            return q.error();
        if (!q.next())
            return Error::notFound(tr("Akun tidak ditemukan."));
        currentHash = q.value(0).toString();
        nama = q.value(1).toString();
        return {};
    });
    if (!read)
        return read;
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
            SqlQuery q(c, QStringLiteral("SELECT karier_set_password(?, ?, ?)"));
            q.bindAll(actor.nip, *hash, verifier);
            if (!q.exec() || !q.next())
                return q.error();
            return Organisation::audit(c, actor.nip, QStringLiteral("sandi-diubah"), QStringLiteral("akun"),
                QString::number(actor.accountId));
        });
    return m_db->write([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c,
            QStringLiteral("UPDATE accounts SET password_hash = ?, version = version + 1, updated_at = ? "
                           "WHERE id = ?"));
        q.bindAll(*hash, now(), actor.accountId);
        if (!q.exec())
            return q.error();
        if (auto role = setLoginRole(c, actor.nip, verifier); !role)
            return role;
        return Organisation::audit(c, actor.nip, QStringLiteral("sandi-diubah"), QStringLiteral("akun"),
            QString::number(actor.accountId));
    });
}

Status AuthService::setPassword(const Session* actor, const QString& nipText, const QString& password)
{
    if (actor) {
        if (auto allowed = AccessPolicy::require(*actor, Permission::ManageAccounts); !allowed)
            return allowed;
    }
    const QString nip = normalisedNip(nipText);
    QString nama;
    qint64 accountId = 0;
    const Status read = m_db->read([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c,
            QStringLiteral(
                "SELECT a.id, e.nama FROM accounts a JOIN employees e ON e.id = a.employee_id WHERE "
                "e.nip = ?"));
        q.bind(nip);
        if (!q.exec())
            return q.error();
        if (q.next()) {
            accountId = q.value(0).toLongLong();
            nama = q.value(1).toString();
        }
        return {};
    });
    if (!read)
        return read;
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
            SqlQuery q(c, QStringLiteral("SELECT karier_set_password(?, ?, ?)"));
            q.bindAll(nip, *hash, verifier);
            if (!q.exec() || !q.next())
                return q.error();
        } else {
            SqlQuery q(c,
                QStringLiteral(
                    "UPDATE accounts SET password_hash = ?, version = version + 1, updated_at = ? WHERE "
                    "id = ?"));
            q.bindAll(*hash, now(), accountId);
            if (!q.exec())
                return q.error();
        }
        return Organisation::audit(c, actor ? actor->nip : QString(), QStringLiteral("sandi-diatur"),
            QStringLiteral("akun"), QString::number(accountId));
    });
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

Result<bool> AuthService::hasAccounts()
{
    bool any = false;
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM accounts LIMIT 1) x"));
        if (!q.exec() || !q.next())
            return q.error();
        any = q.value(0).toInt() > 0;
        return {};
    });
    if (!status)
        return status.error();
    return any;
}

Result<bool> AuthService::otpRequiredForAsn()
{
    bool required = false;
    const Status status = m_db->read([&](QSqlDatabase& c) -> Status {
        SqlQuery q(c, QStringLiteral("SELECT value FROM app_settings WHERE key = ?"));
        q.bind(SettingOtpAsn);
        if (!q.exec())
            return q.error();
        if (q.next())
            required = q.value(0).toString() == QLatin1String("1");
        return {};
    });
    if (!status)
        return status.error();
    return required;
}

Status AuthService::setOtpRequiredForAsn(const Session* actor, bool required)
{
    if (actor) {
        if (auto allowed = AccessPolicy::require(*actor, Permission::ManageSharedSettings); !allowed)
            return allowed;
    }
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
