// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Nip.h"

#include <QTest>

using karier::ErrorCode;
using karier::Nip;

namespace {
/// A fixed "today" so the tests do not depend on the calendar.
const QDate kToday(2024, 6, 15);
} // namespace

class TestNip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validNip_data();
    void validNip();
    void invalidNip_data();
    void invalidNip();
    void defaultIsNull();
    void equality();
    void defaultTodayIsCurrentDate();
};

void TestNip::validNip_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<Nip::Kind>("kind");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QDate>("tmt");
    QTest::addColumn<Nip::Sex>("sex");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<int>("pppkCode");
    QTest::addColumn<QString>("grouped");

    QTest::newRow("PNS") << QStringLiteral("198609262015051001") << QStringLiteral("198609262015051001")
                         << Nip::Kind::Pns << QDate(1986, 9, 26) << QDate(2015, 5, 1) << Nip::Sex::Male << 1
                         << 0 << QStringLiteral("19860926 201505 1 001");
    QTest::newRow("PNS grouped input")
        << QStringLiteral("19860926 201505 1 001") << QStringLiteral("198609262015051001") << Nip::Kind::Pns
        << QDate(1986, 9, 26) << QDate(2015, 5, 1) << Nip::Sex::Male << 1 << 0
        << QStringLiteral("19860926 201505 1 001");
    QTest::newRow("PNS tabs and outer spaces")
        << QStringLiteral("  19860926\t201505 1 001\n") << QStringLiteral("198609262015051001")
        << Nip::Kind::Pns << QDate(1986, 9, 26) << QDate(2015, 5, 1) << Nip::Sex::Male << 1 << 0
        << QStringLiteral("19860926 201505 1 001");
    QTest::newRow("PNS no-break spaces")
        << (QStringLiteral("19860926") + QChar(0x00A0) + QStringLiteral("201505") + QChar(0x00A0)
               + QStringLiteral("1 001"))
        << QStringLiteral("198609262015051001") << Nip::Kind::Pns << QDate(1986, 9, 26) << QDate(2015, 5, 1)
        << Nip::Sex::Male << 1 << 0 << QStringLiteral("19860926 201505 1 001");
    QTest::newRow("PNS female, December, sequence 123")
        << QStringLiteral("197512312001122123") << QStringLiteral("197512312001122123") << Nip::Kind::Pns
        << QDate(1975, 12, 31) << QDate(2001, 12, 1) << Nip::Sex::Female << 123 << 0
        << QStringLiteral("19751231 200112 2 123");
    QTest::newRow("PNS TMT in the current month")
        << QStringLiteral("199801012024062001") << QStringLiteral("199801012024062001") << Nip::Kind::Pns
        << QDate(1998, 1, 1) << QDate(2024, 6, 1) << Nip::Sex::Female << 1 << 0
        << QStringLiteral("19980101 202406 2 001");
    QTest::newRow("PNS TMT in the month of the 18th birthday")
        << QStringLiteral("200005202018051999") << QStringLiteral("200005202018051999") << Nip::Kind::Pns
        << QDate(2000, 5, 20) << QDate(2018, 5, 1) << Nip::Sex::Male << 999 << 0
        << QStringLiteral("20000520 201805 1 999");
    QTest::newRow("PNS born on 29 February")
        << QStringLiteral("198802292010031002") << QStringLiteral("198802292010031002") << Nip::Kind::Pns
        << QDate(1988, 2, 29) << QDate(2010, 3, 1) << Nip::Sex::Male << 2 << 0
        << QStringLiteral("19880229 201003 1 002");
    QTest::newRow("PPPK code 21") << QStringLiteral("199001012021211001")
                                  << QStringLiteral("199001012021211001") << Nip::Kind::Pppk
                                  << QDate(1990, 1, 1) << QDate(2021, 1, 1) << Nip::Sex::Male << 1 << 21
                                  << QStringLiteral("19900101 2021 21 1 001");
    QTest::newRow("PPPK code 24 female")
        << QStringLiteral("198503152022242045") << QStringLiteral("198503152022242045") << Nip::Kind::Pppk
        << QDate(1985, 3, 15) << QDate(2022, 1, 1) << Nip::Sex::Female << 45 << 24
        << QStringLiteral("19850315 2022 24 2 045");
    QTest::newRow("PPPK grouped input")
        << QStringLiteral("19900101 2021 21 1 001") << QStringLiteral("199001012021211001") << Nip::Kind::Pppk
        << QDate(1990, 1, 1) << QDate(2021, 1, 1) << Nip::Sex::Male << 1 << 21
        << QStringLiteral("19900101 2021 21 1 001");
    QTest::newRow("PPPK appointed this year")
        << QStringLiteral("199512312024292010") << QStringLiteral("199512312024292010") << Nip::Kind::Pppk
        << QDate(1995, 12, 31) << QDate(2024, 1, 1) << Nip::Sex::Female << 10 << 29
        << QStringLiteral("19951231 2024 29 2 010");
}

