// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <memory>

class QCommandLinkButton;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace karier {

class Database;
class MessageBanner;

/// Shown when the database has no account yet: fill it with demo data (and show the demo
/// accounts) or create the first Admin BKPSDM. Accepted once the database has an account.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Choice, Working, DemoAccounts, Admin };

    explicit FirstRunDialog(std::shared_ptr<Database> db, QWidget* parent = nullptr);

    Page currentPage() const;
    bool isBusy() const { return m_busy; }
    /// The NIP of the admin created on the admin page (empty for the demo path).
    QString createdAdminNip() const { return m_createdNip; }
    /// True after the demo data was created.
    bool demoCreated() const { return m_demoCreated; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* createChoicePage();
    QWidget* createWorkingPage();
    QWidget* createDemoPage();
    QWidget* createAdminPage();
    void showPage(Page page);

    void startDemo();
    void showDemoAccounts();
    void copyDemoAccounts();
    /// Validates the admin form; shows the messages of fields the user has left (or all).
    bool validateAdminForm(bool all);
    void createAdmin();

    std::shared_ptr<Database> m_db;
    bool m_busy = false;
    bool m_demoCreated = false;
    bool m_adminSubmitted = false;
    QString m_createdNip;

    MessageBanner* m_banner = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_choicePage = nullptr;
    QWidget* m_workingPage = nullptr;
    QWidget* m_demoPage = nullptr;
    QWidget* m_adminPage = nullptr;

    QCommandLinkButton* m_demoButton = nullptr;
    QCommandLinkButton* m_adminButton = nullptr;
    QLabel* m_workingLabel = nullptr;
    QTableWidget* m_demoTable = nullptr;

    QLineEdit* m_nipEdit = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLineEdit* m_repeatEdit = nullptr;
    QLabel* m_nipError = nullptr;
    QLabel* m_nameError = nullptr;
    QLabel* m_passwordError = nullptr;
    QLabel* m_repeatError = nullptr;
    QPushButton* m_createAdminButton = nullptr;
    QPushButton* m_adminBackButton = nullptr;
};

} // namespace karier
