// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Text.h"

#include <QTest>

using namespace karier;

/// The text rules of common/Text: which characters a stored text field refuses, the one case-folding key
/// of both dialects, and the escaping of what karier-cli prints to a terminal.
class TestText : public QObject
{
    Q_OBJECT

    static QString u(std::initializer_list<char32_t> codePoints)
    {
        QString s;
        for (char32_t c : codePoints)
            s += QString::fromUcs4(&c, 1);
        return s;
    }

private Q_SLOTS:
    void forbiddenCharacter_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("at");
        QTest::newRow("plain") << QStringLiteral("Siti Rahayu, S.Pd.") << -1;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("tab allowed") << QStringLiteral("a\tb") << -1;
        QTest::newRow("accents and apostrophe") << QString::fromUtf8("Élan Nurʼaini") << -1;
        QTest::newRow("emoji (surrogate pair)") << QString::fromUtf8("Budi 😀") << -1;
        QTest::newRow("U+FFFD replacement is text") << u({U'a', 0xFFFD}) << -1;
        QTest::newRow("NUL") << u({U'a', 0, U'b'}) << 1;
        QTest::newRow("ESC") << QStringLiteral("\x1b[2JHalo") << 0;
        QTest::newRow("BEL") << QStringLiteral("ab\a") << 2;
        QTest::newRow("LF") << QStringLiteral("a\nb") << 1;
        QTest::newRow("CR") << QStringLiteral("a\rb") << 1;
        QTest::newRow("DEL") << QStringLiteral("a\x7f") << 1;
        QTest::newRow("C1 CSI") << u({U'a', 0x9B, U'2', U'J'}) << 1;
        QTest::newRow("U+FFFE first") << u({0xFFFE, U'N', U'a'}) << 0;
        QTest::newRow("U+FFFF") << u({U'N', 0xFFFF}) << 1;
        QTest::newRow("U+FDD0") << u({0xFDD0}) << 0;
        QTest::newRow("U+1FFFE") << u({U'x', 0x1FFFE}) << 1;
        QTest::newRow("U+10FFFF") << u({0x10FFFF}) << 0;
        QTest::newRow("lone high surrogate") << u({U'a'}) + QChar(0xD800) << 1;
        QTest::newRow("lone low surrogate") << QChar(0xDC00) + u({U'a'}) << 0;
    }

    void forbiddenCharacter()
    {
        QFETCH(QString, value);
        QFETCH(int, at);
        QCOMPARE(Text::forbiddenCharacterAt(value), qsizetype(at));
        QCOMPARE(Text::fieldProblem(QStringLiteral("nama"), value).isEmpty(), at < 0);
    }

    void problemNamesFieldCharacterAndPosition_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("U+FFFE") << u({0xFFFE, U'A'})
                                << QStringLiteral("nama memuat karakter terlarang U+FFFE (posisi 1)");
        QTest::newRow("NUL") << u({U'A', U'b', 0})
                             << QStringLiteral("nama memuat karakter kendali U+0000 (posisi 3)");
        QTest::newRow("ESC") << QStringLiteral("A\x1b]0;x")
                             << QStringLiteral("nama memuat karakter kendali U+001B (posisi 2)");
        QTest::newRow("plane 1") << u({0x1FFFF})
                                 << QStringLiteral("nama memuat karakter terlarang U+1FFFF (posisi 1)");
    }

    void problemNamesFieldCharacterAndPosition()
    {
        QFETCH(QString, value);
        QFETCH(QString, message);
        QCOMPARE(Text::fieldProblem(QStringLiteral("nama"), value), message);
    }

    void rowProblemNamesTheColumn()
    {
        const QStringList header = {QStringLiteral("NIP"), QStringLiteral("nama")};
        QCOMPARE(Text::rowProblem(header, {QStringLiteral("1"), QStringLiteral("Budi")}), QString());
        // Surrounding spaces are trimmed as the importers trim them; a tab inside is fine.
        QCOMPARE(Text::rowProblem(header, {QStringLiteral(" 1 "), QStringLiteral("Bu\tdi ")}), QString());
        QCOMPARE(Text::rowProblem(header, {QStringLiteral("1"), QStringLiteral("B\x01")}),
            QStringLiteral("nama memuat karakter kendali U+0001 (posisi 2)"));
        QCOMPARE(Text::rowProblem(header, {QStringLiteral("1"), QStringLiteral("x"), QStringLiteral("\x7f")}),
            QStringLiteral("kolom 3 memuat karakter kendali U+007F (posisi 1)"));
    }

    void foldKey_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("ascii") << QStringLiteral("SK Jabatan 2019") << QStringLiteral("sk jabatan 2019")
                               << true;
        QTest::newRow("latin accents")
            << QString::fromUtf8("SK Élan") << QString::fromUtf8("sk élan") << true;
        QTest::newRow("NFC vs NFD") << QString::fromUtf8("Élan") << QString::fromUtf8("E\u0301lan") << true;
        QTest::newRow("greek final sigma") << QString::fromUtf8("ΟΔΟΣ") << QString::fromUtf8("οδος") << true;
        QTest::newRow("dotted capital I") << QString::fromUtf8("İstana") << QStringLiteral("istana") << true;
        QTest::newRow("kelvin sign") << QString::fromUtf8("\u212A") << QStringLiteral("k") << true;
        QTest::newRow("different letters")
            << QString::fromUtf8("SK Élan") << QStringLiteral("SK Elan") << false;
        QTest::newRow("different words")
            << QStringLiteral("Ijazah S1") << QStringLiteral("Ijazah S2") << false;
    }

    void foldKey()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(Text::foldKey(a) == Text::foldKey(b), same);
    }

    void forTerminal_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain unchanged")
            << QString::fromUtf8("Siti Élan 😀") << QString::fromUtf8("Siti Élan 😀");
        QTest::newRow("tab kept") << QStringLiteral("a\tb") << QStringLiteral("a\tb");
        QTest::newRow("OSC title") << QStringLiteral("\x1b]0;pwned\x07"
                                                     "Budi")
                                   << QStringLiteral("\\x1b]0;pwned\\x07Budi");
        QTest::newRow("clear screen") << QStringLiteral("\x1b[2J") << QStringLiteral("\\x1b[2J");
        QTest::newRow("newline") << QStringLiteral("a\nb\rc") << QStringLiteral("a\\x0ab\\x0dc");
        QTest::newRow("NUL and DEL") << u({U'a', 0, 0x7F}) << QStringLiteral("a\\x00\\x7f");
        QTest::newRow("C1 CSI") << u({0x9B, U'2', U'J'}) << QStringLiteral("\\x9b2J");
        QTest::newRow("noncharacter") << u({0xFFFE, U'A'}) << QStringLiteral("\\uFFFEA");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << QStringLiteral("\\uD800");
    }

    void forTerminal()
    {
        QFETCH(QString, value);
        QFETCH(QString, shown);
        QCOMPARE(Text::forTerminal(value), shown);
    }

    void jsonControlsEscaped_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("escaped");
        QTest::newRow("plain") << QByteArray("{\"nama\": \"\xc3\x89lan\"}")
                               << QByteArray("{\"nama\": \"\xc3\x89lan\"}");
        QTest::newRow("DEL") << QByteArray("[\"a\x7f\"]") << QByteArray("[\"a\\u007f\"]");
        QTest::newRow("C1 CSI") << QByteArray("[\"\xc2\x9b\x32J\"]") << QByteArray("[\"\\u009b2J\"]");
        QTest::newRow("U+0080") << QByteArray("[\"\xc2\x80\"]") << QByteArray("[\"\\u0080\"]");
        QTest::newRow("U+00A0 kept") << QByteArray("[\"\xc2\xa0\"]") << QByteArray("[\"\xc2\xa0\"]");
    }

    void jsonControlsEscaped()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, escaped);
        QCOMPARE(Text::jsonControlsEscaped(json), escaped);
    }
};

QTEST_APPLESS_MAIN(TestText)
#include "TestText.moc"
