// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "common/Result.h"

#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace karier {

class Database;
class MessageBanner;
class PenggunaListModel;
struct AccountSummary;

/// Pengguna (Admin BKPSDM): the accounts with NIP, name, role, unit (a Pengelola's Perangkat Daerah),
/// status, one-time code and lockout, searched and paged in SQL; Tambah akun… and, for the chosen account,
/// Ubah peran…, Nonaktifkan / Aktifkan, Atur ulang kata sandi…, Atur ulang OTP and Buka kunci. Every rule
/// is AccountAdmin's (core); the page shows its answers in the banner. The Admin's own account offers no
/// action (Ganti kata sandi is in the sidebar's foot).
///
/// Object names for tests: messageBanner, searchEdit, addButton, penggunaTable, rangeLabel, previousButton,
/// nextButton, selectedLabel, roleButton, activeButton, passwordButton, otpButton, unlockButton.
class PenggunaPage : public QWidget
{
    Q_OBJECT

public:
    PenggunaPage(std::shared_ptr<Database> db, Session session, QWidget* parent = nullptr);
    ~PenggunaPage() override;

    PenggunaListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// The chosen account; nullptr when none.
    const AccountSummary* selected() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void addAccount();
    void changeRole();
    void toggleActive();
    void resetPassword();
    void resetOtp();
    void clearLockout();

Q_SIGNALS:
    /// After every action (false: refused, failed or cancelled).
    void actionFinished(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createList();
    void updatePaging();
    void updateActions();
    /// Asks \a question, then runs \a work on a worker and shows \a done (or the refusal) in the banner.
    void act(const QString& question, const QString& yes, std::function<Status()> work, const QString& done);
    void afterDialog(int result, const QString& message, const QString& nip);

    std::shared_ptr<Database> m_db;
    Session m_session;
    MessageBanner* m_banner = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    PenggunaListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_range = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_selectedLabel = nullptr;
    QPushButton* m_roleButton = nullptr;
    QPushButton* m_activeButton = nullptr;
    QPushButton* m_passwordButton = nullptr;
    QPushButton* m_otpButton = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QString m_selectAfterLoad;
    bool m_shownOnce = false;
    bool m_busy = false;
};

} // namespace karier
