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

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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
