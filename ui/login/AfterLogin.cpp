// SPDX-License-Identifier: GPL-3.0-or-later
#include "login/AfterLogin.h"

#include "login/ChangePasswordDialog.h"
#include "login/LoginDialog.h"

namespace karier {

QObject* continueAfterLogin(LoginDialog& login, std::function<void(const Session&)> open)
{
    const std::optional<Session> session = login.session();
    if (!session)
        return nullptr;
    if (!session->mustChangePassword) {
        open(*session);
        return nullptr;
    }
    auto* change = new ChangePasswordDialog(ChangePasswordDialog::Mode::Forced, login.database(), *session);
    change->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(change, &QDialog::accepted, &login, [open, changed = *session]() mutable {
        changed.mustChangePassword = false;
        open(changed);
    });
    QObject::connect(change, &QDialog::rejected, &login, [&login] {
        login.reset(); // ends the person's server session too
        login.show();
        login.raise();
        login.activateWindow();
    });
    change->show();
    return change;
}

} // namespace karier
