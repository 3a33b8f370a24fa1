// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/PasswordHasher.h"

#include <QRegularExpression>
#include <QTest>

using karier::PasswordHasher;

namespace {

/// The m (KiB) and t of a "$argon2id$v=19$m=…,t=…,p=1$salt$hash" string, or {-1, -1}.
std::pair<qint64, qint64> parameters(const QString& hash)
{
    static const QRegularExpression re(QStringLiteral("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=1\\$"));
    const auto match = re.match(hash);
    if (!match.hasMatch())
        return {-1, -1};
    return {match.captured(1).toLongLong(), match.captured(2).toLongLong()};
}

} // namespace

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parametersMeetOwasp();
    void roundTrip_data();
    void roundTrip();
    void hashFormat();
    void saltMakesHashesDiffer();
    void needsRehash();
    void malformedHash_data();
    void malformedHash();
    void minimumParamsStillVerify();
};

void TestPasswordHasher::initTestCase()
{
    QVERIFY(PasswordHasher::initialise());
    QVERIFY(PasswordHasher::initialise()); // safe to call again
}

void TestPasswordHasher::parametersMeetOwasp()
{
    // OWASP: argon2id with at least 19 MiB and 2 iterations.
    const auto minimum = PasswordHasher::minimumParams();
    QCOMPARE(minimum.opsLimit, 2ULL);
    QCOMPARE(minimum.memLimitBytes, size_t(19456) * 1024);
    const auto defaults = PasswordHasher::defaultParams();
    QVERIFY(defaults.opsLimit >= minimum.opsLimit);
    QVERIFY(defaults.memLimitBytes >= minimum.memLimitBytes);
}

void TestPasswordHasher::roundTrip_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("wrong");

    QTest::newRow("ASCII") << QStringLiteral("Rahasia-Solo-2024!") << QStringLiteral("rahasia-solo-2024!");
    QTest::newRow("empty password") << QString() << QStringLiteral(" ");
    QTest::newRow("Indonesian UTF-8") << QString::fromUtf8("Kota Surakarta – Sala, Jawa Tengah ☕ ꦱꦸꦫꦏꦂꦠ")
                                      << QString::fromUtf8("Kota Surakarta - Sala, Jawa Tengah ☕ ꦱꦸꦫꦏꦂꦠ");
    QTest::newRow("accents differ by normalisation")
        << QString::fromUtf8("caf\xC3\xA9") // é precomposed
        << QString::fromUtf8("cafe\xCC\x81"); // e + combining acute
    QTest::newRow("long password") << QString(300, QLatin1Char('x')) << QString(299, QLatin1Char('x'));
    QTest::newRow("embedded NUL") << (QStringLiteral("ab") + QChar(0) + QStringLiteral("cd"))
                                  << QStringLiteral("ab");
}

void TestPasswordHasher::roundTrip()
{
    QFETCH(QString, password);
    QFETCH(QString, wrong);

    const auto hash = PasswordHasher::hash(password);
    QVERIFY(hash.has_value());
    QVERIFY(hash->startsWith(QLatin1String("$argon2id$")));
    QVERIFY(PasswordHasher::verify(*hash, password));
    QVERIFY(!PasswordHasher::verify(*hash, wrong));
    QVERIFY(!PasswordHasher::needsRehash(*hash));
}

void TestPasswordHasher::hashFormat()
{
    const auto defaults = PasswordHasher::defaultParams();
    const auto hash = PasswordHasher::hash(QStringLiteral("sandi"));
    QVERIFY(hash.has_value());
    const auto [m, t] = parameters(*hash);
    QCOMPARE(m, qint64(defaults.memLimitBytes / 1024));
    QCOMPARE(t, qint64(defaults.opsLimit));
    // $argon2id$v=19$m=…,t=…,p=1$<16-byte salt, base64 without padding>$<32-byte hash>
    const QStringList parts = hash->split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 6);
    QCOMPARE(parts.at(1), QStringLiteral("argon2id"));
    QCOMPARE(parts.at(2), QStringLiteral("v=19"));
    QCOMPARE(parts.at(4).size(), 22);
    QCOMPARE(parts.at(5).size(), 43);

    const auto minimum = PasswordHasher::hash(QStringLiteral("sandi"), PasswordHasher::minimumParams());
    QVERIFY(minimum.has_value());
    QCOMPARE(parameters(*minimum), std::make_pair(qint64(19456), qint64(2)));
}

void TestPasswordHasher::saltMakesHashesDiffer()
{
    const QString password = QStringLiteral("sama-sama");
    const auto a = PasswordHasher::hash(password);
    const auto b = PasswordHasher::hash(password);
    QVERIFY(a.has_value() && b.has_value());
    QVERIFY(*a != *b);
    QVERIFY(a->split(QLatin1Char('$')).at(4) != b->split(QLatin1Char('$')).at(4)); // the salts
    QVERIFY(PasswordHasher::verify(*a, password));
    QVERIFY(PasswordHasher::verify(*b, password));
}

void TestPasswordHasher::needsRehash()
{
    const auto defaults = PasswordHasher::defaultParams();
    const auto minimum = PasswordHasher::minimumParams();
    QVERIFY(defaults.opsLimit > minimum.opsLimit || defaults.memLimitBytes > minimum.memLimitBytes);

    const auto weak = PasswordHasher::hash(QStringLiteral("lama"), minimum);
    QVERIFY(weak.has_value());
    QVERIFY(PasswordHasher::needsRehash(*weak));
    QVERIFY(!PasswordHasher::needsRehash(*weak, minimum));
    QVERIFY(PasswordHasher::verify(*weak, QStringLiteral("lama")));

    const auto strong = PasswordHasher::hash(QStringLiteral("baru"));
    QVERIFY(strong.has_value());
    QVERIFY(!PasswordHasher::needsRehash(*strong));
    QVERIFY(PasswordHasher::needsRehash(*strong, minimum));
}

void TestPasswordHasher::malformedHash_data()
{
    QTest::addColumn<QString>("hash");

    QTest::newRow("empty") << QString();
    QTest::newRow("plain text") << QStringLiteral("sandi");
    QTest::newRow("bcrypt") << QStringLiteral("$2y$10$abcdefghijklmnopqrstuuCzJ5e2eXyXq6T3i7QnH5G4KPx1mS9Wm");
    QTest::newRow("truncated argon2id") << QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$");
    QTest::newRow("too long") << (QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$")
        + QString(200, QLatin1Char('A')));
}

void TestPasswordHasher::malformedHash()
{
    QFETCH(QString, hash);
    QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("sandi")));
    QVERIFY(!PasswordHasher::verify(hash, QString()));
    QVERIFY(PasswordHasher::needsRehash(hash));
}

void TestPasswordHasher::minimumParamsStillVerify()
{
    // A hash's own parameters are used to verify it, whatever the current defaults are.
    const QString password = QString::fromUtf8("Sugeng rawuh ing Surakarta");
    const auto hash = PasswordHasher::hash(password, PasswordHasher::minimumParams());
    QVERIFY(hash.has_value());
    QVERIFY(PasswordHasher::verify(*hash, password));
    QVERIFY(!PasswordHasher::verify(*hash, password.toUpper()));
}

QTEST_APPLESS_MAIN(TestPasswordHasher)
#include "TestPasswordHasher.moc"
