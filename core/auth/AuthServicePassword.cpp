// SPDX-License-Identifier: GPL-3.0-or-later
// AuthService: the password policy (libpwquality and CrackLib).
#include "auth/AuthService.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <cstring>
#include <libintl.h>
#include <memory>
#include <mutex>
#include <pwquality.h>

namespace karier {

namespace {

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

} // namespace

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

} // namespace karier
