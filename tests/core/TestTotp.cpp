// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/Base32.h"
#include "auth/Totp.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using karier::Base32;
using karier::Totp;

namespace {

QByteArray seed20()
{
    return QByteArrayLiteral("12345678901234567890");
}

QByteArray seed32()
{
    return QByteArrayLiteral("12345678901234567890123456789012");
}

QByteArray seed64()
{
    return QByteArrayLiteral("1234567890123456789012345678901234567890123456789012345678901234");
}

/// A fixed moment: step 1111111111 / 30 = 37037037, 1 second into the step.
constexpr qint64 kNow = 1111111111;

} // namespace

class TestTotp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hotpRfc4226_data();
    void hotpRfc4226();
    void totpRfc6238_data();
    void totpRfc6238();
    void sixDigitCode();
    void timeStep_data();
    void timeStep();
    void verifyWindow_data();
    void verifyWindow();
    void verifyRefusesReuse();
    void verifyMalformed_data();
    void verifyMalformed();
    void verifyWithWindowZero();
    void base32Vectors_data();
    void base32Vectors();
    void base32Decode_data();
    void base32Decode();
    void base32RoundTrip();
    void generateSecret();
    void provisioningUri();
    void provisioningUriEncodesLabel();
};

void TestTotp::hotpRfc4226_data()
{
    QTest::addColumn<quint64>("counter");
    QTest::addColumn<QString>("expected");

    const char* const codes[] = {
        "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"};
    for (quint64 i = 0; i < 10; ++i)
        QTest::addRow("count %llu", i) << i << QString::fromLatin1(codes[i]);
}

void TestTotp::hotpRfc4226()
{
    QFETCH(quint64, counter);
    QFETCH(QString, expected);
    QCOMPARE(Totp::hotp(seed20(), counter), expected);
}

void TestTotp::totpRfc6238_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<int>("algo");
    QTest::addColumn<QString>("expected");

    struct Vector
    {
        qint64 time;
        const char* sha1;
        const char* sha256;
        const char* sha512;
    };
    const Vector vectors[] = {
        {59, "94287082", "46119246", "90693936"},
        {1111111109, "07081804", "68084774", "25091201"},
        {1111111111, "14050471", "67062674", "99943326"},
        {1234567890, "89005924", "91819424", "93441116"},
        {2000000000, "69279037", "90698825", "38618901"},
        {20000000000, "65353130", "77737706", "47863826"},
    };
    for (const Vector& v : vectors) {
        QTest::addRow("SHA1 t=%lld", v.time)
            << v.time << int(QCryptographicHash::Sha1) << QString::fromLatin1(v.sha1);
        QTest::addRow("SHA256 t=%lld", v.time)
            << v.time << int(QCryptographicHash::Sha256) << QString::fromLatin1(v.sha256);
        QTest::addRow("SHA512 t=%lld", v.time)
            << v.time << int(QCryptographicHash::Sha512) << QString::fromLatin1(v.sha512);
    }
}

void TestTotp::totpRfc6238()
{
    QFETCH(qint64, time);
    QFETCH(int, algo);
    QFETCH(QString, expected);

    const auto algorithm = static_cast<QCryptographicHash::Algorithm>(algo);
    // RFC 6238 Appendix A: the seed length matches the hash (20, 32 or 64 bytes).
    const QByteArray seed = algorithm == QCryptographicHash::Sha1 ? seed20()
        : algorithm == QCryptographicHash::Sha256                 ? seed32()
                                                                  : seed64();
    QCOMPARE(Totp::code(seed, time, 8, 30, algorithm), expected);
}

void TestTotp::sixDigitCode()
{
    QCOMPARE(Totp::code(seed20(), 59), QStringLiteral("287082"));
    // Leading zeros are kept: the 8-digit value at 1111111109 is 07081804.
    QCOMPARE(Totp::code(seed20(), 1111111109, 8), QStringLiteral("07081804"));
    QCOMPARE(Totp::code(seed20(), 1111111109), QStringLiteral("081804"));
}

