// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>
#include <QUrl>

namespace karier {

/// The evidence link of a Tim Kerja entry (URL Bukti Dukung): pure checks, no network.
namespace LinkUrl {

/// Longest accepted link, in characters.
constexpr int MaxLength = 2000;

/// \a text as an absolute http or https URL, or why it is refused (an Indonesian sentence):
/// empty, no scheme ("drive.google.com/…"), another scheme (javascript:, file:, data:, ftp: …),
/// no host, spaces, a user name or password in the link, or longer than MaxLength.
Result<QUrl> parse(const QString& text);

/// Does \a url look like a sign-in page (accounts.google.com, login.microsoftonline.com, a path
/// such as /ServiceLogin, /signin, /login)? A public link that redirects here is not public.
bool isSignInPage(const QUrl& url);

} // namespace LinkUrl

} // namespace karier
