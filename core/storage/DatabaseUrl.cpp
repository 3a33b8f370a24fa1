// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DatabaseUrl.h"

#include "common/Text.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QStandardPaths>
#include <QUrl>

namespace karier {

namespace {

const QString KeySslMode = QStringLiteral("sslmode");
const QString KeySslRootCert = QStringLiteral("sslrootcert");
const QString KeyConnectTimeout = QStringLiteral("connect_timeout");
const QString KeyApplicationName = QStringLiteral("application_name");
const QString KeyHost = QStringLiteral("host");

constexpr int MaxConnectTimeout = 600;
constexpr int MaxApplicationName = 63; // NAMEDATALEN - 1: the server cuts longer names

/// A character that could end a libpq value or start another `key=value`: whitespace, quotes,
/// backslash, `=`, `;` (QPSQL turns it into a space), control characters and the other characters
/// Text refuses in stored fields (noncharacters, lone surrogates).
bool isUnsafe(QChar c)
{
    return c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('\\')
        || c == QLatin1Char('=') || c == QLatin1Char(';') || c.category() == QChar::Other_Control;
}

bool hasUnsafe(const QString& value, const QString& alsoRefused = {})
{
    for (const QChar c : value) {
        if (isUnsafe(c) || alsoRefused.contains(c))
            return true;
    }
    return Text::forbiddenCharacterAt(value) >= 0;
}

/// A file path passed quoted: spaces are harmless inside the quotes, the rest is refused as above.
bool hasUnsafePathCharacter(const QString& path)
{
    for (const QChar c : path) {
        if (c != QLatin1Char(' ') && isUnsafe(c))
            return true;
    }
    return Text::forbiddenCharacterAt(path) >= 0;
}

const QStringList& sslModes()
{
    static const QStringList modes
        = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

bool encrypts(const QString& sslMode)
{
    return sslMode == QLatin1String("require") || sslMode == QLatin1String("verify-ca")
        || sslMode == QLatin1String("verify-full");
}

/// A libpq conninfo value: single quotes, `\` and `'` escaped (values are checked already; this
/// keeps a CA path with spaces one value).
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

/// `key=value` pairs of `options`, in order.
QList<std::pair<QString, QString>> optionPairs(const QString& options)
{
    QList<std::pair<QString, QString>> pairs;
    const auto parts = options.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals < 0)
            pairs.append({part, QString()});
        else
            pairs.append({part.left(equals), part.mid(equals + 1)});
    }
    return pairs;
}

Status checkPath(const QString& path)
{
    if (hasUnsafePathCharacter(path))
        return Error::invalid(DatabaseUrl::tr("Jalur Sertifikat CA server tidak boleh memuat tanda kutip, "
                                              "\\, =, ; atau karakter kendali."));
    if (!QDir::isAbsolutePath(path))
        return Error::invalid(
            DatabaseUrl::tr("Sertifikat CA server harus ditulis dengan jalur lengkap: %1").arg(path));
    return {};
}

} // namespace

/// One `key=value` of the URL's query or of `options`: a key of \a allowed, given once (\a seen
/// collects them), with a value that cannot end itself or start another option (a path may hold
/// spaces: it is passed quoted).
Status DatabaseUrl::checkOption(
    const QString& key, const QString& value, const QStringList& allowed, QStringList& seen, bool isPath)
{
    if (!allowed.contains(key))
        return Error::invalid(
            tr("Opsi PostgreSQL \"%1\" tidak dikenal. Opsi yang diterima: %2.")
                .arg(Text::forTerminal(key), allowedQueryKeys().join(QStringLiteral(", "))));
    if (seen.contains(key))
        return Error::invalid(tr("Opsi PostgreSQL \"%1\" diberikan lebih dari sekali.").arg(key));
    seen << key;
    if (value.isEmpty())
        return Error::invalid(tr("Opsi PostgreSQL \"%1\" tanpa nilai.").arg(key));
    if (!isPath && hasUnsafe(value))
        return Error::invalid(tr("Nilai opsi PostgreSQL \"%1\" tidak boleh memuat spasi, tanda kutip, \\, "
                                 "=, ; atau karakter kendali.")
                                  .arg(key));
    return {};
}