void TestTotp::timeStep_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<int>("step");
    QTest::addColumn<quint64>("expected");

    QTest::newRow("epoch") << qint64(0) << 30 << quint64(0);
    QTest::newRow("29 s") << qint64(29) << 30 << quint64(0);
    QTest::newRow("30 s") << qint64(30) << 30 << quint64(1);
    QTest::newRow("59 s") << qint64(59) << 30 << quint64(1);
    QTest::newRow("2005") << qint64(1111111109) << 30 << quint64(0x23523EC);
    QTest::newRow("2033") << qint64(2000000000) << 30 << quint64(0x3F940AA);
    QTest::newRow("2603, past 2038") << qint64(20000000000) << 30 << quint64(0x27BC86AA);
    QTest::newRow("60 s step") << qint64(119) << 60 << quint64(1);
    QTest::newRow("before the epoch") << qint64(-100) << 30 << quint64(0);
}

void TestTotp::timeStep()
{
    QFETCH(qint64, time);
    QFETCH(int, step);
    QFETCH(quint64, expected);
    QCOMPARE(Totp::timeStep(time, step), expected);
}

void TestTotp::verifyWindow_data()
{
    QTest::addColumn<int>("offset"); ///< steps between the code and now
    QTest::addColumn<bool>("accepted");

    QTest::newRow("current step") << 0 << true;
    QTest::newRow("one step old") << -1 << true;
    QTest::newRow("one step ahead") << 1 << true;
    QTest::newRow("two steps old") << -2 << false;
    QTest::newRow("two steps ahead") << 2 << false;
    QTest::newRow("ten steps old") << -10 << false;
}

void TestTotp::verifyWindow()
{
    QFETCH(int, offset);
    QFETCH(bool, accepted);

    const quint64 now = Totp::timeStep(kNow);
    const quint64 step = now + static_cast<quint64>(static_cast<qint64>(offset));
    const QString code = Totp::hotp(seed20(), step);
    const auto result = Totp::verify(seed20(), code, kNow, 0);
    QCOMPARE(result.has_value(), accepted);
    if (accepted)
        QCOMPARE(*result, step);
}

void TestTotp::verifyRefusesReuse()
{
    const quint64 now = Totp::timeStep(kNow);
    const QString code = Totp::code(seed20(), kNow);

    const auto first = Totp::verify(seed20(), code, kNow, 0);
    QVERIFY(first.has_value());
    QCOMPARE(*first, now);
    // The same code a second time, within the same step or the next one: refused.
    QVERIFY(!Totp::verify(seed20(), code, kNow, *first).has_value());
    QVERIFY(!Totp::verify(seed20(), code, kNow + 30, *first).has_value());

    // An older code after a newer one was used: refused.
    const QString previous = Totp::hotp(seed20(), now - 1);
    QVERIFY(!Totp::verify(seed20(), previous, kNow, now).has_value());
    // An older code when an even older step was used: accepted.
    const auto older = Totp::verify(seed20(), previous, kNow, now - 2);
    QVERIFY(older.has_value());
    QCOMPARE(*older, now - 1);
    // The next step's code is still accepted after the current one was used.
    const auto next = Totp::verify(seed20(), Totp::hotp(seed20(), now + 1), kNow, now);
    QVERIFY(next.has_value());
    QCOMPARE(*next, now + 1);
}

void TestTotp::verifyMalformed_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("accepted");

    const QString good = Totp::code(seed20(), kNow);
    QTest::newRow("good") << good << true;
    QTest::newRow("spaces are ignored") << (good.left(3) + QStringLiteral(" ") + good.mid(3)) << true;
    QTest::newRow("outer spaces") << (QStringLiteral(" ") + good + QStringLiteral("\t")) << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("five digits") << good.left(5) << false;
    QTest::newRow("seven digits") << (good + QStringLiteral("0")) << false;
    QTest::newRow("eight-digit form") << Totp::code(seed20(), kNow, 8) << false;
    QTest::newRow("letter") << (good.left(5) + QStringLiteral("a")) << false;
    QTest::newRow("dash") << (good.left(3) + QStringLiteral("-") + good.mid(3)) << false;
    QTest::newRow("fullwidth digits") << QString(6, QChar(0xFF11)) << false;
    QTest::newRow("wrong code") << QStringLiteral("%1").arg((good.toInt() + 1) % 1000000, 6, 10,
        QLatin1Char('0')) << false;
}

