// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/AccountAdmin.h"
#include "auth/Session.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QCompleter;
class QStandardItemModel;
class QLabel;
class QLineEdit;
class QPushButton;

namespace karier {

class Database;

/// The Pengguna page's dialogs that ask for values: Tambah akun (NIP of an existing employee, role, the
/// Perangkat Daerah of a Pengelola, a temporary password), Ubah peran (role and unit) and Atur ulang kata
/// sandi (a temporary password). Simpan runs the AccountAdmin call on a worker; a refusal stays in the
/// dialog (errorLabel), success accepts it and message() says what was done.
///
/// Tambah akun finds the employee by NIP or by name: typing three or more letters offers up to eight
/// matching employees (searched in SQL on a worker) in a list under the field; choosing one fills in the
/// NIP.
///
/// Object names for tests: nipEdit, employeeLabel, roleCombo, unitCombo, passwordEdit, generateButton,
/// errorLabel, saveButton, cancelButton.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, ChangeRole, ResetPassword };

    /// \a account: the account changed (ChangeRole, ResetPassword); ignored for Create.
    AccountDialog(Mode mode, std::shared_ptr<Database> db, Session admin, const AccountSummary& account,
        QWidget* parent = nullptr);

    /// What was done, for the page's banner (after accept).
    QString message() const { return m_message; }
    /// The NIP of the account made or changed.
    QString nip() const;
    /// Tambah akun: the employees offered for the typed text (for tests).
    QCompleter* completer() const { return m_completer; }
    bool isBusy() const { return m_busy; }
    /// A random password that the policy accepts (Buat otomatis).
    static QString generatePassword();

public Q_SLOTS:
    void save();

Q_SIGNALS:
    /// After every save attempt.
    void saveFinished(bool ok);

private:
    void updateUnit();
    /// Shows whose NIP is typed, or offers the employees whose name or NIP holds the text (Tambah akun).
    void lookUpEmployee();
    void offerEmployees(const QString& text);
    void setBusy(bool busy);

    Mode m_mode;
    std::shared_ptr<Database> m_db;
    Session m_admin;
    AccountSummary m_account;
    QLineEdit* m_nip = nullptr;
    QLabel* m_employee = nullptr;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_suggestions = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_unit = nullptr;
    QLabel* m_unitLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QString m_message;
    bool m_busy = false;
    /// Tambah akun: the typed employee's own Perangkat Daerah, offered as the one a Pengelola manages
    /// until the user picks another (offerOwnUnit).
    qint64 m_ownInduk = 0;
    bool m_unitPicked = false;
    void offerOwnUnit();
};

} // namespace karier
