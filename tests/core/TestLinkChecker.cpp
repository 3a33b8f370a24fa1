// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalHttpServer.h"
#include "net/LinkChecker.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace karier;
using karier::test::LocalHttpServer;

Q_DECLARE_METATYPE(karier::LinkStatus)

class TestLinkChecker : public QObject
{
    Q_OBJECT

    LocalHttpServer m_server;

    LinkCheckResult run(LinkChecker& checker, const QString& text, int waitMs = 8000)
    {
        QSignalSpy spy(&checker, &LinkChecker::finished);
        checker.check(text);
        if (!spy.wait(waitMs))
            return {};
        if (spy.count() != 1)
            return {};
        return spy.first().first().value<LinkCheckResult>();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void classifiesAnswers_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<LinkStatus>("status");
        QTest::addColumn<int>("http");
        QTest::addColumn<QString>("message");

        QTest::newRow("200") << "/ok" << LinkStatus::Public << 200 << "Tautan dapat dibuka.";
        QTest::newRow("redirect to 200") << "/pindah" << LinkStatus::Public << 200 << "Tautan dapat dibuka.";
        QTest::newRow("401") << "/privat401" << LinkStatus::NotPublic << 401
                             << "Tautan tidak publik — pemeriksa tidak dapat membukanya.";
        QTest::newRow("403") << "/privat403" << LinkStatus::NotPublic << 403
                             << "Tautan tidak publik — pemeriksa tidak dapat membukanya.";
        QTest::newRow("redirect to sign-in") << "/drive" << LinkStatus::NotPublic << 302
                                             << "Tautan tidak publik — pemeriksa tidak dapat membukanya.";
        QTest::newRow("sign-in page")
            << "/v3/signin/identifier" << LinkStatus::NotPublic << 200 << "Tautan tidak publik";
        QTest::newRow("404") << "/hilang" << LinkStatus::NotFound << 404 << "Tautan tidak ditemukan (404).";
        QTest::newRow("500") << "/rusak" << LinkStatus::ServerError << 500 << "HTTP 500";
        QTest::newRow("redirect loop")
            << "/putar" << LinkStatus::ServerError << 302 << "Tautan tidak dapat dibuka";
        QTest::newRow("large document: headers are enough")
            << "/besar" << LinkStatus::Public << 200 << "Tautan dapat dibuka.";
    }

    void classifiesAnswers()
    {
        QFETCH(QString, path);
        QFETCH(LinkStatus, status);
        QFETCH(int, http);
        QFETCH(QString, message);
        LinkChecker checker;
        checker.setTimeout(std::chrono::milliseconds(5000));
        QElapsedTimer clock;
        clock.start();
        const LinkCheckResult result = run(checker, m_server.url(path));
        QCOMPARE(result.status, status);
        QCOMPARE(result.httpStatus, http);
        QVERIFY2(result.message().contains(message), qPrintable(result.message()));
        QCOMPARE(result.url, QUrl(m_server.url(path)));
        QVERIFY(result.checkedAt.isValid());
        QVERIFY(!checker.isRunning());
        QVERIFY2(clock.elapsed() < 4000, "answered long before the time limit");
    }

    void signInRedirectEndsAtTheSignInUrl()
    {
        LinkChecker checker;
        const LinkCheckResult result = run(checker, m_server.url(QStringLiteral("/drive")));
        QCOMPARE(result.status, LinkStatus::NotPublic);
        QCOMPARE(result.finalUrl.path(), QStringLiteral("/ServiceLogin"));
        QCOMPARE(result.finalUrl.port(), int(m_server.serverPort()));
    }

    void checksAsAStranger()
    {
        m_server.requests.clear();
        LinkChecker checker;
        QCOMPARE(run(checker, m_server.url(QStringLiteral("/ok"))).status, LinkStatus::Public);
        QCOMPARE(m_server.requests.size(), 1);
        const QByteArray head = m_server.requests.first().toLower();
        QVERIFY(head.startsWith("get /ok http/1.1"));
        QVERIFY(!head.contains("\ncookie:"));
        QVERIFY(!head.contains("\nauthorization:"));
    }

    void slowServerHitsTheTimeout()
    {
        LinkChecker checker;
        QCOMPARE(qint64(checker.timeout().count()), qint64(10000)); // the default
        checker.setTimeout(std::chrono::milliseconds(400));
        QElapsedTimer clock;
        clock.start();
        const LinkCheckResult result = run(checker, m_server.url(QStringLiteral("/lambat")), 5000);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(result.status, LinkStatus::Timeout);
        QCOMPARE(result.httpStatus, 0);
        QVERIFY2(elapsed >= 350 && elapsed < 3000, qPrintable(QString::number(elapsed)));
        // Not the employee's fault: the link could not be checked, nothing is said against it.
        QVERIFY(linkStatusIsUnchecked(result.status));
        QVERIFY2(
            result.message().startsWith(QLatin1String("Tautan belum dapat diperiksa: server tidak menjawab")),
            qPrintable(result.message()));
        QVERIFY(!linkStatusVerdict(result.status).contains(QLatin1String("login")));
        QVERIFY(m_server.paths.contains(QStringLiteral("/lambat")));
    }

