// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/AuthService.h"
#include "auth/Session.h"
#include "storage/DatabaseUrl.h"
#include "widgets/MessageBanner.h"

#include <QDialog>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace karier {

class Database;
class LocalSettings;
class QrCodeWidget;

/// "Masuk — Karier ASN": NIP and password, then (where the account needs one) the one-time code
/// or, on the first login of such an account, the set-up of an authenticator app.
///
/// Every AuthService call runs on a worker thread; meanwhile the buttons are disabled and say
/// "Memeriksa…". Accepts once AuthService reports LoggedIn; session() then holds the session.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Credentials, Otp, Enrolment };

    /// \a db may be null while the database is still being opened (see setDatabase()).
    /// \a settings (may be null) remembers the last NIP; it must outlive the dialog.
    LoginDialog(std::shared_ptr<Database> db, LocalSettings* settings, QWidget* parent = nullptr);
    ~LoginDialog() override;

    /// The database is ready: enables Masuk.
    void setDatabase(std::shared_ptr<Database> db);
    /// Shared PostgreSQL mode: there is no database to open before login. Each person connects with
    /// their own login role at Masuk (AuthService::loginToServer); database() is then that connection,
    /// dropped again by reset() and by Kembali.
    void setServer(const DatabaseUrl& server);
    bool isServerMode() const { return m_server.has_value(); }
    /// The database could not be opened: shows \a message and keeps Masuk disabled.
    void setDatabaseError(const QString& message);
    std::shared_ptr<Database> database() const { return m_db; }

    /// Fills in the NIP (e.g. of the admin just created) and moves the focus to the password.
    void setNip(const QString& nip);
    /// Shows a message in the banner (e.g. "Akun admin berhasil dibuat").
    void showMessage(MessageBanner::Kind kind, const QString& text);
    /// Back to the first page for a new login (after Keluar): clears password, codes and session.
    void reset();

    /// The session after a successful login (the dialog was accepted); std::nullopt before.
    std::optional<Session> session() const { return m_session; }
    Page currentPage() const;
    /// True while AuthService works on a worker thread.
    bool isBusy() const { return m_busy; }
    /// Seconds until Masuk is enabled again after too many failures (0: not locked).
    int lockSecondsRemaining() const { return m_lockRemaining; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    /// The widget of \a page, built on first use (only the first page is built up front).
    QWidget* pageWidget(Page page);
    void clearCodes();
    QWidget* createCredentialsPage();
    QWidget* createOtpPage();
    QWidget* createEnrolmentPage();
    void showPage(Page page);
    void updateUi();
    void setBusy(bool busy);

    void submitCredentials();
    void submitOtp();
    void submitEnrolment();
    void backToCredentials();
    void handleOutcome(const AuthService::Outcome& outcome);
    void startLockCountdown(int seconds);
    void tickLockCountdown();

    /// Server mode: forgets the person's connection, ending its session on the server first.
    void dropPersonConnection();

    std::shared_ptr<Database> m_db;
    std::optional<DatabaseUrl> m_server;
    LocalSettings* m_settings = nullptr;
    QString m_databaseError;
    bool m_busy = false;
    int m_lockRemaining = 0;
    std::optional<Session> m_session;
    std::shared_ptr<const PendingLogin> m_pending;

    MessageBanner* m_banner = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_credentialsPage = nullptr;
    QWidget* m_otpPage = nullptr;
    QWidget* m_enrolmentPage = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QTimer* m_lockTimer = nullptr;

    QLineEdit* m_nipEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QCheckBox* m_showPassword = nullptr;
    QPushButton* m_closeButton = nullptr;
    QPushButton* m_loginButton = nullptr;

    QLineEdit* m_otpEdit = nullptr;
    QPushButton* m_otpBackButton = nullptr;
    QPushButton* m_verifyButton = nullptr;

    QrCodeWidget* m_qrCode = nullptr;
    QLabel* m_secretLabel = nullptr;
    QPushButton* m_copySecretButton = nullptr;
    QLineEdit* m_enrolmentCodeEdit = nullptr;
    QPushButton* m_enrolmentBackButton = nullptr;
    QPushButton* m_enrolButton = nullptr;
};

} // namespace karier
