// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;

namespace {

/// The options every PostgreSQL connection starts with (DatabaseUrl::connectOptions).
QString base(
    const QString& timeout = QStringLiteral("10"), const QString& name = QStringLiteral("karier-asn"))
{
    return QStringLiteral("connect_timeout='%1';application_name='%2';hostaddr=''").arg(timeout, name);
}

} // namespace

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_caFile; ///< a readable file standing for a CA certificate (its content is not read here)

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_caFile = m_dir.filePath(QStringLiteral("ca server.pem"));
        QFile ca(m_caFile);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("sqlite");
        QTest::addColumn<QString>("hostOrPath");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("options");

        QTest::newRow("sqlite absolute") << "sqlite:/var/lib/karier/data.sqlite" << true << true
                                         << "/var/lib/karier/data.sqlite" << 0 << ""
                                         << ""
                                         << ""
                                         << "";
        QTest::newRow("sqlite url form")
            << "sqlite:///tmp/x.sqlite" << true << true << "/tmp/x.sqlite" << 0 << ""
            << ""
            << ""
            << "";
        QTest::newRow("postgresql full") << "postgresql://karier:rahasia@db.bkpsdm.local:5433/karier" << true
                                         << false << "db.bkpsdm.local" << 5433 << "karier"
                                         << "rahasia"
                                         << "karier"
                                         << "";
        QTest::newRow("postgres alias, default port")
            << "postgres://u@10.0.0.5/karier_asn" << true << false << "10.0.0.5" << 5432 << "u"
            << ""
            << "karier_asn"
            << "";
        QTest::newRow("percent-encoded password")
            << "postgresql://u:p%40ss%2Fw@h/db" << true << false << "h" << 5432 << "u"
            << "p@ss/w"
            << "db"
            << "";
        QTest::newRow("options") << "postgresql://u:s3cr3t@h:5432/db?sslmode=require" << true << false << "h"
                                 << 5432 << "u"
                                 << "s3cr3t"
                                 << "db"
                                 << "sslmode=require";
        QTest::newRow("unknown scheme") << "mysql://u:p@h/db" << false << false << "" << 0 << ""
                                        << ""
                                        << ""
                                        << "";
        QTest::newRow("no scheme") << "/tmp/file.sqlite" << false << false << "" << 0 << ""
                                   << ""
                                   << ""
                                   << "";
        QTest::newRow("empty") << "" << false << false << "" << 0 << ""
                               << ""
                               << ""
                               << "";
        QTest::newRow("sqlite without path") << "sqlite:" << false << false << "" << 0 << ""
                                             << ""
                                             << ""
                                             << "";
        QTest::newRow("postgresql without db")
            << "postgresql://u:p@h:5432/" << false << false << "" << 0 << ""
            << ""
            << ""
            << "";
        QTest::newRow("option injection")
            << "postgresql://u@h/db?sslmode=disable;host=evil" << false << false << "" << 0 << ""
            << ""
            << ""
            << "";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const auto url = DatabaseUrl::parse(text);
        QCOMPARE(url.ok(), ok);
        if (!ok) {
            QVERIFY(!url.error().message.isEmpty());
            return;
        }
        QFETCH(bool, sqlite);
        QFETCH(QString, hostOrPath);
        QCOMPARE(url->isSqlite(), sqlite);
        if (sqlite) {
            QCOMPARE(url->path, hostOrPath);
            return;
        }
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, name);
        QFETCH(QString, options);
        QCOMPARE(url->host, hostOrPath);
        QCOMPARE(url->port, port);
        QCOMPARE(url->user, user);
        QCOMPARE(url->password, password);
        QCOMPARE(url->name, name);
        QCOMPARE(url->options, options);
        // Round trip, and the password never shown unless asked for.
        const auto again = DatabaseUrl::parse(url->toString(true));
        QVERIFY(again.ok());
        QCOMPARE(again->password, password);
        if (!password.isEmpty())
            QVERIFY(!url->toString().contains(password));
    }

    /// Local or not, and what the driver gets: TLS demanded for every host that is not this computer.
    void connectOptions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("withCa"); ///< the "Sertifikat CA server" setting is filled
        QTest::addColumn<bool>("local");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("options"); ///< after base(); CA stands for the CA file
        QTest::addColumn<QString>("server"); ///< serverName(): the host actually connected to

        QTest::newRow("localhost: libpq's default") << "postgresql://u@localhost/db" << false << true << ""
                                                    << ""
                                                    << "localhost:5432";
        QTest::newRow("no host is localhost") << "postgresql://u@/db" << false << true << ""
                                              << ""
                                              << "localhost:5432";
        QTest::newRow("LOCALHOST") << "postgresql://u@LOCALHOST:5433/db" << false << true << ""
                                   << ""
                                   << "localhost:5433";
        QTest::newRow("127.0.0.1") << "postgresql://u@127.0.0.1/db" << false << true << ""
                                   << ""
                                   << "127.0.0.1:5432";
        QTest::newRow("127.8.9.10 (127/8)") << "postgresql://u@127.8.9.10/db" << false << true << ""
                                            << ""
                                            << "127.8.9.10:5432";
        QTest::newRow("::1") << "postgresql://u@[::1]:6000/db" << false << true << ""
                             << ""
                             << "[::1]:6000";
        QTest::newRow("unix socket folder")
            << "postgresql://u@/db?host=/var/run/postgresql" << false << true << ""
            << ""
            << "/var/run/postgresql:5432";
        QTest::newRow("local, sslmode given")
            << "postgresql://u@localhost/db?sslmode=disable" << false << true << "disable"
            << ";sslmode='disable'"
            << "localhost:5432";
        QTest::newRow("local with CA: verify-full")
            << "postgresql://u@127.0.0.1/db" << true << true << "verify-full"
            << ";sslmode='verify-full';sslrootcert='CA'"
            << "127.0.0.1:5432";

        QTest::newRow("remote name: require")
            << "postgresql://u:p@db.bkpsdm.local:5433/karier" << false << false << "require"
            << ";sslmode='require'"
            << "db.bkpsdm.local:5433";
        QTest::newRow("remote address: require")
            << "postgresql://u@10.0.0.5/karier" << false << false << "require"
            << ";sslmode='require'"
            << "10.0.0.5:5432";
        QTest::newRow("remote IPv6: require")
            << "postgresql://u@[2001:db8::5]/karier" << false << false << "require"
            << ";sslmode='require'"
            << "[2001:db8::5]:5432";
        QTest::newRow("localhost.example is not local")
            << "postgresql://u@localhost.example/db" << false << false << "require"
            << ";sslmode='require'"
            << "localhost.example:5432";
        QTest::newRow("127.0.0.1.nip.io is not local")
            << "postgresql://u@127.0.0.1.nip.io/db" << false << false << "require"
            << ";sslmode='require'"
            << "127.0.0.1.nip.io:5432";
        QTest::newRow("remote, stronger mode asked")
            << "postgresql://u@10.0.0.5/karier?sslmode=verify-ca" << false << false << "verify-ca"
            << ";sslmode='verify-ca'"
            << "10.0.0.5:5432";
        QTest::newRow("remote with CA setting: verify-full")
            << "postgresql://u@10.0.0.5/karier" << true << false << "verify-full"
            << ";sslmode='verify-full';sslrootcert='CA'"
            << "10.0.0.5:5432";
        QTest::newRow("remote with CA in the URL: verify-full")
            << "postgresql://u@10.0.0.5/karier?sslrootcert=CA" << false << false << "verify-full"
            << ";sslmode='verify-full';sslrootcert='CA'"
            << "10.0.0.5:5432";
        QTest::newRow("remote with CA, verify-ca asked")
            << "postgresql://u@10.0.0.5/karier?sslmode=verify-ca" << true << false << "verify-ca"
            << ";sslmode='verify-ca';sslrootcert='CA'"
            << "10.0.0.5:5432";
        QTest::newRow("timeout and name given")
            << "postgresql://u@db.example/karier?connect_timeout=30&application_name=loket-3" << false
            << false << "require"
            << ";sslmode='require'"
            << "db.example:5432";
    }

    void connectOptions()
    {
        QFETCH(QString, text);
        QFETCH(bool, withCa);
        QFETCH(bool, local);
        QFETCH(QString, sslMode);
        QFETCH(QString, options);
        QFETCH(QString, server);
        const QString encodedCa = QString::fromLatin1(QUrl::toPercentEncoding(m_caFile, "/"));
        auto url
            = DatabaseUrl::parse(QString(text).replace(QLatin1String("=CA"), QLatin1Char('=') + encodedCa));
        QVERIFY2(url.ok(), qPrintable(url.error().message));
        DatabaseUrl value = url.value();
        if (withCa)
            value.caFile = m_caFile;
        QCOMPARE(value.isLocalHost(), local);
        QCOMPARE(value.sslMode(), sslMode);
        QCOMPARE(value.serverName(), server);
        QVERIFY(value.displayName().contains(server));
        const auto built = value.connectOptions();
        QVERIFY2(built.ok(), qPrintable(built.error().message));
        QString expected = options;
        expected.replace(QLatin1String("'CA'"), QLatin1Char('\'') + m_caFile + QLatin1Char('\''));
        if (text.contains(QLatin1String("connect_timeout=30")))
            QCOMPARE(built.value(), base(QStringLiteral("30"), QStringLiteral("loket-3")) + expected);
        else
            QCOMPARE(built.value(), base() + expected);

        // What is stored and shown again gives the same connection.
        const auto again = DatabaseUrl::parse(value.toString(true));
        QVERIFY2(again.ok(), qPrintable(value.toString(true) + QLatin1String(": ") + again.error().message));
        QCOMPARE(again->host, value.host);
        QCOMPARE(again->caFile, value.caFile);
        QCOMPARE(again->connectOptions().value(), built.value());
    }

    /// Attempts to pass other libpq options (another host, no TLS) through the URL: refused, naming
    /// what is wrong, in Indonesian.
    void injectionRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message"); ///< the whole message, or its start when it ends with "…"

        const QString valueRefused = QStringLiteral("Nilai opsi PostgreSQL \"%1\" tidak boleh memuat spasi, "
                                                    "tanda kutip, \\, =, ; atau karakter kendali.");
        const QString unknown
            = QStringLiteral("Opsi PostgreSQL \"%1\" tidak dikenal. Opsi yang diterima: "
                             "sslmode, sslrootcert, connect_timeout, application_name, host.");
        QTest::newRow("raw space starts another option")
            << "postgresql://u@db.example/karier?application_name=x host=1.2.3.4"
            << valueRefused.arg(QLatin1String("application_name"));
        QTest::newRow("%20-encoded space")
            << "postgresql://u@db.example/karier?application_name=x%20host%3D1.2.3.4"
            << valueRefused.arg(QLatin1String("application_name"));
        QTest::newRow("tab") << "postgresql://u@db.example/karier?application_name=x%09host%3D1.2.3.4"
                             << valueRefused.arg(QLatin1String("application_name"));
        QTest::newRow("newline") << "postgresql://u@db.example/karier?application_name=x%0Ahost%3D1.2.3.4"
                                 << valueRefused.arg(QLatin1String("application_name"));
        QTest::newRow("single quote") << "postgresql://u@db.example/karier?application_name=x%27%20host%3D1"
                                      << valueRefused.arg(QLatin1String("application_name"));
        QTest::newRow("double quote") << "postgresql://u@db.example/karier?application_name=x%22"
                                      << valueRefused.arg(QLatin1String("application_name"));
        QTest::newRow("backslash") << "postgresql://u@db.example/karier?application_name=x%5C"
                                   << valueRefused.arg(QLatin1String("application_name"));
        QTest::newRow("equals sign") << "postgresql://u@db.example/karier?application_name=host=1.2.3.4"
                                     << valueRefused.arg(QLatin1String("application_name"));
        QTest::newRow("semicolon (QPSQL's separator)")
            << "postgresql://u@db.example/karier?sslmode=require;host=1.2.3.4"
            << valueRefused.arg(QLatin1String("sslmode"));
        QTest::newRow("%3B-encoded semicolon")
            << "postgresql://u@db.example/karier?application_name=x%3Bhost%3D1.2.3.4"
            << valueRefused.arg(QLatin1String("application_name"));
        QTest::newRow("NUL") << "postgresql://u@db.example/karier?application_name=x%00"
                             << valueRefused.arg(QLatin1String("application_name"));
        QTest::newRow("unknown key hostaddr")
            << "postgresql://u@db.example/karier?hostaddr=1.2.3.4" << unknown.arg(QLatin1String("hostaddr"));
        QTest::newRow("unknown key options")
            << "postgresql://u@db.example/karier?options=-csearch_path%3Devil"
            << unknown.arg(QLatin1String("options"));
        QTest::newRow("unknown key service")
            << "postgresql://u@db.example/karier?service=lain" << unknown.arg(QLatin1String("service"));
        QTest::newRow("upper-case key")
            << "postgresql://u@db.example/karier?SSLMODE=disable" << unknown.arg(QLatin1String("SSLMODE"));
        QTest::newRow("key given twice") << "postgresql://u@db.example/karier?sslmode=require&sslmode=disable"
                                         << "Opsi PostgreSQL \"sslmode\" diberikan lebih dari sekali.";
        QTest::newRow("key without value") << "postgresql://u@db.example/karier?sslmode"
                                           << "Opsi PostgreSQL \"sslmode\" tanpa nilai.";
        QTest::newRow("host option beside a host") << "postgresql://u@db.example/karier?host=/tmp"
                                                   << "Opsi \"host\" hanya untuk folder soket Unix…";
        QTest::newRow("host option naming a server") << "postgresql://u@/karier?host=1.2.3.4"
                                                     << "Opsi \"host\" hanya untuk folder soket Unix…";
        QTest::newRow("socket folder with a space")
            << "postgresql://u@/karier?host=/tmp/x%20hostaddr%3D1.2.3.4"
            << valueRefused.arg(QLatin1String("host"));

        const QString weak = QStringLiteral(
            "sslmode=%1 tidak diizinkan untuk server %2: koneksi ke server di komputer lain wajib dienkripsi "
            "(TLS). Gunakan sslmode=require, verify-ca atau verify-full, atau hapus opsi sslmode.");
        QTest::newRow("sslmode=disable, remote")
            << "postgresql://u@db.example/karier?sslmode=disable" << weak.arg("disable", "db.example");
        QTest::newRow("sslmode=allow, remote")
            << "postgresql://u@10.0.0.5/karier?sslmode=allow" << weak.arg("allow", "10.0.0.5");
        QTest::newRow("sslmode=prefer, remote")
            << "postgresql://u@10.0.0.5/karier?sslmode=prefer" << weak.arg("prefer", "10.0.0.5");
        QTest::newRow("sslmode unknown") << "postgresql://u@localhost/karier?sslmode=maybe"
                                         << "Nilai sslmode \"maybe\" tidak dikenal. Gunakan disable, allow, "
                                            "prefer, require, verify-ca, verify-full.";
        QTest::newRow("connect_timeout 0 (wait for ever)")
            << "postgresql://u@localhost/karier?connect_timeout=0"
            << "connect_timeout harus berupa jumlah detik antara 1 dan 600.";
        QTest::newRow("connect_timeout not a number")
            << "postgresql://u@localhost/karier?connect_timeout=10s"
            << "connect_timeout harus berupa jumlah detik antara 1 dan 600.";
        QTest::newRow("CA path relative")
            << "postgresql://u@db.example/karier?sslrootcert=ca.pem"
            << "Sertifikat CA server harus ditulis dengan jalur lengkap: ca.pem";
        QTest::newRow("CA path with a quote")
            << "postgresql://u@db.example/karier?sslrootcert=/etc/ca%27.pem"
            << "Jalur Sertifikat CA server tidak boleh memuat tanda kutip, \\, =, ; atau karakter kendali.";

        const QString userRefused = QStringLiteral("Nama pengguna PostgreSQL tidak boleh memuat spasi, tanda "
                                                   "kutip, \\, =, ; atau karakter kendali.");
        const QString nameRefused = QStringLiteral("Nama database PostgreSQL tidak boleh memuat spasi, tanda "
                                                   "kutip, \\, /, =, ; atau karakter kendali.");
        QTest::newRow("user with space") << "postgresql://u%20host%3Devil@db.example/karier" << userRefused;
        QTest::newRow("user with quote") << "postgresql://u%27@db.example/karier" << userRefused;
        QTest::newRow("database with space")
            << "postgresql://u@db.example/karier%20host%3D1.2.3.4" << nameRefused;
        QTest::newRow("database with quote") << "postgresql://u@db.example/kar%27ier" << nameRefused;
        QTest::newRow("password with newline")
            << "postgresql://u:a%0Ab@db.example/karier"
            << "Kata sandi PostgreSQL tidak boleh memuat karakter kendali.";
        QTest::newRow("fragment") << "postgresql://u@db.example/karier#x"
                                  << "Alamat PostgreSQL tidak boleh memuat \"#\".";
    }

    void injectionRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY2(!url.ok(), qPrintable(url.ok() ? url->connectOptions().value() : QString()));
        QCOMPARE(url.error().code, ErrorCode::InvalidInput);
        if (message.endsWith(QChar(0x2026)))
            QVERIFY2(url.error().message.startsWith(message.chopped(1)), qPrintable(url.error().message));
        else
            QCOMPARE(url.error().message, message);
    }

    /// The same rules for a URL made field by field (the settings dialog): nothing unchecked reaches
    /// the driver, whoever built the DatabaseUrl.
    void fieldsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message"); ///< a part of the message

        QTest::newRow("host with space") << "host"
                                         << "10.0.0.5 hostaddr=1.2.3.4"
                                         << "Alamat server PostgreSQL tidak valid";
        QTest::newRow("host list") << "host"
                                   << "10.0.0.5,1.2.3.4"
                                   << "Alamat server PostgreSQL tidak valid";
        QTest::newRow("host with quote") << "host"
                                         << "h'"
                                         << "Alamat server PostgreSQL tidak valid";
        QTest::newRow("host with =") << "host"
                                     << "host=1.2.3.4"
                                     << "Alamat server PostgreSQL tidak valid";
        QTest::newRow("host with slash") << "host"
                                         << "db/x"
                                         << "Alamat server PostgreSQL tidak valid";
        QTest::newRow("abstract socket") << "host"
                                         << "@pg"
                                         << "Alamat server PostgreSQL tidak valid";
        QTest::newRow("user with =") << "user"
                                     << "u=1"
                                     << "Nama pengguna PostgreSQL";
        QTest::newRow("name with ;") << "name"
                                     << "db;host=1.2.3.4"
                                     << "Nama database PostgreSQL";
        QTest::newRow("options: hostaddr") << "options"
                                           << "hostaddr=1.2.3.4"
                                           << "\"hostaddr\" tidak dikenal";
        QTest::newRow("options: host") << "options"
                                       << "host=1.2.3.4"
                                       << "\"host\" tidak dikenal";
        QTest::newRow("options: value with space") << "options"
                                                   << "application_name=a host=b"
                                                   << "Nilai opsi PostgreSQL \"application_name\"";
        QTest::newRow("options: disable, remote") << "options"
                                                  << "sslmode=disable"
                                                  << "sslmode=disable tidak diizinkan";
        QTest::newRow("CA with ;") << "caFile"
                                   << "/etc/ca.pem;host=x"
                                   << "Jalur Sertifikat CA server";
        QTest::newRow("CA missing")
            << "caFile"
            << "/tidak/ada/ca.pem"
            << "Sertifikat CA server /tidak/ada/ca.pem tidak ada atau tidak dapat dibaca.";
    }

    void fieldsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        DatabaseUrl url;
        url.dialect = DatabaseUrl::Dialect::PostgreSql;
        url.host = QStringLiteral("db.example");
        url.user = QStringLiteral("karier");
        url.name = QStringLiteral("karier");
        QVERIFY(url.connectOptions().ok());
        if (field == QLatin1String("host"))
            url.host = value;
        else if (field == QLatin1String("user"))
            url.user = value;
        else if (field == QLatin1String("name"))
            url.name = value;
        else if (field == QLatin1String("options"))
            url.options = value;
        else
            url.caFile = value;
        const auto options = url.connectOptions();
        QVERIFY2(!options.ok(), qPrintable(options.ok() ? options.value() : QString()));
        QVERIFY2(options.error().message.contains(message), qPrintable(options.error().message));
    }

    void unknownSchemeMessageNamesIt()
    {
        const auto url = DatabaseUrl::parse(QStringLiteral("mysql://u:p@h/db"));
        QVERIFY(url.error().message.contains(QLatin1String("mysql")));
        QVERIFY(url.error().message.contains(QLatin1String("tidak dikenal")));
    }

    void resolveOrder()
    {
        qunsetenv("KARIER_DATABASE");
        QCOMPARE(DatabaseUrl::resolve(QStringLiteral("sqlite:/a.sqlite"), QStringLiteral("sqlite:/c.sqlite"))
                     ->path,
            QStringLiteral("/a.sqlite"));
        qputenv("KARIER_DATABASE", "sqlite:/b.sqlite");
        QCOMPARE(
            DatabaseUrl::resolve({}, QStringLiteral("sqlite:/c.sqlite"))->path, QStringLiteral("/b.sqlite"));
        qunsetenv("KARIER_DATABASE");
        QCOMPARE(
            DatabaseUrl::resolve({}, QStringLiteral("sqlite:/c.sqlite"))->path, QStringLiteral("/c.sqlite"));
        const auto fallback = DatabaseUrl::resolve({}, {});
        QVERIFY(fallback->isSqlite());
        QVERIFY(fallback->path.endsWith(QLatin1String("karier-asn.sqlite")));
    }

    void unreachablePostgresGivesClearMessageQuickly()
    {
        // A port with nobody listening: take a free one and close it again.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();
        const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://u:p@127.0.0.1:%1/karier").arg(port));
        QVERIFY(url.ok());
        QElapsedTimer timer;
        timer.start();
        const auto db = Database::open(url.value());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::Database);
        QVERIFY2(db.error().message.contains(QLatin1String("tidak dapat dihubungi")),
            qPrintable(db.error().message));
        QVERIFY(timer.elapsed() < 10000);
    }

    void silentServerTimesOutWithClearMessage()
    {
        // Accepts TCP connections (the kernel does, into the backlog) and never answers: without
        // connect_timeout libpq would wait for ever.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const auto url
            = DatabaseUrl::parse(QStringLiteral("postgresql://u:p@127.0.0.1:%1/karier?connect_timeout=2")
                                     .arg(server.serverPort()));
        QVERIFY2(url.ok(), qPrintable(url.error().message));
        QElapsedTimer timer;
        timer.start();
        const auto db = Database::open(url.value());
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.startsWith(QStringLiteral(
                     "Menghubungi server PostgreSQL 127.0.0.1:%1: Server PostgreSQL tidak dapat "
                     "dihubungi.")
                                                   .arg(server.serverPort())),
            qPrintable(db.error().message));
        QVERIFY2(
            timer.elapsed() >= 1500 && timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
    }

    void corruptSqliteFileIsRefusedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rusak.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray garbage = QByteArray("Ini bukan database, hanya teks biasa.\n").repeated(200);
        file.write(garbage);
        file.close();
        DatabaseUrl url;
        url.path = path;
        const auto db = Database::open(url);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QLatin1String("rusak")), qPrintable(db.error().message));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "TestDatabaseUrl.moc"
