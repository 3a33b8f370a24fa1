// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/LinkUrl.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace karier::LinkUrl {

namespace {

const QString& example()
{
    static const QString text = QStringLiteral("https://drive.google.com/…");
    return text;
}

} // namespace

Result<QUrl> parse(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error::invalid(
            QCoreApplication::translate("karier::LinkUrl", "URL Bukti Dukung wajib diisi."));
    if (text.size() > MaxLength)
        return Error::invalid(QCoreApplication::translate(
            "karier::LinkUrl", "URL Bukti Dukung paling panjang %1 karakter (sekarang %2).")
                                  .arg(MaxLength)
                                  .arg(text.size()));
    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    if (text.contains(whitespace))
        return Error::invalid(QCoreApplication::translate("karier::LinkUrl",
            "URL Bukti Dukung tidak boleh memuat spasi; salin tautan "
            "apa adanya dari Google Drive atau layanan cloud Anda."));

    // What comes before the first ':' is a scheme only if it looks like one (letters, digits, + - .)
    // and is not a host name with a port ("drive.google.com:443/…").
    static const QRegularExpression schemePattern(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):(.*)$"));
    const QRegularExpressionMatch match = schemePattern.match(text);
    const QString scheme = match.hasMatch() ? match.captured(1).toLower() : QString();
    const QString rest = match.hasMatch() ? match.captured(2) : QString();
    static const QRegularExpression portFirst(QStringLiteral("^[0-9]+(/|$)"));
    const bool looksLikeHostWithPort = scheme.contains(QLatin1Char('.')) || rest.contains(portFirst)
        || scheme == QLatin1String("localhost") || scheme == QLatin1String("www");
    if (scheme.isEmpty() || looksLikeHostWithPort)
        return Error::invalid(QCoreApplication::translate("karier::LinkUrl",
            "URL Bukti Dukung harus diawali http:// atau https://, "
            "misalnya %1")
                                  .arg(example()));
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Error::invalid(QCoreApplication::translate("karier::LinkUrl",
            "Tautan \"%1:\" tidak diterima; URL Bukti Dukung hanya boleh "
            "berupa tautan http:// atau https://.")
                                  .arg(scheme));

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Error::invalid(QCoreApplication::translate(
            "karier::LinkUrl", "URL Bukti Dukung tidak sah; salin ulang tautannya."));
    if (url.host().isEmpty() || !rest.startsWith(QLatin1String("//")))
        return Error::invalid(QCoreApplication::translate(
            "karier::LinkUrl", "URL Bukti Dukung harus memuat nama situs, misalnya %1")
                                  .arg(example()));
    if (!url.userInfo().isEmpty())
        return Error::invalid(QCoreApplication::translate("karier::LinkUrl",
            "URL Bukti Dukung tidak boleh memuat nama pengguna atau kata "
            "sandi."));
    return url;
}

bool isSignInPage(const QUrl& url)
{
    const QString host = url.host().toLower();
    static const QStringList signInHosts = {
        QStringLiteral("accounts.google.com"),
        QStringLiteral("login.microsoftonline.com"),
        QStringLiteral("login.live.com"),
        QStringLiteral("login.yahoo.com"),
        QStringLiteral("account.box.com"),
    };
    for (const QString& h : signInHosts) {
        if (host == h)
            return true;
    }
    // A path segment that names a sign-in step: /ServiceLogin, /signin/v2/identifier, /login, /auth/login …
    static const QRegularExpression signInPath(
        QStringLiteral(
            "(^|/)(servicelogin|signin|sign-in|sign_in|login|log-in|logon|auth/login|sso)(/|$|\\.)"),
        QRegularExpression::CaseInsensitiveOption);
    return signInPath.match(url.path()).hasMatch();
}

} // namespace karier::LinkUrl
