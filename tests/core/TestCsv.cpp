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
};

QTEST_APPLESS_MAIN(TestCsv)
#include "TestCsv.moc"
