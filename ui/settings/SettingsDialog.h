// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "settings/AppSettings.h"
#include "storage/DatabaseUrl.h"

#include <QDialog>
#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace karier {

class Database;
class LocalSettings;
class MessageBanner;

/// Pengaturan: the database of this workstation (SQLite file or PostgreSQL server, with "Uji
/// koneksi" off the GUI thread), the language (both applied at restart), and for Admin BKPSDM the
/// limits every workstation shares (AppSettings refuses them for anyone else, too).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a local must outlive the dialog. Without \a db or \a session (before login) the shared
    /// limits are not shown.
    SettingsDialog(LocalSettings* local, std::shared_ptr<Database> db, std::optional<Session> session,
        QWidget* parent = nullptr);
    ~SettingsDialog() override;

    /// The database described by the fields (the password included).
    DatabaseUrl databaseFromFields() const;
    /// True after Simpan when the language or the database changed (applied at restart).
    bool restartNeeded() const { return m_restartNeeded; }

public Q_SLOTS:
    void testConnection();
    void save();
    /// Admin, SQLite: a checked copy of the database in use (SqliteBackup, off the GUI thread).
    void backupDatabase();
    /// Admin, SQLite: replaces the database with a checked backup; Karier ASN must be restarted after.
    void restoreDatabase();

Q_SIGNALS:
    /// The connection test finished; \a ok and the Indonesian message shown.
    void connectionTested(bool ok, const QString& message);
    /// A backup or restore finished; \a ok and the Indonesian message shown.
    void backupFinished(bool ok, const QString& message);
    /// The database in use was replaced by a restore: what every window shows is stale, restart.
    void databaseRestored();

private:
    QGroupBox* createDatabaseGroup();
    QGroupBox* createLanguageGroup();
    QGroupBox* createSharedGroup();
    QGroupBox* createBackupGroup();
    void showDatabase(const DatabaseUrl& url);
    void chooseSqliteFile();
    void chooseCaFile();
    /// Shows the SQLite (false) or PostgreSQL page of the database group, sized to that page only.
    void showDatabasePage(bool postgres);
    void loadShared();
    void setBusy(bool busy);

    LocalSettings* m_local;
    std::shared_ptr<Database> m_db;
    std::optional<Session> m_session;
    AppSettings m_settings;
    bool m_databaseEdited = false;
    bool m_restartNeeded = false;

    MessageBanner* m_banner = nullptr;
    QRadioButton* m_sqliteChoice = nullptr;
    QRadioButton* m_postgresChoice = nullptr;
    QStackedWidget* m_databasePages = nullptr;
    QLineEdit* m_sqlitePath = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_caFile = nullptr; ///< "Sertifikat CA server"
    QString m_pgOptions; ///< libpq options of the stored URL, kept as they are
    QPushButton* m_testButton = nullptr;
    MessageBanner* m_connectionResult = nullptr;
    QComboBox* m_language = nullptr;
    QGroupBox* m_sharedGroup = nullptr;
    QDoubleSpinBox* m_maxPdfMb = nullptr;
    QSpinBox* m_maxJpPerDay = nullptr;
    QDoubleSpinBox* m_sharpness = nullptr;
    std::optional<SharedSettings::Values> m_sharedLoaded;
    QPushButton* m_backupButton = nullptr;
    QPushButton* m_restoreButton = nullptr;
    MessageBanner* m_backupResult = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace karier
