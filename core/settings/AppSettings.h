// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "settings/LocalSettings.h"
#include "settings/SharedSettings.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QList>
#include <memory>

namespace karier {

/// The one typed entry to every setting, with validation:
/// - this workstation (LocalSettings): the database (a PostgreSQL server is named without any login:
///   each person logs in to it with their own NIP and password) and the language;
/// - every workstation (SharedSettings, table app_settings): PDF limits, JP per day, sharpness
///   threshold — read by everyone, changed only by Admin BKPSDM (AccessPolicy), audited.
/// Changes of the database and the language take effect at the next start.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(karier::AppSettings)

public:
    struct Language
    {
        QString code; ///< "id", "en"
        QString name; ///< in its own language: "Bahasa Indonesia", "English"
    };

    /// \a local must outlive this object. \a db is needed for the shared settings only.
    explicit AppSettings(LocalSettings* local, std::shared_ptr<Database> db = {});

    // ---- this workstation ----
    /// The stored database with its CA file restored (never a password); nullopt when nothing is stored.
    Result<std::optional<DatabaseUrl>> database() const;
    /// Validates and stores the URL without user name or password (a password an older version kept is
    /// removed), the CA file ("Sertifikat CA server") as a path of its own. Applied at restart.
    Status setDatabase(const DatabaseUrl& url);
    /// The database to use: command line, else KARIER_DATABASE, else the settings, else the
    /// default SQLite file (DatabaseUrl::resolve, with the stored CA file; a URL given on the command
    /// line or in KARIER_DATABASE brings its own, as ?sslrootcert=).
    Result<DatabaseUrl> resolveDatabase(const QString& commandLine) const;
    static Status validateDatabase(const DatabaseUrl& url);
    /// Connects to \a url without changing anything (no migration) and describes what is there,
    /// in Indonesian. A server named without a login is only reached (the server asks who logs in;
    /// nobody does); blocking (up to DatabaseUrl::DefaultConnectTimeout seconds per address of the
    /// host): call it off the GUI thread.
    static Result<QString> testConnection(const DatabaseUrl& url);

    static QList<Language> languages();
    QString language() const; ///< "id" unless the settings chose another available language
    Status setLanguage(const QString& code); ///< applied at restart

    // ---- every workstation ----
    static bool canChangeShared(const Session& session);
    Result<SharedSettings::Values> shared() const;
    /// Admin BKPSDM only (refused here, whatever the UI shows); validated; one audit entry per key.
    Status setShared(const Session& actor, const SharedSettings::Values& values);
    /// The same without a local side (worker threads).
    static Status setShared(
        const std::shared_ptr<Database>& db, const Session& actor, const SharedSettings::Values& values);

    /// Writes pending local changes to disk.
    void sync();

private:
    LocalSettings* m_local;
    std::shared_ptr<Database> m_db;
};

} // namespace karier