void TestNip::validNip()
{
    QFETCH(QString, input);
    QFETCH(QString, digits);
    QFETCH(Nip::Kind, kind);
    QFETCH(QDate, birthDate);
    QFETCH(QDate, tmt);
    QFETCH(Nip::Sex, sex);
    QFETCH(int, sequence);
    QFETCH(int, pppkCode);
    QFETCH(QString, grouped);

    const auto result = Nip::parse(input, kToday);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    const Nip& nip = result.value();
    QVERIFY(!nip.isNull());
    QCOMPARE(nip.digits(), digits);
    QCOMPARE(nip.kind(), kind);
    QCOMPARE(nip.birthDate(), birthDate);
    QCOMPARE(nip.tmt(), tmt);
    QCOMPARE(nip.sex(), sex);
    QCOMPARE(nip.sequence(), sequence);
    QCOMPARE(nip.pppkCode(), pppkCode);
    QCOMPARE(nip.grouped(), grouped);

    // The grouped form parses back to the same NIP.
    const auto again = Nip::parse(nip.grouped(), kToday);
    QVERIFY(again.ok());
    QCOMPARE(again.value(), nip);
}

void TestNip::invalidNip_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message"); ///< a part of the expected message

    const QString onlyDigits = QStringLiteral("NIP hanya boleh berisi angka");

    QTest::newRow("empty") << QString() << QStringLiteral("NIP belum diisi");
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("NIP belum diisi");
    QTest::newRow("17 digits") << QStringLiteral("19860926201505100")
                               << QStringLiteral("NIP harus 18 digit, bukan 17");
    QTest::newRow("19 digits") << QStringLiteral("1986092620150510011")
                               << QStringLiteral("NIP harus 18 digit, bukan 19");
    QTest::newRow("17 digits grouped")
        << QStringLiteral("19860926 201505 1 00") << QStringLiteral("NIP harus 18 digit, bukan 17");
    QTest::newRow("letter") << QStringLiteral("19860926201505100A") << onlyDigits;
    QTest::newRow("letter O for zero") << QStringLiteral("1986O9262015051001") << onlyDigits;
    QTest::newRow("dashes") << QStringLiteral("19860926-201505-1-001") << onlyDigits;
    QTest::newRow("dots") << QStringLiteral("19860926.201505.1.001") << onlyDigits;
    QTest::newRow("plus sign") << QStringLiteral("+198609262015051001") << onlyDigits;
    QTest::newRow("Arabic-Indic digit")
        << (QStringLiteral("19860926201505100") + QChar(0x0661)) << onlyDigits;
    QTest::newRow("fullwidth digit") << (QStringLiteral("19860926201505100") + QChar(0xFF11)) << onlyDigits;
    QTest::newRow("zero-width space is named by code point")
        << (QStringLiteral("19860926") + QChar(0x200B) + QStringLiteral("2015051001"))
        << QStringLiteral("NIP hanya boleh berisi angka (ditemukan karakter U+200B)");
    QTest::newRow("emoji") << (QStringLiteral("19860926201505100") + QString::fromUtf8("\xF0\x9F\x98\x80"))
                           << (QStringLiteral("(ditemukan \"") + QString::fromUtf8("\xF0\x9F\x98\x80")
                                  + QStringLiteral("\")"));
    QTest::newRow("names the character")
        << QStringLiteral("19860926/201505/1/001") << QStringLiteral("\"/\"");

    const QString badBirth = QStringLiteral("bukan tanggal yang valid");
    QTest::newRow("31 February") << QStringLiteral("198602312015051001") << badBirth;
    QTest::newRow("29 February, not a leap year") << QStringLiteral("198702292015051001") << badBirth;
    QTest::newRow("month 13") << QStringLiteral("198613012015051001") << badBirth;
    QTest::newRow("month 00") << QStringLiteral("198600102015051001") << badBirth;
    QTest::newRow("day 00") << QStringLiteral("198609002015051001") << badBirth;
    QTest::newRow("year 0000") << QStringLiteral("000001012015051001") << badBirth;
    QTest::newRow("birth in the future")
        << QStringLiteral("202407012015051001")
        << QStringLiteral("Tanggal lahir pada NIP (digit 1–8, \"20240701\") berada di masa depan");
    QTest::newRow("birth over 100 years ago")
        << QStringLiteral("190001012015051001") << QStringLiteral("lebih dari 100 tahun");

    const QString kindMessage = QStringLiteral("bukan bulan TMT PNS (01–12) maupun kode PPPK (21–29)");
    QTest::newRow("digits 13-14 are 00") << QStringLiteral("198609262015001001") << kindMessage;
    QTest::newRow("digits 13-14 are 13") << QStringLiteral("198609262015131001") << kindMessage;
    QTest::newRow("digits 13-14 are 20") << QStringLiteral("198609262015201001") << kindMessage;
    QTest::newRow("digits 13-14 are 30") << QStringLiteral("198609262015301001") << kindMessage;
    QTest::newRow("digits 13-14 are 99") << QStringLiteral("198609262015991001") << kindMessage;

    const QString tooYoung = QStringLiteral("harus sedikitnya 18 tahun setelah tanggal lahir");
    QTest::newRow("PNS TMT before birth") << QStringLiteral("198609261980051001") << tooYoung;
    QTest::newRow("PNS TMT in the birth month") << QStringLiteral("198609261986091001") << tooYoung;
    QTest::newRow("PNS TMT one month before 18") << QStringLiteral("198609262004081001") << tooYoung;
    QTest::newRow("PNS TMT year 0000") << QStringLiteral("198609260000051001") << QStringLiteral("TMT CPNS");
    QTest::newRow("PPPK year before birth") << QStringLiteral("199001011989211001") << tooYoung;
    QTest::newRow("PPPK at 17") << QStringLiteral("199001012007211001") << tooYoung;

    QTest::newRow("PNS TMT next month") << QStringLiteral(
        "198609262024071001") << QStringLiteral("TMT CPNS (digit 9–14, \"202407\") berada di masa depan");
    QTest::newRow("PNS TMT next year")
        << QStringLiteral("198609262025011001") << QStringLiteral("berada di masa depan");
    QTest::newRow("PPPK next year")
        << QStringLiteral("199001012025211001")
        << QStringLiteral("Tahun pengangkatan PPPK (digit 9–12, \"2025\") berada di masa depan");

    const QString sex = QStringLiteral("jenis kelamin NIP (digit 15) harus 1 atau 2");
    QTest::newRow("PNS sex digit 3") << QStringLiteral("198609262015053001")
                                     << (sex + QStringLiteral(", bukan 3"));
    QTest::newRow("PNS sex digit 0") << QStringLiteral("198609262015050001")
                                     << (sex + QStringLiteral(", bukan 0"));
    QTest::newRow("PPPK sex digit 9")
        << QStringLiteral("199001012021219001") << (sex + QStringLiteral(", bukan 9"));

    const QString sequence = QStringLiteral("Nomor urut NIP (digit 16–18) tidak boleh 000");
    QTest::newRow("PNS sequence 000") << QStringLiteral("198609262015051000") << sequence;
    QTest::newRow("PPPK sequence 000") << QStringLiteral("199001012021212000") << sequence;
}

