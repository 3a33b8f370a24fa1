// SPDX-License-Identifier: GPL-3.0-or-later
// The connection to a real PostgreSQL 15 server (the throwaway cluster of tests/support/pg-cluster.sh,
// which has no TLS): TLS asked for is really demanded (a clear Indonesian refusal, quickly, never a
// connection in clear text), the host connected to is the host named, a Unix socket folder works.
// PostgreSQL only (registered as postgresql.TestPostgresConnection).
#include "TestDatabase.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

namespace {

/// Well under DatabaseUrl::DefaultConnectTimeout: a refusal must not wait for a timeout.
constexpr qint64 QuickMs = 5000;

const QString NoTls = QStringLiteral("Server PostgreSQL tidak mendukung koneksi terenkripsi (TLS), padahal "
                                     "koneksi ini mewajibkannya.");

} // namespace

class TestPostgresConnection : public QObject
{
    Q_OBJECT

    TestDatabase m_fresh;
    QTemporaryDir m_dir;
    QString m_caFile;

    /// The test database's URL with the URL query \a query, parsed as a user's URL would be.
    DatabaseUrl withQuery(const QString& query) const
    {
        DatabaseUrl url = m_fresh.url();
        const QString text = url.toString(true) + QLatin1Char('?') + query;
        auto parsed = DatabaseUrl::parse(text);
        if (!parsed) {
            qWarning("%s", qPrintable(parsed.error().message));
            return {};
        }
        return parsed.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestDatabase::isPostgres(), "run with KARIER_TEST_DIALECT=postgresql");
        QVERIFY2(m_fresh.error().isEmpty(), qPrintable(m_fresh.error()));
        QVERIFY(m_fresh.open()); // created and migrated once
        QVERIFY(m_dir.isValid());
        // libpq reads the CA file only once the server agrees to TLS: its content does not matter here.
        m_caFile = m_dir.filePath(QStringLiteral("ca server.pem"));
        QFile ca(m_caFile);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
    }

    void plainLocalServer_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<bool>("connects");

        QTest::newRow("local default (libpq's prefer)") << "" << false << true;
        QTest::newRow("sslmode=disable, local") << "sslmode=disable" << false << true;
        QTest::newRow("sslmode=require") << "sslmode=require" << false << false;
        QTest::newRow("sslmode=verify-ca") << "sslmode=verify-ca" << true << false;
        QTest::newRow("CA file: verify-full") << "" << true << false;
    }

    /// The cluster speaks no TLS: where TLS is demanded the connection is refused at once, in
    /// Indonesian, naming the server; nothing is sent in clear text.
    void plainLocalServer()
    {
        QFETCH(QString, query);
        QFETCH(bool, withCa);
        QFETCH(bool, connects);
        DatabaseUrl url = query.isEmpty() ? m_fresh.url() : withQuery(query);
        QVERIFY(!url.host.isEmpty());
        if (withCa)
            url.caFile = m_caFile;

        QElapsedTimer timer;
        timer.start();
        const auto db = Database::open(url, Database::OpenMode::RequireExisting);
        QVERIFY2(timer.elapsed() < QuickMs, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(db.ok(), connects);
        const auto tested = AppSettings::testConnection(url);
        QCOMPARE(tested.ok(), connects);
        if (connects)
            return;
        for (const Error& error : {db.error(), tested.error()}) {
            QCOMPARE(error.code, ErrorCode::Database);
            QVERIFY2(error.message.startsWith(
                         QStringLiteral("Menghubungi server PostgreSQL %1: ").arg(url.serverName()) + NoTls),
                qPrintable(error.message));
        }
    }

    /// PGHOSTADDR in the environment would make libpq connect to that address whatever the host:
    /// the connection keeps to the host named (an empty hostaddr is always given).
    void environmentCannotRedirect()
    {
        qputenv("PGHOSTADDR", "127.0.0.2"); // nobody listens there
        qputenv("PGSSLMODE", "disable"); // nor can PGSSLMODE undo an sslmode the URL gives
        const auto db = Database::open(m_fresh.url(), Database::OpenMode::RequireExisting);
        const auto required = Database::open(withQuery(QStringLiteral("sslmode=require")));
        qunsetenv("PGHOSTADDR");
        qunsetenv("PGSSLMODE");
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(db.value()->url().host, m_fresh.url().host);
        QVERIFY(!required.ok());
        QVERIFY2(required.error().message.contains(NoTls), qPrintable(required.error().message));
    }

    /// A Unix socket folder (postgresql://user@/db?host=/folder) is local: libpq's default, and it
    /// connects; the name shown is the folder.
    void unixSocketFolder()
    {
        QFile datadir(qEnvironmentVariable("KARIER_TEST_PG_STATE") + QStringLiteral("/datadir"));
        QVERIFY(datadir.open(QIODevice::ReadOnly));
        const QString folder = QFileInfo(QString::fromUtf8(datadir.readAll()).trimmed()).absolutePath();
        DatabaseUrl tcp = m_fresh.url();
        const QString text = QStringLiteral("postgresql://%1:%2@:%3/%4?host=%5")
                                 .arg(tcp.user, QString::fromLatin1(QUrl::toPercentEncoding(tcp.password)))
                                 .arg(tcp.port)
                                 .arg(tcp.name, folder);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY2(url.ok(), qPrintable(url.error().message));
        QCOMPARE(url->host, folder);
        QVERIFY(url->isLocalHost());
        QCOMPARE(url->sslMode(), QString());
        QVERIFY(url->displayName().contains(folder));
        const auto db = Database::open(url.value(), Database::OpenMode::RequireExisting);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        const Status viaSocket = db.value()->read([](QSqlDatabase& c) -> Status {
            QSqlQuery q(c);
            // inet_server_addr() is NULL on a Unix socket connection.
            if (!q.exec(QStringLiteral("SELECT inet_server_addr() IS NULL")) || !q.next())
                return Database::errorFrom(q.lastError());
            if (!q.value(0).toBool())
                return Error::database(QStringLiteral("connected over TCP, not the socket"));
            return {};
        });
        QVERIFY2(viaSocket.ok(), qPrintable(viaSocket.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPostgresConnection)
#include "TestPostgresConnection.moc"
