// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/LinkUrl.h"

#include <QTest>

using namespace karier;

class TestLinkUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsHttpAndHttps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::newRow("drive") << "https://drive.google.com/file/d/1AbC-xyz_9/view?usp=sharing"
                               << "drive.google.com";
        QTest::newRow("http") << "http://kepegawaian.surakarta.go.id/sk/2025/tim.pdf"
                              << "kepegawaian.surakarta.go.id";
        QTest::newRow("upper-case scheme") << "HTTPS://Drive.Google.com/x"
                                           << "drive.google.com";
        QTest::newRow("spaces around") << "  https://onedrive.live.com/?id=1  "
                                       << "onedrive.live.com";
        QTest::newRow("port") << "http://127.0.0.1:8080/sk"
                              << "127.0.0.1";
        QTest::newRow("fragment") << "https://docs.google.com/document/d/1/edit#heading=h.1"
                                  << "docs.google.com";
    }

    void acceptsHttpAndHttps()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        const auto url = LinkUrl::parse(text);
        QVERIFY2(url.ok(), qPrintable(url.error().message));
        QCOMPARE(url->host(), host);
        QVERIFY(url->scheme() == QLatin1String("http") || url->scheme() == QLatin1String("https"));
    }

    void refusesOthersWithAClearMessage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << ""
                               << "wajib diisi";
        QTest::newRow("blank") << "   "
                               << "wajib diisi";
        QTest::newRow("no scheme") << "drive.google.com/file/d/1/view"
                                   << "harus diawali http:// atau https://";
        QTest::newRow("www") << "www.google.com"
                             << "harus diawali http:// atau https://";
        QTest::newRow("host with port") << "drive.google.com:443/file"
                                        << "harus diawali http:// atau https://";
        QTest::newRow("localhost with port") << "localhost:8080/x"
                                             << "harus diawali http:// atau https://";
        QTest::newRow("javascript") << "javascript:alert(document.cookie)"
                                    << "\"javascript:\" tidak diterima";
        QTest::newRow("JavaScript mixed case") << "JavaScript:alert(1)"
                                               << "\"javascript:\" tidak diterima";
        QTest::newRow("file") << "file:///C:/Users/asn/SK.pdf"
                              << "\"file:\" tidak diterima";
        QTest::newRow("data") << "data:text/html,<script>alert(1)</script>"
                              << "\"data:\" tidak diterima";
        QTest::newRow("ftp") << "ftp://files.example.org/sk.pdf"
                             << "\"ftp:\" tidak diterima";
        QTest::newRow("mailto") << "mailto:bkpsdm@surakarta.go.id"
                                << "\"mailto:\" tidak diterima";
        QTest::newRow("no host") << "https:///file/d/1"
                                 << "nama situs";
        QTest::newRow("no slashes") << "https:drive.google.com/file"
                                    << "nama situs";
        QTest::newRow("space inside") << "https://drive.google.com/file/d/1 2/view"
                                      << "spasi";
        QTest::newRow("credentials") << "https://asn:rahasia@drive.google.com/x"
                                     << "kata sandi";
        QTest::newRow("too long") << QStringLiteral("https://example.org/") + QString(2000, QLatin1Char('a'))
                                  << "paling panjang 2000";
    }

    void refusesOthersWithAClearMessage()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto url = LinkUrl::parse(text);
        QVERIFY(!url.ok());
        QCOMPARE(url.error().code, ErrorCode::InvalidInput);
        QVERIFY2(url.error().message.contains(message), qPrintable(url.error().message));
    }

    void recognisesSignInPages_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("signIn");
        QTest::newRow("google accounts")
            << "https://accounts.google.com/v3/signin/identifier?continue=https://drive.google.com/x" << true;
        QTest::newRow("google service login")
            << "https://accounts.google.com/ServiceLogin?service=wise" << true;
        QTest::newRow("microsoft") << "https://login.microsoftonline.com/common/oauth2/authorize" << true;
        QTest::newRow("local ServiceLogin") << "http://127.0.0.1:5000/ServiceLogin?continue=x" << true;
        QTest::newRow("login page") << "https://cloud.example.org/index.php/login" << true;
        QTest::newRow("signin segment") << "https://example.org/v3/signin/identifier" << true;
        QTest::newRow("login.php") << "https://example.org/login.php?next=/sk" << true;
        QTest::newRow("drive file") << "https://drive.google.com/file/d/1AbC/view?usp=sharing" << false;
        QTest::newRow("word in a name") << "https://example.org/blog/login-tips" << false;
        QTest::newRow("query only") << "https://example.org/sk?from=login" << false;
    }

    void recognisesSignInPages()
    {
        QFETCH(QString, url);
        QFETCH(bool, signIn);
        QCOMPARE(LinkUrl::isSignInPage(QUrl(url)), signIn);
    }
};

QTEST_GUILESS_MAIN(TestLinkUrl)
#include "TestLinkUrl.moc"
