// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Csv.h"

#include <QTest>

using namespace karier;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("lastField");
        QTest::addColumn<int>("lastLine");

        QTest::newRow("simple") << QByteArray("a,b\n1,2\n3,4\n") << QStringList {"a", "b"} << 2 << "4" << 3;
        QTest::newRow("crlf and bom") << QByteArray("\xEF\xBB\xBF"
                                                    "a,b\r\n1,2\r\n")
                                      << QStringList {"a", "b"} << 1 << "2" << 2;
        QTest::newRow("semicolon (Excel Indonesia)")
            << QByteArray("a;b\n1,5;2\n") << QStringList {"a", "b"} << 1 << "2" << 2;
        QTest::newRow("quoted comma and quote") << QByteArray("a,b\n\"Siti, S.Pd.\",\"kata \"\"kutip\"\"\"\n")
                                                << QStringList {"a", "b"} << 1 << "kata \"kutip\"" << 2;
        QTest::newRow("newline inside quotes")
            << QByteArray("a,b\n\"baris\nkedua\",x\ny,z\n") << QStringList {"a", "b"} << 2 << "z" << 4;
        QTest::newRow("blank lines skipped")
            << QByteArray("a,b\n\n1,2\n\n") << QStringList {"a", "b"} << 1 << "2" << 3;
        QTest::newRow("no final newline")
            << QByteArray("a,b\n1,2") << QStringList {"a", "b"} << 1 << "2" << 2;
        QTest::newRow("header trimmed")
            << QByteArray(" a , b \n1,2\n") << QStringList {"a", "b"} << 1 << "2" << 2;
        QTest::newRow("utf-8 names") << QByteArray("nama\nSiti Nurʼaini\n") << QStringList {"nama"} << 1
                                     << QString::fromUtf8("Siti Nurʼaini") << 2;
        QTest::newRow("CR only (old Mac)")
            << QByteArray("a,b\r1,2\r3,4\r") << QStringList {"a", "b"} << 2 << "4" << 3;
        QTest::newRow("CR only, semicolon, no final break")
            << QByteArray("a;b\r1;2\r3;4") << QStringList {"a", "b"} << 2 << "4" << 3;
        QTest::newRow("mixed LF, CRLF and CR")
            << QByteArray("a,b\n1,2\r\n3,4\r5,6\n") << QStringList {"a", "b"} << 3 << "6" << 4;
        QTest::newRow("CR only, blank lines skipped")
            << QByteArray("a,b\r\r1,2\r\r") << QStringList {"a", "b"} << 1 << "2" << 3;
        QTest::newRow("CR inside quotes counts as a line")
            << QByteArray("a,b\r\"x\ry\",1\r2,3\r") << QStringList {"a", "b"} << 2 << "3" << 4;
        QTest::newRow("CRLF inside quotes counts once")
            << QByteArray("a,b\r\n\"x\r\ny\",1\r\n2,3\r\n") << QStringList {"a", "b"} << 2 << "3" << 4;
    }

    void parse()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, header);
        QFETCH(int, rows);
        QFETCH(QString, lastField);
        QFETCH(int, lastLine);
        const auto table = Csv::parse(data);
        QVERIFY2(table.ok(), qPrintable(table.error().message));
        QCOMPARE(table->header, header);
        QCOMPARE(table->rows.size(), rows);
        QCOMPARE(table->rows.constLast().fields.constLast(), lastField);
        QCOMPARE(table->rows.constLast().line, lastLine);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "kosong";
        QTest::newRow("only whitespace") << QByteArray("  \n\n") << "kosong";
        QTest::newRow("latin-1") << QByteArray("nama\nJos\xe9\n") << "baris 2";
        QTest::newRow("utf-16") << QByteArray("\xff\xfen\0a\0m\0a\0", 10) << "UTF-8";
        QTest::newRow("unterminated quote") << QByteArray("a,b\n\"abc,1\n") << "petik";
        QTest::newRow("latin-1 after CR-only lines") << QByteArray("nama\rBudi\rJos\xe9\r") << "baris 3";
    }

    void refuses()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        const auto table = Csv::parse(data);
        QVERIFY(!table.ok());
        QVERIFY2(table.error().message.contains(message), qPrintable(table.error().message));
    }

    void formatRoundTrip()
    {
        const QStringList fields = {QStringLiteral("Siti, S.Pd."), QStringLiteral("kata \"kutip\""),
            QStringLiteral("dua\nbaris"), QStringLiteral("biasa"), QString()};
        const QByteArray line = Csv::formatRow(fields);
        QVERIFY(line.endsWith("\r\n"));
        const auto table = Csv::parse("h1,h2,h3,h4,h5\n" + line);
        QVERIFY(table.ok());
        QCOMPARE(table->rows.first().fields, fields);
    }

    void formulaIsDefused()
    {
        QCOMPARE(Csv::formatRow({QStringLiteral("=HYPERLINK(\"x\")")}),
            QByteArray("\"'=HYPERLINK(\"\"x\"\")\"\r\n"));
        QCOMPARE(Csv::formatRow({QStringLiteral("@SUM(A1)")}), QByteArray("'@SUM(A1)\r\n"));
    }

    void dangerousStartsAreDefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("=") << "=1+1" << QByteArray("'=1+1");
        QTest::newRow("+") << "+62 812" << QByteArray("'+62 812");
        QTest::newRow("-") << "-2+3" << QByteArray("'-2+3");
        QTest::newRow("@") << "@SUM(A1)" << QByteArray("'@SUM(A1)");
        // Excel with Indonesian settings separates cells with ';': quoted, and defused when it comes first.
        QTest::newRow("; first") << ";=HYPERLINK(\"x\")" << QByteArray("\"';=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("; inside") << "Budi;=1+1" << QByteArray("\"Budi;=1+1\"");
        QTest::newRow("tab first") << "\t=1+1" << QByteArray("'\t=1+1");
        QTest::newRow("CR first") << "\r=1+1" << QByteArray("\"'\r=1+1\"");
        QTest::newRow("plain") << "Siti Rahayu" << QByteArray("Siti Rahayu");
        QTest::newRow("digits as text") << Csv::digitsAsText(QStringLiteral("198503152010012002"))
                                        << QByteArray("=\"198503152010012002\"");
        QTest::newRow("other formula with quotes")
            << "=\"1\"&\"2\"" << QByteArray("\"'=\"\"1\"\"&\"\"2\"\"\"");
        QTest::newRow("digits-as-text look-alike with letters")
            << "=\"12a\"" << QByteArray("\"'=\"\"12a\"\"\"");
    }

    void dangerousStartsAreDefused()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, written);
        QCOMPARE(Csv::formatRow({field}), written + "\r\n");
        // What the exporter writes, the importer reads back as the original value.
        const auto table = Csv::parse("h\n" + written + "\n");
        QVERIFY2(table.ok(), qPrintable(table.error().message));
        const QString read = Csv::cellText(table->rows.constFirst().fields.constFirst());
        if (field.startsWith(QLatin1Char('=')) && field.endsWith(QLatin1Char('"'))
            && !field.contains(QLatin1Char('a')) && !field.contains(QLatin1Char('&')))
            QCOMPARE(read, field.mid(2, field.size() - 3)); // ="digits" reads as the digits
        else
            QCOMPARE(read, field);
    }

    void cellText_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain trimmed") << " Budi "
                                       << "Budi";
        QTest::newRow("NIP as text") << "=\"198503152010012002\""
                                     << "198503152010012002";
        QTest::newRow("NIP as text, spaces around") << " =\"198503152010012002\" "
                                                    << "198503152010012002";
        QTest::newRow("apostrophe before =") << "'=1+1"
                                             << "=1+1";
        QTest::newRow("apostrophe before ;") << "';x"
                                             << ";x";
        QTest::newRow("apostrophe kept before a letter") << "'Budi"
                                                         << "'Budi";
        QTest::newRow("lone apostrophe") << "'"
                                         << "'";
        QTest::newRow("formula not digits kept") << "=\"ab\""
                                                 << "=\"ab\"";
        QTest::newRow("empty quotes kept") << "=\"\""
                                           << "=\"\"";
    }

    void cellText()
    {
        QFETCH(QString, cell);
        QFETCH(QString, text);
        QCOMPARE(Csv::cellText(cell), text);
    }
};

QTEST_APPLESS_MAIN(TestCsv)
#include "TestCsv.moc"
