// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestDatabase.h"
#include "auth/Base32.h"
#include "auth/Totp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace karier;
using karier::test::TestDatabase;

/// karier-cli export-siasn end to end: the real executable on the demo data of the test dialect; the marks
/// (a second run exports nothing new), --all to standard output, --documents, usage errors, and on a shared
/// server the Admin's own login (the marks written under the server's rules) while an ASN is refused.
class TestSiasnExportCli : public QObject
{
    Q_OBJECT

    using Run = karier::test::CliRun;
    QTemporaryDir m_home;
    QTemporaryDir m_out;

    Run cli(const QStringList& args, const QMap<QString, QString>& env = {})
    {
        return karier::test::runCli(QStringLiteral(KARIER_CLI_PATH), m_home.path(), args, {}, env);
    }

    static QStringList with(const TestDatabase& db, QStringList args)
    {
        return QStringList {QStringLiteral("--database"), db.url().toString(true)} + args;
    }

    static QJsonArray arrayOf(const QByteArray& bytes)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            qWarning("not a JSON array: %s", qUtf8Printable(error.errorString()));
        return doc.array();
    }

    QJsonArray fileArray(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return arrayOf(file.readAll());
    }

private Q_SLOTS:
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("text");
        QTest::newRow("no file") << QStringList {"export-siasn"} << "file keluaran";
        QTest::newRow("two files") << QStringList {"export-siasn", "a.json", "b.json"} << "file keluaran";
        QTest::newRow("bad type") << QStringList {"export-siasn", "--type", "timkerja", "-"} << "--type";
        QTest::newRow("bad date") << QStringList {"export-siasn", "--since", "2026-13-01", "-"} << "--since";
        QTest::newRow("unknown option") << QStringList {"export-siasn", "--semua", "-"} << "semua";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, text);
        TestDatabase fresh;
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        QCOMPARE(cli(with(fresh, {QStringLiteral("init")})).exitCode, 0);
        const Run run = cli(with(fresh, args));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(text), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void exportsOnceThenOnlyWhatIsNew()
    {
        TestDatabase fresh;
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        QCOMPARE(cli(with(fresh, {QStringLiteral("demo")})).exitCode, 0);
        const QString out = m_out.filePath(QStringLiteral("siasn.json"));
        const QString docs = m_out.filePath(QStringLiteral("dokumen"));

        // The demo has one approved Kursus: one payload, its document beside it.
        Run run = cli(with(fresh, {"export-siasn", "--documents", docs, out}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(
            run.out.contains(QLatin1String("1 riwayat diekspor (kursus 1, sertifikasi 0, penghargaan 0)")),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("1 dokumen ditulis")), qPrintable(run.out));
        QJsonArray array = fileArray(out);
        QCOMPARE(array.size(), 1);
        const QJsonObject item = array.at(0).toObject();
        QCOMPARE(item.value(QStringLiteral("type")).toString(), QStringLiteral("kursus"));
        QCOMPARE(item.value(QStringLiteral("nipBaru")).toString(), QStringLiteral("198609262015051001"));
        const QJsonObject payload = item.value(QStringLiteral("payload")).toObject();
        QVERIFY(payload.value(QStringLiteral("jumlahJam")).isDouble());
        QVERIFY(payload.value(QStringLiteral("tanggalKursus"))
                    .toString()
                    .contains(QRegularExpression(QStringLiteral("^\\d\\d-\\d\\d-\\d{4}$"))));
        const QString fileName
            = item.value(QStringLiteral("document")).toObject().value(QStringLiteral("fileName")).toString();
        QVERIFY(QFile::exists(QDir(docs).filePath(fileName)));

        // Marked: the second run exports nothing, and says so.
        run = cli(with(fresh, {"export-siasn", out}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("0 riwayat diekspor")), qPrintable(run.out));
        QCOMPARE(fileArray(out).size(), 0);

        // --all to standard output: the JSON alone on stdout, the summary on stderr.
        run = cli(with(fresh, {"export-siasn", "--all", "--type", "kursus", "-"}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(arrayOf(run.out.toUtf8()).size(), 1);
        QVERIFY2(run.err.contains(QLatin1String("1 riwayat diekspor")), qPrintable(run.err));
        run = cli(with(fresh, {"export-siasn", "--all", "--type", "penghargaan", "-"}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(arrayOf(run.out.toUtf8()).size(), 0);
    }

    void onlyTheAdminOnTheirOwnLogin()
    {
        TestDatabase fresh;
        QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
        QCOMPARE(cli(with(fresh, {QStringLiteral("demo")})).exitCode, 0);
        QStringList server = with(fresh, {});
        if (TestDatabase::isPostgres()) {
            DatabaseUrl url = fresh.url();
            url.user.clear();
            url.password.clear();
            server = {QStringLiteral("--database"), url.toString(true)};
        }
        const QString out = m_out.filePath(QStringLiteral("login.json"));
        Run run = cli(server + QStringList {"--login", "198609262015051001", "export-siasn", out},
            {{QStringLiteral("KARIER_PASSWORD"), QStringLiteral("DemoAsn2026")}});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("tidak berhak")), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));

        const QByteArray secret
            = Base32::decode(QStringLiteral("KARIERASNADMINDEMOSURAKARTA23456")).value_or(QByteArray());
        run = cli(server + QStringList {"--login", "198503152010012002", "export-siasn", out},
            {{QStringLiteral("KARIER_PASSWORD"), QStringLiteral("DemoAdmin2026")},
                {QStringLiteral("KARIER_OTP"), Totp::code(secret, QDateTime::currentSecsSinceEpoch())}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(fileArray(out).size(), 1);
        auto db = fresh.open();
        QVERIFY(db);
        const auto marked = db->readValue([](QSqlDatabase& c) -> Result<QString> {
            SqlQuery q(c, QStringLiteral("SELECT exported_by_nip FROM siasn_exports"));
            if (!q.exec() || !q.next())
                return Error::notFound(QStringLiteral("no mark"));
            return q.value(0).toString();
        });
        QVERIFY2(marked.ok(), marked.ok() ? "" : qPrintable(marked.error().message));
        QCOMPARE(marked.value(), QStringLiteral("198503152010012002"));
    }
};

QTEST_GUILESS_MAIN(TestSiasnExportCli)
#include "TestSiasnExportCli.moc"
