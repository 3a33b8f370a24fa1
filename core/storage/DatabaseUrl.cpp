// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DatabaseUrl.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace karier {

Result<DatabaseUrl> DatabaseUrl::parse(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error::invalid(tr("Alamat database kosong."));

    DatabaseUrl url;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        QString path = text.mid(7);
        if (path.startsWith(QLatin1String("///")))
            path = path.mid(2); // sqlite:///abs/path

        if (path.isEmpty())
            return Error::invalid(tr("Alamat SQLite tanpa nama file: gunakan sqlite:/jalur/ke/file.sqlite"));
        if (path.startsWith(QLatin1String("~/")))
            path = QDir::homePath() + path.mid(1);
        url.dialect = Dialect::Sqlite;
        url.path = QDir::cleanPath(QDir(path).absolutePath());
        return url;
    }

    const QUrl parsed(text, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) {
        const QString shown = scheme.isEmpty() ? text : scheme;
        return Error::invalid(tr("Jenis database \"%1\" tidak dikenal. Gunakan sqlite:JALUR atau "
                                 "postgresql://pengguna:sandi@host:port/nama_database.")
                                  .arg(shown));
    }
    if (!parsed.isValid())
        return Error::invalid(tr("Alamat PostgreSQL tidak valid: %1").arg(parsed.errorString()));
    url.dialect = Dialect::PostgreSql;
    url.host = parsed.host().isEmpty() ? QStringLiteral("localhost") : parsed.host();
    url.port = parsed.port(5432);
    url.user = parsed.userName(QUrl::FullyDecoded);
    url.password = parsed.password(QUrl::FullyDecoded);
    url.name = parsed.path(QUrl::FullyDecoded).mid(1);
    if (url.name.isEmpty() || url.name.contains(QLatin1Char('/')))
        return Error::invalid(tr("Alamat PostgreSQL tanpa nama database: "
                                 "postgresql://pengguna:sandi@host:port/nama_database"));
    QStringList options;
    const auto items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (key.contains(QLatin1Char(';')) || value.contains(QLatin1Char(';'))
            || key.contains(QLatin1Char(' ')))
            return Error::invalid(tr("Opsi PostgreSQL tidak valid: %1").arg(key));
        options << key + QLatin1Char('=') + value;
    }
    url.options = options.join(QLatin1Char(';'));
    return url;
}

DatabaseUrl DatabaseUrl::defaultSqlite()
{
    DatabaseUrl url;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/karier-asn");
    url.path = QDir::cleanPath(dir + QStringLiteral("/karier-asn.sqlite"));
    return url;
}

Result<DatabaseUrl> DatabaseUrl::resolve(const QString& commandLine, const QString& settingsValue)
{
    if (!commandLine.trimmed().isEmpty())
        return parse(commandLine);
    const QString env = qEnvironmentVariable("KARIER_DATABASE");
    if (!env.trimmed().isEmpty())
        return parse(env);
    if (!settingsValue.trimmed().isEmpty())
        return parse(settingsValue);
    return defaultSqlite();
}

QString DatabaseUrl::toString(bool withPassword) const
{
    if (isSqlite())
        return QStringLiteral("sqlite:") + path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    if (!password.isEmpty())
        url.setPassword(withPassword ? password : QStringLiteral("***"));
    url.setPath(QLatin1Char('/') + name);
    if (!options.isEmpty()) {
        QUrlQuery query;
        const auto parts = options.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString& part : parts)
            query.addQueryItem(part.section(QLatin1Char('='), 0, 0), part.section(QLatin1Char('='), 1));
        url.setQuery(query);
    }
    return url.toString();
}

QString DatabaseUrl::displayName() const
{
    if (isSqlite())
        return QStringLiteral("SQLite · %1").arg(QDir::toNativeSeparators(path));
    return QStringLiteral("PostgreSQL · %1:%2/%3").arg(host).arg(port).arg(name);
}

} // namespace karier