void TestNip::invalidNip()
{
    QFETCH(QString, input);
    QFETCH(QString, message);

    const auto result = Nip::parse(input, kToday);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QVERIFY2(result.error().message.contains(message),
        qPrintable(QStringLiteral("message was: ") + result.error().message));
}

void TestNip::defaultIsNull()
{
    const Nip nip;
    QVERIFY(nip.isNull());
    QVERIFY(nip.digits().isEmpty());
    QVERIFY(nip.grouped().isEmpty());
}

void TestNip::equality()
{
    const auto a = Nip::parse(QStringLiteral("198609262015051001"), kToday);
    const auto b = Nip::parse(QStringLiteral("19860926 201505 1 001"), kToday);
    const auto c = Nip::parse(QStringLiteral("198609262015051002"), kToday);
    QVERIFY(a.ok() && b.ok() && c.ok());
    QVERIFY(a.value() == b.value());
    QVERIFY(!(a.value() == c.value()));
}

void TestNip::defaultTodayIsCurrentDate()
{
    QVERIFY(Nip::parse(QStringLiteral("198609262015051001")).ok());
    // A TMT far in the future is refused against the real calendar too.
    QVERIFY(!Nip::parse(QStringLiteral("198609269999051001")).ok());
}

QTEST_APPLESS_MAIN(TestNip)
#include "TestNip.moc"