QStringList DatabaseUrl::allowedQueryKeys()
{
    return {KeySslMode, KeySslRootCert, KeyConnectTimeout, KeyApplicationName, KeyHost};
}

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

    // The query is split off and read here, not by QUrl: a raw space in a value must reach the
    // value check below (which names the key) rather than QUrl's generic refusal.
    const qsizetype question = text.indexOf(QLatin1Char('?'));
    const QString base = question < 0 ? text : text.left(question);
    const QString query = question < 0 ? QString() : text.mid(question + 1);

    const QUrl parsed(base, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) {
        const QString shown = scheme.isEmpty() ? text : scheme;
        return Error::invalid(tr("Jenis database \"%1\" tidak dikenal. Gunakan sqlite:JALUR atau "
                                 "postgresql://pengguna:sandi@host:port/nama_database.")
                                  .arg(shown));
    }
    if (!parsed.isValid())
        return Error::invalid(tr("Alamat PostgreSQL tidak valid: %1").arg(parsed.errorString()));
    if (parsed.hasFragment())
        return Error::invalid(tr("Alamat PostgreSQL tidak boleh memuat \"#\"."));
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
    QStringList seen;
    const auto items = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString& item : items) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString key = QUrl::fromPercentEncoding(item.left(equals).toUtf8());
        const QString value
            = equals < 0 ? QString() : QUrl::fromPercentEncoding(item.mid(equals + 1).toUtf8());
        // The CA file is a path, checked (and later quoted) as one; every other value here.
        if (auto checked = checkOption(key, value, allowedQueryKeys(), seen, key == KeySslRootCert); !checked)
            return checked.error();
        if (key == KeyHost) {
            // Only a Unix socket folder, in place of a host the URL does not name.
            if (!parsed.host().isEmpty() || !value.startsWith(QLatin1Char('/')))
                return Error::invalid(
                    tr("Opsi \"host\" hanya untuk folder soket Unix, tanpa nama server di "
                       "alamat: postgresql://pengguna@/nama_database?host=/var/run/postgresql"));
            url.host = value;
        } else if (key == KeySslRootCert) {
            url.caFile = value;
        } else {
            options << key + QLatin1Char('=') + value;
        }
    }
    url.options = options.join(QLatin1Char(';'));
    if (auto valid = url.validate(); !valid)
        return valid.error();
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

