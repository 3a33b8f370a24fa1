// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"

#include <functional>

class QObject;

namespace karier {

class LoginDialog;

/// What follows an accepted login (karier-asn's main): a temporary password is changed first, in
/// ChangePasswordDialog's Forced mode, and only then \a open gets the session (no longer marked); the
/// dialog's Keluar brings the login window back (and ends the person's server session). A session without
/// a temporary password goes to \a open at once. Returns the forced dialog, or nullptr.
QObject* continueAfterLogin(LoginDialog& login, std::function<void(const Session&)> open);

} // namespace karier
