// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/BatchService.h"

#include <QTest>

using namespace karier;

Q_DECLARE_METATYPE(QList<karier::NipEntry>)

/// How pasted text and CSV files become NIP entries for batch entry.
class TestNipList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<NipEntry>>("expected");

        const QString a = QStringLiteral("198503152010012002");
        const QString b = QStringLiteral("198007122005011003");
        QTest::newRow("one per line")
            << a + QStringLiteral("\n") + b + QStringLiteral("\n") << QList<NipEntry> {{1, a}, {2, b}};
        QTest::newRow("windows line ends and blank lines") << QStringLiteral("\r\n") + a
                + QStringLiteral("\r\n\r\n") + b << QList<NipEntry> {{2, a}, {4, b}};
        QTest::newRow("grouped NIP stays one entry") << QStringLiteral(
            "19850315 201001 2 002\n") << QList<NipEntry> {{1, QStringLiteral("19850315 201001 2 002")}};
        QTest::newRow("commas, semicolons, tabs and spaces")
            << a + QStringLiteral(", ") + b + QStringLiteral(";x\t") + a + QStringLiteral(" ") + b
            << QList<NipEntry> {{1, a}, {1, b}, {1, QStringLiteral("x")}, {1, a}, {1, b}};
        QTest::newRow("csv with a NIP column") << QStringLiteral("No;Nama;NIP\n1;Budi, S.Kom;") + a
                + QStringLiteral("\n2;Sari;\"") + b + QStringLiteral("\"\n3;Tanpa NIP;\n")
                                               << QList<NipEntry> {{2, a}, {3, b}};
        QTest::newRow("csv header in lower case, comma separated") << QStringLiteral("nip,nama\n") + a
                + QStringLiteral(",\"Budi, S.Kom\"\n") << QList<NipEntry> {{2, a}};
        QTest::newRow("byte order mark") << QChar(0xFEFF) + a << QList<NipEntry> {{1, a}};
        QTest::newRow("nothing") << QStringLiteral(" \n\t\n") << QList<NipEntry> {};
        QTest::newRow("words are kept to be reported") << QStringLiteral(
            "Budi Santoso") << QList<NipEntry> {{1, QStringLiteral("Budi")}, {1, QStringLiteral("Santoso")}};
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QList<NipEntry>, expected);
        const QList<NipEntry> actual = BatchService::parseNipList(text);
        if (actual != expected) {
            QStringList got;
            for (const NipEntry& e : actual)
                got << QStringLiteral("%1:%2").arg(e.line).arg(e.text);
            QFAIL(qPrintable(QStringLiteral("got ") + got.join(QStringLiteral(" | "))));
        }
    }
};

QTEST_GUILESS_MAIN(TestNipList)
#include "TestNipList.moc"
