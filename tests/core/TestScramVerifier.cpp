// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL SCRAM-SHA-256 verifiers made by the program (the person's login role password). The
// expected values were computed independently (Python hashlib: PBKDF2-HMAC-SHA256, HMAC, SHA-256);
// "pencil" with this salt is the verifier of PostgreSQL's own regression tests (RFC 7677's salt).
// security.TestServerSecurity logs in with such verifiers against a real server.
#include "auth/ScramVerifier.h"

#include <QTest>

using namespace karier;

class TestScramVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownVerifiers_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pencil")
            << QStringLiteral("pencil")
            << QStringLiteral("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZk"
                              "BFzpcXkuLmtbsT4qY=:wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU=");
        const QString spaced
            = QStringLiteral("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$UxRHgrGEqfS/I/dCLoWSDJxUILnf"
                             "7dNQy7sDL+L5SeA=:AxQM3U/zyiCl19QBZC+NFLQDM+2XAynZsU3l/jVNceo=");
        QTest::newRow("ascii spaces") << QStringLiteral("Sandi Baru Solo-2026") << spaced;
        // SASLprep: a no-break space is a space, a soft hyphen is nothing.
        QTest::newRow("no-break space") << QStringLiteral("Sandi Baru\u00A0Solo-2026") << spaced;
        QTest::newRow("soft hyphen") << QStringLiteral("Sandi Ba\u00ADru Solo-2026") << spaced;
        // NFKC: full-width letters are the ASCII ones.
        QTest::newRow("full width")
            << QStringLiteral("\uFF4B\uFF41\uFF54\uFF41\u3000\uFF53\uFF41\uFF4E\uFF44\uFF49")
            << QStringLiteral("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$w3DyNuJvKVzdSYpSt/M70t"
                              "fsYqbP1JLflJqq/S1ya/Q=:SbfDjOHlwTrhF0B0Zqd63wMSqN+XdriWmfSMVw1BOe"
                              "E=");
    }

    void knownVerifiers()
    {
        QFETCH(QString, password);
        QFETCH(QString, expected);
        QCOMPARE(ScramVerifier::make(password, QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096),
            expected);
    }

    void freshSaltEachTime()
    {
        const QString a = ScramVerifier::make(QStringLiteral("pencil"));
        const QString b = ScramVerifier::make(QStringLiteral("pencil"));
        QVERIFY(a != b);
        QVERIFY(a.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")));
        QCOMPARE(
            QByteArray::fromBase64(a.section(QLatin1Char(':'), 1).section(QLatin1Char('$'), 0, 0).toLatin1())
                .size(),
            16);
    }
};

QTEST_GUILESS_MAIN(TestScramVerifier)
#include "TestScramVerifier.moc"