void TestTotp::verifyMalformed()
{
    QFETCH(QString, code);
    QFETCH(bool, accepted);
    QCOMPARE(Totp::verify(seed20(), code, kNow, 0).has_value(), accepted);
}

void TestTotp::verifyWithWindowZero()
{
    const quint64 now = Totp::timeStep(kNow);
    QVERIFY(Totp::verify(seed20(), Totp::hotp(seed20(), now), kNow, 0, 0).has_value());
    QVERIFY(!Totp::verify(seed20(), Totp::hotp(seed20(), now - 1), kNow, 0, 0).has_value());
    // Near the epoch the window does not wrap around to huge steps.
    QVERIFY(Totp::verify(seed20(), Totp::hotp(seed20(), 0), 10, 0, 1).has_value() == false);
    QCOMPARE(Totp::verify(seed20(), Totp::hotp(seed20(), 1), 10, 0, 1), std::optional<quint64>(1));
}

void TestTotp::base32Vectors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("encoded");

    // RFC 4648 §10, without the padding.
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArrayLiteral("f") << QStringLiteral("MY");
    QTest::newRow("fo") << QByteArrayLiteral("fo") << QStringLiteral("MZXQ");
    QTest::newRow("foo") << QByteArrayLiteral("foo") << QStringLiteral("MZXW6");
    QTest::newRow("foob") << QByteArrayLiteral("foob") << QStringLiteral("MZXW6YQ");
    QTest::newRow("fooba") << QByteArrayLiteral("fooba") << QStringLiteral("MZXW6YTB");
    QTest::newRow("foobar") << QByteArrayLiteral("foobar") << QStringLiteral("MZXW6YTBOI");
    QTest::newRow("RFC seed") << seed20() << QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    QTest::newRow("binary") << QByteArray::fromHex("00ff10807f") << QStringLiteral("AD7RBAD7");
}

void TestTotp::base32Vectors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, encoded);
    QCOMPARE(Base32::encode(data), encoded);
    QCOMPARE(Base32::decode(encoded), std::optional<QByteArray>(data));
}

void TestTotp::base32Decode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<QByteArray>>("expected");

    const auto foobar = std::optional<QByteArray>(QByteArrayLiteral("foobar"));
    QTest::newRow("padded") << QStringLiteral("MZXW6YTBOI======") << foobar;
    QTest::newRow("lower case") << QStringLiteral("mzxw6ytboi") << foobar;
    QTest::newRow("grouped with spaces") << QStringLiteral("mzxw 6ytb oi") << foobar;
    QTest::newRow("padded f") << QStringLiteral("MY======")
                              << std::optional<QByteArray>(QByteArrayLiteral("f"));
    QTest::newRow("digit 1") << QStringLiteral("MZXW1YTBOI") << std::optional<QByteArray>();
    QTest::newRow("digit 0") << QStringLiteral("MZXW0YTBOI") << std::optional<QByteArray>();
    QTest::newRow("digit 8") << QStringLiteral("MZXW8YTBOI") << std::optional<QByteArray>();
    QTest::newRow("punctuation") << QStringLiteral("MZXW6-YTBOI") << std::optional<QByteArray>();
    QTest::newRow("non-ASCII letter")
        << (QStringLiteral("MZXW6YTBO") + QChar(0x00C9)) << std::optional<QByteArray>();
    QTest::newRow("impossible length 1") << QStringLiteral("M") << std::optional<QByteArray>();
    QTest::newRow("impossible length 3") << QStringLiteral("MZX") << std::optional<QByteArray>();
    QTest::newRow("impossible length 6") << QStringLiteral("MZXW6Y") << std::optional<QByteArray>();
}

