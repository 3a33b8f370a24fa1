// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/AppSettings.h"

#include "auth/AccessPolicy.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>

namespace karier {

namespace {

/// Describes the Karier ASN schema behind an open connection without changing it.
Result<QString> describeSchema(QSqlDatabase& db, const QString& where)
{
    {
        // The first statement reads the file header (SQLite) or proves the session works.
        QSqlQuery probe(db);
        if (!probe.exec(db.driverName() == QLatin1String("QSQLITE")
                    ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master")
                    : QStringLiteral("SELECT 1")))
            return Database::errorFrom(probe.lastError(), where);
    }
    const QStringList tables = db.tables(QSql::Tables);
    if (db.lastError().isValid())
        return Database::errorFrom(db.lastError(), where);
    if (tables.isEmpty())
        return QCoreApplication::translate("karier::AppSettings",
            "Koneksi berhasil. Database masih kosong; tabel Karier ASN akan dibuat saat "
            "aplikasi dimulai ulang.");
    if (!tables.contains(QStringLiteral("schema_migrations")))
        return Error::database(QCoreApplication::translate("karier::AppSettings",
            "Koneksi berhasil, tetapi database ini berisi tabel lain dan "
            "bukan database Karier ASN."));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !q.next())
        return Database::errorFrom(q.lastError(), where);
    const int version = q.value(0).toInt();
    const int latest = Database::latestSchemaVersion();
    if (version > latest)
        return Error::database(QCoreApplication::translate("karier::AppSettings",
            "Koneksi berhasil, tetapi database ini dibuat oleh versi Karier "
            "ASN yang lebih baru (skema %1). Perbarui aplikasi.")
                                   .arg(version));
    if (version < latest)
        return QCoreApplication::translate("karier::AppSettings",
            "Koneksi berhasil: database Karier ASN (skema %1; akan diperbarui ke skema %2 "
            "saat aplikasi dimulai ulang).")
            .arg(version)
            .arg(latest);
    return QCoreApplication::translate(
        "karier::AppSettings", "Koneksi berhasil: database Karier ASN (skema %1).")
        .arg(version);
}

Result<QString> testOn(const QString& name, const DatabaseUrl& url)
{
    if (url.isSqlite()) {
        const QFileInfo file(url.path);
        if (!file.exists()) {
            const QFileInfo folder(file.absolutePath());
            if (!folder.isDir())
                return Error::database(QCoreApplication::translate(
                    "karier::AppSettings", "Folder %1 tidak ada. Pilih folder yang sudah ada.")
                                           .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
            if (!folder.isWritable())
                return Error::database(QCoreApplication::translate("karier::AppSettings",
                    "Folder %1 tidak dapat ditulis; database baru tidak "
                    "dapat dibuat di sana.")
                                           .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
            return QCoreApplication::translate("karier::AppSettings",
                "Berkas database belum ada; berkas baru akan dibuat di %1 saat aplikasi "
                "dimulai ulang.")
                .arg(QDir::toNativeSeparators(file.absoluteFilePath()));
        }
        if (!file.isFile())
            return Error::database(
                QCoreApplication::translate("karier::AppSettings", "%1 bukan berkas database.")
                    .arg(QDir::toNativeSeparators(url.path)));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        const QString where = QCoreApplication::translate("karier::AppSettings", "Membuka %1")
                                  .arg(QDir::toNativeSeparators(url.path));
        if (!db.open())
            return Database::errorFrom(db.lastError(), where);
        return describeSchema(db, where);
    }
    const Result<QString> options = url.connectOptions();
    if (!options)
        return options.error();
    // Named without a login (the workstation's own setting): reach the server as a person who has no
    // account and no password. A server that then asks for the password was reached (and TLS held).
    const bool anonymous = url.user.isEmpty();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setUserName(anonymous ? QStringLiteral("k000000000000000000") : url.user);
    db.setPassword(url.password);
    db.setDatabaseName(url.name);
    db.setConnectOptions(options.value());
    const QString where
        = QCoreApplication::translate("karier::AppSettings", "Menghubungi server PostgreSQL %1")
              .arg(url.serverName());
    if (!db.open()) {
        const Error error = Database::errorFrom(db.lastError(), where);
        if (anonymous && error.code == ErrorCode::Unauthenticated)
            return QCoreApplication::translate("karier::AppSettings",
                "Server PostgreSQL %1 dapat dihubungi. Setiap pegawai masuk dengan NIP dan kata sandinya "
                "sendiri; komputer ini tidak menyimpan kata sandi database.")
                .arg(url.serverName());
        return error;
    }
    return describeSchema(db, where);
}

} // namespace

AppSettings::AppSettings(LocalSettings* local, std::shared_ptr<Database> db)
    : m_local(local), m_db(std::move(db))
{ }

Result<std::optional<DatabaseUrl>> AppSettings::database() const
{
    const QString stored = m_local->databaseUrl();
    if (stored.trimmed().isEmpty())
        return std::optional<DatabaseUrl>();
    auto url = DatabaseUrl::parse(stored);
    if (!url)
        return url.error();
    DatabaseUrl result = url.value();
    if (!result.isSqlite() && result.caFile.isEmpty())
        result.caFile = m_local->databaseCaFile();
    result.password.clear(); // a workstation keeps none (an older version's sealed one is ignored)
    return std::optional<DatabaseUrl>(result);
}

Status AppSettings::validateDatabase(const DatabaseUrl& url)
{
    if (url.isSqlite()) {
        if (url.path.trimmed().isEmpty())
            return Error::invalid(tr("Pilih berkas database SQLite."));
        if (!QDir::isAbsolutePath(url.path))
            return Error::invalid(tr("Berkas database SQLite harus ditulis dengan jalur lengkap."));
        if (QFileInfo(url.path).isDir())
            return Error::invalid(
                tr("%1 adalah folder; pilih sebuah berkas.").arg(QDir::toNativeSeparators(url.path)));
        return {};
    }
    const auto blank = [](const QString& text) { return text.trimmed().isEmpty(); };
    if (blank(url.host))
        return Error::invalid(tr("Isi alamat server PostgreSQL."));
    if (url.port < 1 || url.port > 65535)
        return Error::invalid(tr("Port PostgreSQL harus antara 1 dan 65535."));
    if (blank(url.name))
        return Error::invalid(tr("Isi nama database PostgreSQL."));
    if (url.name.contains(QLatin1Char('/')))
        return Error::invalid(tr("Nama database PostgreSQL tidak boleh berisi \"/\"."));
    // What may reach the driver's connection string (characters, options, TLS), and the CA file.
    if (auto valid = url.validate(); !valid)
        return valid;
    return url.checkCaFile();
}

Status AppSettings::setDatabase(const DatabaseUrl& url)
{
    if (auto valid = validateDatabase(url); !valid)
        return valid;
    // The server only: whoever uses this workstation logs in with their own NIP and password. The CA
    // file is a setting of its own (a path in the file, shown as it is).
    DatabaseUrl stored = url;
    stored.caFile.clear();
    stored.user.clear();
    stored.password.clear();
    m_local->setDatabaseUrl(stored.toString(true));
    m_local->setDatabaseCaFile(url.isSqlite() ? QString() : url.caFile);
    m_local->forgetDatabasePassword();
    m_local->sync();
    return {};
}

Result<DatabaseUrl> AppSettings::resolveDatabase(const QString& commandLine) const
{
    const bool given
        = !commandLine.trimmed().isEmpty() || !qEnvironmentVariable("KARIER_DATABASE").trimmed().isEmpty();
    if (given)
        return DatabaseUrl::resolve(commandLine, {});
    auto stored = database();
    if (!stored)
        return stored.error();
    if (stored->has_value())
        return stored->value();
    return DatabaseUrl::defaultSqlite();
}

Result<QString> AppSettings::testConnection(const DatabaseUrl& url)
{
    if (auto valid = validateDatabase(url); !valid)
        return valid.error();
    const QString name = QStringLiteral("karier-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QString> result = testOn(name, url);
    QSqlDatabase::removeDatabase(name); // every QSqlDatabase copy is gone with testOn's scope
    return result;
}

QList<AppSettings::Language> AppSettings::languages()
{
    return {{QStringLiteral("id"), QStringLiteral("Bahasa Indonesia")},
        {QStringLiteral("en"), QStringLiteral("English")}};
}

QString AppSettings::language() const
{
    return m_local->language();
}

Status AppSettings::setLanguage(const QString& code)
{
    const QList<Language> available = languages();
    const bool known = std::any_of(available.cbegin(), available.cend(),
        [&](const Language& language) { return language.code == code; });
    if (!known)
        return Error::invalid(tr("Bahasa \"%1\" tidak tersedia.").arg(code));
    m_local->setLanguage(code);
    m_local->sync();
    return {};
}

bool AppSettings::canChangeShared(const Session& session)
{
    return AccessPolicy::can(session, Permission::ManageSharedSettings);
}

Result<SharedSettings::Values> AppSettings::shared() const
{
    if (!m_db)
        return Error::database(tr("Belum terhubung ke database."));
    return SharedSettings(m_db).load();
}

Status AppSettings::setShared(const Session& actor, const SharedSettings::Values& values)
{
    return setShared(m_db, actor, values);
}

Status AppSettings::setShared(
    const std::shared_ptr<Database>& db, const Session& actor, const SharedSettings::Values& values)
{
    if (auto allowed = AccessPolicy::require(actor, Permission::ManageSharedSettings); !allowed)
        return allowed;
    if (!db)
        return Error::database(tr("Belum terhubung ke database."));
    return SharedSettings(db).save(&actor, values);
}

void AppSettings::sync()
{
    m_local->sync();
}

} // namespace karier
