// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <memory>

namespace karier {

/// The settings of this workstation (QSettings, INI in the user's config folder). Settings that
/// every workstation must share live in the database (app_settings), not here.
class LocalSettings
{
public:
    /// Uses the application's default location; \a fileName overrides it (tests).
    explicit LocalSettings(const QString& fileName = {});

    QString databaseUrl() const; ///< never with a PostgreSQL password
    void setDatabaseUrl(const QString& url);
    /// "Sertifikat CA server": the PEM file the PostgreSQL server's certificate is checked against.
    QString databaseCaFile() const;
    void setDatabaseCaFile(const QString& path); ///< empty removes it
    QString language() const; ///< "id" (default) or "en"
    void setLanguage(const QString& language);
    /// Removes a PostgreSQL password an older version kept here (sealed): a workstation holds no
    /// database password now; each person logs in to the server with their own.
    void forgetDatabasePassword();
    bool hasDatabasePassword() const; ///< an older version's sealed password is still in the file
    QString lastNip() const;
    void setLastNip(const QString& nip);
    /// The share (0…1) of a split page's width its first side had when last left (a divider the user
    /// moved stays where they put it); \a fallback when never moved or out of 0.1…0.9.
    double splitShare(const QString& page, double fallback) const;
    void setSplitShare(const QString& page, double share);
    void sync();
    /// The settings file (on Windows without a file name: the registry path).
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace karier
