// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace karier {

class Database;

/// Ganti kata sandi: the old password, the new one twice; AuthService::changePassword checks the old one
/// (on a shared server by logging in with it) and the policy, whose reason stays in the dialog. Forced:
/// right after a login with a temporary password, before the main window; its Batal is Keluar.
///
/// Object names for tests: oldPasswordEdit, newPasswordEdit, repeatPasswordEdit, errorLabel, saveButton,
/// cancelButton.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Voluntary, Forced };

    ChangePasswordDialog(Mode mode, std::shared_ptr<Database> db, Session session, QWidget* parent = nullptr);

    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void save();

Q_SIGNALS:
    /// After every save attempt.
    void saveFinished(bool ok);

private:
    void setBusy(bool busy);

    std::shared_ptr<Database> m_db;
    Session m_session;
    QLineEdit* m_old = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    bool m_busy = false;
};

} // namespace karier