    void closedPortIsNoConnection()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        } // closed again: nothing listens there now
        LinkChecker checker;
        const LinkCheckResult result = run(checker, QStringLiteral("http://127.0.0.1:%1/sk.pdf").arg(port));
        QCOMPARE(result.status, LinkStatus::NoConnection);
        QVERIFY2(
            result.message().startsWith(QLatin1String("Tautan belum dapat diperiksa: tidak ada jaringan")),
            qPrintable(result.message()));
        QVERIFY(linkStatusIsUnchecked(result.status));
        QVERIFY(linkStatusVerdict(result.status).contains(QLatin1String("bukan kesalahan ASN")));
        QVERIFY(!linkStatusVerdict(result.status).contains(QLatin1String("login")));
        QVERIFY(!result.detail.isEmpty());
    }

    void invalidLinksAreNotSent_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("javascript") << "javascript:alert(1)";
        QTest::newRow("file") << "file:///etc/passwd";
        QTest::newRow("no scheme") << "127.0.0.1/ok";
    }

    void invalidLinksAreNotSent()
    {
        QFETCH(QString, text);
        const qsizetype before = m_server.paths.size();
        LinkChecker checker;
        QSignalSpy spy(&checker, &LinkChecker::finished);
        checker.check(text);
        QCOMPARE(spy.count(), 0); // always reported after check() returned
        QVERIFY(spy.wait(2000));
        const auto result = spy.first().first().value<LinkCheckResult>();
        QCOMPARE(result.status, LinkStatus::Invalid);
        QVERIFY(!result.message().isEmpty());
        QCOMPARE(m_server.paths.size(), before);
    }

    void aNewCheckReplacesTheRunningOne()
    {
        LinkChecker checker;
        checker.setTimeout(std::chrono::milliseconds(3000));
        QSignalSpy spy(&checker, &LinkChecker::finished);
        checker.check(m_server.url(QStringLiteral("/lambat")));
        QVERIFY(checker.isRunning());
        checker.check(m_server.url(QStringLiteral("/hilang")));
        QVERIFY(spy.wait(3000));
        QCOMPARE(spy.first().first().value<LinkCheckResult>().status, LinkStatus::NotFound);
        QTest::qWait(200);
        QCOMPARE(spy.count(), 1);

        // cancel(): no answer at all.
        checker.check(m_server.url(QStringLiteral("/ok")));
        checker.cancel();
        QVERIFY(!checker.isRunning());
        QVERIFY(!spy.wait(500));
        QCOMPARE(spy.count(), 1);
        checker.check(QStringLiteral("javascript:void(0)"));
        checker.cancel();
        QVERIFY(!spy.wait(300));
        QCOMPARE(spy.count(), 1);
    }

    void statusCodesRoundTrip()
    {
        for (LinkStatus s : {LinkStatus::NotChecked, LinkStatus::Public, LinkStatus::NotPublic,
                 LinkStatus::NotFound, LinkStatus::NoConnection, LinkStatus::Timeout, LinkStatus::ServerError,
                 LinkStatus::Invalid}) {
            QVERIFY(!linkStatusCode(s).isEmpty());
            QCOMPARE(linkStatusFromCode(linkStatusCode(s)).value(), s);
        }
        QVERIFY(!linkStatusFromCode(QStringLiteral("entah")).has_value());
        QVERIFY(!linkStatusNeedsWarning(LinkStatus::Public));
        QVERIFY(linkStatusNeedsWarning(LinkStatus::NotPublic));
        QVERIFY(linkStatusNeedsWarning(LinkStatus::NoConnection));
        // Only a check that could not be made is "unchecked"; a refusal of the server is a verdict.
        for (LinkStatus s : {LinkStatus::NotPublic, LinkStatus::NotFound, LinkStatus::ServerError,
                 LinkStatus::Public, LinkStatus::Invalid})
            QVERIFY(!linkStatusIsUnchecked(s));
        QVERIFY(linkStatusVerdict(LinkStatus::NotPublic).contains(QLatin1String("login")));
        QVERIFY(!linkStatusVerdict(LinkStatus::NotFound).contains(QLatin1String("login")));
        QVERIFY(linkStatusVerdict(LinkStatus::Public).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLinkChecker)
#include "TestLinkChecker.moc"