void TestTotp::base32Decode()
{
    QFETCH(QString, text);
    QFETCH(std::optional<QByteArray>, expected);
    QCOMPARE(Base32::decode(text), expected);
}

void TestTotp::base32RoundTrip()
{
    for (int length = 0; length <= 40; ++length) {
        QByteArray data(length, '\0');
        for (int i = 0; i < length; ++i)
            data[i] = static_cast<char>((i * 37 + length * 11) & 0xff);
        const QString encoded = Base32::encode(data);
        QCOMPARE(encoded.size(), (length * 8 + 4) / 5);
        QCOMPARE(Base32::decode(encoded), std::optional<QByteArray>(data));
        QCOMPARE(Base32::decode(encoded.toLower()), std::optional<QByteArray>(data));
    }
    const QByteArray secret = Totp::generateSecret();
    QCOMPARE(Base32::decode(Base32::encode(secret)), std::optional<QByteArray>(secret));
}

void TestTotp::generateSecret()
{
    const QByteArray a = Totp::generateSecret();
    const QByteArray b = Totp::generateSecret();
    QCOMPARE(a.size(), 20);
    QCOMPARE(b.size(), 20);
    QVERIFY(a != b);
    QVERIFY(a != QByteArray(20, '\0'));
    // 20 bytes = 160 bits = 32 base32 characters.
    QCOMPARE(Base32::encode(a).size(), 32);
}

void TestTotp::provisioningUri()
{
    const QString uri = Totp::provisioningUri(seed20(), QStringLiteral("198609262015051001"));
    QCOMPARE(uri,
        QStringLiteral("otpauth://totp/Karier%20ASN:198609262015051001"
                       "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Karier%20ASN"
                       "&algorithm=SHA1&digits=6&period=30"));

    const QUrl url(uri);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("otpauth"));
    QCOMPARE(url.host(), QStringLiteral("totp"));
    QCOMPARE(url.path(), QStringLiteral("/Karier ASN:198609262015051001"));
    const QUrlQuery query(url);
    QCOMPARE(
        Base32::decode(query.queryItemValue(QStringLiteral("secret"))), std::optional<QByteArray>(seed20()));
    QCOMPARE(query.queryItemValue(QStringLiteral("issuer")), QStringLiteral("Karier ASN"));
    QCOMPARE(query.queryItemValue(QStringLiteral("algorithm")), QStringLiteral("SHA1"));
    QCOMPARE(query.queryItemValue(QStringLiteral("digits")), QStringLiteral("6"));
    QCOMPARE(query.queryItemValue(QStringLiteral("period")), QStringLiteral("30"));
}

void TestTotp::provisioningUriEncodesLabel()
{
    const QString uri = Totp::provisioningUri(
        QByteArrayLiteral("foobar"), QStringLiteral("siti@example.id"), QStringLiteral("BKPSDM & Co: Solo"));
    QCOMPARE(uri,
        QStringLiteral("otpauth://totp/BKPSDM%20%26%20Co%3A%20Solo:siti%40example.id"
                       "?secret=MZXW6YTBOI&issuer=BKPSDM%20%26%20Co%3A%20Solo"
                       "&algorithm=SHA1&digits=6&period=30"));
    const QUrlQuery query {QUrl(uri)};
    QCOMPARE(query.queryItemValue(QStringLiteral("issuer"), QUrl::FullyDecoded),
        QStringLiteral("BKPSDM & Co: Solo"));
    QCOMPARE(query.queryItemValue(QStringLiteral("secret")), QStringLiteral("MZXW6YTBOI"));

    // Non-ASCII names are UTF-8 percent-encoded.
    const QString utf8
        = Totp::provisioningUri(QByteArrayLiteral("f"), QString::fromUtf8("Dwi Ayu Lestari \xC3\xA9"));
    QVERIFY(utf8.contains(QStringLiteral(":Dwi%20Ayu%20Lestari%20%C3%A9?")));
}

QTEST_GUILESS_MAIN(TestTotp)
#include "TestTotp.moc"