bool DatabaseUrl::isLocalHost() const
{
    if (host.startsWith(QLatin1Char('/')))
        return true; // a Unix socket folder: never leaves this computer
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Status DatabaseUrl::validate() const
{
    if (isSqlite())
        return {};
    if (host.isEmpty())
        return Error::invalid(tr("Alamat server PostgreSQL kosong."));
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (hasUnsafe(host, socket ? QString() : QStringLiteral("/,@?#")))
        return Error::invalid(tr("Alamat server PostgreSQL tidak valid: \"%1\" tidak boleh memuat spasi, "
                                 "tanda kutip, \\, =, ;, koma, \"/\", \"@\" atau karakter kendali.")
                                  .arg(Text::forTerminal(host)));
    if (port < 1 || port > 65535)
        return Error::invalid(tr("Port PostgreSQL harus antara 1 dan 65535."));
    if (hasUnsafe(user))
        return Error::invalid(tr("Nama pengguna PostgreSQL tidak boleh memuat spasi, tanda kutip, \\, =, ; "
                                 "atau karakter kendali."));
    if (hasUnsafe(name, QStringLiteral("/")))
        return Error::invalid(
            tr("Nama database PostgreSQL tidak boleh memuat spasi, tanda kutip, \\, /, =, ; "
               "atau karakter kendali."));
    for (const QChar c : password) {
        if (c.category() == QChar::Other_Control)
            return Error::invalid(tr("Kata sandi PostgreSQL tidak boleh memuat karakter kendali."));
    }
    if (!caFile.isEmpty()) {
        if (auto caPath = checkPath(caFile); !caPath)
            return caPath;
    }

    QStringList seen;
    const QStringList connectionKeys {KeySslMode, KeyConnectTimeout, KeyApplicationName};
    const auto pairs = optionPairs(options);
    for (const auto& [key, value] : pairs) {
        if (auto checked = checkOption(key, value, connectionKeys, seen, false); !checked)
            return checked.error();
        if (key == KeySslMode) {
            if (!sslModes().contains(value))
                return Error::invalid(tr("Nilai sslmode \"%1\" tidak dikenal. Gunakan %2.")
                                          .arg(value, sslModes().join(QStringLiteral(", "))));
            if (!encrypts(value) && !isLocalHost())
                return Error::invalid(tr("sslmode=%1 tidak diizinkan untuk server %2: koneksi ke server di "
                                         "komputer lain wajib dienkripsi (TLS). Gunakan sslmode=require, "
                                         "verify-ca atau verify-full, atau hapus opsi sslmode.")
                                          .arg(value, host));
        } else if (key == KeyConnectTimeout) {
            bool number = false;
            const int seconds = value.toInt(&number);
            if (!number || seconds < 1 || seconds > MaxConnectTimeout)
                return Error::invalid(
                    tr("connect_timeout harus berupa jumlah detik antara 1 dan %1.").arg(MaxConnectTimeout));
        } else if (value.size() > MaxApplicationName) {
            return Error::invalid(tr("application_name paling panjang %1 karakter.").arg(MaxApplicationName));
        }
    }
    return {};
}

QString DatabaseUrl::sslMode() const
{
    const auto pairs = optionPairs(options);
    for (const auto& [key, value] : pairs) {
        if (key == KeySslMode)
            return value;
    }
    if (!caFile.isEmpty())
        return QStringLiteral("verify-full");
    return isLocalHost() ? QString() : QStringLiteral("require");
}

Status DatabaseUrl::checkCaFile() const
{
    if (caFile.isEmpty())
        return {};
    const QFileInfo file(caFile);
    if (!file.isFile() || !file.isReadable())
        return Error::invalid(tr("Sertifikat CA server %1 tidak ada atau tidak dapat dibaca.")
                                  .arg(QDir::toNativeSeparators(caFile)));
    return {};
}

Result<QString> DatabaseUrl::connectOptions() const
{
    if (auto valid = validate(); !valid)
        return valid.error();
    if (auto ca = checkCaFile(); !ca)
        return ca.error();
    QString timeout = QString::number(DefaultConnectTimeout);
    QString application = QStringLiteral("karier-asn");
    const auto pairs = optionPairs(options);
    for (const auto& [key, value] : pairs) {
        if (key == KeyConnectTimeout)
            timeout = value;
        else if (key == KeyApplicationName)
            application = value;
    }
    // QPSQL turns every `;` into a space and appends the result to its connection string.
    QStringList result {KeyConnectTimeout + QLatin1Char('=') + quoted(timeout),
        KeyApplicationName + QLatin1Char('=') + quoted(application), QStringLiteral("hostaddr=''")};
    if (const QString mode = sslMode(); !mode.isEmpty())
        result << KeySslMode + QLatin1Char('=') + quoted(mode);
    if (!caFile.isEmpty())
        result << KeySslRootCert + QLatin1Char('=') + quoted(caFile);
    return result.join(QLatin1Char(';'));
}

QString DatabaseUrl::toString(bool withPassword) const
{
    if (isSqlite())
        return QStringLiteral("sqlite:") + path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    const bool socket = host.startsWith(QLatin1Char('/'));
    url.setHost(socket ? QString() : host);
    url.setPort(port);
    url.setUserName(user);
    if (!password.isEmpty())
        url.setPassword(withPassword ? password : QStringLiteral("***"));
    url.setPath(QLatin1Char('/') + name);
    // The query is written here, every value percent-encoded, as parse() reads it.
    QStringList query;
    const auto add = [&query](const QString& key, const QString& value) {
        query << key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value, "/"));
    };
    if (socket)
        add(KeyHost, host);
    const auto pairs = optionPairs(options);
    for (const auto& [key, value] : pairs)
        add(key, value);
    if (!caFile.isEmpty())
        add(KeySslRootCert, caFile);
    QString text = url.toString();
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

QString DatabaseUrl::serverName() const
{
    const bool ipv6 = host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('/'));
    return (ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':')
        + QString::number(port);
}

QString DatabaseUrl::displayName() const
{
    if (isSqlite())
        return QStringLiteral("SQLite · %1").arg(QDir::toNativeSeparators(path));
    return QStringLiteral("PostgreSQL · %1/%2").arg(serverName(), name);
}

} // namespace karier
