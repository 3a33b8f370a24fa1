// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/LocalSettings.h"

#include "storage/DatabaseUrl.h"

namespace karier {

namespace {
const QString KeyDatabase = QStringLiteral("database/url");
const QString KeySealedPassword = QStringLiteral("database/sealedPassword");
const QString KeyCaFile = QStringLiteral("database/caFile");
const QString KeyLanguage = QStringLiteral("ui/language");
const QString KeyLastNip = QStringLiteral("login/lastNip");
} // namespace

LocalSettings::LocalSettings(const QString& fileName)
    : m_settings(fileName.isEmpty() ? std::make_unique<QSettings>()
                                    : std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{ }

QString LocalSettings::databaseUrl() const
{
    return m_settings->value(KeyDatabase).toString();
}

void LocalSettings::setDatabaseUrl(const QString& url)
{
    // Never write a PostgreSQL password in plain text to the settings file.
    auto parsed = DatabaseUrl::parse(url);
    if (parsed.ok() && !parsed->isSqlite()) {
        DatabaseUrl withoutPassword = parsed.value();
        withoutPassword.password.clear();
        m_settings->setValue(KeyDatabase, withoutPassword.toString(true));
        return;
    }
    m_settings->setValue(KeyDatabase, url);
}

QString LocalSettings::databaseCaFile() const
{
    return m_settings->value(KeyCaFile).toString();
}

void LocalSettings::setDatabaseCaFile(const QString& path)
{
    if (path.isEmpty())
        m_settings->remove(KeyCaFile);
    else
        m_settings->setValue(KeyCaFile, path);
}

QString LocalSettings::language() const
{
    const QString language = m_settings->value(KeyLanguage, QStringLiteral("id")).toString();
    return language == QLatin1String("en") ? language : QStringLiteral("id");
}

void LocalSettings::setLanguage(const QString& language)
{
    m_settings->setValue(KeyLanguage, language);
}

void LocalSettings::forgetDatabasePassword()
{
    m_settings->remove(KeySealedPassword);
}

bool LocalSettings::hasDatabasePassword() const
{
    return m_settings->contains(KeySealedPassword);
}

QString LocalSettings::lastNip() const
{
    return m_settings->value(KeyLastNip).toString();
}

void LocalSettings::setLastNip(const QString& nip)
{
    m_settings->setValue(KeyLastNip, nip);
}

double LocalSettings::splitShare(const QString& page, double fallback) const
{
    bool ok = false;
    const double share = m_settings->value(QStringLiteral("layout/%1SplitShare").arg(page)).toDouble(&ok);
    return ok && share >= 0.1 && share <= 0.9 ? share : fallback;
}

void LocalSettings::setSplitShare(const QString& page, double share)
{
    m_settings->setValue(QStringLiteral("layout/%1SplitShare").arg(page), share);
}

void LocalSettings::sync()
{
    m_settings->sync();
}

QString LocalSettings::fileName() const
{
    return m_settings->fileName();
}

} // namespace karier
