// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"

#include <QHash>
#include <QMainWindow>
#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QScreen;
class QStackedWidget;

namespace karier {

class Database;
struct Employee;
class MessageBanner;

/// The main window after login: a sidebar with the pages the role may open (AccessPolicy decides)
/// and the pages themselves. Beranda is a dashboard; the other features are announced by a
/// placeholder page until they are built.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::shared_ptr<Database> db, Session session, QWidget* parent = nullptr);
    ~MainWindow() override;

    const Session& session() const { return m_session; }
    /// Keys of the sidebar entries in order, e.g. "beranda", "sertifikasi", "verifikasi".
    QStringList pageKeys() const;
    QString currentPageKey() const;
    /// Opens the page of \a key; false when this role has no such page.
    bool showPage(const QString& key);
    /// A verifier's Beranda card "Menunggu lebih dari 7 hari": opens Verifikasi with the longest waiting
    /// submissions first; false when this role verifies nothing.
    bool openOldestWaiting();
    /// The first size and place on \a screen: roomy (85 % of the available area) but within it, with a
    /// margin, never below the minimum (1000×700, which a 1024×768 screen holds), centred.
    void placeOn(const QScreen* screen);

public Q_SLOTS:
    /// Asks "Apakah anda yakin ingin keluar?" and emits logoutRequested() on Ya.
    void requestLogout();
    /// Pengaturan and Tentang (ui/settings), opened from the foot of the sidebar.
    void openSettings();
    void openAbout();
    /// Ganti kata sandi (the foot of the sidebar).
    void openChangePassword();

Q_SIGNALS:
    void logoutRequested();

private:
    struct PageInfo
    {
        QString key;
        QString title;
        int icon = 0; ///< QStyle::StandardPixmap
    };

    QWidget* createSidebar(const QList<PageInfo>& pages);
    QWidget* createDashboard();
    void createStatusBar();
    void loadDashboardData();
    void showEmployee(const std::optional<Employee>& employee, const QString& error);

    std::shared_ptr<Database> m_db;
    Session m_session;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    QHash<QString, QWidget*> m_pageByKey;
    MessageBanner* m_changesBanner = nullptr;
    QPushButton* m_logoutButton = nullptr;
    QPushButton* m_settingsButton = nullptr;
    QPushButton* m_aboutButton = nullptr;
    QPushButton* m_passwordButton = nullptr;

    QLabel* m_jabatanValue = nullptr;
    QLabel* m_unitValue = nullptr;
    QLabel* m_indukValue = nullptr;
    QLabel* m_countValue = nullptr;
    QLabel* m_countCaption = nullptr;
    QLabel* m_jpValue = nullptr;
    QLabel* m_jpCaption = nullptr;
    QProgressBar* m_jpBar = nullptr;
    QLabel* m_overdueValue = nullptr; ///< a verifier's card: submissions waiting longer than 7 days
    QLabel* m_overdueCaption = nullptr;
};

} // namespace karier
